"""The bench's generator and the listing's constant query count, on a small generated set."""

import pytest

from portal.core.search import find
from resources import bench
from resources.models import ResourceFacet, ResourcePage


@pytest.fixture
def generated(resource_index):
    from portal.demo.site import ensure_themes

    ensure_themes()
    assert bench.generate(120, resource_index) == 120
    assert bench.generate(120, resource_index) == 0  # idempotent
    return resource_index


@pytest.mark.postgres(reason="benchmarks are measured on PostgreSQL")
def test_generated_resources_behave_like_published_ones(generated, client):
    pages = ResourcePage.objects.child_of(generated).live()
    assert pages.count() == 120
    page = pages.get(slug="bench-000042")
    hits = find(None, "zeta42", types=("resources",), per_page=50).hits
    assert str(page.pk) in {hit.object_id for hit in hits}  # in the search index
    assert set(ResourceFacet.objects.filter(page=page).values_list("facet", flat=True)) >= {
        "type",
        "theme",
        "country",
        "region",
        "year",
    }
    assert client.get(page.url).status_code == 200
    html = client.get(generated.url, {"q": "zeta42"}).content.decode()
    assert "1 resource<" in html and "<mark>zeta42</mark>" in html


@pytest.mark.postgres(reason="benchmarks are measured on PostgreSQL")
def test_listing_query_count_does_not_grow_with_page_size(
    generated, client, django_assert_num_queries
):
    counts = bench.query_counts(client, generated, sizes=(10, 50, 100))
    for label, row in counts.items():
        assert len(set(row)) == 1, (label, row)
    # And the page really holds that many results.
    for label, qs in bench.scenarios(generated):
        if label.startswith("plain"):
            client.get(f"{generated.url}?per_page=100")
            with django_assert_num_queries(counts[label][0]):
                html = client.get(f"{generated.url}?per_page=100").content.decode()
            assert html.count('class="result resource-result"') == 100
