"""The site's one full-text index, as every app sees it.

The search app owns the index (``search.SearchDocument``) and its engines (the database,
Elasticsearch) and registers its implementation here at start-up; apps call ``find`` and
``matching_ids`` and never import the search app. Everything public that has text is in
that one index, so the site search, the resources listing, the map's text box, the glossary
and the discussion search agree about the same query.

Terms:

- ``query``: what the visitor typed (words and "quoted phrases"); "" browses: every
  document of ``types`` that passes the filters, in ``sort`` order.
- ``types``: search type keys (``portal.core.registry.SearchType.key``); () means all.
- ``filters``: {facet name: [values]}; values of one facet are alternatives (OR), facets
  combine (AND). Values are codes (theme slugs, region and country codes, language codes,
  years), labelled for display by the app that shows them.
- ``date_range``: (first, last) dates, either may be None.
- ``locale``: only documents shown in that site locale (a page's translation or alias
  there), plus documents that belong to no locale (discussions); None: every locale.
- ``language``: the visitor's language: documents in it rank first, others still match.
- ``sort``: "relevance" (browsing falls back to "newest"), "newest", "oldest", "title".
"""

from collections.abc import Callable
from dataclasses import dataclass, field

SORTS = ("relevance", "newest", "oldest", "title")
MATCH_LIMIT = 5000  # matching_ids() stops here: a filter box, not an export


@dataclass
class Hit:
    type_key: str
    object_id: str
    title: str
    url: str
    summary: str = ""
    date: object = None
    date_precision: str = "day"  # "year": only the year is known (show "2020", not a day)
    language: str = ""
    snippet: str = ""  # safe HTML: everything escaped once, except our own <mark>
    score: float = 0.0


@dataclass
class Results:
    hits: list = field(default_factory=list)
    total: int = 0
    # {"type": {type_key: n}, "facets": {facet name: {value: n}}}; a facet's counts ignore
    # that facet's own filter (choosing a theme still shows how many each other theme has).
    facet_counts: dict = field(default_factory=lambda: {"type": {}, "facets": {}})
    suggestion: str = ""
    engine: str = ""
    # True when counting stopped at the engine's cap: the numbers are lower bounds ("1000+").
    counts_capped: bool = False  # the type counts
    total_capped: bool = False  # the total (and the facet counts of the chosen type)


@dataclass(frozen=True)
class Backend:
    """What the search app registers: ``find(request, query, **options) -> Results`` and
    ``matching_ids(request, query, type_key, **options) -> [object_id, …]`` (best first)."""

    find: Callable
    matching_ids: Callable
    health: Callable | None = None  # () -> {…}: shown on /healthz's search line


_backend = {}


def register_backend(backend: Backend):
    _backend["current"] = backend


def _current():
    backend = _backend.get("current")
    if backend is None:
        raise RuntimeError("No search backend registered: is the search app installed?")
    return backend


def health():
    """The search backend's own state for /healthz (e.g. Elasticsearch's circuit breaker)."""
    backend = _backend.get("current")
    return backend.health() if backend is not None and backend.health else {}


def find(
    request,
    query="",
    *,
    types=(),
    filters=None,
    date_range=None,
    locale=None,
    language=None,
    sort="relevance",
    page=1,
    per_page=10,
):
    """One page of hits this visitor may see, with counts per type and per facet."""
    return _current().find(
        request,
        query,
        types=tuple(types),
        filters=filters or {},
        date_range=date_range,
        locale=locale,
        language=language,
        sort=sort if sort in SORTS else "relevance",
        page=max(int(page or 1), 1),
        per_page=per_page,
    )


def matching_ids(
    request, query, type_key, *, filters=None, locale=None, language=None, limit=MATCH_LIMIT
):
    """Ids (strings) of the objects of ``type_key`` matching ``query``, best first, at most
    ``limit``: for a listing that filters its own queryset by a text box."""
    return _current().matching_ids(
        request,
        query,
        type_key,
        filters=filters or {},
        locale=locale,
        language=language,
        limit=limit,
    )


def narrow(queryset, request, query, type_key, **options):
    """``queryset`` restricted to the objects of ``type_key`` that match ``query`` in the one
    index (``matching_ids``' options): how a listing's own text box searches."""
    ids = matching_ids(request, query, type_key, **options)
    return queryset.filter(pk__in=[int(i) for i in ids if i.isascii() and i.isdigit()])


def facet_order(name, counts, labels):
    """A facet's (value, count) pairs in reading order, for every listing's filters: years
    newest first, other values by count, then by label (ignoring case)."""
    if name == "year":
        return sorted(counts.items(), key=lambda kv: -int(kv[0]) if kv[0].isdigit() else 0)
    return sorted(
        counts.items(), key=lambda kv: (-kv[1], str(labels.get(kv[0], kv[0])).casefold(), kv[0])
    )
