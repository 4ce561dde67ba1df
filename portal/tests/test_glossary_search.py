"""The glossary's filter box goes through the site's one search index."""

import pytest
from wagtail.models import Locale

from portal.models import GlossaryTerm


@pytest.fixture
def terms(demo_site, django_capture_on_commit_callbacks):
    french = Locale.objects.get(language_code="fr")
    with django_capture_on_commit_callbacks(execute=True):
        GlossaryTerm.objects.create(
            term="Returnee", definition="<p>A person going back to their country&#x27;s towns.</p>"
        )
        GlossaryTerm.objects.create(
            term="Zorbal mentor", definition="<p>A peer who counsels new arrivals.</p>"
        )
        GlossaryTerm.objects.create(
            term="Zorbal référent", definition="<p>Un pair qui conseille.</p>", locale=french
        )


def glossary(client, query, language="en"):
    return client.get(f"/{language}/knowledge/glossary/", {"q": query}).text


def test_the_filter_finds_terms_and_definitions_of_the_page_language_only(client, terms):
    html = glossary(client, "zorbal")
    assert "Zorbal mentor" in html and "Zorbal référent" not in html
    assert "Zorbal mentor" in glossary(client, "counsels")
    assert "Returnee" not in glossary(client, "counsels")


@pytest.mark.postgres
def test_a_stemmed_word_finds_what_icontains_could_not(client, terms):
    html = glossary(client, "returnees counselled")  # "Returnee" and "counsels"
    assert "No term matches" in html  # both words must match one term
    assert "Returnee" in glossary(client, "returnees")
    assert "Zorbal mentor" in glossary(client, "counselling")
