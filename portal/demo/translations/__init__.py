"""French, Spanish and Arabic versions of the portal's own demo content.

The home page, the themes, the main menu and the footer, the Community, Spotlight, About and
Knowledge pages with the Spotlight stories and the Knowledge articles, and the twenty glossary
terms. Each text was written for the project from the English demo content, which follows
IOM's 2019 Return and Reintegration Key Highlights, the Reintegration Handbook and the SPEAK
article (../shared/seeds). The Learning, Resources and Initiatives pages belong to their apps'
demo loaders, which translate them.

``load`` runs after every app's demo loader (the menu links to their index pages) and is
idempotent: a second run updates the same translations.
"""

from wagtail.models import Page

from portal.demo.images import CREDITS
from portal.demo.translations import glossary, home, pages
from portal.demo.utils import english, translate_page, translate_snippet
from portal.models import FooterText, GlossaryTerm, NavigationMenu, Theme

LANGUAGES = ("fr", "es", "ar")


def load(home_page, stdout=None):
    """Translate the portal's demo content into French, Spanish and Arabic."""
    for language in LANGUAGES:
        fields = home.home_fields(language)
        fields["hero_links"] = _links(home_page, home.HERO_LINKS[language])
        fields["hero_image_credit"] = CREDITS[language]
        translate_page(home_page, language, **fields)
        for path, versions in pages.PAGES.items():
            page = _page(home_page, path)
            if page is not None:
                credit = (
                    {"image_credit": CREDITS[language]} if getattr(page, "image_credit", "") else {}
                )
                translate_page(page, language, **versions[language], **credit)
    # Terms after pages: publishing a glossary page reindexes every term there is.
    _glossary()
    _themes()
    _menu(home_page)
    _footer(home_page)


def _page(home_page, path):
    """The English page at ``path`` below the home page (``"knowledge/glossary"``)."""
    return (
        Page.objects.filter(url_path=f"{home_page.url_path}{path}/", locale=home_page.locale)
        .specific()
        .first()
    )


def _themes():
    for theme in Theme.objects.filter(locale=english()):
        versions = home.THEMES.get(theme.slug)
        if versions is None:  # a theme an editor added: left for translators
            continue
        for language in LANGUAGES:
            name, description = versions[language]
            translate_snippet(theme, language, name=name, description=description)


def _glossary():
    terms = {term.term: term for term in GlossaryTerm.objects.filter(locale=english())}
    for source, versions in glossary.TERMS.items():
        term = terms.get(source)
        if term is None:
            continue
        for language in LANGUAGES:
            name, acronym, definition = versions[language]
            translate_snippet(
                term, language, term=name, acronym=acronym, definition=f"<p>{definition}</p>"
            )


def _links(home_page, links):
    """Stream data of a links field: a page link where the page exists, else the address."""
    stream = []
    for label, target in links:
        if target.startswith("/"):
            stream.append(("link", {"label": label, "page": None, "url": target}))
            continue
        page = _page(home_page, target)
        if page is not None:
            stream.append(("link", {"label": label, "page": page, "url": ""}))
    return stream


def _menu(home_page):
    source = english()
    menu = NavigationMenu.objects.filter(locale=source).order_by("pk").first()
    items = _links(home_page, home.MENU["en"])
    if menu is None:
        menu = NavigationMenu.objects.create(locale=source, name="Main menu", items=items)
    else:
        menu.items = items
        menu.save()
    for language in LANGUAGES:
        translate_snippet(
            menu,
            language,
            name=home.MENU_NAME[language],
            items=_links(home_page, home.MENU[language]),
        )


def _footer(home_page):
    source = english()
    fields = home.footer_fields("en")
    fields["links"] = _links(home_page, fields["links"])
    footer = FooterText.objects.filter(locale=source).order_by("pk").first()
    if footer is None:
        footer = FooterText.objects.create(locale=source, **fields)
    else:
        for name, value in fields.items():
            setattr(footer, name, value)
        footer.save()
    for language in LANGUAGES:
        fields = home.footer_fields(language)
        fields["links"] = _links(home_page, fields["links"])
        translate_snippet(footer, language, **fields)
