"""Views of the initiatives map: the map page, the GeoJSON API, CSV export and proposals."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
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


def map_page(request, page):
    """The map page: the server-rendered list is the baseline, the map enhances it."""
    form = services.InitiativeFilterForm(request.GET or None)
    language = translation.get_language() or "en"
    queryset = services.base_queryset(language)
    if form.is_bound and form.is_valid():
        queryset = services.apply_filters(queryset, form.cleaned_data, request, language)
    paginator = Paginator(queryset.order_by("title", "id"), LIST_PAGE_SIZE)
    results = paginator.get_page(request.GET.get("page"))
    results.object_list = services.rows(results.object_list, language)
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "page": page,
        "self": page,
        "form": form,
        "results": results,
        "total": paginator.count,
        "query": query.urlencode(),
        "country_numeric": services.country_numeric_codes(),
        "leaflet_overrides": MAP_OVERRIDES,
    }
    status = 400 if form.is_bound and not form.is_valid() else 200
    return render(request, "initiatives_map/initiatives_index_page.html", context, status=status)


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
