"""What the portal itself registers: the Spotlight stories home section; after ``migrate``,
the Django and Wagtail sites follow SITE_URL."""

from django.apps import apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from portal.core.registry import HomeSection, register_home_section
from portal.core.sites import sync_after_migrate
from portal.pages.sections import latest_stories, spotlight_url


def register():
    register_home_section(
        HomeSection(
            key="stories",
            label=_("Spotlight stories"),
            provider=latest_stories,
            more_url=spotlight_url,
        )
    )
    post_migrate.connect(
        sync_after_migrate, sender=apps.get_app_config("portal"), dispatch_uid="portal-sites"
    )
