"""Fallback done properly: an untranslated page says so in the visitor's language and marks its
text with the language it is written in; hreflang alternates list real translations only;
cards, related lists, glossary terms and themes carry lang/dir when their text is in another
language than the page; numbers and dates follow the active language."""

import re
from datetime import UTC, datetime
from decimal import Decimal
from html import unescape

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Locale

from portal.core import i18n
from portal.demo.utils import ensure_page, translate_page

pytestmark = pytest.mark.django_db

OTHERS = ("fr", "es", "ar")


@pytest.fixture
def probe(demo_site):
    """A new English content page with aliases in French, Spanish and Arabic, as every page of
    the demo has until someone translates it."""
    from portal.models import ContentPage

    page = ensure_page(
        demo_site.root_page,
        ContentPage,
        "fallback-probe",
        title="Fallback probe",
        summary="An English summary.",
    )
    for code in OTHERS:
        page.copy_for_translation(
            Locale.objects.get(language_code=code), copy_parents=True, alias=True
        )
    return page


def _alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def _notice(html):
    found = re.search(r'<div class="container fallback-notice".*?</div>', html, re.S)
    return found.group(0) if found else ""


def test_an_untranslated_page_says_so_in_the_visitors_language(probe, client):
    html = client.get("/fr/fallback-probe/").content.decode()
    notice = _notice(html)
    assert "Cette page n’est pas encore disponible en français." in notice
    assert '<a href="/en/fallback-probe/" hreflang="en" lang="en" dir="ltr">English</a>' in notice
    # The page's own text is marked English; the notice (French) is outside it.
    assert '<h1 lang="en" dir="ltr">Fallback probe</h1>' in html
    assert '<p class="lead" lang="en" dir="ltr">An English summary.</p>' in html
    assert 'class="page-body" lang="en" dir="ltr"' in html
    assert html.index("fallback-notice") < html.index('<h1 lang="en"')


def test_arabic_fallback_is_marked_left_to_right_english(probe, client):
    html = client.get("/ar/fallback-probe/").content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert "هذه الصفحة غير متوفرة بالعربية بعد." in _notice(html)
    assert '<h1 lang="en" dir="ltr">Fallback probe</h1>' in html


def test_a_page_in_its_own_language_has_no_notice_and_no_marks(probe, client):
    html = client.get("/en/fallback-probe/").content.decode()
    assert "fallback-notice" not in html
    assert "<h1>Fallback probe</h1>" in html
    assert 'lang="en" dir="ltr">Fallback' not in html


def test_a_real_translation_is_not_a_fallback_and_is_offered_by_the_others(probe, client):
    translate_page(probe, "fr", title="Sonde de repli")
    french = client.get("/fr/fallback-probe/").content.decode()
    assert "fallback-notice" not in french
    assert "<h1>Sonde de repli</h1>" in french
    notice = _notice(client.get("/es/fallback-probe/").content.decode())  # still an alias
    assert "Esta página todavía no está disponible en español." in notice
    assert 'href="/en/fallback-probe/" hreflang="en" lang="en" dir="ltr">English</a>' in notice
    assert 'href="/fr/fallback-probe/" hreflang="fr" lang="fr" dir="ltr">Français</a>' in notice


def test_hreflang_lists_real_translations_and_x_default_only(probe, client):
    # English only: nothing to offer (every other language is an alias).
    for code in ("en", *OTHERS):
        assert _alternates(client.get(f"/{code}/fallback-probe/").content.decode()) == {}
    translate_page(probe, "fr", title="Sonde de repli")
    translate_page(probe, "ar", title="صفحة اختبار")
    for code in ("en", *OTHERS):
        links = _alternates(client.get(f"/{code}/fallback-probe/").content.decode())
        assert links == {
            "en": "http://testserver/en/fallback-probe/",
            "fr": "http://testserver/fr/fallback-probe/",
            "ar": "http://testserver/ar/fallback-probe/",
            "x-default": "http://testserver/en/fallback-probe/",
        }, code  # never the Spanish alias, which shows English


def test_the_language_switcher_still_offers_every_language(probe, client):
    html = client.get("/en/fallback-probe/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    for code in ("en", *OTHERS):
        assert f'href="/{code}/fallback-probe/" hreflang="{code}"' in switcher


def test_cards_carry_the_language_of_their_text(demo_site, client):
    from resources.models import ResourcePage

    arabic = ResourcePage.objects.filter(locale__language_code="ar").live()
    aliases = {p.title for p in arabic if i18n.is_fallback(p)}
    assert aliases  # the demo translates only some resources
    html = client.get("/ar/resources/?per_page=100").content.decode()
    cards = re.findall(r'<h3 class="result__title"([^>]*)><a href="[^"]*">([^<]+)</a>', html)
    assert cards
    for attrs, title in cards:
        expected = ' lang="en" dir="ltr"' if unescape(title) in aliases else ""
        assert attrs == expected, title
    english = client.get("/en/resources/").content.decode()
    assert 'class="result__title" lang=' not in english


def test_home_section_items_carry_their_language(demo_site, client):
    for code in OTHERS:
        html = client.get(f"/{code}/").content.decode()
        sections = re.findall(r'<section class="home-section".*?</section>', html, re.S)
        attrs = [a for s in sections for a in re.findall(r'<h3 class="card__title"([^>]*)>', s)]
        assert attrs and set(attrs) <= {"", ' lang="en" dir="ltr"'}, code


def test_a_translated_card_is_not_marked(demo_site, client):
    from resources.models import ResourcePage

    alias = next(
        p for p in ResourcePage.objects.filter(locale__language_code="fr").live()
        if i18n.is_fallback(p)
    )  # fmt: skip
    html = client.get("/fr/resources/?per_page=100").content.decode()
    assert f'<h3 class="result__title" lang="en" dir="ltr"><a href="{alias.url}">' in html
    translate_page(alias.alias_of.specific, "fr", title="Une ressource en français")
    html = client.get("/fr/resources/?per_page=100").content.decode()
    assert re.search(r'<h3 class="result__title"><a href="[^"]+">Une ressource en français', html)


@pytest.fixture
def copied_term(demo_site):
    """An English glossary term copied into French but not translated (sync_snippet_locales)."""
    from portal.pages.glossary import GlossaryTerm

    english = GlossaryTerm.objects.create(
        locale=Locale.objects.get(language_code="en"),
        term="Aardvark probe",
        definition="<p>A term nobody has translated.</p>",
    )
    english.copy_for_translation(Locale.objects.get(language_code="fr")).save()
    return english


def test_glossary_terms_still_copied_from_english_are_marked(copied_term, client):
    from portal.pages.glossary import GlossaryPage

    glossary = GlossaryPage.objects.get(locale__language_code="fr")
    html = client.get(glossary.url).content.decode()
    assert f'<dt id="{copied_term.anchor}" lang="en" dir="ltr">Aardvark probe' in html
    assert '<dd lang="en" dir="ltr"><p>A term nobody has translated.</p>' in html
    english = client.get(GlossaryPage.objects.get(locale__language_code="en").url).content.decode()
    assert f'<dt id="{copied_term.anchor}">Aardvark probe' in english


def test_snippet_language_compares_with_the_source_row(demo_site):
    from portal.models import Theme

    english = Theme.objects.create(
        locale=Locale.objects.get(language_code="en"), name="Probe theme", slug="probe-theme"
    )
    copy = english.copy_for_translation(Locale.objects.get(language_code="fr"))
    copy.save()
    assert i18n.text_language(english) == "en"
    assert i18n.text_language(copy) == "en"  # a copy: still English
    copy.name = "Thème sonde"
    copy.save()
    assert i18n.text_language(copy) == "fr"
    memo = {}
    i18n.text_language(copy, memo)
    key = ("copies", "portal.Theme", copy.locale_id)
    assert memo[key] == i18n.untranslated_keys(Theme, copy.locale_id)
    assert copy.translation_key not in memo[key]


def test_content_lang_tag_for_pages_items_hits_and_codes(probe):
    template = Template("{% load portal_tags %}[{% content_lang obj %}]")
    request = RequestFactory().get("/")
    with translation.override("ar"):
        assert template.render(Context({"obj": {"lang": "en"}, "request": request})) == (
            '[ lang="en" dir="ltr"]'
        )
        assert template.render(Context({"obj": {"lang": "ar"}})) == "[]"
        assert template.render(Context({"obj": "fr"})) == '[ lang="fr" dir="ltr"]'
        assert template.render(Context({"obj": {"title": "no language known"}})) == "[]"
    with translation.override("fr"):
        assert template.render(Context({"obj": "ar"})) == '[ lang="ar" dir="rtl"]'
        alias = probe.get_translations().get(locale__language_code="fr").specific
        assert template.render(Context({"obj": alias})) == '[ lang="en" dir="ltr"]'
        assert template.render(Context({"obj": probe})) == '[ lang="en" dir="ltr"]'
        assert (
            Template("{% load portal_tags %}[{% content_lang %}]").render(Context({"page": alias}))
            == '[ lang="en" dir="ltr"]'
        )


def test_translation_in_and_url_in_language(probe):
    assert i18n.translation_in(probe, "ar").url == "/ar/fallback-probe/"
    assert i18n.translation_in(probe, "en") is probe
    assert i18n.url_in_language("http://testserver/fr/accounts/login/", "ar") == (
        "http://testserver/ar/accounts/login/"
    )
    assert i18n.url_in_language("/en/dashboard/", "es") == "/es/dashboard/"
    assert i18n.url_in_language("/media/file.pdf", "fr") == "/media/file.pdf"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en", "64,958"), ("fr", "64\u202f958"), ("es", "64.958"), ("ar", "64,958")],
)
def test_numbers_follow_the_language(lang, expected):
    template = Template("{% load portal_tags %}{{ n|number }}|{{ d|number:1 }}|{{ s|number }}")
    with translation.override(lang):
        rendered = template.render(Context({"n": 64958, "d": Decimal("2.5"), "s": "n/a"}))
    decimal = "2,5" if lang in ("fr", "es") else "2.5"
    assert rendered == f"{expected}|{decimal}|n/a"


@pytest.mark.parametrize(
    ("lang", "date", "datetime_"),
    [
        ("en", "12 March 2026", "12 March 2026, 14:05"),
        ("fr", "12 mars 2026", "12 mars 2026, 14:05"),
        ("es", "12 de marzo de 2026", "12 de marzo de 2026, 14:05"),
        ("ar", "12 مارس 2026", "12 مارس 2026، 14:05"),
    ],
)
def test_dates_are_written_the_languages_way(lang, date, datetime_):
    from django.utils.formats import date_format

    moment = datetime(2026, 3, 12, 14, 5, tzinfo=UTC)
    with translation.override(lang):
        assert date_format(moment, "DATE_FORMAT") == date
        assert date_format(moment, "DATETIME_FORMAT") == datetime_
        assert date_format(moment, "TIME_FORMAT") == "14:05"
