"""The good practice journey in a real Chromium: a member shares a practice with a PDF in three
steps; once an editor has approved it, an anonymous visitor finds it by a phrase that is only
in the PDF and filters the practices by evidence level and GCM objective (English, and the
listing in Arabic)."""

from urllib.parse import urlparse

import pytest
from playwright.sync_api import expect

from conftest import PASSWORD, make_user
from resources.factories import make_pdf

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Returnee peer mentors in Kayes"
PHRASE = "millet threshing cooperative"


@pytest.fixture
def live_practices(transactional_db, live_server):
    """The home page, a Good practices index (and its Arabic alias) and one other practice."""
    from wagtail.models import Locale, Site

    from portal.demo.site import ensure_home, ensure_locales
    from portal.demo.utils import ensure_page
    from portal.models import GcmObjective
    from portal.taxonomy.gcm import seed_objectives
    from resources.models import GoodPracticeIndexPage, GoodPracticePage

    ensure_locales()
    seed_objectives(GcmObjective, Locale)
    home = ensure_home()
    index = ensure_page(home, GoodPracticeIndexPage, "good-practices", title="Good practices")
    other = ensure_page(
        index,
        GoodPracticePage,
        "radio-spots",
        title="Radio spots on safe return",
        summary="Short radio messages.",
        evidence_level="self_reported",
    )
    other.gcm_objectives.set([GcmObjective.objects.get(locale=home.locale, number=3)])
    other.save_revision().publish()
    parsed = urlparse(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=parsed.hostname, port=parsed.port)
    return live_server.url, index


def _sign_in(page, base, email):
    page.goto(f"{base}/en/accounts/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form[action*='/accounts/login/'] [type=submit]").click()
    page.wait_for_load_state()


def _titles(page):
    return page.locator(".practice-result .result__title").all_inner_texts()


def test_member_shares_a_practice_and_a_visitor_finds_and_filters_it(
    live_practices, page, browser, tmp_path
):
    from wagtail.models import WorkflowState

    from portal.demo.utils import sync_locales
    from resources.models import GoodPracticePage

    base, index = live_practices
    make_user("mentor@example.org")
    editor = make_user("editor@example.org", groups=["Editors"])
    pdf = tmp_path / "mentors.pdf"
    pdf.write_bytes(make_pdf(f"Mentors met at the {PHRASE} every Friday.", pages=2))

    # Step 1: context. A missing answer is explained, then the step is saved as a draft.
    _sign_in(page, base, "mentor@example.org")
    page.goto(f"{base}/en/good-practices/")
    page.get_by_role("link", name="Share a good practice").click()
    page.get_by_label("Name of the practice").fill(TITLE)
    page.get_by_role("button", name="Save and continue").click()
    expect(page.get_by_role("alert").first).to_be_visible()
    assert page.locator("#id_summary-error").inner_text()
    page.get_by_label("Summary").fill("Returnees who restarted a business mentor new returnees.")
    page.get_by_label("Context and problem").fill("New returnees lacked advice from peers.")
    page.get_by_label("Target group").fill("Young men returning to Kayes.")
    page.get_by_label("Economic", exact=True).check()
    page.get_by_label("Social", exact=True).check()
    page.get_by_role("button", name="Save and continue").click()

    # Step 2: approach and results, with one figure.
    assert "Step 2 of 3" in page.content()
    page.get_by_label("Approach and activities").fill("Pairs met weekly for six months.")
    page.locator("#id_results").fill("Most mentees kept their business open.")
    page.get_by_label("Lessons learned").fill("Peers are trusted.")
    page.get_by_label("Indicator 1").fill("Mentees")
    page.get_by_label("Figure 1").fill("48")
    page.get_by_role("button", name="Save and continue").click()

    # Step 3: evidence level, a GCM objective, the PDF and the contact's consent; sent.
    assert "Step 3 of 3" in page.content()
    page.get_by_label("Monitored with data").check()
    page.locator("#id_evidence_note").fill("Monthly mentoring logs.")
    page.get_by_label("21. ", exact=False).check()
    page.get_by_label("Document (PDF)").set_input_files(str(pdf))
    page.get_by_role("button", name="Send for review").click()
    page.wait_for_url("**/dashboard/")
    assert "In moderation" in page.locator("body").inner_text()

    # An editor approves it (the workflow publishes it); the listing exists in Arabic too.
    practice = GoodPracticePage.objects.get(title=TITLE)
    state = WorkflowState.objects.get(object_id=str(practice.pk), status="in_progress")
    state.current_task_state.approve(user=editor)
    practice.refresh_from_db()
    assert practice.live
    sync_locales(index.get_parent())

    # An anonymous visitor finds it by the phrase only in its PDF...
    visitor = browser.new_context().new_page()
    visitor.goto(f"{base}/en/good-practices/")
    assert sorted(_titles(visitor)) == sorted([TITLE, "Radio spots on safe return"])
    visitor.get_by_label("Search good practices").fill(f'"{PHRASE}"')
    visitor.get_by_label("Search good practices").press("Enter")
    visitor.wait_for_load_state()
    assert _titles(visitor) == [TITLE]
    # ... and filters by evidence level and GCM objective, without JavaScript needed.
    visitor.goto(f"{base}/en/good-practices/")
    filters = visitor.locator(".resource-facets")
    filters.get_by_label("Monitored with data").check()
    filters.get_by_label("21. ", exact=False).check()
    filters.get_by_role("button", name="Apply filters").click()
    assert _titles(visitor) == [TITLE]
    assert "Monitored with data" in visitor.locator(".practice-result .badge").inner_text()
    visitor.goto(f"{base}/en/good-practices/?gcm=3")
    assert _titles(visitor) == ["Radio spots on safe return"]
    visitor.get_by_role("link", name="Radio spots on safe return").click()
    assert "Self-reported" in visitor.locator(".badge").first.inner_text()

    # The listing in Arabic: right to left, its filters translated.
    visitor.goto(f"{base}/ar/good-practices/?evidence=monitored")
    assert visitor.locator("html").get_attribute("dir") == "rtl"
    assert _titles(visitor) == [TITLE]
    expect(visitor.get_by_role("group", name="مستوى الأدلة")).to_be_visible()
    assert "مرصودة بالبيانات" in visitor.locator(".practice-result .badge").inner_text()
