"""The portal's own content in the API: themes, GCM objectives, IOM regions, countries and the
glossary.

Registered by ``portal.registrations`` like any app's endpoints."""

import uuid
from typing import Literal

from django.http import Http404
from django.utils import translation
from django_countries import countries as all_countries
from ninja import Query, Router, Schema
from pydantic import Field
from wagtail.rich_text import expand_db_html

from portal.api.collections import (
    ERRORS,
    LIMIT_DEFAULT,
    LIMIT_MAX,
    Collection,
    Facet,
    lang_field,
    page_model,
    page_of,
    router_for,
)
from portal.api.cursors import Sort, page_list
from portal.core.text import html_to_text
from portal.models import GcmObjective, GlossaryPage, GlossaryTerm, Region, Theme
from portal.taxonomy.data import COUNTRY_REGION, REGIONS


class ThemeOut(Schema):
    id: uuid.UUID = Field(description="The same in every language.")
    slug: str = Field(description="The value of the `theme` filter.")
    name: str
    description: str
    language: str


def theme_out(theme, request=None):
    return {
        "id": theme.translation_key,
        "slug": theme.slug,
        "name": theme.name,
        "description": theme.description,
        "language": theme.locale.language_code,
    }


themes = router_for(
    Collection(
        key="themes",
        item=ThemeOut,
        queryset=lambda request: Theme.objects.select_related("locale"),
        serialize=theme_out,
        description="Thematic areas shared by every kind of content.",
        sorts=(Sort("order", "sort_order", missing=0), Sort("name", "name")),
    )
)


class GcmObjectiveOut(Schema):
    id: uuid.UUID = Field(description="The same in every language.")
    number: int = Field(description="1 to 23.")
    title: str
    description: str
    url: str
    language: str


def gcm_objective_out(objective, request):
    with translation.override(objective.locale.language_code):
        url = request.build_absolute_uri(objective.get_absolute_url())
    return {
        "id": objective.translation_key,
        "number": objective.number,
        "title": objective.title,
        "description": objective.description,
        "url": url,
        "language": objective.locale.language_code,
    }


gcm_objectives = router_for(
    Collection(
        key="gcm_objectives",
        item=GcmObjectiveOut,
        queryset=lambda request: GcmObjective.objects.select_related("locale"),
        serialize=gcm_objective_out,
        description="The 23 objectives of the Global Compact for Safe, Orderly and Regular "
        "Migration.",
        sorts=(Sort("number", "number", missing=0),),
    )
)


class GlossaryTermOut(Schema):
    id: uuid.UUID
    term: str
    acronym: str
    definition_html: str
    definition_text: str
    source: str
    themes: list[str] = Field(description="Theme slugs.")
    language: str


def glossary_queryset(request):
    """Every term, once a live public glossary page shows them (as the site search)."""
    if not GlossaryPage.objects.live().public().exists():
        return GlossaryTerm.objects.none()
    return GlossaryTerm.objects.select_related("locale").prefetch_related("themes")


def glossary_out(term, request=None):
    html = expand_db_html(term.definition)
    return {
        "id": term.translation_key,
        "term": term.term,
        "acronym": term.acronym,
        "definition_html": html,
        "definition_text": " ".join(html_to_text(html).split()),
        "source": term.source,
        "themes": sorted(theme.slug for theme in term.themes.all()),
        "language": term.locale.language_code,
    }


glossary = router_for(
    Collection(
        key="glossary",
        item=GlossaryTermOut,
        queryset=glossary_queryset,
        serialize=glossary_out,
        description="Terms and acronyms with their definitions.",
        search_type="glossary",
        filters=(Facet("theme", "Theme slugs (any of them)."),),
        sorts=(Sort("term", "term"),),
    )
)


class CountryOut(Schema):
    code: str = Field(description="ISO 3166-1 alpha-2.")
    name: str
    region: str | None = Field(description="The code of its IOM region.")


class RegionOut(Schema):
    code: str
    name: str
    countries: list[CountryOut]


def _country(code):
    return {"code": code, "name": str(all_countries.name(code)), "region": COUNTRY_REGION.get(code)}


def _region(code):
    region = Region(code=code)
    return {
        "code": code,
        "name": str(region.name),
        "countries": [_country(c) for c in region.country_codes],
    }


class ListQuery(Schema):
    lang: lang_field()[0] = lang_field()[1]
    cursor: str | None = Field(None, max_length=2000)
    limit: int = Field(LIMIT_DEFAULT, ge=1, le=LIMIT_MAX)


class CountryQuery(ListQuery):
    region: Literal[tuple(code for code, _name in REGIONS)] | None = Field(
        None, description="Only the countries of this IOM region."
    )


regions = Router(tags=["regions"])
RegionPage = page_model("Region", RegionOut)


@regions.get(
    "/",
    response={200: RegionPage, **ERRORS},
    operation_id="regions_list",
    summary="List IOM regions",
    description="IOM's regional designations and their countries, names in the chosen language.",
)
def list_regions(request, params: Query[ListQuery]):
    codes = [code for code, _name in REGIONS]
    rows, cursor = page_list(codes, str, params.cursor, params.limit)
    return page_of(request, [_region(code) for code in rows], cursor)


@regions.get(
    "/{code}",
    response={200: RegionOut, **ERRORS},
    operation_id="regions_get",
    summary="One IOM region",
)
def get_region(request, code: str, lang: lang_field()[0] = None):
    if code not in dict(REGIONS):
        raise Http404(code)
    return _region(code)


countries = Router(tags=["countries"])
CountryPage = page_model("Country", CountryOut)


@countries.get(
    "/",
    response={200: CountryPage, **ERRORS},
    operation_id="countries_list",
    summary="List countries",
    description="Countries and territories (ISO 3166-1) with their IOM region, by code.",
)
def list_countries(request, params: Query[CountryQuery]):
    codes = [code for code, _name in all_countries]
    if params.region:
        codes = [code for code in codes if COUNTRY_REGION.get(code) == params.region]
    rows, cursor = page_list(codes, str, params.cursor, params.limit)
    return page_of(request, [_country(code) for code in rows], cursor)


@countries.get(
    "/{code}",
    response={200: CountryOut, **ERRORS},
    operation_id="countries_get",
    summary="One country",
)
def get_country(request, code: str, lang: lang_field()[0] = None):
    if code not in all_countries:
        raise Http404(code)
    return _country(code)
