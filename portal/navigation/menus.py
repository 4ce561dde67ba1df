"""The site's menus: the main navigation and the links to a page in each language."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

# The main navigation: label and the path below the language prefix.
MAIN_NAVIGATION = [
    (_("Resources"), "resources/"),
    (_("Community"), "community/"),
    (_("Learning"), "learning/"),
    (_("Initiatives map"), "initiatives/"),
    (_("Spotlight"), "spotlight/"),
]


def main_navigation(request):
    """The main menu's items for this request, the current section marked active."""
    prefix = f"/{get_language() or settings.LANGUAGE_CODE}/"
    current = request.path if request else ""
    return [
        {"label": label, "url": prefix + path, "active": current.startswith(prefix + path)}
        for label, path in MAIN_NAVIGATION
    ]


def language_links(request, page=None):
    """One link per language: the page's live translation where there is one, else the
    same path under that language's prefix."""
    current = get_language()
    translations = {}
    if page is not None and getattr(page, "locale_id", None):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request)
        else:
            url = translate_url(request.get_full_path() if request else "/", code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links
