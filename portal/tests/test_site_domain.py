"""The site's domain: Django's and Wagtail's sites follow SITE_URL; no example.com in links."""

import re

import pytest
from django.contrib.sites.models import Site as DjangoSite
from django.core import mail
from django.core.management import call_command
from wagtail.models import Site as WagtailSite

from portal.core.sites import sync_sites

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("site_url", "domain", "hostname", "port"),
    [
        ("https://hub.example.org", "hub.example.org", "hub.example.org", 443),
        ("http://127.0.0.1:8101", "127.0.0.1:8101", "127.0.0.1", 8101),
        ("http://localhost/", "localhost", "localhost", 80),
    ],
)
def test_sync_follows_site_url(settings, site_url, domain, hostname, port):
    settings.WAGTAILADMIN_BASE_URL = site_url
    sync_sites()
    current = DjangoSite.objects.get_current()
    assert (current.domain, current.name) == (domain, settings.SITE_NAME)
    wagtail = WagtailSite.objects.get(is_default_site=True)
    assert (wagtail.hostname, wagtail.port) == (hostname, port)


def test_migrate_syncs_the_sites(settings):
    """A plain `migrate` (as `make run` and the README's production steps run it) syncs both."""
    assert DjangoSite.objects.get_current().domain != "example.com"
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8101"
    call_command("migrate", "--noinput", verbosity=0)
    assert DjangoSite.objects.get_current().domain == "127.0.0.1:8101"
    assert WagtailSite.objects.get(is_default_site=True).port == 8101


def test_verification_email_names_the_site(client, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://hub.example.org"
    sync_sites()
    response = client.post(
        "/en/accounts/signup/",
        {"email": "new@example.net", "password1": "a-Long-pass-9", "password2": "a-Long-pass-9"},
        HTTP_HOST="hub.example.org",
        secure=True,
    )
    assert response.status_code == 302
    (message,) = mail.outbox
    text = message.subject + message.body
    assert "example.com" not in text
    assert f"Hello from {settings.SITE_NAME}" in message.body
    assert "https://hub.example.org/en/accounts/confirm-email/" in message.body


def test_feed_links_are_absolute_on_site_url(client, settings, demo_site):
    settings.WAGTAILADMIN_BASE_URL = "https://hub.example.org"
    sync_sites()
    response = client.get("/en/resources/feed/rss/", HTTP_HOST="hub.example.org", secure=True)
    assert response.status_code == 200
    body = response.content.decode()
    assert "example.com" not in body
    links = re.findall(r"<link>([^<]+)</link>", body)
    assert len(links) > 1
    assert all(link.startswith("https://hub.example.org/en/resources/") for link in links)
