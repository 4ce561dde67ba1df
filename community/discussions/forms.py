"""Forms of discussions: a post (reply) and a new thread."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.security.uploads import validate_document_upload


class PostForm(forms.Form):
    source = forms.CharField(label=_("Message (Markdown)"), widget=forms.Textarea, max_length=20000)
    attachment = forms.FileField(label=_("Attachment"), required=False)

    def clean_attachment(self):
        f = self.cleaned_data.get("attachment")
        if f:
            validate_document_upload(f)
        return f


class ThreadForm(PostForm):
    title = forms.CharField(label=_("Title"), max_length=200)
    field_order = ["title", "source", "attachment"]
