"""Forms of moderation: flagging a post, a moderator's reason."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Flag


class FlagForm(forms.Form):
    reason = forms.ChoiceField(label=_("Reason"), choices=Flag.Reason.choices)
    note = forms.CharField(label=_("Details"), required=False, max_length=500)


class ModerateForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), required=False, max_length=500)
