"""The resources listing reads the site's one search index (portal.core.search.find): it
agrees with the site search, browses in date order, filters years, and counts each facet
without its own filter."""

import pytest
from django.urls import reverse

from portal.core.search import find
from portal.models import Region


@pytest.fixture
def catalogue(make_resource, themes):
    economic, health = themes
    region = Region.objects.first()
    return {
        "alpha": make_resource(
            title="Alpha livelihood grants",
            summary="Cash grants for returnee businesses.",
            resource_type="report",
            publication_year=2019,
            themes=[economic],
            countries=["SN"],
            is_iom=True,
            publisher="IOM",
        ),
        "beta": make_resource(
            title="Beta counselling manual",
            summary="Counselling for returnee families and their health.",
            resource_type="manual",
            publication_year=2021,
            themes=[health],
            countries=["IQ"],
            publisher="UNHCR",
        ),
        "gamma": make_resource(
            title="Gamma grants and health",
            summary="Grants for returnee health workers.",
            resource_type="report",
            publication_year=2022,
            themes=[economic, health],
            regions=[region],
            is_iom=True,
            publisher="IOM",
        ),
        "delta": make_resource(
            title="Delta toolkit",
            summary="A toolkit without a date.",
            resource_type="toolkit",
            publication_year=None,
            publisher="ODI",
        ),
    }


def listed(client, index, **params):
    return [r.pk for r in client.get(index.url, params).context["results"]]


def site_search(client, **params):
    url = reverse("search:search")
    response = client.get(url, {"type": "resources", **params})
    return [int(hit.object_id) for hit in response.context["results"].hits]


def facet(response, name):
    return {o["value"]: o["count"] for o in response.context["facets"][name]["options"]}


@pytest.mark.parametrize(
    "q, listing_filters, search_filters",
    [
        ("grants", {}, {}),
        ("returnee", {"type": "report"}, {"resource_type": "report"}),
        ("returnee", {"theme": "health"}, {"theme": "health"}),
        (
            "health",
            {"origin": "iom", "type": "report"},
            {"origin": "iom", "resource_type": "report"},
        ),
        ("counselling", {"country": "IQ"}, {"country": "IQ"}),
    ],
)
def test_listing_and_site_search_agree(
    client, catalogue, resource_index, q, listing_filters, search_filters
):
    listing = listed(client, resource_index, q=q, **listing_filters)
    assert listing, "the query should find something"
    assert sorted(listing) == sorted(site_search(client, q=q, **search_filters))


def test_browse_newest_oldest_and_title(client, catalogue, resource_index):
    c = catalogue
    newest = [c["gamma"].pk, c["beta"].pk, c["alpha"].pk, c["delta"].pk]
    assert listed(client, resource_index) == newest  # undated last
    assert listed(client, resource_index, sort="oldest") == [
        c["alpha"].pk,
        c["beta"].pk,
        c["gamma"].pk,
        c["delta"].pk,
    ]
    titles = [r.title for r in client.get(resource_index.url, {"sort": "title"}).context["results"]]
    assert titles == sorted(titles)


def test_year_range_and_its_facet(client, catalogue, resource_index):
    response = client.get(resource_index.url, {"year_from": "2020", "year_to": "2021"})
    assert [r.title for r in response.context["results"]] == ["Beta counselling manual"]
    # The year facet ignores the year range; the other facets follow it.
    assert facet(response, "year") == {"2019": 1, "2021": 1, "2022": 1}
    assert facet(response, "type") == {"manual": 1}
    response = client.get(resource_index.url, {"year_from": "2023", "year_to": "2020"})
    assert response.status_code == 200 and response.context["results"] == []


def test_date_range_through_the_facade(rf, catalogue, resource_index):
    import datetime

    results = find(
        rf.get("/"),
        "",
        types=("resources",),
        date_range=(datetime.date(2020, 1, 1), None),
        locale="en",
        sort="oldest",
    )
    assert [int(h.object_id) for h in results.hits] == [
        catalogue["beta"].pk,
        catalogue["gamma"].pk,
    ]
    assert results.total == 2


def test_facet_counts_are_disjunctive(client, catalogue, resource_index):
    response = client.get(resource_index.url, {"theme": "health", "type": "report"})
    assert [r.title for r in response.context["results"]] == ["Gamma grants and health"]
    assert facet(response, "type") == {"report": 1, "manual": 1}  # ignores the type filter
    assert facet(response, "theme") == {"economic": 2, "health": 1}  # ignores the theme filter
    assert facet(response, "origin") == {"iom": 1}  # both filters
    # Two values of one facet are alternatives.
    response = client.get(resource_index.url, {"type": ["report", "manual"]})
    assert len(response.context["results"]) == 3
    assert response.context["paginator"].count == 3
    # The same with a text query (counts over the matches).
    response = client.get(resource_index.url, {"q": "returnee", "type": "manual"})
    assert [r.title for r in response.context["results"]] == ["Beta counselling manual"]
    assert facet(response, "type") == {"report": 2, "manual": 1}


def test_site_search_labels_facet_codes(client, catalogue):
    response = client.get(reverse("search:search"), {"q": "grants", "type": "resources"})
    groups = {g["name"]: g["values"] for g in response.context["facet_groups"]}
    labels = {v["value"]: v["label"] for v in groups["resource_type"]}
    assert labels == {"report": "Report"}
    assert {v["label"] for v in groups["country"]} == {"Senegal"}
    assert "Senegal" in response.content.decode()


@pytest.mark.postgres(reason="French stemming and accent folding are PostgreSQL's")
def test_french_listing_finds_french_words_in_its_own_locale(
    client, catalogue, resource_index, django_capture_on_commit_callbacks
):
    """/fr/resources/ lists the French locale's resources, matched the French way: a plural
    without accents finds the accented singular; English pages of /en/ stay out."""
    from resources.factories import ResourcePageFactory, publish

    with django_capture_on_commit_callbacks(execute=True):
        french_index = resource_index.copy_for_translation(_french(), copy_parents=True)
        french_index.save_revision().publish()
        page = ResourcePageFactory.build(
            title="Guide de la réintégration durable",
            summary="Accompagner la réintégration des personnes de retour.",
            locale=_french(),
        )
        french_index.add_child(instance=page)
        publish(page)
    response = client.get(french_index.url, {"q": "reintegrations"})
    assert [r.pk for r in response.context["results"]] == [page.pk]
    assert not set(listed(client, french_index, q="grants")) & {r.pk for r in catalogue.values()}


def _french():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="fr")
