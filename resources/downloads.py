"""Download counts of resources' files: one count per publication and file language, shared by
the resource's translations (the French copy of a report counts with the English one).

Counts attach to the resource's canonical page (the default-locale translation,
``portal.core.i18n.canonical``) in ``DownloadCount``; ``ResourceFile`` rows are per
translation and are rewritten when a resource is published, so they hold no count.
"""

from django.db import IntegrityError, transaction
from django.db.models import F

from portal.core.i18n import canonical
from resources.models import DownloadCount


def count_download(file):
    """Add one download of ``file`` (a ``ResourceFile`` of any translation) to its
    resource's count for the file's language."""
    page_id = canonical(file.page).pk
    counter = DownloadCount.objects.filter(page_id=page_id, language=file.language)
    if counter.update(downloads=F("downloads") + 1):
        return
    try:
        with transaction.atomic():
            DownloadCount.objects.create(page_id=page_id, language=file.language, downloads=1)
    except IntegrityError:  # another request created it in between
        counter.update(downloads=F("downloads") + 1)


def download_counts(page):
    """``{file language: downloads}`` of the resource ``page`` (any translation), one query."""
    return dict(
        DownloadCount.objects.filter(page__translation_key=page.translation_key).values_list(
            "language", "downloads"
        )
    )
