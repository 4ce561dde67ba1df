"""The proposal form members fill in on the site."""

from django import forms
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.models import Locale

from initiatives_map.geo import validate_point
from initiatives_map.models import (
    DIMENSION_CHOICES,
    LEVEL_CHOICES,
    STATUS_CHOICES,
    TARGET_GROUP_CHOICES,
    InitiativeLocation,
    InitiativePage,
    InitiativesIndexPage,
)
from portal.core.slugs import unique_child_slug

# Routes below the map page that a child page would be hidden behind (see urls.py).
RESERVED_SLUGS = ("propose",)


class ProposalForm(forms.Form):
    title = forms.CharField(label=_("Name of the initiative"), max_length=255)
    summary = forms.CharField(
        label=_("Summary"), widget=forms.Textarea(attrs={"rows": 3}), max_length=1000
    )
    country = forms.ChoiceField(label=_("Country"), choices=[("", "—")] + list(countries))
    place = forms.CharField(
        label=_("Place name"),
        max_length=200,
        required=False,
        help_text=_("Leave the place and coordinates empty for a country-wide initiative."),
    )
    latitude = forms.DecimalField(
        label=_("Latitude"), max_digits=9, decimal_places=6, required=False
    )
    longitude = forms.DecimalField(
        label=_("Longitude"), max_digits=9, decimal_places=6, required=False
    )
    organisations = forms.CharField(
        label=_("Implementing organisations"),
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One per line."),
    )
    donors = forms.CharField(
        label=_("Donors"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    status = forms.ChoiceField(label=_("Status"), choices=STATUS_CHOICES, initial="ongoing")
    dimensions = forms.MultipleChoiceField(
        label=_("Dimensions"),
        choices=DIMENSION_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    levels = forms.MultipleChoiceField(
        label=_("Levels"),
        choices=LEVEL_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    target_groups = forms.MultipleChoiceField(
        label=_("Target groups"),
        choices=TARGET_GROUP_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    start_date = forms.DateField(
        label=_("Start date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    contacts = forms.CharField(label=_("Contact"), max_length=500, required=False)

    def clean(self):
        cleaned = super().clean()
        lat, lon = cleaned.get("latitude"), cleaned.get("longitude")
        if lat is not None or lon is not None:
            try:
                validate_point(lat, lon, [cleaned.get("country")] if cleaned.get("country") else [])
            except forms.ValidationError as error:
                self.add_error("latitude", error)
            if lat is not None and lon is not None and not cleaned.get("place"):
                self.add_error("place", _("Name the place of these coordinates."))
        return cleaned

    @staticmethod
    def index_page():
        code = translation.get_language() or "en"
        locale = Locale.objects.filter(language_code=code).first() or Locale.get_default()
        index = InitiativesIndexPage.objects.filter(locale=locale).first()
        if index is None or index.alias_of_id:
            index = InitiativesIndexPage.objects.filter(alias_of__isnull=True).first()
        return index

    def save(self, user):
        """A draft page below the map, submitted to the page's moderation workflow."""
        data = self.cleaned_data
        index = self.index_page()
        page = InitiativePage(
            title=data["title"],
            slug=unique_child_slug(
                index, data["title"], fallback="initiative", reserved=RESERVED_SLUGS
            ),
            summary=data["summary"],
            countries=[data["country"]],
            organisations=data["organisations"],
            donors=data["donors"],
            status=data["status"],
            dimensions=data["dimensions"],
            levels=data["levels"],
            target_groups=data["target_groups"],
            start_date=data["start_date"],
            contacts=data["contacts"],
            owner=user,
            live=False,
        )
        if data.get("latitude") is not None:
            page.locations = [
                InitiativeLocation(
                    name=data["place"], latitude=data["latitude"], longitude=data["longitude"]
                )
            ]
        with transaction.atomic():
            index.add_child(instance=page)
            page.save_revision(user=user)
            workflow = page.get_workflow()
            if workflow is not None:
                workflow.start(page, user)
        return page
