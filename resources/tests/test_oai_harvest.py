"""A harvest of /oai/ over HTTP with Sickle, an OAI-PMH client library, as catalogues do."""

import datetime

import pytest
from sickle import Sickle
from sickle.oaiexceptions import NoRecordsMatch

from resources.models import ResourcePage
from resources.oai.repository import identifier
from resources.tests.test_oai import translate


class CountingSickle(Sickle):
    """Sickle, counting the requests it makes (one per page of a list)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.requests = []

    def harvest(self, **kwargs):
        self.requests.append(dict(kwargs))
        return super().harvest(**kwargs)


def oai_id(page):
    return identifier("resource", str(page.translation_key))


@pytest.mark.django_db(transaction=True)
def test_a_harvest_receives_every_published_resource_once(live_server, settings, make_resource):
    settings.OAI_PAGE_SIZE = 2
    live = [make_resource(title=f"Reintegration study {n}", doi=f"10.5/{n}") for n in range(5)]
    translate(live[0], "fr", "Étude de réintégration 0")  # one record in two languages
    translate(live[1], "es", "", alias=True)  # an untranslated copy: not another record
    unpublished = make_resource(title="Unpublished study")
    unpublished.unpublish()
    deleted = make_resource(title="Deleted study")
    ResourcePage.objects.get(pk=deleted.pk).delete()
    endpoint = f"{live_server.url}/oai/"

    sickle = CountingSickle(endpoint)
    records = list(sickle.ListRecords(metadataPrefix="oai_dc"))
    tokens = [r for r in sickle.requests if "resumptionToken" in r]
    assert len(tokens) >= 2  # 7 records in pages of 2: three more pages
    harvested = [r for r in records if not r.deleted]
    assert sorted(r.header.identifier for r in harvested) == sorted(oai_id(p) for p in live)
    for record in harvested:
        dc = record.metadata
        assert dc["title"][0].startswith("Reintegration study")
        assert dc["creator"] == ["Doe, Jane", "Roe, Richard"]
        assert dc["date"] == ["2020"]
        assert dc["type"] == ["Text", "Report"]
        assert dc["language"] == ["en"]
        assert any(i.startswith("http") and "/en/resources/" in i for i in dc["identifier"])
        assert any(i.startswith("https://doi.org/10.5/") for i in dc["identifier"])
    first = next(r for r in harvested if r.header.identifier == oai_id(live[0]))
    assert first.metadata["title"] == ["Reintegration study 0", "Étude de réintégration 0"]
    gone = sorted(r.header.identifier for r in records if r.deleted)
    assert gone == sorted([oai_id(unpublished), oai_id(deleted)])

    # from/until select by datestamp (inclusive, to the day or the second), over POST too
    ResourcePage.objects.filter(pk=live[2].pk).update(
        last_published_at=datetime.datetime(2021, 6, 1, 12, 0, 5, tzinfo=datetime.UTC)
    )
    poster = Sickle(endpoint, http_method="POST")
    window = {"from": "2021-01-01", "until": "2021-06-01"}
    headers = list(poster.ListIdentifiers(metadataPrefix="oai_dc", **window))
    assert [h.identifier for h in headers] == [oai_id(live[2])]
    exact = {"from": "2021-06-01T12:00:05Z", "until": "2021-06-01T12:00:05Z"}
    assert [h.identifier for h in poster.ListIdentifiers(metadataPrefix="oai_dc", **exact)] == [
        oai_id(live[2])
    ]
    with pytest.raises(NoRecordsMatch):
        list(poster.ListIdentifiers(metadataPrefix="oai_dc", until="2021-06-01T12:00:04Z"))

    # A bad verb is answered as the protocol says
    response = sickle.harvest(verb="Harvest")
    error = response.xml.find("{http://www.openarchives.org/OAI/2.0/}error")
    assert response.http_response.status_code == 200
    assert error.get("code") == "badVerb"
