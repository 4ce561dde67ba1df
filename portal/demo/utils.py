"""Helpers for idempotent demo content, shared by every app's demo loader."""

from django.db import transaction
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, Page


def english():
    return Locale.objects.get(language_code="en")


def ensure_page(parent, model, slug, **fields):
    """Create or update the child of ``parent`` with ``slug`` as a published ``model`` page.

    A page of another type at the same slug (a placeholder) is replaced.
    """
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None and existing.specific_class is not model:
        existing.delete()
        existing = None
    with transaction.atomic():
        if existing is None:
            page = model(slug=slug, **fields)
            parent.add_child(instance=page)
        else:
            page = existing.specific
            for name, value in fields.items():
                setattr(page, name, value)
        revision = page.save_revision(log_action=False)
        revision.publish(log_action=False)
    page.refresh_from_db()
    return page


def sync_locales(root_page):
    """Give every page below ``root_page`` an alias in each other locale, so all languages
    show the English content until a translator replaces it (wagtail-localize)."""
    created = 0
    for locale in Locale.objects.exclude(pk=root_page.locale_id):
        pages = Page.objects.descendant_of(root_page, inclusive=True).filter(
            locale=root_page.locale
        )
        for page in pages.order_by("path"):
            if not page.get_translations().filter(locale=locale).exists():
                page.specific.copy_for_translation(locale, copy_parents=True, alias=True)
                created += 1
    return created


def sync_snippet_locales(model):
    """Copy each English snippet of ``model`` into the other locales where it is missing."""
    created = 0
    source = english()
    for locale in Locale.objects.exclude(pk=source.pk):
        for obj in model.objects.filter(locale=source):
            if not model.objects.filter(
                translation_key=obj.translation_key, locale=locale
            ).exists():
                obj.copy_for_translation(locale).save()
                created += 1
    return created


def translate_page(page, language_code, **fields):
    """Give ``page`` a real translation in ``language_code`` with ``fields`` set (title, body…),
    published. An alias there (the untranslated fallback) is converted into its own page; an
    existing translation is updated, so loaders stay idempotent. Returns the specific page."""
    locale = Locale.objects.get(language_code=language_code)
    target = page.get_translations().filter(locale=locale).first()
    if target is None:
        target = page.specific.copy_for_translation(locale, copy_parents=True, alias=True)
    target = target.specific
    with transaction.atomic():
        if target.alias_of_id:
            ConvertAliasPageAction(target, log_action=None).execute(skip_permission_checks=True)
            target = type(target).objects.get(pk=target.pk)
        for name, value in fields.items():
            setattr(target, name, value)
        revision = target.save_revision(log_action=False)
        revision.publish(log_action=False)
    target.refresh_from_db()
    return target


def translate_snippet(obj, language_code, **fields):
    """Set ``fields`` on ``obj``'s translation in ``language_code`` (created when missing)."""
    locale = Locale.objects.get(language_code=language_code)
    model = type(obj)
    target = model.objects.filter(translation_key=obj.translation_key, locale=locale).first()
    if target is None:
        target = obj.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(target, name, value)
    target.save()
    return target
