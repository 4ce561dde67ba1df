import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import Region
from resources.factories import add_file, make_document, make_pdf, publish


@pytest.fixture
def catalogue(make_resource, themes):
    economic, health = themes
    region = Region.objects.first()
    return [
        make_resource(
            title="Alpha jobs",
            resource_type="report",
            publication_year=2019,
            themes=[economic],
            countries=["SN"],
            is_iom=True,
            publisher="IOM",
        ),
        make_resource(
            title="Beta health",
            resource_type="manual",
            publication_year=2021,
            themes=[health],
            countries=["IQ"],
            is_iom=False,
            publisher="UNHCR",
        ),
        make_resource(
            title="Gamma both",
            resource_type="report",
            publication_year=2021,
            themes=[economic, health],
            regions=[region],
            is_iom=True,
            publisher="IOM",
        ),
        make_resource(
            title="Delta undated",
            resource_type="toolkit",
            publication_year=None,
            is_iom=False,
            publisher="ODI",
        ),
    ]


def titles(response):
    return [r.title for r in response.context["results"]]


def facet(response, name):
    return {o["value"]: o["count"] for o in response.context["facets"][name]["options"]}


def test_listing_without_filters(client, catalogue, resource_index):
    response = client.get(resource_index.url)
    assert response.status_code == 200
    assert titles(response) == ["Gamma both", "Beta health", "Alpha jobs", "Delta undated"]
    assert facet(response, "type") == {"report": 2, "manual": 1, "toolkit": 1}


def test_filters_combine_and_facets_follow_other_filters(client, catalogue, resource_index):
    response = client.get(resource_index.url, {"type": "report", "theme": "health"})
    assert titles(response) == ["Gamma both"]
    # The type facet ignores the type filter but keeps the theme filter.
    assert facet(response, "type") == {"report": 1, "manual": 1}
    # The theme facet ignores the theme filter but keeps the type filter.
    assert facet(response, "theme") == {"economic": 2, "health": 1}
    assert facet(response, "origin") == {"iom": 1}
    assert [o["selected"] for o in response.context["facets"]["type"]["options"]].count(True) == 1


def test_country_implies_region_and_year_range(client, catalogue, resource_index):
    response = client.get(resource_index.url, {"country": "SN"})
    assert titles(response) == ["Alpha jobs"]
    from portal.models import region_for_country

    assert region_for_country("SN") in facet(response, "region")
    response = client.get(resource_index.url, {"year_from": "2020", "year_to": "2021"})
    assert sorted(titles(response)) == ["Beta health", "Gamma both"]
    assert facet(response, "year") == {"2019": 1, "2021": 2}


def test_text_query_sort_and_url_state(client, catalogue, resource_index):
    response = client.get(resource_index.url, {"q": "health", "sort": "title"})
    assert titles(response) == ["Beta health"]
    html = response.content.decode()
    assert 'value="health"' in html
    response = client.get(resource_index.url, {"sort": "oldest"})
    assert titles(response)[:2] == ["Alpha jobs", "Beta health"]
    assert titles(response)[-1] == "Delta undated"


def test_bad_parameters_do_not_fail(client, catalogue, resource_index):
    response = client.get(
        resource_index.url, {"page": "x", "per_page": "9999", "year_from": "abc", "sort": "zzz"}
    )
    assert response.status_code == 200
    assert len(titles(response)) == 4


def test_pagination_keeps_state(client, make_resource, resource_index):
    for i in range(12):
        make_resource(title=f"Item {i:02}", resource_type="study")
    response = client.get(resource_index.url, {"type": "study"})
    assert len(titles(response)) == 10
    assert "type=study&amp;page=2" in response.content.decode()
    response = client.get(resource_index.url, {"type": "study", "page": 2})
    assert len(titles(response)) == 2


def test_query_count_constant_as_page_size_grows(
    client, make_resource, resource_index, django_assert_num_queries
):
    for i in range(60):
        make_resource(title=f"Item {i:02}")
    client.get(resource_index.url)  # warm per-site caches
    counts = []
    for size in (10, 50):
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(resource_index.url, {"per_page": size, "q": "Item"})
        assert len(titles(response)) == size
        counts.append(len(ctx.captured_queries))
    assert counts[0] == counts[1]


@pytest.mark.postgres(reason="snippets are PostgreSQL headlines")
def test_phrase_only_in_pdf_found_with_highlight(
    client, make_resource, resource_index, django_capture_on_commit_callbacks
):
    page = make_resource(title="Country brief", summary="Nothing special here.")
    make_resource(title="Other", summary="Unrelated text.")
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(
            content=make_pdf("Returnees opened bakeries with mentoring from cooperatives.")
        )
        add_file(page, document)
        publish(page)
    response = client.get(resource_index.url, {"q": "bakeries cooperatives"})
    assert titles(response) == ["Country brief"]
    html = response.content.decode()
    assert re.search(r"<mark>bakeries</mark>", html)
    response = client.get(resource_index.url, {"q": '"opened bakeries"'})
    assert titles(response) == ["Country brief"]


def test_title_ranks_above_file_text(client, make_resource, resource_index):
    make_resource(title="Plain", summary="The word mentoring appears in the summary.")
    make_resource(title="Mentoring guide", summary="A guide.")
    response = client.get(resource_index.url, {"q": "mentoring"})
    assert titles(response) == ["Mentoring guide", "Plain"]


def test_facet_counts_follow_publishing(
    client, catalogue, resource_index, make_resource, django_capture_on_commit_callbacks
):
    url = resource_index.url
    assert facet(client.get(url), "type") == {"report": 2, "manual": 1, "toolkit": 1}
    # Publishing, unpublishing and deleting a resource update the index the listing reads.
    added = make_resource(title="Epsilon", resource_type="manual", publication_year=2022)
    assert facet(client.get(url), "type")["manual"] == 2
    with django_capture_on_commit_callbacks(execute=True):
        added.unpublish()
    assert facet(client.get(url), "type")["manual"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        catalogue[0].delete()
    assert facet(client.get(url), "type") == {"report": 1, "manual": 1, "toolkit": 1}
