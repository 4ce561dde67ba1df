"""Admin integration: registrants CSV from a webinar's actions; attendance in a registrations view."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import widgets as wagtailadmin_widgets

from learning.webinars.admin import RegistrationViewSet, registrants_csv
from learning.webinars.models import WebinarPage


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "learning/webinar/<int:pk>/registrants.csv",
            registrants_csv,
            name="learning_registrants_csv",
        )
    ]


def _registrants_button(page):
    return wagtailadmin_widgets.Button(
        _("Registrants (CSV)"),
        reverse("learning_registrants_csv", args=[page.pk]),
        priority=60,
        icon_name="download",
    )


@hooks.register("register_page_header_buttons")
def registrants_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific, WebinarPage) and page.permissions_for_user(user).can_edit():
        yield _registrants_button(page)


@hooks.register("register_page_listing_more_buttons")
def registrants_listing_button(page, user, next_url=None):
    if (
        isinstance(page.specific_deferred, WebinarPage)
        and page.permissions_for_user(user).can_edit()
    ):
        yield _registrants_button(page)


@hooks.register("register_admin_viewset")
def register_registration_viewset():
    return RegistrationViewSet("learning_registrations")
