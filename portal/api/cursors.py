"""Keyset pagination with opaque cursors.

A cursor names the last item a page ended on (its sort key and primary key), signed so a
client cannot forge one, never an offset: an item added or removed while a client pages
through does not shift the following pages, so every item present throughout is listed once.
"""

import datetime
from dataclasses import dataclass

from django.core import signing
from django.db.models import F, Q, Value
from django.db.models.functions import Coalesce

SALT = "portal.api.cursor"


class BadCursor(ValueError):
    """The cursor was not issued by this API for this ordering."""


def encode(sort, values):
    """An opaque token for the position after ``values`` in the ordering ``sort``."""
    return signing.dumps([sort, [_plain(v) for v in values]], salt=SALT, compress=True)


def decode(token, sort):
    """The position ``token`` names, for the ordering ``sort`` (``BadCursor`` otherwise)."""
    try:
        name, values = signing.loads(token, salt=SALT)
    except (signing.BadSignature, ValueError, TypeError) as exc:
        raise BadCursor("cursor: not a cursor this API issued") from exc
    if name != sort or not isinstance(values, list):
        raise BadCursor("cursor: issued for another sort order")
    return values


def _plain(value):
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class Sort:
    """An ordering of a queryset on one field (nulls as ``missing``) then the primary key."""

    name: str
    field: str
    descending: bool = False
    missing: object = ""

    def page(self, queryset, cursor, limit):
        """(items, next cursor or None): ``limit`` items after ``cursor`` (a token or None)."""
        key = Coalesce(F(self.field), Value(self.missing))
        direction = "-" if self.descending else ""
        queryset = queryset.annotate(_sort_key=key).order_by(
            f"{direction}_sort_key", f"{direction}pk"
        )
        if cursor:
            values = decode(cursor, self.name)
            if len(values) != 2 or not isinstance(values[1], int):
                raise BadCursor("cursor: malformed")
            after, pk = values
            op = "lt" if self.descending else "gt"
            queryset = queryset.filter(
                Q(**{f"_sort_key__{op}": after}) | Q(_sort_key=after, **{f"pk__{op}": pk})
            )
        rows = list(queryset[: limit + 1])
        if len(rows) <= limit:
            return rows, None
        last = rows[limit - 1]
        return rows[:limit], encode(self.name, [last._sort_key, last.pk])


def page_list(items, key, cursor, limit, sort="key"):
    """Keyset pages of an in-memory list (reference data) ordered by ``key(item)``."""
    items = sorted(items, key=key)
    if cursor:
        values = decode(cursor, sort)
        if len(values) != 1 or not isinstance(values[0], str):
            raise BadCursor("cursor: malformed")
        items = [item for item in items if key(item) > values[0]]
    if len(items) <= limit:
        return items, None
    return items[:limit], encode(sort, [key(items[limit - 1])])
