"""What the portal itself registers: the Spotlight stories home section; after ``migrate``,
the Django and Wagtail sites follow SITE_URL; the cached menus and footer go stale when they or
the pages they link to change, and so do the cached home sections when content does."""

from django.apps import apps
from django.db.models.signals import post_delete, post_migrate, post_save
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from portal.core.cache import bump
from portal.core.registry import (
    ApiRouter,
    HomeSection,
    register_api_router,
    register_home_section,
)
from portal.core.signals import content_changed
from portal.core.sites import sync_after_migrate
from portal.datasets.models import DataPoint, Dataset
from portal.navigation.menus import invalidate as invalidate_menus
from portal.navigation.models import FooterText, NavigationMenu
from portal.operations import pagecache
from portal.pages.sections import invalidate as invalidate_home_sections
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
    register_api_router(ApiRouter("themes", "portal.api.reference.themes", order=80))
    register_api_router(ApiRouter("regions", "portal.api.reference.regions", order=81))
    register_api_router(ApiRouter("countries", "portal.api.reference.countries", order=82))
    register_api_router(ApiRouter("glossary", "portal.api.reference.glossary", order=83))
    register_api_router(
        ApiRouter("gcm-objectives", "portal.api.reference.gcm_objectives", order=84)
    )
    post_migrate.connect(
        sync_after_migrate, sender=apps.get_app_config("portal"), dispatch_uid="portal-sites"
    )
    for model in (NavigationMenu, FooterText):
        post_save.connect(
            invalidate_menus, sender=model, dispatch_uid=f"menus-save-{model.__name__}"
        )
        post_delete.connect(
            invalidate_menus, sender=model, dispatch_uid=f"menus-del-{model.__name__}"
        )
    page_published.connect(invalidate_menus, dispatch_uid="menus-page-published")
    page_unpublished.connect(invalidate_menus, dispatch_uid="menus-page-unpublished")
    post_page_move.connect(invalidate_menus, dispatch_uid="menus-page-moved")
    post_delete.connect(invalidate_menus, sender=Page, dispatch_uid="menus-page-deleted")
    page_published.connect(invalidate_home_sections, dispatch_uid="home-page-published")
    page_unpublished.connect(invalidate_home_sections, dispatch_uid="home-page-unpublished")
    post_page_move.connect(invalidate_home_sections, dispatch_uid="home-page-moved")
    post_delete.connect(invalidate_home_sections, sender=Page, dispatch_uid="home-page-deleted")
    content_changed.connect(invalidate_home_sections, dispatch_uid="home-content-changed")
    for model in (Dataset, DataPoint):  # charts are cached as HTML until a data set changes
        for signal, name in ((post_save, "save"), (post_delete, "del")):
            signal.connect(
                invalidate_charts, sender=model, dispatch_uid=f"charts-{name}-{model.__name__}"
            )
    _connect_page_cache()


def invalidate_charts(**kwargs):
    bump("datasets")


def _connect_page_cache():
    """Cached anonymous pages go stale with what they show (portal.operations.pagecache)."""
    for model in pagecache.watched_models():
        uid = model._meta.label_lower
        post_save.connect(pagecache.on_model_change, sender=model, dispatch_uid=f"pc-save-{uid}")
        if uid != "search.searchdocument":  # index deletes stay fast (their cause purged)
            post_delete.connect(
                pagecache.on_model_change, sender=model, dispatch_uid=f"pc-del-{uid}"
            )
    post_save.connect(pagecache.on_model_change, sender=Page, dispatch_uid="pc-save-page")
    content_changed.connect(pagecache.on_model_change, dispatch_uid="pc-content-changed")
    post_delete.connect(pagecache.on_site_change, sender=Page, dispatch_uid="pc-page-deleted")
    page_unpublished.connect(pagecache.on_site_change, dispatch_uid="pc-page-unpublished")
    post_page_move.connect(pagecache.on_site_change, dispatch_uid="pc-page-moved")
    page_slug_changed.connect(pagecache.on_site_change, dispatch_uid="pc-page-slug")
    hooks.register("before_serve_page", pagecache.remember_page)
