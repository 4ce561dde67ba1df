"""One contract for every engine: same fixtures, same results and facet counts."""

import os

import pytest

from search import services
from search.engines.database import DatabaseEngine

ENGINES = [
    pytest.param("database", id="database"),
    pytest.param("elasticsearch", id="elasticsearch", marks=pytest.mark.elasticsearch),
]


@pytest.fixture(params=ENGINES)
def engine(request, indexed):
    if request.param == "database":
        return DatabaseEngine()
    from search.engines.elastic import ElasticsearchEngine

    engine = ElasticsearchEngine(os.environ["ELASTICSEARCH_URL"])
    engine.rebuild(list(services.all_documents()))
    return engine


def slugs(results):
    from portal.models import ContentPage

    ids = [int(h.object_id) for h in results.hits]
    return {p.slug for p in ContentPage.objects.filter(pk__in=ids)}


def run(engine, query, **kwargs):
    kwargs.setdefault("types", ["fixture"])
    kwargs.setdefault("language", "en")
    return services.search(None, query, engine=engine, **kwargs)


def test_single_word(engine):
    results = run(engine, "housing")
    assert slugs(results) == {"fx-housing", "fx-land"}  # the unpublished draft never shows
    assert results.total == 2


def test_common_word_counts_by_type(engine):
    results = run(engine, "returnees", types=[])
    assert results.facet_counts["type"]["fixture"] == 5
    assert results.facet_counts["type"]["pages"] == 5  # the generic pages type sees them too
    assert results.total == 10


def test_facet_counts_when_one_type_is_chosen(engine):
    results = run(engine, "returnees")
    assert results.facet_counts["facets"]["theme"] == {
        "housing": 2,
        "health": 1,
        "livelihoods": 1,
        "legal": 1,
        "safety": 1,
    }
    assert results.facet_counts["facets"]["region"] == {
        "west-africa": 2,
        "north-africa": 2,
        "global": 1,
    }


def test_facet_filters(engine):
    assert slugs(run(engine, "returnees", filters={"theme": ["housing"]})) == {
        "fx-housing",
        "fx-land",
    }
    both = run(engine, "returnees", filters={"theme": ["housing"], "region": ["north-africa"]})
    assert slugs(both) == {"fx-land"}


def test_all_words_must_match(engine):
    assert slugs(run(engine, "housing rights")) == {"fx-land"}


def test_phrase(engine):
    assert slugs(run(engine, '"business grants"')) == {"fx-grants"}
    assert slugs(run(engine, '"grants business"')) == set()


def test_title_ranks_first(engine):
    results = run(engine, "support")
    assert slugs(results) == {"fx-housing", "fx-care"}
    assert results.hits[0].title == "Housing support after return"


def test_pagination(engine):
    first = run(engine, "returnees", per_page=2, page=1)
    third = run(engine, "returnees", per_page=2, page=3)
    assert first.total == third.total == 5
    assert len(first.hits) == 2 and len(third.hits) == 1
    assert not {h.object_id for h in first.hits} & {h.object_id for h in third.hits}


def test_snippets_escape_html_but_mark_words(engine):
    results = run(engine, "safety returnees")
    snippet = str(results.hits[0].snippet)
    # Tags are escaped (Python highlighter, Elasticsearch) or dropped (ts_headline): never live.
    assert "<script" not in snippet
    assert "alert(1)" in snippet
    assert "<mark>" in snippet


def test_did_you_mean(engine):
    results = run(engine, "housng")
    assert results.total == 0
    assert results.suggestion == "housing"


def test_no_results_no_suggestion_for_known_words(engine):
    results = run(engine, "zzzzqqq")
    assert results.total == 0 and not results.hits


def test_another_visitor_language_still_finds_documents(engine):
    # The visitor's language ranks first; documents in other languages still match.
    assert run(engine, "housing", language="fr").total == run(engine, "housing").total > 0


def test_suggest_prefix(engine):
    titles = [s["title"] for s in engine.suggest("hous", "en")]
    assert titles[:2] == sorted(titles[:2])
    assert set(titles) == {"Housing and land rights", "Housing support after return"}
