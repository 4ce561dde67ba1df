import json
import re
import urllib.request

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MALAWI = "Voluntary return of Malawians from Durban"


def _api_ids(base, query):
    with urllib.request.urlopen(f"{base}/api/initiatives.geojson{query}") as response:  # noqa: S310
        return {f["id"] for f in json.load(response)["features"]}


def _listed_ids(page):
    return {
        int(i)
        for i in page.locator("#initiatives-list tr[data-id]").evaluate_all(
            "rows => rows.map(r => r.dataset.id)"
        )
    }


# django-leaflet hands each map it builds to listeners of its map:init event.
KEEP_MAPS = "window.seenMaps = []; addEventListener('map:init', e => seenMaps.push(e.detail.map));"
MAP_OPTIONS = """() => seenMaps.map(m => ({id: m.getContainer().id, zoom: m.getZoom(),
    maxZoom: m.getMaxZoom(), worldCopyJump: m.options.worldCopyJump,
    maxBounds: m.options.maxBounds || null}))"""


def _icon_loaded(icon):
    """The marker's image is the packaged one and it loads (the browser fetches it after the
    marker is added: wait for it rather than read it at once)."""
    assert icon.get_attribute("src") == "/static/leaflet/images/marker-icon.png"
    icon.page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=icon.element_handle(), timeout=10_000
    )


def test_map_filters_popup_and_page(page, live_demo_site):
    base = live_demo_site.url
    page.add_init_script(KEEP_MAPS)
    page.goto(f"{base}/en/initiatives/")
    page.wait_for_selector("#initiatives-map[data-state=ready]")
    page.wait_for_selector(".leaflet-overlay-pane path")  # the offline country shapes
    assert page.evaluate(MAP_OPTIONS) == [
        {
            "id": "initiatives-map",
            "zoom": 2,
            "maxZoom": 12,
            "worldCopyJump": True,
            "maxBounds": None,
        }
    ]
    assert page.locator(".leaflet-tile-pane img").count() == 0  # no tile layer by default
    all_markers = int(page.locator("#initiatives-map").get_attribute("data-markers"))
    assert all_markers >= 12

    page.select_option("#id_region", "SAF")
    expected = _api_ids(base, "?region=SAF")
    expect(page.locator("#initiatives-count")).to_have_text(str(len(expected)))
    page.wait_for_selector("#initiatives-map[data-state=ready]")
    assert _listed_ids(page) == expected
    assert "region=SAF" in page.url
    markers = int(page.locator("#initiatives-map").get_attribute("data-markers"))
    assert 0 < markers < all_markers

    _icon_loaded(page.locator(f'.leaflet-marker-icon[title="{MALAWI}"]'))
    page.locator(f'.leaflet-marker-icon[title="{MALAWI}"]').click()
    link = page.locator(".leaflet-popup .popup-link")
    link.wait_for()
    assert MALAWI in page.locator(".leaflet-popup").inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/en/initiatives/malawi-returns-from-durban/$"))
    assert page.locator("h1").inner_text() == MALAWI
    page.external_requests.check()


def test_list_without_javascript_shows_the_same_initiatives(browser, live_demo_site):
    base = live_demo_site.url
    context = browser.new_context(java_script_enabled=False)
    try:
        nojs = context.new_page()
        nojs.goto(f"{base}/en/initiatives/?region=SAF")
        assert nojs.locator("#initiatives-map").is_hidden()
        assert _listed_ids(nojs) == _api_ids(base, "?region=SAF")
        nojs.goto(f"{base}/en/initiatives/")
        assert _listed_ids(nojs) == _api_ids(base, "")
        nojs.select_option("#id_status", "completed")
        nojs.click("#initiative-filters button[type=submit]")
        nojs.wait_for_url(re.compile(r"status=completed"))
        assert _listed_ids(nojs) == _api_ids(base, "?status=completed")
    finally:
        context.close()


def test_member_proposes_with_a_point_picked_on_the_map(page, live_demo_site, member):
    from django.test import Client

    from initiatives_map.models import InitiativePage

    client = Client()
    client.force_login(member)
    base = live_demo_site.url
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}]
    )
    page.add_init_script(KEEP_MAPS)
    page.goto(f"{base}/en/initiatives/propose/")
    page.wait_for_selector("#proposal-map .leaflet-overlay-pane path")
    assert page.evaluate(MAP_OPTIONS) == [
        {"id": "proposal-map", "zoom": 1, "maxZoom": 12, "worldCopyJump": True, "maxBounds": None}
    ]
    page.locator("#proposal-map").click()  # the centre of the map: lat 15, lon 10 (the Niger)
    page.wait_for_selector("#proposal-map[data-picked='1']")
    _icon_loaded(page.locator("#proposal-map .leaflet-marker-icon"))
    lat, lon = float(page.input_value("#id_latitude")), float(page.input_value("#id_longitude"))
    assert abs(lat - 15) < 3 and abs(lon - 10) < 3
    page.fill("#id_title", "Reintegration hub in Agadez")
    page.fill("#id_summary", "Counselling and small grants for returnees.")
    page.select_option("#id_country", "NE")
    page.fill("#id_place", "Agadez region")
    page.fill("#id_organisations", "A local association")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/en/dashboard/$"))
    assert "awaiting review" in page.locator("main").inner_text()
    proposal = InitiativePage.objects.get(title="Reintegration hub in Agadez")
    assert not proposal.live and proposal.owner == member
    page.external_requests.check()


# The number is in every name (WCAG 2.5.3: the visible "3" is part of the cluster's name).
CLUSTER_NAME = {
    "en": r"^\d+ initiatives in this area$",
    "ar": r"^عدد المبادرات في هذه المنطقة: \d+$",
}
SHOWN = {"en": "initiatives shown", "ar": "عدد المبادرات المعروضة"}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_phone_map_first_announced_filters_escape_and_named_clusters(
    browser, live_demo_site, language
):
    base = live_demo_site.url
    context = browser.new_context(viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(f"{base}/{language}/initiatives/")
        page.wait_for_selector("#initiatives-map[data-state=ready]")
        page.wait_for_selector(".leaflet-overlay-pane path")
        # The map is within the first screen; the static picture gave way to it.
        box = page.locator("#initiatives-map").bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 844, box
        expect(page.locator("#initiatives-static-map")).to_be_hidden()
        # The filters start folded on a phone.
        panel = page.locator("#initiatives-filters-panel")
        assert panel.evaluate("details => details.open") is False
        # Clusters are buttons named by their number of initiatives.
        clusters = page.locator(".marker-cluster")
        expect(clusters.first).to_be_visible()
        for name in clusters.evaluate_all("els => els.map(e => e.getAttribute('aria-label'))"):
            assert re.search(CLUSTER_NAME[language], name), name
        assert clusters.first.get_attribute("role") == "button"
        # A filter change is announced in the polite live region.
        live = page.locator("#initiatives-status")
        assert live.get_attribute("role") == "status" and live.inner_text() == ""
        panel.locator("summary").click()
        page.select_option("#id_status", "completed")
        expected = _api_ids(base, f"?status=completed&lang={language}")
        expect(live).to_contain_text(SHOWN[language])
        assert str(len(expected)) in live.inner_text()
        page.wait_for_selector("#initiatives-map[data-state=ready]")
        # A marker opened from the keyboard; Escape closes its popup and returns the focus.
        marker = page.locator(".leaflet-marker-icon:not(.marker-cluster)").first
        expect(marker).to_be_visible()
        title = marker.get_attribute("title")
        assert title and marker.get_attribute("alt") == title
        marker.focus()
        page.keyboard.press("Enter")
        expect(page.locator(".leaflet-popup")).to_be_visible()
        expect(page.locator(".leaflet-popup .popup-link")).to_be_focused()
        page.keyboard.press("Escape")
        expect(page.locator(".leaflet-popup")).to_have_count(0)
        assert page.evaluate("document.activeElement.title") == title
    finally:
        context.close()


@pytest.mark.parametrize("language", ["en", "ar"])
def test_without_javascript_a_static_map_and_the_list_with_country_names(
    browser, live_demo_site, language
):
    from django.utils import translation
    from django_countries import countries

    base = live_demo_site.url
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    try:
        page = context.new_page()
        page.goto(f"{base}/{language}/initiatives/?country=MW")
        svg = page.locator("#initiatives-static-map svg[role=img]")
        expect(svg).to_be_visible()
        assert svg.bounding_box()["y"] < 844  # the picture is on the first screen
        with translation.override(language):
            malawi = countries.name("MW")
        assert malawi in page.locator("#static-map-desc").text_content()
        assert page.locator("#initiatives-static-map path.shade-1").count() == 1
        expect(page.locator("#initiatives-map")).to_be_hidden()
        expect(page.locator(".map-legend")).to_be_visible()
        expect(page.locator(".map-legend__js").first).to_be_hidden()
        # Without JavaScript the filters stay open.
        assert page.locator("#initiatives-filters-panel").evaluate("d => d.open") is True
        cells = page.locator("#initiatives-list tr[data-id] td:nth-child(2)").all_inner_texts()
        assert cells and all(malawi in cell for cell in cells), cells
    finally:
        context.close()
