"""Glossary terms, Spotlight stories and knowledge pages reach the site-wide search."""

import pytest
from wagtail.models import Locale, Site

from portal.factories import ContentPageFactory, ThemeFactory
from portal.models import GlossaryPage, GlossaryTerm
from search.models import SearchDocument

SEARCH_URL = "/en/search/"


@pytest.fixture
def root(db):
    return Site.objects.get(is_default_site=True).root_page


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Run what a commit would run (the indexing tasks) at the end of the block."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def add_glossary(root):
    page = GlossaryPage(title="Glossary", slug="glossary", live=False)
    root.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def test_terms_are_searchable_once_a_glossary_page_is_live(root, publish, client):
    with publish():
        term = GlossaryTerm.objects.create(
            term="Assisted voluntary return and reintegration",
            acronym="AVRR",
            definition="<p>Administrative, logistical and <b>financial</b> support.</p>",
        )
    assert not SearchDocument.objects.filter(type_key="glossary").exists()  # no page yet
    with publish():
        page = add_glossary(root)
    row = SearchDocument.objects.get(type_key="glossary")
    assert row.title == "Assisted voluntary return and reintegration (AVRR)"
    assert row.summary == "Administrative, logistical and financial support."
    assert row.url == f"{page.url}#{term.anchor}"
    html = client.get(SEARCH_URL, {"q": "avrr"}).text
    assert "Assisted voluntary return and reintegration (AVRR)" in html
    assert f'href="{page.url}#{term.anchor}"' in html
    assert "Glossary terms (1)" in html
    # The anchor exists on the glossary page the result links to.
    assert f'id="{term.anchor}"' in client.get(page.url).text


def test_term_edits_and_deletions_reach_the_index(root, publish, client):
    with publish():
        add_glossary(root)
        term = GlossaryTerm.objects.create(term="Returnee", definition="<p>A person.</p>")
    with publish():
        term.definition = "<p>Someone who went back to their country of origin.</p>"
        term.save()
    assert "country of origin" in SearchDocument.objects.get(type_key="glossary").summary
    with publish():
        term.delete()
    assert not SearchDocument.objects.filter(type_key="glossary").exists()


def test_unpublishing_the_glossary_hides_its_terms(root, publish, client):
    with publish():
        page = add_glossary(root)
        GlossaryTerm.objects.create(term="Reintegration", definition="<p>A process.</p>")
    assert client.get(SEARCH_URL, {"q": "reintegration"}).context["results"].total == 1
    with publish():
        page.unpublish()
    assert client.get(SEARCH_URL, {"q": "reintegration"}).context["results"].total == 0


def test_glossary_type_has_a_theme_facet_and_french_terms_stem(root, publish, client):
    theme = ThemeFactory(name="Housing")
    french, _ = Locale.objects.get_or_create(language_code="fr")
    with publish():
        add_glossary(root)
        term = GlossaryTerm.objects.create(term="Housing", definition="<p>A place to live.</p>")
        term.themes.add(theme)
        term.save()
        GlossaryTerm.objects.create(
            term="Logements sociaux",
            definition="<p>Des logements à loyer modéré.</p>",
            locale=french,
        )
    html = client.get(SEARCH_URL, {"q": "housing", "type": "glossary"}).text
    assert (
        'name="theme" value="housing"> <span>housing</span> <span class="facet-count">1</span>'
        in html
    )
    french_html = client.get("/fr/search/", {"q": "logement"}).text
    assert "Logements sociaux" in french_html


def test_spotlight_stories_and_knowledge_pages_are_searchable(root, publish, client):
    with publish():
        spotlight = ContentPageFactory(parent=root, title="Spotlight", slug="spotlight")
        ContentPageFactory(
            parent=spotlight,
            title="A bakery in Dakar",
            slug="bakery",
            summary="How a returnee rebuilt her livelihood with a small grant.",
        )
        knowledge = ContentPageFactory(parent=root, title="Knowledge", slug="knowledge")
        ContentPageFactory(
            parent=knowledge,
            title="Key concepts of reintegration",
            slug="key-concepts",
            summary="Economic, social and psychosocial dimensions.",
        )
    results = client.get(SEARCH_URL, {"q": "bakery"}).context["results"]
    assert [h.title for h in results.hits] == ["A bakery in Dakar"]
    assert results.hits[0].url.endswith("/spotlight/bakery/")
    assert results.hits[0].type_label == "Stories and knowledge pages"
    results = client.get(SEARCH_URL, {"q": "psychosocial dimensions"}).context["results"]
    assert [h.title for h in results.hits] == ["Key concepts of reintegration"]
