"""Browser journey through the data section: a chart's table alternative and its CSV, in
English and in Arabic."""

import csv
import io

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_read_a_charts_table_and_download_its_csv_in_english_and_arabic(live_demo_site, page):
    base = live_demo_site.url
    page.goto(base + "/en/knowledge/data-highlights-2019/")
    figure = page.locator("#chart-avrr-2019-hosts-wca")
    chart = figure.get_by_role(
        "img", name="Main host countries in West and Central Africa, 2019 and 2018"
    )
    expect(chart).to_be_visible()
    table = figure.get_by_role("table")
    assert not table.is_visible()  # behind "Show the figures as a table"
    figure.get_by_text("Show the figures as a table").click()
    expect(table).to_be_visible()
    first = table.locator("tbody tr").first
    assert first.locator("th").inner_text() == "Niger"
    assert first.locator("td").last.inner_text() == "16,414"

    with page.expect_download() as info:
        figure.get_by_role("link", name="Download the figures (CSV)").click()
    download = info.value
    assert download.suggested_filename == "avrr-2019-hosts-wca.csv"
    with open(download.path(), encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[1] == ["WCA", "2019", "1", "NE", "Niger", "16414"]

    # The same page in Arabic: right to left, Arabic names, the same figures.
    page.goto(base + "/ar/knowledge/data-highlights-2019/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    figure = page.locator("#chart-avrr-2019-hosts-wca")
    figure.get_by_text("عرض الأرقام في جدول").click()
    first = figure.get_by_role("table").locator("tbody tr").first
    assert first.locator("th").inner_text() == "النيجر"
    assert first.locator("td").last.inner_text() == "16,414"
    # Mirrored: the bars start at the right and grow to the left.
    bars = figure.locator("svg rect")
    svg_box = figure.locator("svg").bounding_box()
    bar = bars.first.bounding_box()
    assert bar["x"] + bar["width"] < svg_box["x"] + svg_box["width"] * 0.7
    assert bar["x"] + bar["width"] > svg_box["x"] + svg_box["width"] * 0.5
    with page.expect_download() as info:
        figure.get_by_role("link", name="تنزيل الأرقام (CSV)").click()
    text = open(info.value.path(), encoding="utf-8-sig").read()
    assert list(csv.reader(io.StringIO(text)))[1][4] == "النيجر"
    page.external_requests.check()
