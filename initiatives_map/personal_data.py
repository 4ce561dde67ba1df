"""What the initiatives map holds about a member, for their data export: the initiatives they
proposed. On account deletion a proposal stays and loses its owner (Wagtail sets ``owner`` to
null with the account)."""

from initiatives_map.models import InitiativePage


def export(user):
    pages = InitiativePage.objects.filter(owner=user, alias_of__isnull=True).order_by("pk")
    return {
        "initiative_proposals": [
            {
                "title": page.title,
                "published": page.live,
                "url": page.url or "",
                "last_revised_at": (
                    page.latest_revision_created_at.isoformat()
                    if page.latest_revision_created_at
                    else None
                ),
            }
            for page in pages
        ]
    }
