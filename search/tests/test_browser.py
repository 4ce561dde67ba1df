"""The search journey in a real Chromium: suggestions, keyboard, type filter, highlights, and the
same search with JavaScript turned off."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_search_from_the_header_with_and_without_javascript(live_demo_site, page, browser):
    base = live_demo_site.url
    page.goto(base + "/en/")
    box = page.get_by_role("combobox", name="Search the platform")
    box.press_sequentially("voluntary", delay=30)

    # Suggestions appear under the box; arrow down + Enter opens the first one.
    listbox = page.get_by_role("listbox")
    listbox.wait_for()
    options = listbox.get_by_role("option")
    assert options.count() >= 2
    assert all("voluntary" in t.lower() for t in options.all_inner_texts())
    box.press("ArrowDown")
    assert box.get_attribute("aria-activedescendant") == options.first.get_attribute("id")
    assert options.first.get_attribute("aria-selected") == "true"
    target = options.first.get_attribute("data-url")
    first_title = options.first.inner_text()
    box.press("Enter")
    page.wait_for_url(re.compile(re.escape(target.split("#")[0])))
    assert first_title.split(" (")[0] in page.content()

    # Typing and pressing Enter without choosing a suggestion searches.
    page.goto(base + "/en/")
    box = page.get_by_role("combobox", name="Search the platform")
    box.press_sequentially("voluntary return", delay=10)
    box.press("Enter")
    page.wait_for_url("**/en/search/?q=voluntary+return")
    assert page.locator(".search-results mark").count() > 0
    tabs = page.get_by_role("navigation", name="Content types")
    tabs.get_by_role("link", name=re.compile(r"^Glossary terms \(\d+\)")).click()
    page.wait_for_url(re.compile(r"type=glossary"))
    results = page.locator(".search-results > li")
    assert results.count() >= 1
    assert all(
        t.startswith("Glossary terms") for t in page.locator(".result__meta").all_inner_texts()
    )
    marks = [t.lower() for t in page.locator(".search-results mark").all_inner_texts()]
    assert any("voluntary" in mark or "return" in mark for mark in marks)
    assert page.get_by_role("link", name="Glossary terms", exact=False).get_attribute(
        "aria-current"
    )
    page.external_requests.check()

    # The same search with JavaScript disabled: a plain form, no suggestion list.
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    try:
        plain = context.new_page()
        plain.set_default_timeout(10_000)
        plain.goto(base + "/en/")
        field = plain.get_by_role("searchbox", name="Search the platform")
        field.fill("voluntary return")
        field.press("Enter")
        plain.wait_for_url("**/en/search/?q=voluntary+return")
        assert plain.locator("#site-search-suggestions").count() == 0
        assert plain.locator(".search-results mark").count() > 0
        plain.get_by_role("navigation", name="Content types").get_by_role(
            "link", name=re.compile(r"^Glossary terms")
        ).click()
        plain.wait_for_url(re.compile(r"type=glossary"))
        assert plain.locator(".search-results > li").count() == results.count()
    finally:
        context.close()
