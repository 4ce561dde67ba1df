"""The main menu and the footer: translatable snippets editors change, read through the cache,
with the built-in menu and footer as fallback."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from portal.models import FooterText, NavigationMenu

pytestmark = pytest.mark.django_db


def _main_nav(html):
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r'<li([^>]*)><a href="([^"]+)"[^>]*>([^<]+)</a>', nav)


def _footer(html):
    return re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("en", ["Resources", "Community", "Learning", "Knowledge", "Initiatives map"]),
        ("fr", ["Ressources", "Communauté", "Formation", "Connaissances", "Carte des initiatives"]),
        ("es", ["Recursos", "Comunidad", "Aprendizaje", "Conocimientos", "Mapa de iniciativas"]),
        ("ar", ["الموارد", "المجتمع", "التعلّم", "المعرفة", "خريطة المبادرات"]),
    ],
)
def test_menu_comes_from_the_snippet_in_the_visitors_language(demo_site, client, lang, labels):
    items = _main_nav(client.get(f"/{lang}/").content.decode())
    assert [label for _attrs, _url, label in items][:5] == labels
    # Page links lead to the page's translation in the visitor's language.
    assert [url for _attrs, url, _label in items] == [
        f"/{lang}/{path}/"
        for path in ("resources", "community", "learning", "knowledge", "initiatives", "spotlight")
    ]
    assert all("lang=" not in attrs for attrs, _url, _label in items)  # written in it


def test_footer_comes_from_the_snippet(demo_site, client):
    footer = _footer(client.get("/es/").content.decode())
    assert "Un punto de encuentro para gestores de casos" in footer
    assert '<a href="/es/about/">Acerca de la plataforma</a>' in footer
    assert '<a href="/es/knowledge/glossary/">Glosario</a>' in footer
    assert '<a href="/sitemap.xml">Mapa del sitio</a>' in footer
    assert "consulte la licencia de cada uno" in footer
    # The footer repeats the main menu.
    assert '<a href="/es/knowledge/">Conocimientos</a>' in footer


def test_current_section_is_marked(demo_site, client):
    html = client.get("/fr/knowledge/types-of-return/").content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    assert '<a href="/fr/knowledge/" aria-current="page">Connaissances</a>' in nav
    assert nav.count("aria-current") == 1


def test_an_editors_change_shows_at_once(demo_site, client, editor_client):
    assert "Sur ce site" not in client.get("/fr/").content.decode()  # now cached
    footer = FooterText.objects.get(locale__language_code="fr")
    data = {
        "about": footer.about,
        "links_heading": "Sur ce site",
        "legal": footer.legal,
        "links-count": len(footer.links),
    }
    for i, child in enumerate(footer.links.raw_data):
        value = child["value"]
        data.update(
            {
                f"links-{i}-type": "link",
                f"links-{i}-deleted": "",
                f"links-{i}-order": i,
                f"links-{i}-id": child["id"],
                f"links-{i}-value-label": value["label"],
                f"links-{i}-value-page": value["page"] or "",
                f"links-{i}-value-url": value["url"] or "",
            }
        )
    response = editor_client.post(f"/admin/snippets/portal/footertext/edit/{footer.pk}/", data)
    assert response.status_code == 302  # saved by an editor, not refused
    html = client.get("/fr/").content.decode()
    assert '<h2 id="footer-follow">Sur ce site</h2>' in html
    assert "Sur ce site" not in client.get("/es/").content.decode()  # only French changed

    menu = NavigationMenu.objects.get(locale__language_code="fr")
    menu.items = [
        ("link", {**child.value, "label": "Le savoir"})
        if child.value["label"] == "Connaissances"
        else (child.block_type, child.value)
        for child in menu.items
    ]
    menu.save()
    labels = [label for _a, _u, label in _main_nav(client.get("/fr/").content.decode())]
    assert "Le savoir" in labels and "Connaissances" not in labels


def test_editors_may_open_the_menu(demo_site, editor_client):
    menu = NavigationMenu.objects.get(locale__language_code="ar")
    response = editor_client.get(f"/admin/snippets/portal/navigationmenu/edit/{menu.pk}/")
    assert response.status_code == 200
    assert "القائمة الرئيسية" in response.content.decode()


def test_unpublishing_a_translation_sends_the_link_to_the_source(demo_site, client):
    client.get("/es/")  # cache the Spanish menu
    english = Page.objects.get(url_path="/home/knowledge/", locale__language_code="en")
    spanish = english.get_translation(Locale.objects.get(language_code="es"))
    spanish.specific.unpublish(log_action=False)
    items = _main_nav(client.get("/es/").content.decode())
    assert ("", "/en/knowledge/", "Conocimientos") in items


def test_untranslated_menu_is_marked_as_english(demo_site, client):
    NavigationMenu.objects.filter(locale__language_code="ar").delete()
    FooterText.objects.filter(locale__language_code="ar").delete()
    html = client.get("/ar/").content.decode()
    items = _main_nav(html)
    assert items[0] == (' lang="en" dir="ltr"', "/ar/resources/", "Resources")
    assert '<p lang="en" dir="ltr">A meeting place for caseworkers' in _footer(html)


def test_without_snippets_the_built_in_menu_and_footer_show(demo_site, client):
    NavigationMenu.objects.all().delete()
    FooterText.objects.all().delete()
    html = client.get("/fr/").content.decode()
    assert [(url, label) for _a, url, label in _main_nav(html)] == [
        ("/fr/resources/", "Ressources"),
        ("/fr/community/", "Communauté"),
        ("/fr/learning/", "Formation"),
        ("/fr/knowledge/", "Connaissances"),
        ("/fr/initiatives/", "Carte des initiatives"),
        ("/fr/spotlight/", "À la une"),
    ]
    footer = _footer(html)
    assert '<a href="/fr/about/">À propos de la plateforme</a>' in footer
    assert '<h2 id="footer-follow">Restez informé</h2>' in footer


def test_menu_and_footer_cost_no_query_once_cached(demo_site, client):
    client.get("/fr/about/")  # builds and caches the French menu and footer
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/about/")
    assert response.status_code == 200
    tables = " ".join(q["sql"] for q in queries.captured_queries)
    assert "portal_navigationmenu" not in tables
    assert "portal_footertext" not in tables
    # Built cold, both together take three queries: the two snippets and their pages.
    from portal.core.cache import bump

    bump("navigation")
    with CaptureQueriesContext(connection) as cold:
        client.get("/fr/about/")
    assert len(cold) - len(queries) <= 3


def test_a_link_needs_a_page_or_a_safe_address():
    from django.core.exceptions import ValidationError

    from portal.navigation.models import NavigationLinkBlock

    block = NavigationLinkBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Nowhere"}))
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"label": "Script", "url": "javascript:alert(1)"}))
    assert block.clean(block.to_python({"label": "Map", "url": "/sitemap.xml"}))
