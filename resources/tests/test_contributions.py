"""Member contributions: the form, its upload checks, the review workflow, emails, dashboard."""

import io
import zipfile

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState

from resources import contributions
from resources.factories import make_docx, make_pdf
from resources.models import ResourceDocument, ResourcePage

PDF_TYPE = "application/pdf"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def contribute_url(index):
    return index.url + "contribute/"


def form_data(upload=None, **overrides):
    data = {
        "title": "Community reintegration in Senegal",
        "summary": "Lessons from community projects for returnees in Senegal.",
        "authors": "Diallo, Awa; Smith, John",
        "publisher": "Returnee Network",
        "publication_year": "2021",
        "publication_date": "",
        "resource_type": "study",
        "countries": ["SN"],
        "origin": "external",
        "doi": "https://doi.org/10.1234/abcd",
        "external_url": "",
        "file_language": "fr",
    }
    data.update(overrides)
    data["file"] = upload or SimpleUploadedFile(
        "study.pdf", make_pdf("Village savings groups helped returnees."), PDF_TYPE
    )
    return data


@pytest.fixture
def submit(member_client, resource_index, django_capture_on_commit_callbacks):
    """POST a contribution as the member; on-commit tasks (text extraction, emails) run."""

    def post(client=member_client, **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(contribute_url(resource_index), form_data(**overrides))

    return post


@pytest.fixture
def submitted(submit, member):
    response = submit()
    assert response.status_code == 302, response.content.decode()[:2000]
    return ResourcePage.objects.get(submitted_by=member)


def task_state_of(page):
    state = WorkflowState.objects.get(object_id=str(page.pk), status="in_progress")
    return state.current_task_state


def review(client, page, action, comment="", capture=None):
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state_of(page).pk)
    )
    with capture(execute=True):
        return client.post(url, {"comment": comment})


# --- who may contribute ------------------------------------------------------------------------


def test_anonymous_visitor_is_sent_to_login(client, resource_index):
    response = client.get(contribute_url(resource_index))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert "contribute" in response["Location"]
    assert client.post(contribute_url(resource_index), form_data()).status_code == 302
    assert not ResourcePage.objects.filter(submitted_by__isnull=False).exists()


def test_unverified_member_is_refused(unverified_member, resource_index, submit):
    from django.test import Client

    client = Client()
    client.force_login(unverified_member)
    response = client.get(contribute_url(resource_index))
    assert response.status_code == 403
    assert "verify your email address" in response.content.decode()
    assert submit(client=client).status_code == 403
    assert not ResourcePage.objects.filter(submitted_by__isnull=False).exists()


def test_listing_links_to_the_form_and_member_sees_it(client, member_client, resource_index):
    assert contribute_url(resource_index) in client.get(resource_index.url).content.decode()
    response = member_client.get(contribute_url(resource_index))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in html and "csrfmiddlewaretoken" in html
    assert '<label for="id_title">' in html
    assert 'aria-describedby="id_summary_helptext"' in html and 'id="id_summary_helptext"' in html


# --- a submission --------------------------------------------------------------------------------


def test_submission_is_a_draft_in_the_contributions_workflow(
    submitted, member, resource_index, client
):
    page = submitted
    assert not page.live and page.owner == member and page.submitted_by == member
    assert page.get_parent().pk == resource_index.pk
    assert page.locale == resource_index.locale
    assert page.doi == "10.1234/abcd" and page.countries[0].code == "SN"
    assert page.publication_year == 2021 and not page.is_iom
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == "in_progress" and state.requested_by == member
    assert state.workflow.name == contributions.WORKFLOW_NAME
    task = state.current_task_state.task.specific
    assert {g.name for g in task.groups.all()} == {"Editors", "Moderators"}
    # The file is a ResourceDocument whose text was extracted like an editor's upload.
    file = page.files.get()
    document = ResourceDocument.objects.get(pk=file.document_id)
    assert file.language == "fr" and document.language == "fr"
    assert document.extraction_status == "done"
    assert "Village savings groups" in document.extracted_text
    assert document.collection.name == contributions.PENDING_COLLECTION


def test_themes_and_regions_are_stored(submit, member, themes):
    from portal.models import Region

    economic, _health = themes
    west = Region.objects.get(code="WCA")
    assert submit(themes=[economic.pk], regions=[west.pk]).status_code == 302
    page = ResourcePage.objects.get(submitted_by=member)
    assert list(page.themes.all()) == [economic] and list(page.regions.all()) == [west]


def test_submission_is_invisible_to_the_public(submitted, client, other_member, resource_index):
    from django.test import Client

    page = submitted
    listing = client.get(resource_index.url).content.decode()
    assert page.title not in listing
    assert page.title not in client.get(resource_index.url + "?q=Senegal").content.decode()
    assert client.get(page.url or f"{resource_index.url}{page.slug}/").status_code == 404
    assert page.title not in client.get(resource_index.url + "feed/rss/").content.decode()
    assert page.title not in client.get(resource_index.url + "feed/atom/").content.decode()
    assert page.title not in client.get("/en/search/?q=Senegal").content.decode()
    file = page.files.get()
    download = reverse("resources_download", args=[file.pk])
    assert client.get(download, follow=True).status_code == 404
    document = file.document
    # The raw document URL is closed to everyone but reviewers.
    other = Client()
    other.force_login(other_member)
    for visitor in (client, other):
        response = visitor.get(document.url)
        assert response.status_code in (302, 403)
        assert b"Village savings" not in b"".join(getattr(response, "streaming_content", [b""]))


def test_slugs_are_unique_and_avoid_the_index_routes(submit, member, settings):
    assert submit().status_code == 302
    assert submit().status_code == 302
    assert submit(title="Feed").status_code == 302
    slugs = set(ResourcePage.objects.filter(submitted_by=member).values_list("slug", flat=True))
    assert slugs == {
        "community-reintegration-in-senegal",
        "community-reintegration-in-senegal-2",
        "feed-resource",
    }


def test_other_members_cannot_see_someone_elses_draft(submitted, other_member, resource_index):
    from django.test import Client

    other = Client()
    other.force_login(other_member)
    assert other.get(f"{resource_index.url}{submitted.slug}/").status_code == 404
    assert submitted.title not in other.get(reverse("dashboard")).content.decode()
    admin = other.get(reverse("wagtailadmin_pages:edit", args=[submitted.pk]))
    assert admin.status_code in (302, 403)


# --- bad input ---------------------------------------------------------------------------------


def _zip(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


BAD_FILES = {
    "extension": (SimpleUploadedFile("notes.txt", b"plain text", "text/plain"), "not accepted"),
    "no_extension": (SimpleUploadedFile("report", b"%PDF-1.4 x", PDF_TYPE), "not accepted"),
    "executable": (
        SimpleUploadedFile("tool.exe", b"MZ\x90\x00", "application/octet-stream"),
        "not accepted",
    ),
    "empty": (SimpleUploadedFile("empty.pdf", b"", PDF_TYPE), "The submitted file is empty."),
    "mime": (
        SimpleUploadedFile("study.pdf", make_pdf("x"), "text/html"),
        "but was sent as text/html",
    ),
    "signature": (
        SimpleUploadedFile("fake.pdf", b"<html>not a pdf</html>", PDF_TYPE),
        "not a valid PDF file",
    ),
    "docx_is_pdf": (
        SimpleUploadedFile("report.docx", make_pdf("x"), DOCX_TYPE),
        "not a valid DOCX file",
    ),
    "zip_as_xlsx": (
        SimpleUploadedFile(
            "data.xlsx",
            _zip({"readme.txt": "hello"}),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        "not a valid XLSX file",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_re_renders_the_form_keeping_the_rest(case, submit):
    upload, message = BAD_FILES[case]
    upload.seek(0)
    response = submit(upload=upload, title="Keep this title", summary="Keep this summary")
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'value="Keep this title"' in html and "Keep this summary" in html
    assert "Choose the file again" in html
    assert not ResourcePage.objects.filter(submitted_by__isnull=False).exists()
    assert not ResourceDocument.objects.exists()


def test_file_over_the_size_limit_is_refused(submit, settings):
    settings.RESOURCES_MAX_UPLOAD_BYTES = 1024
    upload = SimpleUploadedFile("big.pdf", make_pdf("word " * 2000, pages=3), PDF_TYPE)
    assert upload.size > 1024
    html = submit(upload=upload).content.decode()
    assert "the limit is 1.0\xa0KB" in html
    assert not ResourcePage.objects.filter(submitted_by__isnull=False).exists()


def test_valid_docx_is_accepted(submit, member):
    upload = SimpleUploadedFile("guide.docx", make_docx("Counselling guide"), DOCX_TYPE)
    assert submit(upload=upload).status_code == 302
    document = ResourcePage.objects.get(submitted_by=member).files.get().document
    assert document.filename.endswith(".docx") and "Counselling guide" in document.extracted_text


def test_metadata_errors_keep_what_was_typed(submit):
    response = submit(title="", publication_year="1995", doi="abc", countries=["SN", "ZZ"])
    html = response.content.decode()
    assert response.status_code == 200
    assert "This field is required." in html
    assert "greater than or equal to 2000" in html
    assert "A DOI starts with" in html
    assert "Lessons from community projects" in html  # the summary is kept
    assert not ResourcePage.objects.filter(submitted_by__isnull=False).exists()


def test_submissions_are_rate_limited_per_member(submit, settings, member, other_member):
    from django.test import Client

    settings.RESOURCES_CONTRIBUTION_RATE = (1, 3600)
    assert submit().status_code == 302
    response = submit(title="A second study")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Please wait an hour" in html and 'value="A second study"' in html
    assert ResourcePage.objects.filter(submitted_by=member).count() == 1
    other = Client()
    other.force_login(other_member)
    assert submit(client=other, title="Someone else's").status_code == 302


# --- review, emails and the dashboard ----------------------------------------------------------


def test_editor_approves_in_the_admin_and_member_is_emailed(
    submitted, editor_client, member, member_client, client, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    response = review(
        editor_client, submitted, "approve", capture=django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    page = ResourcePage.objects.get(pk=submitted.pk)
    assert page.live
    assert [m.to for m in mail.outbox] == [[member.email]]  # only ours, not Wagtail's too
    message = mail.outbox[0]
    assert "is published" in message.subject and page.title in message.subject
    assert page.get_full_url() in message.body
    assert client.get(page.url).status_code == 200
    assert page.title in client.get(page.get_parent().url).content.decode()
    # The file left the reviewers-only collection and can be downloaded.
    file = page.files.get()
    assert file.document.collection.name != contributions.PENDING_COLLECTION
    assert client.get(reverse("resources_download", args=[file.pk])).status_code == 200
    dashboard = member_client.get(reverse("dashboard")).content.decode()
    assert "My contributed resources" in dashboard
    assert f'<a href="{page.url}">{page.title}</a>' in dashboard and "Published" in dashboard


def test_moderator_requests_changes_with_a_comment(
    submitted, moderator_client, member, member_client, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    response = review(
        moderator_client,
        submitted,
        "reject",
        comment="Please add the full list of authors.",
        capture=django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    page = ResourcePage.objects.get(pk=submitted.pk)
    assert not page.live
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [member.email]
    assert "Changes requested" in mail.outbox[0].subject
    assert "Please add the full list of authors." in mail.outbox[0].body
    dashboard = member_client.get(reverse("dashboard")).content.decode()
    assert "Changes requested" in dashboard
    assert "Please add the full list of authors." in dashboard
    assert f'<a href="{page.url}">' not in dashboard


def test_decision_email_is_written_in_the_members_language(submitted, member):
    """Templates resources/email/contribution_<decision>*.txt, in the language the member chose
    in their account; links are absolute."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(member)
    profile.preferred_language = "fr"
    profile.save()
    mail.outbox.clear()
    assert contributions.send_decision_email(submitted.pk, "rejected", "Merci d'ajouter l'ISBN.")
    message = mail.outbox[0]
    assert message.to == [member.email]
    assert (
        message.subject
        == f"[R&R Hub] Modifications demandées pour votre ressource «\xa0{submitted.title}\xa0»"
    )
    assert "Merci d'ajouter l'ISBN." in message.body
    assert "http://testserver/fr/" in message.body  # the dashboard, in the member's language
    assert not contributions.send_decision_email(submitted.pk, "maybe")


def test_dashboard_shows_in_moderation_and_members_cannot_review(
    submitted, member_client, django_capture_on_commit_callbacks
):
    dashboard = member_client.get(reverse("dashboard")).content.decode()
    assert submitted.title in dashboard and "In moderation" in dashboard
    response = review(
        member_client, submitted, "approve", capture=django_capture_on_commit_callbacks
    )
    assert response.status_code in (302, 403)
    assert not ResourcePage.objects.get(pk=submitted.pk).live
    assert TaskState.objects.filter(status="in_progress").count() == 1


def test_editor_submissions_keep_wagtails_own_email(
    resource_index, editor, moderator, django_capture_on_commit_callbacks
):
    """Only contributions skip Wagtail's approval email; an editor's own page still gets it."""
    from resources.factories import ResourcePageFactory

    page = ResourcePageFactory.build(title="Editor's page", live=False)
    resource_index.add_child(instance=page)
    page.save_revision(user=editor)
    contributions.ensure_workflow(resource_index).start(page, editor)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        task_state_of(page).specific.task.specific.on_action(
            task_state_of(page).specific, moderator, "approve"
        )
    assert ResourcePage.objects.get(pk=page.pk).live
    assert [m.to for m in mail.outbox] == [[editor.email]]
    assert "is published" not in mail.outbox[0].subject  # Wagtail's wording, not the app's


def test_members_do_not_get_wagtails_decision_emails_but_editors_do(
    submitted, member, editor, submit, editor_client
):
    """Wagtail's approval/rejection emails link to its admin: turned off, through Wagtail's own
    notification preferences, for members who contribute; kept for anyone with admin access."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(member)
    assert not profile.approved_notifications and not profile.rejected_notifications
    assert profile.submitted_notifications  # untouched (members never review anyway)
    assert submit(client=editor_client, title="An editor's contribution").status_code == 302
    profile = UserProfile.get_for_user(editor)
    assert profile.approved_notifications and profile.rejected_notifications


# --- the page editor's workflow actions (resources/wagtail_hooks.py) -----------------------------


def _post_workflow_action(client, page, accept="text/html"):
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {"action-workflow-action": "true", "workflow-action-name": "approve"},
        HTTP_ACCEPT=accept,
    )


def test_autosave_cannot_perform_a_workflow_action(submitted, editor_client):
    """Wagtail's autosave posts the whole edit form, hidden workflow-action fields included."""
    response = _post_workflow_action(editor_client, submitted, accept="application/json")
    assert response.status_code == 400
    assert response.json()["error_code"] == "blocked_by_hook"
    assert not ResourcePage.objects.get(pk=submitted.pk).live
    assert task_state_of(submitted).status == "in_progress"


def test_workflow_action_repeated_after_the_review_is_refused_without_error(
    submitted, editor_client, django_capture_on_commit_callbacks
):
    """A second submission of the action (double click, retried request) finds no task: a
    message, not a 500 ('NoneType' object has no attribute 'get_actions')."""
    review(editor_client, submitted, "approve", capture=django_capture_on_commit_callbacks)
    response = _post_workflow_action(editor_client, submitted)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[submitted.pk])
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("not currently awaiting moderation" in m for m in messages)
    assert ResourcePage.objects.get(pk=submitted.pk).live
