"""The portal's own content in French, Spanish and Arabic: home page, themes, Knowledge,
About and Spotlight pages, glossary, and key figures written each language's way."""

import importlib
import re
from decimal import Decimal

import pytest
from django.utils import translation

from portal.models import GlossaryTerm, HomePage, Theme

pytestmark = pytest.mark.django_db

ENGLISH_HERO = "Knowledge and community for return and reintegration practitioners"
ENGLISH_HEADINGS = ["Latest resources", "Upcoming webinars", "Featured initiatives"]

HOME = {
    "fr": (
        "Connaissances et communauté pour les professionnels du retour et de la réintégration",
        "2019 en un coup d&#x27;œil",
        ["Dernières ressources", "Prochains webinaires", "Initiatives à découvrir", "À la une"],
    ),
    "es": (
        "Conocimiento y comunidad para profesionales del retorno y la reintegración",
        "2019 de un vistazo",
        ["Últimos recursos", "Próximos seminarios web", "Iniciativas destacadas", "Destacados"],
    ),
    "ar": (
        "المعرفة والتواصل المهني للعاملين في مجال العودة وإعادة الإدماج",
        "لمحة عن عام 2019",
        ["أحدث الموارد", "الندوات الإلكترونية القادمة", "مبادرات مختارة", "في دائرة الضوء"],
    ),
}


def _text(html, tag):
    return [
        re.sub(r"<[^>]+>", "", t).strip()
        for t in re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", html, re.S)
    ]


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_home_page_is_written_in_the_visitors_language(demo_site, client, lang):
    hero, figures_heading, headings = HOME[lang]
    html = client.get(f"/{lang}/").content.decode()
    assert _text(html, "h1") == [hero]
    assert ENGLISH_HERO not in html
    main = html[html.index("<main") : html.index("</main>")]
    assert f'<h2 id="key-figures-heading">{figures_heading}</h2>' in main
    section_headings = re.findall(r'<h2 id="section-[a-z]+">([^<]+)</h2>', main)
    assert section_headings == headings
    assert not set(ENGLISH_HEADINGS) & set(section_headings)
    # Every section has its introduction, and the figures their labels and source.
    assert main.count('class="home-section"') == 4
    assert len(re.findall(r'<h2 id="section-[a-z]+">[^<]+</h2>\s*<p>[^<]+</p>', main)) == 4
    labels = re.findall(r'<p class="figure-label">([^<]+)</p>', main)
    assert len(labels) == 4 and not any("migrants helped" in label for label in labels)
    assert "IOM, 2019 Return" not in main  # the source is cited in the language too
    home = HomePage.objects.get(locale__language_code=lang)
    assert home.alias_of_id is None and home.search_description
    assert f'<meta name="description" content="{home.search_description}' in html


@pytest.mark.parametrize(
    ("lang", "figures"),
    [
        ("en", ["64,958", "15,248", "126,442", "112"]),
        ("fr", ["64\u202f958", "15\u202f248", "126\u202f442", "112"]),
        ("es", ["64.958", "15.248", "126.442", "112"]),
        ("ar", ["64,958", "15,248", "126,442", "112"]),
    ],
)
def test_key_figures_are_numbers_written_the_languages_way(demo_site, client, lang, figures):
    html = client.get(f"/{lang}/").content.decode()
    assert re.findall(r'<p class="figure-value">([^<]*)</p>', html) == figures


def test_key_figure_block_keeps_its_prefix_suffix_and_decimals():
    from portal.pages.blocks import KeyFigureBlock

    block = KeyFigureBlock()
    value = block.to_python(
        {"prefix": "+", "number": "1234.50", "suffix": " %", "label": "rise", "source": ""}
    )
    with translation.override("fr"):
        html = block.render(value)
    assert '<p class="figure-value">+1\u202f234,5 %</p>' in html
    value = block.to_python({"number": "64958.00", "label": "returns"})
    with translation.override("es"):
        assert '<p class="figure-value">64.958</p>' in block.render(value)


def test_data_migration_splits_figure_texts():
    migration = importlib.import_module("portal.migrations.0004_key_figures_as_numbers")
    operation = migration.FigureTextToNumber()
    converted = operation.apply({"value": "64,958", "label": "returns", "source": "IOM"})
    assert converted == {
        "prefix": "",
        "number": "64958",
        "suffix": "",
        "label": "returns",
        "source": "IOM",
    }
    assert migration.split_figure("US$ 3,000,000") == ("US$ ", "3000000", "")
    assert migration.split_figure("+1,200 %") == ("+", "1200", " %")
    assert migration.split_figure("1.5 million") == ("", "1.5", " million")
    assert migration.split_figure("n/a") == ("", None, "n/a")  # kept whole, nothing lost
    assert operation.apply(converted) == converted  # a second run changes nothing
    from portal.pages.blocks import plain_number

    assert plain_number(Decimal(converted["number"])) == 64958


@pytest.mark.parametrize(
    ("lang", "translated", "english"),
    [
        ("fr", "Réintégration économique", "Economic reintegration"),
        ("es", "Reintegración económica", "Economic reintegration"),
        ("ar", "إعادة الإدماج الاقتصادي", "Economic reintegration"),
    ],
)
def test_themes_are_translated_on_the_resources_listing(
    demo_site, client, lang, translated, english
):
    html = client.get(f"/{lang}/resources/").content.decode()
    facets = re.findall(r'name="theme" value="[^"]+"[^>]*>\s*<span>([^<]+?)</span>', html)
    assert translated in facets
    assert english not in facets
    english_themes = Theme.objects.filter(locale__language_code="en").count()
    assert (
        Theme.objects.filter(locale__language_code=lang)
        .exclude(name__in=Theme.objects.filter(locale__language_code="en").values("name"))
        .count()
        == english_themes
    )  # every theme has its own name, none is a copy


def test_arabic_glossary_lists_twenty_arabic_terms(demo_site, client):
    html = client.get("/ar/knowledge/glossary/").content.decode()
    terms = [t.strip() for t in re.findall(r'<dt id="term-[0-9a-f]+"[^>]*>([^<]+)', html)]
    assert len(terms) == 20
    assert all(re.match(r"[\u0600-\u06ff]", term) for term in terms), terms
    assert "<h1>مسرد المصطلحات</h1>" in html
    # Letters as an Arabic dictionary files them: العودة … under ع, not all under ا.
    letters = re.findall(r'<h2 id="letter-([^"]+)">', html)
    assert "ع" in letters and "ب" in letters
    assert letters == sorted(letters)


@pytest.mark.parametrize("lang", ["fr", "es", "ar"])
def test_twenty_glossary_terms_in_each_language(demo_site, lang):
    english = {
        t.translation_key: t for t in GlossaryTerm.objects.filter(locale__language_code="en")
    }
    translated = GlossaryTerm.objects.filter(locale__language_code=lang)
    assert translated.count() == 20
    for term in translated:
        assert term.term != english[term.translation_key].term
        assert term.definition != english[term.translation_key].definition


PAGES = [
    ("/fr/about/", "À propos de la plateforme", "Pourquoi la réintégration a besoin"),
    ("/es/about/", "Acerca de la plataforma", "Por qué la reintegración necesita"),
    ("/ar/about/", "عن المنصة", "لماذا تحتاج إعادة الإدماج إلى معرفة مشتركة"),
    ("/fr/knowledge/", "Connaissances", "Les types de retour et pourquoi ils comptent"),
    ("/es/knowledge/", "Conocimientos", "Tipos de retorno y por qué importan"),
    ("/ar/knowledge/", "المعرفة", "أنواع العودة ولماذا تهمّ"),
    (
        "/fr/knowledge/voluntary-return-and-avrr/",
        "Retour volontaire et aide au retour volontaire",
        "Quatre conditions pour une décision volontaire",
    ),
    (
        "/es/knowledge/types-of-return/",
        "Tipos de retorno y por qué importan",
        "Orientación cultural para personas retornadas en El Salvador",
    ),
    (
        "/ar/knowledge/voluntary-return-and-avrr/",
        "العودة الطوعية والعودة الطوعية المدعومة",
        "الآلية الوطنية للإحالة في زامبيا",
    ),
    ("/fr/community/", "Communauté", "Des groupes thématiques"),
    ("/ar/spotlight/", "في دائرة الضوء", "عام 2019 بالأرقام"),
    (
        "/ar/spotlight/speak-returnees-tell-their-stories/",
        "مشروع SPEAK: عائدون يروون بأنفسهم قصص إعادة إدماجهم",
        "بشنك: من اليونان إلى متجره الخاص في العراق",
    ),
    (
        "/fr/spotlight/2019-in-figures/",
        "2019 en chiffres : d&#x27;où les migrants sont partis et où ils sont rentrés",
        "126\u202f442 services de réintégration",
    ),
]


@pytest.mark.parametrize(("url", "title", "text"), PAGES)
def test_portal_pages_are_translated(demo_site, client, url, title, text):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{title}</h1>" in html
    assert text in html
    assert 'data-testid="fallback-notice"' not in html  # a real translation, no notice


def test_data_tables_name_countries_and_write_numbers_in_the_language(demo_site, client):
    html = client.get("/fr/knowledge/data-highlights-2019/").content.decode()
    assert "<caption>Asie et Pacifique\u00a0: principaux pays d&#x27;origine" in html
    assert '<th scope="row">Pakistan</th><td>2\u202f888</td>' in html
    assert '<th scope="col">2019</th>' in html  # a year stays a year
    html = client.get("/es/knowledge/data-highlights-2019/").content.decode()
    assert '<th scope="row">Etiopía</th><td>6.098</td>' in html
    html = client.get("/ar/knowledge/data-highlights-2019/").content.decode()
    assert '<th scope="row">جيبوتي</th><td>4,220</td>' in html


def test_arabic_headings_get_an_anchor(demo_site, client):
    html = client.get("/ar/about/").content.decode()
    heading = re.search(r'<h2 id="([^"]*)">لماذا تحتاج', html)
    assert heading and heading.group(1).startswith("section-") and len(heading.group(1)) > 8


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_translated_home_page_query_count_is_bounded(
    demo_site, client, django_assert_max_num_queries, lang
):
    from portal.core.registry import registry

    client.get(f"/{lang}/")  # warm caches (site root paths, menu and footer)
    # The English bound (test_pages) plus the language lookups of a translated page:
    # hreflang alternates and the text language of each listed item.
    with django_assert_max_num_queries(7 + 4 * len(registry.home_sections) + 8):
        response = client.get(f"/{lang}/")
    assert response.status_code == 200
