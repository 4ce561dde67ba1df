"""Saved searches and what each one already told its member about."""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_feed_token():
    return secrets.token_urlsafe(24)


class SavedSearch(models.Model):
    """A search or filtered listing a member follows: ``kind`` names the listing
    (``community.alerts.listings.LISTINGS``), ``path`` and ``query`` (normalised query string)
    reproduce it, ``language`` is the language it was saved in (its locale)."""

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("As soon as something new matches")
        DAILY = "daily", _("Once a day")
        WEEKLY = "weekly", _("Once a week")
        OFF = "off", _("No email (feed only)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches"
    )
    name = models.CharField(_("name"), max_length=120)
    kind = models.CharField(max_length=20)
    path = models.CharField(max_length=300)
    query = models.CharField(max_length=2000, blank=True)
    language = models.CharField(max_length=8)
    frequency = models.CharField(
        _("email"), max_length=10, choices=Frequency.choices, default=Frequency.DAILY
    )
    feed_token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(default=timezone.now)
    last_checked_at = models.DateTimeField(null=True, blank=True)
    last_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["frequency", "last_checked_at"])]
        verbose_name = _("saved search")

    def __str__(self):
        return self.name

    @property
    def url(self):
        """The listing, as the member saved it."""
        return f"{self.path}?{self.query}" if self.query else self.path


class SentMatch(models.Model):
    """One object a saved search already accounted for: emailed (``baseline`` False), or
    matching when the search was saved (``baseline`` True, never emailed). The unique key
    makes sending idempotent: an object is recorded once per saved search."""

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="sent")
    type_key = models.CharField(max_length=40)
    object_id = models.CharField(max_length=64)
    title = models.CharField(max_length=300, blank=True)
    url = models.CharField(max_length=500, blank=True)
    baseline = models.BooleanField(default=False)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["saved_search", "type_key", "object_id"],
                name="community_sentmatch_once",
            )
        ]

    def __str__(self):
        return f"{self.saved_search_id}: {self.type_key} {self.object_id}"
