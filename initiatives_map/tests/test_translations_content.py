"""Initiatives in four languages: three demo initiatives translated into French, Spanish and
Arabic show their own language in the server-rendered list, the GeoJSON of that language and
their page; the map asks the API for its page's language; related resources follow the
initiative's language and list each resource once."""

import html
import re

from initiatives_map.demo.content import INITIATIVES
from initiatives_map.demo.translations import TRANSLATIONS
from initiatives_map.models import InitiativePage, InitiativeResourceLink

ENGLISH = {item["slug"]: item for item in INITIATIVES}


def _plain(text):
    return " ".join(html.unescape(text).split())


def _rows(response):
    """{initiative slug: the title shown in its row} of the list view (no JavaScript)."""
    found = re.findall(
        r'<tr data-id="\d+"><td><a href="/\w\w/initiatives/([^/]+)/">(.*?)</a>',
        response.content.decode(),
    )
    return {slug: _plain(title) for slug, title in found}


def _check_list_view(client, language):
    english = _rows(client.get("/en/initiatives/"))
    response = client.get(f"/{language}/initiatives/")
    assert response.status_code == 200
    rows = _rows(response)
    assert sorted(rows) == sorted(english)  # every initiative, each once
    for slug, texts in TRANSLATIONS.items():
        assert rows[slug] == _plain(texts[language]["title"]), slug
        assert ENGLISH[slug]["title"] not in _plain(response.content.decode()), slug
    # The map fetches the GeoJSON of the page's language.
    assert f'data-lang="{language}"' in response.content.decode()


def test_french_list_view_shows_french_titles(client, demo_site):
    _check_list_view(client, "fr")


def test_arabic_list_view_shows_arabic_titles(client, demo_site):
    _check_list_view(client, "ar")


def test_spanish_list_view_with_a_filter(client, demo_site):
    rows = _rows(client.get("/es/initiatives/", {"country": "ML"}))
    assert rows["bamako-community-based-reintegration"] == "Reintegración comunitaria en Bamako"


def _check_geojson(client, language):
    english = client.get("/api/initiatives.geojson", {"lang": "en"}).json()["features"]
    features = client.get("/api/initiatives.geojson", {"lang": language}).json()["features"]
    assert len(features) == len(english)
    by_slug = {f["properties"]["url"].split("/")[-2]: f for f in features}
    assert len(by_slug) == len(features)
    assert all(f["properties"]["url"].startswith(f"/{language}/") for f in features)
    for slug, texts in TRANSLATIONS.items():
        assert by_slug[slug]["properties"]["title"] == texts[language]["title"], slug
    # The translated pages keep the English page's places.
    english_geometry = {f["properties"]["url"].split("/")[-2]: f["geometry"] for f in english}
    for slug in TRANSLATIONS:
        assert by_slug[slug]["geometry"] == english_geometry[slug], slug


def test_french_geojson_has_french_titles(client, demo_site):
    _check_geojson(client, "fr")


def test_arabic_geojson_has_arabic_titles(client, demo_site):
    _check_geojson(client, "ar")


def test_arabic_initiative_page_is_arabic(client, demo_site):
    texts = TRANSLATIONS["bamako-community-based-reintegration"]["ar"]
    response = client.get("/ar/initiatives/bamako-community-based-reintegration/")
    shown = _plain(response.content.decode())
    assert response.context["page"].alias_of_id is None
    assert texts["title"] in shown and texts["summary"] in shown
    assert "18,593 خدمة" in shown  # the description
    assert texts["organisations"] in shown and texts["donors"] in shown
    assert "باماكو (" in shown  # the place name, with its coordinates
    assert "Returnees and residents plan" not in shown
    north_africa = client.get("/fr/initiatives/eu-iom-joint-initiative-north-africa/")
    assert "Le Caire (lancement régional)" in _plain(north_africa.content.decode())


def test_related_resources_follow_the_initiative_language(client, demo_site):
    from resources.models import ResourcePage

    handbook = {
        p.locale.language_code: p
        for p in ResourcePage.objects.filter(slug="reintegration-handbook").select_related("locale")
    }
    # A link made on the English page is copied into the untranslated (alias) copies.
    english = InitiativePage.objects.get(slug="sure-brazil", locale__language_code="en")
    english.resource_links = [InitiativeResourceLink(linked_page=handbook["en"])]
    english.save_revision().publish()
    response = client.get("/ar/initiatives/sure-brazil/")
    assert [p.pk for p in response.context["resource_pages"]] == [handbook["ar"].pk]
    content = response.content.decode()
    assert 'href="/ar/resources/reintegration-handbook/"' in content
    assert 'href="/en/resources/' not in content
    assert handbook["ar"].title in html.unescape(content)

    # On a translated initiative, links to two translations of one resource show it once,
    # in the initiative's language.
    french = InitiativePage.objects.get(
        slug="bamako-community-based-reintegration", locale__language_code="fr"
    )
    french.resource_links = [
        InitiativeResourceLink(linked_page=handbook["en"]),
        InitiativeResourceLink(linked_page=handbook["es"]),
    ]
    french.save_revision().publish()
    response = client.get("/fr/initiatives/bamako-community-based-reintegration/")
    assert [p.pk for p in response.context["resource_pages"]] == [handbook["fr"].pk]
    assert response.content.decode().count('href="/fr/resources/reintegration-handbook/"') == 1


def test_translation_loader_is_idempotent(demo_site):
    from wagtail.models import Page

    from initiatives_map.demo import translations
    from initiatives_map.models import InitiativeLocation, InitiativesIndexPage

    index = InitiativesIndexPage.objects.get(locale__language_code="en")
    counts = (Page.objects.count(), InitiativeLocation.objects.count())
    assert translations.load(index) == 9
    assert (Page.objects.count(), InitiativeLocation.objects.count()) == counts
