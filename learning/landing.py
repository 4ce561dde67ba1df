"""What spans both rooms: the Learning landing page and the member's dashboard panel."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

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


def dashboard_context(request):
    """The member's dashboard panel: upcoming webinar registrations and courses with progress."""
    return {
        "registrations": list(upcoming_registrations(request.user)),
        "courses": courses_with_progress(request.user),
    }
