"""Groups become translatable (Wagtail's bootstrap steps, 2 of 3): every existing group is the
default locale's version of itself, with a translation key of its own."""

import uuid

from django.conf import settings
from django.db import migrations
from django.db.models import Q


def default_locale(Locale):
    """The ``Locale`` row of ``LANGUAGE_CODE`` (created if the site has none yet)."""
    from django.utils.translation import get_supported_language_variant

    try:
        code = get_supported_language_variant(settings.LANGUAGE_CODE)
    except LookupError:
        code = settings.LANGUAGE_CODE
    return Locale.objects.get_or_create(language_code=code)[0]


def bootstrap_groups(apps, schema_editor):
    """Give each group without a locale or a translation key the default locale and a new key;
    groups that have both are left as they are (running twice changes nothing)."""
    Group = apps.get_model("community", "Group")
    Locale = apps.get_model("wagtailcore", "Locale")
    missing = Group.objects.filter(Q(locale__isnull=True) | Q(translation_key__isnull=True))
    if not missing.exists():
        return
    locale = default_locale(Locale)
    for group in missing.iterator():
        group.locale_id = group.locale_id or locale.pk
        group.translation_key = group.translation_key or uuid.uuid4()
        group.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [("community", "0004_group_bootstrap_translatable")]

    operations = [migrations.RunPython(bootstrap_groups, migrations.RunPython.noop)]
