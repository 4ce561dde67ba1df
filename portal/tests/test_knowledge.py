"""The Knowledge section: key messages, case studies, data tables and the glossary."""

import re

import pytest
from wagtail.models import Locale

from portal.models import GlossaryPage, GlossaryTerm, Theme

pytestmark = pytest.mark.django_db


def test_key_concept_page_renders_key_messages_and_case_study(demo_site, client):
    html = client.get("/en/knowledge/voluntary-return-and-avrr/").content.decode()
    assert '<aside class="key-messages"' in html
    assert "Four conditions for a voluntary decision" in html
    assert html.count("<li>", html.index("key-messages")) >= 4
    assert "Zambia&#x27;s National Referral Mechanism" in html or "Zambia's National" in html
    assert "Case study" in html


def test_data_table_is_an_accessible_table_with_caption_and_headers(demo_site, client):
    html = client.get("/en/knowledge/data-highlights-2019/").content.decode()
    tables = re.findall(r"<table class=\"data-table\">.*?</table>", html, re.S)
    assert len(tables) == 4
    first = tables[0]
    assert "<caption>Asia and the Pacific: top host countries" in first
    assert '<th scope="col">Host country</th>' in first
    assert '<th scope="row">Australia</th><td>689</td>' in first
    assert "Source:" in html


def test_glossary_lists_terms_a_to_z_with_letter_anchors(
    demo_site, client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(25):
        response = client.get("/en/knowledge/glossary/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="#letter-A"' in html and 'id="letter-A"' in html
    assert html.index("Assisted return") < html.index("Voluntary humanitarian return")
    assert "<abbr>(AVRR)</abbr>" in html


def test_glossary_query_count_does_not_grow_with_terms(
    demo_site, client, django_assert_num_queries
):
    client.get("/en/knowledge/glossary/")  # warm caches (site root, locales)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as before:
        client.get("/en/knowledge/glossary/")
    english = Locale.objects.get(language_code="en")
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(term=f"Zeta term {i}", definition="<p>x</p>", locale=english)
        for i in range(30)
    )
    with CaptureQueriesContext(connection) as after:
        client.get("/en/knowledge/glossary/")
    assert len(after) == len(before)


@pytest.mark.parametrize(
    ("query", "expected", "absent"),
    [
        ("avrr", "Assisted voluntary return and reintegration", "Forced return"),
        ("trafficking", "Victim of trafficking", "Host country"),
    ],
)
def test_glossary_filter(demo_site, client, query, expected, absent):
    html = client.get("/en/knowledge/glossary/", {"q": query}).content.decode()
    assert expected in html
    assert absent not in html


def test_glossary_filter_with_no_match_says_so(demo_site, client):
    html = client.get("/en/knowledge/glossary/", {"q": "<script>x</script>" * 40}).content.decode()
    assert "No term matches" in html
    assert "<script>x</script>" not in html


def test_glossary_in_arabic_falls_back_to_copied_terms(demo_site, client):
    response = client.get("/ar/knowledge/glossary/")
    assert response.status_code == 200
    assert "AVRR" in response.content.decode()


def test_empty_glossary_is_safe(demo_site, client):
    GlossaryTerm.objects.all().delete()
    html = client.get("/en/knowledge/glossary/").content.decode()
    assert "The glossary is empty for now." in html


def test_glossary_page_is_unique_under_its_parent(demo_site):
    page = GlossaryPage.objects.get(locale__language_code="en")
    assert not GlossaryPage.can_create_at(page.get_parent())


def test_taxonomy_snippets_are_in_the_admin(demo_site, admin_client):
    terms = admin_client.get("/admin/snippets/portal/glossaryterm/").content.decode()
    themes = admin_client.get("/admin/snippets/portal/theme/").content.decode()
    assert GlossaryTerm.objects.filter(locale__language_code="en").first().term in terms
    assert Theme.objects.filter(locale__language_code="en").first().name in themes
