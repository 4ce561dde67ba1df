"""What spans both rooms: the Learning landing page and the member's dashboard panel."""

from datetime import timedelta

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, Page

from learning.courses.progress import courses_with_progress
from learning.webinars.registration import upcoming_registrations


class LearningIndexPage(Page):
    """The Learning section: webinars and courses."""

    summary = models.TextField(_("summary"), blank=True)
    content_panels = Page.content_panels + [FieldPanel("summary")]
    subpage_types = ["learning.WebinarIndexPage", "learning.CourseIndexPage"]

    class Meta:
        verbose_name = _("learning index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(landing_context(self, request))
        return context


LANDING_UPCOMING = 3
LANDING_RECORDINGS = 3


def landing_context(landing, request):
    """The Learning landing: the next webinars, the latest recordings and the courses, each
    with the listing it comes from (a constant number of queries)."""
    from learning.courses.models import CourseIndexPage, CoursePage
    from learning.webinars.models import WebinarIndexPage, WebinarPage
    from learning.webinars.zones import visitor_time_zone

    now = timezone.now()
    webinars = WebinarPage.objects.live().public().descendant_of(landing).select_related("locale")
    upcoming = list(
        webinars.filter(cancelled=False, start__gte=now - timedelta(hours=12)).order_by("start")[
            : LANDING_UPCOMING + 3
        ]
    )
    upcoming = [w for w in upcoming if w.end > now][:LANDING_UPCOMING]
    recorded = (
        webinars.filter(cancelled=False, start__lt=now)
        .filter(~Q(recording_url="") | Q(recording_file__isnull=False))
        .order_by("-start")
    )
    recordings = [w for w in recorded[: LANDING_RECORDINGS + 1] if w.end <= now]
    courses = CoursePage.objects.live().public().descendant_of(landing).select_related("locale")
    children = landing.get_children().live().public()
    return {
        "upcoming": upcoming,
        "recordings": recordings[:LANDING_RECORDINGS],
        "courses": list(courses.order_by("title")),
        "webinar_index": children.type(WebinarIndexPage).first(),
        "course_index": children.type(CourseIndexPage).first(),
        "visitor_tz": visitor_time_zone(request),
    }


def in_active_language(pages):
    """``{page pk: the page's live translation in the active language, else the page}`` for
    canonical ``pages``, in one query (what ``page.localized`` does for one page)."""
    pages = [p for p in pages if p is not None]
    keys = {p.translation_key for p in pages}
    found = {}
    if keys:
        locale = Locale.get_active()
        found = {
            p.translation_key: p
            for p in Page.objects.live().filter(translation_key__in=keys, locale=locale).specific()
        }
    return {p.pk: found.get(p.translation_key, p) for p in pages}


def dashboard_context(request):
    """The member's dashboard panel: upcoming webinar registrations and courses with progress.
    The state is on the canonical pages; each row links to the page in the active language
    (``page`` of a registration, ``course`` of a course row)."""
    registrations = list(upcoming_registrations(request.user))
    courses = courses_with_progress(request.user)
    pages = in_active_language(
        [r.webinar for r in registrations] + [row["enrolment"].course for row in courses]
    )
    for r in registrations:
        r.page = pages[r.webinar_id]
    for row in courses:
        row["course"] = pages[row["enrolment"].course_id]
    return {"registrations": registrations, "courses": courses}
