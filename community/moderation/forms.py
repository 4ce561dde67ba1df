"""Forms of moderation: flagging a post, a moderator's reason, a suspension."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Flag


class FlagForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=Flag.Reason.choices)
    note = forms.CharField(label=_("Details"), required=False, max_length=500)


class ModerateForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), required=False, max_length=500)


class SuspendForm(forms.Form):
    """How long a member is suspended: whole days from 1 to ``MAX_DAYS`` (7 when not given)."""

    MAX_DAYS = 3650

    days = forms.IntegerField(label=_("Days"), required=False, min_value=1, max_value=MAX_DAYS)
    reason = forms.CharField(label=_("Reason"), required=False, max_length=500)

    def clean_days(self):
        days = self.cleaned_data["days"]
        return 7 if days is None else days
