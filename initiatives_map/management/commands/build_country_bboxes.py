"""Build initiatives_map/data/country_bboxes.json from the vendored Natural Earth TopoJSON.

Run once (the output is committed): ``manage.py build_country_bboxes``. Countries missing
from the 1:50m file (tiny islands) simply have no box, and coordinates there are only checked
to be on Earth.
"""

import json
from pathlib import Path

from django.core.management.base import BaseCommand
from django_countries import countries

DATA = Path(__file__).resolve().parent.parent.parent / "data"
SOURCE = DATA / "countries-50m.json"
TARGET = DATA / "country_bboxes.json"
MARGIN = 0.5  # degrees: coastal points and generalised borders stay inside


def decode_arcs(topology):
    """Absolute coordinates of every arc of a quantised TopoJSON topology."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _arc_indexes(nested):
    for item in nested:
        if isinstance(item, list):
            yield from _arc_indexes(item)
        else:
            yield item if item >= 0 else ~item


def country_bboxes(topology):
    arcs = decode_arcs(topology)
    boxes = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        code = countries.alpha2(geometry.get("id") or "") if geometry.get("id") else ""
        if not code or "arcs" not in geometry:
            continue
        points = [p for i in _arc_indexes(geometry["arcs"]) for p in arcs[i]]
        lons = [p[0] for p in points]
        lats = [p[1] for p in points]
        box = [min(lons), min(lats), max(lons), max(lats)]
        if code in boxes:  # several features for one code: merge
            old = boxes[code]
            box = [
                min(old[0], box[0]),
                min(old[1], box[1]),
                max(old[2], box[2]),
                max(old[3], box[3]),
            ]
        boxes[code] = box
    return {
        code: [
            round(max(-180.0, b[0] - MARGIN), 2),
            round(max(-90.0, b[1] - MARGIN), 2),
            round(min(180.0, b[2] + MARGIN), 2),
            round(min(90.0, b[3] + MARGIN), 2),
        ]
        for code, b in sorted(boxes.items())
    }


class Command(BaseCommand):
    help = "Write the per-country bounding boxes [west, south, east, north] from Natural Earth."

    def handle(self, *args, **options):
        boxes = country_bboxes(json.loads(SOURCE.read_text()))
        TARGET.write_text(json.dumps(boxes, separators=(",", ":"), sort_keys=True) + "\n")
        self.stdout.write(f"{len(boxes)} countries written to {TARGET}")
