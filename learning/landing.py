"""What spans both rooms: the Learning landing page and the member's dashboard panel."""

from django.db import models
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
        context["children"] = self.get_children().live().public().specific()
        return context


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
