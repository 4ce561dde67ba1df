"""The listings a member can save, and how a saved one becomes a query of the one index.

A saved search keeps the listing's path and query string; ``search_spec`` turns them into
``portal.core.search`` arguments: ``q`` is the query, parameters named like a facet of the
listing's search type are filters (``aliases`` maps a listing's own names to the index's).
Parameters that are no index facet (e.g. the map's dimension) do not narrow the alert."""

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import parse_qsl, urlencode, urlsplit

from django.conf import settings
from django.urls import Resolver404, resolve

from portal.core.i18n import canonical
from portal.core.registry import registry

# Parameters that change how a listing is shown, not what it lists.
IGNORED = {"page", "per_page", "sort", "view", "csrfmiddlewaretoken", "format"}
MAX_QUERY = 2000
MAX_VALUES = 20


@dataclass(frozen=True)
class Listing:
    type_key: str | None  # None: the site search (its ``type`` parameter chooses)
    aliases: dict = field(default_factory=dict)
    year_range: bool = False


LISTINGS = {
    "search": Listing(None),
    "resources": Listing("resources", aliases={"type": "resource_type"}, year_range=True),
    "practices": Listing("practices"),
    "map": Listing("initiatives"),
    "webinars": Listing("webinars"),
    "discussions": Listing("discussions"),
}


@dataclass
class SearchSpec:
    query: str
    types: list
    filters: dict
    locale: str


def split_listing(url):
    """(path, normalised query string, language) of a listing URL the visitor sent, or None
    when it is not a path on this site."""
    parts = urlsplit(url or "")
    path = parts.path
    if parts.scheme or parts.netloc or not path.startswith("/") or path.startswith("//"):
        return None
    if len(path) > 300:
        return None
    pairs = sorted(
        (key, value.strip())
        for key, value in parse_qsl(parts.query, keep_blank_values=False)
        if key not in IGNORED and value.strip()
    )
    query = urlencode(pairs[:100])[:MAX_QUERY]
    prefix = path.strip("/").split("/")[0]
    languages = {code for code, _name in settings.LANGUAGES}
    language = prefix if prefix in languages else settings.LANGUAGE_CODE
    return path, query, language


def _params(query):
    params = {}
    for key, value in parse_qsl(query):
        params.setdefault(key, []).append(value[:200])
    return {key: values[:MAX_VALUES] for key, values in params.items()}


def search_spec(saved):
    """The ``portal.core.search`` arguments that reproduce ``saved``."""
    listing = LISTINGS.get(saved.kind, LISTINGS["search"])
    params = _params(saved.query)
    query = " ".join((params.get("q") or [""])[0].split())
    type_key = listing.type_key or (params.get("type") or [""])[0]
    search_type = registry.search_types.get(type_key)
    if search_type is None:
        types, facet_names = [], {"language"}
    else:
        types = [search_type.key]
        facet_names = {name for name, _label in search_type.facets}
        if listing.type_key is None:
            facet_names.add("language")  # the site search offers it on every type
    own = {"q", "type"} if listing.type_key is None else {"q"}  # not facets
    filters = {}
    for key, values in params.items():
        name = listing.aliases.get(key, key)
        if key not in own and name in facet_names:
            filters[name] = values
    if listing.year_range:
        years = _year_range(params)
        if years:
            filters["year"] = years
    if saved.kind == "discussions":
        group = _group_name(saved.path)
        if group:
            filters["group"] = [group]
    return SearchSpec(query=query, types=types, filters=filters, locale=saved.language)


def _year_range(params):
    def year(name):
        value = (params.get(name) or [""])[0]
        return int(value) if value.isascii() and value.isdigit() and len(value) == 4 else None

    first, last = year("year_from"), year("year_to")
    if not first and not last:
        return []
    first = first or 1900
    last = min(last or date.today().year + 1, date.today().year + 1)
    return [str(y) for y in range(first, last + 1)][:300] or ["none"]


def _group_name(path):
    """The name the index files a group's threads under (its canonical row's), from a group
    page's path."""
    from community.discussions.models import Group

    try:
        match = resolve(path)
    except Resolver404:
        return None
    slug = match.kwargs.get("slug")
    group = Group.objects.filter(slug=slug).first() if slug else None
    return canonical(group).name if group else None
