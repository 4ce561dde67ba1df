"""`make bench` section: the GeoJSON API and the clustered map with 10,000 initiatives.

Pages are generated with bulk inserts (treebeard paths computed), idempotently: a re-run only
adds what is missing.
"""

import gzip
import os
import random
import statistics
import time

N = int(os.environ.get("BENCH_INITIATIVES", "10000"))
RUNS = 30


def _ensure_index():
    from django.core.management import call_command

    from initiatives_map.models import InitiativesIndexPage

    index = InitiativesIndexPage.objects.filter(locale__language_code="en").first()
    if index is None:
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
        index = InitiativesIndexPage.objects.get(locale__language_code="en")
    return index


def generate(n=N):
    """Add bench initiatives until there are ``n``; returns how many were created."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Page

    from initiatives_map.geo import country_bboxes
    from initiatives_map.models import InitiativeLocation, InitiativePage
    from initiatives_map.services import bump_content_version
    from portal.bench.rows import bulk_page_row
    from portal.models import region_for_country

    index = _ensure_index()
    existing = InitiativePage.objects.filter(slug__startswith="bench-").count()
    if existing >= n:
        return 0
    rng = random.Random(42 + existing)
    boxes = [(c, b) for c, b in country_bboxes().items() if region_for_country(c)]
    content_type = ContentType.objects.get_for_model(InitiativePage)
    last = index.get_children().order_by("-path").values_list("path", flat=True).first()
    position = InitiativePage._str2int(last[-InitiativePage.steplen :]) if last else 0
    now = timezone.now()
    statuses = ["planned", "ongoing", "completed"]
    dims = ["economic", "social", "psychosocial"]
    pages, details, locations = [], [], []
    for i in range(existing, n):
        position += 1
        code, (west, south, east, north) = boxes[i % len(boxes)]
        slug = f"bench-{i:05d}"
        title = f"Bench initiative {i:05d} in {code}"
        pages.append(bulk_page_row(InitiativePage, index, position, slug, title, now, content_type))
        details.append(
            {
                "summary": f"A generated initiative number {i}.",
                "description": "",
                "countries": code,
                "region": region_for_country(code),
                "host_countries": "",
                "organisations": f"Organisation {i % 50}",
                "partners": "",
                "donors": f"Donor {i % 7}",
                "dimensions": dims[i % 3],
                "levels": "individual",
                "target_groups": "returnees",
                "status": statuses[i % 3],
                "currency": "",
                "contacts": "",
            }
        )
        if i % 10:  # one in ten is country-level
            lat = rng.uniform(south + (north - south) * 0.3, north - (north - south) * 0.3)
            lon = rng.uniform(west + (east - west) * 0.3, east - (east - west) * 0.3)
            locations.append((i - existing, round(lat, 5), round(lon, 5)))
    with transaction.atomic():
        created = Page.objects.bulk_create(pages, batch_size=1000)
        columns = ["page_ptr_id"] + list(details[0])
        sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(  # noqa: S608 (model metadata only)
            InitiativePage._meta.db_table,
            ", ".join(f'"{c}"' for c in columns),
            ", ".join(["%s"] * len(columns)),
        )
        with connection.cursor() as cursor:
            cursor.executemany(
                sql, [[p.pk, *d.values()] for p, d in zip(created, details, strict=True)]
            )
        InitiativeLocation.objects.bulk_create(
            [
                InitiativeLocation(
                    page_id=created[k].pk, name="Generated place", latitude=lat, longitude=lon
                )
                for k, lat, lon in locations
            ],
            batch_size=2000,
        )
        Page.objects.filter(pk=index.pk).update(numchild=index.get_children().count())
    bump_content_version()
    return len(created)


def _time(client, url, runs=RUNS):
    timings, size, raw_size = [], 0, 0
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.content[:200]
        size = len(response.content)
        gzipped = response.get("Content-Encoding") == "gzip"
        raw_size = len(gzip.decompress(response.content)) if gzipped else size
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(round(0.95 * len(timings))) - 1)]
    return statistics.median(timings), p95, size, raw_size, timings


def browser_render_ms():
    """Time until the clustered map of every initiative is drawn in headless Chromium."""
    chromium = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not os.path.exists(chromium):
        return None
    from django.contrib.staticfiles.handlers import StaticFilesHandler
    from django.test.testcases import LiveServerThread
    from playwright.sync_api import sync_playwright

    from conftest import CHROMIUM_ARGS

    server = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
    server.daemon = True
    server.start()
    server.is_ready.wait()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            outside = []
            page.on(
                "request",
                lambda r: (
                    outside.append(r.url)
                    if "127.0.0.1" not in r.url and not r.url.startswith("data:")
                    else None
                ),
            )
            page.goto(f"http://127.0.0.1:{server.port}/en/initiatives/")
            page.wait_for_selector("#initiatives-map[data-state=ready]", timeout=60_000)
            page.wait_for_selector(".marker-cluster", timeout=60_000)
            ms = int(page.locator("#initiatives-map").get_attribute("data-render-ms"))
            markers = int(page.locator("#initiatives-map").get_attribute("data-markers"))
            browser.close()
        return ms, markers, outside
    finally:
        server.terminate()


def run():
    from django.test import Client

    from initiatives_map.models import InitiativePage

    started = time.perf_counter()
    created = generate()
    generation = time.perf_counter() - started
    total = InitiativePage.objects.live().filter(locale__language_code="en").count()
    client = Client()
    cold = client.get("/api/initiatives.geojson?status=__cold__")  # warm the connection only
    assert cold.status_code == 400
    t0 = time.perf_counter()
    client.get("/api/initiatives.geojson", HTTP_ACCEPT_ENCODING="gzip")
    first_ms = (time.perf_counter() - t0) * 1000
    p50, p95, size, raw, _ = _time(client, "/api/initiatives.geojson")
    f50, f95, fsize, _fraw, _ = _time(
        client, "/api/initiatives.geojson?region=WCA&status=ongoing", runs=15
    )
    h50, h95, _hs, _hr, _ = _time(client, "/en/initiatives/", runs=10)
    render = browser_render_ms()
    lines = [
        "## initiatives_map",
        "",
        f"{total} live initiatives ({created} generated now in {generation:.1f} s by bulk inserts).",
        "",
        "| measure | p50 | p95 | size |",
        "| --- | --- | --- | --- |",
        f"| GeoJSON unfiltered, first (uncached) | {first_ms:.0f} ms | | |",
        f"| GeoJSON unfiltered, cached ({RUNS} runs) | {p50:.1f} ms | {p95:.1f} ms | {size / 1024:.0f} KiB gzip ({raw / 1024:.0f} KiB raw) |",
        f"| GeoJSON region=WCA&status=ongoing (uncached, 15 runs) | {f50:.0f} ms | {f95:.0f} ms | {fsize / 1024:.0f} KiB gzip |",
        f"| Map page HTML, first 50 of the list (10 runs) | {h50:.0f} ms | {h95:.0f} ms | |",
    ]
    if render:
        ms, markers, outside = render
        lines += [
            "",
            f"Browser (headless Chromium): clustered map of {markers} markers ready {ms} ms after navigation start; requests leaving 127.0.0.1: {len(outside)}.",
        ]
    else:
        lines += ["", "Browser render: Chromium not found, not measured."]
    lines += [
        "",
        "Targets: p95 ≤ 300 ms and ≤ 1 MB gzip for the unfiltered GeoJSON; map render < 3 s (reported).",
    ]
    return "\n".join(lines) + "\n"
