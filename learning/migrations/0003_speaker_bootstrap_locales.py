"""Speakers become translatable (Wagtail's bootstrap steps, 2 of 3): every existing speaker
is the default locale's version of itself, with a translation key of its own (what
``wagtail.models.BootstrapTranslatableModel`` does, creating the default locale when a site
has none yet)."""

from django.conf import settings
from django.db import migrations
from django.db.models import Q
from wagtail.models import bootstrap_translatable_model


def bootstrap_speakers(apps, schema_editor):
    """Speakers without a locale or translation key get the default locale and a new key;
    running twice changes nothing."""
    Speaker = apps.get_model("learning", "Speaker")
    Locale = apps.get_model("wagtailcore", "Locale")
    missing = Speaker.objects.filter(Q(locale__isnull=True) | Q(translation_key__isnull=True))
    if not missing.exists():
        return
    from wagtail.coreutils import get_supported_content_language_variant

    locale = Locale.objects.get_or_create(
        language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
    )[0]
    missing.filter(translation_key__isnull=False, locale__isnull=True).update(locale=locale)
    bootstrap_translatable_model(Speaker, locale)


class Migration(migrations.Migration):
    dependencies = [("learning", "0002_speaker_translatable_bootstrap")]

    operations = [migrations.RunPython(bootstrap_speakers, migrations.RunPython.noop)]
