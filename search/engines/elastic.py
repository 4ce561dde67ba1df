"""The Elasticsearch engine, written with elasticsearch.dsl: the database engine's contract
(per-language analysis, locale, browse and sort, date range, disjunctive facet counts) on an
index whose alias is swapped on rebuild.

Each document is analysed in its own text language only: its title, summary and text go to
``title_<lang>``, ``summary_<lang>``, ``text_<lang>`` (``_std`` for languages without an
analyser), analysed by the built-in language analyser rebuilt with ``asciifolding``. Queries
search every language's fields, so an English query from /fr/ still finds English documents;
documents in the visitor's language rank first.
"""

from datetime import UTC, date, datetime

from django.conf import settings
from elasticsearch import Elasticsearch
from elasticsearch.dsl import (
    Completion,
    Date,
    Index,
    Keyword,
    Mapping,
    Q,
    Search,
    Text,
    analyzer,
    normalizer,
    token_filter,
)

from search.query import parse_query

from .base import MARK_END, MARK_START, Engine, Hit, Results, marked_to_html

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

NO_LOCALE = "*"  # the suggestion context of documents that belong to no locale

LANGUAGE_BOOST = 1000  # added to the score of documents in the visitor's language: first
FACET_SIZE = 5000  # buckets per facet aggregation: every value, counts exact (one shard)
MAX_WINDOW = 10000  # Elasticsearch's index.max_result_window: deeper pages are empty
TEXT_LIMIT = 500000  # characters of a document's text that are indexed


def suffix(language):
    """The field suffix a document in ``language`` is analysed under."""
    code = (language or "")[:2]
    return code if code in ANALYZERS else STANDARD


def build_mapping():
    mapping = Mapping()
    for name in ("type_key", "object_id", "language", "locale", "facet_pairs"):
        mapping.field(name, Keyword())  # facet_pairs: "name=value", filters and aggregations
    # The title as shown; sorted folded ("title.sort"), spell-checked ("title.words").
    mapping.field(
        "title",
        Keyword(
            index=False,
            doc_values=False,
            fields={"sort": Keyword(normalizer=FOLDING), "words": Text(analyzer="standard")},
        ),
    )
    for code, language_analyzer in ANALYZERS_BY_SUFFIX.items():
        mapping.field(f"title_{code}", Text(analyzer=language_analyzer))
        mapping.field(f"summary_{code}", Text(analyzer=language_analyzer))
        # Offsets in the postings: the highlighter need not re-analyse long texts.
        mapping.field(f"text_{code}", Text(analyzer=language_analyzer, index_options="offsets"))
    mapping.field("url", Keyword(index=False))
    mapping.field("date", Date())
    # Suggestions of the visitor's site locale, plus those of no locale ("*": discussions).
    mapping.field("title_suggest", Completion(contexts=[{"name": "locale", "type": "category"}]))
    return mapping


def alias_name():
    return getattr(settings, "SEARCH_ES_INDEX", "rrhub-search")


def build_index(name):
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.mapping(build_mapping())
    return index


def doc_id(doc):
    return f"{doc['type_key']}:{doc['object_id']}:{doc.get('language') or 'en'}"


def to_source(doc):
    """The indexed document: its text in its own language's fields only."""
    facets = doc.get("facets") or {}
    pairs = [f"{name}={value}" for name, values in facets.items() for value in values]
    language = doc.get("language") or "en"
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
        "facet_pairs": pairs,
        "title_suggest": {
            "input": [title],
            "contexts": {"locale": [doc.get("locale") or NO_LOCALE]},
        },
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
    ``counted=False``: hits only (no counts, highlights or suggestions).
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
        "by_type", "terms", field="type_key", size=50
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
    if parsed:
        search = search.highlight_options(
            pre_tags=[MARK_START],
            post_tags=[MARK_END],
            encoder="default",  # not escaped here: marked_to_html escapes once
            number_of_fragments=2,
            fragment_size=150,
        ).highlight(*highlight_fields())
        search = search.suggest(
            "did_you_mean",
            " ".join(parsed.words),
            term={"field": "title.words", "suggest_mode": "missing"},
        )
    return search.extra(track_total_hits=True), parsed


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
    if not value or isinstance(value, date):
        return value or None
    return date.fromisoformat(str(value)[:10])


class ElasticsearchEngine(Engine):
    name = "elasticsearch"

    def __init__(self, url=None, timeout=2):
        self.url = url or settings.ELASTICSEARCH_URL
        self.client = Elasticsearch(self.url, request_timeout=timeout, max_retries=0)

    # --- indexing ---------------------------------------------------------------------------
    def ensure_index(self):
        if not self.client.indices.exists_alias(name=alias_name()):
            name = f"{alias_name()}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"
            build_index(name).create(using=self.client)
            self.client.indices.put_alias(index=name, name=alias_name())

    def index(self, docs, index_name=None):
        from elasticsearch.helpers import bulk

        if index_name is None:
            self.ensure_index()
        actions = [
            {"_index": index_name or alias_name(), "_id": doc_id(doc), "_source": to_source(doc)}
            for doc in docs
        ]
        if actions:
            bulk(self.client, actions, refresh="wait_for")

    def delete(self, type_key, object_ids=None):
        body = {"term": {"type_key": type_key}}
        if object_ids is not None:
            body = {
                "bool": {"filter": [body, {"terms": {"object_id": [str(i) for i in object_ids]}}]}
            }
        self.client.delete_by_query(
            index=alias_name(), query=body, refresh=True, ignore_unavailable=True
        )

    def rebuild(self, docs):
        """Build a new timestamped index, then swap the alias atomically; drop the old ones."""
        alias = alias_name()
        name = f"{alias}-{datetime.now(UTC):%Y%m%d%H%M%S%f}"
        build_index(name).create(using=self.client)
        self.index(docs, index_name=name)
        self.client.indices.refresh(index=name)
        old = (
            list(self.client.indices.get_alias(name=alias, ignore_unavailable=True).keys())
            if self.client.indices.exists_alias(name=alias)
            else []
        )
        actions = [{"remove": {"index": o, "alias": alias}} for o in old]
        actions.append({"add": {"index": name, "alias": alias}})
        self.client.indices.update_aliases(actions=actions)
        for o in old:
            self.client.indices.delete(index=o, ignore_unavailable=True)
        return name

    def counts(self):
        if not self.client.indices.exists_alias(name=alias_name()):
            return {}
        search = Search(using=self.client, index=alias_name()).extra(size=0)
        search.aggs.bucket("types", "terms", field="type_key", size=50).metric(
            "objects", "cardinality", field="object_id"
        )
        response = search.execute()
        return {b.key: b.objects.value for b in response.aggregations.types.buckets}

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
            locale=locale,
            date_range=date_range,
            sort=sort,
        )
        response = search.using(self.client).execute()
        return to_results(response, parsed, types, filters, self.name)

    def ids(self, query, types=(), filters=None, language=None, limit=1000, *, locale=None):
        """(type_key, object_id) of the best ``limit`` matches; [] for an empty query."""
        if not parse_query(query):
            return []
        search, _parsed = build_search(
            query, types, filters, 1, min(limit, MAX_WINDOW), language, locale=locale, counted=False
        )
        response = search.source(["type_key", "object_id"]).using(self.client).execute()
        return list(dict.fromkeys((hit.type_key, hit.object_id) for hit in response))

    def suggest(self, prefix, language=None, limit=8):
        parsed = parse_query(prefix)
        text = " ".join(parsed.words)
        if len(text) < 2:
            return []
        completion = {"field": "title_suggest", "size": limit, "skip_duplicates": True}
        if language:  # the visitor's site language: that locale's titles and locale-less ones
            completion["contexts"] = {"locale": [language, NO_LOCALE]}
        search = Search(using=self.client, index=alias_name()).suggest(
            "titles", text, completion=completion
        )
        response = search.extra(size=0).execute()
        return [
            {
                "title": option._source.title,
                "url": option._source.url,
                "type_key": option._source.type_key,
                "object_id": option._source.object_id,
            }
            for option in response.suggest.titles[0].options
        ]


def to_results(response, parsed, types, filters, engine_name="elasticsearch"):
    """``Results`` from a response to ``build_search``'s request."""
    results = Results(engine=engine_name, total=response.hits.total.value)
    aggs = response.aggregations
    results.facet_counts["type"] = {b.key: b.doc_count for b in aggs.types.by_type.buckets}
    if types and len(types) == 1:
        results.facet_counts["facets"] = facet_counts(aggs, filters)
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
                language=hit.language,
                snippet=snippet_from_highlight(_fragments(hit), summary, parsed),
                score=hit.meta.score or 0.0,
            )
        )
    if parsed and results.total == 0:
        results.suggestion = _did_you_mean(response)
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
