"""Initiatives in the public read API (``/api/v1/initiatives/``), registered in
``registrations.py``; lists, filters, languages and cursors come from ``portal.api``.
Contacts and proposers are never part of it."""

import datetime
import uuid

from ninja import Schema
from pydantic import Field

from initiatives_map.models import InitiativePage
from portal.api.collections import Collection, Facet, router_for
from portal.api.cursors import Sort
from portal.core.i18n import content_language
from portal.core.text import html_to_text

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


class LocationOut(Schema):
    name: str
    latitude: float
    longitude: float


class InitiativeOut(Schema):
    id: uuid.UUID = Field(description="The same in every language.")
    url: str
    title: str
    summary: str
    description_text: str
    language: str = Field(description="The language of the text.")
    locale: str = Field(description="The site language it is listed in.")
    status: str
    start_date: datetime.date | None
    end_date: datetime.date | None
    region: str = Field(description="IOM region code.")
    countries: list[str] = Field(description="Countries of implementation (ISO 3166-1).")
    host_countries: list[str] = Field(description="Countries people return from.")
    organisations: list[str]
    partners: list[str]
    donors: list[str]
    themes: list[str] = Field(description="Theme slugs.")
    dimensions: list[str]
    levels: list[str]
    target_groups: list[str]
    locations: list[LocationOut]


def public_initiatives(request):
    return (
        InitiativePage.objects.live()
        .public()
        .select_related("locale")
        .prefetch_related("themes", "locations")
    )


def initiative_out(page, request):
    return {
        "id": page.translation_key,
        "url": page.get_full_url(request) or "",
        "title": page.title,
        "summary": page.summary,
        "description_text": html_to_text(page.description),
        "language": content_language(page),
        "locale": page.locale.language_code,
        "status": page.status,
        "start_date": page.start_date,
        "end_date": page.end_date,
        "region": page.region,
        "countries": [country.code for country in page.countries],
        "host_countries": [country.code for country in page.host_countries],
        "organisations": page.organisation_list,
        "partners": page.partner_list,
        "donors": page.donor_list,
        "themes": sorted(theme.slug for theme in page.themes.all()),
        "dimensions": list(page.dimensions or []),
        "levels": list(page.levels or []),
        "target_groups": list(page.target_groups or []),
        "locations": [
            {"name": loc.name, "latitude": float(loc.latitude), "longitude": float(loc.longitude)}
            for loc in page.locations.all()
        ],
    }


router = router_for(
    Collection(
        key="initiatives",
        item=InitiativeOut,
        queryset=public_initiatives,
        serialize=initiative_out,
        description="Reintegration initiatives: who does what, where.",
        search_type="initiatives",
        filters=(
            Facet("country", "Countries of implementation (ISO 3166-1 alpha-2)."),
            Facet("region", "IOM region codes."),
            Facet("status", "Statuses."),
        ),
        sorts=(
            Sort("newest", "first_published_at", descending=True, missing=EPOCH),
            Sort("start", "start_date", descending=True, missing=datetime.date(1970, 1, 1)),
            Sort("title", "title"),
        ),
    )
)
