"""The site header on a phone and on a desktop, in English and Arabic: at 390 px it stays at
most 120 px tall with a menu button (a <details> disclosure, so it works without JavaScript)
that the keyboard opens; on a desktop the whole menu shows without a button."""

import os

import pytest
from playwright.sync_api import expect

from conftest import EXTERNAL_REQUESTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MENU = {"en": "Menu", "ar": "القائمة"}
KNOWLEDGE = {"en": "Knowledge", "ar": "المعرفة"}


@pytest.fixture
def phone(browser):
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="en-GB")
    page = context.new_page()
    page.external_requests = EXTERNAL_REQUESTS
    page.set_default_timeout(10_000)
    yield page
    context.close()


def _header_height(page):
    return page.evaluate("document.querySelector('header.site-header').offsetHeight")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_phone_header_is_short_and_its_menu_opens_by_keyboard(live_demo_site, phone, lang):
    phone.goto(f"{live_demo_site.url}/{lang}/knowledge/")
    assert _header_height(phone) <= 120
    assert phone.evaluate("document.documentElement.scrollWidth <= innerWidth")
    nav = phone.get_by_role(
        "navigation", name={"en": "Main", "ar": "القائمة الرئيسية"}[lang], exact=True
    )
    link = nav.get_by_role("link", name=KNOWLEDGE[lang], exact=True)
    expect(link).to_be_hidden()

    button = phone.locator("summary", has_text=MENU[lang])
    button.focus()
    focus = phone.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert focus != "none"  # the focus is visible
    phone.keyboard.press("Enter")
    expect(link).to_be_visible()
    assert link.get_attribute("aria-current") == "page"
    assert _header_height(phone) <= 120  # the open menu lies over the page, not in the header
    # The language links are in the menu too, and the keyboard reaches them.
    expect(
        phone.get_by_role("navigation", name={"en": "Language", "ar": "اللغة"}[lang])
    ).to_be_visible()
    box = phone.locator(".site-menu__panel").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390

    # In Arabic the button sits at the left (the end of a right-to-left line).
    summary = button.bounding_box()
    if lang == "ar":
        assert summary["x"] < 195
    else:
        assert summary["x"] > 195
    phone.keyboard.press("Enter")  # closes again
    expect(link).to_be_hidden()


def test_without_javascript_the_menu_still_opens(browser, live_demo_site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_demo_site.url}/en/")
    page.get_by_text("Menu", exact=True).click()
    expect(page.get_by_role("link", name="Knowledge", exact=True).first).to_be_visible()
    context.close()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_desktop_shows_the_whole_menu_without_a_button(live_demo_site, page, lang):
    page.goto(f"{live_demo_site.url}/{lang}/")
    expect(page.locator("summary", has_text=MENU[lang])).to_be_hidden()
    nav = page.get_by_role(
        "navigation", name={"en": "Main", "ar": "القائمة الرئيسية"}[lang], exact=True
    )
    expect(nav.get_by_role("link", name=KNOWLEDGE[lang], exact=True)).to_be_visible()
    assert nav.get_by_role("link").count() == 6
    assert _header_height(page) <= 140
