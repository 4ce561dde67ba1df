"""The record types the OAI-PMH repository serves. Each registers how to list, count and
describe its records; the repository merges them (in ``order``) with the tombstones of
deleted records. Resources register theirs (``resources.oai.resources``); good practices, when
that type exists, register one the same way."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Scope:
    """What a list request asks for: a datestamp window (``since`` inclusive, ``until``
    exclusive), a set spec, or given keys (GetRecord)."""

    since: datetime | None = None
    until: datetime | None = None
    set_spec: str | None = None
    keys: tuple = ()


@dataclass(frozen=True)
class Header:
    """A record's OAI header: its type's key, datestamp, set specs and deleted status."""

    key: str
    datestamp: datetime
    set_specs: tuple = ()
    deleted: bool = False


@dataclass(frozen=True)
class RecordType:
    """A kind of record (``key`` is its identifiers' prefix and the set of all its records).

    - ``sets()``: the (spec, name) pairs of its sets, ``key`` itself included; sets shared by
      several types (themes) may be listed by each, once is kept.
    - ``headers(scope, after, limit)``: headers of its live records in ``scope`` with a key
      greater than ``after``, ordered by key (a string order the database and Python share);
      none when the scope's set is not one of its own.
    - ``count(scope)``: how many live records ``headers`` would list without a limit.
    - ``live(keys)``: which of ``keys`` are live records (whatever the window).
    - ``metadata(keys, request)``: {key: dict of Dublin Core elements} (see ``oai_dc.xml``).
    - ``earliest()``: the oldest datestamp of a live record, or None.
    - ``valid_key(key)``: whether ``key`` has the form of one of its keys.
    """

    key: str
    sets: Callable
    headers: Callable
    count: Callable
    live: Callable
    metadata: Callable
    earliest: Callable
    valid_key: Callable = field(default=lambda key: bool(key))
    order: int = 100


_types: dict[str, RecordType] = {}


def register_record_type(record_type: RecordType):
    """Serve ``record_type``'s records over OAI-PMH (replaces one with its key)."""
    _types[record_type.key] = record_type


def record_types():
    """The registered record types, in listing order."""
    return sorted(_types.values(), key=lambda t: (t.order, t.key))


def record_type(key):
    return _types.get(key)
