"""The map without JavaScript: an inline SVG of the world (the same packaged world-atlas shapes
the Leaflet map draws), countries shaded by their number of initiatives.

The outlines are projected once per process (Web Mercator, like the Leaflet map, cut at 58° S
and 84° N; Antarctica left out); a page only assembles one ``<path>`` per country with the
class of its shade. Rings that cross the antimeridian (Fiji, Russia) are unwrapped so that no
edge runs across the whole map.
"""

import json
import math
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django_countries import countries as all_countries

TOPOJSON = Path(settings.BASE_DIR) / "static/initiatives_map/vendor/world-atlas/countries-110m.json"
WIDTH = 1000
NORTH, SOUTH = 84.0, -58.0
ANTARCTICA = "010"
# Upper bounds of the shades (initiatives per country); the Leaflet map uses the same ones.
SHADES = (0, 1, 5, 20)


def _mercator_y(latitude):
    latitude = max(min(latitude, NORTH), SOUTH)
    return math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2))


SCALE = WIDTH / (2 * math.pi)
TOP = _mercator_y(NORTH)
HEIGHT = round((TOP - _mercator_y(SOUTH)) * SCALE)


def unwrap(ring):
    """The ring's longitudes made continuous: a step of more than 180° is a crossing of the
    antimeridian, not an edge around the world."""
    out, offset, previous = [], 0.0, None
    for lon, lat in ring:
        if previous is not None:
            if lon - previous > 180:
                offset -= 360
            elif lon - previous < -180:
                offset += 360
        previous = lon
        out.append((lon + offset, lat))
    return out


def _project(lon, lat):
    return round((lon + 180) / 360 * WIDTH), round((TOP - _mercator_y(lat)) * SCALE)


def _ring_path(ring):
    """An SVG subpath with relative moves, repeated points (after rounding) left out."""
    parts, last = [], None
    for lon, lat in unwrap(ring):
        x, y = _project(lon, lat)
        if last is None:
            parts.append(f"M{x} {y}")
        elif (x, y) != last:
            parts.append(f"l{x - last[0]} {y - last[1]}")
        last = (x, y)
    return "".join(parts) + "z" if len(parts) > 2 else ""


@cache
def country_paths():
    """{ISO numeric code: SVG path data} of every country drawn (read once per process)."""
    topo = json.loads(TOPOJSON.read_text())
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    paths = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        code = geometry.get("id")
        if not code or code == ANTARCTICA or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        data = []
        for polygon in polygons:
            for ring in polygon:
                points = []
                for index in ring:
                    arc = arcs[index] if index >= 0 else arcs[~index][::-1]
                    points.extend(arc if not points else arc[1:])
                data.append(_ring_path(points))
        paths[code] = "".join(data)
    return paths


def shade(count):
    """The shade class (0 to 4) of a country with ``count`` initiatives."""
    return sum(count > bound for bound in SHADES)


def numeric_code(alpha2):
    number = all_countries.numeric(alpha2)
    return f"{number:03d}" if number else None


def render(counts, title, description):
    """The SVG (safe HTML) of the world with the countries of ``counts`` ({alpha-2: n})
    shaded, named by ``title`` and described by ``description``."""
    by_numeric = {}
    for code, n in counts.items():
        numeric = numeric_code(code)
        if numeric:
            by_numeric[numeric] = by_numeric.get(numeric, 0) + n
    shapes = "".join(
        f'<path class="shade-{shade(by_numeric.get(code, 0))}" d="{d}"/>'
        for code, d in country_paths().items()
    )
    return format_html(
        '<svg class="static-map__svg" viewBox="0 0 {} {}" role="img" '
        'aria-labelledby="static-map-title static-map-desc" focusable="false">'
        '<title id="static-map-title">{}</title><desc id="static-map-desc">{}</desc>'
        '<rect class="static-map__sea" width="{}" height="{}"/>{}</svg>',
        WIDTH,
        HEIGHT,
        title,
        description,
        WIDTH,
        HEIGHT,
        mark_safe(shapes),  # noqa: S308 - numbers and class names built above, no input
    )
