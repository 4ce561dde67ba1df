"""Notifications: what a member hears of."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class Notification(models.Model):
    def __str__(self):
        return str(self.text)

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_notifications"
    )
    event = models.CharField(max_length=20)  # reply, mention, new_thread, approved
    text = models.CharField(max_length=300)
    url = models.CharField(max_length=300)
    created_at = models.DateTimeField(default=timezone.now)
    read = models.BooleanField(default=False)
    emailed = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "read", "-created_at"])]
