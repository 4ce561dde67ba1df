"""Initiatives in the public read API: the map's filters and text search, nothing private."""

import pytest

from initiatives_map.models import InitiativePage

pytestmark = pytest.mark.postgres


def test_initiatives_filters_query_and_no_contacts(demo_site, client):
    pages = InitiativePage.objects.live().public().filter(locale__language_code="en")
    sample = next(p for p in pages if p.countries)
    country = sample.countries[0].code

    def ids(**params):
        response = client.get("/api/v1/initiatives/", {"limit": 100, **params})
        assert response.status_code == 200, response.content
        return {item["id"] for item in response.json()["items"]}

    everything = ids()
    assert everything == {str(p.translation_key) for p in pages}
    by_country = ids(country=country)
    assert str(sample.translation_key) in by_country
    assert by_country == {
        str(p.translation_key) for p in pages if country in {c.code for c in p.countries}
    }
    assert ids(status="ongoing") == {str(p.translation_key) for p in pages if p.status == "ongoing"}
    word = sample.title.split()[-1]
    assert str(sample.translation_key) in ids(q=word)
    body = client.get("/api/v1/initiatives/?limit=100").content.decode()
    for page in pages:
        for line in page.contacts.splitlines():
            assert not line.strip() or line.strip() not in body
