"""Signal receivers: publish, unpublish, save, delete and content_changed enqueue a reindex;
publishing or withdrawing a glossary page reindexes every term."""

import threading

from django.db import transaction

from portal.models import GlossaryTerm

_local = threading.local()


def _flush():
    """Enqueue one reindex task per search type for everything changed since the last flush."""
    from .tasks import reindex

    pending = _local.__dict__.pop("pending", None) or {}
    for key, ids in pending.items():
        reindex.enqueue(key, sorted(ids))


def _enqueue_on_commit(key, ids):
    """Reindex ``ids`` of type ``key`` once the transaction commits. Every change registers
    the same flush, and the first to run takes everything pending, so a transaction that
    saves thousands of objects (a demo load, an import) enqueues one task per search type
    (objects of a rolled-back transaction are reindexed with the next one: harmless)."""
    _local.__dict__.setdefault("pending", {}).setdefault(key, set()).update(ids)
    transaction.on_commit(_flush)


def _schedule(instance):
    from .services import type_for_model

    types = type_for_model(type(instance))
    if not types and hasattr(instance, "specific_class") and instance.specific_class:
        types = type_for_model(instance.specific_class)
    for search_type in types:
        _enqueue_on_commit(search_type.key, [str(instance.pk)])


def on_change(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    _schedule(instance)


def reindex_glossary(sender, instance=None, **kwargs):
    """A glossary page published, moved or withdrawn changes every term's link and visibility."""
    ids = [str(pk) for pk in GlossaryTerm.objects.values_list("pk", flat=True)]
    if ids:
        _enqueue_on_commit("glossary", ids)
