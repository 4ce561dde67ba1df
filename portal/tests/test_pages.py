"""The portal's pages: home in four languages, generic pages, chrome, sitemap and errors."""

import re

import pytest
from wagtail.models import Locale, Page

from portal.core.registry import HomeSection, register_home_section, registry
from portal.models import ContentPage, HomePage, Theme

pytestmark = pytest.mark.django_db


def test_root_redirects_to_the_visitors_language(demo_site, client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/ar/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/en/"


@pytest.mark.parametrize(
    ("lang", "direction", "figure"),
    [
        ("en", "ltr", "64,958"),
        ("fr", "ltr", "64\u202f958"),
        ("es", "ltr", "64.958"),
        ("ar", "rtl", "64,958"),
    ],
)
def test_home_page_in_each_language(demo_site, client, lang, direction, figure):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in html
    assert f'<p class="figure-value">{figure}</p>' in html  # the 2019 report, locale's way
    assert 'href="#main"' in html  # skip link
    for section in ("resources", "community", "learning", "initiatives", "spotlight"):
        assert f'href="/{lang}/{section}/"' in html


def test_home_sections_are_empty_safe_and_filled_by_registered_apps(demo_site, client):
    html = client.get("/en/").content.decode()
    assert "Upcoming webinars" in html  # heading shows even before an app fills it

    previous = registry.home_sections.get("webinars")
    register_home_section(
        HomeSection(
            key="webinars",
            label="Upcoming webinars",
            provider=lambda request, limit: [
                {"url": "/en/x/", "title": f"Webinar {i}", "summary": "", "meta": ""}
                for i in range(limit)
            ],
        )
    )
    try:
        html = client.get("/en/").content.decode()
    finally:
        registry.home_sections.pop("webinars", None)
        if previous is not None:
            register_home_section(previous)
    assert html.count(">Webinar ") == 3


def test_language_switcher_links_to_each_translation(demo_site, client):
    html = client.get("/en/spotlight/").content.decode()
    for lang in ("en", "fr", "es", "ar"):
        assert f'href="/{lang}/spotlight/" hreflang="{lang}"' in html
    assert 'hreflang="en" lang="en" aria-current="true"' in html


def test_demo_content_is_idempotent(demo_site):
    from django.core.management import call_command

    from portal.models import FooterText, GlossaryTerm, NavigationMenu

    def counts():
        models = (Page, Theme, Locale, GlossaryTerm, NavigationMenu, FooterText)
        return [model.objects.count() for model in models]

    before = counts()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == before
    assert NavigationMenu.objects.count() == FooterText.objects.count() == 4
    assert HomePage.objects.count() == 4  # one per locale
    assert (
        Theme.objects.filter(locale__language_code="ar").count()
        == Theme.objects.filter(locale__language_code="en").count()
    )


def test_content_page_renders_blocks_and_children(demo_site, client):
    response = client.get("/en/spotlight/")
    assert response.status_code == 200
    assert "SPEAK: returnees tell their own reintegration stories" in response.content.decode()
    story = client.get("/en/spotlight/speak-returnees-tell-their-stories/").content.decode()
    assert "<blockquote>" in story
    assert 'id="peshang-from-greece-to-a-shop-of-his-own-in-iraq"' in story
    assert '<nav class="container breadcrumbs"' in story


def test_home_page_query_count_is_bounded(demo_site, client, django_assert_max_num_queries):
    client.get("/en/")  # warm caches (site root paths)
    # The page itself takes about 7 queries; each registered home section (stories,
    # webinars, initiatives, discussions) adds at most 4, whatever the amount of content.
    with django_assert_max_num_queries(7 + 4 * len(registry.home_sections)):
        response = client.get("/en/")
    html = response.content.decode()
    assert html.count('class="home-section"') >= 4  # stories, webinars, initiatives, discussions
    assert "Nothing to show here yet." not in html  # each section filled


def test_pages_declare_no_external_resources(demo_site, client):
    for url in (
        "/en/",
        "/ar/",
        "/en/spotlight/speak-returnees-tell-their-stories/",
        "/en/accounts/login/",
    ):
        html = client.get(url).content.decode()
        external = re.findall(r'(?:src|href)="(https?://[^"]+)"', html)
        external = [
            u
            for u in external
            if not u.startswith(("http://testserver", "http://127.0.0.1", "http://localhost"))
        ]
        assert not [u for u in external if "<link" in u or "script" in u]
        for tag in re.findall(r"<(?:script|link|img|iframe)[^>]+>", html):
            assert not re.search(
                r'(?:src|href)="https?://(?!testserver|127\.0\.0\.1|localhost)', tag
            ), tag


def test_security_headers(demo_site, client):
    response = client.get("/en/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_not_found_page_uses_the_site_design(demo_site, client):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert '<form role="search"' in response.content.decode()


def test_sitemap_robots_and_health(demo_site, client):
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    assert b"/en/spotlight/" in sitemap.content
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in robots and "Sitemap:" in robots
    assert client.get("/healthz").json()["status"] == "ok"


def test_dashboard_needs_sign_in(client, member_client):
    response = client.get("/en/dashboard/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert member_client.get("/en/dashboard/").status_code == 200


def test_admin_is_for_editors_only(
    demo_site, client, member_client, editor_client, moderator_client, admin_client
):
    for outsider in (client, member_client):  # anonymous, and a member without admin access
        response = outsider.get("/admin/")
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    for staff in (editor_client, moderator_client, admin_client):
        response = staff.get("/admin/")
        assert response.status_code == 200
        assert "wagtailadmin/home.html" in [t.name for t in response.templates]


def test_editor_can_edit_content_pages(demo_site, editor_client):
    page = ContentPage.objects.get(slug="spotlight", locale__language_code="en")
    response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'action="/admin/pages/{page.pk}/edit/"' in html  # the edit form, not a refusal
    assert f'value="{page.title}"' in html


def test_call_to_action_needs_a_target():
    from django.core.exceptions import ValidationError

    from portal.pages.blocks import CallToActionBlock

    block = CallToActionBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "Join", "button_label": "Go"}))
    assert block.clean(
        block.to_python({"title": "Join", "button_label": "Go", "url": "https://example.org"})
    )


def test_home_shows_latest_spotlight_stories_in_the_visitors_language(demo_site, client):
    html = client.get("/fr/").content.decode()
    assert 'href="/fr/spotlight/speak-returnees-tell-their-stories/"' in html
    assert 'href="/fr/spotlight/">' in html  # "See all"
