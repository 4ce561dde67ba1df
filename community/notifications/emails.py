"""Community emails, through ``portal.core.mail``: one per notification or a daily/weekly
digest, written in the recipient's language, each with a one-click unsubscribe link."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone, translation

from community.accounts.models import Profile
from community.accounts.services import preferred_language
from portal.core import mail
from portal.core.i18n import url_in_language
from portal.core.links import absolute_url

from .models import Notification
from .services import unsubscribe_token

DIGEST_SIZE = 50


def _unsubscribe(user):
    url = absolute_url(reverse("community_unsubscribe", args=[unsubscribe_token(user)]))
    headers = {
        "List-Unsubscribe": f"<{url}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return url, headers


def _items(notifications, language):
    """Each notification's sentence and link in ``language`` (a link stored with another
    language's prefix moves to this one's)."""
    with translation.override(language):
        return [
            {
                "message": n.message(),
                "url": absolute_url(url_in_language(n.get_absolute_url(), language)),
            }
            for n in notifications
        ]


def send_notification(n):
    """Email notification ``n`` to its member once; False if already emailed or no address."""
    user = n.user
    if n.emailed or not user.email:
        return False
    language = preferred_language(user)
    unsubscribe_url, headers = _unsubscribe(user)
    [item] = _items([n], language)
    mail.send(
        "community/email/notification",
        {**item, "unsubscribe_url": unsubscribe_url},
        [user.email],
        language=language,
        headers=headers,
    )
    n.emailed = True
    n.save(update_fields=["emailed"])
    return True


def send_digests(period, now=None):
    """Email every member on the ``period`` digest ("daily" or "weekly") their unread, not yet
    emailed notifications, at most once per period; returns how many digests were sent."""
    now = now or timezone.now()
    min_gap = timedelta(hours=20) if period == "daily" else timedelta(days=6, hours=20)
    sent = 0
    profiles = Profile.objects.filter(email_mode=period).select_related(
        "user", "user__wagtail_userprofile"
    )
    for profile in profiles.iterator():
        if profile.last_digest_at and now - profile.last_digest_at < min_gap:
            continue
        user = profile.user
        notifications = list(
            Notification.objects.filter(user=user, emailed=False, read=False)[:DIGEST_SIZE]
        )
        if notifications and user.email:
            language = preferred_language(user)
            unsubscribe_url, headers = _unsubscribe(user)
            mail.send(
                "community/email/digest",
                {"items": _items(notifications, language), "unsubscribe_url": unsubscribe_url},
                [user.email],
                language=language,
                headers=headers,
            )
            Notification.objects.filter(pk__in=[n.pk for n in notifications]).update(emailed=True)
            sent += 1
        profile.last_digest_at = now
        profile.save(update_fields=["last_digest_at"])
    return sent
