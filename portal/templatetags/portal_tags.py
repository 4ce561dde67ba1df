"""Template tags for the site chrome: navigation, language switcher, home sections."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from portal.registry import registry

register = template.Library()

# The main navigation: label and the path below the language prefix.
MAIN_NAVIGATION = [
    (_("Resources"), "resources/"),
    (_("Community"), "community/"),
    (_("Learning"), "learning/"),
    (_("Initiatives map"), "initiatives/"),
    (_("Spotlight"), "spotlight/"),
]


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context, plain=False):
    """The main navigation; ``plain`` renders only the list (for the footer's own nav)."""
    request = context.get("request")
    prefix = f"/{get_language() or settings.LANGUAGE_CODE}/"
    current = request.path if request else ""
    items = []
    for label, path in MAIN_NAVIGATION:
        url = prefix + path
        items.append({"label": label, "url": url, "active": current.startswith(url)})
    return {"items": items, "plain": plain}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in each language (the page's translation where there is one)."""
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    links = []
    translations = {}
    if page is not None and getattr(page, "locale_id", None):
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
    for code, name in settings.LANGUAGES:
        if code in translations:
            url = translations[code].get_url(request)
        else:
            url = translate_url(request.get_full_path() if request else "/", code)
        links.append({"code": code, "name": name, "url": url, "current": code == current})
    return {"links": links, "request": request}


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
def language_direction(code):
    return "rtl" if code in settings.LANGUAGES_BIDI else "ltr"
