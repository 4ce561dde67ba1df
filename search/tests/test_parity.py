"""Parity as a contract: the same documents, queries, filters, facets, suggestions and
highlighting expectations for every engine, each engine called directly (no fallback: a
failing engine fails the test) and each answer checked to come from that engine.

The database engine runs always (PostgreSQL). Elasticsearch runs when ELASTICSEARCH_URL is
set, each test on its own throwaway index (alias ``rrhub-parity-<random>``, deleted after),
never the site's index; the run ends with a line saying how many queries each engine
answered."""

import os
import uuid
from collections import Counter
from datetime import date

import pytest

from search.engines.database import DatabaseEngine

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgres(reason="the database engine's contract is PostgreSQL full text"),
]


def _doc(key, language, locale, title, summary="", text="", day=None, type_key="fixture", **facets):
    return {
        "type_key": type_key,
        "object_id": key,
        "language": language,
        "locale": locale,
        "title": title,
        "summary": summary,
        "text": text,
        "url": f"/{locale or 'en'}/{key}/",
        "date": date.fromisoformat(day) if day else None,
        "facets": {
            name: value if isinstance(value, list) else [value] for name, value in facets.items()
        },
    }


DOCS = [
    _doc("housing", "en", "en", "Housing support after return", "Rent help for returnees in Dakar",
         "Connecting the dots in Dakar. IOM's help with rent.", "2022-01-01",
         theme="housing", region="west-africa"),
    _doc("care", "en", "en", "Psychosocial care for returnees",
         "Counselling and peer groups support families", "", "2023-01-01",
         theme="health", region="west-africa"),
    _doc("grants", "en", "en", "Business grants and training",
         "Small business start-up grants for returnees in Tunis", "", "2021-06-01",
         theme="livelihoods", region="north-africa"),
    _doc("land", "en", "en", "Housing and land rights", "Legal advice on property for returnees",
         "", "2020-01-01", theme=["housing", "legal"], region="north-africa"),
    _doc("safety", "en", "en", "Safety planning",
         "Use <script>alert(1)</script> carefully with returnees", "", None,
         theme="safety", region="global"),
    _doc("fr", "fr", "fr", "Guide de réintégration", "Aide au logement",
         "La réintégration à Dakar.", "2021-03-01", theme="housing", region="west-africa"),
    _doc("es", "es", "es", "Reintegración económica", "",
         "Programas de reintegración en El Salvador.", "2020-06-01",
         theme="livelihoods", region="central-america"),
    _doc("ar", "ar", "ar", "دليل الدعم", "", "برامج العودة والإدماج للمهاجرين", "2019-01-01",
         theme="housing", region="north-africa"),
    _doc("thread", "en", "", "Zebra discussion about Dakar", "", "", None, type_key="other",
         theme="legal"),
]  # fmt: skip

ENGINES = [
    pytest.param("database", id="database"),
    pytest.param("elasticsearch", id="elasticsearch", marks=pytest.mark.elasticsearch),
]
ANSWERED = Counter()  # engine name -> queries it answered (search/tests/conftest.py prints it)


@pytest.fixture(params=ENGINES)
def engine(request, db):
    if request.param == "database":
        engine = DatabaseEngine()
        engine.rebuild(DOCS)
        yield engine
        return
    from search.engines.elastic import ElasticsearchEngine

    alias = f"rrhub-parity-{uuid.uuid4().hex[:12]}"  # never the site's index
    engine = ElasticsearchEngine(os.environ["ELASTICSEARCH_URL"], timeout=30, alias=alias)
    engine.rebuild(DOCS)
    try:
        yield engine
    finally:
        engine.writer.indices.delete(index=f"{alias}-*", ignore_unavailable=True)


def run(engine, query, **kwargs):
    """The engine's own answer (an error fails the test), checked to be that engine's."""
    kwargs.setdefault("types", ["fixture"])
    kwargs.setdefault("language", "en")
    results = engine.search(query, **kwargs)
    assert results.engine == engine.name
    ANSWERED[engine.name] += 1
    return results


def found(results):
    return [hit.object_id for hit in results.hits]


def suggest(engine, text, language):
    ANSWERED[engine.name] += 1
    return [s["title"] for s in engine.suggest(text, language)]


def test_words_phrases_and_counts(engine):
    housing = run(engine, "housing")
    assert set(found(housing)) == {"housing", "land"} and housing.total == 2
    assert found(run(engine, "housing rights")) == ["land"]  # every word must match
    assert found(run(engine, '"business grants"')) == ["grants"]
    assert found(run(engine, '"grants business"')) == []
    assert found(run(engine, "support"))[0] == "housing"  # a title match ranks first
    assert set(found(run(engine, "support"))) == {"housing", "care"}
    everything = run(engine, "dakar", types=[], per_page=20)
    assert everything.facet_counts["type"] == {"fixture": 2, "other": 1}
    assert everything.total == 3


def test_facet_counts_ignore_their_own_filter(engine):
    results = run(engine, "returnees", filters={"theme": ["housing"]})
    assert set(found(results)) == {"housing", "land"} and results.total == 2
    facets = results.facet_counts["facets"]
    assert facets["theme"] == {"housing": 2, "health": 1, "livelihoods": 1, "legal": 1, "safety": 1}
    assert facets["region"] == {"west-africa": 1, "north-africa": 1}
    assert facets["language"] == {"en": 2}
    both = run(engine, "returnees", filters={"theme": ["housing"], "region": ["north-africa"]})
    assert found(both) == ["land"]
    assert both.facet_counts["facets"]["region"] == {"west-africa": 1, "north-africa": 1}


def test_several_types_count_the_language_split(engine):
    results = run(engine, "dakar", types=[], per_page=20)
    assert results.facet_counts["facets"] == {"language": {"en": 2, "fr": 1}}


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
def test_each_language_is_analysed_and_folded(engine, query, expected):
    assert expected in found(run(engine, query, per_page=20))


def test_visitors_language_first_locale_and_ids(engine):
    assert found(run(engine, "dakar", language="fr"))[0] == "fr"
    assert found(run(engine, "dakar", language="en"))[0] != "fr"
    ANSWERED[engine.name] += 1
    assert engine.ids("dakar", ["fixture"], language="fr")[0] == ("fixture", "fr")
    in_french = run(engine, "dakar", types=["fixture", "other"], locale="fr", per_page=20)
    assert set(found(in_french)) == {"fr", "thread"}  # that locale's and locale-less ones


@pytest.mark.parametrize(
    ("sort", "order"),
    [
        ("relevance", ["care", "housing", "grants", "fr", "es", "land", "ar", "safety"]),
        ("oldest", ["ar", "land", "es", "fr", "grants", "housing", "care", "safety"]),
        ("title", ["grants", "fr", "land", "housing", "care", "es", "safety", "ar"]),
    ],
)
def test_browsing_order_and_dates(engine, sort, order):
    results = run(engine, "", per_page=20, sort=sort)
    assert results.total == 8
    assert found(results) == order
    ranged = run(engine, "", per_page=20, date_range=(date(2020, 1, 1), "2021-12-31"))
    assert found(ranged) == ["grants", "fr", "es", "land"]


def test_pages_do_not_overlap(engine):
    first = run(engine, "returnees", per_page=2, page=1)
    third = run(engine, "returnees", per_page=2, page=3)
    assert first.total == third.total == 5
    assert len(first.hits) == 2 and len(third.hits) == 1
    assert not set(found(first)) & set(found(third))


def test_snippets_escape_html_and_mark_words(engine):
    snippet = str(run(engine, "safety returnees").hits[0].snippet)
    assert "<script" not in snippet and "alert(1)" in snippet and "<mark>" in snippet
    helped = str(run(engine, "help").hits[0].snippet)
    assert "<mark>help</mark>" in helped and "IOM&#x27;s" in helped
    phrase = str(run(engine, '"connecting the dots"').hits[0].snippet)
    assert "<mark>Connecting the dots</mark>" in phrase  # one mark for the phrase


def test_did_you_mean(engine):
    results = run(engine, "housng")
    assert results.total == 0 and not results.hits
    assert results.suggestion == "housing"
    assert run(engine, "zzzzqqq").suggestion == ""


def test_suggestions(engine):
    assert suggest(engine, "hous", "en") == [
        "Housing and land rights",
        "Housing support after return",
    ]
    # Titles containing the text come after those starting with it; no language: all.
    assert suggest(engine, "land", None) == ["Housing and land rights"]
    assert suggest(engine, "reint", None) == ["Reintegración económica"]
    assert suggest(engine, "zebra", "fr") == ["Zebra discussion about Dakar"]  # locale-less
    assert suggest(engine, "guide", "en") == []  # a French title, not in /en/
    assert suggest(engine, "h", "en") == []
