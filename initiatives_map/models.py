"""Models of the initiatives_map app: the map page and the initiative pages below it.

Initiatives are Wagtail pages so they get drafts, revisions and the moderation workflow.
Locations are plain latitude/longitude decimals (no GeoDjango).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.models import region_for_country
from portal.taxonomy.data import REGIONS

STATUS_CHOICES = [
    ("planned", _("Planned")),
    ("ongoing", _("Ongoing")),
    ("completed", _("Completed")),
]
DIMENSION_CHOICES = [
    ("economic", _("Economic")),
    ("social", _("Social")),
    ("psychosocial", _("Psychosocial")),
]
LEVEL_CHOICES = [
    ("individual", _("Individual")),
    ("community", _("Community")),
    ("structural", _("Structural")),
]
TARGET_GROUP_CHOICES = [
    ("children", _("Unaccompanied and separated children")),
    ("trafficking", _("Victims of trafficking")),
    ("health", _("Migrants with health needs")),
    ("stranded", _("Stranded migrants")),
    ("families", _("Families")),
    ("returnees", _("Returnees in general")),
]


class ChoiceListField(models.CharField):
    """Several codes from ``choices``, stored comma-separated (works on SQLite and PostgreSQL)."""

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, str):
            return [v for v in value.split(",") if v]
        return [str(v) for v in value]

    def get_prep_value(self, value):
        if isinstance(value, (list, tuple)):
            return ",".join(str(v) for v in value)
        return value or ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        valid = {code for code, _label in self.choices}
        for code in value or []:
            if code not in valid:
                raise ValidationError(_("%(value)s is not a valid choice.") % {"value": code})
        if not self.blank and not value:
            raise ValidationError(self.error_messages["blank"])

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )


def lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


class InitiativesIndexPage(Page):
    """The map of initiatives at /<lang>/initiatives/ (its serve() is in views)."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["initiatives_map.InitiativePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("initiatives map")

    def serve(self, request, *args, **kwargs):
        from initiatives_map.views import map_page

        return map_page(request, self)


class InitiativePageForm(WagtailAdminPageForm):
    """Checks every location against the countries of implementation."""

    def clean(self):
        cleaned = super().clean()
        countries = cleaned.get("countries") or []
        formset = self.formsets.get("locations")
        if formset is not None and countries:
            from initiatives_map.geo import validate_point

            for form in formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if data.get("DELETE") or data.get("latitude") is None:
                    continue
                try:
                    validate_point(data["latitude"], data.get("longitude"), countries)
                except ValidationError as error:
                    form.add_error("latitude", error)
        return cleaned


class InitiativePage(Page):
    """A reintegration initiative: who does what, where."""

    summary = models.TextField(_("summary"), help_text=_("One or two sentences for lists."))
    description = RichTextField(_("description"), blank=True)
    countries = CountryField(_("countries of implementation"), multiple=True, blank=True)
    region = models.CharField(
        _("region"),
        max_length=8,
        choices=REGIONS,
        blank=True,
        help_text=_("Left empty, it is derived from the first country."),
    )
    host_countries = CountryField(_("returns from (host countries)"), multiple=True, blank=True)
    organisations = models.TextField(
        _("implementing organisations"), blank=True, help_text=_("One per line.")
    )
    partners = models.TextField(_("partners"), blank=True, help_text=_("One per line."))
    donors = models.TextField(_("donors"), blank=True, help_text=_("One per line."))
    themes = ParentalManyToManyField("portal.Theme", blank=True, verbose_name=_("themes"))
    dimensions = ChoiceListField(
        _("reintegration dimensions"), max_length=100, choices=DIMENSION_CHOICES, blank=True
    )
    levels = ChoiceListField(_("levels"), max_length=100, choices=LEVEL_CHOICES, blank=True)
    target_groups = ChoiceListField(
        _("target groups"), max_length=200, choices=TARGET_GROUP_CHOICES, blank=True
    )
    status = models.CharField(_("status"), max_length=12, choices=STATUS_CHOICES, default="ongoing")
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    budget = models.DecimalField(
        _("budget"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(
        _("currency"), max_length=3, blank=True, help_text=_("ISO 4217, e.g. EUR.")
    )
    contacts = models.TextField(_("contacts"), blank=True)

    base_form_class = InitiativePageForm
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("countries"), FieldPanel("region"), FieldPanel("host_countries")],
            heading=_("Where"),
        ),
        InlinePanel("locations", label=_("Locations"), heading=_("Places (latitude, longitude)")),
        MultiFieldPanel(
            [FieldPanel("organisations"), FieldPanel("partners"), FieldPanel("donors")],
            heading=_("Who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("dimensions"),
                FieldPanel("levels"),
                FieldPanel("target_groups"),
            ],
            heading=_("What"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel([FieldPanel("budget"), FieldPanel("currency")]),
            ],
            heading=_("When and how much"),
        ),
        InlinePanel("resource_links", label=_("Related resources")),
        FieldPanel("contacts"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=2),  # the admin's search; the site's is the one index
        index.SearchField("organisations"),
        index.SearchField("donors"),
        index.FilterField("status"),
    ]
    parent_page_types = ["initiatives_map.InitiativesIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date is before the start date.")})
        if self.budget is not None and not self.currency:
            raise ValidationError({"currency": _("Give the currency of the budget.")})

    def save(self, *args, **kwargs):
        if not self.region and self.countries:
            self.region = region_for_country(self.countries[0].code) or ""
        return super().save(*args, **kwargs)

    @property
    def organisation_list(self):
        return lines(self.organisations)

    @property
    def partner_list(self):
        return lines(self.partners)

    @property
    def donor_list(self):
        return lines(self.donors)

    def get_context(self, request, *args, **kwargs):
        from initiatives_map.services import linked_pages

        context = super().get_context(request, *args, **kwargs)
        context["resource_pages"] = linked_pages(self)
        return context


class InitiativeLocation(Orderable):
    """A named place where the initiative works."""

    page = ParentalKey(InitiativePage, on_delete=models.CASCADE, related_name="locations")
    name = models.CharField(_("place name"), max_length=200)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6)

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])]

    class Meta(Orderable.Meta):
        verbose_name = _("location")

    def clean(self):
        from initiatives_map.geo import validate_point

        try:
            validate_point(self.latitude, self.longitude)
        except ValidationError as error:
            raise ValidationError({"latitude": error}) from error

    def __str__(self):
        return self.name


class InitiativeResourceLink(Orderable):
    """A link to a page (a resource) about the initiative."""

    page = ParentalKey(InitiativePage, on_delete=models.CASCADE, related_name="resource_links")
    linked_page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    panels = [PageChooserPanel("linked_page")]
