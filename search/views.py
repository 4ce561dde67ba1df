"""The search page and the suggestion API: thin views over search.services."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from portal.core.i18n import active_language
from portal.core.registry import registry, search_types
from portal.core.search import Results, facet_order
from portal.security.input import parse_int
from portal.taxonomy.data import CONTENT_LANGUAGES

from . import services
from .forms import SearchForm
from .query import clean_text, parse_query

PER_PAGE = 10
SUGGEST_LIMIT = 8
MAX_SUGGEST_LIMIT = 20


@require_GET
def search_page(request):
    form = SearchForm(request.GET)
    query, type_key, page = form.cleaned()
    search_type = registry.search_types.get(type_key)
    types = [search_type.key] if search_type else []
    facets = _facets(search_type)
    filters = {}
    for name in dict(facets):
        values = [clean_text(v) for v in request.GET.getlist(name)[:20]]
        if values:
            filters[name] = values
    language = (get_language() or "en")[:2]
    # The documents shown in this locale (and locale-less ones), in every text language.
    options = {"locale": active_language()}
    if not parse_query(query):  # nothing to look for: the page invites a search, lists nothing
        results = Results()
    else:
        results = services.search(
            request, query, types, filters, page, PER_PAGE, language, **options
        )
    pages = max(1, -(-results.total // PER_PAGE))
    if page > pages and results.total:  # past the end (an old link): show the last page
        page = pages
        results = services.search(
            request, query, types, filters, page, PER_PAGE, language, **options
        )
    type_tabs = [
        {"key": t.key, "label": t.label, "count": results.facet_counts["type"].get(t.key, 0)}
        for t in search_types()
    ]
    facet_groups = []
    if facets:
        for name, label in facets:
            counts = results.facet_counts["facets"].get(name, {})
            labels = _facet_labels(search_type, name)
            facet_groups.append(
                {
                    "name": name,
                    "label": label,
                    "values": [
                        {
                            "value": v,
                            "label": labels.get(v, v),
                            "count": n,
                            "checked": v in filters.get(name, []),
                        }
                        for v, n in facet_order(name, counts, labels)
                    ],
                }
            )
    labels = {t.key: t.label for t in search_types()}
    for hit in results.hits:
        hit.type_label = labels.get(hit.type_key, hit.type_key)
    context = {
        "search_query": query,
        "results": results,
        "type_tabs": type_tabs,
        "selected_type": search_type.key if search_type else "",
        "facet_groups": facet_groups,
        "filters": filters,
        "active_filters": sum(map(len, filters.values())),
        "page_number": page,
        "pages": pages,
        "has_previous": page > 1,
        "has_next": page < pages,
    }
    return render(request, "search/search_page.html", context)


def _facets(search_type):
    """(name, label) of the facets shown: the type's, and the text language on every search."""
    facets = list(search_type.facets) if search_type else []
    if "language" not in {name for name, _label in facets}:
        facets.append(("language", _("Language")))
    return facets


def _facet_labels(search_type, name):
    """{value: label} of a facet's values; language codes as language names."""
    labels = {}
    if search_type and search_type.facet_labels:
        labels = search_type.facet_labels(name) or {}
    if name == "language":
        labels = {code: str(label) for code, label in CONTENT_LANGUAGES} | labels
    return labels


@require_GET
def suggest_api(request):
    """Title suggestions for the header box: ``?q=<prefix>&lang=<code>&limit=<1-20>``."""
    raw = request.GET.get("q", "")
    if len(raw) > 10000:
        return _bad_request(_("The query is too long (at most 10,000 characters)."))
    language = request.GET.get("lang", "")
    if language and language not in {code for code, _name in settings.LANGUAGES}:
        return _bad_request(_("Unknown language code."))
    limit = parse_int(request.GET.get("limit", str(SUGGEST_LIMIT)), 1, MAX_SUGGEST_LIMIT)
    if limit is None:
        return _bad_request(
            _("limit must be a whole number from 1 to %(max)d.") % {"max": MAX_SUGGEST_LIMIT}
        )
    suggestions = services.suggest(raw, language or None, limit=limit)
    visible = services.visible_hits(request, [_as_hit(s) for s in suggestions])
    allowed = {(h.type_key, h.object_id) for h in visible}
    return JsonResponse(
        {
            "query": clean_text(raw),
            "suggestions": [
                {"title": s["title"], "url": s["url"], "type": s["type_key"]}
                for s in suggestions
                if (s["type_key"], str(s.get("object_id", ""))) in allowed
            ],
        }
    )


def _bad_request(reason):
    return JsonResponse({"error": str(reason), "suggestions": []}, status=400)


def _as_hit(row):
    from .engines.base import Hit

    return Hit(
        type_key=row["type_key"],
        object_id=str(row.get("object_id", "")),
        title=row["title"],
        url=row["url"],
    )
