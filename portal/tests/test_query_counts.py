"""The home page's sections are cached until content changes; the portal's pages keep a
query count that does not grow with the content."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from portal.factories import ContentPageFactory
from portal.pages import sections

pytestmark = pytest.mark.django_db


def count(client, url, **extra):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, **extra)
    assert response.status_code == 200, url
    return len(ctx), response.content.decode()


def test_home_sections_cached_until_content_changes_and_queries_constant(demo_site, client):
    client.get("/en/")  # per-process caches (site root paths, locales) and the sections
    cached, _ = count(client, "/en/")
    sections.invalidate()
    cold, html = count(client, "/en/")
    assert cached <= 8 and cold <= 24 and cached < cold - 10, (cached, cold)

    spotlight = Page.objects.get(slug="spotlight", locale__language_code="en")
    story = ContentPageFactory(parent=spotlight, title="Fresh story from Tunis", live=False)
    story.save_revision().publish()  # the publish signal makes the sections stale
    assert "Fresh story from Tunis" in count(client, "/en/")[1]
    for n in range(6):
        ContentPageFactory(
            parent=spotlight, title=f"Story {n}", live=False
        ).save_revision().publish()
    client.get("/en/")  # the menus, stale after the publications too, are cached again
    sections.invalidate()
    assert count(client, "/en/")[0] == cold  # sections rendered again: as many queries
    assert count(client, "/en/")[0] == cached

    story.unpublish()
    assert "Fresh story from Tunis" not in count(client, "/en/")[1]


def test_home_sections_per_language_and_time_zone(demo_site, client):
    english = count(client, "/en/")[1]
    french = count(client, "/fr/")[1]
    assert english != french and 'lang="fr"' in french
    client.cookies["learning_tz"] = "Asia/Tokyo"
    tokyo = count(client, "/en/")[1]
    webinars = tokyo.split('id="section-webinars"', 1)[1].split("</section>", 1)[0]
    assert "Tokyo" in webinars or "Japan" in webinars
    assert "Tokyo" not in english.split('id="section-webinars"', 1)[1].split("</section>", 1)[0]


def test_content_pages_and_glossary_queries_constant(demo_site, client):
    about = "/en/about/"
    glossary = "/en/knowledge/glossary/"
    client.get(about)
    client.get(glossary)
    before = [count(client, about)[0], count(client, glossary)[0]]
    assert before[0] <= 10 and before[1] <= 16, before
    parent = Page.objects.get(slug="about", locale__language_code="en")
    for n in range(5):
        ContentPageFactory(parent=parent, title=f"About part {n}")
    assert [count(client, about)[0], count(client, glossary)[0]] == before
