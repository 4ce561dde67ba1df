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


def glossary_public_queryset(request):
    """Every term, once a live public glossary page can show it; none before."""
    from portal.models import GlossaryPage, GlossaryTerm

    if not GlossaryPage.objects.live().public().exists():
        return GlossaryTerm.objects.none()
    return GlossaryTerm.objects.all()


def _glossary_page(locale_id):
    from portal.models import GlossaryPage

    pages = GlossaryPage.objects.live().public()
    return pages.filter(locale_id=locale_id).first() or pages.order_by("pk").first()


def glossary_document(term):
    """A term links to its anchor on the glossary page of its language (else any glossary)."""
    from django.utils.html import strip_tags

    page = _glossary_page(term.locale_id)
    url = f"{page.url}#{term.anchor}" if page and page.url else ""
    return {
        "title": str(term),
        "text": term.source or "",
        "summary": " ".join(strip_tags(term.definition or "").split()),
        "url": url,
        "date": None,
        "language": term.locale.language_code,
        "facets": {"theme": [theme.slug for theme in term.themes.all()]},
    }


def reindex_glossary(sender, instance=None, **kwargs):
    """A glossary page published, moved or withdrawn changes every term's link and visibility."""
    from django.db import transaction

    from portal.models import GlossaryTerm

    from .tasks import reindex

    ids = [str(pk) for pk in GlossaryTerm.objects.values_list("pk", flat=True)]
    if ids:
        transaction.on_commit(lambda: reindex.enqueue("glossary", ids))


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.core.registry import SearchType, register_search_type

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
        register_search_type(
            SearchType(
                key="glossary",
                label=_("Glossary terms"),
                model="portal.GlossaryTerm",
                public_queryset=glossary_public_queryset,
                document=glossary_document,
                facets=(("theme", _("Theme")),),
                order=55,
            )
        )
        indexing.connect()
        from wagtail.signals import page_published, page_unpublished

        from portal.models import GlossaryPage

        page_published.connect(
            reindex_glossary, sender=GlossaryPage, dispatch_uid="search-glossary-published"
        )
        page_unpublished.connect(
            reindex_glossary, sender=GlossaryPage, dispatch_uid="search-glossary-unpublished"
        )
