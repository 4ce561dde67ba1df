"""Resources in four languages: the demo's French, Spanish and Arabic resource pages, their
translated PDFs and the text extracted from them, the French listing with a filter, and
related resources that stay in the page's language and never list the page's own
translations."""

import html
import io
import re

from wagtail.models import Locale

from portal.demo.utils import translate_page
from resources.demo.content import RESOURCES
from resources.demo.translations import IOM, PDFS, TRANSLATIONS
from resources.models import ResourceFacet, ResourcePage
from resources.services import related_resources

ENGLISH = {item["slug"]: item for item in RESOURCES}
KEY_HIGHLIGHTS = "2019-return-and-reintegration-key-highlights"


def _text(response):
    """The page's HTML with entities decoded and runs of white space made single spaces."""
    return " ".join(html.unescape(response.content.decode()).split())


def _h1(response):
    found = re.search(r"<h1[^>]*>(.*?)</h1>", response.content.decode(), re.S)
    return " ".join(html.unescape(found.group(1)).split())


def _plain(text):
    return " ".join(text.split())  # no-break spaces and line breaks become single spaces


def _check_resource_pages(client, language):
    assert len(TRANSLATIONS) >= 8
    for slug, texts in TRANSLATIONS.items():
        response = client.get(f"/{language}/resources/{slug}/")
        assert response.status_code == 200, slug
        page = response.context["page"]
        assert page.locale.language_code == language and page.alias_of_id is None, slug
        assert _h1(response) == _plain(texts[language]["title"]), slug
        shown = _text(response)
        assert _plain(texts[language]["summary"]) in shown, slug
        assert ENGLISH[slug]["summary"] not in shown, slug
        assert _plain(IOM[language]) in shown, slug  # the publisher, in the page's language


def test_french_resource_pages_show_french_text(client, demo_site):
    _check_resource_pages(client, "fr")


def test_spanish_resource_pages_show_spanish_text(client, demo_site):
    _check_resource_pages(client, "es")


def test_arabic_resource_pages_show_arabic_text(client, demo_site):
    _check_resource_pages(client, "ar")
    response = client.get(f"/ar/resources/{KEY_HIGHLIGHTS}/")
    assert re.search(r'<html[^>]*lang="ar"[^>]*dir="rtl"', response.content.decode())


def test_the_french_page_offers_the_french_pdf_and_its_text_is_stored(client, demo_site):
    from pypdf import PdfReader

    assert len(PDFS) == 3 and {language for language, *_rest in PDFS.values()} == {"fr", "es"}
    response = client.get(f"/fr/resources/{KEY_HIGHLIGHTS}/")
    files = response.context["files"]
    assert [f.language for f in files] == ["fr", "en"]  # the page's language first
    french = files[0]
    document = french.document
    assert document.language == "fr"
    assert document.extraction_status == "done" and document.page_count == 3
    stored = _plain(document.extracted_text)
    assert "le Niger a dépassé l'Allemagne" in stored
    assert "64 958 migrants" in stored
    # The page's full text (what the resource search reads) holds the French text too.
    page = response.context["page"]
    text = " ".join(f.document.extracted_text for f in page.files.all())
    assert "le Niger a dépassé l'Allemagne" in _plain(text)
    # The link the page shows is that file, a real PDF of three pages.
    assert f'href="{french.download_url}"' in response.content.decode()
    download = client.get(french.download_url)
    assert download.status_code == 200
    reader = PdfReader(io.BytesIO(b"".join(download.streaming_content)))
    assert len(reader.pages) == 3
    assert "Retour humanitaire volontaire et réintégration" in _plain(
        reader.pages[2].extract_text()
    )
    # The English page lists the French file too (one file per language on the resource),
    # after its own.
    english = client.get(f"/en/resources/{KEY_HIGHLIGHTS}/").context["files"]
    assert [(f.language, f.document_id) for f in english] == [
        ("en", files[1].document_id),
        ("fr", document.pk),
    ]


def test_the_spanish_page_offers_the_spanish_pdf_first(client, demo_site):
    response = client.get("/es/resources/guatemala-airport-reception-capacity/")
    files = response.context["files"]
    assert files[0].language == "es"
    assert files[0].document.page_count == 2
    assert "Aeropuerto Internacional La Aurora" in _plain(files[0].document.extracted_text)
    handbook = client.get("/fr/resources/reintegration-handbook/").context["files"]
    assert handbook[0].language == "fr" and handbook[0].document.page_count == 3


def test_the_french_listing_with_one_filter_shows_french_titles_once(client, demo_site):
    english = client.get("/en/resources/", {"type": "report"})
    french = client.get("/fr/resources/", {"type": "report"})
    assert french.status_code == 200
    # The same resources in both languages: untranslated ones (aliases) are filtered too.
    assert french.context["paginator"].count == english.context["paginator"].count >= 7
    shown = _text(french)
    listed = [r.slug for r in french.context["results"]]
    assert len(listed) == len(set(listed))  # each resource once, not once per language
    for slug, texts in TRANSLATIONS.items():
        if ENGLISH[slug]["type"] != "report":
            continue
        assert slug in listed
        assert _plain(texts["fr"]["title"]) in shown, slug
        assert ENGLISH[slug]["title"] not in shown, slug
    # An untranslated report is there once, under /fr/, in English.
    assert "World Migration Report 2018" in shown
    assert shown.count('href="/fr/resources/world-migration-report-2018/"') == 1
    assert all(r.locale.language_code == "fr" for r in french.context["results"])


def test_related_resources_of_the_demo_stay_in_the_page_language(client, demo_site):
    keys = {}
    for language in ("en", "fr", "es", "ar"):
        page = ResourcePage.objects.get(
            slug="reintegration-handbook", locale__language_code=language
        )
        related = related_resources(page)
        assert related, language
        assert all(r.locale_id == page.locale_id for r in related), language
        assert all(r.translation_key != page.translation_key for r in related), language
        assert len({r.translation_key for r in related}) == len(related), language
        keys[language] = [r.translation_key for r in related]
    assert keys["fr"] == keys["en"] == keys["es"] == keys["ar"]  # the same resources
    response = client.get("/fr/resources/reintegration-handbook/")
    section = response.content.decode().split('id="related-heading"')[1]
    assert 'href="/fr/resources/' in section and 'href="/en/resources/' not in section
    assert TRANSLATIONS["in-the-path-to-adulthood"]["fr"]["title"] in html.unescape(section)


def test_related_lists_each_resource_once_in_the_page_language(
    make_resource, themes, django_capture_on_commit_callbacks
):
    economic, _health = themes
    page = make_resource(title="Page", themes=[economic], countries=["SN"])
    other = make_resource(title="Other", themes=[economic], countries=["SN"])
    locales = {code: Locale.objects.get(language_code=code) for code in ("fr", "ar")}
    with django_capture_on_commit_callbacks(execute=True):
        for locale in locales.values():
            page.copy_for_translation(locale, copy_parents=True, alias=True)
            other.copy_for_translation(locale, copy_parents=True, alias=True)
    other_fr = translate_page(other, "fr", title="Autre")
    page_fr = ResourcePage.objects.get(translation_key=page.translation_key, locale=locales["fr"])
    page_ar = ResourcePage.objects.get(translation_key=page.translation_key, locale=locales["ar"])
    other_ar = ResourcePage.objects.get(translation_key=other.translation_key, locale=locales["ar"])
    # Never the page's own translations, never the other resource once per language.
    assert related_resources(page) == [other]
    assert related_resources(page_fr) == [other_fr]
    assert related_resources(page_ar) == [other_ar]


def test_related_falls_back_to_the_default_language_when_a_locale_has_no_copy(
    make_resource, themes
):
    economic, _health = themes
    page = make_resource(title="Page", themes=[economic])
    other = make_resource(title="Other", themes=[economic])
    page_fr = translate_page(page, "fr", title="Page en français")
    # "Other" has no French page at all: it is listed once, by its English page.
    assert related_resources(page_fr) == [other]


def test_an_untranslated_copy_is_indexed_for_the_filters_of_its_language(
    client, make_resource, django_capture_on_commit_callbacks
):
    page = make_resource(title="A manual", resource_type="manual", countries=["ML"])
    with django_capture_on_commit_callbacks(execute=True):
        alias = page.copy_for_translation(
            Locale.objects.get(language_code="fr"), copy_parents=True, alias=True
        )

    def facets(p):
        return set(ResourceFacet.objects.filter(page=p).values_list("facet", "value"))

    assert facets(alias) == facets(page) and ("type", "manual") in facets(alias)
    listing = client.get("/fr/resources/", {"type": "manual", "country": "ML"})
    assert [r.pk for r in listing.context["results"]] == [alias.pk]


def test_translation_loader_is_idempotent(demo_site):
    from wagtail.documents import get_document_model
    from wagtail.models import Page

    from resources.demo import translations
    from resources.models import ResourceFile, ResourceIndexPage

    index = ResourceIndexPage.objects.get(locale__language_code="en")
    counts = (
        Page.objects.count(),
        get_document_model().objects.count(),
        ResourceFile.objects.count(),
    )
    translations.load(index)
    assert (
        Page.objects.count(),
        get_document_model().objects.count(),
        ResourceFile.objects.count(),
    ) == counts
