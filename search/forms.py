"""The search form: every field optional and forgiving; bad input never raises."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .query import MAX_QUERY_LENGTH, clean_text


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=10000)
    type = forms.CharField(required=False, max_length=100)
    page = forms.IntegerField(required=False, min_value=1, max_value=1000)

    def cleaned(self):
        data = self.cleaned_data if self.is_valid() else {}
        query = clean_text(self.data.get("q", ""))[:MAX_QUERY_LENGTH]
        return query, clean_text(data.get("type") or ""), data.get("page") or 1
