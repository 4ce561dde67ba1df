"""The Content-Security-Policy, enforced in a real Chromium: no page the site serves (public
pages, the map, the Wagtail admin while editing) is refused a script or a style it needs."""

import pytest

from conftest import PASSWORD
from portal.demo.site import DEMO_ADMIN

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.fixture
def csp_page(page):
    """``page`` with every CSP violation recorded, from the console and from the DOM event."""
    page.violations = []
    page.on(
        "console",
        lambda message: (
            "Content Security Policy" in message.text and page.violations.append(message.text)
        ),
    )
    page.add_init_script(RECORD_VIOLATIONS)

    def visit(url):
        response = page.goto(url)
        assert response.status == 200, url
        page.wait_for_load_state("load")
        return response

    def check():
        events = page.evaluate("window.__csp || []")
        assert not page.violations and not events, page.violations + events

    page.visit, page.check_csp = visit, check
    return page


def _public_urls():
    from learning.webinars.models import WebinarPage
    from resources.models import ResourcePage

    resource = ResourcePage.objects.live().filter(locale__language_code="en").first()
    from django.utils import timezone

    upcoming = WebinarPage.objects.live().filter(start__gt=timezone.now())  # with the form
    webinar = upcoming.filter(locale__language_code="en").order_by("start").first()
    return ["/en/", "/en/resources/", resource.url, webinar.url, "/en/search/?q=return"]


def test_public_pages_need_no_unsafe_inline(live_demo_site, csp_page):
    base = live_demo_site.url
    for path in [*_public_urls(), "/en/initiatives/"]:
        response = csp_page.visit(base + path)
        policy = response.headers["content-security-policy"]
        for directive in ("script-src", "style-src"):
            sources = next(d for d in policy.split("; ") if d.startswith(directive + " "))
            assert "'unsafe-inline'" not in sources and "'nonce-" in sources
        csp_page.check_csp()
    # JSON-LD carries the nonce too.
    csp_page.visit(base + _public_urls()[2])
    assert csp_page.locator('script[type="application/ld+json"][nonce]').count() == 1
    csp_page.external_requests.check()


def test_maps_render_under_the_policy(live_demo_site, member, csp_page):
    """The initiatives map shows its markers; the proposal form's map draws the countries."""
    base = live_demo_site.url
    csp_page.visit(base + "/en/initiatives/")
    markers = csp_page.locator(".leaflet-marker-icon, .marker-cluster")
    markers.first.wait_for()
    assert markers.count() > 0
    csp_page.check_csp()

    csp_page.visit(base + "/en/accounts/login/")
    csp_page.get_by_label("Email").fill(member.email)
    csp_page.get_by_label("Password").fill(PASSWORD)
    csp_page.get_by_role("button", name="Sign In").click()
    csp_page.wait_for_url("**/en/**")
    csp_page.visit(base + "/en/initiatives/propose/")
    csp_page.locator("#proposal-map .leaflet-overlay-pane path").first.wait_for()
    csp_page.check_csp()
    csp_page.external_requests.check()


def test_browser_time_zone_is_applied_through_the_form(live_demo_site, browser):
    """tz.js no longer writes the cookie (it is HttpOnly): it submits the time-zone form once."""
    from django.utils import timezone
    from playwright.sync_api import expect

    from learning.webinars.models import WebinarPage

    upcoming = WebinarPage.objects.live().filter(start__gt=timezone.now())  # with the form
    webinar = upcoming.filter(locale__language_code="en").order_by("start").first()
    context = browser.new_context(locale="en-GB", timezone_id="Asia/Tokyo")
    page = context.new_page()
    try:
        page.goto(live_demo_site.url + webinar.url)
        # A locator assertion, not wait_for_function: that evaluates with eval(), which the CSP
        # refuses.
        expect(page.locator("#tz-select")).to_have_attribute("data-current", "Asia/Tokyo")
        assert page.url.endswith(webinar.url)
        (cookie,) = [c for c in context.cookies() if c["name"] == "learning_tz"]
        assert cookie["value"].strip('"') == "Asia/Tokyo" and cookie["httpOnly"] is True
        assert page.evaluate("document.cookie").find("learning_tz") == -1
    finally:
        context.close()


def test_admin_works_under_its_policy(live_demo_site, csp_page):
    from resources.models import ResourcePage

    base = live_demo_site.url
    response = csp_page.visit(base + "/admin/login/")
    assert "script-src 'self' 'nonce-" in response.headers["content-security-policy"]
    csp_page.get_by_label("Username").fill(DEMO_ADMIN["username"])
    csp_page.get_by_label("Password").fill(DEMO_ADMIN["password"])
    csp_page.get_by_role("button", name="Sign in").click()
    csp_page.wait_for_url(base + "/admin/")
    csp_page.check_csp()

    resource = ResourcePage.objects.live().filter(locale__language_code="en").first()
    csp_page.visit(f"{base}/admin/pages/{resource.pk}/edit/")
    csp_page.get_by_role("button", name="Choose an image").first.click()
    csp_page.locator(".modal-content").get_by_role("heading", name="Choose an image").wait_for()
    csp_page.check_csp()

    csp_page.visit(base + "/admin/images/multiple/add/")
    csp_page.check_csp()

    # Signed in, public pages carry Wagtail's user bar: still under the strict policy.
    csp_page.visit(base + resource.url)
    csp_page.locator("wagtail-userbar").wait_for(state="attached")
    csp_page.check_csp()
    csp_page.external_requests.check()
