"""Views of the initiatives map: the map page, the GeoJSON API, CSV export and proposals."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET

from initiatives_map import services
from initiatives_map.forms import ProposalForm
from portal.core.links import site_url

LIST_PAGE_SIZE = 50

# Per-map additions to LEAFLET_CONFIG for {% leaflet_map %}. No SPATIAL_EXTENT: it would become
# maxBounds and stop the world wrapping around (django-leaflet refuses None in the setting
# itself, but honours it here).
MAP_OVERRIDES = {"SPATIAL_EXTENT": None}
PICKER_OVERRIDES = {**MAP_OVERRIDES, "DEFAULT_ZOOM": 1}


def _language(request):
    code = request.GET.get("lang") or translation.get_language() or "en"
    return code if code in dict(settings.LANGUAGES) else "en"


class CountedPaginator(Paginator):
    """A paginator told its count (known already from the per-country query)."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self):
        return self.known_count


def map_page(request, page):
    """The map page: the server-rendered list and static SVG map are the baseline, the
    Leaflet map enhances them."""
    form = services.InitiativeFilterForm(request.GET or None)
    language = translation.get_language() or "en"
    queryset = services.base_queryset(language)
    everything = services.overview(language)  # cached: no query once warm
    active = 0
    if form.is_bound and form.is_valid():
        active = sum(1 for name in services.FILTER_NAMES if form.cleaned_data.get(name))
    if active:
        queryset = services.apply_filters(queryset, form.cleaned_data, request, language)
        total, counts = services.per_country(queryset)
        svg = services.static_map(counts)
    else:
        total, svg = everything["total"], mark_safe(everything["svg"])  # noqa: S308 - ours
    paginator = CountedPaginator(queryset.order_by("title", "id"), LIST_PAGE_SIZE, total)
    results = paginator.get_page(request.GET.get("page"))
    results.object_list = services.rows(results.object_list, language)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "page": page,
        "self": page,
        "form": form,
        "active_filters": active,
        "results": results,
        "total": total,
        "static_map": svg,
        "query": query.urlencode(),
        "country_numeric": services.country_numeric_codes(),
        "map_labels": {
            "countries": {code: services.country_name(code) for code in everything["counts"]},
            "statuses": services.status_labels(),
            "shown": plural_forms("%(count)s initiative shown", "%(count)s initiatives shown"),
            "active": plural_forms("(%(n)s active)", "(%(n)s active)"),
            "cluster": plural_forms(
                "%(count)s initiative in this area", "%(count)s initiatives in this area"
            ),
        },
        "leaflet_overrides": MAP_OVERRIDES,
    }
    status = 400 if form.is_bound and not form.is_valid() else 200
    return render(request, "initiatives_map/initiatives_index_page.html", context, status=status)


# A number of each CLDR plural category (what Intl.PluralRules names in the browser): the
# catalogue's plural form for it is the one the map script uses for that category.
PLURAL_SAMPLES = {"zero": 0, "one": 1, "two": 2, "few": 3, "many": 11, "other": 100}


def plural_forms(singular, plural):
    """{CLDR category: the translated text with a %(count)s placeholder}, for the browser."""
    return {category: ngettext(singular, plural, n) for category, n in PLURAL_SAMPLES.items()}


def _filtered(request):
    form = services.InitiativeFilterForm(request.GET)
    if not form.is_valid():
        return form, None
    return form, form.cleaned_data


@require_GET
def geojson(request):
    """GET /api/initiatives.geojson?<filters>: an RFC 7946 FeatureCollection."""
    form, data = _filtered(request)
    if data is None:
        return JsonResponse({"error": _("Invalid filter."), "reasons": form.reasons()}, status=400)
    raw, compressed = services.geojson_payload(_language(request), data)
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        response = HttpResponse(compressed, content_type="application/geo+json")
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(raw, content_type="application/geo+json")
    response["Vary"] = "Accept-Encoding"
    response["Cache-Control"] = "public, max-age=60"
    return response


@require_GET
def export_csv(request):
    """GET /api/initiatives.csv?<filters>: the filtered list as CSV."""
    form, data = _filtered(request)
    if data is None:
        return JsonResponse({"error": _("Invalid filter."), "reasons": form.reasons()}, status=400)
    language = _language(request)
    records = services.rows(
        services.apply_filters(services.base_queryset(language), data, request, language), language
    )
    response = HttpResponse(
        services.csv_text(records, site_url()), content_type="text/csv; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="initiatives.csv"'
    return response


@login_required
def propose(request):
    """A signed-in member proposes an initiative; it becomes a draft in moderation."""
    form = ProposalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        initiative = form.save(request.user)
        messages.success(
            request,
            _("Thank you. “%(title)s” was sent to the editors for review.")
            % {"title": initiative.title},
        )
        return redirect("dashboard")
    return render(
        request,
        "initiatives_map/propose.html",
        {"form": form, "leaflet_overrides": PICKER_OVERRIDES},
    )
