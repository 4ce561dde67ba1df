"""Good practices over OAI-PMH: a published practice is one record with its Dublin Core (valid
against the vendored schemas), in the set ``practice`` and its theme's; an unpublished one is
announced deleted; contacts are never disseminated."""

import pytest
from lxml import etree

from portal.core.links import absolute_url
from portal.demo.utils import ensure_page
from portal.models import GcmObjective, Region
from resources.factories import make_document, publish
from resources.models import GoodPracticeIndexPage, GoodPracticePage, PracticeDocument
from resources.oai.repository import identifier
from resources.tests.test_oai import FIXTURES, NS, OAI, oai

pytestmark = pytest.mark.django_db


@pytest.fixture
def dc_schemas():
    return (
        etree.XMLSchema(etree.parse(str(FIXTURES / "OAI-PMH.xsd"))),
        etree.XMLSchema(etree.parse(str(FIXTURES / "oai_dc.xsd"))),
    )


def _practice(index, title, themes=(), **fields):
    page = GoodPracticePage(title=title, summary=f"Summary of {title}.", **fields)
    index.add_child(instance=page)
    page.themes.set(themes)
    page.gcm_objectives.set(GcmObjective.objects.filter(locale__language_code="en", number=21))
    page.save()
    return publish(page)


def test_practices_are_records_and_unpublished_ones_deleted(client, home, themes, dc_schemas):
    economic, _health = themes
    index = ensure_page(home, GoodPracticeIndexPage, "good-practices", title="Good practices")
    pdf = make_document(title="Evaluation", filename="evaluation.pdf")
    practice = _practice(
        index,
        "Airport reception desk",
        themes=[economic],
        countries=["NE"],
        evidence_level="evaluated",
        contact_name="Amina Secret",
        contact_consent=True,
    )
    practice.regions.set([Region.objects.get(code="WCA")])
    practice.documents = [PracticeDocument(document=pdf, language="fr")]
    practice = publish(practice)
    withdrawn = _practice(index, "Withdrawn practice")
    withdrawn.unpublish()

    root = oai(client, dc_schemas, verb="ListRecords", metadataPrefix="oai_dc")
    assert b"Amina" not in etree.tostring(root)
    ours = identifier("practice", practice.translation_key)
    gone = identifier("practice", withdrawn.translation_key)
    records = {
        record.findtext(f"{OAI}header/{OAI}identifier"): record
        for record in root.iterfind(f".//{OAI}record")
    }
    identifiers = [i.text for i in root.iterfind(f".//{OAI}header/{OAI}identifier")]
    assert identifiers.count(ours) == 1 and identifiers.count(gone) == 1
    record = records[ours]
    specs = {s.text for s in record.iterfind(f"{OAI}header/{OAI}setSpec")}
    assert specs == {"practice", "theme", f"theme:{economic.slug}"}

    def dc(name):
        return [e.text for e in record.iterfind(f".//dc:{name}", NS)]

    assert dc("title") == ["Airport reception desk"]
    assert dc("type") == ["Text", "Good practice"]
    assert dc("description") == ["Summary of Airport reception desk."]
    gcm = GcmObjective.objects.get(locale__language_code="en", number=21)
    assert dc("subject") == [economic.name, f"GCM objective 21: {gcm.title}"]
    assert dc("identifier") == [absolute_url("/en/good-practices/airport-reception-desk/")]
    assert dc("coverage") == [Region.objects.get(code="WCA").name, "Niger"]
    assert dc("format") == ["application/pdf"] and dc("language") == ["fr"]
    assert dc("date") == [practice.first_published_at.date().isoformat()]
    deleted = records[gone].find(f"{OAI}header")
    assert deleted.get("status") == "deleted" and records[gone].find(f"{OAI}metadata") is None

    # The set "practice" holds practices only; GetRecord answers for the deleted one.
    in_set = oai(
        client, dc_schemas, verb="ListIdentifiers", metadataPrefix="oai_dc", set="practice"
    )
    assert {i.text for i in in_set.iterfind(f".//{OAI}identifier")} == {ours, gone}
    sets = oai(client, dc_schemas, verb="ListSets")
    assert "practice" in {s.text for s in sets.iterfind(f".//{OAI}setSpec")}
    single = oai(client, dc_schemas, verb="GetRecord", metadataPrefix="oai_dc", identifier=gone)
    assert single.find(f".//{OAI}header").get("status") == "deleted"
    # Published again: no longer announced as deleted.
    publish(withdrawn)
    again = oai(client, dc_schemas, verb="GetRecord", metadataPrefix="oai_dc", identifier=gone)
    assert again.find(f".//{OAI}header").get("status") is None
