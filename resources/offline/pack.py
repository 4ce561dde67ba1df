"""The ZIP of an offline pack: ``pdfs/…``, a self-contained ``index.html`` and
``resources.csv``, written in the active language (the member's)."""

import csv
import io
import shutil
import zipfile

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.models import Page

from resources.services import facet_labels

CSV_HEADER = [
    "title",
    "date",
    "type",
    "themes",
    "publisher",
    "authors",
    "summary",
    "languages",
    "files",
    "url",
]


def _date(page):
    if page.publication_date:
        return page.publication_date.isoformat()
    return str(page.publication_year) if page.publication_year else ""


def _languages(pages):
    """{page pk: language of its text}: an untranslated copy (alias) shows its source's."""
    sources = dict(
        Page.objects.filter(pk__in=[p.alias_of_id for p in pages if p.alias_of_id]).values_list(
            "pk", "locale__language_code"
        )
    )
    return {p.pk: sources.get(p.alias_of_id) or p.locale.language_code for p in pages}


def _paths(plan):
    """{ResourceFile pk: its path in the ZIP}: ``pdfs/<resource slug>-<language>.pdf``."""
    paths, taken = {}, set()
    for page, file in plan.files:
        stem = f"pdfs/{(slugify(page.slug) or 'resource')[:60]}-{file.language or 'file'}"
        path, n = f"{stem}.pdf", 1
        while path in taken:
            n += 1
            path = f"{stem}-{n}.pdf"
        taken.add(path)
        paths[file.pk] = path
    return paths


def _items(plan, written):
    """One dict per resource for ``index.html`` and the CSV; ``written`` the ZIP's PDFs."""
    themes = facet_labels("theme")
    languages = _languages(plan.resources)
    files_of = {}
    for page, file in plan.files:
        if file.pk in written:
            files_of.setdefault(page.pk, []).append(
                {"path": written[file.pk], "language": file.language}
            )
    items = []
    for page in plan.resources:
        theme_names = sorted(themes.get(t.slug, t.name) for t in page.themes.all())
        item = {
            "title": page.title,
            "date": _date(page),
            "year": page.year_display,
            "type": str(page.get_resource_type_display()),
            "themes": theme_names,
            "publisher": page.publisher,
            "authors": page.authors,
            "summary": page.summary,
            "url": page.get_full_url() or "",
            "files": files_of.get(page.pk, []),
            "lang": languages[page.pk],
            "dir": "rtl" if languages[page.pk] in settings.LANGUAGES_BIDI else "ltr",
        }
        item["search"] = " ".join(
            [page.title, page.summary, page.publisher, page.authors, item["type"], item["date"]]
            + theme_names
        ).lower()
        items.append(item)
    return items


def csv_text(items):
    """The resources' metadata as CSV (UTF-8, a header row, one row per resource)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_HEADER)
    for item in items:
        writer.writerow(
            [
                item["title"],
                item["date"],
                item["type"],
                "; ".join(item["themes"]),
                item["publisher"],
                item["authors"],
                item["summary"],
                " ".join(f["language"] for f in item["files"]),
                " ".join(f["path"] for f in item["files"]),
                item["url"],
            ]
        )
    return out.getvalue()


def index_html(plan, items):
    """The pack's ``index.html``: every resource listed, searchable offline (inline CSS and
    script, nothing loaded from anywhere), in the active language and direction."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return render_to_string(
        "resources/offline/pack_index.html",
        {
            "items": items,
            "language": language,
            "rtl": translation.get_language_bidi(),
            "site_name": settings.SITE_NAME,
            "listing_url": plan.index.get_full_url() or "",
            "params": plan.params,
            "generated": timezone.now(),
        },
    )


def write(plan, handle):
    """Write the pack of ``plan`` as a ZIP into the binary file ``handle``: the PDFs (stored,
    they are compressed already), then the page and the CSV that list them. A file missing
    from storage is left out of the ZIP and shown without a link. Returns the PDFs written."""
    stamp = timezone.localtime().timetuple()[:6]
    paths, written = _paths(plan), {}
    with zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        for file in (file for _page, file in plan.files):
            info = zipfile.ZipInfo(paths[file.pk], date_time=stamp)
            info.compress_type = zipfile.ZIP_STORED
            try:
                source = file.document.file.open("rb")
            except OSError:
                continue
            with source, archive.open(info, "w", force_zip64=True) as target:
                shutil.copyfileobj(source, target, 1024 * 1024)
            written[file.pk] = paths[file.pk]
        items = _items(plan, written)
        archive.writestr(
            zipfile.ZipInfo("index.html", stamp), index_html(plan, items), zipfile.ZIP_DEFLATED
        )
        archive.writestr(
            zipfile.ZipInfo("resources.csv", stamp), csv_text(items), zipfile.ZIP_DEFLATED
        )
    return len(written)
