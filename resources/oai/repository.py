"""The repository across record types: identifiers, pages of headers (live records merged with
tombstones, in keyset order), counts, sets and the tombstones' upkeep."""

from urllib.parse import urlparse

from django.conf import settings
from django.db.models import Min
from django.utils import timezone

from portal.core.links import site_url
from resources.oai.models import DeletedRecord
from resources.oai.protocol import OaiError
from resources.oai.registry import Header, Scope, record_type, record_types

PAGE_SIZE = 100  # records per list response; settings.OAI_PAGE_SIZE overrides


def page_size():
    return max(1, int(getattr(settings, "OAI_PAGE_SIZE", PAGE_SIZE)))


def namespace():
    """The repository's identifier namespace: the public site's host name."""
    return urlparse(site_url()).hostname or "localhost"


def identifier(type_key, key):
    return f"oai:{namespace()}:{type_key}/{key}"


def parse_identifier(value):
    """(record type, key) of an identifier of this repository, or ``idDoesNotExist``."""
    prefix = f"oai:{namespace()}:"
    local = value[len(prefix) :] if value.startswith(prefix) else ""
    type_key, _, key = local.partition("/")
    found = record_type(type_key)
    if found is None or not found.valid_key(key):
        raise OaiError("idDoesNotExist", f"{value!r} is not an identifier of this repository.")
    return found, key


def _tombstones(type_key, scope):
    rows = DeletedRecord.objects.filter(record_type=type_key)
    if scope.since is not None:
        rows = rows.filter(deleted_at__gte=scope.since)
    if scope.until is not None:
        rows = rows.filter(deleted_at__lt=scope.until)
    if scope.set_spec:
        rows = rows.filter(set_specs__contains=f" {scope.set_spec} ")
    if scope.keys:
        rows = rows.filter(key__in=scope.keys)
    return rows


def _deleted_headers(kind, scope, after, limit):
    rows = _tombstones(kind.key, scope)
    if after is not None:
        rows = rows.filter(key__gt=after)
    rows = list(rows.order_by("key")[:limit])
    if not rows:
        return []
    live = kind.live([row.key for row in rows])  # published again since (belt and braces)
    return [
        Header(row.key, row.deleted_at, tuple(row.set_specs.split()), deleted=True)
        for row in rows
        if row.key not in live
    ]


def headers(scope, after=None, limit=None):
    """([(record type, Header)], more): the next ``limit`` headers in ``scope`` after
    ``after`` ((type key, record key)), live and deleted records together, in keyset order
    (types in their order, keys ascending within a type)."""
    limit = limit or page_size()
    found = []
    types = record_types()
    keys = [kind.key for kind in types]
    start = keys.index(after[0]) if after and after[0] in keys else 0
    for kind in types[start:]:
        after_key = after[1] if after and after[0] == kind.key else None
        need = limit + 1 - len(found)
        merged = kind.headers(scope, after_key, need) + _deleted_headers(
            kind, scope, after_key, need
        )
        merged.sort(key=lambda header: header.key)
        found += [(kind, header) for header in merged[:need]]
        if len(found) > limit:
            break
    return found[:limit], len(found) > limit


def count(scope):
    """How many records (live and deleted) a complete list of ``scope`` holds."""
    return sum(kind.count(scope) + _tombstones(kind.key, scope).count() for kind in record_types())


def sets():
    """Every set's (spec, name), each spec once, in the types' order."""
    found = {}
    for kind in record_types():
        for spec, name in kind.sets():
            found.setdefault(spec, name)
    return list(found.items())


def earliest_datestamp():
    """A datestamp no record's datestamp is older than."""
    stamps = [kind.earliest() for kind in record_types()]
    stamps.append(DeletedRecord.objects.aggregate(oldest=Min("deleted_at"))["oldest"])
    stamps = [stamp for stamp in stamps if stamp is not None]
    return min(stamps) if stamps else timezone.now()


def bury(type_key, key, set_specs, title=""):
    """Announce the record as deleted from now on (its tombstone, created or renewed)."""
    DeletedRecord.objects.update_or_create(
        record_type=type_key,
        key=str(key),
        defaults={
            "deleted_at": timezone.now(),
            "set_specs": " " + " ".join(set_specs) + " ",
            "title": title[:255],
        },
    )


def revive(type_key, key):
    """The record is live again: no longer announced as deleted."""
    DeletedRecord.objects.filter(record_type=type_key, key=str(key)).delete()


def record_header(kind, key):
    """The header of one record, live or deleted, or None."""
    scope = Scope(keys=(key,))
    found = kind.headers(scope, None, 1) or _deleted_headers(kind, scope, None, 1)
    return found[0] if found else None


class Tombstones:
    """Keep one record type's tombstones: a record is buried when the last live page of its
    translation key is unpublished or deleted (with the sets it had), revived when a page of
    it is published again. ``sources()``: the live pages that make records; ``set_specs_of(page)``:
    a record's set specs."""

    def __init__(self, type_key, sources, set_specs_of):
        self.type_key, self.sources, self.set_specs_of = type_key, sources, set_specs_of

    def bury_if_gone(self, page, specs=None):
        if page.alias_of_id or self.sources().filter(translation_key=page.translation_key).exists():
            return
        bury(self.type_key, page.translation_key, specs or self.set_specs_of(page), page.title)

    def on_published(self, sender, instance, **kwargs):
        if not instance.alias_of_id:
            revive(self.type_key, instance.translation_key)

    def on_unpublished(self, sender, instance, **kwargs):
        self.bury_if_gone(instance)

    def on_pre_delete(self, sender, instance, **kwargs):
        """Remember the sets of a page about to be deleted (its themes go with it)."""
        if not instance.alias_of_id and instance.first_published_at:
            instance._oai_set_specs = self.set_specs_of(instance)

    def on_deleted(self, sender, instance, **kwargs):
        specs = getattr(instance, "_oai_set_specs", None)
        if specs is not None:
            self.bury_if_gone(instance, specs)

    def connect(self, sender, uid):
        """Follow ``sender``'s publications and deletions (signal ids prefixed ``uid``)."""
        from django.db.models.signals import post_delete, pre_delete
        from wagtail.signals import page_published, page_unpublished

        page_published.connect(self.on_published, sender=sender, dispatch_uid=f"{uid}_pub")
        page_unpublished.connect(self.on_unpublished, sender=sender, dispatch_uid=f"{uid}_unpub")
        pre_delete.connect(self.on_pre_delete, sender=sender, dispatch_uid=f"{uid}_pre_del")
        post_delete.connect(self.on_deleted, sender=sender, dispatch_uid=f"{uid}_del")
