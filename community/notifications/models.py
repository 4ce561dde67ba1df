"""Notifications: what happened and to what, rendered in the reader's language when shown."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop

from community.discussions.models import Group
from portal.core.i18n import active_language

# Message per event; %(name)s = the poster, %(t)s = the thread's title, %(g)s = the group's name.
MESSAGES = {
    "reply": gettext_noop("%(name)s replied to “%(t)s”"),
    "mention": gettext_noop("%(name)s mentioned you in “%(t)s”"),
    "new_thread": gettext_noop("New discussion in %(g)s: “%(t)s”"),
    "join_approved": gettext_noop("Your request to join %(g)s was accepted"),
    "join_declined": gettext_noop("Your request to join %(g)s was declined"),
}


class Notification(models.Model):
    """One event for one member. ``event`` says what happened ("reply", "mention",
    "new_thread", "join_approved", "join_declined"); ``params`` says to what: ``thread``, ``post`` (ids), ``group`` (slug),
    ``title``, ``group_name`` and ``name`` (the poster's name) as they were at the time.
    Rows older than this layout carry their text and link as written: ``text`` and ``url``.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="community_notifications"
    )
    event = models.CharField(max_length=20)
    params = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read = models.BooleanField(default=False)
    emailed = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "read", "-created_at"])]

    def __str__(self):
        return self.message()

    def message(self):
        """The notification's sentence in the active language (the group named in it too)."""
        params = self.params
        if "text" in params or self.event not in MESSAGES:
            return params.get("text", "")
        return gettext(MESSAGES[self.event]) % {
            "name": params.get("name", ""),
            "t": params.get("title", ""),
            "g": self.group_name() if "%(g)s" in MESSAGES[self.event] else "",
        }

    def group_name(self):
        """The group's name in the active language; as stored when it has no translation
        there or no longer exists."""
        names = self.__dict__.setdefault("_group_names", {})
        language = active_language()
        if language not in names:
            attach_group_names([self])
        return names[language] or self.params.get("group_name", "")

    def get_absolute_url(self):
        """The post (or group) the notification is about, under the active language's
        prefix."""
        params = self.params
        if "thread" not in params:
            if "group" in params:
                return reverse("community:group", args=[params["group"]])
            return params.get("url", "")
        url = reverse("community:thread", args=[params["group"], params["thread"]])
        return f"{url}#post-{params['post']}" if params.get("post") else url


def attach_group_names(notifications):
    """Look up, in one query, the active language's names of the groups ``notifications``
    mention (for ``Notification.group_name``)."""
    language = active_language()
    slugs = {n.params.get("group") for n in notifications} - {None}
    found = dict(
        Group.objects.filter(slug__in=slugs, locale__language_code=language).values_list(
            "slug", "name"
        )
    )
    for n in notifications:
        n.__dict__.setdefault("_group_names", {})[language] = found.get(n.params.get("group"))
    return notifications
