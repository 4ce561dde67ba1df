"""`make bench` section: the resource listing and detail pages with 100,000 resources.

Resources are generated with bulk inserts (treebeard paths computed, COPY for the resource,
theme and facet rows, then their documents in the site's search index: bulk rows, one UPDATE
for their vectors, one INSERT for their facet rows), idempotently: a re-run only adds what is
missing. (A benchmark builds the index in bulk, so it uses the search app's engine directly.) Latency is measured through Django's test client (URL routing, Wagtail
page serving, queries and template rendering; no network), so it is the server's own time.
"""

import os
import random
import statistics
import time

N = int(os.environ.get("BENCH_RESOURCES", "100000"))
RUNS = int(os.environ.get("BENCH_RUNS", "20"))
PAGE_SIZES = (10, 50, 100)

WORDS = (
    "return reintegration livelihood housing health counselling community family school "
    "training business grant employment skills referral protection trafficking child youth "
    "women elderly disability migrant returnee host origin transit border airport reception "
    "shelter assessment monitoring evaluation indicator survey data policy law coordination "
    "partner government ministry municipality district village urban rural agriculture "
    "fishing tailoring carpentry mechanics cooperative savings loan microfinance market "
    "value chain apprenticeship certificate diploma language orientation information "
    "decision voluntary humanitarian flight travel arrival departure document passport "
    "identity registration benefit cash voucher kit equipment tool seed livestock land "
    "water sanitation hygiene nutrition mental wellbeing stigma network peer group "
    "mentor mediation conflict violence safety risk vulnerability resilience sustainability "
    "dignity rights gender inclusion participation ownership capacity system service"
).split()
PUBLISHERS = [f"Publisher {n}" for n in range(20)]
COUNTRIES = "SN ML NE GN NG GH CI BF GM ET SO ER SD IQ AF PK BD LK GT HN SV MX BR CO VE UA GE AL XK MA TN EG LY DZ ZW MW ZA".split()
RARE = 2000  # "zeta<n>" tokens: each is in N / RARE resources
BENCH_HOST = "resources-bench.localhost"
# p95 ms at 100,000 resources of the listing before it read the search index (facet counts
# computed), for the "before" column.
BEFORE = {
    "plain (newest first)": 409,
    "query, common word (`livelihood`)": 388,
    "query, rare word (`zeta42`)": 31,
    "3 facets (type, theme, region)": 746,
}


def _ensure_index():
    """The bench's own resource index, on its own site outside the home page, so that no
    demo step (``sync_locales`` aliases every page under the home page in each locale, and
    other benches load the demo) ever touches the generated resources."""
    from wagtail.models import Locale, Page, Site

    from portal.demo import site as demo
    from portal.demo.utils import ensure_page
    from resources.models import ResourceIndexPage

    demo.ensure_locales()
    demo.ensure_themes()
    site = Site.objects.filter(hostname=BENCH_HOST).select_related("root_page").first()
    if site is None:
        root = Page(
            title="Resources bench",
            slug="resources-bench",
            locale=Locale.objects.get(language_code="en"),
        )
        Page.get_first_root_node().add_child(instance=root)
        site = Site.objects.create(
            hostname=BENCH_HOST, port=80, root_page=root, site_name="Resources bench"
        )
    index = ResourceIndexPage.objects.child_of(site.root_page).first()
    if index is None:
        index = ensure_page(site.root_page, ResourceIndexPage, "resources", title="Resources")
    return index


def _url(page):
    """The page's path on its own site (language prefix included)."""
    return page.get_url_parts()[2]


def _copy(cursor, table, columns, rows):
    sql = f'COPY "{table}" ({", ".join(columns)}) FROM STDIN'
    with cursor.cursor.copy(sql) as copy:
        for row in rows:
            copy.write_row(row)


def generate(n=N, index=None):
    """Add generated resources under the English index until there are ``n``; returns how many
    were created. Their facet rows and search vectors are filled as reindexing would."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Page

    from portal.bench.rows import bulk_page_row
    from portal.models import Theme, region_for_country
    from resources.models import ResourceFacet, ResourcePage, ResourceType

    index = index or _ensure_index()
    existing = ResourcePage.objects.child_of(index).filter(slug__startswith="bench-").count()
    if existing >= n:
        return 0
    rng = random.Random(1000 + existing)
    themes = list(Theme.objects.filter(locale=index.locale).values_list("pk", "slug"))
    types = [value for value, _label in ResourceType.choices]
    content_type = ContentType.objects.get_for_model(ResourcePage)
    last = (
        Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    position = ResourcePage._str2int(last[-ResourcePage.steplen :]) if last else 0
    now = timezone.now()
    pages, details = [], []
    for i in range(existing, n):
        position += 1
        slug = f"bench-{i:06d}"
        words = rng.sample(WORDS, 4)
        title = f"Bench resource {i:06d}: {' '.join(words[:3])}"
        published = now - timezone.timedelta(minutes=i)
        pages.append(
            bulk_page_row(ResourcePage, index, position, slug, title, published, content_type)
        )
        country = COUNTRIES[i % len(COUNTRIES)]
        picked = [themes[i % len(themes)]] + ([themes[(i * 7 + 3) % len(themes)]] if i % 3 else [])
        body = " ".join(rng.choice(WORDS) for _ in range(60)) + f" zeta{i % RARE}"
        details.append(
            {
                "summary": f"A generated publication on {' and '.join(words)}.",
                "authors": f"Author {i % 500}; Author {(i * 13) % 500}",
                "publisher": PUBLISHERS[i % len(PUBLISHERS)],
                "year": 2000 + i % 25,
                "type": types[i % len(types)],
                "country": country,
                "region": region_for_country(country),
                "iom": i % 2 == 0,
                "themes": {pk: slug for pk, slug in picked},
                "text": body,
            }
        )
    with transaction.atomic():
        created = Page.objects.bulk_create(pages, batch_size=2000)
        with connection.cursor() as cursor:
            _copy(
                cursor,
                ResourcePage._meta.db_table,
                [
                    "page_ptr_id",
                    "summary",
                    "authors",
                    "publisher",
                    "publication_year",
                    "resource_type",
                    "countries",
                    "is_iom",
                    "doi",
                    "isbn",
                    "external_url",
                ],
                (
                    (
                        p.pk,
                        d["summary"],
                        d["authors"],
                        d["publisher"],
                        d["year"],
                        d["type"],
                        d["country"],
                        d["iom"],
                        "",
                        "",
                        "",
                    )
                    for p, d in zip(created, details, strict=True)
                ),
            )
            _copy(
                cursor,
                ResourcePage.themes.through._meta.db_table,
                ["resourcepage_id", "theme_id"],
                ((p.pk, t) for p, d in zip(created, details, strict=True) for t in d["themes"]),
            )

            def facet_rows():
                for p, d in zip(created, details, strict=True):
                    yield p.pk, "type", d["type"]
                    yield p.pk, "origin", "iom" if d["iom"] else "external"
                    yield p.pk, "year", str(d["year"])
                    yield p.pk, "publisher", d["publisher"]
                    yield p.pk, "country", d["country"]
                    if d["region"]:
                        yield p.pk, "region", d["region"]
                    for slug in d["themes"].values():
                        yield p.pk, "theme", slug

            _copy(cursor, ResourceFacet._meta.db_table, ["page_id", "facet", "value"], facet_rows())
        _index(index, created, details)
        children = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        Page.objects.filter(pk=index.pk).update(numchild=children.count())
    index.refresh_from_db()
    with connection.cursor() as cursor:
        for table in (
            "wagtailcore_page",
            "resources_resourcepage",
            "resources_resourcefacet",
            "search_searchdocument",
            "search_searchfacetrow",
        ):
            cursor.execute(f'ANALYZE "{table}"')
    return len(created)


def _index(index, created, details):
    """The generated resources' documents in the search index, as reindexing would write
    them (facet codes of ``registrations.facet_codes``), in bulk."""
    import datetime

    from search.engines.database import DatabaseEngine
    from search.models import SearchDocument

    locale = index.locale.language_code
    base = _url(index)
    docs = [
        SearchDocument(
            type_key="resources",
            object_id=str(p.pk),
            language=locale,
            locale=locale,
            title=p.title,
            summary=d["summary"],
            text="\n".join((d["authors"], d["publisher"], d["text"])),
            url=f"{base}{p.slug}/",
            date=datetime.date(d["year"], 1, 1),
            facets={
                "resource_type": [d["type"]],
                "theme": sorted(d["themes"].values()),
                "region": [d["region"]] if d["region"] else [],
                "country": [d["country"]],
                "year": [str(d["year"])],
                "language": [],
                "publisher": [d["publisher"]],
                "origin": ["iom" if d["iom"] else "external"],
            },
        )
        for p, d in zip(created, details, strict=True)
    ]
    last = SearchDocument.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    SearchDocument.objects.bulk_create(docs, batch_size=2000)
    new = SearchDocument.objects.filter(type_key="resources", pk__gt=last)
    DatabaseEngine().update_vectors(new)  # the facet rollup follows by trigger


def _percentiles(timings):
    timings = sorted(timings)
    p95 = timings[min(len(timings) - 1, int(round(0.95 * len(timings))) - 1)]
    return statistics.median(timings), p95


def _time(client, urls):
    """p50/p95 in ms (nothing cached between requests: facet counts are computed each time)."""
    timings = []
    for url in urls:
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return _percentiles(timings)


def scenarios(index):
    """(label, query string) of the listing variants measured."""
    from portal.models import Theme

    theme = Theme.objects.filter(locale=index.locale).order_by("sort_order").first()
    return [
        ("plain (newest first)", ""),
        ("query, common word (`livelihood`)", "q=livelihood"),
        ("query, rare word (`zeta42`)", "q=zeta42"),
        ("3 facets (type, theme, region)", f"type=report&theme={theme.slug}&region=WCA"),
    ]


def query_counts(client, index, sizes=PAGE_SIZES):
    """{label: [queries for each page size]} for each listing scenario."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = {}
    for label, qs in scenarios(index):
        row = []
        for size in sizes:
            url = f"{_url(index)}?{qs}&per_page={size}"
            client.get(url)  # warm per-request caches the same way for each size
            with CaptureQueriesContext(connection) as ctx:
                assert client.get(url).status_code == 200
            row.append(len(ctx.captured_queries))
        counts[label] = row
    return counts


def run():
    """The Markdown section of docs/benchmarks.md: listing and detail latency, queries per page size."""
    from django.test import Client

    from resources.models import ResourcePage

    started = time.perf_counter()
    index = _ensure_index()
    created = generate(N, index)
    generated_s = time.perf_counter() - started
    total = ResourcePage.objects.child_of(index).live().count()
    client = Client(HTTP_HOST=BENCH_HOST)
    client.get(_url(index))  # warm up connections and caches
    lines = [
        "## Resources",
        "",
        f"{total:,} live resources under one index (on a site of their own) ({created:,} generated in this run in "
        f"{generated_s:.0f} s). {RUNS} requests per row, through Django's test client "
        "(routing, Wagtail serving, queries, template rendering; no network).",
        "",
        "Listings read the site's one search index (`search.SearchDocument` and its facet "
        'table) with facet counts computed on every request (nothing cached); "before" is '
        "the previous listing (its own stored vector and facet table), its counts computed.",
        "",
        "| page | p50 ms | p95 ms | before: p95 ms |",
        "| --- | ---: | ---: | ---: |",
    ]
    for label, qs in scenarios(index):
        p50, p95 = _time(client, [f"{_url(index)}?{qs}"] * RUNS)
        lines.append(f"| listing, {label} | {p50:.0f} | {p95:.0f} | {BEFORE.get(label, '')} |")
    slugs = list(
        ResourcePage.objects.child_of(index)
        .filter(slug__startswith="bench-")
        .values_list("slug", flat=True)[:5000]
    )
    rng = random.Random(7)
    p50, p95 = _time(client, [f"{_url(index)}{rng.choice(slugs)}/" for _ in range(RUNS)])
    lines.append(f"| detail (random resources) | {p50:.0f} | {p95:.0f} | 86 |")
    counts = query_counts(client, index)
    lines += [
        "",
        "Queries per listing request by page size (constant: results, snippets and facet "
        "counts are set-based, never one query per result):",
        "",
        "| listing | " + " | ".join(f"{s} per page" for s in PAGE_SIZES) + " |",
        "| --- |" + " ---: |" * len(PAGE_SIZES),
    ]
    for label, row in counts.items():
        lines.append(f"| {label} | " + " | ".join(str(n) for n in row) + " |")
    return "\n".join(lines) + "\n"
