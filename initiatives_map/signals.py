"""Keep cached map payloads fresh: publish, unpublish and delete bump the content version."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

from initiatives_map.models import InitiativePage
from initiatives_map.services import bump_content_version


def connect():
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(
            bump_content_version, sender=InitiativePage, dispatch_uid=f"initiatives-{id(signal)}"
        )
