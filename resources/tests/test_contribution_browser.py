"""The whole contribution journey in a real Chromium: submit, review in Wagtail, publish."""

from urllib.parse import urlparse

import pytest
from django.core import mail
from playwright.sync_api import expect

from conftest import PASSWORD, make_user
from resources.factories import make_pdf
from resources.models import ResourcePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Peer support for returnees in Guinea"


@pytest.fixture
def live_resources(transactional_db, live_server):
    """The home page and a Resources index served by the live server (no full demo: faster)."""
    from wagtail.models import Site

    from portal.demo.site import ensure_home, ensure_locales
    from portal.demo.utils import ensure_page
    from resources.models import ResourceIndexPage

    ensure_locales()
    home = ensure_home()
    ensure_page(home, ResourceIndexPage, "resources", title="Resources")
    parsed = urlparse(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=parsed.hostname, port=parsed.port)
    return live_server.url


def _sign_in(page, base, email):
    page.goto(f"{base}/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form[action*='/accounts/login/'] [type=submit]").click()
    page.wait_for_load_state()


def test_member_contributes_editor_approves_and_it_is_published(
    live_resources, page, browser, tmp_path
):
    base = live_resources
    make_user("contributor@example.org")
    make_user("reviewer@example.org", groups=["Editors"])
    pdf = tmp_path / "peer-support.pdf"
    pdf.write_bytes(make_pdf("Peer groups met every week in Conakry."))

    # 1. The member signs in, follows the link from the listing and fills in the form.
    _sign_in(page, base, "contributor@example.org")
    page.goto(f"{base}/en/resources/")
    page.get_by_role("link", name="Contribute a resource").click()
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("Summary").fill("How returnee peer groups worked in three towns.")
    page.get_by_label("Publisher or organisation").fill("Returnee Peer Network")
    page.get_by_label("Publication year").fill("2022")
    page.locator("#id_resource_type").select_option("study")
    page.get_by_label("Countries").select_option("GN")
    page.get_by_label("Language of the file").select_option("en")
    # First without a file: the form comes back with a message and keeps what was typed.
    page.get_by_role("button", name="Send for review").click()
    expect(page.locator(".error-summary")).to_be_focused()
    expect(page.locator("#id_file-error")).to_contain_text("This field is required.")
    assert page.get_by_label("Title").input_value() == TITLE
    page.locator("#id_file").set_input_files(str(pdf))
    page.get_by_role("button", name="Send for review").click()
    page.wait_for_url("**/dashboard/")
    panel = page.locator(
        "section", has=page.get_by_role("heading", name="My contributed resources")
    )
    expect(panel.get_by_text(TITLE)).to_be_visible()
    expect(panel.get_by_text("In moderation")).to_be_visible()

    # 2. The public listing does not show it.
    public = browser.new_context(locale="en-GB")
    visitor = public.new_page()
    visitor.goto(f"{base}/en/resources/")
    assert visitor.get_by_text(TITLE).count() == 0

    # 3. An editor approves it in the Wagtail admin, from the page's editor.
    contribution = ResourcePage.objects.get(title=TITLE)
    reviewer_context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    reviewer = reviewer_context.new_page()
    reviewer.goto(f"{base}/admin/login/")
    reviewer.fill("input[name=username]", "reviewer")
    reviewer.fill("input[name=password]", PASSWORD)
    reviewer.locator("button[type=submit]").click()
    reviewer.wait_for_url(f"{base}/admin/")
    expect(reviewer.get_by_text("Awaiting your review")).to_be_visible()
    reviewer.goto(f"{base}/admin/pages/{contribution.pk}/edit/")
    reviewer.get_by_role("button", name="More actions").click()
    reviewer.get_by_role("button", name="Approve and Publish", exact=True).click()
    reviewer.wait_for_url(f"{base}/admin/pages/{contribution.get_parent().pk}/")
    row = reviewer.locator("tr", has_text=TITLE)
    expect(row.get_by_text("live")).to_be_visible()
    contribution.refresh_from_db()
    assert contribution.live
    reviewer_context.close()

    # 4. The member's dashboard says published and links to it; the public listing shows it.
    page.reload()
    panel = page.locator(
        "section", has=page.get_by_role("heading", name="My contributed resources")
    )
    expect(panel.get_by_text("Published")).to_be_visible()
    panel.get_by_role("link", name=TITLE).click()
    expect(page.get_by_role("heading", name=TITLE)).to_be_visible()
    visitor.goto(f"{base}/en/resources/")
    expect(visitor.get_by_role("link", name=TITLE)).to_be_visible()
    public.close()
    # Reviewers were told of the submission (Wagtail); the member got one email, the app's.
    assert any(m.to == ["reviewer@example.org"] for m in mail.outbox)
    to_member = [m for m in mail.outbox if m.to == ["contributor@example.org"]]
    assert len(to_member) == 1 and "is published" in to_member[0].subject
    page.external_requests.check()
