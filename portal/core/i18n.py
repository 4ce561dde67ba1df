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
    if getattr(page, "alias_of_id", None):
        from wagtail.models import Page

        source = Page.objects.filter(pk=page.alias_of_id).select_related("locale").first()
        if source is not None:
            return source.locale.language_code
    return page.locale.language_code


def is_fallback(page):
    """True when ``page`` shows text in another language than its own locale's."""
    if page is None or not getattr(page, "alias_of_id", None):
        return False
    return content_language(page) != page.locale.language_code


def real_translations(page):
    """``page``'s live translations (itself included) that are written in their own language:
    aliases of another locale's page are left out (for ``hreflang`` alternates)."""
    from wagtail.models import Page

    pages = (
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .select_related("locale", "alias_of__locale")
    )
    return [p for p in pages if p.alias_of_id is None or p.alias_of.locale_id == p.locale_id]


def language_direction(code):
    """``"rtl"`` for a right-to-left language code, else ``"ltr"``."""
    return "rtl" if code in getattr(settings, "LANGUAGES_BIDI", ()) else "ltr"


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
