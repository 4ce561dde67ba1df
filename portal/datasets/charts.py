"""Accessible charts drawn on the server as SVG: no JavaScript and no chart library.

Each :class:`Chart` has an ``<svg role="img">`` labelled by its ``<title>`` and ``<desc>``, the
same figures as a table (the alternative the template shows) and as CSV rows (the download).
Bar charts mirror in right-to-left languages. The choropleth reads the country shapes the map
packages (a world-atlas TopoJSON static file) through the static files finders.
"""

import json
from dataclasses import dataclass, field
from functools import lru_cache

from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language_bidi, pgettext
from django.utils.translation import gettext as _
from django_countries import countries

from portal.core.i18n import format_number
from portal.datasets.models import Measure
from portal.datasets.services import Figures, region_name, signed_percent

KINDS = ("totals", "hosts", "origins", "origin-map")
BY_REGION = {"hosts": Measure.HOST, "origins": Measure.ORIGIN}

SHAPES = "initiatives_map/vendor/world-atlas/countries-110m.json"
ANTARCTICA = "010"

CURRENT = "#0033a0"  # 10.6:1 on white
PREVIOUS = "#6a8cc7"  # 3.4:1 on white (WCAG 1.4.11)
INK = "#1a1a1a"
NO_DATA = "#ececec"
BREAKS = (100, 500, 1000, 2500, 5000)
SCALE = ("#dbe6f4", "#b0c8e8", "#7ea6d6", "#4a7fc0", "#1f56a0", "#0b2f66")


@dataclass
class Cell:
    value: object
    numeric: bool = False
    header: bool = False


@dataclass
class Chart:
    key: str
    title: str
    description: str
    svg: str
    columns: list
    rows: list  # lists of Cell
    csv_rows: list  # header row first
    csv_url: str = ""
    legend: list = field(default_factory=list)


def _list_separator():
    return pgettext("list separator", ", ")


def _attrs(**attrs):
    return "".join(
        f' {name.rstrip("_").replace("_", "-")}="{escape(value)}"'
        for name, value in attrs.items()
        if value is not None
    )


class _Canvas:
    """SVG elements in a ``width``-wide box, mirrored horizontally when ``rtl``."""

    def __init__(self, width, rtl=False):
        self.width, self.rtl, self.parts = width, rtl, []

    def x(self, x, w=0):
        return round(self.width - x - w, 1) if self.rtl else round(x, 1)

    def rect(self, x, y, w, h, fill, **attrs):
        self.parts.append(
            f"<rect{_attrs(x=self.x(x, w), y=y, width=round(w, 1), height=h, fill=fill, **attrs)}/>"
        )

    def text(self, x, y, text, anchor="start", bold=False, size=13, ltr=False):
        """``ltr`` keeps a figure such as ``64,958 (+2.6%)`` in left-to-right order inside a
        right-to-left chart (its anchor flips so it still grows away from ``x``)."""
        direction = None
        if ltr and self.rtl:
            direction, anchor = "ltr", {"start": "end", "end": "start"}.get(anchor, anchor)
        attrs = _attrs(
            x=self.x(x),
            y=y,
            text_anchor=anchor,
            font_size=size,
            font_weight="bold" if bold else None,
            fill=INK,
            direction=direction,
        )
        self.parts.append(f"<text{attrs}>{escape(text)}</text>")

    def svg(self, chart_id, height, title, description, extra=""):
        direction = ' direction="rtl"' if self.rtl else ""
        return mark_safe(
            f'<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" role="img" '
            f'viewBox="0 0 {self.width} {height}" width="{self.width}" height="{height}" '
            f'aria-labelledby="{chart_id}-title {chart_id}-desc" focusable="false"{direction}>'
            f'<title id="{chart_id}-title">{escape(title)}</title>'
            f'<desc id="{chart_id}-desc">{escape(description)}</desc>'
            f"{extra}{''.join(self.parts)}</svg>"
        )


def _chart_id(figures, kind, region=""):
    return "-".join(filter(None, ["chart", figures.dataset.slug, kind, region.lower()]))


def _csv_url(figures, kind, region=""):
    if region:
        return reverse(
            "dataset_chart_csv_region", args=[figures.dataset.slug, kind, region.lower()]
        )
    return reverse("dataset_chart_csv", args=[figures.dataset.slug, kind])


def charts_for(figures, kind, region=""):
    """The charts of one block: one, or one per region for ``hosts``/``origins`` without a
    region. Unknown kinds and regions give none."""
    if kind == "totals":
        chart = totals_chart(figures)
        return [chart] if chart else []
    if kind == "origin-map":
        chart = origin_map(figures)
        return [chart] if chart else []
    if kind in BY_REGION:
        regions = figures.regions(BY_REGION[kind])
        chosen = [region] if region else regions
        return [top_countries_chart(figures, kind, code) for code in chosen if code in regions]
    return []


def chart_for(figures, kind, region=""):
    """The one chart a CSV download is for, or None."""
    if kind in BY_REGION and not region:
        return None
    found = charts_for(figures, kind, region)
    return found[0] if found else None


# --- Totals -------------------------------------------------------------------------------


def totals_chart(figures):
    totals = figures.totals()
    if not totals:
        return None
    year, previous = figures.year, figures.previous_year
    chart_id = _chart_id(figures, "totals")
    if previous:
        title = _("Assisted voluntary return in %(year)s compared with %(previous)s") % {
            "year": year,
            "previous": previous,
        }
    else:
        title = _("Assisted voluntary return in %(year)s") % {"year": year}
    sentences = []
    for row in totals:
        if row["previous"] is not None:
            sentences.append(
                _(
                    "%(label)s: %(value)s in %(year)s, %(previous)s in %(previous_year)s (%(change)s)."
                )
                % {
                    "label": row["label"],
                    "value": format_number(row["value"]),
                    "year": year,
                    "previous": format_number(row["previous"]),
                    "previous_year": previous,
                    "change": signed_percent(row["change"]),
                }
            )
        else:
            sentences.append(
                _("%(label)s: %(value)s in %(year)s.")
                % {"label": row["label"], "value": format_number(row["value"]), "year": year}
            )
    description = _("Bar chart, one pair of bars per figure.") + " " + " ".join(sentences)

    width, pad, label_w, value_w = 640, 10, 48, 170
    x0 = pad + label_w + 8
    bar_max = width - x0 - value_w - pad
    canvas = _Canvas(width, get_language_bidi())
    y = 8
    for row in totals:
        canvas.text(pad, y + 15, row["label"], bold=True)
        y += 24
        biggest = max(row["value"], row["previous"] or 0) or 1
        pairs = [(previous, row["previous"], PREVIOUS), (year, row["value"], CURRENT)]
        for bar_year, value, colour in pairs:
            if value is None:
                continue
            w = max(1.0, value / biggest * bar_max)
            canvas.text(pad + label_w, y + 13, str(bar_year), anchor="end")
            canvas.rect(x0, y, w, 18, colour)
            label = format_number(value)
            if bar_year == year and row["change"] is not None:
                label += f" ({signed_percent(row['change'])})"
            canvas.text(x0 + w + 6, y + 13, label, ltr=True)
            y += 24
        y += 8
    columns = [_("Figure"), str(previous or ""), str(year), _("Change")]
    rows = [
        [
            Cell(row["label"], header=True),
            Cell(row["previous"], numeric=True),
            Cell(row["value"], numeric=True),
            Cell(signed_percent(row["change"])),
        ]
        for row in totals
    ]
    if not previous:
        columns = [columns[0], columns[2]]
        rows = [[r[0], r[2]] for r in rows]
    csv_rows = [["measure", "label", str(previous or ""), str(year), "change_percent"]]
    csv_rows += [
        [
            row["measure"],
            row["label"],
            "" if row["previous"] is None else row["previous"],
            row["value"],
            "" if row["change"] is None else str(row["change"]),
        ]
        for row in totals
    ]
    return Chart(
        key=chart_id,
        title=title,
        description=description,
        svg=canvas.svg(chart_id, y, title, description),
        columns=columns,
        rows=rows,
        csv_rows=csv_rows,
        csv_url=_csv_url(figures, "totals"),
    )


# --- Top countries by region -------------------------------------------------------------


def _titles(kind, region, year, previous):
    names = {"region": region_name(region), "year": year, "previous": previous}
    if kind == "hosts":
        if previous:
            return _("Main host countries in %(region)s, %(year)s and %(previous)s") % names
        return _("Main host countries in %(region)s, %(year)s") % names
    if previous:
        return _("Main countries of origin in %(region)s, %(year)s and %(previous)s") % names
    return _("Main countries of origin in %(region)s, %(year)s") % names


def top_countries_chart(figures, kind, region):
    measure = BY_REGION[kind]
    year, previous = figures.year, figures.previous_year
    years = [y for y in (year, previous) if y]
    lists = {y: figures.top(measure, region, y) for y in years}
    lists = {y: items for y, items in lists.items() if items}
    chart_id = _chart_id(figures, kind, region)
    title = _titles(kind, region, year, previous if previous in lists else None)
    if kind == "hosts":
        intro = _(
            "Bar chart of the migrants assisted to return from each host country of the region."
        )
    else:
        intro = _(
            "Bar chart of the migrants assisted to return to each country of origin of the region."
        )
    sentences = [
        _("%(year)s: %(list)s.")
        % {
            "year": y,
            "list": _list_separator().join(f"{f.name} {format_number(f.value)}" for f in items),
        }
        for y, items in lists.items()
    ]
    description = " ".join([intro, *sentences])

    width, pad, label_w, value_w = 640, 10, 236, 64
    x0 = pad + label_w + 8
    bar_max = width - x0 - value_w - pad
    biggest = max((f.value for items in lists.values() for f in items), default=1) or 1
    canvas = _Canvas(width, get_language_bidi())
    y = 8
    for y_year, items in lists.items():
        colour = CURRENT if y_year == year else PREVIOUS
        canvas.text(pad, y + 15, str(y_year), bold=True)
        y += 24
        for item in items:
            w = max(1.0, item.value / biggest * bar_max)
            canvas.text(pad + label_w, y + 13, item.name, anchor="end", size=12)
            canvas.rect(x0, y, w, 18, colour)
            canvas.text(x0 + w + 6, y + 13, format_number(item.value), size=12, ltr=True)
            y += 24
        y += 8
    country_heading = _("Host country") if kind == "hosts" else _("Country of origin")
    columns = [_("Year"), _("Rank"), country_heading, _("Migrants assisted")]
    rows, csv_rows = [], [["region", "year", "rank", "country_code", "country", "value"]]
    for y_year, items in lists.items():
        for rank, item in enumerate(items, start=1):
            rows.append(
                [
                    Cell(str(y_year)),
                    Cell(rank, numeric=True),
                    Cell(item.name, header=True),
                    Cell(item.value, numeric=True),
                ]
            )
            csv_rows.append([region, y_year, rank, item.country, item.name, item.value])
    return Chart(
        key=chart_id,
        title=title,
        description=description,
        svg=canvas.svg(chart_id, y, title, description),
        columns=columns,
        rows=rows,
        csv_rows=csv_rows,
        csv_url=_csv_url(figures, kind, region),
    )


# --- Choropleth of returns by country of origin ------------------------------------------


@lru_cache(maxsize=1)
def country_paths():
    """{ISO alpha-2 code: SVG path data} for the packaged shapes on an 800-wide plate carrée
    from 84°N to 58°S, plus ``""`` for the shapes without a code; empty if the file is gone."""
    path = finders.find(SHAPES)
    if not path:
        return {}
    with open(path, encoding="utf-8") as handle:
        topology = json.load(handle)
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    k = 800 / 360
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            lon, lat = x * sx + tx, y * sy + ty
            point = (round((lon + 180) * k), round((84 - lat) * k))  # whole pixels suffice
            if not points or point != points[-1]:
                points.append(point)
        arcs.append(points)

    def ring(indexes):
        points = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc if not points else arc[1:])
        # A ring crossing the antimeridian (Russia, Fiji) continues past the map's edge
        # instead of drawing a line across the world; the view box clips it.
        shift, unwrapped = 0, [points[0]]
        for (px, _y), (x, y) in zip(points, points[1:], strict=False):  # noqa: B007
            if x - px > 400:
                shift -= 800
            elif px - x > 400:
                shift += 800
            unwrapped.append((x + shift, y))
        return "M" + "L".join(f"{x:.0f} {y}" for x, y in unwrapped) + "Z"

    shapes = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        numeric = str(geometry.get("id") or "")
        if numeric == ANTARCTICA or "arcs" not in geometry:
            continue
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        d = "".join(ring(r) for polygon in polygons for r in polygon)
        code = countries.alpha2(numeric) if numeric else ""
        shapes[code or ""] = shapes.get(code or "", "") + d
    return shapes


def _bin(value):
    return sum(value >= b for b in BREAKS)


def _legend_labels():
    bounds = [1, *BREAKS]
    labels = [
        f"{format_number(low)}\u2013{format_number(high - 1)}"
        for low, high in zip(bounds, BREAKS, strict=False)
    ]
    return [*labels, _("%(number)s or more") % {"number": format_number(BREAKS[-1])}]


def origin_map(figures):
    values = figures.by_country()
    shapes = country_paths()
    if not values or not shapes:
        return None
    year = figures.year
    regions = {}
    for point in figures.points:
        if point.measure == Measure.ORIGIN and point.year == year:
            regions.setdefault(point.country, point.region)
    ranked = sorted(values.items(), key=lambda item: -item[1])
    named = [(code, str(countries.name(code)) or code, value) for code, value in ranked]
    chart_id = _chart_id(figures, "origin-map")
    title = _("Migrants assisted to return by country of origin, %(year)s") % {"year": year}
    _code, top_name, top_value = named[0]
    description = _(
        "World map shading the main countries of origin of each region by the number of "
        "migrants assisted to return there, in six classes. %(count)s countries have a "
        "figure; the largest is %(country)s with %(value)s. Countries in grey have no figure "
        "in this data set."
    ) % {"count": format_number(len(named)), "country": top_name, "value": format_number(top_value)}

    width, map_h = 800, 316
    parts = []
    no_data = "".join(d for code, d in shapes.items() if code not in values)
    parts.append(f'<path d="{no_data}" fill="{NO_DATA}" stroke="#9a9a9a" stroke-width="0.4"/>')
    for code, name, value in named:
        d = shapes.get(code)
        if not d:
            continue
        parts.append(
            f'<path d="{d}" fill="{SCALE[_bin(value)]}" stroke="#333" stroke-width="0.5" '
            f'data-country="{code}" data-value="{value}">'
            f"<title>{escape(name)}: {escape(format_number(value))}</title></path>"
        )
    rtl = get_language_bidi()
    legend = _Canvas(width, rtl)
    legend_y = map_h + 14
    items = [(NO_DATA, _("No figure")), *zip(SCALE, _legend_labels(), strict=True)]
    step = width / len(items)
    for index, (colour, label) in enumerate(items):
        x = 10 + index * step
        legend.rect(x, legend_y, 16, 16, colour, stroke="#333", stroke_width="0.5")
        legend.text(x + 22, legend_y + 13, label, size=12, ltr=0 < index < len(items) - 1)
    direction = ' direction="rtl"' if rtl else ""
    svg = mark_safe(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg chart-map" role="img" '
        f'viewBox="0 0 {width} {map_h + 40}" width="{width}" height="{map_h + 40}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" focusable="false">'
        f'<title id="{chart_id}-title">{escape(title)}</title>'
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>'
        f'<g class="chart-map__countries">{"".join(parts)}</g>'
        f'<g class="chart-legend"{direction}>{"".join(legend.parts)}</g></svg>'
    )
    columns = [_("Country of origin"), _("Region"), _("Migrants assisted")]
    rows = [
        [
            Cell(name, header=True),
            Cell(region_name(regions.get(code, ""))),
            Cell(value, numeric=True),
        ]
        for code, name, value in named
    ]
    csv_rows = [["year", "country_code", "country", "region", "value"]]
    csv_rows += [[year, code, name, regions.get(code, ""), value] for code, name, value in named]
    return Chart(
        key=chart_id,
        title=title,
        description=description,
        svg=svg,
        columns=columns,
        rows=rows,
        csv_rows=csv_rows,
        csv_url=_csv_url(figures, "origin-map"),
        legend=items,
    )


def build(slug, kind, region=""):
    """The charts of data set ``slug`` (none if it does not exist)."""
    figures = Figures.for_slug(slug)
    return charts_for(figures, kind, region) if figures else []
