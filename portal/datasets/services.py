"""The figures of a data set as the charts need them: totals with their change, top countries
per region and year, returns by country. One query per data set."""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext as _
from django_countries import countries

from portal.datasets.models import TOTAL_MEASURES, Dataset, Measure
from portal.taxonomy.data import REGIONS


@dataclass(frozen=True)
class Figure:
    country: str
    name: str
    value: int


def country_name(code):
    """The country's name in the active language (django-countries' translations)."""
    return str(countries.name(code)) or code


def region_name(code):
    return str(dict(REGIONS).get(code, code))


class Figures:
    """Read-only view of one data set's points."""

    def __init__(self, dataset):
        self.dataset = dataset
        self.points = list(dataset.points.all())

    @classmethod
    def for_slug(cls, slug):
        dataset = Dataset.objects.filter(slug=slug).first()
        return cls(dataset) if dataset is not None else None

    @property
    def year(self):
        return self.dataset.year

    @property
    def previous_year(self):
        """The latest earlier year with figures, or None."""
        years = sorted({p.year for p in self.points if p.year < self.year})
        return years[-1] if years else None

    def totals(self):
        """[{measure, label, value, previous, change}] for each total the data set has;
        ``change`` is the percentage from the previous year, one decimal, or None."""
        found = {(p.measure, p.year): p.value for p in self.points if p.measure in TOTAL_MEASURES}
        rows = []
        for measure in TOTAL_MEASURES:
            value = found.get((measure, self.year))
            if value is None:
                continue
            previous = found.get((measure, self.previous_year))
            rows.append(
                {
                    "measure": measure,
                    "label": str(Measure(measure).label),
                    "value": value,
                    "previous": previous,
                    "change": percent_change(previous, value),
                }
            )
        return rows

    def regions(self, measure):
        """The region codes with figures for ``measure``, in IOM's order."""
        present = {p.region for p in self.points if p.measure == measure}
        return [code for code, _label in REGIONS if code in present]

    def top(self, measure, region, year):
        """The countries of ``region`` for ``measure`` in ``year``, largest first (CSV order
        among equal values)."""
        points = [
            p for p in self.points if p.measure == measure and p.region == region and p.year == year
        ]
        points.sort(key=lambda p: (-p.value, p.position))
        return [Figure(p.country, country_name(p.country), p.value) for p in points]

    def by_country(self, measure=Measure.ORIGIN, year=None):
        """{country code: value} for ``measure`` in ``year`` (summed over regions)."""
        year = year or self.year
        totals = {}
        for p in self.points:
            if p.measure == measure and p.year == year and p.country:
                totals[p.country] = totals.get(p.country, 0) + p.value
        return totals


def percent_change(previous, value):
    """``value``'s change from ``previous`` in per cent, to one decimal (``2.6``)."""
    if not previous:
        return None
    change = (Decimal(value) - Decimal(previous)) * 100 / Decimal(previous)
    return change.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def signed_percent(change):
    """``+2.6 %``/``−5.1 %`` in the active language's number format, or an empty string."""
    from portal.core.i18n import format_number

    if change is None:
        return ""
    sign = "+" if change > 0 else ("\u2212" if change < 0 else "")
    return _("%(sign)s%(number)s%%") % {"sign": sign, "number": format_number(abs(change), 1)}
