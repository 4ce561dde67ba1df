"""What the learning app plugs into the portal: home section, dashboard panel, search, demo."""

from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.core.registry import (
    DashboardPanel,
    DemoLoader,
    HomeSection,
    SearchType,
    register_dashboard_panel,
    register_demo_loader,
    register_home_section,
    register_search_type,
)


def _localized(qs):
    language = (get_language() or "en").split("-")[0]
    localized = qs.filter(locale__language_code=language)
    return localized if localized.exists() else qs.filter(locale__language_code="en")


def upcoming_for_home(request, limit):
    from learning.models import WebinarPage

    webinars = _localized(
        WebinarPage.objects.live().public().filter(start__gte=timezone.now(), cancelled=False)
    ).order_by("start")[:limit]
    return [
        {
            "url": w.url,
            "title": w.title,
            "summary": w.summary,
            "meta": f"{w.start:%d %b %Y, %H:%M} UTC",
        }
        for w in webinars
    ]


def webinars_url(request):
    from learning.models import WebinarIndexPage

    index = _localized(WebinarIndexPage.objects.live()).first()
    return index.url if index else None


def dashboard_context(request):
    from learning import services

    registrations = list(services.dashboard_registrations(request.user))
    courses = services.dashboard_courses(request.user)
    return {"registrations": registrations, "courses": courses}


def _webinar_document(page):
    return {
        "title": page.title,
        "text": " ".join([page.summary, strip_tags(page.description)]),
        "summary": page.summary,
        "url": page.url,
        "date": page.start.date(),
        "language": page.locale.language_code,
        "facets": {
            "theme": [t.name for t in page.themes.all()],
            "language": [lang.code for lang in page.languages.all()],
        },
    }


def _course_document(page):
    return {
        "title": page.title,
        "text": " ".join([page.summary, strip_tags(page.description)]),
        "summary": page.summary,
        "url": page.url,
        "date": None,
        "language": page.locale.language_code,
        "facets": {"theme": [t.name for t in page.themes.all()]},
    }


def _public_webinars(request):
    from learning.models import WebinarPage

    return WebinarPage.objects.live().public()


def _public_courses(request):
    from learning.models import CoursePage

    return CoursePage.objects.live().public()


def register():
    register_home_section(
        HomeSection(
            key="webinars",
            label=_("Upcoming webinars"),
            provider=upcoming_for_home,
            more_url=webinars_url,
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
            public_queryset=_public_webinars,
            document=_webinar_document,
            facets=(("theme", _("Theme")), ("language", _("Language"))),
            order=30,
        )
    )
    register_search_type(
        SearchType(
            key="courses",
            label=_("Courses"),
            model="learning.CoursePage",
            public_queryset=_public_courses,
            document=_course_document,
            facets=(("theme", _("Theme")),),
            order=31,
        )
    )
    register_demo_loader(DemoLoader(name="learning", path="learning.demo.load", order=40))
