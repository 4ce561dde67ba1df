"""The Elasticsearch engine: without a server, the mapping, the documents and the request
bodies it builds (``to_dict()``), the parsing of a response, and the fallback to the database
engine when the server cannot be reached; with a server (ELASTICSEARCH_URL), the same
contract as the database engine: per-language analysis, locale, browse, dates, facets."""

import logging
import os
import uuid
from datetime import date

import pytest
from django.core.management import call_command
from elasticsearch.dsl.response import Response

from search import services
from search.engines.base import MARK_END, MARK_START
from search.engines.elastic import (
    ANALYZERS,
    LANGUAGE_BOOST,
    MAPPING_VERSION,
    MAX_WINDOW,
    SUFFIXES,
    ElasticsearchEngine,
    alias_name,
    build_counts,
    build_did_you_mean,
    build_index,
    build_search,
    build_suggest,
    doc_id,
    to_results,
    to_source,
)
from search.models import SearchDocument

CLOSED_PORT = "http://127.0.0.1:9"  # the discard port: nothing listens, connections are refused


def body(query="", **kwargs):
    return build_search(query, **kwargs)[0].to_dict()


def language_clauses(request_body):
    """The per-language clauses of the words' dis_max: {suffix: multi_match}."""
    dis_max = request_body["query"]["bool"]["must"][0]["dis_max"]["queries"]
    return {q["multi_match"]["fields"][-1].removeprefix("text_"): q["multi_match"] for q in dis_max}


# --- the index mapping ------------------------------------------------------------------------
def test_mapping_analyses_each_language_with_its_analyser_and_asciifolding():
    index = build_index("rrhub-search-test").to_dict()
    settings = index["settings"]
    # From the settings (SEARCH_ES_SHARDS, SEARCH_ES_REPLICAS), not hard-coded.
    assert settings["number_of_shards"] == 1 and settings["number_of_replicas"] == 1
    assert "refresh_interval" not in settings
    analysis = settings["analysis"]
    analyzers, filters = analysis["analyzer"], analysis["filter"]

    def chain(name):
        return [filters[f]["type"] if f in filters else f for f in analyzers[name]["filter"]]

    # The built-in analysers rebuilt, asciifolding after the (accented) stop words and before
    # the stemmer; Arabic normalised and lightly stemmed.
    assert chain("fr_folded") == ["elision", "lowercase", "stop", "asciifolding", "stemmer"]
    assert chain("es_folded") == ["lowercase", "stop", "asciifolding", "stemmer"]
    assert chain("en_folded") == ["stemmer", "lowercase", "stop", "asciifolding", "stemmer"]
    assert chain("ar_folded") == [
        "lowercase",
        "decimal_digit",
        "stop",
        "arabic_normalization",
        "stemmer",
        "asciifolding",
    ]
    assert chain("std_folded") == ["lowercase", "asciifolding"]
    assert {name: a["tokenizer"] for name, a in analyzers.items()} == dict.fromkeys(
        analyzers, "standard"
    )
    assert filters["fr_stemmer"]["language"] == "light_french"
    assert filters["es_stemmer"]["language"] == "light_spanish"
    assert filters["en_stemmer"]["language"] == "english"
    assert filters["en_possessive"]["language"] == "possessive_english"
    assert filters["ar_stemmer"]["language"] == "arabic"
    assert {filters[f"{c}_stop"]["stopwords"] for c in ("en", "fr", "es", "ar")} == {
        "_english_",
        "_french_",
        "_spanish_",
        "_arabic_",
    }
    assert "l" in filters["fr_elision"]["articles"] and filters["fr_elision"]["articles_case"]
    assert analysis["normalizer"]["folding"]["filter"] == ["lowercase", "asciifolding"]

    assert index["mappings"]["dynamic"] == "strict"  # no field is ever mapped on the fly
    assert index["mappings"]["_meta"] == {"version": MAPPING_VERSION}
    properties = index["mappings"]["properties"]
    for code in ("en", "fr", "es", "ar", "std"):
        for field in ("title", "summary", "text"):
            assert properties[f"{field}_{code}"]["type"] == "text"
            assert properties[f"{field}_{code}"]["analyzer"] == f"{code}_folded"
    assert properties["text_fr"]["index_options"] == "offsets"
    for field in ("type_key", "object_id", "language", "locale", "facet_pairs"):
        assert properties[field] == {"type": "keyword"}
    assert properties["title"]["index"] is False
    assert properties["title"]["fields"]["sort"] == {"type": "keyword", "normalizer": "folding"}
    assert properties["title"]["fields"]["words"] == {"type": "text", "analyzer": "standard"}
    assert properties["title"]["fields"]["infix"] == {"type": "wildcard"}
    assert properties["url"] == {"type": "keyword", "index": False}
    assert properties["date"] == {"type": "date"}
    assert "title_suggest" not in properties  # suggestions query the title's sub-fields


def test_shards_and_replicas_come_from_the_settings_and_a_load_has_neither_refresh_nor_replicas(
    settings,
):
    settings.SEARCH_ES_SHARDS, settings.SEARCH_ES_REPLICAS = 3, 2
    assert build_index("x").to_dict()["settings"]["number_of_shards"] == 3
    assert build_index("x").to_dict()["settings"]["number_of_replicas"] == 2
    loading = build_index("x", loading=True).to_dict()["settings"]
    assert loading["number_of_replicas"] == 0 and loading["refresh_interval"] == "-1"


def test_the_mapping_version_is_a_fingerprint_of_the_mapping():
    from search.engines import elastic

    assert MAPPING_VERSION == elastic._fingerprint() and len(MAPPING_VERSION) == 16


def test_a_french_document_is_indexed_in_the_french_fields_only():
    doc = {
        "type_key": "fixture",
        "object_id": 7,
        "language": "fr",
        "locale": "fr",
        "title": "Les logements",
        "summary": "Aide",
        "text": "x" * 600000,
        "url": "/fr/logements/",
        "date": None,
        "facets": {"theme": ["housing", "legal"], "region": ["global"]},
    }
    source = to_source(doc)
    assert doc_id(doc) == "fixture:7"  # one document per object: exact counts
    assert source["object_id"] == "7" and source["locale"] == "fr"
    assert source["title"] == source["title_fr"] == "Les logements"
    assert source["summary_fr"] == "Aide"
    assert len(source["text_fr"]) == 500000
    assert not {k for k in source if k.endswith(("_en", "_es", "_ar", "_std"))}
    # The text's language is a facet, as on the database engine.
    assert source["facet_pairs"] == [
        "language=fr",
        "theme=housing",
        "theme=legal",
        "region=global",
    ]
    # Another language is analysed by the standard analyser; no locale is "".
    german = to_source({**doc, "language": "de", "locale": None})
    assert german["text_std"] and german["locale"] == "" and "text_fr" not in german


# --- the query body ---------------------------------------------------------------------------
def test_a_query_searches_every_language_and_ranks_the_visitors_first():
    request_body = body('logement "aide au loyer"', language="fr")
    clauses = language_clauses(request_body)
    assert set(clauses) == set(SUFFIXES) == {"en", "fr", "es", "ar", "std"}
    # All words in one language's fields, analysed as that language.
    assert clauses["fr"] == {
        "query": "logement",
        "fields": ["title_fr^3", "summary_fr^2", "text_fr"],
        "operator": "and",
        "type": "cross_fields",
    }
    assert clauses["en"]["fields"] == ["title_en^3", "summary_en^2", "text_en"]
    phrase = request_body["query"]["bool"]["must"][1]["multi_match"]
    assert phrase["type"] == "phrase" and phrase["query"] == "aide au loyer"
    assert len(phrase["fields"]) == 15 and "text_ar" in phrase["fields"]
    # The visitor's language is a boost, not a filter.
    assert request_body["query"]["bool"]["should"] == [
        {"constant_score": {"filter": {"term": {"language": "fr"}}, "boost": LANGUAGE_BOOST}}
    ]
    assert "filter" not in request_body["query"]["bool"]
    assert request_body["sort"][0] == "_score"
    assert "should" not in body("logement")["query"]["bool"]


def test_locale_and_date_range_filter_everything():
    request_body = body("housing", locale="fr", date_range=(date(2020, 1, 1), None), language="en")
    assert request_body["query"]["bool"]["filter"] == [
        {"terms": {"locale": ["fr", ""]}},  # "": documents of no locale (discussions)
        {"range": {"date": {"gte": "2020-01-01"}}},
    ]
    both = body("", date_range=("2019-01-01", "2019-12-31"))
    assert both["query"]["bool"]["filter"] == [
        {"range": {"date": {"gte": "2019-01-01", "lte": "2019-12-31"}}}
    ]
    assert "filter" not in body("housing", date_range=(None, None))["query"]["bool"]


def test_type_and_facet_filters_are_a_post_filter_with_disjunctive_counts():
    request_body = body(
        "logement",
        types=["fixture"],
        filters={"theme": ["housing", "legal"], "region": ["global"], "empty": [""]},
        language="fr",
    )
    types = {"terms": {"type_key": ["fixture"]}}
    theme = {"terms": {"facet_pairs": ["theme=housing", "theme=legal"]}}
    region = {"terms": {"facet_pairs": ["region=global"]}}
    # Hits: every filter; values of one facet are ORed, facets ANDed; empty values ignored.
    assert request_body["post_filter"] == {"bool": {"filter": [types, theme, region]}}
    aggs = request_body["aggs"]
    # Type counts ignore the type filter; the unfiltered facets see every filter.
    assert aggs["types"]["filter"] == {"bool": {"filter": [theme, region]}}
    assert aggs["types"]["aggs"]["by_type"]["terms"]["field"] == "type_key"
    assert aggs["facets"]["filter"] == {"bool": {"filter": [types, theme, region]}}
    assert aggs["facets"]["aggs"]["pairs"]["terms"]["field"] == "facet_pairs"
    # Each filtered facet: every filter but its own, only its own values.
    assert aggs["facet_0"]["filter"] == {"bool": {"filter": [types, region]}}
    assert aggs["facet_0"]["aggs"]["pairs"]["terms"]["include"] == "theme=.*"
    assert aggs["facet_1"]["filter"] == {"bool": {"filter": [types, theme]}}
    assert aggs["facet_1"]["aggs"]["pairs"]["terms"]["include"] == "region=.*"
    assert "facet_2" not in aggs
    assert request_body["track_total_hits"] is True


def test_a_bare_facet_value_is_one_value():
    request_body = body("x", filters={"theme": "housing", "year": 2020, "none": None})
    assert request_body["post_filter"] == {
        "bool": {
            "filter": [
                {"terms": {"facet_pairs": ["theme=housing"]}},
                {"terms": {"facet_pairs": ["year=2020"]}},
            ]
        }
    }


def test_facet_names_are_literal_in_the_include_pattern():
    aggs = body("x", types=["t"], filters={"a.b+c": ["1"]})["aggs"]
    assert aggs["facet_0"]["aggs"]["pairs"]["terms"]["include"] == r"a\.b\+c=.*"


def test_without_one_type_only_the_language_split_is_counted():
    request_body = body("housing", language="ar")
    assert "post_filter" not in request_body
    assert set(request_body["aggs"]) == {"types", "facets"}
    assert request_body["aggs"]["types"]["filter"] == {"bool": {}}
    pairs = request_body["aggs"]["facets"]["aggs"]["pairs"]["terms"]
    assert pairs["include"] == "language=.*"


def test_highlight_suggestion_and_paging():
    search, parsed = build_search("logement aide", page=3, per_page=10, language="fr")
    request_body = search.to_dict()
    highlight = request_body["highlight"]
    assert highlight["pre_tags"] == [MARK_START] and highlight["post_tags"] == [MARK_END]
    assert highlight["encoder"] == "default"  # escaped once, by marked_to_html
    fields = list(highlight["fields"])
    assert fields[:5] == ["text_en", "text_fr", "text_es", "text_ar", "text_std"]
    assert fields[-1] == "title_std" and len(fields) == 15
    # "Did you mean" is asked only when nothing matched, in a second request.
    assert "suggest" not in request_body
    spelling = build_did_you_mean(parsed).to_dict()
    assert spelling["suggest"]["did_you_mean"]["text"] == "logement aide"
    assert spelling["suggest"]["did_you_mean"]["term"]["field"] == "title.words"
    assert spelling["size"] == 0
    assert request_body["from"] == 20 and request_body["size"] == 10
    assert search._index == [alias_name()]
    assert parsed.terms == ("logement", "aide")
    # Beyond Elasticsearch's result window: counts, no hits (never an error).
    deep = body("logement", page=MAX_WINDOW // 10 + 1, per_page=10)
    assert deep["size"] == 0 and deep["from"] == 0


@pytest.mark.parametrize("query", ["", "   ", '"', "& | ! :*", "<>", "\x00\x00"])
def test_nothing_to_search_browses_newest_first(query):
    search, parsed = build_search(query, types=["fixture"], locale="en")
    request_body = search.to_dict()
    assert not parsed
    # Every document that passes the filters (dsl folds match_all into the filtered bool).
    assert request_body["query"] == {"bool": {"filter": [{"terms": {"locale": ["en", ""]}}]}}
    assert body(query)["query"] == {"match_all": {}}
    assert "highlight" not in request_body and "suggest" not in request_body
    assert request_body["sort"][0] == {"date": {"order": "desc", "missing": "_last"}}


@pytest.mark.parametrize(
    ("sort", "query", "first"),
    [
        ("relevance", "", {"date": {"order": "desc", "missing": "_last"}}),
        ("relevance", "housing", "_score"),
        ("newest", "housing", {"date": {"order": "desc", "missing": "_last"}}),
        ("oldest", "", {"date": {"order": "asc", "missing": "_last"}}),
        ("title", "", {"title.sort": "asc"}),
        ("nonsense", "", {"date": {"order": "desc", "missing": "_last"}}),
    ],
)
def test_sort_orders(sort, query, first):
    request_body = body(query, sort=sort)
    assert request_body["sort"][0] == first
    assert request_body["sort"][-2:] == [{"type_key": "asc"}, {"object_id": "asc"}]  # stable


@pytest.mark.parametrize("query", ["a" * 10000, "housing & !land :* <->", "(((x"])
def test_hostile_queries_build_bounded_bodies(query):
    for clause in language_clauses(body(query)).values():
        assert len(clause["query"]) <= 200
        assert not set(clause["query"]) & set("&|!:*<>()")


def test_ids_request_has_no_counts_highlights_or_suggestions():
    search, _parsed = build_search("housing", ["fixture"], None, 1, 5000, "en", counted=False)
    request_body = search.to_dict()
    assert not {"aggs", "highlight", "suggest"} & set(request_body)
    assert request_body["size"] == 5000 and request_body["track_total_hits"] is False
    assert ElasticsearchEngine(CLOSED_PORT).ids("  ", ["fixture"]) == []  # no request made


def test_counts_are_exact_documents_per_type_never_cardinality():
    """Certain defect: counts() estimated with cardinality; --verify needs exact counts."""
    request_body = build_counts("rrhub-x").to_dict()
    assert request_body["size"] == 0
    assert request_body["aggs"] == {"types": {"terms": {"field": "type_key", "size": 1000}}}
    assert "cardinality" not in str(request_body)


def test_suggestions_without_a_language_send_no_context_and_match_inside_titles():
    """Certain defects: without a language the completion suggester answered 400 (missing
    mandatory contexts); suggestions matched only the start of titles."""
    anywhere = build_suggest("Land", None, limit=5).to_dict()
    assert "suggest" not in anywhere and "filter" not in anywhere["query"]["bool"]
    prefix, infix = anywhere["query"]["bool"]["should"]
    assert prefix["constant_score"] == {"filter": {"prefix": {"title.sort": "land"}}, "boost": 2}
    assert infix["constant_score"]["filter"] == {
        "wildcard": {"title.infix": {"value": "*land*", "case_insensitive": True}}
    }
    assert anywhere["sort"][:2] == ["_score", {"title.sort": "asc"}]  # starting ones first
    assert anywhere["size"] == 15
    # A site language: that locale's titles and locale-less ones (discussions).
    french = build_suggest("lo", "fr").to_dict()
    assert french["query"]["bool"]["filter"] == [{"terms": {"locale": ["fr", ""]}}]
    assert len(french["query"]["bool"]["must"][0]["bool"]["should"]) == 1  # 2 letters: prefix
    assert (
        build_suggest("a*b?", None).to_dict()["query"]["bool"]["should"][1]["constant_score"][
            "filter"
        ]["wildcard"]["title.infix"]["value"]
        == r"*a\*b\?*"
    )


def test_every_site_language_has_an_analyzer():
    from django.conf import settings

    assert {code for code, _name in settings.LANGUAGES} == set(ANALYZERS)


# --- reading a response -----------------------------------------------------------------------
def _bucket(key, n):
    return {"key": key, "doc_count": n}


def test_response_becomes_results_with_disjunctive_facets_and_escaped_snippets():
    filters = {"theme": ["housing"]}
    search, parsed = build_search("help", types=["fixture"], filters=filters, language="en")
    raw = {
        "took": 1,
        "timed_out": False,
        "hits": {
            "total": {"value": 2, "relation": "eq"},
            "hits": [
                {
                    "_id": "fixture:1:en",
                    "_score": 1003.5,
                    "_source": {
                        "type_key": "fixture",
                        "object_id": "1",
                        "language": "en",
                        "title": "IOM's help",
                        "title_en": "IOM's help",
                        "summary_en": "Rent <b>help</b>",
                        "url": "/en/a/",
                        "date": "2024-05-01",
                    },
                    "highlight": {
                        "summary_en": [f"Rent <b>{MARK_START}help{MARK_END}</b>"],
                        "text_en": [f"IOM's {MARK_START}help{MARK_END} & more", "second"],
                    },
                },
                {
                    "_id": "fixture:2:fr",
                    "_score": 2.0,
                    "_source": {
                        "type_key": "fixture",
                        "object_id": "2",
                        "language": "fr",
                        "title": "Aide",
                        "title_fr": "Aide",
                        "summary_fr": "L'aide au loyer",
                        "url": "/fr/b/",
                    },
                },
            ],
        },
        "aggregations": {
            "types": {"doc_count": 3, "by_type": {"buckets": [_bucket("fixture", 2)]}},
            "facets": {
                "doc_count": 2,
                "pairs": {
                    "buckets": [
                        _bucket("theme=housing", 2),
                        _bucket("region=global", 1),
                        _bucket("region=x=y", 1),
                    ]
                },
            },
            "facet_0": {
                "doc_count": 4,
                "pairs": {"buckets": [_bucket("theme=housing", 2), _bucket("theme=legal", 3)]},
            },
        },
    }
    results = to_results(Response(search, raw), parsed, ["fixture"], filters)
    assert results.total == 2 and results.engine == "elasticsearch"
    assert results.facet_counts["type"] == {"fixture": 2}
    assert results.facet_counts["facets"] == {
        "theme": {"housing": 2, "legal": 3},  # its own aggregation: the theme filter ignored
        "region": {"global": 1, "x=y": 1},
    }
    first, second = results.hits
    # The text's fragments win over the summary's; escaped once, our marks kept.
    assert str(first.snippet) == "IOM&#x27;s <mark>help</mark> &amp; more … second"
    assert first.summary == "Rent <b>help</b>" and first.date == date(2024, 5, 1)
    assert first.title == "IOM's help" and first.score == 1003.5
    # Nothing highlighted: the summary, escaped.
    assert str(second.snippet) == "L&#x27;aide au loyer" and second.summary == "L'aide au loyer"
    assert second.date is None and second.language == "fr"
    assert results.suggestion == ""


# --- fallback: the server is unreachable ------------------------------------------------------
@pytest.fixture
def unreachable(settings):
    settings.SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = CLOSED_PORT
    return settings


def test_search_page_answers_from_the_database_and_warns(client, indexed, unreachable, caplog):
    assert isinstance(services.get_engine(), ElasticsearchEngine)
    with caplog.at_level(logging.WARNING, logger="search"):
        response = client.get("/en/search/", {"q": "housing", "type": "fixture"})
    assert response.status_code == 200
    assert "Housing support after return" in response.text
    assert "2 results" in response.text
    warnings = [r for r in caplog.records if r.name == "search" and r.levelno == logging.WARNING]
    assert warnings and "elasticsearch engine failed" in warnings[0].getMessage()
    assert "answering from the database" in warnings[0].getMessage()


def test_service_marks_the_fallback_and_suggest_falls_back(client, indexed, unreachable, caplog):
    results = services.search(None, "returnees", types=["fixture"], language="en")
    assert results.engine == "database (fallback)" and results.total == 5
    with caplog.at_level(logging.WARNING, logger="search"):
        response = client.get("/api/search/suggest", {"q": "hous", "lang": "en"})
    assert response.status_code == 200
    assert {s["title"] for s in response.json()["suggestions"]} == {
        "Housing and land rights",
        "Housing support after return",
    }
    assert any("suggest failed" in r.getMessage() for r in caplog.records)


def test_publishing_still_indexes_the_database_when_the_server_is_down(
    db, unreachable, caplog, django_capture_on_commit_callbacks
):
    from wagtail.models import Site

    from portal.factories import ContentPageFactory

    root = Site.objects.get(is_default_site=True).root_page
    with caplog.at_level(logging.WARNING, logger="search"):
        with django_capture_on_commit_callbacks(execute=True):
            page = ContentPageFactory(parent=root, title="Mediation guide", slug="med")
            page.save_revision().publish()
    assert SearchDocument.objects.filter(type_key="pages", object_id=str(page.pk)).exists()
    assert any("into elasticsearch failed" in r.getMessage() for r in caplog.records)


def test_search_index_command_rebuilds_and_verifies_the_database(indexed, capsys):
    SearchDocument.objects.all().delete()
    with pytest.raises(Exception, match="differs"):
        call_command("search_index", verify=True)
    call_command("search_index", rebuild=True, verify=True)
    out = capsys.readouterr().out
    assert "database fixture: database 5, index 5 ok" in out
    assert "DIFFERENT" in out  # printed by the first, failed verification


# --- against a real server (ELASTICSEARCH_URL) ------------------------------------------------
def _doc(object_id, language, locale, title, text, day=None, type_key="fixture", **facets):
    return {
        "type_key": type_key,
        "object_id": object_id,
        "language": language,
        "locale": locale,
        "title": title,
        "summary": "",
        "text": text,
        "url": f"/{locale or 'en'}/{object_id}/",
        "date": date.fromisoformat(day) if day else None,
        "facets": {name: [value] for name, value in facets.items()},
    }


SERVER_DOCS = [
    _doc("fr", "fr", "fr", "Guide de réintégration", "La réintégration à Dakar.", "2021-03-01",
         theme="housing", region="west-africa"),
    _doc("es", "es", "es", "Reintegración económica", "Programas de reintegración en El Salvador.",
         "2020-06-01", theme="livelihoods", region="central-america"),
    _doc("ar", "ar", "ar", "دليل الدعم", "برامج العودة والإدماج للمهاجرين", "2019-01-01",
         theme="housing", region="north-africa"),
    _doc("en", "en", "en", "Housing support after return",
         "Connecting the dots in Dakar. IOM's help with rent.", "2022-01-01",
         theme="housing", region="west-africa"),
    _doc("alias", "en", "fr", "Psychosocial care", "Counselling in Dakar.", "2023-01-01",
         theme="health", region="west-africa"),
    _doc("thread", "en", "", "Zebra discussion about Dakar", "", theme="legal"),
    _doc("other", "en", "en", "Housing elsewhere", "", "2018-01-01", type_key="other",
         theme="housing"),
]  # fmt: skip


@pytest.fixture(scope="module")
def es():
    from django.test import override_settings

    with override_settings(SEARCH_ES_INDEX=f"rrhub-test-{uuid.uuid4().hex[:10]}"):
        engine = ElasticsearchEngine(os.environ["ELASTICSEARCH_URL"], timeout=30)
        engine.rebuild(SERVER_DOCS)
        yield engine
        engine.client.indices.delete(index=f"{alias_name()}-*", ignore_unavailable=True)


def found(results):
    return [hit.object_id for hit in results.hits]


@pytest.mark.elasticsearch
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("réintégrations", "fr"),  # plural, French stemming
        ("reintegrations", "fr"),  # and without accents
        ("reintegracion", "es"),  # accents folded
        ("reintegración", "es"),
        ("الإدماج", "ar"),  # والإدماج: prefix stripped, hamza normalised
        ("الادماج", "ar"),
    ],
)
def test_server_analyses_each_language(es, query, expected):
    results = es.search(query, ["fixture"], per_page=20)
    assert expected in found(results)


@pytest.mark.elasticsearch
def test_server_ranks_the_visitors_language_first_but_finds_the_others(es):
    assert found(es.search("housing", ["fixture"], language="fr")) == ["en"]
    assert found(es.search("dakar", ["fixture"], language="fr"))[0] == "fr"
    assert found(es.search("dakar", ["fixture"], language="en"))[0] != "fr"
    assert es.ids("dakar", ["fixture"], language="fr")[0] == ("fixture", "fr")


@pytest.mark.elasticsearch
def test_server_locale_keeps_that_locale_and_documents_of_none(es):
    results = es.search("dakar", ["fixture"], locale="fr", per_page=20)
    assert set(found(results)) == {"fr", "alias", "thread"}


@pytest.mark.elasticsearch
@pytest.mark.parametrize(
    ("sort", "order"),
    [
        ("relevance", ["alias", "en", "fr", "es", "ar", "thread"]),  # browsing: newest
        ("newest", ["alias", "en", "fr", "es", "ar", "thread"]),
        ("oldest", ["ar", "es", "fr", "en", "alias", "thread"]),
        ("title", ["fr", "en", "alias", "es", "thread", "ar"]),  # folded: "Reintegración" < "Z"
    ],
)
def test_server_browse_order(es, sort, order):
    results = es.search("", ["fixture"], per_page=20, sort=sort)
    assert found(results) == order and results.total == 6


@pytest.mark.elasticsearch
def test_server_date_range(es):
    results = es.search("", ["fixture"], per_page=20, date_range=(date(2020, 1, 1), "2022-12-31"))
    assert found(results) == ["en", "fr", "es"]


@pytest.mark.elasticsearch
def test_server_facet_counts_ignore_their_own_filter(es):
    results = es.search("", ["fixture"], {"theme": ["housing"]}, per_page=20)
    assert set(found(results)) == {"fr", "ar", "en"} and results.total == 3
    facets = results.facet_counts["facets"]
    assert facets["theme"] == {"housing": 3, "livelihoods": 1, "health": 1, "legal": 1}
    assert facets["region"] == {"west-africa": 2, "north-africa": 1}
    assert results.facet_counts["type"] == {"fixture": 3, "other": 1}
    narrowed = es.search("", ["fixture"], {"theme": ["housing"], "region": ["west-africa"]})
    assert narrowed.total == 2
    assert narrowed.facet_counts["facets"]["region"] == {"west-africa": 2, "north-africa": 1}
    assert narrowed.facet_counts["facets"]["theme"] == {"housing": 2, "health": 1}


@pytest.mark.elasticsearch
def test_server_snippets_phrases_and_suggestions(es):
    results = es.search("help", ["fixture"])
    snippet = str(results.hits[0].snippet)
    assert "<mark>help</mark>" in snippet and "IOM&#x27;s" in snippet and "&amp;" not in snippet
    assert found(es.search('"connecting the dots"', ["fixture"])) == ["en"]
    assert found(es.search('"dots the connecting"', ["fixture"])) == []
    assert es.search("housng", ["fixture"]).suggestion == "housing"
