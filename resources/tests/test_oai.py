"""OAI-PMH at /oai/: every response valid against the official schemas, the protocol's error
codes, tombstones, constant queries per page; a harvest with Sickle is in test_oai_harvest.py."""

from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import etree
from wagtail.models import Locale

from resources.models import DeletedRecord, ResourcePage
from resources.oai.repository import identifier

FIXTURES = Path(__file__).parent / "fixtures" / "oai"
OAI = "{http://www.openarchives.org/OAI/2.0/}"
NS = {
    "oai": "http://www.openarchives.org/OAI/2.0/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "dc": "http://purl.org/dc/elements/1.1/",
}


@pytest.fixture(scope="module")
def schemas():
    return (
        etree.XMLSchema(etree.parse(str(FIXTURES / "OAI-PMH.xsd"))),
        etree.XMLSchema(etree.parse(str(FIXTURES / "oai_dc.xsd"))),
    )


def oai(client, schemas, method="get", **params):
    """The parsed response to ``params``, checked: HTTP 200, XML, valid against OAI-PMH.xsd,
    and each Dublin Core record valid against oai_dc.xsd."""
    response = getattr(client, method)("/oai/", params)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    root = etree.fromstring(response.content)
    envelope, dublin_core = schemas
    envelope.assertValid(root)
    for record in root.iterfind(".//oai_dc:dc", NS):
        dublin_core.assertValid(etree.ElementTree(record))
    return root


def error_code(root):
    error = root.find(f"{OAI}error")
    return error.get("code") if error is not None else None


def translate(page, language, title, alias=False):
    """``page``'s translation (or alias) in ``language``, published."""
    copy = page.copy_for_translation(
        Locale.objects.get(language_code=language), copy_parents=True, alias=alias
    )
    if not alias:
        copy.title = title
        copy.save_revision().publish()
    return ResourcePage.objects.get(pk=copy.pk)


@pytest.fixture
def catalogue(make_resource, themes):
    """Three live resources (one translated into French, one with an untranslated Spanish
    alias) and one unpublished."""
    economic, health = themes
    first = make_resource(
        title="Returns in the Sahel",
        themes=[economic],
        countries=["NE", "ML"],
        doi="10.1234/sahel",
        isbn="9789290680000",
    )
    second = make_resource(title="Health after return", themes=[health], resource_type="study")
    third = make_resource(title="Video guide", resource_type="video", authors="", publisher="IOM")
    gone = make_resource(title="Withdrawn report")
    translate(first, "fr", "Retours au Sahel")
    translate(second, "es", "", alias=True)
    gone.unpublish()
    return first, second, third, gone


def key_of(page):
    return str(page.translation_key)


@pytest.mark.django_db
def test_every_verb_and_error_answers_as_the_schema_says(client, schemas, catalogue, settings):
    first, second, third, gone = catalogue
    settings.OAI_PAGE_SIZE = 2
    # Identify
    root = oai(client, schemas, verb="Identify")
    assert root.findtext("oai:Identify/oai:deletedRecord", namespaces=NS) == "persistent"
    assert root.findtext("oai:Identify/oai:granularity", namespaces=NS) == "YYYY-MM-DDThh:mm:ssZ"
    assert root.find("oai:request", NS).get("verb") == "Identify"
    # ListMetadataFormats, for the repository and for one record
    root = oai(
        client,
        schemas,
        verb="ListMetadataFormats",
        identifier=identifier("resource", key_of(first)),
    )
    assert root.findtext(".//oai:metadataPrefix", namespaces=NS) == "oai_dc"
    # ListSets: by type and by theme
    specs = {s.text for s in oai(client, schemas, verb="ListSets").iterfind(".//oai:setSpec", NS)}
    assert {"resource", "resource:report", "resource:video", "theme", "theme:economic"} <= specs
    # GetRecord: a translated record, with both titles in their languages
    root = oai(
        client,
        schemas,
        verb="GetRecord",
        metadataPrefix="oai_dc",
        identifier=identifier("resource", key_of(first)),
    )
    titles = {
        (t.get("{http://www.w3.org/XML/1998/namespace}lang"), t.text)
        for t in root.iterfind(".//dc:title", NS)
    }
    assert titles == {("en", "Returns in the Sahel"), ("fr", "Retours au Sahel")}
    dc = {e.tag.split("}")[1]: e.text for e in root.iterfind(".//oai_dc:dc/*", NS)}
    assert dc["creator"] == "Doe, Jane" or dc["creator"] == "Roe, Richard"
    values = [e.text for e in root.iterfind(".//oai_dc:dc/*", NS)]
    assert {
        "Text",
        "Report",
        "Niger",
        "Mali",
        "Economic",
        "https://doi.org/10.1234/sahel",
        "urn:isbn:9789290680000",
        "2020",
        "IOM",
    } <= set(values)
    assert any(v.endswith("/en/resources/returns-in-the-sahel/") for v in values)
    sets = {s.text for s in root.iterfind(".//oai:header/oai:setSpec", NS)}
    assert sets == {"resource", "resource:report", "theme", "theme:economic"}
    # GetRecord of the unpublished resource: a header with status="deleted" and no metadata
    root = oai(
        client,
        schemas,
        verb="GetRecord",
        metadataPrefix="oai_dc",
        identifier=identifier("resource", key_of(gone)),
    )
    assert root.find(".//oai:header", NS).get("status") == "deleted"
    assert root.find(".//oai:metadata", NS) is None
    # A video is a MovingImage; without authors its publisher is the creator
    root = oai(
        client,
        schemas,
        verb="GetRecord",
        metadataPrefix="oai_dc",
        identifier=identifier("resource", key_of(third)),
    )
    assert root.findtext(".//dc:type", namespaces=NS) == "MovingImage"
    assert root.findtext(".//dc:creator", namespaces=NS) == "IOM"
    # ListIdentifiers by pages of two (POST too): the alias adds nothing, the deleted one is there
    seen, token, cursors = [], None, []
    while True:
        params = {"resumptionToken": token} if token else {"metadataPrefix": "oai_dc"}
        root = oai(client, schemas, method="post", verb="ListIdentifiers", **params)
        seen += [
            (h.findtext("oai:identifier", namespaces=NS), h.get("status"))
            for h in root.iterfind(".//oai:header", NS)
        ]
        element = root.find(".//oai:resumptionToken", NS)
        cursors.append((element.get("cursor"), element.get("completeListSize")))
        token = element.text
        if not token:
            break
    assert cursors == [("0", "4"), ("2", "4")]
    assert sorted(seen) == sorted(
        [(identifier("resource", key_of(p)), None) for p in (first, second, third)]
        + [(identifier("resource", key_of(gone)), "deleted")]
    )
    # Sets filter live and deleted records alike
    root = oai(client, schemas, verb="ListRecords", metadataPrefix="oai_dc", set="resource:study")
    assert [h.text for h in root.iterfind(".//oai:identifier", NS)] == [
        identifier("resource", key_of(second))
    ]
    assert root.find(".//oai:resumptionToken", NS) is None  # one page: no token
    # Errors: HTTP 200, the code the specification names, no arguments echoed after bad ones
    errors = [
        ({}, "badVerb"),
        ({"verb": "Nonsense"}, "badVerb"),
        ({"verb": ["Identify", "Identify"]}, "badVerb"),
        ({"verb": "Identify", "set": "resource"}, "badArgument"),
        ({"verb": "ListRecords"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": ["oai_dc", "oai_dc"]}, "badArgument"),
        ({"verb": "GetRecord", "metadataPrefix": "oai_dc"}, "badArgument"),
        ({"verb": "ListRecords", "metadataPrefix": "oai_dc", "from": "2020-13-45"}, "badArgument"),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2020-01-01",
                "until": "2021-01-01T00:00:00Z",
            },
            "badArgument",
        ),
        (
            {
                "verb": "ListRecords",
                "metadataPrefix": "oai_dc",
                "from": "2021-01-01",
                "until": "2020-01-01",
            },
            "badArgument",
        ),
        (
            {"verb": "ListRecords", "metadataPrefix": "oai_dc", "resumptionToken": "x"},
            "badArgument",
        ),
        ({"verb": "ListRecords", "resumptionToken": "forged"}, "badResumptionToken"),
        ({"verb": "ListSets", "resumptionToken": "forged"}, "badResumptionToken"),
        ({"verb": "ListRecords", "metadataPrefix": "marc21"}, "cannotDisseminateFormat"),
        (
            {
                "verb": "GetRecord",
                "metadataPrefix": "oai_dc",
                "identifier": "oai:elsewhere:resource/1",
            },
            "idDoesNotExist",
        ),
        (
            {
                "verb": "GetRecord",
                "metadataPrefix": "oai_dc",
                "identifier": identifier("resource", "not-a-key"),
            },
            "idDoesNotExist",
        ),
        (
            {
                "verb": "GetRecord",
                "metadataPrefix": "oai_dc",
                "identifier": identifier("resource", "4b0f1b4e-6a44-4ad0-9a55-7c6f7f1b9d10"),
            },
            "idDoesNotExist",
        ),
        (
            {
                "verb": "ListMetadataFormats",
                "identifier": identifier("resource", "4b0f1b4e-6a44-4ad0-9a55-7c6f7f1b9d10"),
            },
            "idDoesNotExist",
        ),
        (
            {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "set": "theme:unknown"},
            "noRecordsMatch",
        ),
        (
            {"verb": "ListIdentifiers", "metadataPrefix": "oai_dc", "until": "2001-01-01"},
            "noRecordsMatch",
        ),
    ]
    for params, code in errors:
        root = oai(client, schemas, **params)
        assert error_code(root) == code, params
        if code in {"badVerb", "badArgument"}:
            assert not root.find("oai:request", NS).attrib, params
    # A token answers only the verb it was issued for
    root = oai(client, schemas, verb="ListRecords", metadataPrefix="oai_dc")
    token = root.findtext(".//oai:resumptionToken", namespaces=NS)
    assert (
        error_code(oai(client, schemas, verb="ListIdentifiers", resumptionToken=token))
        == "badResumptionToken"
    )


@pytest.mark.django_db
def test_a_page_of_records_costs_the_same_queries_whatever_its_size(
    client, make_resource, themes, settings
):
    for n in range(6):
        page = make_resource(title=f"Resource {n}", themes=list(themes), countries=["SN"])
        if n % 2:
            translate(page, "fr", f"Ressource {n}")
    counts = []
    for size in (2, 4):
        settings.OAI_PAGE_SIZE = size
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/oai/", {"verb": "ListRecords", "metadataPrefix": "oai_dc"})
        assert response.content.count(b"<record>") == size
        counts.append(len(queries))
    assert counts[0] == counts[1], counts
    # Restrictions (3), groups, themes, set specs, tombstones, pages and 3 prefetches, the site
    # for URLs, the complete list's size (live and deleted); the good practices' record type
    # adds 3 (its pages and their count, GCM labels).
    assert counts == [17, 17]


@pytest.mark.django_db
def test_tombstones_follow_unpublishing_deleting_and_publishing_again(make_resource, themes):
    economic, _health = themes
    page = make_resource(title="Kept in the record", themes=[economic])
    french = translate(page, "fr", "Gardé")
    key = key_of(page)
    page.unpublish()  # the French translation still carries the record
    assert not DeletedRecord.objects.exists()
    french.unpublish()
    tombstone = DeletedRecord.objects.get(record_type="resource", key=key)
    assert tombstone.set_specs == " resource resource:report theme theme:economic "
    page.save_revision().publish()  # live again
    assert not DeletedRecord.objects.exists()
    ResourcePage.objects.get(pk=french.pk).delete()
    assert not DeletedRecord.objects.exists()
    ResourcePage.objects.get(pk=page.pk).delete()
    tombstone = DeletedRecord.objects.get(record_type="resource", key=key)
    assert "theme:economic" in tombstone.set_specs
