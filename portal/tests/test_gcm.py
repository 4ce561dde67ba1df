"""The Global Compact for Migration's 23 objectives: seeded in four languages, a page each,
and the hook through which apps list what they tagged with an objective."""

import re

import pytest
from wagtail.models import Locale

from portal.core.registry import TaggedContent, register_tagged_content, registry
from portal.models import GcmObjective
from portal.taxonomy.gcm_data import OBJECTIVES


def test_the_data_has_23_objectives_in_four_languages():
    assert len(OBJECTIVES) == 23
    for versions in OBJECTIVES:
        assert set(versions) == {"en", "fr", "es", "ar"}
        assert all(title and description for title, description in versions.values())
    assert "reintegration" in OBJECTIVES[20]["en"][0]


@pytest.mark.django_db
def test_migration_seeds_the_objectives_in_the_default_locale():
    english = GcmObjective.objects.filter(locale__language_code="en")
    assert list(english.values_list("number", flat=True)) == list(range(1, 24))


def test_demo_has_23_objectives_in_each_language_sharing_translation_keys(demo_site):
    by_language = {}
    for locale in Locale.objects.filter(language_code__in=["en", "fr", "es", "ar"]):
        objectives = list(GcmObjective.objects.filter(locale=locale))
        assert len(objectives) == 23, locale.language_code
        by_language[locale.language_code] = {o.number: o for o in objectives}
    for number in range(1, 24):
        keys = {by_language[lang][number].translation_key for lang in by_language}
        assert len(keys) == 1
        titles = {by_language[lang][number].title for lang in by_language}
        assert len(titles) == 4  # really translated
    assert by_language["fr"][21].title.startswith("Coopérer")
    assert "عودة" in by_language["ar"][21].title


def test_objective_pages_render_in_english_and_arabic(demo_site, client):
    html = client.get("/en/gcm/").content.decode()
    assert len(set(re.findall(r'href="/en/gcm/(\d+)/"', html))) == 23
    assert "Objectives of the Global Compact for Migration" in html

    html = client.get("/en/gcm/21/").content.decode()
    assert "<h1>" in html and "Objective 21" in html
    assert "sustainable reintegration" in html
    # The demo's good practices are tagged with objective 21; objective 22 has nothing.
    assert '<h2 id="tagged-practices">Good practices</h2>' in html
    html = client.get("/en/gcm/22/").content.decode()
    assert "Nothing on the platform is linked to this objective yet." in html

    response = client.get("/ar/gcm/21/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'dir="rtl"' in html and "الهدف 21" in html
    assert GcmObjective.objects.get(locale__language_code="ar", number=21).title in html

    for missing in ("/en/gcm/0/", "/en/gcm/24/", "/en/gcm/x/"):
        assert client.get(missing).status_code == 404


def test_apps_list_what_they_tagged_and_a_failing_app_does_not_break_the_page(demo_site, client):
    def tagged(request, objective, limit):
        if objective.number != 21:
            return []
        return [{"url": "/en/resources/handbook/", "title": "Reintegration Handbook"}]

    def broken(request, objective, limit):
        raise RuntimeError("down")

    register_tagged_content(TaggedContent(key="test-resources", label="Resources", provider=tagged))
    register_tagged_content(TaggedContent(key="test-broken", label="Broken", provider=broken))
    try:
        html = client.get("/en/gcm/21/").content.decode()
        assert '<h2 id="tagged-test-resources">Resources</h2>' in html
        assert 'href="/en/resources/handbook/"' in html and "Reintegration Handbook" in html
        assert "Broken" not in html
        html = client.get("/en/gcm/22/").content.decode()
        assert "Nothing on the platform is linked to this objective yet." in html
    finally:
        registry.tagged_content.pop("test-resources", None)
        registry.tagged_content.pop("test-broken", None)
