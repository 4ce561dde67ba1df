"""What the resources app holds about a member, for their data export: the publications they
contributed. On account deletion a contribution stays (it belongs to the repository) and
loses its submitter (``submitted_by`` is set to null with the account)."""

from resources.models import ResourcePage


def export(user):
    pages = ResourcePage.objects.filter(submitted_by=user, alias_of__isnull=True).order_by("pk")
    return {
        "contributions": [
            {
                "title": page.title,
                "published": page.live,
                "url": page.url or "",
                "last_revised_at": (
                    page.latest_revision_created_at.isoformat()
                    if page.latest_revision_created_at
                    else None
                ),
                "first_published_at": (
                    page.first_published_at.isoformat() if page.first_published_at else None
                ),
            }
            for page in pages
        ]
    }
