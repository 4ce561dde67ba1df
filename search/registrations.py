"""What the search app plugs into the portal: portal's pages and glossary terms as search
types, and the signals that keep the index up to date."""

from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published, page_unpublished

from portal.core.i18n import content_language, locale_code
from portal.core.registry import SearchType, register_search_type
from portal.core.signals import content_changed
from portal.core.text import html_to_text, join_text
from portal.models import ContentPage, GlossaryPage, GlossaryTerm

from . import indexing


def pages_public_queryset(request):
    return ContentPage.objects.live().public()


def page_document(page):
    text = join_text(
        *(
            html_to_text(str(b.render_as_block()))
            for b in page.body
            if hasattr(b, "render_as_block")
        )
    )
    date = page.last_published_at or page.first_published_at
    return {
        "title": page.title,
        "text": text,
        "summary": page.summary or page.search_description or "",
        "url": page.url or "",
        "date": date.date() if date else None,
        "language": content_language(page),  # an untranslated alias: its source's
        "locale": locale_code(page),
        "facets": {},
    }


def glossary_public_queryset(request):
    """Every term, once a live public glossary page can show it; none before."""
    if not GlossaryPage.objects.live().public().exists():
        return GlossaryTerm.objects.none()
    return GlossaryTerm.objects.all()


def _glossary_page(locale_id):
    pages = GlossaryPage.objects.live().public()
    return pages.filter(locale_id=locale_id).first() or pages.order_by("pk").first()


def glossary_document(term):
    """A term links to its anchor on the glossary page of its language (else any glossary)."""
    page = _glossary_page(term.locale_id)
    url = f"{page.url}#{term.anchor}" if page and page.url else ""
    return {
        "title": str(term),
        "text": term.source or "",
        "summary": " ".join(html_to_text(term.definition).split()),
        "url": url,
        "date": None,
        "language": term.locale.language_code,
        "locale": term.locale.language_code,
        "facets": {"theme": [theme.slug for theme in term.themes.all()]},
    }


def register():
    from portal.core.search import Backend, register_backend

    from . import services

    register_backend(
        Backend(find=services.find, matching_ids=services.matching_ids, health=services.health)
    )
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
    page_published.connect(indexing.on_change, dispatch_uid="search-page-published")
    page_unpublished.connect(indexing.on_change, dispatch_uid="search-page-unpublished")
    post_save.connect(indexing.on_change, dispatch_uid="search-post-save")
    post_delete.connect(indexing.on_change, dispatch_uid="search-post-delete")
    content_changed.connect(indexing.on_change, dispatch_uid="search-content-changed")
    page_published.connect(
        indexing.reindex_glossary, sender=GlossaryPage, dispatch_uid="search-glossary-published"
    )
    page_unpublished.connect(
        indexing.reindex_glossary, sender=GlossaryPage, dispatch_uid="search-glossary-unpublished"
    )
