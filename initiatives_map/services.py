"""Finding initiatives: filtering, GeoJSON and CSV built from .values() rows (no page
instances), the home page's featured initiatives and a member's proposals."""

import csv
import gzip
import io
import json
from collections import defaultdict

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries as all_countries
from wagtail.models import Locale, Site

from initiatives_map.models import (
    DIMENSION_CHOICES,
    LEVEL_CHOICES,
    STATUS_CHOICES,
    TARGET_GROUP_CHOICES,
    InitiativeLocation,
    InitiativePage,
    InitiativesIndexPage,
)
from portal.core.cache import bump, versioned_key
from portal.core.search import narrow
from portal.models import Theme
from portal.taxonomy.data import REGIONS

GEOJSON_CACHE = "initiatives_map:geojson"
FILTER_NAMES = (
    "q",
    "region",
    "country",
    "theme",
    "dimension",
    "level",
    "target_group",
    "status",
    "organisation",
    "donor",
    "year_from",
    "year_to",
)


def _blank(choices):
    return [("", _("Any"))] + list(choices)


class InitiativeFilterForm(forms.Form):
    """The map's filters; the same form validates the HTML page, the GeoJSON and the CSV."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    region = forms.ChoiceField(label=_("Region"), required=False, choices=_blank(REGIONS))
    country = forms.ChoiceField(label=_("Country"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    dimension = forms.ChoiceField(
        label=_("Dimension"), required=False, choices=_blank(DIMENSION_CHOICES)
    )
    level = forms.ChoiceField(label=_("Level"), required=False, choices=_blank(LEVEL_CHOICES))
    target_group = forms.ChoiceField(
        label=_("Target group"), required=False, choices=_blank(TARGET_GROUP_CHOICES)
    )
    status = forms.ChoiceField(label=_("Status"), required=False, choices=_blank(STATUS_CHOICES))
    organisation = forms.CharField(label=_("Organisation"), required=False, max_length=200)
    donor = forms.CharField(label=_("Donor"), required=False, max_length=200)
    year_from = forms.IntegerField(
        label=_("From year"), required=False, min_value=1950, max_value=2100
    )
    year_to = forms.IntegerField(label=_("To year"), required=False, min_value=1950, max_value=2100)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = _blank(list(all_countries))
        themes = Theme.objects.filter(locale__language_code=translation.get_language())
        if not themes.exists():
            themes = Theme.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        self.fields["theme"].choices = _blank(themes.order_by("name").values_list("slug", "name"))

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("year_from"), cleaned.get("year_to")
        if start and end and end < start:
            raise forms.ValidationError(_("The end year is before the start year."))
        return cleaned

    def reasons(self):
        """{field: [error messages]} for the API's 400 answer."""
        return {
            field: [str(message) for message in messages] for field, messages in self.errors.items()
        }


def _list_regex(code):
    return rf"(^|,){code}(,|$)"


def listing_locale(language_code=None):
    """The locale whose initiatives are listed: the language's, else the default one."""
    code = language_code or translation.get_language() or "en"
    return Locale.objects.filter(language_code=code).first() or Locale.get_default()


def base_queryset(language_code=None):
    """Live, public initiatives of one locale (English when the locale has none)."""
    return InitiativePage.objects.live().public().filter(locale=listing_locale(language_code))


def apply_filters(queryset, data, request=None, language_code=None):
    """``queryset`` narrowed by every filter set in ``data`` (a valid form's cleaned_data).
    The text box ``q`` goes through the site's one search index (stemmed, accents folded,
    titles, summaries, descriptions, organisations, partners and donors)."""
    if data.get("q"):
        code = listing_locale(language_code).language_code
        queryset = narrow(queryset, request, data["q"], "initiatives", locale=code, language=code)
    if data.get("region"):
        queryset = queryset.filter(region=data["region"])
    if data.get("country"):
        queryset = queryset.filter(countries__regex=_list_regex(data["country"]))
    if data.get("theme"):
        queryset = queryset.filter(
            themes__translation_key__in=Theme.objects.filter(slug=data["theme"]).values(
                "translation_key"
            )
        ).distinct()
    for field, name in (
        ("dimensions", "dimension"),
        ("levels", "level"),
        ("target_groups", "target_group"),
    ):
        if data.get(name):
            queryset = queryset.filter(**{f"{field}__regex": _list_regex(data[name])})
    if data.get("status"):
        queryset = queryset.filter(status=data["status"])
    if data.get("organisation"):
        text = data["organisation"]
        queryset = queryset.filter(Q(organisations__icontains=text) | Q(partners__icontains=text))
    if data.get("donor"):
        queryset = queryset.filter(donors__icontains=data["donor"])
    if data.get("year_from"):
        queryset = queryset.filter(
            Q(end_date__isnull=True) | Q(end_date__year__gte=data["year_from"])
        )
    if data.get("year_to"):
        queryset = queryset.filter(
            Q(start_date__isnull=True) | Q(start_date__year__lte=data["year_to"])
        )
    return queryset


class PageUrls:
    """Page URLs from url_path alone: the site roots are read once."""

    def __init__(self, language_code):
        self.roots = [root.root_path for root in Site.get_site_root_paths()]
        with translation.override(language_code):
            self.prefix = reverse("wagtail_serve", args=("",))

    def __call__(self, url_path):
        for root_path in self.roots:
            if url_path.startswith(root_path):
                return self.prefix + url_path[len(root_path) :]
        return None


def country_name(code):
    """The country's name in the active language (the code itself when unknown)."""
    return all_countries.name(code) or code


def status_labels():
    """{status code: its label in the active language}."""
    return {code: str(label) for code, label in STATUS_CHOICES}


def rows(queryset, language_code):
    """One dict per initiative: id, title, url, status (and its label), countries (and their
    names in the active language), summary, points."""
    fields = ("id", "title", "url_path", "status", "countries", "summary", "region")
    if not queryset.query.is_sliced:
        queryset = queryset.order_by("title", "id")
    records = list(queryset.values(*fields))
    points = defaultdict(list)
    ids = [r["id"] for r in records]
    if ids:
        locations = InitiativeLocation.objects.filter(page_id__in=ids).order_by(
            "page_id", "sort_order"
        )
        for page_id, name, lat, lon in locations.values_list(
            "page_id", "name", "latitude", "longitude"
        ):
            points[page_id].append((name, float(lon), float(lat)))
    url = PageUrls(language_code)
    for record in records:
        record["url"] = url(record.pop("url_path"))
        value = record["countries"] or []
        record["countries"] = (
            value.split(",") if isinstance(value, str) else [str(c) for c in value]
        )
        record["points"] = points.get(record["id"], [])
    labels = status_labels()
    for record in records:
        record["country_names"] = [country_name(code) for code in record["countries"]]
        record["status_label"] = labels.get(record["status"], record["status"])
    return records


def per_country(queryset):
    """(number of initiatives, {alpha-2: number of initiatives}) of ``queryset``, in one query."""
    counts = defaultdict(int)
    total = 0
    # With the id, so that a DISTINCT queryset (the theme filter) keeps every initiative.
    for row in queryset.order_by().values_list("id", "countries"):
        total += 1
        value = row[1]
        codes = value.split(",") if isinstance(value, str) else [str(c) for c in value or []]
        for code in set(codes):
            if code:
                counts[code] += 1
    return total, dict(counts)


def static_map(counts):
    """The SVG map of ``counts`` ({alpha-2: n}), with its title and description in the active
    language."""
    from initiatives_map import staticmap

    named = sorted(
        ((country_name(code), n) for code, n in counts.items()), key=lambda item: item[0]
    )
    if named:
        description = gettext("Countries with initiatives: %(list)s.") % {
            "list": gettext(", ").join(f"{name} ({n})" for name, n in named)
        }
    else:
        description = gettext("No country has an initiative matching these filters.")
    return staticmap.render(counts, gettext("Map of initiatives by country"), description)


def overview(language_code):
    """{"total", "counts", "svg"} of all the live initiatives of the language, cached until an
    initiative is published, unpublished or deleted."""
    key = versioned_key(GEOJSON_CACHE, "overview", language_code, translation.get_language())
    cached = cache.get(key)
    if cached is None:
        total, counts = per_country(base_queryset(language_code))
        cached = {"total": total, "counts": counts, "svg": str(static_map(counts))}
        cache.set(key, cached, 60 * 60 * 24)
    return cached


def feature(record):
    """An RFC 7946 feature: Point, MultiPoint, or no geometry for a country-level initiative."""
    points = record["points"]
    if not points:
        geometry = None
    elif len(points) == 1:
        geometry = {
            "type": "Point",
            "coordinates": [round(points[0][1], 5), round(points[0][2], 5)],
        }
    else:
        geometry = {
            "type": "MultiPoint",
            "coordinates": [[round(p[1], 5), round(p[2], 5)] for p in points],
        }
    return {
        "type": "Feature",
        "id": record["id"],
        "geometry": geometry,
        "properties": {
            "id": record["id"],
            "title": record["title"],
            "url": record["url"],
            "status": record["status"],
            "country": record["countries"],
        },
    }


def feature_collection(records):
    """An RFC 7946 FeatureCollection of the records."""
    return {"type": "FeatureCollection", "features": [feature(r) for r in records]}


def bump_content_version(**kwargs):
    """Every cached GeoJSON payload goes stale (receiver of publish, unpublish and delete)."""
    bump(GEOJSON_CACHE)


def geojson_payload(language_code, data=None):
    """(raw bytes, gzip bytes) of the GeoJSON; the unfiltered one is cached per content version
    and language."""

    def build():
        queryset = base_queryset(language_code)
        if data:
            queryset = apply_filters(queryset, data, language_code=language_code)
        body = json.dumps(
            feature_collection(rows(queryset, language_code)),
            separators=(",", ":"),
            ensure_ascii=False,
        ).encode()
        return body, gzip.compress(body, compresslevel=6)

    if data and any(data.get(name) for name in FILTER_NAMES):
        return build()
    key = versioned_key(GEOJSON_CACHE, language_code)
    cached = cache.get(key)
    if cached is None:
        cached = build()
        cache.set(key, cached, 60 * 60 * 24)
    return cached


CSV_HEADER = ["id", "title", "url", "status", "region", "countries", "locations", "summary"]


def csv_text(records, base_url=""):
    """The records as CSV, one row per initiative, page URLs prefixed with ``base_url``."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for r in records:
        writer.writerow(
            [
                r["id"],
                r["title"],
                base_url + (r["url"] or ""),
                r["status"],
                r["region"],
                " ".join(r["countries"]),
                "; ".join(f"{name} ({lat:.5f}, {lon:.5f})" for name, lon, lat in r["points"]),
                r["summary"],
            ]
        )
    return out.getvalue()


def country_numeric_codes():
    """{alpha-2: zero-padded ISO numeric}, to join initiatives to the world-atlas shapes."""
    return {
        code: f"{all_countries.numeric(code):03d}"
        for code, _name in all_countries
        if all_countries.numeric(code)
    }


def featured(request, limit):
    """The ``limit`` most recently published initiatives of the active locale, as home items."""
    pages = (
        InitiativePage.objects.live()
        .public()
        .filter(locale=Locale.get_active())
        .order_by("-first_published_at")[:limit]
    )
    return [
        {
            "url": p.get_url(request),
            "title": p.title,
            "summary": p.summary,
            "meta": p.get_status_display(),
        }
        for p in pages
    ]


def linked_pages(page):
    """The live pages an initiative links to ("Related resources"), each once and in the
    initiative's language: a link made in one locale (or copied with the page into another)
    points at one translation; it is shown through the linked page's translation in
    ``page``'s locale, else the default locale's, else the linked page itself."""
    from wagtail.models import Page

    from portal.core.i18n import default_locale_id

    keys = []
    for link in page.resource_links.select_related("linked_page"):
        if link.linked_page and link.linked_page.translation_key not in keys:
            keys.append(link.linked_page.translation_key)
    if not keys:
        return []
    preference = {page.locale_id: 0, default_locale_id(): 1}
    best = {}
    for candidate in Page.objects.live().filter(translation_key__in=keys).order_by("pk"):
        current = best.get(candidate.translation_key)
        rank = preference.get(candidate.locale_id, 2)
        if current is None or rank < preference.get(current.locale_id, 2):
            best[candidate.translation_key] = candidate
    return [best[key] for key in keys if key in best]


def map_url(request):
    """The URL of the live map page of the active locale, or None."""
    index = InitiativesIndexPage.objects.live().filter(locale=Locale.get_active()).first()
    return index.get_url(request) if index else None


def my_proposals(request):
    """The dashboard panel: the member's 20 latest initiatives and where each one stands."""
    pages = InitiativePage.objects.filter(owner=request.user, alias_of__isnull=True).order_by(
        "-latest_revision_created_at"
    )[:20]
    items = []
    for p in pages:
        if p.live:
            state = gettext("published")
        elif p.workflow_in_progress:
            state = gettext("awaiting review")
        else:
            state = gettext("draft")
        items.append(
            {"title": p.title, "url": p.get_url(request) if p.live else None, "state": state}
        )
    return {"items": items}
