"""The Elasticsearch engine, written with elasticsearch.dsl: per-language analyzers, keyword
facets with aggregations, highlighting, a term suggester and an alias swapped on rebuild."""

from datetime import UTC, datetime

from django.conf import settings
from elasticsearch import Elasticsearch
from elasticsearch.dsl import (
    Completion,
    Date,
    Document,
    Index,
    Keyword,
    Q,
    Search,
    Text,
)

from search.query import parse_query

from .base import MARK_END, MARK_START, Engine, Hit, Results, marked_to_html

ANALYZERS = {"en": "english", "fr": "french", "es": "spanish", "ar": "arabic"}


def _multilingual_text(**kwargs):
    return Text(
        analyzer="standard",
        fields={code: Text(analyzer=analyzer) for code, analyzer in ANALYZERS.items()},
        **kwargs,
    )


class SearchDoc(Document):
    type_key = Keyword()
    object_id = Keyword()
    language = Keyword()
    title = _multilingual_text()
    summary = _multilingual_text()
    text = _multilingual_text()
    url = Keyword(index=False)
    date = Date()
    facet_pairs = Keyword()  # "name=value", one per facet value: filters and aggregations
    facets = Keyword(index=False)  # unused by queries; kept for display
    title_suggest = Completion(contexts=[{"name": "language", "type": "category"}])


def alias_name():
    return getattr(settings, "SEARCH_ES_INDEX", "rrhub-search")


def build_index(name):
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.document(SearchDoc)
    return index


def doc_id(doc):
    return f"{doc['type_key']}:{doc['object_id']}:{doc.get('language') or 'en'}"


def to_source(doc):
    facets = doc.get("facets") or {}
    pairs = [f"{name}={value}" for name, values in facets.items() for value in values]
    language = doc.get("language") or "en"
    return {
        "type_key": doc["type_key"],
        "object_id": str(doc["object_id"]),
        "language": language,
        "title": doc.get("title") or "",
        "summary": doc.get("summary") or "",
        "text": (doc.get("text") or "")[:500000],
        "url": doc.get("url") or "",
        "date": doc.get("date"),
        "facet_pairs": pairs,
        "title_suggest": {"input": [doc.get("title") or ""], "contexts": {"language": [language]}},
    }


def highlight_fields(lang):
    """The language's stemmed sub-fields first (they match word forms), then the plain ones."""
    base = ["text", "summary", "title"]
    if lang not in ANALYZERS:
        return base
    return [f"text.{lang}", f"summary.{lang}"] + base


def build_search(query, types=(), filters=None, page=1, per_page=10, language=None, index=None):
    """The Search object (its to_dict() is the request body); None when the query is empty."""
    parsed = parse_query(query)
    if not parsed:
        return None, parsed
    lang = (language or "")[:2]
    fields = ["title^3", "summary^2", "text"]
    if lang in ANALYZERS:
        fields += [f"title.{lang}^3", f"summary.{lang}^2", f"text.{lang}"]
    must = []
    if parsed.terms:
        must.append(
            Q(
                "multi_match",
                query=" ".join(parsed.terms),
                fields=fields,
                operator="and",
                type="cross_fields",
            )
        )
    for phrase in parsed.phrases:
        must.append(Q("multi_match", query=" ".join(phrase), fields=fields, type="phrase"))
    search = Search(index=index or alias_name()).query(Q("bool", must=must))
    if language:
        search = search.filter("term", language=language)
    for name, values in (filters or {}).items():
        values = [v for v in values if v]
        if values:
            search = search.filter("terms", facet_pairs=[f"{name}={v}" for v in values])
    # Type counts ignore the type filter (post_filter), so every tab shows its number.
    search.aggs.bucket("types", "terms", field="type_key", size=50)
    if types:
        search = search.post_filter("terms", type_key=list(types))
        if len(types) == 1:
            search.aggs.bucket("facets", "filter", Q("terms", type_key=list(types))).bucket(
                "pairs", "terms", field="facet_pairs", size=200
            )
    search = search.highlight_options(
        pre_tags=[MARK_START],
        post_tags=[MARK_END],
        encoder="default",
        number_of_fragments=2,
        fragment_size=150,
    ).highlight(*highlight_fields(lang))
    search = search.suggest(
        "did_you_mean", " ".join(parsed.words), term={"field": "title", "suggest_mode": "missing"}
    )
    search = search.extra(track_total_hits=True).sort(
        "_score", {"date": {"order": "desc", "missing": "_last"}}
    )
    offset = (max(page, 1) - 1) * per_page
    return search[offset : offset + per_page], parsed


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
    def search(self, query, types=(), filters=None, page=1, per_page=10, language=None):
        search, parsed = build_search(query, types, filters, page, per_page, language)
        results = Results(engine=self.name)
        if search is None:
            return results
        response = search.using(self.client).execute()
        results.facet_counts["type"] = {
            b.key: b.doc_count for b in response.aggregations.types.buckets
        }
        results.total = response.hits.total.value
        if types and len(types) == 1:
            for bucket in response.aggregations.facets.pairs.buckets:
                name, _, value = bucket.key.partition("=")
                results.facet_counts["facets"].setdefault(name, {})[value] = bucket.doc_count
        for hit in response:
            highlight = getattr(hit.meta, "highlight", None)
            fragments = []
            if highlight is not None:
                for field in highlight_fields((language or "")[:2]):
                    if field in highlight:
                        fragments = list(highlight[field])
                        break
            snippet = " … ".join(fragments) if fragments else (hit.summary or "")[:240]
            results.hits.append(
                Hit(
                    type_key=hit.type_key,
                    object_id=hit.object_id,
                    title=hit.title,
                    url=hit.url,
                    summary=hit.summary,
                    date=getattr(hit, "date", None),
                    language=hit.language,
                    snippet=marked_to_html(snippet, parsed),
                    score=hit.meta.score or 0.0,
                )
            )
        if results.total == 0:
            words = []
            changed = False
            for entry in response.suggest.did_you_mean:
                if entry.options:
                    words.append(entry.options[0].text)
                    changed = True
                else:
                    words.append(entry.text)
            results.suggestion = " ".join(words) if changed else ""
        return results

    def ids(self, query, types=(), filters=None, language=None, limit=1000):
        """(type_key, object_id) of the best ``limit`` matches."""
        search, _parsed = build_search(query, types, filters, 1, limit, language)
        if search is None:
            return []
        response = search.source(["type_key", "object_id"]).using(self.client).execute()
        return list(dict.fromkeys((hit.type_key, hit.object_id) for hit in response))

    def suggest(self, prefix, language=None, limit=8):
        parsed = parse_query(prefix)
        text = " ".join(parsed.words)
        if len(text) < 2:
            return []
        completion = {"field": "title_suggest", "size": limit, "skip_duplicates": True}
        if language:
            completion["contexts"] = {"language": [language]}
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
