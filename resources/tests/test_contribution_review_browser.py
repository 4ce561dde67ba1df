"""Editors review a member's contribution in the Wagtail admin, in a real Chromium: no request
of the click may fail, and nothing may be logged as a server error (django.request)."""

import logging
import time
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.mail.backends import locmem
from playwright.sync_api import expect

from conftest import PASSWORD, make_user
from resources import contributions
from resources.factories import make_pdf
from resources.models import ResourcePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Vocational training for returnees in Mali"
WATCH_EDITS = """
document.addEventListener("w-unsaved:watch-edits", () => { window.watchingEdits = true; });
"""


class SlowEmailBackend(locmem.EmailBackend):
    """An SMTP server taking a few seconds: the approval's request stays open after its commit
    (the member's email is sent on commit), as it does against a real mail server."""

    def send_messages(self, messages):
        time.sleep(3)
        return super().send_messages(messages)


class Records(logging.Handler):
    """Every record of level ERROR or above a logger emits (the live server's threads too)."""

    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.records = []

    def emit(self, record):
        self.records.append(record)

    def messages(self):
        return [f"{r.name}: {r.getMessage()} {r.exc_info[1] if r.exc_info else ''}" for r in self]

    def __iter__(self):
        return iter(self.records)


@pytest.fixture
def server_errors():
    """Errors logged by django.request (which does not propagate to caplog's root handler)."""
    handler = Records()
    logger = logging.getLogger("django.request")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


@pytest.fixture
def contribution(transactional_db, live_server):
    """A member's contribution awaiting review, with the site served by the live server."""
    from wagtail.models import Site

    from portal.demo.site import ensure_home, ensure_locales
    from portal.demo.utils import ensure_page
    from resources.models import ResourceIndexPage

    ensure_locales()
    home = ensure_home()
    index = ensure_page(home, ResourceIndexPage, "resources", title="Resources")
    parsed = urlparse(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=parsed.hostname, port=parsed.port)
    member = make_user("contributor@example.org")
    data = {
        "title": TITLE,
        "summary": "What a training programme changed for returnees in Bamako.",
        "authors": "Traoré, Fatou",
        "publisher": "Returnee Network",
        "publication_year": 2023,
        "publication_date": None,
        "resource_type": "study",
        "countries": ["ML"],
        "origin": "external",
        "doi": "",
        "external_url": "",
        "file_language": "en",
        "regions": [],
    }
    upload = SimpleUploadedFile("training.pdf", make_pdf("Trainees found work."), "application/pdf")
    return contributions.submit(index, member, data, upload)


def _admin_sign_in(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.locator("button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")


def _record_traffic(page):
    """Responses of 500 or more, and the POSTs to the page editor (with their Accept header)."""
    traffic = {"failures": [], "edit_posts": []}

    def on_request(request):
        if request.method == "POST" and request.url.endswith("/edit/"):
            traffic["edit_posts"].append(request.headers.get("accept", ""))

    def on_response(response):
        if response.status >= 500:
            traffic["failures"].append(
                f"{response.status} {response.request.method} {response.url}"
            )

    page.on("request", on_request)
    page.on("response", on_response)
    return traffic


def test_editor_approves_and_publishes_a_contribution_without_server_errors(
    contribution, live_server, page, server_errors, settings
):
    """Clicking "Approve and Publish" in the page editor: Wagtail's autosave posts the form
    again, workflow action included, while the click's request is still sending the member's
    email; that second request must not fail (it did, with a 500: 'NoneType' object has no
    attribute 'get_actions')."""
    settings.EMAIL_BACKEND = f"{__name__}.SlowEmailBackend"
    base = live_server.url
    make_user("reviewer@example.org", groups=["Editors"])
    traffic = _record_traffic(page)
    _admin_sign_in(page, base, "reviewer")
    page.add_init_script(WATCH_EDITS)
    page.goto(f"{base}/admin/pages/{contribution.pk}/edit/")
    # As a person would: the editor's unsaved-changes watcher has taken its snapshot.
    # Polled from here: wait_for_function evaluates with eval(), which the admin's CSP refuses.
    for _ in range(100):
        if page.evaluate("window.watchingEdits === true"):
            break
        page.wait_for_timeout(100)
    assert page.evaluate("window.watchingEdits === true")
    page.get_by_role("button", name="More actions").click()
    mail.outbox.clear()
    page.get_by_role("button", name="Approve and Publish", exact=True).click()
    page.wait_for_url(f"{base}/admin/pages/{contribution.get_parent().pk}/")
    page.wait_for_load_state("networkidle")
    expect(page.locator("tr", has_text=TITLE).get_by_text("live")).to_be_visible()
    assert ResourcePage.objects.get(pk=contribution.pk).live
    # The autosave did post the action again (else this test would prove nothing)...
    assert any("application/json" in accept for accept in traffic["edit_posts"]), traffic
    # ...and no request failed or logged a server error.
    assert traffic["failures"] == []
    assert server_errors.messages() == []
    # The member got the app's email only; Wagtail's (with its admin link) was not sent.
    assert [m.to for m in mail.outbox] == [["contributor@example.org"]]
    assert "is published" in mail.outbox[0].subject
