"""Forms of saved searches: renaming and choosing how often to be emailed."""

from django import forms

from .models import SavedSearch


class SavedSearchForm(forms.ModelForm):
    class Meta:
        model = SavedSearch
        fields = ["name", "frequency"]
