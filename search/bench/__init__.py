"""Search benchmark: 100,000 documents in four languages and 50 queries on PostgreSQL.

`make bench` (tests/bench.py) calls ``run()`` on its own database. The documents are written
straight into the search table (what indexing produces), so the figures measure the engine:
matching, counting per type, facets, ranking, snippets and "did you mean". When
ELASTICSEARCH_URL is set, the same documents and queries are run on Elasticsearch too.
"""

import os
import random
import statistics
import time

# Index sizes measured in turn (the table grows from one to the next): "100000,1000000" for
# the million-document figures (about 15 minutes of generation on 2 cores).
SIZES = [
    int(n)
    for n in os.environ.get(
        "SEARCH_BENCH_SIZES", os.environ.get("SEARCH_BENCH_DOCS", "100000")
    ).split(",")
]
N_DOCS = SIZES[0]
# The figures before this round's changes (2026-11-25, 100,000 documents), shown beside.
PREVIOUS = {100_000: {"p50": 20.5, "p95": 45.8, "max": 116.0, "qps": 41.9, "suggest_p95": 5.3}}
ROUNDS = 3
BENCH_TYPES = ["bench-resources", "bench-pages", "bench-discussions"]
TYPE_WEIGHTS = [70, 15, 15]
LANGUAGES = [("en", 55), ("fr", 20), ("es", 15), ("ar", 10)]
THEMES = ["housing", "health", "livelihoods", "legal", "education", "safety", "family"]
REGIONS = ["west-africa", "north-africa", "east-africa", "south-asia", "europe", "americas"]

# Domain words (most common first): a Zipf draw makes the first ones appear in most documents.
WORDS = {
    "en": (
        "return reintegration support migrants returnees community programme assistance "
        "country origin family health services training business economic social case "
        "management counselling housing employment psychosocial referral needs partners "
        "local government vulnerable children women youth grants skills livelihood "
        "monitoring evaluation sustainable protection documents reception arrival airport "
        "shelter mental wellbeing stigma remittances microenterprise vocational apprenticeship "
        "cooperative agriculture fisheries tailoring bakery mechanics handbook guidance "
        "toolkit caseworker interview assessment plan follow-up survey indicators data "
        "dashboard legal aid identity certificate school enrolment medical referral "
        "trafficking survivors unaccompanied minors elderly disability inclusion gender "
        "climate displacement conflict recovery resilience cohesion dialogue mediation "
        "peer groups volunteers diaspora investment banking savings loans insurance "
        "transport logistics coordination cluster donor funding budget audit procurement "
        "cassava sorghum beekeeping solar carpentry welding hairdressing poultry"
    ).split(),
    "fr": (
        "retour réintégration soutien migrants rapatriés communauté programme assistance "
        "pays origine famille santé services formation entreprise économique sociale "
        "gestion accompagnement logement emploi psychosocial orientation besoins partenaires "
        "autorités locales vulnérables enfants femmes jeunes subventions compétences "
        "suivi évaluation durable protection documents accueil arrivée aéroport hébergement "
        "santé mentale stigmatisation transferts microentreprise apprentissage coopérative "
        "agriculture pêche couture boulangerie mécanique manuel conseils outils entretien "
        "évaluation plan enquête indicateurs données juridique identité scolarisation "
        "médiation bénévoles diaspora épargne prêts assurance transport coordination"
    ).split(),
    "es": (
        "retorno reintegración apoyo migrantes retornados comunidad programa asistencia "
        "país origen familia salud servicios formación empresa económica social gestión "
        "acompañamiento vivienda empleo psicosocial derivación necesidades socios gobierno "
        "local vulnerables niños mujeres jóvenes subvenciones habilidades seguimiento "
        "evaluación sostenible protección documentos acogida llegada aeropuerto albergue "
        "salud mental estigma remesas microempresa aprendizaje cooperativa agricultura "
        "pesca costura panadería mecánica manual orientación herramientas entrevista plan"
    ).split(),
    "ar": (
        "العودة إعادة الإدماج دعم المهاجرين العائدين المجتمع برنامج مساعدة بلد الأصل الأسرة "
        "الصحة خدمات تدريب مشروع اقتصادي اجتماعي إدارة الحالات إرشاد السكن العمل نفسي "
        "إحالة احتياجات شركاء الحكومة المحلية الفئات الضعيفة الأطفال النساء الشباب منح "
        "مهارات متابعة تقييم مستدام حماية وثائق استقبال وصول المطار مأوى الصحة النفسية"
    ).split(),
}

# 50 queries: common and rare single words, phrases, several words, filters, other
# languages, misspellings (zero results, then "did you mean") and deep pages.
QUERIES = [
    # common single words
    {"q": "return"},
    {"q": "support"},
    {"q": "reintegration"},
    {"q": "community"},
    {"q": "migrants"},
    {"q": "programme"},
    {"q": "family"},
    {"q": "health"},
    {"q": "training"},
    {"q": "business"},
    # rarer single words
    {"q": "beekeeping"},
    {"q": "poultry"},
    {"q": "hairdressing"},
    {"q": "sorghum"},
    {"q": "welding"},
    {"q": "procurement"},
    {"q": "diaspora"},
    {"q": "trafficking"},
    # phrases
    {"q": '"case management"'},
    {"q": '"mental wellbeing"'},
    {"q": '"country origin"'},
    {"q": '"legal aid"'},
    {"q": '"peer groups"'},
    # several words
    {"q": "return support family"},
    {"q": "housing grants returnees"},
    {"q": "vocational training youth"},
    {"q": "psychosocial counselling children"},
    {"q": "microenterprise savings loans"},
    {"q": "airport reception arrival"},
    # filters: one type, facets
    {"q": "return", "types": ["bench-resources"]},
    {"q": "support", "types": ["bench-resources"], "filters": {"theme": ["housing"]}},
    {"q": "reintegration", "types": ["bench-pages"]},
    {"q": "training", "types": ["bench-discussions"], "filters": {"region": ["europe"]}},
    {"q": "health", "types": ["bench-resources"], "filters": {"theme": ["health", "family"]}},
    {"q": "business grants", "types": ["bench-resources"]},
    {"q": "community", "filters": {"region": ["west-africa"]}},
    # other languages
    {"q": "logement", "language": "fr"},
    {"q": "réintégration", "language": "fr"},
    {"q": "accompagnement psychosocial", "language": "fr"},
    {"q": "vivienda", "language": "es"},
    {"q": "retornados apoyo", "language": "es"},
    {"q": "العائدين", "language": "ar"},
    {"q": "دعم السكن", "language": "ar"},
    # misspellings
    {"q": "reintegraton"},
    {"q": "counseling housng"},
    {"q": "benkeeping"},
    # deep pages
    {"q": "return", "page": 5},
    {"q": "support", "page": 20},
    {"q": "training youth", "page": 3},
    {"q": "health", "types": ["bench-resources"], "page": 10},
]


def _zipf_words(rng, words, n, skew=1.1):
    weights = [1 / (i + 1) ** skew for i in range(len(words))]
    return rng.choices(words, weights=weights, k=n)


def _document(i, seed=42):
    """Bench document number i (the same for the same i, whatever was generated before)."""
    from search.models import SearchDocument

    rng = random.Random(f"{seed}:{i}")
    languages = [code for code, _ in LANGUAGES]
    language = rng.choices(languages, weights=[w for _, w in LANGUAGES])[0]
    words = WORDS[language]
    title = " ".join(_zipf_words(rng, words, rng.randint(3, 8), skew=0.8)).capitalize()
    summary = " ".join(_zipf_words(rng, words, rng.randint(12, 30)))
    text = ". ".join(
        " ".join(_zipf_words(rng, words, rng.randint(8, 20))) for _ in range(rng.randint(6, 30))
    )
    return SearchDocument(
        type_key=rng.choices(BENCH_TYPES, weights=TYPE_WEIGHTS)[0],
        object_id=str(i),
        language=language,
        title=title[:500],
        summary=summary,
        text=text,
        url=f"/{language}/bench/{i}/",
        facets={
            "theme": sorted(set(rng.sample(THEMES, rng.randint(1, 2)))),
            "region": [rng.choice(REGIONS)],
            "language": [language],
        },
    )


def generate(n_docs=N_DOCS):
    """Top the bench documents up to n_docs (kept between runs); returns (seconds writing
    rows, seconds analysing them into vectors, documents added)."""
    from django.db import connection

    from search.engines.database import DatabaseEngine
    from search.models import SearchDocument

    bench = SearchDocument.objects.filter(type_key__in=BENCH_TYPES)
    existing = bench.count()
    if existing > n_docs:  # a smaller size after a larger one: keep documents 0 to n - 1
        _trim(n_docs)
        existing = n_docs
    started = time.perf_counter()
    batch = []
    for i in range(existing, n_docs):
        batch.append(_document(i))
        if len(batch) == 5000:
            SearchDocument.objects.bulk_create(batch)
            batch = []
    if batch:
        SearchDocument.objects.bulk_create(batch)
    written = time.perf_counter() - started
    started = time.perf_counter()
    DatabaseEngine().update_vectors(bench.filter(search_vector__isnull=True))
    analysed = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE search_searchdocument")
        cursor.execute("VACUUM ANALYZE search_searchfacetrow")
    return written, analysed, n_docs - existing


def _trim(n_docs):
    """Delete the bench documents from number n_docs on, with the facet triggers off (their
    copy of 900,000 deleted rows would take minutes), then rebuild the facet tables, and
    rewrite the table and its indexes (GIN indexes keep their size after a delete: the
    smaller size would otherwise be measured on the larger one's indexes, 30% slower)."""
    from django.db import connection, transaction

    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute(
            "DELETE FROM search_searchdocument WHERE type_key = ANY(%s) "
            "AND object_id::bigint >= %s",
            [BENCH_TYPES, n_docs],
        )
        cursor.execute("SET LOCAL session_replication_role = DEFAULT")
        cursor.execute("SELECT rr_search_facets_refresh()")
    with connection.cursor() as cursor:  # the table and its indexes as a fresh load leaves them
        cursor.execute("VACUUM FULL search_searchdocument")
        cursor.execute("VACUUM FULL search_searchfacetrow")


INCREMENTAL_DOCS = 1000  # documents indexed one by one, as saves and publishes do


def measure_incremental(size, n=INCREMENTAL_DOCS):
    """Documents per second through the engine's ``index()`` (the path a save takes: one
    upsert and its vectors per document, the GIN indexes maintained), into an index that
    already holds ``size`` documents; the added documents are deleted afterwards."""
    from django.forms.models import model_to_dict

    from search.engines.database import DatabaseEngine
    from search.models import SearchDocument

    engine = DatabaseEngine()
    fields = ("type_key", "language", "title", "summary", "text", "url", "facets")
    docs = []
    for i in range(size, size + n):
        doc = model_to_dict(_document(i), fields=fields)
        docs.append({**doc, "object_id": str(i), "locale": doc["language"]})
    started = time.perf_counter()
    for start in range(0, n, 100):  # a hundred a task, as the indexing task batches them
        engine.index(docs[start : start + 100])
    elapsed = time.perf_counter() - started
    SearchDocument.objects.filter(
        type_key__in=BENCH_TYPES, object_id__in=[d["object_id"] for d in docs]
    ).delete()
    return n / elapsed


def index_size():
    """(table with its TOAST, indexes) of the search table on disk, in MiB."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_table_size('search_searchdocument'), "
            "pg_indexes_size('search_searchdocument')"
        )
        table, indexes = cursor.fetchone()
    return table / 2**20, indexes / 2**20


SUGGEST_PREFIXES = [
    ("re", "en"),
    ("ret", "en"),
    ("reint", "en"),
    ("hous", "en"),
    ("beek", "en"),
    ("case man", "en"),
    ("loge", "fr"),
    ("vivi", "es"),
    ("العائ", "ar"),
    ("zzz", "en"),
]


def measure_suggest(engine, rounds=ROUNDS):
    for prefix, language in SUGGEST_PREFIXES:
        engine.suggest(prefix, language)
    every = []
    for _ in range(rounds):
        for prefix, language in SUGGEST_PREFIXES:
            t0 = time.perf_counter()
            engine.suggest(prefix, language)
            every.append((time.perf_counter() - t0) * 1000)
    return statistics.median(every), _percentile(every, 95)


def _percentile(values, pct):
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))
    return ordered[index]


def _cpu_clock(engine):
    """CPU milliseconds used so far by this process and, for the database engine, by its
    PostgreSQL backend (``/proc/<pid>/schedstat``: nanoseconds on a CPU): a query's CPU time
    is its latency on an idle machine, whatever else shares this one."""
    backend = None
    if engine.name == "database":
        from django.db import connection

        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                pid = cursor.fetchone()[0]
            path = f"/proc/{pid}/schedstat"
            backend = path if os.path.exists(path) else None

    def clock():
        ns = time.process_time_ns()
        if backend:
            with open(backend) as stat:
                ns += int(stat.read().split()[0])
        return ns / 1e6

    return clock


def measure(engine, queries=QUERIES, rounds=ROUNDS):
    """Latency of each query (ms), best of nothing: every round counts; one warm-up pass.
    Also the CPU time of each (``cpu_p50``, ``cpu_p95``; see ``_cpu_clock``)."""
    per_query = {i: [] for i in range(len(queries))}
    cpu = []
    totals = {}
    for spec in queries:  # warm-up: caches, vocabulary, plans
        engine.search(**_args(spec))
    clock = _cpu_clock(engine)
    started = time.perf_counter()
    for _ in range(rounds):
        for i, spec in enumerate(queries):
            c0, t0 = clock(), time.perf_counter()
            results = engine.search(**_args(spec))
            per_query[i].append((time.perf_counter() - t0) * 1000)
            cpu.append(clock() - c0)
            totals[i] = f"{results.total:,}" + ("+" if results.total_capped else "")
    elapsed = time.perf_counter() - started
    every = [ms for values in per_query.values() for ms in values]
    return {
        "p50": statistics.median(every),
        "p95": _percentile(every, 95),
        "max": max(every),
        "qps": len(every) / elapsed,
        "cpu_p50": statistics.median(cpu),
        "cpu_p95": _percentile(cpu, 95),
        "per_query": {i: statistics.median(v) for i, v in per_query.items()},
        "totals": totals,
    }


def _args(spec):
    return {
        "query": spec["q"],
        "types": spec.get("types", ()),
        "filters": spec.get("filters"),
        "page": spec.get("page", 1),
        "per_page": 10,
        "language": spec.get("language", "en"),
    }


def _label(spec):
    parts = [spec["q"]]
    if spec.get("types"):
        parts.append("type=" + ",".join(spec["types"]))
    for name, values in (spec.get("filters") or {}).items():
        parts.append(f"{name}={'|'.join(values)}")
    if spec.get("language"):
        parts.append(f"lang={spec['language']}")
    if spec.get("page"):
        parts.append(f"page {spec['page']}")
    return " ".join(parts).replace("|", "/")


def run() -> str:
    from django.conf import settings
    from django.db import connection

    from search.engines.database import DatabaseEngine
    from search.models import SearchDocument

    lines = [
        "## Search",
        "",
        "Bench documents: 70% resources, 15% pages, 15% discussions; 55% English, 20% French, "
        "15% Spanish, 10% Arabic; 60 to 600 words each, each analysed in its own language. "
        f"{len(QUERIES)} queries (common and rare words, phrases, several words, type and facet "
        "filters, other languages, misspellings, deep pages), "
        f"{ROUNDS} rounds after a warm-up, one client. Each search matches in every language "
        '(the visitor\'s first), counts per type (up to 1,000: "1,000+"), computes facets when '
        "one type is chosen, ranks, and builds highlighted snippets for the page of 10. "
        "Indexing: rows written in bulk, then analysed into their vectors in one pass "
        "(what `search_index rebuild` does after building the documents).",
        "",
        "| Documents | Engine | p50 | p95 | max | queries/s | CPU p50 | CPU p95 "
        "| suggestions p95 | before: p95 |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    indexing, slowest_tables, loads = [], [], []
    for size in SIZES:
        written, analysed, added = generate(size)
        with connection.cursor() as cursor:  # migrations may have rewritten every row
            cursor.execute("VACUUM ANALYZE search_searchdocument")
        engines = [("PostgreSQL", DatabaseEngine())]
        if getattr(settings, "ELASTICSEARCH_URL", None):
            from search.engines.elastic import ElasticsearchEngine

            elastic = ElasticsearchEngine(settings.ELASTICSEARCH_URL, timeout=30)
            docs = SearchDocument.objects.filter(type_key__in=BENCH_TYPES).values(
                "type_key",
                "object_id",
                "language",
                "locale",
                "title",
                "summary",
                "text",
                "url",
                "facets",
            )
            elastic.rebuild(docs.iterator(chunk_size=2000))
            engines.append(("Elasticsearch", elastic))
        measured = [(name, measure(engine), measure_suggest(engine)) for name, engine in engines]
        loads.append(f"{size:,}: {os.getloadavg()[0]:.1f}")
        before = PREVIOUS.get(size, {})
        for name, m, (_, s95) in measured:
            previous = f"{before['p95']:.1f} ms" if before and name == "PostgreSQL" else "—"
            lines.append(
                f"| {size:,} | {name} | {m['p50']:.1f} ms | {m['p95']:.1f} ms | "
                f"{m['max']:.1f} ms | {m['qps']:.1f} | {m['cpu_p50']:.1f} ms | "
                f"{m['cpu_p95']:.1f} ms | {s95:.1f} ms | {previous} |"
            )
        table, indexes = index_size()
        one_by_one = f"{measure_incremental(size):,.0f} docs/s"
        if added:
            indexing.append(
                f"| {size:,} | {added:,} | {added / written:,.0f} docs/s | "
                f"{added / analysed:,.0f} docs/s | {one_by_one} | {table:,.0f} MiB | "
                f"{indexes:,.0f} MiB |"
            )
        else:
            indexing.append(
                f"| {size:,} | 0 (kept) | | | {one_by_one} | {table:,.0f} MiB | {indexes:,.0f} MiB |"
            )
        first = measured[0][1]
        slowest = sorted(first["per_query"], key=lambda i: -first["per_query"][i])[:6]
        slowest_tables.append((size, first, slowest))
    lines += [
        "",
        f"Load average (one minute) at the end of each size's queries, on {os.cpu_count()} "
        f"cores: {'; '.join(loads)}. CPU: the search's own CPU time (this process and its "
        "PostgreSQL backend), close to its latency on an idle machine.",
        "",
        "Indexing (PostgreSQL) and size on disk (table with TOAST; all its indexes):",
        "",
        f"| Documents | added | rows written (bulk) | analysed (bulk) | indexed one by one "
        f"({INCREMENTAL_DOCS:,} saves) | table | indexes |",
        "|---|---|---|---|---|---|---|",
        *indexing,
    ]
    for size, first, slowest in slowest_tables:
        lines += ["", f"Slowest queries at {size:,} documents (PostgreSQL, median):", ""]
        lines += ["| Query | time | hits |", "|---|---|---|"]
        for i in slowest:
            lines.append(
                f"| `{_label(QUERIES[i])}` | {first['per_query'][i]:.1f} ms | {first['totals'][i]} |"
            )
    return "\n".join(lines) + "\n"
