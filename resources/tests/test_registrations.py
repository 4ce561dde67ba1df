"""Resources in the site-wide search and on the home page (portal registry)."""

import pytest

from portal.core.registry import registry
from resources.factories import add_file, make_document, make_pdf

PHRASE = "quokka lighthouse cooperative"


@pytest.fixture
def pdf_resource(make_resource, themes, django_capture_on_commit_callbacks):
    """A resource whose PDF alone holds PHRASE; extraction and indexing run as after upload."""
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(
            title="Annex",
            content=make_pdf(
                "Annex on livelihoods. The " + PHRASE + " trained forty returnees in fishing."
            ),
        )
        page = make_resource(
            title="Coastal livelihoods after return",
            summary="What worked for returnees on the coast.",
            publication_year=2019,
            resource_type="study",
            countries=["SN"],
            themes=[themes[0]],
        )
        add_file(page, document, "fr")
        page.save_revision().publish()
    return page


def test_phrase_only_in_pdf_is_found_by_site_search_with_snippet(pdf_resource, client):
    from search.models import SearchDocument

    doc = SearchDocument.objects.get(type_key="resources", object_id=str(pdf_resource.pk))
    assert PHRASE in doc.text
    assert PHRASE not in doc.title + doc.summary

    html = client.get("/en/search/", {"q": '"lighthouse cooperative"'}).content.decode()
    assert "Coastal livelihoods after return" in html
    assert f'href="{pdf_resource.url}"' in html
    assert "<mark>lighthouse cooperative</mark>" in html  # the quoted phrase, one mark
    assert "Resources (1)" in html

    miss = client.get("/en/search/", {"q": "lighthouse submarine"}).content.decode()
    assert "Coastal livelihoods after return" not in miss


def test_search_document_facets_and_filters(pdf_resource, client):
    from search.models import SearchDocument

    facets = SearchDocument.objects.get(type_key="resources").facets
    # Codes, the ones the resources listing filters on (labelled by facet_labels).
    assert facets["resource_type"] == ["study"]
    assert facets["theme"] == ["economic"]
    assert facets["region"] == ["WCA"]  # from the country Senegal
    assert facets["country"] == ["SN"]
    assert facets["year"] == ["2019"]
    assert facets["language"] == ["fr"]
    assert facets["origin"] == ["iom"]

    url = "/en/search/"
    html = client.get(url, {"q": "quokka", "type": "resources"}).content.decode()
    assert 'name="year" value="2019"' in html
    assert 'name="theme" value="economic"> <span>Economic' in html
    assert 'name="resource_type" value="study"> <span>Study or research</span>' in html
    hit = client.get(url, {"q": "quokka", "type": "resources", "year": "2019"}).content.decode()
    assert "Coastal livelihoods after return" in hit
    miss = client.get(url, {"q": "quokka", "type": "resources", "year": "2018"}).content.decode()
    assert "Coastal livelihoods after return" not in miss


def test_unpublished_resource_leaves_the_search_index(
    pdf_resource, client, django_capture_on_commit_callbacks
):
    from search.models import SearchDocument

    assert SearchDocument.objects.filter(type_key="resources").count() == 1
    with django_capture_on_commit_callbacks(execute=True):
        pdf_resource.unpublish()
    assert not SearchDocument.objects.filter(type_key="resources").exists()
    html = client.get("/en/search/", {"q": "quokka"}).content.decode()
    assert "Coastal livelihoods after return" not in html


def test_home_page_lists_latest_resources(make_resource, home, client):
    assert "resources" in registry.home_sections
    for year, title in ((2018, "Older handbook"), (2020, "Middle study"), (2021, "Newest toolkit")):
        make_resource(title=title, publication_year=year, resource_type="toolkit")
    make_resource(title="Fourth resource")
    html = client.get("/en/").content.decode()
    section = html.split('id="section-resources"', 1)[1].split("</section>", 1)[0]
    assert "Fourth resource" in section
    assert "Newest toolkit" in section
    assert "Older handbook" not in section  # the home page block shows three
    assert "Toolkit · 2021" in section
    assert 'href="/en/resources/"' in section  # "See all"
