"""One thing in four languages: the language-independent identity of translated content,
which language a piece of content is really written in, and locale number formatting.

A page (or translatable snippet) exists once per locale. People's state — registrations,
enrolments, progress, memberships, download counts — attaches to the *canonical* object: the
translation in the default locale (``LANGUAGE_CODE``) when there is one, else the oldest. Pages
that are aliases of a page in another locale show that page's text: they are *fallbacks*.
"""

from functools import lru_cache

from django.conf import settings
from django.utils import translation
from django.utils.formats import get_format
from django.utils.html import format_html


@lru_cache(maxsize=1)
def _default_locale_id():
    from wagtail.models import Locale

    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    return locale.pk if locale else None


def default_locale_id():
    """The primary key of the default locale's ``Locale`` row (cached per process)."""
    locale_id = _default_locale_id()
    if locale_id is None:
        _default_locale_id.cache_clear()
    return locale_id


def canonical(obj):
    """The one object that state attaches to: ``obj``'s translation in the default locale,
    else its oldest translation, else ``obj`` itself. Works for pages and translatable
    snippets; returns the specific page for pages."""
    if obj is None or getattr(obj, "translation_key", None) is None:
        return obj
    if obj.locale_id == default_locale_id():
        return obj
    model = type(obj)
    from wagtail.models import Page

    if isinstance(obj, Page):
        model = Page
    siblings = model.objects.filter(translation_key=obj.translation_key)
    found = (
        siblings.filter(locale_id=default_locale_id()).first() or siblings.order_by("pk").first()
    )
    if found is None:
        return obj
    return found.specific if isinstance(found, Page) else found


def localized(obj):
    """``obj``'s translation in the active language, else ``obj`` (Wagtail's ``.localized``)."""
    if obj is None or getattr(obj, "translation_key", None) is None:
        return obj
    return obj.localized


def content_language(page):
    """The language code of the text ``page`` shows: for an alias of a page in another locale
    (an untranslated copy), the source page's language."""
    if page is None or not getattr(page, "locale_id", None):
        return translation.get_language() or settings.LANGUAGE_CODE
    cached = getattr(page, "_content_language", None)
    if cached is not None:  # asked again for the same instance (title, summary, body…)
        return cached
    code = None
    if getattr(page, "alias_of_id", None):
        from wagtail.models import Page

        code = (
            Page.objects.filter(pk=page.alias_of_id)
            .values_list("locale__language_code", flat=True)
            .first()
        )
    code = code or locale_code(page)
    page._content_language = code
    return code


def is_fallback(page):
    """True when ``page`` shows text in another language than its own locale's."""
    if page is None or not getattr(page, "alias_of_id", None):
        return False
    return content_language(page) != locale_code(page)


def locale_code(obj):
    """The language code of ``obj``'s locale (a page or snippet): no query for the default
    locale, else the loaded ``locale`` (``select_related("locale")`` in listings)."""
    if obj.locale_id == default_locale_id():
        return settings.LANGUAGE_CODE
    return obj.locale.language_code


def real_translations(page):
    """``page``'s live translations (itself included) that are written in their own language:
    aliases of another locale's page are left out (for ``hreflang`` alternates)."""
    cached = getattr(page, "_real_translations", None)
    if cached is not None:  # hreflang and the fallback notice both ask
        return cached
    pages = live_translations(page)
    found = [p for p in pages if p.alias_of_id is None or p.alias_of.locale_id == p.locale_id]
    page._real_translations = found
    return found


def live_translations(page):
    """``page``'s live translations, itself and aliases included, with their locales: one
    query per page and request (the language switcher and ``hreflang`` both ask)."""
    from wagtail.models import Page

    cached = getattr(page, "_live_translations", None)
    if cached is None:
        cached = page._live_translations = list(
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale", "alias_of__locale")
        )
    return cached


def language_direction(code):
    """``"rtl"`` for a right-to-left language code, else ``"ltr"``."""
    return "rtl" if code in getattr(settings, "LANGUAGES_BIDI", ()) else "ltr"


def active_language():
    """The active language as a content locale code ("fr", "ar"…; the default one if none)."""
    from wagtail.coreutils import get_supported_content_language_variant

    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def lang_attributes(language):
    """`` lang="…" dir="…"`` for an element whose text is in ``language`` when that is not the
    active language, else ""."""
    if not language or language == active_language():
        return ""
    return format_html(' lang="{}" dir="{}"', language, language_direction(language))


def format_number(value, decimal_places=None, language=None):
    """``value`` with the thousands separator of ``language`` (the active one by default):
    ``64,958`` in English and Arabic, ``64 958`` in French (narrow no-break space),
    ``64.958`` in Spanish. Years and identifiers should not go through here."""
    from django.utils.numberformat import format as number_format

    language = language or translation.get_language() or settings.LANGUAGE_CODE
    with translation.override(language):
        return number_format(
            value,
            get_format("DECIMAL_SEPARATOR", use_l10n=True),
            decimal_pos=decimal_places,
            grouping=get_format("NUMBER_GROUPING", use_l10n=True),
            thousand_sep=get_format("THOUSAND_SEPARATOR", use_l10n=True),
            force_grouping=True,
            use_l10n=True,
        )


def _locale_codes():
    """``{locale id: language code}`` (a handful of rows, read on each call that needs it)."""
    from wagtail.models import Locale

    return dict(Locale.objects.values_list("pk", "language_code"))


def _text_fields(model):
    """The text an editor translates on a snippet: its character and text fields, slugs and
    keys left out."""
    from django.db import models

    return [
        f.attname
        for f in model._meta.concrete_fields
        if isinstance(f, (models.CharField, models.TextField))
        and not isinstance(f, models.SlugField)
        and not f.primary_key
    ]


def untranslated_keys(model, locale_id):
    """The ``translation_key``s of ``model``'s rows in ``locale_id`` that are still copies of
    the default locale's row (every text field identical), as ``sync_snippet_locales`` and
    wagtail-localize leave them before anyone translates: their text is in the source
    language. Two queries."""
    if locale_id is None or locale_id == default_locale_id():
        return frozenset()
    fields = _text_fields(model)
    rows = {
        key: tuple(values)
        for key, *values in model.objects.filter(locale_id=locale_id).values_list(
            "translation_key", *fields
        )
    }
    sources = model.objects.filter(locale_id=default_locale_id(), translation_key__in=list(rows))
    return frozenset(
        key
        for key, *values in sources.values_list("translation_key", *fields)
        if tuple(values) == rows[key]
    )


def text_language(obj, memo=None):
    """The language ``obj``'s text is written in, or None when unknown.

    ``obj`` may be a page (an alias shows its source's language), a translatable snippet (a
    row still identical to the default locale's is in that language: see
    :func:`untranslated_keys`), a dict with ``"lang"`` (home-section items), an object with a
    ``language`` code (search hits) or a language code itself. ``memo`` (a dict, e.g. kept
    on the request) saves repeated queries over one listing."""
    from wagtail.models import Page

    memo = {} if memo is None else memo
    if obj is None or obj == "":
        return None
    if isinstance(obj, str):
        return obj
    if isinstance(obj, dict):
        return obj.get("lang") or None
    if isinstance(obj, Page):
        return content_language(obj)
    if getattr(obj, "translation_key", None) is not None and getattr(obj, "locale_id", None):
        if obj.locale_id == default_locale_id():
            return settings.LANGUAGE_CODE
        key = ("copies", type(obj)._meta.label, obj.locale_id)
        if key not in memo:
            memo[key] = untranslated_keys(type(obj), obj.locale_id)
        if obj.translation_key in memo[key]:
            return settings.LANGUAGE_CODE
        if "locales" not in memo:
            memo["locales"] = _locale_codes()
        return memo["locales"].get(obj.locale_id)
    language = getattr(obj, "language", None)
    return language if isinstance(language, str) and language else None


def translation_in(page, language):
    """``page``'s live translation in ``language`` (a real one or the locale's alias, which
    shows the fallback notice), else ``page`` itself: where a link meant for a reader of
    ``language`` should go (emails)."""
    if page is None or getattr(page, "translation_key", None) is None:
        return page
    if getattr(getattr(page, "locale", None), "language_code", None) == language:
        return page
    from wagtail.models import Page

    found = (
        Page.objects.filter(translation_key=page.translation_key, locale__language_code=language)
        .live()
        .first()
    )
    return found.specific if found is not None else page


def url_in_language(url, language):
    """``url`` (a path or an absolute URL under a language prefix, e.g. ``/fr/accounts/…``)
    under ``language``'s prefix instead, for Django views (allauth, community). Wagtail pages
    may have other slugs in other languages: use :func:`translation_in` for them."""
    from urllib.parse import urlsplit

    from django.urls import translate_url

    segments = urlsplit(url).path.split("/")
    current = segments[1] if len(segments) > 2 else ""
    if current == language or current not in {code for code, _name in settings.LANGUAGES}:
        return url
    with translation.override(current):  # the prefix resolves in its own language only
        return translate_url(url, language)
