"""Entry points the views, tasks and commands use: engine choice, fallback, visibility, indexing."""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone

from portal.core.registry import registry, search_types

from .engines.database import DatabaseEngine

logger = logging.getLogger("search")


def get_engine(name=None):
    """The engine that answers: Elasticsearch when chosen and configured, else the database."""
    name = name or getattr(settings, "SEARCH_ENGINE", "database")
    if name == "elasticsearch" and getattr(settings, "ELASTICSEARCH_URL", None):
        from .engines.elastic import ElasticsearchEngine

        return ElasticsearchEngine()
    return DatabaseEngine()


def health():
    """/healthz's search details: Elasticsearch's circuit breaker when it is the engine."""
    engine = get_engine()
    breaker = getattr(engine, "breaker", None)
    return {"breaker": breaker.state()} if breaker is not None else {}


def search(
    request,
    query,
    types=(),
    filters=None,
    page=1,
    per_page=10,
    language=None,
    engine=None,
    **options,
):
    """Hits this visitor may see, from the configured engine (the database if that one fails).
    ``options``: the engines' keyword arguments (locale, date_range, sort)."""
    known = set(registry.search_types)
    types = [t for t in types if t in known]
    results, fell_back = _answer(
        engine or get_engine(),
        "engine",
        lambda e: e.search(query, types, filters, page, per_page, language, **options),
    )
    if fell_back:
        results.engine = "database (fallback)"
    results.hits = visible_hits(request, results.hits)
    return results


def _answer(engine, what, call):
    """``(call(engine), False)``; when an engine other than the database fails,
    ``(call(DatabaseEngine()), True)`` and a warning on the ``search`` logger."""
    try:
        return call(engine), False
    except Exception as exc:  # noqa: BLE001 - any engine failure falls back
        if isinstance(engine, DatabaseEngine):
            raise
        logger.warning(
            "search: %s %s failed (%s); answering from the database", engine.name, what, exc
        )
        return call(DatabaseEngine()), True


class Suggestions(list):
    """Suggestion dicts; ``engine`` names the engine that answered (as ``Results.engine``)."""

    engine = ""


def find(
    request,
    query,
    *,
    types=(),
    filters=None,
    date_range=None,
    locale=None,
    language=None,
    sort="relevance",
    page=1,
    per_page=10,
):
    """``portal.core.search.find``: one page of visible hits, with type and facet counts."""
    return search(
        request,
        query,
        types,
        filters,
        page,
        per_page,
        language,
        locale=locale,
        date_range=date_range,
        sort=sort,
    )


def matching_ids(request, query, type_key, *, filters=None, locale=None, language=None, limit=1000):
    """``portal.core.search.matching_ids``: ids of ``type_key`` objects matching ``query``,
    best first, from the configured engine (the database if that one fails)."""
    if type_key not in registry.search_types:
        return []
    pairs, _ = _answer(
        get_engine(),
        "engine",
        lambda e: e.ids(query, [type_key], filters, language, limit, locale=locale),
    )
    return [object_id for _type_key, object_id in pairs]


def suggest(prefix, language=None, engine=None, limit=8):
    """Title suggestions for a prefix, from the configured engine (the database if it fails);
    ``.engine`` says which answered."""
    engine = engine or get_engine()
    suggestions, fell_back = _answer(
        engine, "suggest", lambda e: e.suggest(prefix, language, limit=limit)
    )
    suggestions = Suggestions(suggestions)
    suggestions.engine = "database (fallback)" if fell_back else engine.name
    return suggestions


def visible_hits(request, hits):
    """The hits this visitor may see, each re-checked against its type's public_queryset."""
    by_type = {}
    for hit in hits:
        by_type.setdefault(hit.type_key, []).append(hit.object_id)
    allowed = set()
    for type_key, ids in by_type.items():
        search_type = registry.search_types.get(type_key)
        if search_type is None:
            continue
        qs = search_type.public_queryset(request).filter(pk__in=ids)
        allowed.update((type_key, str(pk)) for pk in qs.values_list("pk", flat=True))
    return [hit for hit in hits if (hit.type_key, hit.object_id) in allowed]


# --- indexing ---------------------------------------------------------------------------------
def type_for_model(model):
    """The search types registered for this model (an empty list if it is not searchable)."""
    label = model._meta.label
    return [t for t in search_types() if t.model == label]


def documents_for(search_type, objects):
    """One index document per object, as the search type builds it, keyed by type and id."""
    for obj in objects:
        doc = dict(search_type.document(obj))
        doc["text"] = _without_summary(doc.get("text") or "", doc.get("summary") or "")
        doc["type_key"] = search_type.key
        doc["object_id"] = str(obj.pk)
        yield doc


def _without_summary(text, summary):
    """The summary is indexed on its own; a copy inside the text would repeat in snippets."""
    summary = summary.strip()
    if len(summary) >= 40 and summary in text:
        text = " ".join(text.replace(summary, " ").split())
    return text


def reindex_objects(type_key, ids, engine=None):
    """Index the public ones of these objects, delete the others from the index."""
    search_type = registry.search_types.get(type_key)
    if search_type is None:
        return
    engines = [engine] if engine else index_engines()
    visible = search_type.public_queryset(None).filter(pk__in=ids)
    docs = list(documents_for(search_type, visible))
    gone = [i for i in ids if str(i) not in {d["object_id"] for d in docs}]
    for target in engines:
        if gone:
            target.delete(type_key, gone)
        if docs:
            target.delete(type_key, [d["object_id"] for d in docs])  # language may have changed
            target.index(docs)


def all_documents():
    """The documents of every public object of every search type."""
    for search_type in search_types():
        yield from documents_for(search_type, search_type.public_queryset(None).iterator())


def rebuild(engine):
    """Rebuild ``engine`` from every public object, streamed (never all in memory); the
    number of documents written. On Elasticsearch, objects whose database documents changed
    while it loaded are indexed again after the swap (their edits may have raced the load)."""
    counted = {"n": 0}

    def documents():
        for doc in all_documents():
            counted["n"] += 1
            yield doc

    started = timezone.now()
    engine.rebuild(documents())
    if not isinstance(engine, DatabaseEngine):
        from .models import SearchDocument

        changed = {}
        rows = SearchDocument.objects.filter(updated_at__gte=started)
        for type_key, object_id in rows.values_list("type_key", "object_id").iterator():
            changed.setdefault(type_key, set()).add(object_id)
        for type_key, ids in changed.items():
            reindex_objects(type_key, sorted(ids), engine=engine)
    return counted["n"]


def index_engines():
    """Engines to keep up to date: the database table always (the fallback), plus the chosen one."""
    engines = [DatabaseEngine()]
    engine = get_engine()
    if not isinstance(engine, DatabaseEngine):
        engines.append(engine)
    return engines


# --- drift ------------------------------------------------------------------------------------
@dataclass
class DriftReport:
    """One search type in one engine: what the content says against what the index holds."""

    type_key: str
    expected: int
    indexed: int
    missing: set = field(default_factory=set)  # public objects without a document
    extra: set = field(default_factory=set)  # documents of objects no longer public
    stale: set = field(default_factory=set)  # documents that differ from the content

    @property
    def ok(self):
        return self.expected == self.indexed and not (self.missing or self.extra or self.stale)


STORED_FIELDS = (
    "title",
    "summary",
    "text",
    "url",
    "date",
    "date_precision",
    "language",
    "locale",
    "facets",
)


def drift(engine):
    """A DriftReport per search type. Engines that can list their ids (the database table)
    are compared object by object and field by field; others by counts."""
    from .models import SearchDocument

    counts = engine.counts()
    for search_type in search_types():
        public = search_type.public_queryset(None)
        expected = {str(pk) for pk in public.values_list("pk", flat=True)}
        if not isinstance(engine, DatabaseEngine):
            report = DriftReport(search_type.key, len(expected), counts.get(search_type.key, 0))
            if not report.ok:
                report.missing = expected  # counts only: reindex every object of the type
            yield report
            continue
        stored = {
            row["object_id"]: row
            for row in SearchDocument.objects.filter(type_key=search_type.key).values(
                "object_id", *STORED_FIELDS
            )
        }
        report = DriftReport(search_type.key, len(expected), len(stored))
        report.missing = expected - set(stored)
        report.extra = set(stored) - expected
        both = public.filter(pk__in=[i for i in expected if i in stored])
        for doc in documents_for(search_type, both.iterator()):
            row = stored[doc["object_id"]]
            fresh = _stored_form(doc)
            if any(fresh[name] != row[name] for name in STORED_FIELDS):
                report.stale.add(doc["object_id"])
        yield report


def _stored_form(doc):
    """A document as the database engine stores it (the engine's own normalisation)."""
    from .engines.database import stored_fields

    return stored_fields(doc)
