"""Forms of the courses room."""

from django import forms
from django.utils.translation import gettext_lazy as _


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
