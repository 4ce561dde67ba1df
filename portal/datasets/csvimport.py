"""Read a data set's figures from CSV, checking every row before anything is saved.

Columns (a header row first; other columns, such as a ``name`` for readers, are ignored):

- ``year``: the year of the figure (the data set's year, or an earlier one to compare with);
- ``measure``: ``returns``, ``host_countries`` or ``origin_countries`` (totals: no region or
  country), ``host`` or ``origin`` (returns from or to one country: region and country needed);
- ``region``: an IOM region code (APAC, CNAC, EHA, EEA, MENA, SAM, SEEECA, SAF, WCA);
- ``country``: an ISO 3166-1 alpha-2 code (NE, DE, ET…);
- ``value``: a whole number (``16414``; spaces and commas between digits are accepted).
"""

import csv
import io
import re
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _
from django_countries import countries

from portal.core.cache import bump
from portal.datasets.models import COUNTRY_MEASURES, TOTAL_MEASURES, DataPoint, Measure
from portal.taxonomy.data import REGIONS

REQUIRED_COLUMNS = ("year", "measure", "region", "country", "value")
MAX_BYTES = 1024 * 1024
MAX_ROWS = 10_000
MAX_ERRORS_SHOWN = 20
_GROUPING = re.compile(r"[\s,\u00a0\u202f']")


class CSVImportError(Exception):
    """The file cannot be imported; ``errors`` lists one message per problem (row numbers
    count the header as row 1, as spreadsheets do)."""

    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass(frozen=True)
class Row:
    year: int
    measure: str
    region: str
    country: str
    value: int


def read_csv(data):
    """The rows of ``data`` (bytes or text), or :class:`CSVImportError` with every problem."""
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise CSVImportError([_("The file is larger than 1 MB.")])
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise CSVImportError([_("The file is not UTF-8 text. Save it as “CSV UTF-8”.")])
    reader = csv.DictReader(io.StringIO(data.lstrip("\ufeff")))
    header = [name.strip().lower() for name in (reader.fieldnames or [])]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise CSVImportError([_("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}])
    reader.fieldnames = header
    rows, errors, seen = [], [], {}
    for number, record in enumerate(reader, start=2):
        if number - 1 > MAX_ROWS:
            errors.append(_("More than %(max)d rows.") % {"max": MAX_ROWS})
            break
        values = {key: (record.get(key) or "").strip() for key in REQUIRED_COLUMNS}
        if not any(values.values()):
            continue  # a blank line
        row, problems = _check(values)
        if row is not None:
            key = (row.year, row.measure, row.region, row.country)
            if key in seen:
                problems.append(_("the same figure as row %(row)d") % {"row": seen[key]})
            seen.setdefault(key, number)
        if problems:
            errors.append(
                _("Row %(row)d: %(problems)s.") % {"row": number, "problems": "; ".join(problems)}
            )
        else:
            rows.append(row)
    if not rows and not errors:
        errors.append(_("The file has no figures."))
    if errors:
        shown = errors[:MAX_ERRORS_SHOWN]
        if len(errors) > MAX_ERRORS_SHOWN:
            shown.append(_("…and %(count)d more.") % {"count": len(errors) - MAX_ERRORS_SHOWN})
        raise CSVImportError(shown)
    return rows


def _whole_number(text):
    cleaned = _GROUPING.sub("", text)
    return int(cleaned) if cleaned.isdigit() else None


def _check(values):
    """One row's :class:`Row` (or None) and its problems, in plain words."""
    problems = []
    year = _whole_number(values["year"])
    if year is None or not 1950 <= year <= 2100:
        problems.append(_("the year “%(value)s” is not a year") % {"value": values["year"]})
    measure = values["measure"].lower()
    if measure not in Measure.values:
        problems.append(
            _("the measure “%(value)s” is not one of %(choices)s")
            % {"value": values["measure"], "choices": ", ".join(Measure.values)}
        )
    region = values["region"].upper()
    country = values["country"].upper()
    if measure in TOTAL_MEASURES and (region or country):
        problems.append(_("a total has no region or country"))
    if measure in COUNTRY_MEASURES:
        if region not in dict(REGIONS):
            problems.append(_("the region “%(value)s” is unknown") % {"value": values["region"]})
        if country not in countries:
            problems.append(
                _("the country “%(value)s” is not an ISO country code") % {"value": country}
            )
    value = _whole_number(values["value"])
    if value is None:
        problems.append(_("the value “%(value)s” is not a whole number") % values)
    if problems:
        return None, problems
    return Row(year, measure, region, country, value), []


@transaction.atomic
def replace_points(dataset, rows):
    """Replace ``dataset``'s figures with ``rows`` (in one transaction)."""
    dataset.points.all().delete()
    DataPoint.objects.bulk_create(
        DataPoint(
            dataset=dataset,
            year=row.year,
            measure=row.measure,
            region=row.region,
            country=row.country,
            value=row.value,
            position=position,
        )
        for position, row in enumerate(rows)
    )
    bump("datasets")  # the charts drawn from the old figures
