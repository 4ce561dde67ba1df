"""The time-zone picker: a short list by region with localized city names on the webinar page,
every zone on its own page, both working without JavaScript; times in the visitor's zone
with the zone's name in the visitor's language; seats counted the language's way."""

import re
import zoneinfo
from datetime import UTC, datetime

import pytest

from learning.webinars import zones

pytestmark = pytest.mark.django_db

URL = "/en/learning/webinars/next-webinar/"


def _form(html):
    return re.search(
        r'<form method="post" action="[^"]*/learning/time-zone/".*?</form>', html, re.S
    )


def _options(html):
    return re.findall(r'<option value="([^"]+)"( selected)?>([^<]+)</option>', html)


@pytest.fixture
def translated_tree(learning_tree):
    """The learning tree with its aliases in French, Spanish and Arabic (as the demo has)."""
    from portal.demo.utils import sync_locales

    sync_locales(learning_tree.home)
    return learning_tree


def test_zone_groups_follow_the_regions_with_localized_names():
    groups = zones.zone_groups(language="fr")
    assert groups[0] == (None, [("UTC", "Temps universel coordonné (UTC)")])
    assert [label for label, _zones in groups[1:]] == [
        "Afrique",
        "Amériques",
        "Asie",
        "Europe",
        "Océanie",
        "Antarctique",
    ]
    africa = dict(groups[1][1])
    assert africa["Africa/Bamako"] == "Bamako (Mali)"
    assert africa["Africa/Casablanca"] == "Casablanca (Maroc)"
    names = [name for _label, zones_ in groups for name, _l in zones_]
    assert len(names) == len(set(names)) > 400  # every zone once
    assert all(zones.valid_time_zone(name) for name in names)
    arabic = dict(zones.zone_groups(language="ar")[1][1])
    assert arabic["Africa/Bamako"] == "باماكو (مالي)"


def test_region_labels_sort_without_regard_to_accents():
    europe = dict(zones.zone_groups(language="fr"))["Europe"]
    labels = [label for _name, label in europe]
    assert labels.index("Zurich (Suisse)") > labels.index("Athènes (Grèce)")
    assert labels == sorted(labels, key=zones._sort_key)


def test_short_list_adds_the_visitors_and_the_organisers_zone():
    groups = zones.zone_groups(zones.COMMON_ZONES, language="en", extra=("Asia/Ulaanbaatar",))
    names = {name for _label, zones_ in groups for name, _l in zones_}
    assert "Asia/Ulaanbaatar" in names and "Africa/Dakar" in names
    assert len(names) == len(zones.COMMON_ZONES) + 2  # + UTC


def test_aliases_are_stored_under_their_current_name(learning_tree, client):
    response = client.post("/en/learning/time-zone/", {"tz": "Asia/Calcutta", "next": URL})
    assert response.status_code == 302
    assert client.cookies["learning_tz"].value == "Asia/Kolkata"
    assert zones.canonical_zone("Etc/UTC") == "UTC"


def test_zone_names_for_times():
    assert zones.zone_name("Africa/Bamako", "en") == "Mali Time"
    assert zones.zone_name("Africa/Bamako", "fr") == "heure : Mali"
    assert zones.zone_name("Africa/Bamako", "es") == "hora de Mali"
    assert zones.zone_name("Africa/Bamako", "ar") == "توقيت مالي"
    assert zones.zone_name("UTC", "ar") == "UTC"


def test_webinar_page_has_a_short_grouped_list_and_a_link_to_every_zone(learning_tree, client):
    html = client.get(URL).content.decode()
    form = _form(html).group(0)
    options = _options(form)
    assert 50 <= len(options) <= 70
    assert form.count("<optgroup") == 5  # Africa, Americas, Asia, Europe, Oceania
    assert ("Europe/Brussels", "", "Brussels (Belgium)") in options  # the organiser's zone
    assert ("UTC", " selected", "Coordinated Universal Time (UTC)") in options
    assert len(form.encode()) < 6_000  # was 33 KB: 597 raw identifiers
    assert len(html.encode()) < 15_000
    assert f'href="/en/learning/time-zone/?next={URL}">Other time zones</a>' in form


def test_full_list_page_works_without_javascript(learning_tree, client):
    html = client.get(f"/fr/learning/time-zone/?next={URL}").content.decode()
    assert "<h1>Fuseau horaire</h1>" in html
    options = _options(_form(html).group(0))
    assert len(options) > 400
    assert ("Asia/Ulaanbaatar", "", "Oulan-Bator (Mongolie)") in options
    assert f'name="next" value="{URL}"' in html
    response = client.post(
        "/fr/learning/time-zone/", {"tz": "Asia/Ulaanbaatar", "next": URL}
    )  # the same form, posted as a browser without JavaScript does
    assert response.status_code == 302 and response["Location"] == URL
    html = client.get(URL).content.decode()
    assert ("Asia/Ulaanbaatar", " selected", "Ulaanbaatar (Mongolia)") in _options(html)


def test_full_list_page_refuses_foreign_next(learning_tree, client):
    html = client.get("/en/learning/time-zone/?next=https://evil.example/").content.decode()
    assert 'name="next" value="/"' in html


@pytest.mark.parametrize(
    ("lang", "when", "zone"),
    [
        ("en", "Tuesday 5 March 2030, 07:00", "(Guatemala Time)"),
        ("fr", "mardi 5 mars 2030 à 07:00", "(heure : Guatemala)"),
        ("es", "martes, 5 de marzo de 2030, 07:00", "(hora de Guatemala)"),
        ("ar", "الثلاثاء 5 مارس 2030، الساعة 07:00", "(توقيت غواتيمالا)"),
    ],
)
def test_times_in_the_visitors_zone_with_its_localized_name(
    translated_tree, client, lang, when, zone
):
    webinar = translated_tree.webinar
    webinar.start = datetime(2030, 3, 5, 13, 0, tzinfo=UTC)
    webinar.save_revision().publish()
    client.post("/en/learning/time-zone/", {"tz": "America/Guatemala", "next": URL})
    html = client.get(URL.replace("/en/", f"/{lang}/")).content.decode()
    times = re.search(r'<p class="meta">.*?</p>', html, re.S).group(0)
    assert when in " ".join(times.split()).replace(" ", " ")
    assert zone in times


def test_seats_are_counted_the_languages_way(translated_tree, client):
    webinar = translated_tree.webinar
    webinar.capacity = 12500
    webinar.save_revision().publish()
    french = client.get(URL.replace("/en/", "/fr/")).content.decode()
    assert "0 places prises sur 12\u202f500" in french
    spanish = client.get(URL.replace("/en/", "/es/")).content.decode()
    assert "12.500" in spanish
    english = client.get(URL).content.decode()
    assert "0 of 12,500 seats taken" in english


def test_webinar_card_time_in_the_visitors_zone(translated_tree, client):
    client.post("/en/learning/time-zone/", {"tz": "Africa/Bamako", "next": URL})
    html = client.get("/fr/learning/webinars/").content.decode()
    start = translated_tree.webinar.start.astimezone(zoneinfo.ZoneInfo("Africa/Bamako"))
    assert f"{start:%H:%M}</time> (heure : Mali)" in html
