"""The list-and-detail endpoints of a content type, built from a short declaration.

An app declares a ``Collection`` in its ``api.py`` (the item's schema, the published public
queryset, how one object becomes a dict, its filters and orderings), calls ``router(…)`` and
registers the router's dotted path (``portal.core.registry.ApiRouter``). Every collection then
behaves the same way:

- ``GET /api/v1/<key>/``: the objects shown in the chosen language (``?lang=`` or
  ``Accept-Language``), narrowed by ``q`` (full text) and the filters through the site's one
  search index (``portal.core.search``, the site's own filters), in keyset pages of ``limit``
  items with an opaque ``next_cursor``;
- ``GET /api/v1/<key>/{id}``: one object by its language-neutral id (the translation key
  shared by all its translations), in the chosen language when translated.
"""

import datetime
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from django.http import Http404, QueryDict
from django.utils.translation import get_language
from ninja import Query, Router, Schema
from pydantic import Field, create_model

from portal.api.cursors import Sort
from portal.api.http import site_languages
from portal.core import search
from portal.core.i18n import default_locale_id

LIMIT_DEFAULT, LIMIT_MAX = 20, 100
MAX_VALUES = 20  # values of one filter
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)

NEWEST = Sort("newest", "first_published_at", descending=True, missing=EPOCH)
OLDEST = Sort("oldest", "first_published_at", missing=EPOCH)
TITLE = Sort("title", "title")


class Error(Schema):
    """Why a request was refused (400, 404, 429)."""

    detail: str
    errors: list[dict] = Field(default_factory=list)


def language_literal():
    """The type of a ``lang`` parameter: one of the site's languages."""
    return Literal[tuple(site_languages())]


def lang_field():
    return (
        language_literal() | None,
        Field(None, description="The language of the content (default: Accept-Language)."),
    )


@dataclass(frozen=True)
class Facet:
    """A filter ``?name=a&name=b`` (alternatives) on one facet of the search index;
    ``to_index`` turns the API's values (codes, slugs) into the index's when they differ."""

    name: str
    description: str
    facet: str = ""
    to_index: Callable | None = None

    def fields(self):
        field = Field(default_factory=list, max_length=MAX_VALUES, description=self.description)
        return {self.name: (list[str], field)}

    def apply(self, params, filters):
        values = [value for value in getattr(params, self.name) if value]
        if values:
            filters[self.facet or self.name] = list(
                self.to_index(values) if self.to_index else values
            )


@dataclass(frozen=True)
class YearRange:
    """``?year_from=&year_to=``: the years of a facet holding years, both ends included."""

    facet: str = "year"
    first: int = 2000

    def fields(self):
        bounds = {"ge": 1, "le": 9999}
        return {
            "year_from": (int | None, Field(None, description="First year.", **bounds)),
            "year_to": (int | None, Field(None, description="Last year.", **bounds)),
        }

    def apply(self, params, filters):
        if params.year_from is None and params.year_to is None:
            return
        last_year = datetime.date.today().year + 1
        first = max(params.year_from or self.first, self.first)
        last = min(params.year_to or last_year, last_year)
        filters[self.facet] = [str(year) for year in range(first, last + 1)] or ["none"]


@dataclass(frozen=True)
class Collection:
    """A content type of the API. ``queryset(request)``: its published public objects in
    every language (translatable: ``locale`` and ``translation_key``); ``serialize(obj,
    request)``: a dict valid for ``item``; ``search_type``: the key of its search type, which
    enables ``q`` and the filters."""

    key: str
    item: type
    queryset: Callable
    serialize: Callable
    description: str = ""
    search_type: str = ""
    filters: tuple = ()
    sorts: tuple = (NEWEST, OLDEST, TITLE)

    @property
    def name(self):
        return "".join(part.capitalize() for part in self.key.split("_"))


def _params_model(collection):
    names = tuple(sort.name for sort in collection.sorts)
    fields = {
        "lang": lang_field(),
        "cursor": (
            str | None,
            Field(None, max_length=2000, description="`next_cursor` of the previous page."),
        ),
        "limit": (int, Field(LIMIT_DEFAULT, ge=1, le=LIMIT_MAX, description="Items per page.")),
        "sort": (Literal[names], Field(names[0], description="Order of the items.")),
    }
    if collection.search_type:
        fields["q"] = (
            str,
            Field("", max_length=200, description="Full-text query, as the site's search box."),
        )
        for spec in collection.filters:
            fields.update(spec.fields())
    return create_model(f"{collection.name}Query", __base__=Schema, **fields)


def page_model(name, item):
    """The schema of a page of ``item``s."""
    return create_model(
        f"{name}Page",
        __base__=Schema,
        items=(list[item], ...),
        next_cursor=(str | None, Field(None, description="Pass as `cursor` for the next page.")),
        next=(str | None, Field(None, description="The URL of the next page.")),
        language=(str, Field(..., description="The language the items were chosen in.")),
    )


def next_url(request, cursor):
    """The absolute URL of the page after this one (None at the end)."""
    if cursor is None:
        return None
    query = QueryDict(request.META.get("QUERY_STRING", ""), mutable=True)
    query["cursor"] = cursor
    return request.build_absolute_uri(f"{request.path}?{query.urlencode()}")


def _matching(request, collection, query, filters, language):
    """Ids of the collection's objects in ``language`` matching ``query`` and ``filters`` in
    the site's search index (at most ``portal.core.search.MATCH_LIMIT``)."""
    if query:
        ids = search.matching_ids(
            request,
            query,
            collection.search_type,
            filters=filters,
            locale=language,
            language=language,
        )
    else:
        results = search.find(
            request,
            "",
            types=(collection.search_type,),
            filters=filters,
            locale=language,
            language=language,
            sort="newest",
            per_page=search.MATCH_LIMIT,
        )
        ids = [hit.object_id for hit in results.hits]
    return [int(i) for i in ids if i.isascii() and i.isdigit()]


def listing(collection, request, params):
    """One page of the collection for the API's list endpoint."""
    language = get_language()
    queryset = collection.queryset(request).filter(locale__language_code=language)
    query = getattr(params, "q", "").strip()
    filters = {}
    for spec in collection.filters:
        spec.apply(params, filters)
    if query or filters:
        queryset = queryset.filter(pk__in=_matching(request, collection, query, filters, language))
    sort = next(s for s in collection.sorts if s.name == params.sort)
    rows, cursor = sort.page(queryset, params.cursor, params.limit)
    return page_of(request, [collection.serialize(obj, request) for obj in rows], cursor)


def page_of(request, items, cursor):
    """A list endpoint's answer: the items, the cursor and link to the next page, the language."""
    return {
        "items": items,
        "next_cursor": cursor,
        "next": next_url(request, cursor),
        "language": get_language(),
    }


def translation(queryset, key, language):
    """The object with translation key ``key`` in ``language``, else in the default
    language, else in any (``Http404`` when there is none)."""
    queryset = queryset.filter(translation_key=key)
    found = (
        queryset.filter(locale__language_code=language).first()
        or queryset.filter(locale_id=default_locale_id()).first()
        or queryset.order_by("pk").first()
    )
    if found is None:
        raise Http404("No such item.")
    return found


ERRORS = {400: Error, 404: Error, 429: Error}


def router_for(collection):
    """The django-ninja router of ``collection``'s list and detail endpoints."""
    api = Router(tags=[collection.key])
    params_model = _params_model(collection)
    page = page_model(collection.name, collection.item)
    searchable = (
        " Filters and `q` narrow the list through the site's search (the same matches as "
        "the site), at most the best 5,000."
        if collection.search_type
        else ""
    )

    @api.get(
        "/",
        response={200: page, **ERRORS},
        operation_id=f"{collection.key}_list",
        summary=f"List {collection.key.replace('_', ' ')}",
        description=f"{collection.description} Published, public items in the chosen language,"
        f" in keyset pages.{searchable}",
    )
    def list_items(request, params: Query[params_model]):
        return listing(collection, request, params)

    @api.get(
        "/{id}",
        response={200: collection.item, **ERRORS},
        operation_id=f"{collection.key}_get",
        summary=f"One of the {collection.key.replace('_', ' ')}",
        description="By its id (the same in every language), in the chosen language when "
        "it is translated.",
    )
    def get_item(request, id: uuid.UUID, lang: language_literal() | None = None):  # noqa: A002
        obj = translation(collection.queryset(request), id, get_language())
        return collection.serialize(obj, request)

    return api
