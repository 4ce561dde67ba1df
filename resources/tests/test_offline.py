"""Offline packs (resources.offline): a ZIP of a filtered listing's PDFs with an offline
``index.html`` and a CSV, built by the background task (run at once by the test settings),
refused beyond the caps, reused for the same filters and content, and only for the members
who asked for it."""

import csv
import io
import zipfile

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from django.http import QueryDict
from django.utils import translation

from community.accounts.services import set_preferred_language
from resources.factories import add_file, make_document, make_docx, make_pdf, publish
from resources.offline import pack as writer
from resources.offline import services

OFFLINE = "/en/offline-packs/"


@pytest.fixture
def catalogue(make_resource, themes, django_capture_on_commit_callbacks):
    """Three resources: two on the Economic theme (one with English and French PDFs and a
    Word file, one with a PDF) and one on Health."""
    economic, health = themes

    def resource(title, theme, files, **fields):
        page = make_resource(title=title, themes=[theme], **fields)
        for language, kind in files:
            content = make_pdf(f"{title} ({language})") if kind == "pdf" else make_docx(title)
            document = make_document(title, content, f"{page.slug}-{language}.{kind}", language)
            add_file(page, document, language)
        with django_capture_on_commit_callbacks(execute=True):
            return publish(page)

    return {
        "jobs": resource(
            "Jobs after return",
            economic,
            [("en", "pdf"), ("fr", "pdf"), ("es", "docx")],
            summary="Wage employment for returnees.",
            publication_year=2021,
        ),
        "loans": resource(
            "Small loans", economic, [("en", "pdf")], summary="Microcredit.", publisher="UNDP"
        ),
        "clinics": resource("Clinics", health, [("en", "pdf")], summary="Health care."),
    }


def _ask(client, resource_index, query, **extra):
    return client.post(OFFLINE, {"index": resource_index.pk, "query": query, **extra})


def _key(response):
    assert response.status_code == 302, response.content[:500]
    return response["Location"].rstrip("/").split("/")[-1]


def _zip(client, key):
    response = client.get(f"{OFFLINE}{key}/download/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="resources-offline-')
    assert response["Content-Type"] == "application/zip"
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


def test_a_pack_holds_exactly_the_matching_pdfs_a_page_and_a_csv(
    member_client, member, resource_index, catalogue
):
    response = _ask(member_client, resource_index, "theme=economic")
    key = _key(response)
    assert response["Location"] == f"{OFFLINE}{key}/"
    status = member_client.get(response["Location"])
    assert status.status_code == 200
    html = status.content.decode()
    assert 'data-status="ready"' in html and 'http-equiv="refresh"' not in html
    assert "Your offline pack is ready: 2 resources, 3 PDFs" in html

    archive = _zip(member_client, key)
    pdfs = {
        "pdfs/jobs-after-return-en.pdf": catalogue["jobs"],
        "pdfs/jobs-after-return-fr.pdf": catalogue["jobs"],
        "pdfs/small-loans-en.pdf": catalogue["loans"],
    }
    assert sorted(archive.namelist()) == sorted([*pdfs, "index.html", "resources.csv"])
    jobs_fr = catalogue["jobs"].files.get(language="fr").document
    with jobs_fr.file.open("rb") as handle:
        assert archive.read("pdfs/jobs-after-return-fr.pdf") == handle.read()

    rows = list(csv.DictReader(io.StringIO(archive.read("resources.csv").decode())))
    assert [row["title"] for row in rows] == ["Jobs after return", "Small loans"]  # newest first
    assert rows[0]["date"] == "2021" and rows[0]["type"] == "Report"
    assert rows[0]["themes"] == "Economic" and rows[0]["languages"] == "en fr"
    assert rows[0]["files"] == "pdfs/jobs-after-return-en.pdf pdfs/jobs-after-return-fr.pdf"
    assert rows[1]["publisher"] == "UNDP" and rows[1]["summary"] == "Microcredit."
    assert rows[1]["url"].endswith("/en/resources/small-loans/")

    page = archive.read("index.html").decode()
    assert '<html lang="en" dir="ltr">' in page
    assert "Jobs after return" in page and "Small loans" in page and "Clinics" not in page
    for path in pdfs:
        assert f'href="{path}"' in page
    assert "src=" not in page and "<link" not in page  # nothing to load from anywhere
    assert "default-src 'none'" in page

    # The member is told, in their language, with a link to the status page.
    (message,) = mail.outbox
    assert message.to == [member.email]
    assert message.subject == "[R&R Hub] Your offline pack of resources is ready"
    assert f"http://testserver/en/offline-packs/{key}/" in message.body


def test_an_arabic_pack_is_right_to_left_and_translated(resource_index, catalogue):
    pack = services.plan(resource_index, QueryDict("theme=health"), "ar")
    assert [page.title for page in pack.resources] == ["Clinics"]
    archive = io.BytesIO()
    with translation.override("ar"):
        assert writer.write(pack, archive) == 1
    page = zipfile.ZipFile(archive).read("index.html").decode()
    assert '<html lang="ar" dir="rtl">' in page
    assert "موارد للاستخدام دون اتصال" in page  # "Resources for offline use"
    assert '<h2 lang="en" dir="ltr">Clinics</h2>' in page  # an English title stays LTR


def test_planning_costs_the_same_queries_whatever_the_number_of_resources(
    resource_index, catalogue, django_assert_max_num_queries, make_resource, themes
):
    with django_assert_max_num_queries(13):  # the index's, the pages', themes', files'
        services.plan(resource_index, QueryDict("theme=economic"), "en")
    for n in range(4):
        page = make_resource(title=f"More {n}", themes=[themes[0]])
        add_file(page, make_document("More", make_pdf("More"), f"more-{n}.pdf"))
    with django_assert_max_num_queries(13):
        more = services.plan(resource_index, QueryDict("theme=economic"), "en")
    assert len(more.resources) == 6 and len(more.files) == 7


def test_beyond_the_caps_the_member_is_asked_to_narrow_the_filters(
    member_client, resource_index, catalogue, settings
):
    settings.OFFLINE_PACK_MAX_FILES = 2
    response = _ask(member_client, resource_index, "theme=economic")
    assert response.status_code == 200
    text = response.content.decode()
    assert "This list is too large for an offline pack" in text
    assert "at most 2 resources and PDFs" in text
    assert "This list has 2 resources with 3 PDFs" in text
    assert "Narrow the filters" in text
    assert 'href="/en/resources/?theme=economic"' in text

    settings.OFFLINE_PACK_MAX_FILES = 300
    settings.OFFLINE_PACK_MAX_MB = 0
    assert (
        "too large for an offline pack" in _ask(member_client, resource_index, "").content.decode()
    )
    nothing = _ask(member_client, resource_index, "q=zzzqqq")
    assert "No resource matches these filters" in nothing.content.decode()
    assert not default_storage.exists("private/offline-packs/")  # nothing was queued
    assert mail.outbox == []


def test_the_same_filters_and_content_reuse_one_zip(
    member_client, member, other_member, resource_index, catalogue, make_resource, themes
):
    from conftest import _client_for

    first = _key(_ask(member_client, resource_index, "theme=economic&q=&sort=title"))
    manifest = services.read(first)
    zip_name, finished = manifest["zip"], manifest["finished_at"]

    # Another member, the same filters written otherwise: the same pack, not built again.
    other = _client_for(other_member)
    again = _key(_ask(other, resource_index, "theme=economic&theme=economic&page=3&per_page=50"))
    assert again == first
    manifest = services.read(first)
    assert (manifest["zip"], manifest["finished_at"]) == (zip_name, finished)
    assert manifest["requested_by"] == [member.pk, other_member.pk]
    assert len(mail.outbox) == 1  # only the first member was waiting for a build
    assert _zip(other, first).namelist()  # and the second may download it

    # A resource outside the filters changes nothing; a new matching one makes a new pack.
    make_resource(title="Vaccines", themes=[themes[1]])
    assert _key(_ask(member_client, resource_index, "theme=economic")) == first
    make_resource(title="Savings groups", themes=[themes[0]])
    set_preferred_language(member, "fr")
    newer = _key(_ask(member_client, resource_index, "theme=economic"))
    assert newer != first
    assert "Savings groups" in _zip(member_client, newer).read("index.html").decode()
    french_mail = mail.outbox[-1]  # the member's language, and a link to the French page
    assert french_mail.subject == "[R&R Hub] Votre pack de ressources hors ligne est prêt"
    assert f"http://testserver/fr/offline-packs/{newer}/" in french_mail.body
    status = member_client.get(f"/fr/offline-packs/{newer}/").content.decode()
    assert "Votre pack hors ligne est prêt : 3 ressources, 3 PDF" in status
    # In another language it is another pack.
    french = member_client.post(
        "/fr/offline-packs/", {"index": resource_index.pk, "query": "theme=economic"}
    )
    assert _key(french) not in (first, newer)


def test_who_may_ask_see_and_download(
    client, member_client, other_member, resource_index, catalogue, settings
):
    from conftest import _client_for

    listing = client.get("/en/resources/?theme=economic").content.decode()
    assert "Sign in to download this list for offline use" in listing
    assert "Download for offline use" not in listing
    assert "/en/accounts/login/?next=/en/resources/%3Ftheme%3Deconomic" in listing
    listing = member_client.get("/en/resources/?theme=economic").content.decode()
    assert "Download for offline use" in listing
    assert 'name="query" value="theme=economic"' in listing
    empty = member_client.get("/en/resources/?q=zzzqqq").content.decode()
    assert "Download for offline use" not in empty  # nothing to take away

    anonymous = _ask(client, resource_index, "theme=economic")
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous["Location"]
    key = _key(_ask(member_client, resource_index, "theme=economic"))
    for path in (f"{OFFLINE}{key}/", f"{OFFLINE}{key}/download/"):
        response = client.get(path)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
        assert _client_for(other_member).get(path).status_code == 404
        assert member_client.get(path).status_code == 200
    assert member_client.get(f"{OFFLINE}{'0' * 32}/").status_code == 404
    assert member_client.get(f"{OFFLINE}..%2F..%2Fsecret/").status_code == 404
    assert member_client.get(OFFLINE).status_code == 405
    bad = member_client.post(OFFLINE, {"index": "nope", "query": ""})
    assert bad.status_code == 400 and b"Unknown resources listing" in bad.content

    settings.OFFLINE_PACK_RATE = (2, 3600)  # one request made above
    assert _ask(member_client, resource_index, "theme=health").status_code == 302
    limited = _ask(member_client, resource_index, "theme=health")
    assert limited.status_code == 429
    assert "You can ask for 2 offline packs every 60 minutes" in limited.content.decode()


def test_a_pack_that_cannot_be_built_is_failed_and_the_member_told(
    member, resource_index, catalogue, settings
):
    pack = services.plan(resource_index, QueryDict("theme=economic"), "en")
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    manifest = services.request_pack(pack, member)
    assert manifest["status"] == services.PENDING  # queued: no worker ran it
    settings.OFFLINE_PACK_MAX_FILES = 1  # the list grew past the cap before the worker came
    assert services.build(pack.key) == services.FAILED
    assert services.read(pack.key)["reason"] == "too_large"
    (message,) = mail.outbox
    assert "could not be built" in message.subject and "Narrow the filters" in message.body
