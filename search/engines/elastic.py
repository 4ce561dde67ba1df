"""The Elasticsearch engine, written with elasticsearch.dsl: the database engine's contract
(per-language analysis, locale, browse and sort, date range, disjunctive facet counts) on an
index whose alias is swapped on rebuild.

Each document is analysed in its own text language only: its title, summary and text go to
``title_<lang>``, ``summary_<lang>``, ``text_<lang>`` (``_std`` for languages without an
analyser), analysed by the built-in language analyser rebuilt with ``asciifolding``. Queries
search every language's fields, so an English query from /fr/ still finds English documents;
documents in the visitor's language rank first.
"""

import hashlib
import json
import logging
import threading
from datetime import UTC, date, datetime

from django.conf import settings
from django.core.cache import cache
from elasticsearch import BadRequestError, Elasticsearch
from elasticsearch.dsl import (
    Date,
    Index,
    Keyword,
    Mapping,
    Q,
    Search,
    Text,
    Wildcard,
    analyzer,
    normalizer,
    token_filter,
)
from elasticsearch.helpers import streaming_bulk

from search.query import parse_query

from .base import MARK_END, MARK_START, Engine, Hit, Results, marked_to_html
from .breaker import breaker_for

logger = logging.getLogger("search")

# --- analysis ---------------------------------------------------------------------------------
# The built-in language analysers rebuilt as custom ones (the Elasticsearch reference gives
# their filters), with asciifolding after the stop words (whose lists are accented) and before
# the stemmer, so "reintegracion" and "reintegración" reach the stemmer as the same word.
_FOLD = "asciifolding"
ANALYZERS = {
    "en": analyzer(
        "en_folded",
        tokenizer="standard",
        filter=[
            token_filter("en_possessive", "stemmer", language="possessive_english"),
            "lowercase",
            token_filter("en_stop", "stop", stopwords="_english_"),
            _FOLD,
            token_filter("en_stemmer", "stemmer", language="english"),
        ],
    ),
    "fr": analyzer(
        "fr_folded",
        tokenizer="standard",
        filter=[
            token_filter(
                "fr_elision",
                "elision",
                articles_case=True,
                articles=[
                    "l",
                    "m",
                    "t",
                    "qu",
                    "n",
                    "s",
                    "j",
                    "d",
                    "c",
                    "jusqu",
                    "quoiqu",
                    "lorsqu",
                    "puisqu",
                ],  # fmt: skip
            ),
            "lowercase",
            token_filter("fr_stop", "stop", stopwords="_french_"),
            _FOLD,
            token_filter("fr_stemmer", "stemmer", language="light_french"),
        ],
    ),
    "es": analyzer(
        "es_folded",
        tokenizer="standard",
        filter=[
            "lowercase",
            token_filter("es_stop", "stop", stopwords="_spanish_"),
            _FOLD,
            token_filter("es_stemmer", "stemmer", language="light_spanish"),
        ],
    ),
    # Arabic: alef/hamza/taa marbuta/diacritics normalised, then the light stemmer strips
    # the prefixes (ال, وال, بال, و…) and common suffixes: والإدماج and الإدماج meet.
    "ar": analyzer(
        "ar_folded",
        tokenizer="standard",
        filter=[
            "lowercase",
            "decimal_digit",
            token_filter("ar_stop", "stop", stopwords="_arabic_"),
            "arabic_normalization",
            token_filter("ar_stemmer", "stemmer", language="arabic"),
            _FOLD,  # Latin words quoted in Arabic text
        ],
    ),
}
STANDARD = "std"  # the field suffix of every other language: no stemming, no stop words
ANALYZERS_BY_SUFFIX = {
    **ANALYZERS,
    STANDARD: analyzer("std_folded", tokenizer="standard", filter=["lowercase", _FOLD]),
}
SUFFIXES = tuple(ANALYZERS_BY_SUFFIX)
TEXT_FIELDS = ("title", "summary", "text")
BOOSTS = {"title": 3, "summary": 2, "text": 1}
FOLDING = normalizer("folding", filter=["lowercase", _FOLD])

LANGUAGE_BOOST = 1000  # added to the score of documents in the visitor's language: first
FACET_SIZE = 5000  # buckets per facet aggregation: every value (shard_size follows: exact)
TYPES_SIZE = 1000  # buckets of the type counts: every type, so the counts are exact
MAX_WINDOW = 10000  # Elasticsearch's index.max_result_window: deeper pages are empty
TEXT_LIMIT = 500000  # characters of a document's text that are indexed


SUGGEST_POOL = 3  # suggestions fetched per one shown (titles repeat across languages)
REBUILD_MARK_SECONDS = 24 * 3600  # how long a rebuild's "also write here" mark lives at most


def suffix(language):
    """The field suffix a document in ``language`` is analysed under."""
    code = (language or "")[:2]
    return code if code in ANALYZERS else STANDARD


def build_mapping():
    """Strict: a field the mapping does not declare is refused (a bulk error), never mapped
    on the fly in the live index. ``_meta.version`` is the mapping's fingerprint."""
    mapping = Mapping()
    mapping.meta("dynamic", "strict")
    for name in ("type_key", "object_id", "language", "locale", "facet_pairs"):
        mapping.field(name, Keyword())  # facet_pairs: "name=value", filters and aggregations
    # The title as shown; sorted and prefix-matched folded ("title.sort"), spell-checked
    # ("title.words"), matched inside for suggestions ("title.infix", trigram-indexed).
    mapping.field(
        "title",
        Keyword(
            index=False,
            doc_values=False,
            fields={
                "sort": Keyword(normalizer=FOLDING),
                "words": Text(analyzer="standard"),
                "infix": Wildcard(),
            },
        ),
    )
    for code, language_analyzer in ANALYZERS_BY_SUFFIX.items():
        mapping.field(f"title_{code}", Text(analyzer=language_analyzer))
        mapping.field(f"summary_{code}", Text(analyzer=language_analyzer))
        # Offsets in the postings: the highlighter need not re-analyse long texts.
        mapping.field(f"text_{code}", Text(analyzer=language_analyzer, index_options="offsets"))
    mapping.field("url", Keyword(index=False))
    mapping.field("date", Date())
    mapping.field("date_precision", Keyword(index=False, doc_values=False))
    return mapping


def _fingerprint():
    index = Index("x")
    index.mapping(build_mapping())
    body = index.to_dict()
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]


MAPPING_VERSION = _fingerprint()


class MappingOutdated(RuntimeError):
    """The live index was built with another mapping: ``search_index rebuild``."""


class IndexingFailed(RuntimeError):
    """Elasticsearch refused documents (after retrying those refused for load)."""


def alias_name():
    return getattr(settings, "SEARCH_ES_INDEX", "rrhub-search")


def build_index(name, *, loading=False, alias=None):
    """The index ``name``; ``loading``: no replicas and no refresh until the load ends;
    ``alias``: created with the index, as its write index (one request: no race)."""
    index = Index(name)
    index.settings(
        number_of_shards=settings.SEARCH_ES_SHARDS,
        number_of_replicas=0 if loading else settings.SEARCH_ES_REPLICAS,
        **({"refresh_interval": "-1"} if loading else {}),
    )
    mapping = build_mapping()
    mapping.meta("_meta", {"version": MAPPING_VERSION})
    index.mapping(mapping)
    if alias:
        index.aliases(**{alias: {"is_write_index": True}})
    return index


def doc_id(doc):
    """One document per object: a language change overwrites it, and counts are exact."""
    return f"{doc['type_key']}:{doc['object_id']}"


def to_source(doc):
    """The indexed document: its text in its own language's fields only."""
    facets = doc.get("facets") or {}
    language = doc.get("language") or "en"
    if "language" not in facets:  # as the database engine: the text's language is a facet
        facets = {"language": [language], **facets}
    pairs = [f"{name}={value}" for name, values in facets.items() for value in values]
    code = suffix(language)
    title = doc.get("title") or ""
    return {
        "type_key": doc["type_key"],
        "object_id": str(doc["object_id"]),
        "language": language,
        "locale": doc.get("locale") or "",
        "title": title,
        f"title_{code}": title,
        f"summary_{code}": doc.get("summary") or "",
        f"text_{code}": (doc.get("text") or "")[:TEXT_LIMIT],
        "url": doc.get("url") or "",
        "date": doc.get("date"),
        "date_precision": "year" if doc.get("date_precision") == "year" else "day",
        "facet_pairs": pairs,
    }


def search_fields(code=None):
    """One language's fields (every language's when ``code`` is None), boosted by role."""
    return [
        f"{field}_{c}^{BOOSTS[field]}" if BOOSTS[field] > 1 else f"{field}_{c}"
        for c in ((code,) if code else SUFFIXES)
        for field in TEXT_FIELDS
    ]


def highlight_fields():
    """Texts first, then summaries, then titles; a document has one language's fields."""
    return [f"{field}_{code}" for field in ("text", "summary", "title") for code in SUFFIXES]


# --- the request body -------------------------------------------------------------------------
def _text_query(parsed, language):
    """Every word in one language's fields, the query analysed as that language (a dis_max
    of one clause per language: a document has one language's fields), each quoted phrase
    likewise; documents in the visitor's language get LANGUAGE_BOOST on top, so they rank
    first and the others still match."""
    must = []
    if parsed.terms:
        words = " ".join(parsed.terms)
        must.append(
            Q(
                "dis_max",
                queries=[
                    Q(
                        "multi_match",
                        query=words,
                        fields=search_fields(code),
                        operator="and",
                        type="cross_fields",
                    )
                    for code in SUFFIXES
                ],
            )
        )
    for phrase in parsed.phrases:
        must.append(Q("multi_match", query=" ".join(phrase), fields=search_fields(), type="phrase"))
    should = []
    if language:
        should.append(
            Q("constant_score", filter=Q("term", language=language), boost=LANGUAGE_BOOST)
        )
    return Q("bool", must=must, should=should)


def _facet_clauses(filters):
    """{facet name: terms clause}; values of one facet are alternatives."""
    clauses = {}
    for name, values in (filters or {}).items():
        if isinstance(values, str | int):
            values = [values]  # one value given bare
        values = [str(v) for v in values or () if v not in (None, "")]
        if values:
            clauses[name] = Q("terms", facet_pairs=[f"{name}={v}" for v in values])
    return clauses


def _all_of(clauses):
    return Q("bool", filter=list(clauses))


def _regex_escape(text):
    """A literal for a Lucene regular expression (the terms aggregation's include)."""
    return "".join(f"\\{ch}" if ch in '.?+*|{}[]()"\\#@&<>~' else ch for ch in text)


def _wildcard_escape(text):
    return "".join(f"\\{ch}" if ch in "*?\\" else ch for ch in text)


def _date_clause(date_range):
    first, last = date_range or (None, None)
    bounds = {}
    if first:
        bounds["gte"] = str(first)
    if last:
        bounds["lte"] = str(last)
    return Q("range", date=bounds) if bounds else None


def _sort(sort, has_query):
    newest = {"date": {"order": "desc", "missing": "_last"}}
    tie = [{"type_key": "asc"}, {"object_id": "asc"}]
    if sort == "oldest":
        return [{"date": {"order": "asc", "missing": "_last"}}, *tie]
    if sort == "title":
        return [{"title.sort": "asc"}, newest, *tie]
    if sort == "newest" or not has_query:
        return [newest, *tie]
    return ["_score", newest, *tie]


def build_search(
    query,
    types=(),
    filters=None,
    page=1,
    per_page=10,
    language=None,
    index=None,
    *,
    locale=None,
    date_range=None,
    sort="relevance",
    counted=True,
):
    """The Search object (its to_dict() is the request body) and the parsed query.

    Visibility (locale, date range) narrows everything in ``query``; the type and facet
    filters are a ``post_filter``, so each count can ignore its own filter: the type counts
    ignore the type, each filtered facet's counts ignore that facet (a filter aggregation per
    facet). An empty query browses: every document that passes, in ``sort`` order.
    ``counted=False``: hits only (no counts or highlights). "Did you mean" is a second request
    made only when nothing matched (``build_did_you_mean``).
    """
    parsed = parse_query(query)
    search = Search(index=index or alias_name())
    search = search.query(_text_query(parsed, language) if parsed else Q("match_all"))
    if locale is not None:
        search = search.filter("terms", locale=[locale, ""])
    dates = _date_clause(date_range)
    if dates is not None:
        search = search.filter(dates)
    facets = _facet_clauses(filters)
    type_clause = Q("terms", type_key=list(types)) if types else None
    chosen = [c for c in (type_clause, *facets.values()) if c is not None]
    if chosen:
        search = search.post_filter(_all_of(chosen))
    offset = (max(page, 1) - 1) * per_page
    window = slice(0, 0) if offset + per_page > MAX_WINDOW else slice(offset, offset + per_page)
    search = search.sort(*_sort(sort, bool(parsed)))[window]  # beyond the window: counts only
    if not counted:
        return search.extra(track_total_hits=False), parsed
    search.aggs.bucket("types", "filter", _all_of(facets.values())).bucket(
        "by_type", "terms", field="type_key", size=TYPES_SIZE
    )
    if types and len(types) == 1:
        # Unfiltered facets: counted under every filter.
        search.aggs.bucket("facets", "filter", _all_of(chosen)).bucket(
            "pairs", "terms", field="facet_pairs", size=FACET_SIZE
        )
        # A filtered facet: counted under every filter but its own.
        for number, name in enumerate(facets):
            others = [type_clause, *(c for n, c in facets.items() if n != name)]
            search.aggs.bucket(f"facet_{number}", "filter", _all_of(others)).bucket(
                "pairs",
                "terms",
                field="facet_pairs",
                size=FACET_SIZE,
                include=f"{_regex_escape(name)}=.*",
            )
    else:  # several types: the split by the text's language, as the database engine gives
        search.aggs.bucket("facets", "filter", _all_of(chosen)).bucket(
            "pairs", "terms", field="facet_pairs", size=FACET_SIZE, include="language=.*"
        )
    if parsed:
        search = search.highlight_options(
            pre_tags=[MARK_START],
            post_tags=[MARK_END],
            encoder="default",  # not escaped here: marked_to_html escapes once
            number_of_fragments=2,
            fragment_size=150,
        ).highlight(*highlight_fields())
    return search.extra(track_total_hits=True), parsed


def build_did_you_mean(parsed, index=None):
    """The spelling suggestion request, sent only when a query found nothing."""
    search = Search(index=index or alias_name()).extra(size=0)
    return search.suggest(
        "did_you_mean",
        " ".join(parsed.words),
        term={"field": "title.words", "suggest_mode": "missing"},
    )


def build_suggest(text, language=None, limit=8, index=None):
    """Titles starting with ``text`` (folded, from the keyword's terms), then, for three
    characters or more, titles containing it (the trigram-indexed wildcard field): the
    database engine's order. ``language``: that site locale's titles and locale-less ones;
    none: every title."""
    text = text.lower()
    should = [Q("constant_score", filter=Q("prefix", **{"title.sort": text}), boost=2)]
    if len(text) >= 3:
        infix = {"value": f"*{_wildcard_escape(text)}*", "case_insensitive": True}
        should.append(Q("constant_score", filter=Q("wildcard", **{"title.infix": infix})))
    query = Q("bool", should=should, minimum_should_match=1)
    if language:
        query = Q("bool", must=[query], filter=[Q("terms", locale=[language, ""])])
    search = Search(index=index or alias_name()).query(query)
    search = search.source(["title", "url", "type_key", "object_id"])
    search = search.sort("_score", {"title.sort": "asc"}, {"type_key": "asc"}, {"object_id": "asc"})
    return search[: limit * SUGGEST_POOL].extra(track_total_hits=False)


def build_counts(index=None):
    """Documents per type: one document per object (``doc_id``) and every type's bucket
    returned, so these counts are exact (never ``cardinality``, which estimates)."""
    search = Search(index=index or alias_name()).extra(size=0, track_total_hits=True)
    search.aggs.bucket("types", "terms", field="type_key", size=TYPES_SIZE)
    return search


# --- snippets ---------------------------------------------------------------------------------
def snippet_from_highlight(fragments, fallback, query=None):
    """THE ONE PLACE where Elasticsearch's highlight fragments become a hit's snippet.

    ``fragments``: the best field's fragments, words wrapped in MARK_START/MARK_END and not
    escaped (encoder "default"); ``fallback``: the summary, when nothing was highlighted.
    Shared snippet post-processing (search.engines.base) is applied here; the result is safe
    HTML escaped exactly once.
    """
    text = " … ".join(fragments) if fragments else (fallback or "")[:240]
    return marked_to_html(text, query)  # ``query``: a quoted phrase is marked as one run


def _fragments(hit):
    highlight = getattr(hit.meta, "highlight", None)
    if highlight is None:
        return []
    for field in highlight_fields():
        if field in highlight:
            return list(highlight[field])
    return []


def _own(hit, field):
    """A text field of the hit's source, under whichever language suffix it was indexed."""
    for code in SUFFIXES:
        value = getattr(hit, f"{field}_{code}", None)
        if value is not None:
            return value
    return ""


def _date(value):
    """The source's ISO string as a ``date`` (templates format it with ``|date``)."""
    if not value or isinstance(value, date):
        return value or None
    return date.fromisoformat(str(value)[:10])


# --- clients: one per process and purpose ---------------------------------------------------
_clients = {}
_clients_lock = threading.Lock()


def get_client(url, purpose="search", timeout=None):
    """The process's client for ``url``: ``search`` fails fast (no retries, the breaker and
    the database take over), ``write`` waits longer and retries timeouts, 429 and 5xx with
    backoff. Clients keep their connections (one pool per process, not one per request)."""
    if purpose == "search":
        options = {"request_timeout": timeout or settings.SEARCH_ES_TIMEOUT, "max_retries": 0}
    else:
        backoff = settings.SEARCH_ES_BACKOFF
        options = {
            "request_timeout": timeout or settings.SEARCH_ES_WRITE_TIMEOUT,
            "max_retries": settings.SEARCH_ES_WRITE_RETRIES,
            "retry_on_timeout": True,
            "retry_on_status": (429, 502, 503, 504),
            "retry_backoff_base": backoff,
            "retry_backoff_cap": backoff * 60,
        }
    key = (url, purpose, tuple(sorted(options.items())))
    with _clients_lock:
        if key not in _clients:
            _clients[key] = Elasticsearch(url, **options)
        return _clients[key]


_checked_mappings = set()  # (url, alias) whose live mapping version was found current


class ElasticsearchEngine(Engine):
    name = "elasticsearch"

    def __init__(self, url=None, timeout=None, alias=None):
        self.url = url or settings.ELASTICSEARCH_URL
        self._alias = alias
        self.client = get_client(self.url, "search", timeout)
        self.writer = get_client(self.url, "write", timeout and max(timeout, 30))
        self.breaker = breaker_for(self.url)

    @property
    def alias(self):
        return self._alias or alias_name()

    def _rebuild_mark(self):
        return f"search:es:rebuilding:{self.url}:{self.alias}"

    def _targets(self):
        """The alias, plus the index a rebuild is filling (edits must reach both)."""
        rebuilding = cache.get(self._rebuild_mark())
        return [self.alias, rebuilding] if rebuilding else [self.alias]

    # --- indexing ---------------------------------------------------------------------------
    def ensure_index(self):
        """The alias exists and its index has this code's mapping (``MappingOutdated`` if
        not). Workers racing here all create the same first index, alias included, in one
        request: one wins, the others find it."""
        if (self.url, self.alias) in _checked_mappings:
            return
        if not self.writer.indices.exists_alias(name=self.alias):
            first = f"{self.alias}-first"
            try:
                build_index(first, alias=self.alias).create(using=self.writer)
            except BadRequestError as exc:
                if exc.error != "resource_already_exists_exception":
                    raise
                self.writer.indices.put_alias(index=first, name=self.alias, is_write_index=True)
        outdated = {k: v for k, v in self.mapping_versions().items() if v != MAPPING_VERSION}
        if outdated:
            raise MappingOutdated(
                f"index {', '.join(sorted(outdated))} has mapping version "
                f"{', '.join(sorted(set(map(str, outdated.values()))))}, this code "
                f"{MAPPING_VERSION}: run 'manage.py search_index rebuild'"
            )
        _checked_mappings.add((self.url, self.alias))

    def mapping_versions(self):
        """{index behind the alias: its mapping's ``_meta.version``}; {} without the alias."""
        if not self.writer.indices.exists_alias(name=self.alias):
            return {}
        response = self.writer.indices.get_mapping(index=self.alias)
        return {
            name: ((body.get("mappings") or {}).get("_meta") or {}).get("version")
            for name, body in response.body.items()
        }

    def _bulk(self, actions):
        """Stream ``actions`` in chunks (SEARCH_ES_BULK_DOCS documents, SEARCH_ES_BULK_MB),
        documents refused with 429 sent again with backoff; the number written.
        ``IndexingFailed`` at the first document refused otherwise (or still refused)."""
        written = 0
        for ok, item in streaming_bulk(
            self.writer,
            actions,
            chunk_size=settings.SEARCH_ES_BULK_DOCS,
            max_chunk_bytes=settings.SEARCH_ES_BULK_MB * 1024 * 1024,
            max_retries=settings.SEARCH_ES_WRITE_RETRIES,
            initial_backoff=settings.SEARCH_ES_BACKOFF,
            max_backoff=settings.SEARCH_ES_BACKOFF * 60,
            raise_on_error=False,  # else a 429 item raises before the helper retries it
        ):
            if not ok:
                failed = next(iter(item.values()), {})
                error = failed.get("error") or {}
                reason = error.get("reason") or error.get("type") or failed.get("status")
                raise IndexingFailed(f"document {failed.get('_id')} refused: {reason}")
            written += 1
        return written

    def index(self, docs, index_name=None):
        """Write ``docs`` (any iterable, read as it streams) to the alias, and to the index a
        running rebuild is filling. No refresh: the index's refresh interval makes them
        visible."""
        targets = [index_name] if index_name else None
        if targets is None:
            self.ensure_index()
            targets = self._targets()
        actions = (
            {"_index": target, "_id": doc_id(doc), "_source": source}
            for doc in docs
            for source in (to_source(doc),)
            for target in targets
        )
        return self._bulk(actions)

    def delete(self, type_key, object_ids=None):
        query = Q("term", type_key=type_key)
        if object_ids is not None:
            ids = [str(i) for i in object_ids]
            if not ids:
                return
            query = _all_of([query, Q("terms", object_id=ids)])
        self.writer.delete_by_query(
            index=",".join(self._targets()),
            query=query.to_dict(),
            conflicts="proceed",  # a document changed meanwhile is not a failure
            ignore_unavailable=True,
        )

    def rebuild(self, docs):
        """Fill a new timestamped index (no replicas, no refresh while loading) from ``docs``
        as they stream, then swap the alias to it in one request and drop the old indices.
        Edits made meanwhile are written to both (``_targets``); a failed rebuild deletes
        its index and leaves the alias as it was."""
        name = f"{self.alias}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"
        build_index(name, loading=True).create(using=self.writer)
        cache.set(self._rebuild_mark(), name, REBUILD_MARK_SECONDS)
        try:
            self.index(docs, index_name=name)
            self.writer.indices.put_settings(
                index=name,
                settings={
                    "index": {
                        "number_of_replicas": settings.SEARCH_ES_REPLICAS,
                        "refresh_interval": None,  # back to the default (1 s)
                    }
                },
            )
            self.writer.indices.refresh(index=name)
            old = (
                list(self.writer.indices.get_alias(name=self.alias).body)
                if self.writer.indices.exists_alias(name=self.alias)
                else []
            )
            actions = [{"remove": {"index": o, "alias": self.alias}} for o in old]
            actions.append({"add": {"index": name, "alias": self.alias, "is_write_index": True}})
            self.writer.indices.update_aliases(actions=actions)
        except BaseException:
            cache.delete(self._rebuild_mark())
            try:
                self.writer.indices.delete(index=name, ignore_unavailable=True)
            except Exception as exc:  # noqa: BLE001 - the first error is the one to raise
                logger.error(
                    "search: could not delete the failed rebuild's index %s: %s", name, exc
                )
            raise
        cache.delete(self._rebuild_mark())
        _checked_mappings.discard((self.url, self.alias))
        for o in old:
            self.writer.indices.delete(index=o, ignore_unavailable=True)
        return name

    def counts(self):
        if not self.writer.indices.exists_alias(name=self.alias):
            return {}
        response = build_counts(self.alias).using(self.writer).execute()
        return {b.key: b.doc_count for b in response.aggregations.types.buckets}

    # --- searching --------------------------------------------------------------------------
    def search(
        self,
        query,
        types=(),
        filters=None,
        page=1,
        per_page=10,
        language=None,
        *,
        locale=None,
        date_range=None,
        sort="relevance",
    ):
        search, parsed = build_search(
            query,
            types,
            filters,
            page,
            per_page,
            language,
            self.alias,
            locale=locale,
            date_range=date_range,
            sort=sort,
        )
        response = self.breaker.call(search.using(self.client).execute)
        results = to_results(response, parsed, types, filters, self.name)
        if parsed and results.total == 0:
            spelling = build_did_you_mean(parsed, self.alias).using(self.client)
            results.suggestion = _did_you_mean(self.breaker.call(spelling.execute))
        return results

    def ids(self, query, types=(), filters=None, language=None, limit=1000, *, locale=None):
        """(type_key, object_id) of the best ``limit`` matches; [] for an empty query."""
        if not parse_query(query):
            return []
        search, _parsed = build_search(
            query,
            types,
            filters,
            1,
            min(limit, MAX_WINDOW),
            language,
            self.alias,
            locale=locale,
            counted=False,
        )
        search = search.source(["type_key", "object_id"]).using(self.client)
        response = self.breaker.call(search.execute)
        return list(dict.fromkeys((hit.type_key, hit.object_id) for hit in response))

    def suggest(self, prefix, language=None, limit=8):
        parsed = parse_query(prefix)
        text = " ".join(parsed.words)
        if len(text) < 2:
            return []
        search = build_suggest(text, language, limit, self.alias).using(self.client)
        response = self.breaker.call(search.execute)
        out, seen = [], set()
        for hit in response:
            if hit.title in seen:
                continue
            seen.add(hit.title)
            out.append(
                {
                    "title": hit.title,
                    "url": hit.url,
                    "type_key": hit.type_key,
                    "object_id": hit.object_id,
                }
            )
            if len(out) == limit:
                break
        return out


def to_results(response, parsed, types, filters, engine_name="elasticsearch"):
    """``Results`` from a response to ``build_search``'s request."""
    results = Results(engine=engine_name, total=response.hits.total.value)
    aggs = response.aggregations
    results.facet_counts["type"] = {b.key: b.doc_count for b in aggs.types.by_type.buckets}
    if "facets" in aggs:
        results.facet_counts["facets"] = facet_counts(aggs, filters if len(types) == 1 else {})
    for hit in response:
        summary = _own(hit, "summary")
        results.hits.append(
            Hit(
                type_key=hit.type_key,
                object_id=hit.object_id,
                title=hit.title,
                url=hit.url,
                summary=summary,
                date=_date(getattr(hit, "date", None)),
                date_precision=getattr(hit, "date_precision", None) or "day",
                language=hit.language,
                snippet=snippet_from_highlight(_fragments(hit), summary, parsed),
                score=hit.meta.score or 0.0,
            )
        )
    return results


def facet_counts(aggs, filters):
    """{facet name: {value: count}}: the unfiltered facets from the "facets" aggregation, each
    filtered facet from its own aggregation (which ignores that facet's filter)."""
    counts = {}
    for bucket in aggs.facets.pairs.buckets:
        name, _, value = bucket.key.partition("=")
        counts.setdefault(name, {})[value] = bucket.doc_count
    for number, name in enumerate(_facet_clauses(filters)):
        counts[name] = {}
        for bucket in aggs[f"facet_{number}"].pairs.buckets:
            counts[name][bucket.key.partition("=")[2]] = bucket.doc_count
    return counts


def _did_you_mean(response):
    words, changed = [], False
    for entry in response.suggest.did_you_mean:
        if entry.options:
            words.append(entry.options[0].text)
            changed = True
        else:
            words.append(entry.text)
    return " ".join(words) if changed else ""
