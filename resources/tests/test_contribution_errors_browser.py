"""A rejected contribution in a real Chromium: the error summary takes the focus, its links
lead to the fields, and what the member typed stays (English and Arabic)."""

import pytest
from playwright.sync_api import expect

from conftest import make_user
from resources.tests.test_contribution_browser import _sign_in, live_resources  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TEXT = {
    "en": {"send": "Send for review", "problem": "There is a problem"},
    "ar": {"send": "إرسال للمراجعة", "problem": "هناك مشكلة"},
}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_rejected_contribution_focuses_the_error_summary(
    live_resources,  # noqa: F811
    page,
    language,
):
    from wagtail.models import Locale

    from resources.models import ResourceIndexPage

    base = live_resources
    if language != "en":
        index = ResourceIndexPage.objects.get(locale__language_code="en")
        copy = index.copy_for_translation(
            Locale.objects.get(language_code=language), copy_parents=True
        )
        copy.save_revision().publish()
    make_user("contributor@example.org")
    _sign_in(page, base, "contributor@example.org")
    page.goto(f"{base}/{language}/resources/contribute/")
    page.locator("#id_title").fill("Peer support in Guinea")
    page.locator("#id_publication_year").fill("1990")
    page.get_by_role("button", name=TEXT[language]["send"]).click()

    summary = page.locator(".error-summary")
    expect(summary).to_be_focused()
    expect(summary.get_by_role("heading", name=TEXT[language]["problem"])).to_be_visible()
    assert page.locator("#id_title").input_value() == "Peer support in Guinea"
    # Each problem links to its field; following the year's link moves focus there.
    links = summary.get_by_role("link")
    assert links.count() >= 3  # summary, file, year (at least)
    summary.locator('a[href="#id_publication_year"]').click()
    expect(page.locator("#id_publication_year")).to_be_focused()
    described = page.locator("#id_publication_year").get_attribute("aria-describedby").split()
    for id_ in described:
        assert page.locator(f"#{id_}").count() == 1, id_
    expect(page.locator("#id_publication_year-error")).to_be_visible()
    assert page.locator("html").get_attribute("dir") == ("rtl" if language == "ar" else "ltr")
    page.external_requests.check()
