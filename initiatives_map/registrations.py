"""What the initiatives map plugs into the portal: home section, dashboard panel, search type,
demo loader, and the signals that keep the cached GeoJSON fresh."""

from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published, page_unpublished

from initiatives_map import personal_data, search, services
from initiatives_map.models import InitiativePage
from portal.core.registry import (
    ApiRouter,
    DashboardPanel,
    DemoLoader,
    HomeSection,
    PersonalData,
    SearchType,
    register_api_router,
    register_dashboard_panel,
    register_demo_loader,
    register_home_section,
    register_personal_data,
    register_search_type,
)


def register():
    register_work_queues()
    register_home_section(
        HomeSection(
            key="initiatives",
            label=_("Featured initiatives"),
            provider=services.featured,
            more_url=services.map_url,
        )
    )
    register_dashboard_panel(
        DashboardPanel(
            key="initiatives",
            title=_("My proposed initiatives"),
            template="initiatives_map/dashboard_panel.html",
            context=services.my_proposals,
            order=40,
        )
    )
    register_search_type(
        SearchType(
            key="initiatives",
            label=_("Initiatives"),
            model="initiatives_map.InitiativePage",
            public_queryset=search.public_queryset,
            document=search.document,
            facets=(
                ("country", _("Country")),
                ("region", _("Region")),
                ("status", _("Status")),
            ),
            order=40,
        )
    )
    register_demo_loader(DemoLoader(name="initiatives", path="initiatives_map.demo.load", order=40))
    register_api_router(ApiRouter("initiatives", "initiatives_map.api.router", order=20))
    register_personal_data(PersonalData("initiatives_map", personal_data.export, order=50))
    page_published.connect(
        services.bump_content_version,
        sender=InitiativePage,
        dispatch_uid="initiatives-geojson-published",
    )
    page_unpublished.connect(
        services.bump_content_version,
        sender=InitiativePage,
        dispatch_uid="initiatives-geojson-unpublished",
    )
    post_delete.connect(
        services.bump_content_version,
        sender=InitiativePage,
        dispatch_uid="initiatives-geojson-deleted",
    )


def register_work_queues():
    """Initiatives members proposed, awaiting review, on the admin's home page."""
    from portal.core.registry import WorkQueue, register_work_queue
    from portal.core.review import pages_awaiting_review, review_url, reviews_pages

    register_work_queue(
        WorkQueue(
            key="initiative_proposals",
            label=_("Initiative proposals awaiting review"),
            count=lambda user: pages_awaiting_review(user, "initiatives_map.InitiativePage"),
            url=review_url,
            permission=reviews_pages,
            order=30,
        )
    )
