"""The shared taxonomy every app may use: themes, IOM regions, countries, languages and the
Global Compact for Migration's 23 objectives."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from portal.taxonomy.data import CONTENT_LANGUAGES, COUNTRY_REGION, REGION_COUNTRIES, REGIONS


class Region(models.Model):
    """One of IOM's nine regional designations; rows are created by a migration."""

    code = models.CharField(_("code"), max_length=8, unique=True, choices=REGIONS)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return str(self.get_code_display())

    @property
    def name(self):
        return self.get_code_display()

    @property
    def country_codes(self):
        return REGION_COUNTRIES[self.code].split()


def region_for_country(country_code):
    """The code of the IOM region a country (ISO 3166-1 alpha-2) belongs to, or None."""
    return COUNTRY_REGION.get(str(country_code).upper())


def countries_in_region(region_code):
    return REGION_COUNTRIES.get(region_code, "").split()


class Language(models.Model):
    """A language content can be offered in; rows are created by a migration."""

    code = models.CharField(_("code"), max_length=8, unique=True, choices=CONTENT_LANGUAGES)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return str(self.get_code_display())

    @property
    def name(self):
        return self.get_code_display()


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A thematic area of return and reintegration work, shared by all content types."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class GcmObjective(TranslatableMixin, models.Model):
    """One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration:
    a translatable snippet (wagtail-localize), seeded by a data migration. Apps show what they
    tagged with an objective through ``portal.core.registry.register_tagged_content``."""

    number = models.PositiveSmallIntegerField(
        _("number"), validators=[MinValueValidator(1), MaxValueValidator(23)]
    )
    title = models.CharField(_("short title"), max_length=200)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("number"), FieldPanel("title"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["number"]
        verbose_name = _("GCM objective")
        verbose_name_plural = _("GCM objectives")
        unique_together = [("translation_key", "locale"), ("number", "locale")]

    def __str__(self):
        return f"{self.number}. {self.title}"

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("gcm_objective", args=[self.number])
