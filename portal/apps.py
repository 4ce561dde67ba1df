from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal.core.registry import HomeSection, register_home_section
        from portal.pages.sections import latest_stories, spotlight_url

        register_home_section(
            HomeSection(
                key="stories",
                label=_("Spotlight stories"),
                provider=latest_stories,
                more_url=spotlight_url,
            )
        )
