"""A new member finds every part of the platform from the home page, by clicking visible links.

Home → Community → a group → a discussion; Knowledge → a case study, the glossary, the data
page; Learning → a webinar; the course → a lesson; the initiatives map — in English and in
Arabic, never typing an address after the home page (one button: enrolling in the course).
"""

import re

import pytest
from django.test import Client
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _sign_in(page, base, user):
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}]
    )


def _follow(page, selector, landed):
    """Click the first visible link matching ``selector``; the page reached matches ``landed``
    and is in the page's language, with a first-level heading."""
    link = page.locator(selector).locator("visible=true").first
    expect(link).to_be_visible()
    link.click()
    page.wait_for_url(re.compile(landed))
    expect(page.locator("h1").first).to_be_visible()
    return page.url


def _home(page, lang):
    """Back home through the header's own link (the site name)."""
    page.locator("header a[rel=home]").first.click()
    page.wait_for_url(re.compile(rf".*/{lang}/$"))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_member_reaches_every_section_by_clicking_from_the_home_page(
    live_demo_site, page, member, lang
):
    base = live_demo_site.url
    _sign_in(page, base, member)
    page.goto(f"{base}/{lang}/")
    html = page.locator("html")
    assert html.get_attribute("dir") == ("rtl" if lang == "ar" else "ltr")
    nav = "header nav"
    # Community → a group with a discussion the landing lists → that discussion.
    _follow(page, f'{nav} a[href="/{lang}/community/"]', rf"/{lang}/community/$")
    thread = page.locator('main a[href*="/threads/"]').first.get_attribute("href")
    _follow(page, f'main a[href="{thread.split("threads/")[0]}"]', r"/groups/[^/]+/$")
    _follow(page, f'main a[href="{thread}"]', r"/threads/\d+/$")
    expect(page.locator("main article").first).to_be_visible()  # the opening post

    # Knowledge → a case study, then the glossary and the data page from the landing.
    _follow(page, f'{nav} a[href="/{lang}/knowledge/"]', rf"/{lang}/knowledge/$")
    _follow(page, 'main a[href*="/#case-"]', r"/knowledge/[^/]+/#case-")
    case = page.url.split("#", 1)[1]
    expect(page.locator(f"[id='{case}']")).to_be_visible()
    page.go_back()
    _follow(page, f'main a[href="/{lang}/knowledge/glossary/"]', r"/knowledge/glossary/$")
    page.go_back()
    _follow(page, f'main a[href^="/{lang}/knowledge/data-"]', r"/knowledge/data-[^/]+/$")
    expect(page.locator("main svg, main table").first).to_be_visible()

    # Learning → a webinar; the course → a lesson.
    _follow(page, f'{nav} a[href="/{lang}/learning/"]', rf"/{lang}/learning/$")
    _follow(
        page,
        f'main a[href^="/{lang}/learning/webinars/"][href$="/"]:not([href$="/webinars/"])',
        r"/learning/webinars/[^/]+/$",
    )
    page.go_back()
    course = _follow(
        page,
        f'main a[href^="/{lang}/learning/courses/"]:not([href$="/courses/"])',
        r"/learning/courses/[^/]+/$",
    )
    page.locator('main form[action*="/enrol/"] button[type="submit"]').click()
    page.wait_for_load_state()
    module = _follow(page, "main ol.module-list a", re.escape(course) + r".+")
    _follow(page, f'main a[href^="{module.removeprefix(base)}"]', re.escape(module) + r".+")
    assert page.url != module

    # The map, from home.
    _home(page, lang)
    _follow(page, f'{nav} a[href="/{lang}/initiatives/"]', rf"/{lang}/initiatives/$")
    expect(page.locator("#initiatives-map, .initiatives-map").first).to_be_visible()
    if lang == "ar":
        assert re.search(r"[\u0600-\u06FF]", page.locator("h1").first.inner_text())
    page.external_requests.check()
