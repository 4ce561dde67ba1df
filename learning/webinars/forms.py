"""Forms of the webinars room: a visitor's registration and the time-zone choice."""

from django import forms
from django.utils.translation import gettext_lazy as _

from learning.webinars.zones import canonical_zone, valid_time_zone


class VisitorRegistrationForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your email address"))


class TimeZoneForm(forms.Form):
    tz = forms.CharField(label=_("Time zone"), max_length=64)
    next = forms.CharField(required=False)

    def clean_tz(self):
        value = self.cleaned_data["tz"]
        if not valid_time_zone(value):
            raise forms.ValidationError(_("Unknown time zone."))
        return canonical_zone(value)
