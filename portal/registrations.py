"""What the portal itself registers: the Spotlight stories home section."""

from django.utils.translation import gettext_lazy as _

from portal.core.registry import HomeSection, register_home_section
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
