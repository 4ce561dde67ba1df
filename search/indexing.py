"""Signal receivers: publish, unpublish, save, delete and content_changed enqueue a reindex;
publishing or withdrawing a glossary page reindexes every term."""

from django.db import transaction

from portal.models import GlossaryTerm


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


def reindex_glossary(sender, instance=None, **kwargs):
    """A glossary page published, moved or withdrawn changes every term's link and visibility."""
    from .tasks import reindex

    ids = [str(pk) for pk in GlossaryTerm.objects.values_list("pk", flat=True)]
    if ids:
        transaction.on_commit(lambda: reindex.enqueue("glossary", ids))
