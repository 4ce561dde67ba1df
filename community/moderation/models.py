"""Moderation: members' flags on posts and the append-only log of moderators' actions."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

User = settings.AUTH_USER_MODEL


class Flag(models.Model):
    def __str__(self):
        return str(self.reason)

    class Reason(models.TextChoices):
        SPAM = "spam", _("Spam or advertising")
        ABUSE = "abuse", _("Abusive or harassing")
        PRIVACY = "privacy", _("Exposes personal data")
        OFF_TOPIC = "off_topic", _("Off topic")
        OTHER = "other", _("Other")

    post = models.ForeignKey("community.Post", on_delete=models.CASCADE, related_name="flags")
    user = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    note = models.CharField(_("details"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved = models.BooleanField(default=False)


class ModerationAction(models.Model):
    """Append-only log: who did what, when and why."""

    def __str__(self):
        return str(self.action)

    actor = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=30)
    reason = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    group = models.ForeignKey(
        "community.Group", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    thread = models.ForeignKey(
        "community.Thread", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    post = models.ForeignKey(
        "community.Post", null=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_user = models.ForeignKey(User, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-created_at"]
