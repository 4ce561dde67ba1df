"""Browsing counts: the rollup kept exact by triggers (PostgreSQL), and every filtered state
counted in one pass (PostgreSQL) or in Python (other databases), checked against a count made
by hand over the same documents."""

import itertools
import random

import pytest
from django.db.models import Sum

from search.engines.database import DatabaseEngine
from search.models import SearchDocument, SearchFacetCount, SearchFacetRow

THEMES = ["housing", "health", "legal", "jobs"]
REGIONS = ["WCA", "MENA", "EEA"]
KINDS = ["report", "manual", "toolkit"]


def _doc(i, rng, locale="en"):
    return {
        "type_key": "fixture",
        "object_id": str(i),
        "language": "en",
        "locale": locale,
        "title": f"Document {i}",
        "summary": "",
        "text": "",
        "url": f"/{locale}/{i}/",
        "date": None,
        "facets": {
            "theme": rng.sample(THEMES, rng.randint(1, 2)),
            "region": [rng.choice(REGIONS)],
            "kind": [rng.choice(KINDS)],
        },
    }


@pytest.fixture
def documents(db):
    rng = random.Random(7)
    docs = [_doc(i, rng) for i in range(60)] + [_doc(i, rng, "fr") for i in range(60, 80)]
    DatabaseEngine().index(docs)
    return docs


def _rollup(locale="en"):
    rows = SearchFacetCount.objects.filter(type_key="fixture", locale=locale, n__gt=0)
    return {
        (name, value): n
        for name, value, n in rows.values_list("name", "value").annotate(t=Sum("n"))
    }


def _by_hand(locale="en"):
    counts = {}
    for facets in SearchDocument.objects.filter(type_key="fixture", locale=locale).values_list(
        "facets", flat=True
    ):
        counts[("", "")] = counts.get(("", ""), 0) + 1
        for name, values in facets.items():
            for value in values:
                counts[(name, value)] = counts.get((name, value), 0) + 1
    return counts


@pytest.mark.postgres(reason="the triggers behind the rollup and the facet rows")
def test_the_rollup_follows_inserts_updates_and_deletes(documents):
    assert _rollup() == _by_hand() and _rollup("fr") == _by_hand("fr")
    engine = DatabaseEngine()
    changed = {
        **documents[3],
        "facets": {"theme": ["jobs"], "region": ["EEA"], "kind": ["toolkit"]},
    }
    engine.index([changed])  # an update of the row
    engine.delete("fixture", ["4", "5"])
    SearchDocument.objects.filter(object_id="6").update(locale="fr")  # moved between locales
    assert _rollup() == _by_hand() and _rollup("fr") == _by_hand("fr")
    assert _rollup()[("", "")] == 57

    # The narrow rows browsing reads mirror the documents.
    rows = {
        row.document_id: (row.type_key, row.locale, row.date, sorted(row.keys))
        for row in SearchFacetRow.objects.all()
    }
    assert rows == {
        doc.pk: (
            doc.type_key,
            doc.locale,
            doc.date,
            sorted(f"{name}={value}" for name, values in doc.facets.items() for value in values),
        )
        for doc in SearchDocument.objects.all()
    }


def _stored():
    return list(
        SearchDocument.objects.filter(type_key="fixture").values("object_id", "locale", "facets")
    )


def _expected(docs, filters, locale="en"):
    """Total, and counts per facet ignoring that facet's own filter: by hand, over the facets
    as stored (the engine adds each document's language)."""

    def passes(facets, skip=None):
        return all(
            set(values) & set(facets.get(name, []))
            for name, values in filters.items()
            if name != skip
        )

    scoped = [d["facets"] for d in docs if d["locale"] in (locale, "")]
    counts = {}
    for facets in scoped:
        for name, values in facets.items():
            if passes(facets, skip=name if name in filters else None):
                for value in values:
                    counts.setdefault(name, {})[value] = counts.get(name, {}).get(value, 0) + 1
    return sum(passes(f) for f in scoped), counts


FILTER_STATES = [
    {},
    {"theme": ["housing"]},
    {"theme": ["housing", "legal"]},
    {"theme": ["health"], "region": ["WCA"]},
    {"theme": ["jobs"], "region": ["MENA", "EEA"], "kind": ["report"]},
    {"kind": ["manual"], "region": ["nowhere"]},
]


@pytest.mark.parametrize("filters", FILTER_STATES)
def test_browsing_counts_match_a_count_by_hand(documents, filters, django_assert_max_num_queries):
    engine = DatabaseEngine()
    with django_assert_max_num_queries(6):
        results = engine.search("", ["fixture"], filters, per_page=100, locale="en")
    total, counts = _expected(_stored(), filters)
    assert results.total == total
    assert results.facet_counts["facets"] == counts
    assert results.facet_counts["type"].get("fixture", 0) == total
    shown = {h.object_id for h in results.hits}
    assert len(shown) == total
    wanted = {
        d["object_id"]
        for d in _stored()
        if d["locale"] == "en"
        and all(set(v) & set(d["facets"].get(k, [])) for k, v in filters.items())
    }
    assert shown == wanted


def test_browsing_pages_in_order_across_locales(documents):
    SearchDocument.objects.filter(object_id__in=["1", "70"]).update(locale="")  # locale-less
    engine = DatabaseEngine()
    seen = []
    for page in itertools.count(1):
        results = engine.search("", ["fixture"], page=page, per_page=7, sort="title", locale="en")
        if not results.hits:
            break
        seen += [h.title for h in results.hits]
    expected = sorted(
        SearchDocument.objects.filter(type_key="fixture", locale__in=["en", ""]).values_list(
            "title", flat=True
        )
    )
    assert seen == expected and len(seen) == 61
