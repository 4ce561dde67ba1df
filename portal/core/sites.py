"""The site's domain in Django's ``Site`` (allauth's emails, feeds) and Wagtail's default
``Site`` (page URLs), both from ``SITE_URL``; synced after ``migrate`` and by the demo loader."""

from urllib.parse import urlparse

from django.apps import apps
from django.conf import settings
from django.contrib.sites.management import create_default_site
from django.contrib.sites.models import Site as DjangoSite
from django.db import DEFAULT_DB_ALIAS, connections
from wagtail.models import Site as WagtailSite

from portal.core.links import site_url


def public_host_port():
    """``(hostname, port)`` of ``SITE_URL``; the port defaults to the scheme's."""
    base = urlparse(site_url())
    return base.hostname or "localhost", base.port or (443 if base.scheme == "https" else 80)


def sync_sites(using=DEFAULT_DB_ALIAS):
    """Point Django's current ``Site`` and Wagtail's default ``Site`` at ``SITE_URL``."""
    hostname, port = public_host_port()
    default_port = 443 if urlparse(site_url()).scheme == "https" else 80
    domain = hostname if port == default_port else f"{hostname}:{port}"
    if not DjangoSite.objects.using(using).filter(pk=settings.SITE_ID).exists():
        # Django's own creation (it resets the id sequence), then ours over it.
        create_default_site(apps.get_app_config("sites"), verbosity=0, using=using)
    DjangoSite.objects.using(using).update_or_create(
        pk=settings.SITE_ID, defaults={"domain": domain, "name": settings.SITE_NAME}
    )
    DjangoSite.objects.clear_cache()
    taken = WagtailSite.objects.using(using).filter(hostname=hostname, port=port)
    for site in WagtailSite.objects.using(using).filter(is_default_site=True):
        if not taken.exclude(pk=site.pk).exists():  # another site of that name stays as it is
            site.hostname, site.port = hostname, port
            site.save(using=using)  # save(): Wagtail clears its cached site root paths


def sync_after_migrate(sender, using=DEFAULT_DB_ALIAS, **kwargs):
    """``post_migrate`` receiver (connected in ``portal.registrations``); skipped while a
    partial ``migrate`` has not created both site tables yet."""
    tables = connections[using].introspection.table_names()
    if DjangoSite._meta.db_table in tables and WagtailSite._meta.db_table in tables:
        sync_sites(using)
