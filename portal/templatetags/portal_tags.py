"""Template tags for the site chrome: navigation, language switcher, home sections."""

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.safestring import mark_safe

from portal.core import i18n
from portal.core.registry import registry
from portal.navigation.menus import footer, language_links, main_navigation
from portal.pages import sections

register = template.Library()


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context, plain=False):
    """The main navigation; ``plain`` renders only the list (for the footer's own nav)."""
    return {"items": main_navigation(context.get("request")), "plain": plain}


@register.inclusion_tag("includes/site_footer.html", takes_context=True)
def site_footer(context):
    """The footer: the editors' footer text and links in the visitor's language, and the menu."""
    request = context.get("request")
    return {"footer": footer(request), "request": request, "SITE_NAME": context.get("SITE_NAME")}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in each language (the page's translation where there is one)."""
    request = context.get("request")
    return {"links": language_links(request, context.get("page")), "request": request}


@register.simple_tag(takes_context=True)
def home_section(context, value):
    """Render a home page listing section through the app that registered its source; the
    HTML is cached per language, site and the section's ``vary`` until content changes."""
    section = registry.home_sections.get(value["source"])
    request = context.get("request")
    key = sections.cache_key(section, value, request)
    html = cache.get(key) if key else None
    if html is None:
        items, more_url, template_name = [], None, "portal/blocks/listing_section.html"
        if section is not None:
            items = list(section.provider(request, value["count"]))
            more_url = section.more_url(request) if section.more_url else None
            template_name = section.template
        html = template.loader.render_to_string(
            template_name,
            {"items": items, "value": value, "section": section, "more_url": more_url},
            request=request,
        )
        if key:
            cache.set(key, str(html), sections.CACHE_TIMEOUT)
    return mark_safe(html)  # noqa: S308 - rendered by the template above (escaped there)


@register.filter
def number(value, decimal_places=None):
    """``value`` grouped by thousands the active language's way (64,958 / 64 958 / 64.958)."""
    try:
        return i18n.format_number(value, decimal_places)
    except (TypeError, ValueError):
        return value


def _memo(context):
    """A per-request dict for :func:`portal.core.i18n.text_language` (one listing, few queries)."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_i18n_memo"):
        request._i18n_memo = {}
    return request._i18n_memo


@register.simple_tag(takes_context=True)
def content_lang(context, obj=None):
    """``lang``/``dir`` attributes for an element showing ``obj``'s text, when that text is
    in another language than the page around it (an untranslated fallback); else nothing.

    ``obj`` is the current page by default; it may also be another page, a translatable
    snippet, a home-section item (``{"lang": …}``), a search hit or a language code."""
    if obj is None:
        obj = context.get("page")
    return i18n.lang_attributes(i18n.text_language(obj, _memo(context)))


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context, page=None):
    """``<link rel="alternate" hreflang>`` for each real translation of the page (aliases,
    which show another language's text, are left out) and ``x-default``: the default
    language's version, else the oldest real one. Nothing for a page with no other real
    translation."""
    page = page if page is not None else context.get("page")
    if page is None or getattr(page, "translation_key", None) is None:
        return {"links": [], "default": None}
    pages = sorted(i18n.real_translations(page), key=lambda p: p.pk)
    if len(pages) < 2:
        return {"links": [], "default": None}
    request = context.get("request")
    links = [{"code": p.locale.language_code, "url": p.get_full_url(request)} for p in pages]
    default = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), links[0])
    return {"links": sorted(links, key=lambda link: link["code"]), "default": default}


@register.inclusion_tag("includes/fallback_notice.html", takes_context=True)
def fallback_notice(context, page=None):
    """A short note, in the visitor's language, above a page shown in another language
    because it is not translated yet, with links to the versions that exist."""
    page = page if page is not None else context.get("page")
    if page is None or not i18n.is_fallback(page):
        return {"show": False}
    names = dict(settings.LANGUAGES)
    request = context.get("request")
    versions = [
        {
            "code": code,
            "name": names.get(code, code),
            "dir": i18n.language_direction(code),
            "url": p.get_url(request),
        }
        for p in i18n.real_translations(page)
        if (code := p.locale.language_code) != page.locale.language_code
    ]
    versions.sort(key=lambda v: [c for c, _n in settings.LANGUAGES].index(v["code"]))
    return {"show": True, "versions": versions}


@register.simple_tag
def date_shown(value, precision="day"):
    """A date as ``<time>`` in the language's format; the year alone when only the year is
    known (``precision`` "year": "2020", not "1 January 2020"). Nothing for no date."""
    from django.utils.formats import date_format
    from django.utils.html import format_html

    if not value:
        return ""
    if precision == "year":
        return format_html('<time datetime="{}">{}</time>', f"{value.year:04d}", value.year)
    return format_html(
        '<time datetime="{}">{}</time>', value.isoformat()[:10], date_format(value, "DATE_FORMAT")
    )
