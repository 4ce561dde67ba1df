"""A member's profile: public face, privacy, suspension and email preference."""

from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Profile(models.Model):
    """A member's public face; privacy decides who sees it."""

    class OrgType(models.TextChoices):
        GOVERNMENT = "government", _("Government")
        UN = "iom_un", _("IOM/UN")
        NGO = "ngo", _("NGO")
        ACADEMIA = "academia", _("Academia")
        DONOR = "donor", _("Donor")
        PRIVATE = "private", _("Private sector")
        OTHER = "other", _("Other")

    class Privacy(models.TextChoices):
        PUBLIC = "public", _("Public")
        MEMBERS = "members", _("Members only")
        HIDDEN = "hidden", _("Hidden")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_profile"
    )
    display_name = models.CharField(_("name"), max_length=120, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    organisation_type = models.CharField(
        _("organisation type"), max_length=20, choices=OrgType.choices, blank=True
    )
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    country = CountryField(_("country"), blank=True)
    themes = models.ManyToManyField("portal.Theme", blank=True, verbose_name=_("themes"))
    languages = models.ManyToManyField("portal.Language", blank=True, verbose_name=_("languages"))
    bio = models.TextField(_("short bio"), max_length=1000, blank=True)
    avatar = models.ImageField(
        _("avatar"),
        upload_to="community/avatars/",
        blank=True,
        validators=[FileExtensionValidator(["jpg", "jpeg", "png", "webp"])],
    )
    links = models.TextField(_("links"), blank=True, help_text=_("One address per line."))
    privacy = models.CharField(
        _("privacy"), max_length=10, choices=Privacy.choices, default=Privacy.MEMBERS
    )
    in_directory = models.BooleanField(_("list me in the member directory"), default=False)
    suspended_until = models.DateTimeField(_("suspended until"), null=True, blank=True)
    email_mode = models.CharField(
        _("email notifications"),
        max_length=10,
        choices=[
            ("each", _("One email per event")),
            ("daily", _("Daily digest")),
            ("weekly", _("Weekly digest")),
            ("none", _("No email")),
        ],
        default="each",
    )
    last_digest_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("profile")

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.display_name or self.user.get_full_name() or self.user.username

    @property
    def is_suspended(self):
        return bool(self.suspended_until and self.suspended_until > timezone.now())

    def link_list(self):
        return [line.strip() for line in self.links.splitlines() if line.strip()]
