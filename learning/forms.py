"""Forms of the learning app."""

from django import forms
from django.utils.translation import gettext_lazy as _


class VisitorRegistrationForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your email address"))


class TimeZoneForm(forms.Form):
    tz = forms.CharField(label=_("Time zone"), max_length=64)
    next = forms.CharField(required=False)

    def clean_tz(self):
        from learning.services import valid_time_zone

        value = self.cleaned_data["tz"]
        if not valid_time_zone(value):
            raise forms.ValidationError(_("Unknown time zone."))
        return value


class KnowledgeCheckForm(forms.Form):
    """One radio group per question of a module's knowledge check."""

    def __init__(self, module, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for i, block in enumerate(module.knowledge_check):
            self.fields[f"q{i}"] = forms.TypedChoiceField(
                label=block.value["question"],
                choices=[(j, a["text"]) for j, a in enumerate(block.value["answers"])],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose an answer.")},
            )

    def answers(self):
        return {int(name[1:]): value for name, value in self.cleaned_data.items()}
