"""Good practices: the three-step submission (required fields per step, evidence level, GCM
objectives, PDF check, drafts), permissions, the listing's filters and search (a phrase only
in a PDF), the resources listing's "Good practice" type and GCM filter, the objective's page,
and resubmitting the same draft after "changes requested" (practices and resources)."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import WorkflowState

from portal.demo.utils import ensure_page
from portal.models import GcmObjective
from resources import contributions
from resources.factories import make_document, make_pdf, publish
from resources.models import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    PracticeDocument,
    ResourcePage,
)

PDF_PHRASE = "quinoa cooperatives in Totonicapan"


@pytest.fixture
def practice_index(home):
    return ensure_page(home, GoodPracticeIndexPage, "good-practices", title="Good practices")


def objective(number):
    return GcmObjective.objects.get(locale__language_code="en", number=number)


@pytest.fixture
def make_practice(practice_index, django_capture_on_commit_callbacks):
    """A published practice, indexed (its on-commit tasks run), optionally with a PDF."""

    def make(title, evidence="self_reported", gcm=(21,), pdf_text=None, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            page = GoodPracticePage(
                title=title,
                summary=fields.pop("summary", f"Summary of {title}."),
                evidence_level=evidence,
                dimension_economic=True,
                **fields,
            )
            practice_index.add_child(instance=page)
            page.gcm_objectives.set([objective(n) for n in gcm])
            if pdf_text:
                document = make_document(title=f"{title} PDF", content=make_pdf(pdf_text, 2))
                page.documents = [PracticeDocument(document=document, language="en")]
            page.save()
            return publish(page)

    return make


def titles(response):
    html = response.content.decode()
    return re.findall(r'class="result__title"[^>]*><a href="[^"]*">([^<]+)</a>', html)


def step_url(index, page, step):
    return f"{index.url}submit/{page.pk}/{step}/"


STEP1 = {
    "title": "Reception desk for returnees at the airport",
    "summary": "A desk that meets every returning flight.",
    "context": "Returnees arrived with nowhere to go.",
    "target_group": "Adults and children returned by air.",
    "countries": ["GT"],
    "dimensions": ["social", "psychosocial"],
    "duration": "12 months",
    "partners": "Migration institute",
}
STEP2 = {
    "approach": "Staff met each flight and referred people to services.",
    "results": "Most returnees got a referral on the day.",
    "lessons_learned": "Meeting people on arrival builds trust.",
    "challenges": "",
    "sustainability": "",
    "cost_range": "50k_250k",
    "indicators-TOTAL_FORMS": "2",
    "indicators-INITIAL_FORMS": "0",
    "indicators-0-indicator": "Returnees met",
    "indicators-0-value": "1,250",
    "indicators-1-indicator": "",
    "indicators-1-value": "",
}


def step3(**overrides):
    data = {
        "evidence_level": "monitored",
        "evidence_note": "Monthly counts of the desk.",
        "gcm_objectives": [str(objective(21).pk), str(objective(7).pk)],
        "document_language": "en",
        "contact_name": "Ana Pérez",
        "contact_organisation": "Desk team",
        "contact_email": "ana@example.org",
        "contact_consent": "on",
        "send": "1",
    }
    data.update(overrides)
    return data


def test_three_steps_with_required_fields_drafts_and_permissions(
    client, member_client, other_member, practice_index, django_capture_on_commit_callbacks
):
    submit_url = practice_index.url + "submit/"
    # Anonymous visitors are sent to sign in.
    response = client.get(submit_url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]

    # Step 1: each required answer is asked for; nothing is created.
    response = member_client.post(submit_url, {"title": ""})
    html = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in html  # the error summary
    for field in ("title", "summary", "context", "target_group", "dimensions"):
        assert f'id="id_{field}-error"' in html, field
    assert not GoodPracticePage.objects.exists()
    response = member_client.post(submit_url, STEP1)
    page = GoodPracticePage.objects.get()
    assert response.status_code == 302 and response["Location"] == step_url(practice_index, page, 2)
    assert not page.live and page.submitted_by.email == "member@example.org"
    assert page.dimensions == ["social", "psychosocial"]

    # Step 2: required answers, and a figure without its indicator is refused.
    url2 = step_url(practice_index, page, 2)
    html = member_client.post(url2, {**STEP2, "approach": "", "indicators-1-value": "40%"}).content
    html = html.decode()
    assert 'id="id_approach-error"' in html and "Say what this figure measures." in html
    response = member_client.post(url2, {**STEP2, "leave": "1"})  # save and finish later
    assert response.status_code == 302 and response["Location"] == reverse("dashboard")
    dashboard = member_client.get(reverse("dashboard")).content.decode()
    assert "My good practices" in dashboard and "Not submitted" in dashboard
    assert step_url(practice_index, page, 1) in dashboard  # continue the draft
    page.refresh_from_db()
    assert [(r.indicator, r.value) for r in page.indicators.all()] == [("Returnees met", "1,250")]

    # Another member cannot see or change the draft; nobody sees it published.
    other = client.__class__()
    other.force_login(other_member)
    assert other.get(url2).status_code == 404
    assert other.post(step_url(practice_index, page, 3), step3()).status_code == 404
    assert client.get(practice_index.url).content.decode().count(STEP1["title"]) == 0

    # Step 3: evidence level needs its source, GCM objectives are required, only PDFs.
    url3 = step_url(practice_index, page, 3)
    html = member_client.post(
        url3, step3(evidence_note="", gcm_objectives=[], contact_name="", contact_email="")
    ).content.decode()
    assert "Say which evaluation or data support this evidence level." in html
    assert 'id="id_gcm_objectives-error"' in html
    assert "Give the contact&#x27;s name or email, or untick consent." in html
    fake = SimpleUploadedFile("notes.pdf", b"just text, not a PDF", "application/pdf")
    html = member_client.post(url3, step3(document=fake)).content.decode()
    assert 'id="id_document-error"' in html
    assert not WorkflowState.objects.exists()

    # Sent with a real PDF: a draft in the review workflow; the file is reviewers-only.
    pdf = SimpleUploadedFile("desk.pdf", make_pdf(f"Notes on {PDF_PHRASE}.", 2), "application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(url3, step3(document=pdf))
    assert response.status_code == 302 and response["Location"] == reverse("dashboard")
    page = GoodPracticePage.objects.get(pk=page.pk)
    assert not page.live and page.evidence_level == "monitored"
    assert sorted(o.number for o in page.gcm_objectives.all()) == [7, 21]
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == "in_progress"
    document = page.documents.get().document
    assert document.collection.name == contributions.PENDING_COLLECTION
    assert PDF_PHRASE in document.extracted_text
    dashboard = member_client.get(reverse("dashboard")).content.decode()
    assert "In moderation" in dashboard
    assert url3 not in dashboard  # under review: not editable
    assert member_client.get(url3).status_code == 404


def test_practice_resubmitted_after_changes_requested(
    member, member_client, moderator_client, practice_index, django_capture_on_commit_callbacks
):
    from resources.practices import services

    page = services.create_draft(
        practice_index, member, {**STEP1, "regions": [], "themes": [], "countries": ["GT"]}
    )
    services.save_step(page, 2, {**STEP2, "cost_range": ""}, member, indicators=[])
    member_client.post(step_url(practice_index, page, 3), step3())
    state = WorkflowState.objects.get(object_id=str(page.pk))
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(page.pk, "reject", state.current_task_state.pk),
    )
    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(url, {"comment": "Add the number of children."})
    state.refresh_from_db()
    assert state.status == "needs_changes"
    dashboard = member_client.get(reverse("dashboard")).content.decode()
    assert "Changes requested" in dashboard and step_url(practice_index, page, 1) in dashboard
    html = member_client.get(step_url(practice_index, page, 2)).content.decode()
    assert "The editors asked for changes" in html and "Returnees met" not in html
    member_client.post(
        step_url(practice_index, page, 2), {**STEP2, "results": "Including 300 children."}
    )
    response = member_client.post(step_url(practice_index, page, 3), step3())
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == "in_progress"  # the same review, resumed
    assert GoodPracticePage.objects.get().results == "Including 300 children."
    assert WorkflowState.objects.count() == 1


@pytest.mark.postgres(reason="the listing's counts and phrase search on PostgreSQL")
def test_listing_filters_search_and_gcm_pages(
    client, make_practice, make_resource, practice_index, resource_index
):
    make_practice(
        "Airport reception centre", evidence="evaluated", gcm=(21, 12), pdf_text=PDF_PHRASE
    )
    make_practice("Child returnees support", evidence="monitored", gcm=(21, 7))
    make_practice("Returnee stories on video", evidence="self_reported", gcm=(17,))
    resource = make_resource(title="Reintegration handbook")
    resource.gcm_objectives.set([objective(17)])
    resource.save_revision().publish()
    make_resource(title="Untagged report")

    listing = client.get(practice_index.url)
    assert len(titles(listing)) == 3
    html = listing.content.decode()
    assert "Independently evaluated" in html and 'name="evidence" value="evaluated"' in html
    assert titles(client.get(practice_index.url, {"evidence": "evaluated"})) == [
        "Airport reception centre"
    ]
    assert sorted(titles(client.get(practice_index.url, {"gcm": "21"}))) == [
        "Airport reception centre",
        "Child returnees support",
    ]
    response = client.get(practice_index.url, {"gcm": "21", "evidence": "monitored"})
    assert titles(response) == ["Child returnees support"]
    # The facet counts follow the other filters: objective 21 has two practices.
    html = client.get(practice_index.url, {"evidence": "monitored"}).content.decode()
    assert re.search(
        r'value="evaluated"> <span>Independently evaluated</span> <span class="facet-count">1<',
        html,
    )
    assert client.get(practice_index.url, {"gcm": "x", "page": "-3"}).status_code == 200

    # A phrase only in the PDF: the listing, the site search.
    assert titles(client.get(practice_index.url, {"q": f'"{PDF_PHRASE}"'})) == [
        "Airport reception centre"
    ]
    search = client.get("/en/search/", {"q": f'"{PDF_PHRASE}"'}).content.decode()
    assert "Airport reception centre" in search and "Good practices" in search

    # The resources listing: "Good practice" as a type, and the GCM objective filter.
    html = client.get(resource_index.url).content.decode()
    assert re.search(
        r'value="good_practice"> <span>Good practice</span> <span class="facet-count">3<', html
    )
    assert len(titles(client.get(resource_index.url, {"type": "good_practice"}))) == 3
    assert titles(client.get(resource_index.url, {"gcm": "17"})) == ["Reintegration handbook"]
    assert "17. " in client.get(resource_index.url).content.decode()

    # The objective's page lists the practices and resources tagged with it.
    html = client.get("/en/gcm/17/").content.decode()
    assert "Returnee stories on video" in html and "Reintegration handbook" in html
    assert "Airport reception centre" not in html


def test_resource_resubmitted_after_changes_requested(
    member,
    member_client,
    other_member,
    moderator_client,
    resource_index,
    django_capture_on_commit_callbacks,
):
    """The issue's bug: a member asked for changes could not edit their contribution."""
    data = {
        "title": "Community reintegration in Senegal",
        "summary": "Lessons from community projects.",
        "authors": "Diallo, Awa",
        "publisher": "Returnee Network",
        "publication_year": "2021",
        "resource_type": "study",
        "origin": "external",
        "file_language": "en",
        "file": SimpleUploadedFile("study.pdf", make_pdf("Savings groups."), "application/pdf"),
    }
    with django_capture_on_commit_callbacks(execute=True):
        member_client.post(resource_index.url + "contribute/", data)
    page = ResourcePage.objects.get(submitted_by=member)
    edit_url = f"{resource_index.url}contribute/{page.pk}/"
    assert member_client.get(edit_url).status_code == 404  # under review: not yet
    state = WorkflowState.objects.get(object_id=str(page.pk))
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(page.pk, "reject", state.current_task_state.pk),
    )
    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(url, {"comment": "Please add the second author."})
    dashboard = member_client.get(reverse("dashboard")).content.decode()
    assert edit_url in dashboard
    html = member_client.get(edit_url).content.decode()
    assert "Please add the second author." in html and 'value="Diallo, Awa"' in html
    other = member_client.__class__()
    other.force_login(other_member)
    assert other.get(edit_url).status_code == 404
    data.pop("file")
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(edit_url, {**data, "authors": "Diallo, Awa; Sow, Ibou"})
    assert response.status_code == 302
    state.refresh_from_db()
    assert state.status == "in_progress" and WorkflowState.objects.count() == 1
    page = ResourcePage.objects.get(pk=page.pk)
    assert page.authors == "Diallo, Awa; Sow, Ibou"
    assert page.files.count() == 1  # the file sent first is kept
    assert page.get_latest_revision_as_object().authors == "Diallo, Awa; Sow, Ibou"
    assert member_client.get(edit_url).status_code == 404


@pytest.mark.postgres(reason="phrase search of the PDFs on PostgreSQL")
def test_demo_practices(client, home, django_capture_on_commit_callbacks):
    from resources.demo import practices
    from resources.demo.practices_content import PRACTICES

    with django_capture_on_commit_callbacks(execute=True):
        index = practices.load(home)
        practices.load(home)  # idempotent
    english = GoodPracticePage.objects.live().filter(locale__language_code="en")
    assert english.count() == len(PRACTICES) >= 12
    assert all(p.gcm_objectives.exists() for p in english)
    assert set(english.values_list("evidence_level", flat=True)) == {"monitored", "self_reported"}
    with_pdf = english.filter(documents__isnull=False).distinct()
    assert with_pdf.count() >= 5
    assert all(p.documents.get().document.page_count >= 2 for p in with_pdf)
    found = client.get(index.url, {"q": '"pupusa market"'})
    assert titles(found) == ["Cultural orientation for long-term returnees in El Salvador"]
    arabic = client.get("/ar/good-practices/", {"evidence": "monitored"})
    html = arabic.content.decode()
    assert 'dir="rtl"' in html and "الممارسات الجيدة" in html
    assert "العودة الإنسانية الطوعية لمهاجرين بنغلاديشيين من ليبيا" in titles(arabic)
    french = GoodPracticePage.objects.get(
        locale__language_code="fr",
        slug=index.get_children().get(slug="athens-open-centre-avrr").slug,
    )
    assert french.title.startswith("Un centre ouvert à Athènes")
