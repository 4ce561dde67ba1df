"""The data set's admin form: its fields and the CSV file of its figures."""

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from portal.datasets.csvimport import CSVImportError, read_csv, replace_points


class DatasetForm(WagtailAdminModelForm):
    """Creating a data set needs a CSV file; editing one replaces its figures only when a new
    file is given. A file with any bad row is refused whole, with one message per row."""

    csv_file = forms.FileField(
        label=_("Figures (CSV file)"),
        required=False,
        help_text=_(
            "Columns year, measure, region, country, value. Measures: returns, host_countries, "
            "origin_countries (totals, no region or country), host and origin (returns from "
            "or to a country: an IOM region code and an ISO country code such as NE)."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("csv_file")
        self.rows = None
        if upload is None:
            if self.instance.pk is None:
                self.add_error("csv_file", _("Upload the CSV file of the figures."))
            return cleaned
        try:
            self.rows = read_csv(upload.read())
        except CSVImportError as error:
            self.add_error("csv_file", list(error.errors))
            return cleaned
        year = cleaned.get("year")
        if year and not any(row.year == year for row in self.rows):
            self.add_error(
                "csv_file",
                _("No row has the year %(year)s of the data set.") % {"year": year},
            )
        return cleaned

    @transaction.atomic
    def save(self, commit=True):
        dataset = super().save(commit=commit)
        if commit and self.rows is not None:
            replace_points(dataset, self.rows)
        return dataset
