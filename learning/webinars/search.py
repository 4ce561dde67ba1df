"""Webinars in the site-wide search: what a visitor may find and the indexed document."""

from learning.webinars.models import WebinarPage
from portal.core.i18n import content_language, locale_code
from portal.core.text import html_to_text, join_text


def public_queryset(request):
    """Live webinars visible to everyone."""
    return WebinarPage.objects.live().public()


def document(page):
    """The search document of a webinar, with theme and language facets."""
    return {
        "title": page.title,
        "text": join_text(page.summary, html_to_text(page.description)),
        "summary": page.summary,
        "url": page.url,
        "date": page.start.date(),
        "language": content_language(page),  # an untranslated alias: its source's
        "locale": locale_code(page),
        "facets": {
            "theme": [t.name for t in page.themes.all()],
            "language": [lang.code for lang in page.languages.all()],
        },
    }
