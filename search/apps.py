from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def pages_public_queryset(request):
    from portal.models import ContentPage

    return ContentPage.objects.live().public()


def page_document(page):
    from django.utils.html import strip_tags

    text = " ".join(
        strip_tags(str(block.render_as_block())) if hasattr(block, "render_as_block") else ""
        for block in page.body
    )
    date = page.last_published_at or page.first_published_at
    return {
        "title": page.title,
        "text": " ".join(text.split()),
        "summary": page.summary or page.search_description or "",
        "url": page.url or "",
        "date": date.date() if date else None,
        "language": page.locale.language_code,
        "facets": {},
    }


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.registry import SearchType, register_search_type

        from . import indexing

        register_search_type(
            SearchType(
                key="pages",
                label=_("Stories and knowledge pages"),
                model="portal.ContentPage",
                public_queryset=pages_public_queryset,
                document=page_document,
                order=50,
            )
        )
        indexing.connect()
