"""Good practices in the public read API: published public practices only, the site's filters
(evidence level, GCM objective), the fields a client gets and never a contact."""

import pytest

from portal.demo.utils import ensure_page
from portal.models import GcmObjective
from resources import contributions
from resources.factories import make_document, publish
from resources.models import GoodPracticeIndexPage, GoodPracticePage, PracticeDocument

pytestmark = pytest.mark.postgres


@pytest.fixture
def add_practice(home, django_capture_on_commit_callbacks):
    """A practice in the English index (published unless ``live=False``), indexed on commit."""
    index = ensure_page(home, GoodPracticeIndexPage, "good-practices", title="Good practices")

    def add(title, evidence="self_reported", gcm=(21,), live=True, documents=(), **fields):
        with django_capture_on_commit_callbacks(execute=True):
            page = GoodPracticePage(
                title=title,
                summary=f"Summary of {title}.",
                evidence_level=evidence,
                live=live,
                **fields,
            )
            index.add_child(instance=page)
            page.gcm_objectives.set(
                GcmObjective.objects.filter(locale__language_code="en", number__in=gcm)
            )
            page.documents = [PracticeDocument(document=d, language="fr") for d in documents]
            page.save()
            if not live:
                page.save_revision()
                return page
            return publish(page)

    return add


def test_published_practices_filtered_as_the_site(client, add_practice):
    pdf = make_document(title="Evaluation report", filename="evaluation.pdf")
    pending = make_document(title="Not yet reviewed", filename="pending.pdf")
    pending.collection = contributions.pending_collection()
    pending.save()
    evaluated = add_practice(
        "Quokka airport desk",
        evidence="evaluated",
        gcm=(21, 7),
        countries=["NE"],
        dimension_social=True,
        contact_name="Amina Secret",
        contact_email="amina.secret@example.org",
        contact_consent=True,
        documents=(pdf, pending),
    )
    monitored = add_practice("Quokka cooperatives", evidence="monitored", gcm=(17,))
    draft = add_practice("Quokka draft", evidence="evaluated", gcm=(21,), live=False)
    key, other, hidden = (str(p.translation_key) for p in (evaluated, monitored, draft))

    def ids(**params):
        response = client.get("/api/v1/good-practices/", {"limit": 100, **params})
        assert response.status_code == 200, response.content
        assert "amina" not in response.content.decode().lower()  # never a contact
        return {item["id"] for item in response.json()["items"]}

    assert {key, other} <= ids() and hidden not in ids()
    assert {key, other} == ids(q="quokka")
    assert ids(q="quokka", evidence="evaluated") == {key}
    assert ids(q="quokka", evidence=["evaluated", "monitored"]) == {key, other}
    assert ids(q="quokka", gcm="17") == {other}
    assert ids(gcm="21") == {key} and ids(gcm="7", evidence="monitored") == set()
    assert ids(region="WCA", dimension="social") == {key}
    assert client.get(f"/api/v1/good-practices/{hidden}").status_code == 404
    response = client.get(f"/api/v1/good-practices/{key}")
    item = response.json()
    assert "amina" not in response.content.decode().lower()
    assert item["url"] == "http://testserver/en/good-practices/quokka-airport-desk/"
    assert item["evidence_level"] == "evaluated" and item["gcm_objectives"] == [7, 21]
    assert item["countries"] == ["NE"] and item["regions"] == []
    assert item["dimensions"] == ["social"] and item["summary"] == "Summary of Quokka airport desk."
    assert item["first_published_at"] and item["language"] == "en"
    # Only the file anyone may download (the other waits in the reviewers' collection).
    assert item["files"] == [
        {"language": "fr", "title": "Evaluation report", "url": f"http://testserver{pdf.url}"}
    ]
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    params = {p["name"] for p in paths["/api/v1/good-practices/"]["get"]["parameters"]}
    assert {"q", "evidence", "gcm", "theme", "region", "country", "dimension"} <= params
    bad = client.get("/api/v1/good-practices/", {"limit": 0})
    assert bad.status_code == 400 and bad.json()["errors"][0]["field"] == "limit"
