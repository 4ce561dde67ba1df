"""Offline packs in a real Chromium: a member filters the listing, asks for the pack and
downloads it; the unzipped pack's index.html works from file:// with no server at all."""

import io
import re
import zipfile
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.core.files.storage import default_storage
from playwright.sync_api import expect

from conftest import PASSWORD, make_user
from resources.factories import ResourcePageFactory, add_file, make_document, make_pdf

pytestmark = pytest.mark.browser

TITLES = {
    "Jobs after return": ("economic", "Wage employment for returnees in Dakar."),
    "Small loans for returnees": ("economic", "Microcredit and business coaching."),
    "Clinics and care": ("health", "Mental health and psychosocial support."),
}


def _catalogue(index):
    """The three resources above, each with an English PDF, published (commits index them)."""
    from portal.factories import ThemeFactory

    themes = {"economic": ThemeFactory(name="Economic"), "health": ThemeFactory(name="Health")}
    for title, (theme, summary) in TITLES.items():
        page = ResourcePageFactory.build(title=title, summary=summary)
        index.add_child(instance=page)
        page.themes.set([themes[theme]])
        add_file(page, make_document(title, make_pdf(title), f"{page.slug}.pdf"))
        page.save_revision().publish()


@pytest.mark.django_db(transaction=True)
def test_member_filters_asks_for_the_pack_and_downloads_it(live_server, page, tmp_path):
    from wagtail.models import Site

    from portal.demo.site import ensure_home, ensure_locales
    from portal.demo.utils import ensure_page
    from resources.models import ResourceIndexPage

    ensure_locales()
    index = ensure_page(ensure_home(), ResourceIndexPage, "resources", title="Resources")
    _catalogue(index)
    parsed = urlparse(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=parsed.hostname, port=parsed.port)
    make_user("fieldworker@example.org")
    base = live_server.url

    page.goto(f"{base}/en/resources/")  # anonymous: a sign-in prompt, no button
    page.get_by_role("link", name="Sign in to download this list for offline use").click()
    page.fill("input[name=login]", "fieldworker@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form[action*='/accounts/login/'] [type=submit]").click()
    page.wait_for_url(f"{base}/en/resources/")

    page.get_by_role("checkbox", name=re.compile(r"^Economic")).check()
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r".*theme=economic.*"))
    assert page.locator(".resource-result").count() == 2
    page.get_by_role("button", name="Download for offline use").click()
    page.wait_for_url(re.compile(r".*/en/offline-packs/[0-9a-f]{32}/$"))
    assert "Your offline pack is ready: 2 resources, 2 PDFs" in page.locator("main").inner_text()

    with page.expect_download() as info:
        page.get_by_role("link", name="Download the ZIP").click()
    download = info.value
    assert re.fullmatch(r"resources-offline-\d{4}-\d\d-\d\d\.zip", download.suggested_filename)
    archive = zipfile.ZipFile(io.BytesIO(open(download.path(), "rb").read()))  # noqa: SIM115
    assert sorted(archive.namelist()) == [
        "index.html",
        "pdfs/jobs-after-return-en.pdf",
        "pdfs/small-loans-for-returnees-en.pdf",
        "resources.csv",
    ]
    (message,) = mail.outbox  # told by email too
    assert message.to == ["fieldworker@example.org"]
    assert urlparse(page.url).path in message.body


@pytest.fixture
def unzipped_pack(resource_index, member, tmp_path, django_capture_on_commit_callbacks):
    """A pack of every resource built by the task (run at once), unzipped into a folder."""
    from django.http import QueryDict

    from resources.offline import services

    with django_capture_on_commit_callbacks(execute=True):
        _catalogue(resource_index)
    pack = services.plan(resource_index, QueryDict(""), "en")
    manifest = services.request_pack(pack, member)
    assert manifest["status"] == services.READY
    with default_storage.open(manifest["zip"], "rb") as handle:
        zipfile.ZipFile(io.BytesIO(handle.read())).extractall(tmp_path / "pack")
    return tmp_path / "pack"


def test_the_unzipped_pack_lists_and_filters_every_pdf_without_a_server(unzipped_pack, browser):
    context = browser.new_context(locale="en-GB")
    leaving = []

    def only_files(route):
        if not route.request.url.startswith("file://"):
            leaving.append(route.request.url)
            return route.abort()
        return route.continue_()

    context.route("**/*", only_files)
    view = context.new_page()
    view.goto((unzipped_pack / "index.html").as_uri())
    items = view.locator("#pack-list > li")
    assert items.count() == 3
    links = view.locator("#pack-list a[href$='.pdf']")
    hrefs = sorted(links.evaluate_all("links => links.map(a => a.getAttribute('href'))"))
    assert hrefs == sorted(
        p.relative_to(unzipped_pack).as_posix() for p in unzipped_pack.glob("pdfs/*.pdf")
    )
    assert len(hrefs) == 3 and all((unzipped_pack / href).stat().st_size for href in hrefs)
    assert view.locator("#pack-count").inner_text() == "3 of 3 resources shown"

    view.get_by_label("Filter this list").fill("microcrédit")  # accents folded, any case
    assert (
        view.locator("#pack-list > li:visible")
        .all_inner_texts()[0]
        .startswith("Small loans for returnees")
    )
    assert view.locator("#pack-list > li:visible").count() == 1
    assert view.locator("#pack-count").inner_text() == "1 of 3 resources shown"
    view.get_by_label("Filter this list").fill("returnees economic")
    assert view.locator("#pack-list > li:visible").count() == 2
    view.get_by_label("Filter this list").fill("nothing like this")
    expect(view.locator("#pack-none")).to_be_visible()
    assert leaving == []
    context.close()
