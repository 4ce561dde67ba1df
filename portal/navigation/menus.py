"""The site's menus: the main navigation, the footer and the links to a page in each language.

The main menu and the footer are snippets editors translate (``portal.navigation.models``).
What a language shows is built once and cached (``portal.core.cache``, namespace
``navigation``); saving a menu or footer, or publishing, unpublishing, moving or deleting a
page, bumps the namespace. Without a snippet the built-in menu and footer texts below show.
"""

from django.conf import settings
from django.core.cache import cache
from django.urls import translate_url
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.core import i18n
from portal.core.cache import bump, versioned_key

CACHE_NAMESPACE = "navigation"
CACHE_TIMEOUT = 24 * 60 * 60

# The built-in main navigation: label and the path below the language prefix.
MAIN_NAVIGATION = [
    (_("Resources"), "resources/"),
    (_("Community"), "community/"),
    (_("Learning"), "learning/"),
    (_("Knowledge"), "knowledge/"),
    (_("Initiatives map"), "initiatives/"),
    (_("Spotlight"), "spotlight/"),
]


def _language():
    return get_language() or settings.LANGUAGE_CODE


def main_navigation(request):
    """The main menu's items for this request, the current section marked active. Each item
    carries ``lang``/``dir`` when the menu is shown untranslated (another language's)."""
    language = _language()
    menu = _cached("menu", language, request)
    if menu is None:
        prefix = f"/{language}/"
        items = [{"label": label, "url": prefix + path} for label, path in MAIN_NAVIGATION]
        menu = {"lang": None, "items": items}
    current = request.path if request else ""
    home = f"/{language}/"
    return [
        {
            **item,
            "lang": menu["lang"],
            "dir": i18n.language_direction(menu["lang"]) if menu["lang"] else None,
            "active": item["url"].startswith("/")
            and item["url"] not in ("/", home)
            and current.startswith(item["url"]),
        }
        for item in menu["items"]
    ]


def footer(request):
    """The footer's texts and links in the active language: ``about``, ``links_heading``,
    ``links``, ``legal`` and ``lang``/``dir`` when shown untranslated."""
    language = _language()
    data = _cached("footer", language, request)
    if data is None:
        return {
            "lang": None,
            "dir": None,
            "about": _(
                "A shared space for caseworkers, programme managers, policy makers and "
                "researchers working on return and reintegration in host and origin countries."
            ),
            "links_heading": _("Stay informed"),
            "links": [
                {"label": _("About the platform"), "url": f"/{language}/about/"},
                {"label": _("Site map"), "url": "/sitemap.xml"},
            ],
            "legal": _(
                "Content is shared for practitioners' use; check each resource's licence "
                "before reuse."
            ),
        }
    return {**data, "dir": i18n.language_direction(data["lang"]) if data["lang"] else None}


def invalidate(**kwargs):
    """Signal receiver: menus and footers change, or a page they may link to did."""
    bump(CACHE_NAMESPACE)


def _cached(kind, language, request):
    """The ``menu`` or ``footer`` data of ``language``, None when no snippet exists (that too
    is cached, so the built-in fallback costs no query either)."""
    key = versioned_key(CACHE_NAMESPACE, language)
    chrome = cache.get(key)
    if chrome is None:
        chrome = _build(language, request)
        cache.set(key, chrome, CACHE_TIMEOUT)
    return chrome[kind]


def _build(language, request):
    """Menu and footer of ``language`` together: three queries (the two snippets and every
    page they link to, with its translation)."""
    from portal.navigation.models import FooterText, NavigationMenu

    menu = _in_language(NavigationMenu, language)
    footer = _in_language(FooterText, language)
    streams = [s.raw_data for s in (menu and menu.items, footer and footer.links) if s]
    urls = _page_urls(streams, language, request)
    chrome = {"menu": None, "footer": None}
    if menu is not None:
        chrome["menu"] = {"lang": _shown(menu, language), "items": _links(menu.items, urls)}
    if footer is not None:
        chrome["footer"] = {
            "lang": _shown(footer, language),
            "about": footer.about,
            "links_heading": footer.links_heading,
            "links": _links(footer.links, urls),
            "legal": footer.legal,
        }
    return chrome


def _shown(snippet, language):
    """The snippet's language when it is not ``language`` (an untranslated fallback)."""
    shown = snippet.locale.language_code
    return None if shown == language else shown


def _in_language(model, language):
    """The site's snippet of ``model`` (the first created in the default language, else the
    first at all) in ``language``, else that snippet itself; None when there is none. One
    query: a site has one menu and one footer per language."""
    snippets = list(model.objects.select_related("locale").order_by("pk")[:200])
    first = next(
        (s for s in snippets if s.locale_id == i18n.default_locale_id()),
        snippets[0] if snippets else None,
    )
    if first is None:
        return None
    return next(
        (
            s
            for s in snippets
            if s.translation_key == first.translation_key and s.locale.language_code == language
        ),
        first,
    )


def _page_urls(streams, language, request):
    """``{page id: url}`` for the pages the links of ``streams`` (raw data) choose: the URL of
    the page's live translation in ``language``, else of the page itself if live. One query."""
    from django.db.models import Q
    from wagtail.models import Page

    ids = {
        child["value"].get("page")
        for stream in streams
        for child in stream
        if child["type"] == "link" and child["value"].get("page")
    }
    if not ids:
        return {}
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    pages = list(
        Page.objects.filter(
            Q(pk__in=ids) | Q(translation_key__in=keys, locale__language_code=language)
        )
        .live()
        .select_related("locale")
    )
    chosen = {page.translation_key: page for page in pages if page.pk in ids}
    translated = {
        page.translation_key: page for page in pages if page.locale.language_code == language
    }
    urls = {}
    for page in pages:
        if page.pk in ids:
            shown = translated.get(page.translation_key) or chosen[page.translation_key]
            urls[page.pk] = shown.get_url(request)
    return urls


def stream_links(stream, request=None):
    """``[{label, url}]`` of a links StreamField (a page's buttons), page links in the active
    language; one query for all the pages."""
    urls = _page_urls([stream.raw_data], _language(), request)
    return _links(stream, urls)


def _links(stream, urls):
    """``[{label, url}]`` of a links stream; page links whose page is not live are left out."""
    links = []
    for child in stream.raw_data:
        value = child["value"]
        url = urls.get(value.get("page")) if value.get("page") else value.get("url")
        if url:
            links.append({"label": value["label"], "url": url})
    return links


def language_links(request, page=None):
    """One link per language: the page's live translation where there is one, else the
    same path under that language's prefix."""
    current = get_language()
    translations = {}
    if page is not None and getattr(page, "locale_id", None):
        for translation in i18n.live_translations(page):
            translations[translation.locale.language_code] = translation
    links = []
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request)
        else:
            url = translate_url(request.get_full_path() if request else "/", code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return links
