"""What the learning app plugs into the portal: home section, dashboard panel, search, demo."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from learning import personal_data
from learning.courses import search as course_search
from learning.landing import dashboard_context
from learning.webinars import pages as webinar_pages
from learning.webinars import search as webinar_search
from portal.core.registry import (
    ApiRouter,
    DashboardPanel,
    DemoLoader,
    HomeSection,
    PersonalData,
    SearchType,
    WorkQueue,
    register_api_router,
    register_dashboard_panel,
    register_demo_loader,
    register_home_section,
    register_personal_data,
    register_search_type,
    register_work_queue,
)


def register():
    register_home_section(
        HomeSection(
            key="webinars",
            label=_("Upcoming webinars"),
            provider=webinar_pages.upcoming_for_home,
            more_url=webinar_pages.index_url,
            vary=webinar_pages.home_vary,
        )
    )
    register_dashboard_panel(
        DashboardPanel(
            key="learning",
            title=_("Webinars and courses"),
            template="learning/dashboard_panel.html",
            context=dashboard_context,
            order=30,
        )
    )
    register_search_type(
        SearchType(
            key="webinars",
            label=_("Webinars"),
            model="learning.WebinarPage",
            public_queryset=webinar_search.public_queryset,
            document=webinar_search.document,
            facets=(("theme", _("Theme")), ("language", _("Language"))),
            order=30,
        )
    )
    register_search_type(
        SearchType(
            key="courses",
            label=_("Courses"),
            model="learning.CoursePage",
            public_queryset=course_search.public_queryset,
            document=course_search.document,
            facets=(("theme", _("Theme")),),
            order=31,
        )
    )
    register_demo_loader(DemoLoader(name="learning", path="learning.demo.load", order=40))
    register_api_router(ApiRouter("webinars", "learning.api.webinars", order=30))
    register_api_router(ApiRouter("courses", "learning.api.courses", order=31))
    register_personal_data(PersonalData("learning", personal_data.export, personal_data.erase, 30))
    register_work_queue(
        WorkQueue(
            key="webinar_waiting_lists",
            label=_("People on the waiting list of an upcoming webinar"),
            count=waiting_for_seats,
            url=lambda: reverse("learning_registrations:index") + "?status=waiting",
            permission=lambda user: user.has_perm("learning.change_registration"),
            order=60,
        )
    )


def waiting_for_seats(user):
    """Registrations on the waiting list of webinars still to come (organisers may raise the
    capacity)."""
    from learning.webinars.models import Registration, RegistrationStatus

    return Registration.objects.filter(
        status=RegistrationStatus.WAITING, webinar__start__gte=timezone.now()
    ).count()
