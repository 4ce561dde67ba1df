"""The map pages are built by django-leaflet's tags from LEAFLET_CONFIG, and load nothing
from outside the site."""

import json
import os
import re
import subprocess
import sys

import pytest
from django.conf import settings

MARKERCLUSTER = "/static/initiatives_map/vendor/leaflet.markercluster/"


def _djoptions(html, name):
    """The options {% leaflet_map name %} hands to L.Map.djangoMap."""
    script = html[: html.index(f"L.Map.djangoMap('{name}'")]
    return json.loads(re.findall(r"var djoptions = (\{.*?\}),\n", script)[-1])


def _json_script(html, element_id):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    return json.loads(match.group(1))


def _assets(html):
    """Scripts and stylesheets, in page order."""
    return re.findall(r'<(?:script\b[^>]*\bsrc|link rel="stylesheet"[^>]*\bhref)="([^"]+)"', html)


@pytest.fixture
def leaflet_config(settings, monkeypatch):
    """Change LEAFLET_CONFIG for one test. django-leaflet copies the setting into
    `leaflet.app_settings` once, at import, so the changed keys are copied there too."""
    import leaflet

    def configure(**changes):
        settings.LEAFLET_CONFIG = {**settings.LEAFLET_CONFIG, **changes}
        for key, value in changes.items():
            monkeypatch.setitem(leaflet.app_settings, key, value)

    return configure


def test_map_page_is_built_by_django_leaflet(client, demo_site):
    html = client.get("/en/initiatives/").content.decode()
    assets = _assets(html)
    order = [
        "/static/leaflet/leaflet.css",
        "/static/leaflet/leaflet.extras.css",
        MARKERCLUSTER + "MarkerCluster.css",
        MARKERCLUSTER + "MarkerCluster.Default.css",
        "/static/leaflet/leaflet.js",
        MARKERCLUSTER + "leaflet.markercluster.js",
        "/static/initiatives_map/vendor/topojson-client/topojson-client.min.js",
        "/static/initiatives_map/countries.js",
        "/static/leaflet/leaflet.extras.js",
        "/static/initiatives_map/map.js",
    ]
    assert [a for a in assets if a in order] == order  # each once, in this order
    assert all(a.startswith("/") and not a.startswith("//") for a in assets), assets
    assert "openstreetmap" not in html
    # {% leaflet_map %} drives the page's own element; it adds no second one.
    assert html.count('id="initiatives-map"') == 1
    assert "window.addEventListener(loadevents[i], loadmap" in html
    options = _djoptions(html, "initiatives-map")
    assert options["center"] == [15.0, 10.0] and options["zoom"] == 2
    assert (options["minzoom"], options["maxzoom"]) == (1, 12)
    assert options["layers"] == [list(tile) for tile in settings.LEAFLET_CONFIG["TILES"]]
    assert options["extent"] is None  # no maxBounds: the world wraps around
    assert options["scale"] is None and options["resetview"] is False
    assert _json_script(html, "force-img-path") == "/static/leaflet/images/"
    assert '["DOMContentLoaded"]' in html


def test_proposal_picker_uses_the_same_loading(member_client, demo_site):
    html = member_client.get("/en/initiatives/propose/").content.decode()
    assets = _assets(html)
    assert "/static/leaflet/leaflet.extras.js" in assets
    assert "/static/initiatives_map/countries.js" in assets
    assert not [a for a in assets if "markercluster" in a]
    assert assets.index("/static/leaflet/leaflet.js") < assets.index(
        "/static/initiatives_map/propose.js"
    )
    options = _djoptions(html, "proposal-map")
    assert options["zoom"] == 1 and options["extent"] is None and options["maxzoom"] == 12


def test_leaflet_config_reaches_the_page(client, demo_site, leaflet_config):
    tiles = [("Local", "http://127.0.0.1:9/{z}/{x}/{y}.png", {"attribution": "Local tiles"})]
    leaflet_config(MAX_ZOOM=9, DEFAULT_CENTER=(0.0, 20.0), TILES=tiles)
    html = client.get("/en/initiatives/").content.decode()
    options = _djoptions(html, "initiatives-map")
    assert options["maxzoom"] == 9 and options["center"] == [0.0, 20.0]
    assert options["layers"] == [list(tile) for tile in tiles]


@pytest.mark.parametrize(
    "env, layers",
    [
        ({}, []),
        (
            {
                "MAP_TILE_URL": "http://127.0.0.1:9/t/{z}/{x}/{y}.png",
                "MAP_TILE_ATTRIBUTION": "Ours",
            },
            [["Tiles", "http://127.0.0.1:9/t/{z}/{x}/{y}.png", {"attribution": "Ours"}]],
        ),
    ],
)
def test_tile_layer_only_from_map_tile_url(env, layers):
    """LEAFLET_CONFIG["TILES"] is built from MAP_TILE_URL when the settings load, so each case
    renders {% leaflet_map %} in a fresh process."""
    code = (
        "import django; django.setup(); from django.template import engines; "
        "print(engines['django'].from_string("
        "'{% load leaflet_tags %}{% leaflet_map \"m\" %}').render())"
    )
    environ = {k: v for k, v in os.environ.items() if not k.startswith("MAP_TILE_")}
    environ.update(env, DJANGO_SETTINGS_MODULE="portal.settings.test")
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert _djoptions(result.stdout, "m")["layers"] == layers
