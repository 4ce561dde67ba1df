"""Download counts of existing files move to ``DownloadCount`` on each resource's canonical
page (the default-locale translation, else the oldest), one count per file language.

A translation's or alias's file row was copied from the source page with the source's count
at that moment, then counted its own downloads. To never count a download twice, a copy adds
only what it has above the canonical page's count for the same language (a language the
canonical page has no file in adds its whole count); downloads made on a copy since its
last copy may be under-counted, never doubled."""

from collections import defaultdict

from django.conf import settings
from django.db import migrations


def canonical_ids(Page, Locale, page_ids):
    """``{page id: id of its canonical page}`` (as ``portal.core.i18n.canonical``)."""
    page_ids = set(page_ids)
    if not page_ids:
        return {}
    default = (
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE)
        .values_list("pk", flat=True)
        .first()
    )
    keys = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "translation_key"))
    best = {}
    siblings = Page.objects.filter(translation_key__in=set(keys.values())).order_by("pk")
    for pk, key, locale_id in siblings.values_list("pk", "translation_key", "locale_id"):
        if key not in best or (locale_id == default and best[key][1] != default):
            best[key] = (pk, locale_id)
    return {pk: best[key][0] for pk, key in keys.items()}


def merged_counts(rows, canon):
    """``{(canonical page id, language): downloads}`` from ``rows`` of (page id, language,
    downloads) and ``canon`` (``{page id: canonical page id}``)."""
    own = {}  # (canonical page, language) -> the canonical page's own count
    copies = defaultdict(list)  # (canonical page, language) -> counts of the copies
    for page_id, language, downloads in rows:
        target = (canon.get(page_id, page_id), language)
        if target[0] == page_id:
            own[target] = own.get(target, 0) + downloads
        else:
            copies[target].append(downloads)
    totals = {}
    for target in set(own) | set(copies):
        base = own.get(target, 0)
        totals[target] = base + sum(max(0, n - base) for n in copies.get(target, []))
    return totals


def move_download_counts(apps, schema_editor):
    ResourceFile = apps.get_model("resources", "ResourceFile")
    DownloadCount = apps.get_model("resources", "DownloadCount")
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    rows = list(
        ResourceFile.objects.filter(downloads__gt=0).values_list("page_id", "language", "downloads")
    )
    canon = canonical_ids(Page, Locale, {page_id for page_id, _lang, _n in rows})
    for (page_id, language), downloads in merged_counts(rows, canon).items():
        DownloadCount.objects.update_or_create(
            page_id=page_id, language=language, defaults={"downloads": downloads}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0006_download_counts"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(move_download_counts, migrations.RunPython.noop)]
