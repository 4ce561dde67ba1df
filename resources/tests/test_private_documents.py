"""Documents are private files: random stored names under private/documents/, never under
/media/; a pending contribution's file only for reviewers, a draft's file only for editors,
a published resource's file for everyone (through the download view or Wagtail's)."""

import re

import pytest
from django.core.files.storage import default_storage
from django.test import Client

from resources.downloads import download_counts
from resources.factories import ResourcePageFactory, add_file, make_document, publish
from resources.models import ResourceDocument, ResourcePage
from resources.tests.test_contributions import contribute_url, form_data

NAME_PATTERN = r"private/documents/[0-9a-f]{32}\.pdf"


@pytest.fixture
def clients(member, other_member, moderator, editor):
    """anonymous, the submitter (member), another member, a site moderator, an editor."""
    result = {"anonymous": Client()}
    for role, user in (
        ("submitter", member),
        ("other_member", other_member),
        ("moderator", moderator),
        ("editor", editor),
    ):
        result[role] = Client()
        result[role].force_login(user)
    return result


@pytest.fixture
def pending_document(clients, resource_index, django_capture_on_commit_callbacks):
    """The file of a member's contribution awaiting review, sent through the real form."""
    with django_capture_on_commit_callbacks(execute=True):
        response = clients["submitter"].post(contribute_url(resource_index), form_data())
    assert response.status_code == 302
    page = ResourcePage.objects.get(submitted_by__isnull=False)
    assert not page.live
    return page.files.get().document


@pytest.fixture
def draft_document(resource_index):
    """An editor's file on a resource page that was never published."""
    page = ResourcePageFactory.build(title="Unpublished evaluation", live=False)
    resource_index.add_child(instance=page)
    document = make_document("Unpublished evaluation", filename="Evaluation draft.pdf")
    add_file(page, document)
    return document


@pytest.fixture
def dev_urls(settings):
    """The URL map as development (DEBUG on) builds it, where /media/ once served everything."""
    import importlib

    from django.urls import clear_url_caches

    import portal.urls

    settings.DEBUG = True
    importlib.reload(portal.urls)
    clear_url_caches()
    yield
    settings.DEBUG = False
    importlib.reload(portal.urls)
    clear_url_caches()


def _wagtail(client, document):
    return client.get(document.url)


def _direct(client, document):
    """The file's own path under /media/ (what a static media route would answer)."""
    return client.get(f"/media/{document.file.name}")


def _assert_served(response):
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def _assert_refused(response):
    assert response.status_code in (302, 403, 404)
    if response.status_code == 302:
        assert "login" in response["Location"]


# --- stored names ----------------------------------------------------------------------------


def test_stored_name_is_random_and_the_upload_name_is_kept_for_the_download(resource_index):
    document = make_document("Annual report", filename="Annual report 2025.pdf")
    assert re.fullmatch(NAME_PATTERN, document.file.name), document.file.name
    assert document.original_filename == "Annual report 2025.pdf"
    assert document.filename == "Annual report 2025.pdf"
    assert document.url.endswith("/Annual%20report%202025.pdf")
    # used by no page: its collection (the public root) decides, so anyone may download it
    _assert_served(_wagtail(Client(), document))


def test_contributed_file_is_stored_under_a_random_private_name(pending_document):
    assert re.fullmatch(NAME_PATTERN, pending_document.file.name)
    assert "study" not in pending_document.file.name
    assert pending_document.original_filename == "study.pdf"


def test_no_document_is_reachable_under_media(pending_document, draft_document, clients, dev_urls):
    for document in (pending_document, draft_document):
        assert default_storage.exists(document.file.name)
        for client in clients.values():
            assert client.get(f"/media/{document.file.name}").status_code == 404


# --- a pending contribution (reviewers-only collection, page not live) -----------------------


def test_pending_contribution_file_anonymous_refused(pending_document, clients, dev_urls):
    _assert_refused(_wagtail(clients["anonymous"], pending_document))
    assert _direct(clients["anonymous"], pending_document).status_code == 404


def test_pending_contribution_file_submitter_refused(pending_document, clients, dev_urls):
    _assert_refused(_wagtail(clients["submitter"], pending_document))
    assert _direct(clients["submitter"], pending_document).status_code == 404


def test_pending_contribution_file_other_member_refused(pending_document, clients, dev_urls):
    _assert_refused(_wagtail(clients["other_member"], pending_document))
    assert _direct(clients["other_member"], pending_document).status_code == 404


def test_pending_contribution_file_moderator_downloads_it(pending_document, clients):
    response = _wagtail(clients["moderator"], pending_document)
    _assert_served(response)
    assert 'filename="study.pdf"' in response["Content-Disposition"]
    assert re.fullmatch(NAME_PATTERN, pending_document.file.name)
    # ... but not through the public download view, which serves live pages' files only
    file = pending_document.resource_files.get()
    response = clients["moderator"].get(f"/resources/download/{file.pk}/", follow=True)
    assert response.status_code == 404


def test_pending_contribution_file_editor_downloads_it(pending_document, clients):
    response = _wagtail(clients["editor"], pending_document)
    _assert_served(response)
    assert 'filename="study.pdf"' in response["Content-Disposition"]
    assert re.fullmatch(NAME_PATTERN, pending_document.file.name)


# --- a draft's document (default collection, page never published) ----------------------------


def test_draft_document_anonymous_gets_404(draft_document, clients, dev_urls):
    assert _wagtail(clients["anonymous"], draft_document).status_code == 404
    assert _direct(clients["anonymous"], draft_document).status_code == 404


def test_draft_document_member_gets_404(draft_document, clients, dev_urls):
    assert _wagtail(clients["other_member"], draft_document).status_code == 404
    assert _direct(clients["other_member"], draft_document).status_code == 404


def test_draft_document_moderator_downloads_it(draft_document, clients):
    response = _wagtail(clients["moderator"], draft_document)
    _assert_served(response)
    assert 'filename="Evaluation draft.pdf"' in response["Content-Disposition"]
    assert re.fullmatch(NAME_PATTERN, draft_document.file.name)


def test_draft_document_editor_downloads_it(draft_document, clients):
    response = _wagtail(clients["editor"], draft_document)
    _assert_served(response)
    assert 'filename="Evaluation draft.pdf"' in response["Content-Disposition"]
    assert re.fullmatch(NAME_PATTERN, draft_document.file.name)


def test_document_becomes_public_when_its_page_is_published(draft_document, clients):
    page = ResourcePage.objects.get(files__document=draft_document)
    publish(page)
    response = _wagtail(clients["anonymous"], draft_document)
    _assert_served(response)
    assert "Evaluation draft.pdf" in response["Content-Disposition"]


# --- a published resource's file through the download view ------------------------------------


def test_published_file_download_keeps_the_original_name(make_resource, clients):
    page = make_resource(title="Published study")
    file = add_file(page, make_document("Published study", filename="Published study.pdf"))
    response = clients["anonymous"].get(f"/resources/download/{file.pk}/")
    _assert_served(response)
    assert 'filename="Published study.pdf"' in response["Content-Disposition"]
    assert download_counts(page) == {file.language: 1}


def test_download_is_handed_to_nginx_when_configured(make_resource, clients, settings):
    settings.MEDIA_ACCEL_REDIRECT = "/protected-media/"
    page = make_resource(title="Proxy study")
    file = add_file(page, make_document("Proxy study", filename="proxy.pdf"))
    response = clients["anonymous"].get(f"/resources/download/{file.pk}/")
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected-media/{file.document.file.name}"
    assert response.content == b""
    assert 'filename="proxy.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_download_is_handed_to_x_sendfile_when_configured(make_resource, clients, settings):
    settings.MEDIA_SENDFILE = True
    page = make_resource(title="Sendfile study")
    file = add_file(page, make_document("Sendfile study", filename="sendfile.pdf"))
    response = clients["anonymous"].get(f"/resources/download/{file.pk}/")
    assert response.status_code == 200
    assert response["X-Sendfile"] == default_storage.path(file.document.file.name)
    assert response.content == b""


# --- the data migration ------------------------------------------------------------------------


def test_migration_moves_existing_documents_to_private_random_names(resource_index):
    import importlib

    from django.apps import apps
    from django.core.files.base import ContentFile

    migration = importlib.import_module("resources.migrations.0005_private_documents")
    legacy = default_storage.save("documents/Old report.pdf", ContentFile(b"%PDF-1.4 old"))
    document = make_document("Old report", filename="x.pdf")
    ResourceDocument.objects.filter(pk=document.pk).update(file=legacy, original_filename="")

    migration.move_documents(apps, None)

    document.refresh_from_db()
    assert re.fullmatch(NAME_PATTERN, document.file.name)
    assert document.original_filename == "Old report.pdf"
    assert not default_storage.exists(legacy)
    with default_storage.open(document.file.name) as handle:
        assert handle.read() == b"%PDF-1.4 old"
    assert document.url.endswith("/Old%20report.pdf")


def test_admin_upload_gets_a_random_name_and_keeps_the_original(admin_client, resource_index):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse
    from wagtail.models import Collection

    from resources.factories import make_pdf

    upload = SimpleUploadedFile("Board minutes.pdf", make_pdf("minutes"), "application/pdf")
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Board minutes",
            "file": upload,
            "collection": Collection.get_first_root_node().pk,
            "language": "en",
        },
    )
    assert response.status_code == 302, response.content.decode()[:1500]
    document = ResourceDocument.objects.get(title="Board minutes")
    assert re.fullmatch(NAME_PATTERN, document.file.name)
    assert document.original_filename == "Board minutes.pdf"
    _assert_served(_wagtail(Client(), document))
