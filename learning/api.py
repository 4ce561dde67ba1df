"""Webinars and courses in the public read API (``/api/v1/webinars/``, ``/api/v1/courses/``),
registered in ``registrations.py``; lists, filters, languages and cursors come from
``portal.api``. Registrations, join links and progress are never part of it."""

import datetime
import uuid

from ninja import Schema
from pydantic import Field

from learning.courses.models import CoursePage
from learning.webinars.models import WebinarPage
from portal.api.collections import NEWEST, OLDEST, TITLE, Collection, Facet, router_for
from portal.api.cursors import Sort
from portal.core.i18n import content_language
from portal.core.text import html_to_text
from portal.models import Theme

EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)


def theme_names(slugs):
    """The index files webinars and courses under theme names (every language's)."""
    return sorted(set(Theme.objects.filter(slug__in=slugs).values_list("name", flat=True))) or ["-"]


class SpeakerOut(Schema):
    name: str
    organisation: str


class WebinarOut(Schema):
    id: uuid.UUID = Field(description="The same in every language.")
    url: str
    title: str
    summary: str
    description_text: str
    language: str = Field(description="The language of the text.")
    locale: str = Field(description="The site language it is listed in.")
    start: datetime.datetime
    end: datetime.datetime
    duration_minutes: int
    status: str = Field(description="upcoming, live, past or cancelled.")
    languages: list[str] = Field(description="Languages spoken (ISO 639-1).")
    interpretation: list[str]
    themes: list[str] = Field(description="Theme slugs.")
    regions: list[str]
    speakers: list[SpeakerOut]
    recording_url: str


def public_webinars(request):
    return (
        WebinarPage.objects.live()
        .public()
        .select_related("locale")
        .prefetch_related("themes", "regions", "languages", "interpretation", "speakers")
    )


def webinar_out(page, request):
    return {
        "id": page.translation_key,
        "url": page.get_full_url(request) or "",
        "title": page.title,
        "summary": page.summary,
        "description_text": html_to_text(page.description),
        "language": content_language(page),
        "locale": page.locale.language_code,
        "start": page.start,
        "end": page.end,
        "duration_minutes": page.duration_minutes,
        "status": str(page.status),
        "languages": [lang.code for lang in page.languages.all()],
        "interpretation": [lang.code for lang in page.interpretation.all()],
        "themes": sorted(theme.slug for theme in page.themes.all()),
        "regions": sorted(region.code for region in page.regions.all()),
        "speakers": [{"name": s.name, "organisation": s.organisation} for s in page.speakers.all()],
        "recording_url": page.recording_url,
    }


webinars = router_for(
    Collection(
        key="webinars",
        item=WebinarOut,
        queryset=public_webinars,
        serialize=webinar_out,
        description="Webinars, upcoming and past.",
        search_type="webinars",
        filters=(
            Facet("theme", "Theme slugs.", to_index=theme_names),
            Facet("language", "Languages spoken (ISO 639-1)."),
        ),
        sorts=(
            Sort("latest", "start", descending=True, missing=EPOCH),
            Sort("earliest", "start", missing=EPOCH),
            TITLE,
        ),
    )
)


class CourseOut(Schema):
    id: uuid.UUID = Field(description="The same in every language.")
    url: str
    title: str
    summary: str
    description_text: str
    language: str = Field(description="The language of the text.")
    locale: str = Field(description="The site language it is listed in.")
    themes: list[str] = Field(description="Theme slugs.")
    first_published_at: datetime.datetime | None
    last_published_at: datetime.datetime | None


def public_courses(request):
    return CoursePage.objects.live().public().select_related("locale").prefetch_related("themes")


def course_out(page, request):
    return {
        "id": page.translation_key,
        "url": page.get_full_url(request) or "",
        "title": page.title,
        "summary": page.summary,
        "description_text": html_to_text(page.description),
        "language": content_language(page),
        "locale": page.locale.language_code,
        "themes": sorted(theme.slug for theme in page.themes.all()),
        "first_published_at": page.first_published_at,
        "last_published_at": page.last_published_at,
    }


courses = router_for(
    Collection(
        key="courses",
        item=CourseOut,
        queryset=public_courses,
        serialize=course_out,
        description="Self-paced e-learning courses.",
        search_type="courses",
        filters=(Facet("theme", "Theme slugs.", to_index=theme_names),),
        sorts=(NEWEST, OLDEST, TITLE),
    )
)
