"""The map's text box goes through the site's one search index: stemmed words, partners and
descriptions are found; drafts and unpublished initiatives never are."""

import pytest

from initiatives_map.models import InitiativePage


@pytest.fixture
def edited(demo_site, django_capture_on_commit_callbacks):
    """A demo initiative whose description and partners carry words no title has."""
    page = InitiativePage.objects.get(slug="sure-brazil", locale__language_code="en")
    page.description = "<p>Counselling for each returnee&#x27;s family.</p><p>Quilombola work.</p>"
    page.partners = "Fundação Zimbrel\nCasa Ondulante"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    return page


def listed(client, query):
    ids = {f["id"] for f in client.get("/api/initiatives.geojson", {"q": query}).json()["features"]}
    html = client.get("/en/initiatives/", {"q": query}).text
    assert ids == {int(i) for i in __import__("re").findall(r'<tr data-id="(\d+)"', html)}
    return ids


def test_partners_and_descriptions_are_found(client, edited):
    assert listed(client, "Zimbrel") == {edited.pk}
    assert listed(client, "quilombola") == {edited.pk}


@pytest.mark.postgres
def test_a_stemmed_word_finds_what_icontains_could_not(client, edited):
    fields = (edited.title, edited.summary, edited.description, edited.organisations)
    assert "returnees" not in " ".join(fields).lower()  # icontains would find nothing
    assert edited.pk in listed(client, "returnees")


def test_unpublished_initiatives_are_never_found(
    client, edited, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        edited.unpublish()
    assert listed(client, "Zimbrel") == set()
