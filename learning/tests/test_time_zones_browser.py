"""The time-zone picker in a real Chromium: without JavaScript from the page with every zone,
and with the browser's zone applied even when the short list does not hold it."""

import pytest
from django.utils import timezone

from learning.webinars.models import WebinarPage

pytestmark = pytest.mark.browser


def _webinar(language):
    """An upcoming webinar (a past one shows its recording, without the time-zone form)."""
    upcoming = WebinarPage.objects.live().filter(start__gt=timezone.now())
    return upcoming.filter(locale__language_code=language).order_by("start").first()


def test_choose_a_zone_without_javascript_in_french(live_demo_site, browser):
    webinar = _webinar("fr")
    context = browser.new_context(
        locale="fr-FR", java_script_enabled=False, timezone_id="Asia/Tokyo"
    )
    page = context.new_page()
    try:
        page.goto(live_demo_site.url + webinar.url)
        form = page.locator("form.tz-form")
        assert form.locator("optgroup").count() == 5
        assert form.locator("option").count() < 70
        form.get_by_role("link", name="Autres fuseaux horaires").click()
        page.wait_for_url("**/fr/learning/time-zone/**")
        assert page.locator("#tz-select option").count() > 400
        page.select_option("#tz-select", "Asia/Ulaanbaatar")
        page.get_by_role("button", name="Appliquer").click()
        page.wait_for_url("**" + webinar.url)
        assert page.locator("#tz-select").input_value() == "Asia/Ulaanbaatar"
        times = page.locator("p.meta").first.inner_text()
        assert "heure : Mongolie (Oulan-Bator)" in " ".join(times.split()) or ("Mongolie" in times)
    finally:
        context.close()


def test_browser_zone_outside_the_short_list_is_applied(live_demo_site, browser):
    from playwright.sync_api import expect

    webinar = _webinar("ar")
    context = browser.new_context(locale="ar", timezone_id="America/Anchorage")
    page = context.new_page()
    try:
        page.goto(live_demo_site.url + webinar.url)
        expect(page.locator("#tz-select")).to_have_attribute("data-current", "America/Anchorage")
        assert page.locator("#tz-select").input_value() == "America/Anchorage"
        selected = page.locator("#tz-select option:checked").inner_text()
        assert selected == "أنشوراج (الولايات المتحدة)"
    finally:
        context.close()
