"""The data section: the 2019 figures on the data page, the charts' SVG, tables and CSV
downloads, the choropleth, the CSV import in the admin, and the page in Arabic."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from portal.core.i18n import format_number
from portal.datasets.charts import country_paths
from portal.models import DataPoint, Dataset

PAGE = "/{}/knowledge/data-highlights-2019/"
SEED = Path(settings.BASE_DIR).parent / "shared" / "seeds" / "001_30268e958f57174f.txt"
CSV_2019 = Path(settings.BASE_DIR) / "portal" / "demo" / "data" / "avrr-2019.csv"
REGIONS = ["APAC", "CNAC", "EHA", "EEA", "MENA", "SAM", "SEEECA", "SAF", "WCA"]

# From the seed (IOM, 2019 Return and Reintegration Key Highlights): per region, the top five
# (2019, then 2018) values of the host and origin tables, in the report's order.
SEED_VALUES = {
    ("hosts", "APAC"): ([689, 266, 85, 37, 34], [821, 465, 207, 80, 12]),
    ("origins", "APAC"): ([2888, 1477, 1327, 527, 521], [2232, 1817, 1510, 689, 505]),
    ("hosts", "CNAC"): ([2244, 57, 24, 20, 16], [571, 84, 73, 9, 7]),
    ("origins", "CNAC"): ([1870, 189, 158, 55, 34], [402, 244, 78, 75, 71]),
    ("hosts", "EHA"): ([4220, 691, 559, 290, 31], [3392, 531, 225, 25, 21]),
    ("origins", "EHA"): ([6098, 589, 222, 67, 57], [4792, 297, 87, 54, 52]),
    ("hosts", "EEA"): ([13053, 3854, 3035, 2840, 2183], [15942, 4968, 3469, 2795, 2149]),
    ("origins", "EEA"): ([533, 77, 44, 42, 35], [538, 118, 42, 36, 33]),
    ("hosts", "MENA"): ([1370, 1021, 904, 630, 32], [1508, 584, 501, 337, 224]),
    ("origins", "MENA"): ([3995, 590, 309, 217, 192], [5661, 711, 495, 406, 348]),
    ("hosts", "SAM"): ([15, 11, 9, 4, 3], [15, 7, 7, 5, 4]),
    ("origins", "SAM"): ([815, 240, 63, 62, 45], [810, 149, 108, 69, 62]),
    ("hosts", "SEEECA"): ([2533, 348, 193, 110, 29], [1494, 412, 278, 109, 55]),
    ("origins", "SEEECA"): ([2603, 1604, 1539, 1414, 1313], [2681, 2167, 1952, 1901, 1681]),
    ("hosts", "SAF"): ([717, 66, 51, 34, 23], [348, 239, 168, 17, 6]),
    ("origins", "SAF"): ([348, 331, 179, 37, 37], [176, 127, 92, 91, 40]),
    ("hosts", "WCA"): ([16414, 1429, 444, 360, 127], [14977, 547, 155, 71, 56]),
    ("origins", "WCA"): ([5576, 4458, 2057, 1914, 1777], [5088, 4041, 1834, 1671, 1495]),
}


def _figures(html):
    """{figure id: html} of every chart on the page."""
    return dict(
        re.findall(r'<figure class="data-chart" id="([^"]+)".*?>(.*?)</figure>', html, re.S)
    )


def _table_rows(figure_html):
    body = re.search(r"<tbody>(.*?)</tbody>", figure_html, re.S).group(1)
    return [
        [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row)]
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


def _svg_texts(figure_html, headings=True):
    """The SVG's text labels; ``headings=False`` leaves out the bold ones (years, figure names)."""
    return [
        text
        for attrs, text in re.findall(r"<text([^>]*)>([^<]*)</text>", figure_html)
        if headings or "font-weight" not in attrs
    ]


def _number(text):
    return int(re.sub(r"[^\d]", "", text))


def test_seed_tables_are_the_csv_figures():
    """The committed CSV holds exactly the seed's regional tables (skipped without the seed)."""
    if not SEED.exists():
        pytest.skip(f"seed text not found at {SEED}")
    text = SEED.read_text()
    assert "2.6 per cent**, from 63,316 in 2018 to 64,958 in 2019" in text
    assert "increased** from 128 to 136" in text and "decreased** from 169 to 164" in text
    lines = text.splitlines()
    found = []
    for index, line in enumerate(lines):
        squashed = re.sub(r"\s", "", line)
        if not re.match(r"Top5(hostco+untries|countriesoforigin)in2019/2018", squashed):
            continue
        cells = [[c for c in row.split("\t") if c.strip()] for row in lines[index + 2 : index + 7]]
        found.append(([_number(c[1]) for c in cells], [_number(c[3]) for c in cells]))
    expected = [SEED_VALUES[(kind, region)] for region in REGIONS for kind in ("hosts", "origins")]
    assert found == expected


def test_csv_file_is_the_seed_figures():
    rows = list(csv.DictReader(CSV_2019.open(encoding="utf-8")))
    for (kind, region), (values_2019, values_2018) in SEED_VALUES.items():
        measure = "host" if kind == "hosts" else "origin"
        for year, values in (("2019", values_2019), ("2018", values_2018)):
            got = [
                int(r["value"])
                for r in rows
                if r["measure"] == measure and r["region"] == region and r["year"] == year
            ]
            assert got == values, (kind, region, year)


def test_every_figure_on_the_data_page_matches_the_seed(demo_site, client):
    html = client.get(PAGE.format("en")).content.decode()
    figures = _figures(html)
    assert len(figures) == 2 + 2 * len(REGIONS)

    totals = _table_rows(figures["chart-avrr-2019-totals"])
    assert totals == [
        ["Migrants assisted to return", "63,316", "64,958", "+2.6%"],
        ["Host countries", "128", "136", "+6.3%"],
        ["Countries of origin", "169", "164", "\u22123.0%"],
    ]
    assert "64,958 (+2.6%)" in _svg_texts(figures["chart-avrr-2019-totals"])

    for (kind, region), (values_2019, values_2018) in SEED_VALUES.items():
        figure = figures[f"chart-avrr-2019-{kind}-{region.lower()}"]
        rows = _table_rows(figure)
        assert [(r[0], r[1]) for r in rows] == [("2019", str(i)) for i in range(1, 6)] + [
            ("2018", str(i)) for i in range(1, 6)
        ]
        table_values = [_number(r[3]) for r in rows]
        assert table_values == values_2019 + values_2018, (kind, region)
        # The bars say the same as the table: one value label per bar, in the same order.
        svg_values = [_number(t) for t in _svg_texts(figure, headings=False) if t[0].isdigit()]
        assert svg_values == [v for v in table_values], (kind, region)

    wca_hosts = _table_rows(figures["chart-avrr-2019-hosts-wca"])
    assert wca_hosts[0] == ["2019", "1", "Niger", "16,414"]
    assert wca_hosts[5] == ["2018", "1", "Niger", "14,977"]
    assert _table_rows(figures["chart-avrr-2019-hosts-eea"])[0] == [
        "2019",
        "1",
        "Germany",
        "13,053",
    ]
    eha = _table_rows(figures["chart-avrr-2019-origins-eha"])
    assert eha[0] == ["2019", "1", "Ethiopia", "6,098"]


def test_each_chart_has_a_labelled_svg_a_table_and_a_csv_link(demo_site, client):
    html = client.get(PAGE.format("en")).content.decode()
    for key, figure in _figures(html).items():
        svg = re.search(r"<svg[^>]*>", figure).group(0)
        assert 'role="img"' in svg
        assert f'aria-labelledby="{key}-title {key}-desc"' in svg
        title = re.search(rf'<title id="{key}-title">([^<]+)</title>', figure).group(1)
        desc = re.search(rf'<desc id="{key}-desc">([^<]+)</desc>', figure).group(1)
        assert len(desc) > len(title) > 10
        assert "<details" in figure and '<table class="chart-table">' in figure
        assert f'<caption id="{key}-table-caption">{title}</caption>' in figure
        assert re.search(r'<a href="/en/data/avrr-2019/[a-z-]+(/[a-z]+)?\.csv" download>', figure)
    # The description reads the figures out too.
    wca = _figures(html)["chart-avrr-2019-hosts-wca"]
    assert "Niger 16,414" in re.search(r"<desc[^>]*>([^<]+)", wca).group(1)


def test_csv_download_has_the_table_figures(demo_site, client):
    response = client.get("/en/data/avrr-2019/hosts/wca.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="avrr-2019-hosts-wca.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["region", "year", "rank", "country_code", "country", "value"]
    assert rows[1] == ["WCA", "2019", "1", "NE", "Niger", "16414"]
    assert [int(r[5]) for r in rows[1:]] == SEED_VALUES[("hosts", "WCA")][0] + SEED_VALUES[
        ("hosts", "WCA")
    ][1]

    totals = list(
        csv.reader(
            io.StringIO(client.get("/en/data/avrr-2019/totals.csv").content.decode("utf-8-sig"))
        )
    )
    assert totals[1] == ["returns", "Migrants assisted to return", "63316", "64958", "2.6"]
    origins = client.get("/fr/data/avrr-2019/origin-map.csv").content.decode("utf-8-sig")
    assert "ET,Éthiopie,EHA,6098" in origins  # names in the address's language

    for missing in (
        "/en/data/avrr-2019/nonsense.csv",
        "/en/data/avrr-2019/hosts.csv",  # a region is needed
        "/en/data/avrr-2019/hosts/xx.csv",
        "/en/data/no-such-set/totals.csv",
    ):
        assert client.get(missing).status_code == 404, missing


def test_choropleth_has_a_path_per_country_with_data_and_a_legend(demo_site, client):
    html = client.get(PAGE.format("en")).content.decode()
    figure = _figures(html)["chart-avrr-2019-origin-map"]
    dataset = Dataset.objects.get(slug="avrr-2019")
    values = {p.country: p.value for p in dataset.points.filter(year=2019, measure="origin")}
    shapes = country_paths()
    drawn = dict(re.findall(r'data-country="([A-Z]{2})" data-value="(\d+)"', figure))
    with_shapes = {code for code in values if code in shapes}
    assert len(with_shapes) >= 43  # the 1:110m shapes lack only the smallest countries
    assert set(drawn) == with_shapes
    assert all(int(drawn[code]) == values[code] for code in drawn)
    assert "<title>Ethiopia: 6,098</title>" in figure
    legend = re.search(r'<g class="chart-legend">(.*?)</g>', figure).group(1)
    assert legend.count("<rect") == 7
    assert ["No figure", "1–99", "100–499", "500–999", "1,000–2,499", "2,500–4,999"] == (
        _svg_texts(legend)[:6]
    )
    assert "5,000 or more" in _svg_texts(legend)
    # Every country with a figure is in the table, shape or not.
    rows = _table_rows(figure)
    assert len(rows) == len(values) and rows[0] == ["Ethiopia", "East and Horn of Africa", "6,098"]


def test_data_page_in_arabic(demo_site, client):
    html = client.get(PAGE.format("ar")).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    figures = _figures(html)
    wca = figures["chart-avrr-2019-hosts-wca"]
    assert 'direction="rtl"' in re.search(r"<svg[^>]*>", wca).group(0)
    niger = _table_rows(wca)[0]
    assert niger == ["2019", "1", "النيجر", format_number(16414, language="ar")]
    assert format_number(16414, language="ar") in _svg_texts(wca)
    # Figures stay left-to-right inside the mirrored chart.
    assert re.search(r'<text[^>]*direction="ltr"[^>]*>16,414</text>', wca)
    assert "/ar/data/avrr-2019/hosts/wca.csv" in wca
    # Titles are translated.
    assert "غرب ووسط أفريقيا" in re.search(r"<title[^>]*>([^<]+)", wca).group(1)


# --- Importing a data set from CSV in the admin -------------------------------------------

GOOD_CSV = (
    "year,measure,region,country,value,name\n"
    "2020,returns,,,50000,Returns\n"
    "2019,returns,,,64958,Returns\n"
    "2020,host,WCA,NE,12 345,Niger\n"
    '2020,origin,EHA,ET,"4,321",Ethiopia\n'
)
BAD_CSV = (
    "year,measure,region,country,value\n"
    "2020,returns,,,50000\n"
    "2020,hosts,WCA,NE,10\n"
    "2020,host,WCA,XX,10\n"
    "2020,origin,EHA,ET,many\n"
    "2020,returns,WCA,,5\n"
    "2020,returns,,,1\n"
)


def _upload(client, content, **fields):
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = {"title": "Key Highlights", "slug": "avrr-2020", "year": "2020", "source": "IOM"}
    data.update(fields)
    data["csv_file"] = SimpleUploadedFile("figures.csv", content.encode(), "text/csv")
    return client.post(reverse("wagtailsnippets_portal_dataset:add"), data)


@pytest.mark.django_db
def test_csv_import_creates_the_data_set(admin_client):
    response = _upload(admin_client, GOOD_CSV)
    assert response.status_code == 302, response.content.decode()[:2000]
    dataset = Dataset.objects.get(slug="avrr-2020")
    points = {(p.year, p.measure, p.region, p.country): p.value for p in dataset.points.all()}
    assert points == {
        (2020, "returns", "", ""): 50000,
        (2019, "returns", "", ""): 64958,
        (2020, "host", "WCA", "NE"): 12345,
        (2020, "origin", "EHA", "ET"): 4321,
    }


@pytest.mark.django_db
def test_csv_import_refuses_a_bad_file_whole_with_an_error_per_row(admin_client):
    before = DataPoint.objects.count()
    response = _upload(admin_client, BAD_CSV)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Row 3: the measure “hosts” is not one of" in html
    assert "Row 4: the country “XX” is not an ISO country code" in html
    assert "Row 5: the value “many” is not a whole number" in html
    assert "Row 6: a total has no region or country" in html
    assert "Row 7: the same figure as row 2" in html
    assert "Row 2:" not in html
    assert not Dataset.objects.filter(slug="avrr-2020").exists()
    assert DataPoint.objects.count() == before

    for content, message in (
        ("year,measure,value\n2020,returns,5\n", "Missing columns: region, country."),
        ("year,measure,region,country,value\n", "The file has no figures."),
        ("year,measure,region,country,value\n2019,returns,,,5\n", "No row has the year 2020"),
    ):
        html = _upload(admin_client, content).content.decode()
        assert message in html, message
    assert not Dataset.objects.filter(slug="avrr-2020").exists()


@pytest.mark.django_db
def test_a_bad_file_keeps_the_figures_of_an_existing_data_set(admin_client):
    assert _upload(admin_client, GOOD_CSV).status_code == 302
    dataset = Dataset.objects.get(slug="avrr-2020")
    edit = reverse("wagtailsnippets_portal_dataset:edit", args=[dataset.pk])
    from django.core.files.uploadedfile import SimpleUploadedFile

    data = {"title": "Renamed", "slug": "avrr-2020", "year": "2020", "source": ""}
    data["csv_file"] = SimpleUploadedFile("bad.csv", BAD_CSV.encode(), "text/csv")
    assert admin_client.post(edit, data).status_code == 200
    dataset.refresh_from_db()
    assert dataset.title == "Key Highlights" and dataset.points.count() == 4
    # Without a new file the figures stay; the other fields change.
    data.pop("csv_file")
    assert admin_client.post(edit, data).status_code == 302
    dataset.refresh_from_db()
    assert dataset.title == "Renamed" and dataset.points.count() == 4


@pytest.mark.django_db
def test_data_sets_admin_needs_permission(client):
    from conftest import make_user

    url = reverse("wagtailsnippets_portal_dataset:add")
    assert client.get(url).status_code == 302  # anonymous: to the login page
    client.force_login(make_user("member@example.org"))
    assert client.get(url).status_code in (302, 403)
    client.force_login(make_user("editor@example.org", groups=["Editors"]))
    assert client.get(url).status_code == 200
