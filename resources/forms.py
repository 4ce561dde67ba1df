"""The form members fill in to contribute a resource."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from wagtail.models import Locale

from portal.models import Region, Theme
from portal.security.uploads import validate_document_upload
from portal.taxonomy.data import CONTENT_LANGUAGES
from resources import contributions
from resources.models import MIN_YEAR, ResourceType

ORIGINS = [("iom", _("An IOM publication")), ("external", _("An external publication"))]


def field_anchor(bound_field):
    """The id an error summary links to: the field's input, the first one of a group of
    radio buttons or checkboxes (whose label points at no single input)."""
    return bound_field.id_for_label or f"{bound_field.auto_id}_0"


class ErrorSummaryMixin:
    """A form that describes its problems accessibly (GOV.UK's error summary pattern):
    ``error_summary`` lists (anchor, message) for the summary's links, and after validation
    each invalid field's inputs get ``aria-invalid`` and ``aria-describedby`` naming only ids
    the template renders: ``<id>_helptext`` (help text) and ``<id>-error`` (its errors)."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            ids = [f"{bound.auto_id}_helptext"] if bound.help_text else []
            ids.append(f"{bound.auto_id}-error")
            widget = self.fields[name].widget
            widget.attrs = {
                **widget.attrs,
                "aria-describedby": " ".join(ids),
                "aria-invalid": "true",
            }

    def error_summary(self):
        """(anchor, message) of each problem, a field's named: "Summary: This field is
        required." (the same message under several fields would say nothing)."""
        links = [("", message) for message in self.non_field_errors()]
        for bound in self:
            links.extend(
                (
                    field_anchor(bound),
                    _("%(field)s: %(error)s") % {"field": bound.label, "error": message},
                )
                for message in bound.errors
            )
        return links


class ContributionForm(ErrorSummaryMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=255)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What the publication is about, in a few sentences."),
    )
    authors = forms.CharField(
        label=_("Authors"),
        max_length=500,
        required=False,
        help_text=_("Separate authors with “;”, e.g. “Doe, Jane; Roe, Richard”."),
    )
    publisher = forms.CharField(label=_("Publisher or organisation"), max_length=200)
    publication_year = forms.IntegerField(
        label=_("Publication year"),
        required=False,
        min_value=MIN_YEAR,
        help_text=_("Leave empty when unknown."),
    )
    publication_date = forms.DateField(
        label=_("Exact publication date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Optional."),
    )
    resource_type = forms.ChoiceField(label=_("Type"), choices=ResourceType.choices)
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    regions = forms.ModelMultipleChoiceField(
        label=_("Regions"),
        queryset=Region.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    countries = forms.MultipleChoiceField(
        label=_("Countries"),
        choices=[],
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
        help_text=_("Hold Ctrl (or Cmd) to choose several."),
    )
    origin = forms.ChoiceField(
        label=_("Origin"), choices=ORIGINS, initial="external", widget=forms.RadioSelect
    )
    doi = forms.CharField(
        label=_("DOI"), max_length=200, required=False, help_text=_("For example 10.1000/xyz123.")
    )
    external_url = forms.URLField(
        label=_("Web address"),
        required=False,
        assume_scheme="https",
        help_text=_("Where the publication is published online, if it is."),
    )
    file_language = forms.ChoiceField(
        label=_("Language of the file"), choices=CONTENT_LANGUAGES, initial="en"
    )
    file = forms.FileField(
        label=_("File"),
        help_text=_("PDF, DOCX, XLSX, PPTX or EPUB, up to %(size)s MB."),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".pdf,.docx,.xlsx,.pptx,.epub"},
        ),
    )

    def __init__(self, *args, locale=None, file_required=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not file_required:  # editing a contribution: its file is kept unless replaced
            self.fields["file"].required = False
            self.fields["file"].help_text = _(
                "Leave empty to keep the file you sent. PDF, DOCX, XLSX, PPTX or EPUB, up to "
                "%(size)s MB."
            )
        locale = locale or Locale.get_active()
        themes = Theme.objects.filter(locale=locale)
        if not themes.exists():
            themes = Theme.objects.filter(locale=Locale.get_default())
        if themes.exists():
            self.fields["themes"].queryset = themes.order_by("sort_order", "name")
        else:  # no themes defined yet: no empty box
            del self.fields["themes"]
        self.fields["countries"].choices = list(countries)
        size = contributions.max_upload_bytes() // (1024 * 1024)
        self.fields["file"].help_text = self.fields["file"].help_text % {"size": size}

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload:
            return None
        validate_document_upload(
            upload,
            allowed=contributions.ALLOWED_EXTENSIONS,
            max_bytes=contributions.max_upload_bytes(),
        )
        return upload

    def clean_publication_year(self):
        year = self.cleaned_data.get("publication_year")
        if year is not None and year > datetime.date.today().year + 1:
            raise forms.ValidationError(_("This year is in the future."))
        return year

    def clean_doi(self):
        doi = self.cleaned_data["doi"].strip()
        for prefix in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"):
            if doi.lower().startswith(prefix):
                doi = doi[len(prefix) :]
        if doi and not doi.startswith("10."):
            raise forms.ValidationError(_("A DOI starts with “10.”, e.g. 10.1000/xyz123."))
        return doi

    def clean(self):
        cleaned = super().clean()
        date, year = cleaned.get("publication_date"), cleaned.get("publication_year")
        if date:
            if date.year < MIN_YEAR:
                self.add_error(
                    "publication_date",
                    _("Only publications from %(year)s onwards are accepted.") % {"year": MIN_YEAR},
                )
            elif year and year != date.year:
                self.add_error("publication_year", _("The year must match the publication date."))
            else:
                cleaned["publication_year"] = date.year
        return cleaned
