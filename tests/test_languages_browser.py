"""A French- and an Arabic-speaking member walk the platform in a real Chromium.

Home → resources (one filter) → a resource → the map → a group → the course → a lesson, in
French and in Arabic: no English interface label outside text marked ``lang="en"``, headings
in the page's language, right-to-left without horizontal overflow on a 360 px phone for
Arabic, and untranslated (fallback) content marked ``lang="en"``.
"""

import re

import pytest
from django.test import Client
from playwright.sync_api import expect

from conftest import EXTERNAL_REQUESTS

pytestmark = pytest.mark.browser

# Interface labels that would show if a template or a page were left in English. Words that
# are also French (Menu, Type, Date, Initiatives, Source…) are not in the list.
ENGLISH_LABELS = [
    "Resources",
    "Search",
    "Download",
    "Sign in",
    "Log in",
    "Log out",
    "Sign out",
    "Skip to main content",
    "Related resources",
    "Apply",
    "Filter",
    "Filters",
    "Themes",
    "Members",
    "Join",
    "Enrol",
    "Enrol in this course",
    "Lesson",
    "Next",
    "Previous",
    "Home",
    "Learning",
    "Community",
    "Spotlight",
    "Initiatives map",
    "Language",
    "Dashboard",
    "Published",
    "Year",
    "Country",
    "Results",
    "Read more",
    "About",
    "Knowledge",
    "Upcoming webinars",
    "Latest resources",
    "Not yet available",
]

# Visible text of <body>, leaving out elements marked as written in English.
VISIBLE_TEXT_NOT_ENGLISH = """() => {
  const body = document.body.cloneNode(true);
  body.querySelectorAll('[lang="en"], [lang^="en-"], script, style, noscript, [hidden]')
      .forEach(el => el.remove());
  return body.innerText;
}"""

ARABIC = re.compile(r"[\u0600-\u06FF]")


def _sign_in(page, live_server, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": live_server.url}]
    )


def _english_h1(path, language):
    """The first-level heading of the same page in English (Django test client)."""
    html = Client().get(path.replace(f"/{language}/", "/en/", 1), follow=True).content.decode()
    found = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    return re.sub(r"<[^>]+>|\s+", " ", found.group(1)).strip() if found else ""


def _check_page(page, language, english_heading=None):
    """The page is in ``language``: html lang/dir, heading, no English interface label."""
    html = page.locator("html")
    assert html.get_attribute("lang") == language, page.url
    assert html.get_attribute("dir") == ("rtl" if language == "ar" else "ltr"), page.url
    heading = page.locator("h1").first.inner_text().strip()
    if language == "ar":
        assert ARABIC.search(heading), f"{page.url}: heading {heading!r} is not Arabic"
    if english_heading is not None:
        assert heading != english_heading, f"{page.url}: heading {heading!r} is English"
    text = page.evaluate(VISIBLE_TEXT_NOT_ENGLISH)
    found = [label for label in ENGLISH_LABELS if re.search(rf"\b{re.escape(label)}\b", text)]
    assert not found, f"{page.url}: English labels {found}"
    if language == "ar":
        overflow = page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 0, f"{page.url}: {overflow}px of horizontal overflow at 360px"


def _open_menu(page):
    """On a phone the main menu is behind the header's menu button (a <details>)."""
    button = page.locator("summary.site-menu__button")
    if button.is_visible():
        button.click()
        expect(page.locator(".site-menu__panel .main-nav")).to_be_visible()


def _walk(live_server, page, member, language):
    base = live_server.url
    _sign_in(page, live_server, member)

    page.goto(f"{base}/{language}/")
    _check_page(page, language, _english_h1(f"/{language}/", language))

    # Resources through the main menu, then one filter (the year 2020).
    _open_menu(page)
    page.locator(f'nav a[href="/{language}/resources/"]').first.click()
    page.wait_for_url(f"{base}/{language}/resources/")
    _check_page(page, language, _english_h1(f"/{language}/resources/", language))
    # Untranslated resources are listed too, marked as English text.
    assert page.locator('main [lang="en"]').count() > 0
    panel = page.locator("details[data-filter-panel]")
    if panel.get_attribute("open") is None:  # on a phone the filters start folded away
        panel.locator("summary").click()
    page.locator("#year-from").fill("2020")
    page.locator("#year-to").fill("2020")
    page.locator("form:has(#year-from) button[type=submit]").first.click()
    page.wait_for_url(re.compile(r".*year_from=2020.*"))
    _check_page(page, language)

    # A translated resource.
    resource = f"/{language}/resources/2019-return-and-reintegration-key-highlights/"
    page.locator(f'main a[href="{resource}"]').first.click()
    page.wait_for_url(base + resource)
    _check_page(page, language, _english_h1(resource, language))

    # The map, through the main menu.
    _open_menu(page)
    page.locator(f'nav a[href="/{language}/initiatives/"]').first.click()
    page.wait_for_url(f"{base}/{language}/initiatives/")
    _check_page(page, language, _english_h1(f"/{language}/initiatives/", language))

    # A group with a discussion in French or Arabic.
    group = f"/{language}/community/groups/economic-reintegration/"
    page.goto(base + group)
    _check_page(page, language, _english_h1(group, language))

    # The course: enrol, open module 1 and its lesson.
    course = f"/{language}/learning/courses/reintegration-handbook/"
    page.goto(base + course)
    _check_page(page, language, _english_h1(course, language))
    page.locator('form[action*="/enrol/"] button[type="submit"]').click()
    page.wait_for_load_state()
    page.locator("ol.module-list a").first.click()
    page.wait_for_url(re.compile(rf".*/{language}/learning/courses/reintegration-handbook/.+"))
    _check_page(page, language)
    module_url = page.url
    page.locator(f'main a[href^="{module_url.removeprefix(base)}"]').first.click()
    page.wait_for_load_state()
    assert page.url.startswith(module_url) and page.url != module_url, page.url
    _check_page(page, language)
    page.external_requests.check()


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(viewport={"width": 360, "height": 800}, locale="en-GB")
    page = context.new_page()
    page.external_requests = EXTERNAL_REQUESTS
    page.set_default_timeout(10_000)
    yield page
    context.close()


def test_french_member_walks_the_platform_in_french(live_demo_site, page, member):
    _walk(live_demo_site, page, member, "fr")


def test_arabic_member_walks_the_platform_in_arabic_on_a_phone(live_demo_site, phone_page, member):
    _walk(live_demo_site, phone_page, member, "ar")
