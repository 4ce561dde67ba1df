"""Good practices in the public read API (``/api/v1/good-practices/``), registered in
``resources/registrations.py``; lists, filters, languages and cursors come from ``portal.api``.
Contacts are never included (their consent is for the page, not for reuse)."""

import datetime
import uuid
from typing import Literal

from django.db.models import Prefetch
from ninja import Schema
from pydantic import Field

from portal.api.collections import Collection, Facet, router_for
from portal.core.i18n import content_language
from resources.practices.models import GoodPracticePage, PracticeDocument


class PracticeFileOut(Schema):
    language: str
    title: str
    url: str = Field(description="Download link.")


class PracticeOut(Schema):
    id: uuid.UUID = Field(description="The same in every language.")
    url: str
    title: str
    summary: str
    language: str = Field(description="The language of the text (a copy may be untranslated).")
    locale: str = Field(description="The site language it is listed in.")
    evidence_level: Literal["evaluated", "monitored", "self_reported"]
    countries: list[str] = Field(description="ISO 3166-1 alpha-2 codes.")
    regions: list[str] = Field(description="IOM region codes.")
    themes: list[str] = Field(description="Theme slugs.")
    dimensions: list[Literal["economic", "social", "psychosocial"]]
    gcm_objectives: list[int] = Field(description="Numbers of the GCM objectives (1 to 23).")
    files: list[PracticeFileOut] = Field(description="Its PDFs open to the public.")
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None


def public_practices(request):
    """Live, public practices (no page behind a login, a password or a group), with their
    documents that anyone may download (none still in a reviewers-only collection)."""
    documents = PracticeDocument.objects.filter(
        document__collection__view_restrictions__isnull=True
    ).select_related("document")
    return (
        GoodPracticePage.objects.live()
        .public()
        .select_related("locale")
        .prefetch_related(
            "themes", "regions", "gcm_objectives", Prefetch("documents", queryset=documents)
        )
    )


def practice_out(page, request):
    return {
        "id": page.translation_key,
        "url": page.get_full_url(request) or "",
        "title": page.title,
        "summary": page.summary,
        "language": content_language(page),
        "locale": page.locale.language_code,
        "evidence_level": page.evidence_level,
        "countries": sorted(country.code for country in page.countries),
        "regions": sorted(region.code for region in page.regions.all()),
        "themes": sorted(theme.slug for theme in page.themes.all()),
        "dimensions": page.dimensions,
        "gcm_objectives": sorted({objective.number for objective in page.gcm_objectives.all()}),
        "files": [
            {
                "language": row.language,
                "title": row.document.title,
                "url": request.build_absolute_uri(row.document.url),
            }
            for row in page.documents.all()
        ],
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
    }


router = router_for(
    Collection(
        key="good_practices",
        item=PracticeOut,
        queryset=public_practices,
        serialize=practice_out,
        description="Good practices: what worked, for whom, with what results and evidence.",
        search_type="practices",
        filters=(
            Facet("evidence", "Evidence levels: `evaluated`, `monitored`, `self_reported`."),
            Facet("gcm", "GCM objective numbers (1 to 23)."),
            Facet("theme", "Theme slugs."),
            Facet("region", "IOM region codes (a country's region counts)."),
            Facet("country", "ISO 3166-1 alpha-2 codes."),
            Facet("dimension", "Reintegration dimensions: `economic`, `social`, `psychosocial`."),
        ),
    )
)
