"""The Global Compact for Migration's objectives: seeding in every locale, and what apps tagged.

``seed_objectives`` is shared by the data migration (with historical models) and the demo
loader; it creates missing objectives and leaves editors' wording alone.
"""

import logging

from django.conf import settings

from portal.core.registry import tagged_content_providers
from portal.taxonomy.gcm_data import OBJECTIVES, translation_key

logger = logging.getLogger(__name__)


def seed_objectives(objective_model, locale_model):
    """Create each of the 23 objectives in every existing locale that has a text for it
    (en, fr, es, ar), with one translation key per objective. Returns how many were made."""
    created = 0
    for locale in locale_model.objects.all():
        language = locale.language_code
        for number, versions in enumerate(OBJECTIVES, start=1):
            text = versions.get(language) or versions[settings.LANGUAGE_CODE]
            _obj, made = objective_model.objects.get_or_create(
                locale=locale,
                translation_key=translation_key(number),
                defaults={"number": number, "title": text[0], "description": text[1]},
            )
            created += made
    return created


def tagged_sections(request, objective, limit=20):
    """What the registered apps tagged with ``objective``: one section per provider with
    items (dicts with url, title and optionally meta and summary). A provider that fails is
    left out (the page still renders)."""
    sections = []
    for provider in tagged_content_providers():
        try:
            items = list(provider.provider(request, objective, limit))
        except Exception:  # one app's failure must not break the objective's page
            logger.exception("tagged content provider %s failed", provider.key)
            continue
        if items:
            sections.append({"key": provider.key, "label": provider.label, "items": items})
    return sections
