"""The resources' pages as visitors read them: year-only dates, facet order, covers, and
accessible form errors (the experience issue)."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from resources.factories import add_file, make_document, make_pdf

pytestmark = pytest.mark.django_db


def _arabic(page):
    """The page's Arabic copy (an untranslated alias), published."""
    arabic = Locale.objects.get(language_code="ar")
    return page.copy_for_translation(arabic, copy_parents=True, alias=True)


# --- dates: the year alone when only the year is known -------------------------------------


def test_a_resource_with_only_a_year_shows_the_year_everywhere(client, make_resource):
    page = make_resource(title="Yearly review of reintegration", publication_year=2020)
    dated = make_resource(
        title="Dated review of reintegration",
        publication_year=2021,
        publication_date=datetime.date(2021, 3, 5),
    )
    detail = client.get(page.url).content.decode()
    assert '<time datetime="2020">2020</time>' in detail
    assert "Jan. 1" not in detail and "1 January" not in detail
    assert '<time datetime="2021-03-05">' in client.get(dated.url).content.decode()

    listing = client.get(page.get_parent().url).content.decode()
    assert '<time datetime="2020">2020</time>' in listing
    assert '<time datetime="2021-03-05">' in listing

    found = client.get("/en/search/", {"q": "review reintegration"}).content.decode()
    assert '<time datetime="2020">2020</time>' in found
    assert "Jan. 1, 2020" not in found and "1 January 2020" not in found
    assert '<time datetime="2021-03-05">' in found


def test_the_arabic_page_shows_the_year_alone(client, make_resource):
    page = make_resource(title="Yearly review", publication_year=2019)
    alias = _arabic(page)
    html = client.get(alias.url).content.decode()
    assert alias.url.startswith("/ar/")
    assert '<time datetime="2019">2019</time>' in html
    assert "يناير" not in html  # "January": no day is made up


# --- facets in reading order ----------------------------------------------------------------


def test_listing_facets_list_years_newest_first_and_others_by_count_then_name(
    client, make_resource, resource_index
):
    for year, n in ((2019, 3), (2018, 2), (2017, 1), (2020, 1)):
        for i in range(n):
            make_resource(title=f"Report {year} {i}", publication_year=year, resource_type="study")
    make_resource(title="A manual", publication_year=2020, resource_type="manual")
    make_resource(title="A toolkit", publication_year=2020, resource_type="toolkit")
    facets = client.get(resource_index.url).context["facets"]
    assert [o["value"] for o in facets["year"]["options"]] == ["2020", "2019", "2018", "2017"]
    types = [(o["label"], o["count"]) for o in facets["type"]["options"]]
    assert types == [("Study or research", 7), ("Manual", 1), ("Toolkit", 1)]


def test_site_search_facets_list_years_newest_first(client, make_resource):
    for year, n in ((2019, 3), (2018, 2), (2020, 1)):
        for i in range(n):
            make_resource(title=f"Migration report {year} {i}", publication_year=year)
    response = client.get("/en/search/", {"q": "migration report", "type": "resources"})
    years = next(g for g in response.context["facet_groups"] if g["name"] == "year")
    assert [v["value"] for v in years["values"]] == ["2020", "2019", "2018"]
    html = response.content.decode()
    # The filters are there before a type is chosen, too.
    html_all = client.get("/en/search/", {"q": "migration report"}).content.decode()
    assert 'class="filter-panel search-facets" open' in html_all
    assert 'name="type" value="resources"' in html_all
    # Two search landmarks, each with its own name.
    names = re.findall(r'role="search" aria-label(?:ledby)?="([^"]+)"', html)
    assert len(names) == 2 and len(set(names)) == 2


# --- covers: the first page of the PDF, rendered once -------------------------------------


def test_cover_is_rendered_once_and_again_when_the_file_changes(
    make_resource, django_capture_on_commit_callbacks
):
    from wagtail.images import get_image_model

    from resources.covers import ensure_cover

    with django_capture_on_commit_callbacks(execute=True):
        document = make_document("Handbook", make_pdf("The first page of the handbook."))
    document.refresh_from_db()
    first = document.cover
    assert first is not None and first.width == 480
    assert document.cover_source == document.file.name
    assert ensure_cover(document) is False  # already rendered for this file
    document.refresh_from_db()
    assert document.cover_id == first.pk

    with django_capture_on_commit_callbacks(execute=True):
        from django.core.files.base import ContentFile

        document.file.save("new.pdf", ContentFile(make_pdf("A new edition.")), save=False)
        document.save()
    document.refresh_from_db()
    assert document.cover_id not in (None, first.pk)
    assert not get_image_model().objects.filter(pk=first.pk).exists()  # the old one is gone


def test_a_document_that_is_not_a_pdf_has_no_cover(django_capture_on_commit_callbacks):
    from resources.factories import make_docx

    with django_capture_on_commit_callbacks(execute=True):
        document = make_document("Notes", make_docx("Notes"), filename="notes.docx")
    document.refresh_from_db()
    assert document.cover is None


def test_detail_shows_the_cover_as_a_picture_and_a_placeholder_without_pdf(
    client, make_resource, django_capture_on_commit_callbacks
):
    page = make_resource(title="Covered handbook")
    with django_capture_on_commit_callbacks(execute=True):
        add_file(page, make_document("Covered handbook"))
    html = client.get(page.url).content.decode()
    picture = re.search(r"<picture>.*?</picture>", html, re.S).group(0)
    assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
    img = re.search(r"<img[^>]*>", picture).group(0)
    assert 'alt="Cover of “Covered handbook”"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert ".jpg" in img  # the JPEG fallback

    bare = make_resource(title="No file yet")
    html = client.get(bare.url).content.decode()
    assert "resource-cover__placeholder" in html and "<picture>" not in html


def test_listing_covers_cost_no_query_per_result(
    client, make_resource, resource_index, django_capture_on_commit_callbacks
):
    def covered(title):
        page = make_resource(title=title)
        with django_capture_on_commit_callbacks(execute=True):
            add_file(page, make_document(title))
        return page

    covered("Covered one")
    client.get(resource_index.url)  # renditions made once
    with CaptureQueriesContext(connection) as one:
        html = client.get(resource_index.url).content.decode()
    assert html.count('class="resource-result__cover"') == 1
    for n in range(4):
        covered(f"Covered {n}")
    client.get(resource_index.url)
    with CaptureQueriesContext(connection) as five:
        html = client.get(resource_index.url).content.decode()
    assert html.count('class="resource-result__cover"') == 5
    assert len(five) <= len(one)


# --- the contribute form's errors -----------------------------------------------------------


def _ids_described(html):
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    described = [
        i for value in re.findall(r'aria-describedby="([^"]*)"', html) for i in value.split()
    ]
    return ids, described


@pytest.mark.parametrize("language", ["en", "ar"])
def test_rejected_contribution_has_a_linked_summary_and_described_fields(
    member_client, resource_index, language
):
    index = resource_index
    if language == "ar":
        index = resource_index.copy_for_translation(
            Locale.objects.get(language_code="ar"), copy_parents=True
        )
        index.save_revision().publish()
    url = f"/{language}/resources/contribute/"
    response = member_client.post(url, {"title": "Kept title", "publication_year": "1990"})
    assert response.status_code == 200
    html = response.content.decode()
    summary = re.search(r'<div class="error-summary"[^>]*>.*?</div>', html, re.S).group(0)
    assert "autofocus" in summary and 'tabindex="-1"' in summary
    ids, described = _ids_described(html)
    assert described, "invalid fields name their errors"
    assert set(described) <= ids, set(described) - ids
    anchors = re.findall(r'href="#([^"]+)"', summary)
    assert anchors and set(anchors) <= ids
    assert "id_publication_year-error" in described
    assert 'value="Kept title"' in html  # what the member typed stays


def test_rejected_practice_step_has_a_linked_summary(member_client, home):
    from portal.demo.utils import ensure_page
    from resources.practices.models import GoodPracticeIndexPage

    index = ensure_page(home, GoodPracticeIndexPage, "practices", title="Good practices")
    response = member_client.post(f"{index.url}submit/", {"title": ""})
    html = response.content.decode()
    ids, described = _ids_described(html)
    assert set(described) <= ids
    summary = re.search(r'<div class="error-summary"[^>]*>.*?</div>', html, re.S).group(0)
    assert set(re.findall(r'href="#([^"]+)"', summary)) <= ids


def test_render_covers_command_fills_missing_covers_once():
    from django.core.management import call_command

    from resources.models import ResourceDocument

    document = make_document("Old upload")  # its extraction task never ran (no commit)
    assert ResourceDocument.objects.get(pk=document.pk).cover_id is None
    call_command("render_covers")
    cover = ResourceDocument.objects.get(pk=document.pk).cover_id
    assert cover is not None
    call_command("render_covers")
    assert ResourceDocument.objects.get(pk=document.pk).cover_id == cover
