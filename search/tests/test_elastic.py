"""The Elasticsearch engine without a server: the mapping and query bodies it builds, and the
fallback to the database engine when the server cannot be reached."""

import logging

import pytest
from django.core.management import call_command

from search import services
from search.engines.base import MARK_END, MARK_START
from search.engines.elastic import (
    ANALYZERS,
    ElasticsearchEngine,
    alias_name,
    build_index,
    build_search,
    doc_id,
    to_source,
)
from search.models import SearchDocument

CLOSED_PORT = "http://127.0.0.1:9"  # the discard port: nothing listens, connections are refused


# --- the index mapping ------------------------------------------------------------------------
def test_mapping_has_a_stemmed_subfield_per_language():
    body = build_index("rrhub-search-test").to_dict()
    assert body["settings"] == {"number_of_shards": 1, "number_of_replicas": 0}
    properties = body["mappings"]["properties"]
    for field in ("title", "summary", "text"):
        assert properties[field]["type"] == "text"
        assert properties[field]["analyzer"] == "standard"
        assert {code: sub["analyzer"] for code, sub in properties[field]["fields"].items()} == {
            "en": "english",
            "fr": "french",
            "es": "spanish",
            "ar": "arabic",
        }
    for field in ("type_key", "object_id", "language", "facet_pairs"):
        assert properties[field] == {"type": "keyword"}
    assert properties["url"] == {"type": "keyword", "index": False}
    assert properties["date"] == {"type": "date"}
    assert properties["title_suggest"]["type"] == "completion"
    assert properties["title_suggest"]["contexts"] == [{"name": "language", "type": "category"}]


def test_documents_become_sources_with_facet_pairs_and_suggest_contexts():
    doc = {
        "type_key": "fixture",
        "object_id": 7,
        "language": "fr",
        "title": "Les logements",
        "summary": "Aide",
        "text": "x" * 600000,
        "url": "/fr/logements/",
        "date": None,
        "facets": {"theme": ["housing", "legal"], "region": ["global"]},
    }
    source = to_source(doc)
    assert doc_id(doc) == "fixture:7:fr"
    assert source["object_id"] == "7"
    assert source["facet_pairs"] == ["theme=housing", "theme=legal", "region=global"]
    assert source["title_suggest"] == {
        "input": ["Les logements"],
        "contexts": {"language": ["fr"]},
    }
    assert len(source["text"]) == 500000


# --- the query body ---------------------------------------------------------------------------
def test_query_body_with_filters_facets_highlight_and_paging():
    search, parsed = build_search(
        'logement "aide au loyer"',
        types=["fixture"],
        filters={"theme": ["housing", "legal"], "region": ["global"], "empty": [""]},
        page=3,
        per_page=10,
        language="fr",
    )
    body = search.to_dict()
    term_query, phrase_query = body["query"]["bool"]["must"]
    assert term_query["multi_match"] == {
        "query": "logement",
        "fields": ["title^3", "summary^2", "text", "title.fr^3", "summary.fr^2", "text.fr"],
        "operator": "and",
        "type": "cross_fields",
    }
    assert phrase_query["multi_match"]["type"] == "phrase"
    assert phrase_query["multi_match"]["query"] == "aide au loyer"
    # Language and facet filters narrow everything; values of one facet are ORed.
    assert body["query"]["bool"]["filter"] == [
        {"term": {"language": "fr"}},
        {"terms": {"facet_pairs": ["theme=housing", "theme=legal"]}},
        {"terms": {"facet_pairs": ["region=global"]}},
    ]
    # The type is a post_filter, so the type aggregation still counts every tab.
    assert body["post_filter"] == {"terms": {"type_key": ["fixture"]}}
    assert body["aggs"]["types"] == {"terms": {"field": "type_key", "size": 50}}
    assert body["aggs"]["facets"]["filter"] == {"terms": {"type_key": ["fixture"]}}
    assert body["aggs"]["facets"]["aggs"]["pairs"]["terms"]["field"] == "facet_pairs"
    highlight = body["highlight"]
    assert highlight["pre_tags"] == [MARK_START] and highlight["post_tags"] == [MARK_END]
    assert list(highlight["fields"]) == ["text.fr", "summary.fr", "text", "summary", "title"]
    assert body["suggest"]["did_you_mean"]["text"] == "logement aide au loyer"
    assert body["suggest"]["did_you_mean"]["term"]["field"] == "title"
    assert body["from"] == 20 and body["size"] == 10
    assert body["track_total_hits"] is True
    assert search._index == [alias_name()]
    assert parsed.terms == ("logement",)


def test_query_body_without_a_type_has_no_facet_aggregation_or_post_filter():
    body = build_search("housing", language="ar")[0].to_dict()
    assert "post_filter" not in body and "facets" not in body["aggs"]
    assert "title.ar^3" in body["query"]["bool"]["must"][0]["multi_match"]["fields"]
    unknown = build_search("housing", language="de")[0].to_dict()
    assert unknown["query"]["bool"]["must"][0]["multi_match"]["fields"] == [
        "title^3",
        "summary^2",
        "text",
    ]


@pytest.mark.parametrize("query", ["", "   ", '"', "& | ! :*", "<>", "\x00\x00"])
def test_nothing_to_search_builds_no_request(query):
    search, parsed = build_search(query)
    assert search is None and not parsed


@pytest.mark.parametrize("query", ["a" * 10000, "housing & !land :* <->", "(((x"])
def test_hostile_queries_build_bounded_bodies(query):
    body = build_search(query)[0].to_dict()
    text = body["query"]["bool"]["must"][0]["multi_match"]["query"]
    assert len(text) <= 200
    assert not set(text) & set("&|!:*<>()")


def test_every_site_language_has_an_analyzer():
    from django.conf import settings

    assert {code for code, _name in settings.LANGUAGES} == set(ANALYZERS)


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
