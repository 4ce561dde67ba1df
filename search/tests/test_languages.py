"""Every language analysed in its own way: unaccented stems for English, French and Spanish,
normalised Arabic, queries matched in every language, the visitor's language first, and the
site search of a locale showing that locale's documents."""

import pytest
from django.db import connection

from search.analysis import normalize
from search.engines.database import DatabaseEngine
from search.models import SearchDocument

pytestmark = pytest.mark.postgres(reason="text-search configurations and rr_normalize")

WORDS = [
    "الإدماج",
    "والإدماج",
    "وإعادة",
    "إعادة",
    "اعادة",
    "آمِنَة",
    "مسؤول",
    "مسئول",
    "إلى",
    "الي",
    "والد",
    "والي",
    "للعودة",
    "بالسكن",
    "كالعادة",
    "فالعمل",
    "الالتزام",
    "والالتزام",
    "ٱلرحمن",
    "عـــودة",
    "قرآن",
    "و",
    "ال",
    "réintégration",
    "IOM's return 2024",
    "برنامج IOM للعودة, والإدماج؛ (2024)",
    "",
]


def doc(object_id, title, summary="", text="", language="en", locale=None, **extra):
    return {
        "type_key": extra.get("type_key", "fixture"),
        "object_id": object_id,
        "language": language,
        "locale": language if locale is None else locale,
        "title": title,
        "summary": summary,
        "text": text,
        "url": f"/{locale or language}/{object_id}/",
        "facets": extra.get("facets", {}),
    }


@pytest.fixture
def engine(db):
    return DatabaseEngine()


def ids(results):
    return [h.object_id for h in results.hits]


def test_python_normaliser_agrees_with_the_sql_function(db):
    with connection.cursor() as cursor:
        for word in WORDS:
            cursor.execute("SELECT rr_normalize(%s)", [word])
            assert cursor.fetchone()[0] == normalize(word), word


def test_arabic_normalisation():
    assert normalize("والإدماج") == normalize("الإدماج") == "ادماج"
    assert normalize("إعادة") == normalize("اعادة") == normalize("إعادَة") == "اعاده"
    assert normalize("مسؤول") == normalize("مسئول")
    assert normalize("والد") == "الد"  # "and" leaves when three letters remain, "وال" did not
    assert normalize("الي") == "الي"  # too short to lose its article
    assert normalize("réintégration") == "réintégration"  # no Arabic: unchanged


def test_french_plural_and_accents(engine):
    engine.index(
        [
            doc("fr", "Guide", text="La réintégration durable des migrants", language="fr"),
            doc("en", "Guide", text="Housing and shelter", language="en"),
        ]
    )
    assert ids(engine.search("réintégrations", language="fr")) == ["fr"]
    assert ids(engine.search("reintegration durable", language="fr")) == ["fr"]


def test_spanish_without_accents(engine):
    engine.index([doc("es", "Guía", text="Apoyo a la reintegración de retornados", language="es")])
    assert ids(engine.search("reintegracion", language="es")) == ["es"]
    assert ids(engine.search("REINTEGRACIÓN", language="en")) == ["es"]


def test_arabic_prefixes_hamza_and_taa_marbuta(engine):
    engine.index(
        [
            doc("ar1", "دليل", text="برامج العودة والإدماج للمهاجرين", language="ar"),
            doc("ar2", "إعادة التوطين", text="دعم السكن", language="ar"),
            doc("ar3", "اعادة بناء", text="مشروع", language="ar"),
        ]
    )
    assert ids(engine.search("الإدماج", language="ar")) == ["ar1"]
    assert ids(engine.search("ادماج", language="ar")) == ["ar1"]
    assert ids(engine.search("العودة", language="ar")) == ["ar1"]
    assert sorted(ids(engine.search("إعادة", language="ar"))) == ["ar2", "ar3"]
    assert sorted(ids(engine.search("اعادة", language="ar"))) == ["ar2", "ar3"]
    assert ids(engine.search("والسكن", language="ar")) == ["ar2"]
    vector = SearchDocument.objects.get(object_id="ar1").search_vector
    assert "'ادماج'" in vector and "'والإدماج'" not in vector


def test_an_english_query_from_french_finds_english_documents(engine):
    engine.index(
        [
            doc("en", "Return counselling", text="Counselling for returnees", language="en"),
            doc("fr", "Conseil au retour", text="Counselling : le conseil", language="fr"),
            doc("ar", "دليل", text="عودة", language="ar"),
        ]
    )
    results = engine.search("counselling", language="fr", locale=None)
    assert set(ids(results)) == {"en", "fr"}
    assert ids(results)[0] == "fr"  # the visitor's language first, English still found
    assert ids(engine.search("counselling", language="en"))[0] == "en"
    assert results.facet_counts["facets"]["language"] == {"en": 1, "fr": 1}


def test_visitor_language_comes_first_even_over_a_better_match(engine):
    engine.index(
        [
            doc("en", "Counselling counselling", summary="Counselling", language="en"),
            doc("fr", "Guide", text="counselling", language="fr"),
        ]
    )
    assert ids(engine.search("counselling", language="fr")) == ["fr", "en"]
    assert ids(engine.search("counselling", language="en")) == ["en", "fr"]


def test_locale_shows_its_documents_and_locale_less_ones(engine):
    engine.index(
        [
            doc("page-en", "Return guide", language="en", locale="en"),
            # An untranslated alias in /fr/: English text shown in the French site.
            doc("page-fr", "Return guide", language="en", locale="fr"),
            doc("thread", "Return questions", language="en", locale=""),
            doc("page-es", "Return guía", language="es", locale="es"),
        ]
    )
    assert sorted(ids(engine.search("return", language="fr", locale="fr"))) == [
        "page-fr",
        "thread",
    ]
    assert len(ids(engine.search("return", language="fr"))) == 4  # no locale: all of them
    assert sorted(engine.ids("return", locale="es")) == [
        ("fixture", "page-es"),
        ("fixture", "thread"),
    ]


def test_language_facet_filters_and_counts(engine):
    engine.index(
        [
            doc("en", "Return guide", language="en"),
            doc("fr", "Return retour", language="fr"),
            doc("own", "Return", language="fr", facets={"language": ["es"]}),
        ]
    )
    stored = dict(SearchDocument.objects.values_list("object_id", "facets__language"))
    assert stored == {"en": ["en"], "fr": ["fr"], "own": ["es"]}  # a type's own facet wins
    results = engine.search("return", language="en", filters={"language": ["fr"]})
    assert ids(results) == ["fr"]


def test_search_page_from_french_lists_english_documents_and_the_language_split(
    client, fixture_pages
):
    engine = DatabaseEngine()
    page = fixture_pages["fx-housing"]
    engine.index([doc(str(page.pk), "Housing support", language="en", locale="fr")])
    response = client.get("/fr/search/", {"q": "housing"})
    assert response.status_code == 200
    assert response.context["results"].total == 1
    groups = {g["name"]: g for g in response.context["facet_groups"]}
    assert [(v["value"], v["count"]) for v in groups["language"]["values"]] == [("en", 1)]
    assert groups["language"]["values"][0]["label"] == "Anglais"
    # The same English document is not shown from /es/: it is not in that locale.
    assert client.get("/es/search/", {"q": "housing"}).context["results"].total == 0


def test_suggestions_follow_the_locale_not_the_text_language(engine):
    engine.index(
        [
            doc("1", "Housing after return", language="en", locale="fr"),  # alias in /fr/
            doc("2", "Housing in Dakar", language="en", locale="en"),
            doc("3", "Housing forum", language="en", locale=""),  # a discussion
        ]
    )
    titles = {s["title"] for s in engine.suggest("hous", "fr")}
    assert titles == {"Housing after return", "Housing forum"}
