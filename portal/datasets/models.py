"""Editable statistics for the data section: a data set (one annual report) and its figures.

Figures are imported from a CSV file in the Wagtail admin (``portal.datasets.csvimport``);
charts read them through ``portal.datasets.services``.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.taxonomy.data import REGIONS


class Measure(models.TextChoices):
    RETURNS = "returns", _("Migrants assisted to return")
    HOST_COUNTRIES = "host_countries", _("Host countries")
    ORIGIN_COUNTRIES = "origin_countries", _("Countries of origin")
    HOST = "host", _("Returns from a host country")
    ORIGIN = "origin", _("Returns to a country of origin")


# Totals have no region or country; per-country figures need both.
TOTAL_MEASURES = (Measure.RETURNS, Measure.HOST_COUNTRIES, Measure.ORIGIN_COUNTRIES)
COUNTRY_MEASURES = (Measure.HOST, Measure.ORIGIN)


class Dataset(models.Model):
    """One publication's figures, e.g. the 2019 Return and Reintegration Key Highlights."""

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        help_text=_("Part of the address of the charts' CSV downloads, e.g. avrr-2019."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
        help_text=_("The year the figures describe; rows of earlier years are comparisons."),
    )
    source = models.CharField(_("source"), max_length=255, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-year", "title"]
        verbose_name = _("data set")
        verbose_name_plural = _("data sets")

    def __str__(self):
        return f"{self.title} ({self.year})"


class DataPoint(models.Model):
    """One figure: a total, or the returns from (host) or to (origin) one country of a
    region, in one year. ``position`` keeps the CSV's order among equal values."""

    dataset = models.ForeignKey(Dataset, on_delete=models.CASCADE, related_name="points")
    year = models.PositiveSmallIntegerField(_("year"))
    measure = models.CharField(_("measure"), max_length=20, choices=Measure.choices)
    region = models.CharField(_("region"), max_length=8, choices=REGIONS, blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    value = models.PositiveIntegerField(_("value"))
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        verbose_name = _("figure")
        verbose_name_plural = _("figures")
        constraints = [
            models.UniqueConstraint(
                fields=["dataset", "year", "measure", "region", "country"],
                name="datapoint_unique_figure",
            )
        ]

    def __str__(self):
        return f"{self.year} {self.measure} {self.region} {self.country}: {self.value}"
