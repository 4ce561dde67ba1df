"""Bulk import of resources from a CSV file (``manage.py import_resources``).

Each row is checked in full before anything is written; a bad row is rejected with every
reason found, the others go ahead. Rows are matched to existing resources by their ``id``
column (the page slug) or, when that is empty, by DOI, so that re-running the same file
updates resources instead of duplicating them, and an unchanged row writes nothing.
See docs/resources.md, section "Bulk import", for the column template.
"""

import csv
import datetime
import hashlib
import os
import re
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.text import slugify
from django_countries import countries

from portal.taxonomy.data import CONTENT_LANGUAGES, REGIONS
from resources.contributions import RESERVED_SLUGS
from resources.models import MIN_YEAR, ResourceFile, ResourcePage, ResourceType

COLUMNS = [
    "id",
    "title",
    "summary",
    "authors",
    "publisher",
    "year",
    "date",
    "type",
    "themes",
    "regions",
    "countries",
    "iom",
    "doi",
    "isbn",
    "external_url",
    "file",
    "file_language",
]
REQUIRED_COLUMNS = {"title"}
LIST_SEPARATOR = "|"
TRUE = {"yes", "y", "true", "1", "iom"}
FALSE = {"no", "n", "false", "0", "external", ""}
FILE_TYPES = {"pdf", "docx"}
SLUG_RE = re.compile(r"^[-a-z0-9]+$")


@dataclass
class RowResult:
    line: int
    action: str  # created, updated, unchanged, rejected
    key: str = ""
    title: str = ""
    reasons: list = field(default_factory=list)


@dataclass
class Report:
    rows: list = field(default_factory=list)
    dry_run: bool = False

    def count(self, action):
        return sum(1 for row in self.rows if row.action == action)

    @property
    def summary(self):
        prefix = "Dry run, nothing saved. " if self.dry_run else ""
        return prefix + ", ".join(
            f"{action}: {self.count(action)}"
            for action in ("created", "updated", "unchanged", "rejected")
        )

    def lines(self):
        for row in self.rows:
            text = f"line {row.line}: {row.action}"
            if row.key:
                text += f" {row.key}"
            if row.title:
                text += f" ({row.title[:60]})"
            if row.reasons:
                text += " — " + "; ".join(row.reasons)
            yield text
        yield self.summary


class ImportFileError(Exception):
    """The file as a whole cannot be imported (missing columns, unreadable)."""


def _split(value):
    return [part.strip() for part in (value or "").split(LIST_SEPARATOR) if part.strip()]


def _lookup(table, value):
    """Find ``value`` among (code, label) pairs, by code or label, ignoring case."""
    needle = value.strip().casefold()
    for code, label in table:
        if needle in (str(code).casefold(), str(label).casefold()):
            return code
    return None


class RowParser:
    """Turns one CSV row into validated field values, collecting every problem."""

    def __init__(self, base_dir, themes):
        self.base_dir = base_dir
        self.themes = themes  # slug and name (casefolded) -> Theme
        self.country_table = list(countries)
        self.max_year = datetime.date.today().year + 1

    def parse(self, raw):
        row = {k.strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        errors = []
        values = {}
        title = row.get("title", "")
        if not title:
            errors.append("missing title")
        elif len(title) > 255:
            errors.append("title longer than 255 characters")
        values["title"] = title
        values["summary"] = row.get("summary", "")
        values["authors"] = row.get("authors", "")[:500]
        values["publisher"] = row.get("publisher", "")[:200]

        key = row.get("id", "")
        if key and not SLUG_RE.match(key):
            errors.append(f"bad id “{key}”: use lower-case letters, digits and hyphens")
        values["slug"] = key or slugify(title)[:80]
        if values["slug"] in RESERVED_SLUGS:
            errors.append(f"id “{values['slug']}” is reserved for a page of the resource index")

        year, date = row.get("year", ""), row.get("date", "")
        values["publication_year"] = None
        values["publication_date"] = None
        if year:
            if not year.isdigit():
                errors.append(f"bad year “{year}”")
            elif not MIN_YEAR <= int(year) <= self.max_year:
                errors.append(f"year {year} outside {MIN_YEAR}–{self.max_year}")
            else:
                values["publication_year"] = int(year)
        if date:
            try:
                parsed = datetime.date.fromisoformat(date)
            except ValueError:
                errors.append(f"bad date “{date}” (use YYYY-MM-DD)")
            else:
                if not MIN_YEAR <= parsed.year <= self.max_year:
                    errors.append(f"date {date} outside {MIN_YEAR}–{self.max_year}")
                elif values["publication_year"] and values["publication_year"] != parsed.year:
                    errors.append(f"year {year} does not match date {date}")
                else:
                    values["publication_date"] = parsed
                    values["publication_year"] = parsed.year

        kind = row.get("type", "")
        resource_type = _lookup(ResourceType.choices, kind) if kind else ResourceType.REPORT
        if resource_type is None:
            errors.append(f"unknown type “{kind}”")
        values["resource_type"] = resource_type

        themes = []
        for name in _split(row.get("themes")):
            theme = self.themes.get(name.casefold())
            if theme is None:
                errors.append(f"unknown theme “{name}”")
            else:
                themes.append(theme)
        values["themes"] = themes

        regions = []
        for name in _split(row.get("regions")):
            code = _lookup(REGIONS, name)
            if code is None:
                errors.append(f"unknown region “{name}”")
            else:
                regions.append(code)
        values["regions"] = regions

        codes = []
        for name in _split(row.get("countries")):
            code = _lookup(self.country_table, name)
            if code is None:
                errors.append(f"unknown country “{name}”")
            elif code not in codes:
                codes.append(code)
        values["countries"] = codes

        iom = row.get("iom", "").lower()
        if iom not in TRUE | FALSE:
            errors.append(f"bad iom value “{row.get('iom')}” (use yes or no)")
        values["is_iom"] = iom in TRUE

        values["doi"] = row.get("doi", "")[:200]
        isbn = row.get("isbn", "")
        if len(isbn) > 20:
            errors.append("ISBN longer than 20 characters")
        values["isbn"] = isbn[:20]
        url = row.get("external_url", "")
        if url:
            try:
                URLValidator(schemes=["http", "https"])(url)
            except ValidationError:
                errors.append(f"bad external_url “{url}”")
        values["external_url"] = url

        values["file"] = None
        path = row.get("file", "")
        language = row.get("file_language", "") or "en"
        if path:
            file_error = self._check_file(path)
            if file_error:
                errors.append(file_error)
            else:
                values["file"] = os.path.join(self.base_dir, path)
            if _lookup(CONTENT_LANGUAGES, language) is None:
                errors.append(f"unknown file_language “{language}”")
            else:
                language = _lookup(CONTENT_LANGUAGES, language)
        values["file_language"] = language
        return values, errors

    def _check_file(self, path):
        from portal.security.uploads import validate_document_upload

        full = os.path.normpath(os.path.join(self.base_dir, path))
        if os.path.isabs(path) or not full.startswith(os.path.normpath(self.base_dir) + os.sep):
            return f"file “{path}” must be a path inside the CSV file's folder"
        if not os.path.isfile(full):
            return f"file “{path}” not found"
        with open(full, "rb") as handle:
            try:
                validate_document_upload(File(handle, name=full), allowed=FILE_TYPES)
            except ValidationError as error:
                return f"file “{path}”: " + " ".join(error.messages)
        return None


SCALAR_FIELDS = (
    "title",
    "summary",
    "authors",
    "publisher",
    "publication_year",
    "publication_date",
    "resource_type",
    "is_iom",
    "doi",
    "isbn",
    "external_url",
)


def _file_hash(path):
    digest = hashlib.sha1()  # noqa: S324 - Wagtail's document file_hash is SHA-1
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()


class Importer:
    def __init__(self, index_page, dry_run=False):
        from portal.models import Region, Theme

        self.index = index_page
        self.dry_run = dry_run
        self.themes = {}
        for theme in Theme.objects.filter(locale=index_page.locale):
            self.themes[theme.slug.casefold()] = theme
            self.themes[theme.name.casefold()] = theme
        self.regions = {r.code: r for r in Region.objects.all()}

    def run(self, path):
        report = Report(dry_run=self.dry_run)
        base_dir = os.path.dirname(os.path.abspath(path))
        parser = RowParser(base_dir, self.themes)
        try:
            handle = open(path, encoding="utf-8-sig", newline="")  # noqa: SIM115
        except OSError as error:
            raise ImportFileError(f"cannot read {path}: {error.strerror}") from error
        with handle:
            try:
                reader = csv.DictReader(handle)
                header = {h.strip().lower() for h in reader.fieldnames or [] if h}
                missing = REQUIRED_COLUMNS - header
                if missing:
                    raise ImportFileError("missing column(s): " + ", ".join(sorted(missing)))
                unknown = header - set(COLUMNS)
                if unknown:
                    raise ImportFileError(
                        "unknown column(s): "
                        + ", ".join(sorted(unknown))
                        + " (see docs/resources.md)"
                    )
                rows = list(reader)
            except (csv.Error, UnicodeDecodeError) as error:
                raise ImportFileError(
                    f"{path} is not a readable UTF-8 CSV file: {error}"
                ) from error
        with transaction.atomic():
            seen = {}
            for number, raw in enumerate(rows, start=2):
                if not any((v or "").strip() for v in raw.values() if isinstance(v, str)):
                    continue  # blank line
                values, errors = parser.parse(raw)
                slug = values["slug"]
                if slug in seen:
                    errors.append(f"id “{slug}” already used on line {seen[slug]}")
                elif slug:
                    seen[slug] = number
                if errors:
                    report.rows.append(
                        RowResult(number, "rejected", slug, values.get("title", ""), errors)
                    )
                    continue
                try:
                    with transaction.atomic():
                        action = self.save(values)
                except ValidationError as error:
                    report.rows.append(
                        RowResult(number, "rejected", slug, values["title"], error.messages)
                    )
                    continue
                report.rows.append(RowResult(number, action, slug, values["title"]))
            if self.dry_run:
                transaction.set_rollback(True)
        return report

    def find(self, values):
        children = ResourcePage.objects.child_of(self.index)
        page = children.filter(slug=values["slug"]).first()
        if page is None and values["doi"]:
            page = children.filter(doi__iexact=values["doi"]).first()
        return page

    def save(self, values):
        page = self.find(values)
        created = page is None
        if created:
            page = ResourcePage(slug=values["slug"], locale=self.index.locale)
        else:
            page = page.get_latest_revision_as_object()
            if self._unchanged(page, values):
                return "unchanged"
        for name in SCALAR_FIELDS:
            setattr(page, name, values[name])
        page.countries = values["countries"]
        page.themes = values["themes"]
        page.regions = [self.regions[c] for c in values["regions"] if c in self.regions]
        if values["file"] and not self.dry_run:
            self._attach_file(page, values["file"], values["file_language"])
        if created:
            self.index.add_child(instance=page)
        page.save_revision(log_action=False).publish(log_action=False)
        return "created" if created else "updated"

    def _unchanged(self, page, values):
        if any(getattr(page, name) != values[name] for name in SCALAR_FIELDS):
            return False
        if sorted(c.code for c in page.countries) != sorted(values["countries"]):
            return False
        if {t.pk for t in page.themes.all()} != {t.pk for t in values["themes"]}:
            return False
        if {r.code for r in page.regions.all()} != set(values["regions"]):
            return False
        if values["file"]:
            current = {f.language: f.document for f in page.files.all()}
            document = current.get(values["file_language"])
            if document is None or document.file_hash != _file_hash(values["file"]):
                return False
        return page.live and not page.has_unpublished_changes

    def _attach_file(self, page, path, language):
        from wagtail.documents import get_document_model

        digest = _file_hash(path)
        files = list(page.files.all())
        current = next((f for f in files if f.language == language), None)
        if current is not None and current.document.file_hash == digest:
            return
        Document = get_document_model()
        document = Document(title=page.title[:255], language=language)
        with open(path, "rb") as handle:
            document.file.save(os.path.basename(path), File(handle), save=False)
        document._set_document_file_metadata()
        document.save()
        if current is not None:
            current.document = document
        else:
            files.append(ResourceFile(document=document, language=language))
        page.files = files
