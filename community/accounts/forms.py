"""Forms of member accounts: sign-up honeypot, profile, directory filters, account deletion."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .models import Profile
from .services import preferred_language, profile_for, set_preferred_language


class HoneypotSignupForm(forms.Form):
    """Allauth's ACCOUNT_SIGNUP_FORM_CLASS: a hidden field people leave empty and bots fill."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Sign-up refused."))
        return ""

    def signup(self, request, user):
        """A new member's profile, and the language they signed up in as their language
        (the verification email, sent next, is written in it)."""
        profile_for(user)
        set_preferred_language(user, translation.get_language())


class ProfileForm(forms.ModelForm):
    # Kept on Wagtail's UserProfile (community.accounts.services.preferred_language): every
    # email, and Wagtail's admin for editors, follows it. Names in their own language.
    preferred_language = forms.ChoiceField(
        label=_("Your language"),
        choices=settings.LANGUAGES,
        help_text=_("The emails we send you are written in this language."),
    )

    class Meta:
        model = Profile
        fields = [
            "display_name", "organisation", "organisation_type", "job_title", "country",
            "themes", "languages", "bio", "avatar", "links", "privacy", "in_directory",
            "email_mode",
        ]  # fmt: skip
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.user_id:
            self.initial.setdefault("preferred_language", preferred_language(self.instance.user))

    def save(self, commit=True):
        profile = super().save(commit)
        set_preferred_language(profile.user, self.cleaned_data["preferred_language"])
        return profile

    def clean_avatar(self):
        avatar = self.cleaned_data.get("avatar")
        if avatar and getattr(avatar, "size", 0) > 2 * 1024 * 1024:
            raise ValidationError(_("The image must be smaller than 2 MB."))
        return avatar

    def clean_links(self):
        links = [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]
        for link in links:
            if not link.startswith(("https://", "http://")):
                raise ValidationError(_("Each link must start with https:// or http://."))
        return "\n".join(links)


class DirectoryFilterForm(forms.Form):
    """The member directory's filters, each a list to choose from (values as the directory
    reads them: country and region codes, a theme's slug, a language code)."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    organisation_type = forms.ChoiceField(
        label=_("Organisation type"),
        required=False,
        choices=[("", _("Any type")), *Profile.OrgType.choices],
    )
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and data.get("country"):
            data = data.copy()
            data["country"] = data["country"].upper()
        super().__init__(data, *args, **kwargs)
        from django_countries import countries
        from wagtail.models import Locale

        from portal.taxonomy.data import CONTENT_LANGUAGES, REGIONS
        from portal.taxonomy.models import Theme

        self.fields["country"].choices = [("", _("Any country")), *countries]
        self.fields["region"].choices = [("", _("Any region")), *REGIONS]
        themes = Theme.objects.filter(locale=Locale.get_active()).order_by("sort_order", "name")
        self.fields["theme"].choices = [
            ("", _("Any theme")),
            *themes.values_list("slug", "name"),
        ]
        self.fields["language"].choices = [("", _("Any language")), *CONTENT_LANGUAGES]

    def filters(self):
        """The valid filters chosen (an invalid one is left out, the others still apply)."""
        if not self.is_bound:
            return None
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


class DeleteAccountForm(forms.Form):
    # Named "password" (what it held first); the account's email address confirms too.
    password = forms.CharField(
        label=_("Type your email address or your password to confirm"),
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
        max_length=200,
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        from .data_rights import confirms

        if not confirms(self.user, self.cleaned_data["password"]):
            raise ValidationError(_("This is neither your email address nor your password."))
        return ""
