"""Resources in the public read API (``/api/v1/resources/``), registered in
``registrations.py``; the list, filters, languages and cursors come from ``portal.api``."""

import datetime
import uuid

from django.urls import reverse
from ninja import Schema
from pydantic import Field

from portal.api.collections import Collection, Facet, YearRange, router_for
from portal.core.i18n import content_language
from resources.models import MIN_YEAR, ResourcePage


class ResourceFileOut(Schema):
    language: str
    title: str
    url: str = Field(description="Download link.")


class ResourceOut(Schema):
    id: uuid.UUID = Field(description="The same in every language.")
    url: str
    title: str
    summary: str
    language: str = Field(description="The language of the text (a copy may be untranslated).")
    locale: str = Field(description="The site language it is listed in.")
    type: str
    authors: list[str]
    publisher: str
    is_iom: bool
    year: int | None
    date: datetime.date | None
    themes: list[str] = Field(description="Theme slugs.")
    regions: list[str] = Field(description="IOM region codes.")
    countries: list[str] = Field(description="ISO 3166-1 alpha-2 codes.")
    doi: str
    isbn: str
    external_url: str
    files: list[ResourceFileOut]
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None


def public_resources(request):
    """Live, public resources (no page behind a login, a password or a group)."""
    return (
        ResourcePage.objects.live()
        .public()
        .select_related("locale")
        .prefetch_related("themes", "regions", "files__document")
    )


def serialize(page, request):
    return {
        "id": page.translation_key,
        "url": page.get_full_url(request) or "",
        "title": page.title,
        "summary": page.summary,
        "language": content_language(page),
        "locale": page.locale.language_code,
        "type": page.resource_type,
        "authors": page.author_list,
        "publisher": page.publisher,
        "is_iom": page.is_iom,
        "year": page.publication_year,
        "date": page.publication_date,
        "themes": sorted(theme.slug for theme in page.themes.all()),
        "regions": sorted(region.code for region in page.regions.all()),
        "countries": sorted(country.code for country in page.countries),
        "doi": page.doi,
        "isbn": page.isbn,
        "external_url": page.external_url,
        "files": [
            {
                "language": file.language,
                "title": file.document.title,
                "url": request.build_absolute_uri(reverse("resources_download", args=[file.pk])),
            }
            for file in page.files.all()
        ],
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
    }


router = router_for(
    Collection(
        key="resources",
        item=ResourceOut,
        queryset=public_resources,
        serialize=serialize,
        description="Publications: reports, manuals, studies, toolkits…",
        search_type="resources",
        filters=(
            Facet("type", "Resource types (any of them).", facet="resource_type"),
            Facet("theme", "Theme slugs."),
            Facet("region", "IOM region codes (a country's region counts)."),
            Facet("country", "ISO 3166-1 alpha-2 codes."),
            Facet("language", "Languages of the files (ISO 639-1)."),
            Facet("publisher", "Publishers."),
            Facet("origin", "`iom` or `external`."),
            YearRange(first=MIN_YEAR),
        ),
    )
)
