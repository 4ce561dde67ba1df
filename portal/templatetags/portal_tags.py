"""Template tags for the site chrome: navigation, language switcher, home sections."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html

from portal.core import i18n
from portal.core.registry import registry
from portal.navigation.menus import language_links, main_navigation

register = template.Library()


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context, plain=False):
    """The main navigation; ``plain`` renders only the list (for the footer's own nav)."""
    return {"items": main_navigation(context.get("request")), "plain": plain}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in each language (the page's translation where there is one)."""
    request = context.get("request")
    return {"links": language_links(request, context.get("page")), "request": request}


@register.simple_tag(takes_context=True)
def home_section(context, value):
    """Render a home page listing section through the app that registered its source."""
    section = registry.home_sections.get(value["source"])
    request = context.get("request")
    items, more_url, template_name = [], None, "portal/blocks/listing_section.html"
    if section is not None:
        items = list(section.provider(request, value["count"]))
        more_url = section.more_url(request) if section.more_url else None
        template_name = section.template
    return template.loader.render_to_string(
        template_name,
        {"items": items, "value": value, "section": section, "more_url": more_url},
        request=request,
    )


@register.filter
def number(value, decimal_places=None):
    """``value`` grouped by thousands the active language's way (64,958 / 64 958 / 64.958)."""
    try:
        return i18n.format_number(value, decimal_places)
    except (TypeError, ValueError):
        return value


@register.simple_tag(takes_context=True)
def content_lang(context, page=None):
    """``lang``/``dir`` attributes for an element showing ``page``'s text, when that text is
    in another language than the page around it (an untranslated fallback); else nothing."""
    page = page if page is not None else context.get("page")
    code = i18n.content_language(page)
    if code == (translation.get_language() or settings.LANGUAGE_CODE):
        return ""
    return format_html(' lang="{}" dir="{}"', code, i18n.language_direction(code))
