"""What the initiatives map contributes to the home page, the dashboard and the search."""

from django.utils.translation import gettext as _
from wagtail.models import Locale

from initiatives_map.models import InitiativePage, InitiativesIndexPage


def featured(request, limit):
    """The most recently published initiatives of the active locale."""
    pages = (
        InitiativePage.objects.live()
        .public()
        .filter(locale=Locale.get_active())
        .order_by("-first_published_at")[:limit]
    )
    return [
        {
            "url": p.get_url(request),
            "title": p.title,
            "summary": p.summary,
            "meta": p.get_status_display(),
        }
        for p in pages
    ]


def map_url(request):
    index = InitiativesIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    return index.get_url(request) if index else None


def my_proposals(request):
    pages = InitiativePage.objects.filter(owner=request.user, alias_of__isnull=True).order_by(
        "-latest_revision_created_at"
    )[:20]
    items = []
    for p in pages:
        if p.live:
            state = _("published")
        elif p.workflow_in_progress:
            state = _("awaiting review")
        else:
            state = _("draft")
        items.append(
            {"title": p.title, "url": p.get_url(request) if p.live else None, "state": state}
        )
    return {"items": items}


def public_queryset(request):
    return InitiativePage.objects.live().public()


def document(page):
    return {
        "title": page.title,
        "text": " ".join([page.summary, page.description or "", page.organisations, page.donors]),
        "summary": page.summary,
        "url": page.url,
        "date": page.start_date,
        "language": page.locale.language_code,
        "facets": {
            "country": [str(c) for c in page.countries],
            "region": [page.region] if page.region else [],
            "status": [page.status],
        },
    }
