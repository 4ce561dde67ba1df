"""Signal receivers: publish, unpublish, save, delete and content_changed enqueue a reindex."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from portal.core.signals import content_changed


def _schedule(instance):
    from .services import type_for_model
    from .tasks import reindex

    types = type_for_model(type(instance))
    if not types and hasattr(instance, "specific_class") and instance.specific_class:
        types = type_for_model(instance.specific_class)
    for search_type in types:
        key, ids = search_type.key, [str(instance.pk)]
        transaction.on_commit(lambda key=key, ids=ids: reindex.enqueue(key, ids))


def on_change(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    _schedule(instance)


def connect():
    page_published.connect(on_change, dispatch_uid="search-page-published")
    page_unpublished.connect(on_change, dispatch_uid="search-page-unpublished")
    post_save.connect(on_change, dispatch_uid="search-post-save")
    post_delete.connect(on_change, dispatch_uid="search-post-delete")
    content_changed.connect(on_change, dispatch_uid="search-content-changed")
