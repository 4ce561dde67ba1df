"""Initiatives in the site-wide search: what a visitor may find and the indexed document."""

from initiatives_map.models import InitiativePage
from portal.core.i18n import content_language, locale_code
from portal.core.text import html_to_text, join_text


def public_queryset(request):
    """Live initiatives visible to everyone."""
    return InitiativePage.objects.live().public()


def document(page):
    """The search document of an initiative, with country, region and status facets."""
    return {
        "title": page.title,
        "text": join_text(
            page.summary,
            html_to_text(page.description),
            page.organisations,
            page.partners,
            page.donors,
        ),
        "summary": page.summary,
        "url": page.url,
        "date": page.start_date,
        "language": content_language(page),  # an untranslated alias: its source's
        "locale": locale_code(page),
        "facets": {
            "country": [str(c) for c in page.countries],
            "region": [page.region] if page.region else [],
            "status": [page.status],
        },
    }
