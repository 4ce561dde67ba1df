from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InitiativesMapConfig(AppConfig):
    name = "initiatives_map"
    verbose_name = _("Initiatives map")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from initiatives_map import sections, signals
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

        signals.connect()
        register_home_section(
            HomeSection(
                key="initiatives",
                label=_("Featured initiatives"),
                provider=sections.featured,
                more_url=sections.map_url,
            )
        )
        register_dashboard_panel(
            DashboardPanel(
                key="initiatives",
                title=_("My proposed initiatives"),
                template="initiatives_map/dashboard_panel.html",
                context=sections.my_proposals,
                order=40,
            )
        )
        register_demo_loader(
            DemoLoader(name="initiatives", path="initiatives_map.demo.load", order=40)
        )
        register_search_type(
            SearchType(
                key="initiatives",
                label=_("Initiatives"),
                model="initiatives_map.InitiativePage",
                public_queryset=sections.public_queryset,
                document=sections.document,
                facets=(
                    ("country", _("Country")),
                    ("region", _("Region")),
                    ("status", _("Status")),
                ),
                order=40,
            )
        )
