"""The map page's server-rendered side: country names and status labels in the page's
language, the static SVG map (cached per content version) and its query count."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.html import escape
from django_countries import countries
from wagtail.models import Locale

from initiatives_map import staticmap
from initiatives_map.models import InitiativePage

pytestmark = pytest.mark.django_db


def _row(html, title):
    match = re.search(
        rf"<tr data-id=\"\d+\"><td><a [^>]*>{re.escape(escape(title))}</a></td>(.*?)</tr>", html
    )
    assert match, title
    return [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<td>(.*?)</td>", match.group(1))]


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_list_shows_country_names_and_status_labels(client, demo_site, language):
    eu = InitiativePage.objects.get(
        slug="eu-iom-joint-initiative-sahel-lake-chad", locale__language_code="en"
    )
    page = eu.get_translation(Locale.objects.get(language_code=language))
    html = client.get(f"/{language}/initiatives/").content.decode()
    with translation.override(language):
        names = [countries.name(code) for code in page.countries]
        label = page.get_status_display()
    countries_cell, status_cell = _row(html, page.title)
    for name in names:
        assert escape(name) in countries_cell
    assert "BF," not in countries_cell and status_cell == str(label)
    assert ">ongoing<" not in html


def test_filter_panel_is_open_with_apply_clear_and_count(client, demo_site):
    html = client.get("/en/initiatives/?status=completed").content.decode()
    assert (
        '<details class="c-filters initiatives-filters-panel" id="initiatives-filters-panel" open>'
        in html
    )
    assert "Apply filters" in html and 'href="/en/initiatives/"' in html
    assert "(1 active)" in html
    completed = InitiativePage.objects.live().filter(locale__language_code="en", status="completed")
    assert f'<span id="initiatives-count">{completed.count()}</span>' in html
    # The map comes before the filters.
    assert html.index('id="initiatives-mapframe"') < html.index('id="initiatives-filters-panel"')


def test_static_map_shades_the_countries_of_the_filtered_initiatives(client, demo_site):
    html = client.get("/en/initiatives/").content.decode()
    assert '<svg class="static-map__svg"' in html and 'role="img"' in html
    assert '<title id="static-map-title">Map of initiatives by country</title>' in html
    assert "Malawi (1)" in html and "Brazil (1)" in html
    assert html.count("<path ") == len(staticmap.country_paths())
    filtered = client.get("/en/initiatives/?country=MW").content.decode()
    desc = re.search(r'<desc id="static-map-desc">(.*?)</desc>', filtered).group(1)
    assert desc == "Countries with initiatives: Malawi (1)."
    assert filtered.count('class="shade-1"') == 1 and 'class="shade-2"' not in filtered
    arabic = client.get("/ar/initiatives/").content.decode()
    assert "ملاوي" in re.search(r'<desc id="static-map-desc">(.*?)</desc>', arabic).group(1)


def test_static_map_cache_goes_stale_when_an_initiative_is_published(client, demo_site):
    desc = re.compile(r'<desc id="static-map-desc">(.*?)</desc>')
    assert "Iceland" not in desc.search(client.get("/en/initiatives/").content.decode()).group(1)
    malawi = InitiativePage.objects.get(
        slug="malawi-returns-from-durban", locale__language_code="en"
    )
    malawi.countries = ["IS"]
    malawi.save_revision().publish()
    html = client.get("/en/initiatives/?fresh=1").content.decode()
    assert "Iceland (1)" in desc.search(html).group(1)


def test_no_edge_crosses_the_whole_map():
    """Rings over the antimeridian (Fiji, Russia) are unwrapped: no step of ~360°."""
    assert staticmap.unwrap([(179.0, -16.0), (-179.0, -16.5), (-179.5, -17.0), (179.5, -16.8)]) == [
        (179.0, -16.0),
        (181.0, -16.5),
        (180.5, -17.0),
        (179.5, -16.8),
    ]
    for code in ("242", "643"):  # Fiji, Russia
        steps = [abs(int(n)) for n in re.findall(r"l(-?\d+) ", staticmap.country_paths()[code])]
        assert max(steps) < staticmap.WIDTH / 4, code
    assert "010" not in staticmap.country_paths()  # Antarctica


def test_unfiltered_page_reads_the_map_from_the_cache(client, demo_site):
    client.get("/en/initiatives/?warm=1")
    with CaptureQueriesContext(connection) as ctx:
        assert client.get("/en/initiatives/?warm=2").status_code == 200
    sql = " ".join(q["sql"] for q in ctx.captured_queries)
    assert "COUNT(" not in sql  # the total comes with the cached overview
    assert '"initiatives_map_initiativepage"."countries" AS "countries" FROM' not in sql
