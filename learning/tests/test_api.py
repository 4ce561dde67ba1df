"""Webinars and courses in the public read API: the site's theme filter (the index files them
under theme names, the API takes slugs), and nothing private (join links, registrations)."""

import pytest

from learning.webinars.models import Registration, WebinarPage
from portal.models import Theme

pytestmark = pytest.mark.postgres


def test_webinars_filter_by_theme_slug_and_keep_join_links_private(
    demo_site, client, django_capture_on_commit_callbacks
):
    webinar = WebinarPage.objects.live().filter(locale__language_code="en").first()
    theme = Theme.objects.get(slug="economic-reintegration", locale__language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        webinar.themes.set([theme])
        webinar.save_revision().publish()
    Registration.objects.create(webinar=webinar, name="Visitor", email="visitor@example.org")
    key = str(webinar.translation_key)

    themed = client.get("/api/v1/webinars/?theme=economic-reintegration&limit=100").json()
    assert key in {item["id"] for item in themed["items"]}
    others = client.get("/api/v1/webinars/?theme=social-reintegration&limit=100").json()
    assert key not in {item["id"] for item in others["items"]}

    everything = client.get("/api/v1/webinars/?limit=100")
    body = everything.content.decode()
    assert webinar.join_url and webinar.join_url not in body
    assert "visitor@example.org" not in body and "join_url" not in body
    item = client.get(f"/api/v1/webinars/{key}").json()
    assert item["themes"] == ["economic-reintegration"] and item["start"]
    # Courses list in each language, newest first by default.
    courses = client.get("/api/v1/courses/?lang=fr").json()
    assert courses["language"] == "fr" and courses["items"]
    assert {c["locale"] for c in courses["items"]} == {"fr"}
