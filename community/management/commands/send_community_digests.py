"""Email daily or weekly digests of unread community notifications (run from cron)."""

from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import timezone

from community.models import Notification, Profile
from community.notifications.services import unsubscribe_token


class Command(BaseCommand):
    help = "Send digest emails: --period daily (every day) or weekly (once a week)."

    def add_arguments(self, parser):
        parser.add_argument("--period", choices=["daily", "weekly"], default="daily")

    def handle(self, *args, period, **options):
        now = timezone.now()
        min_gap = timedelta(hours=20) if period == "daily" else timedelta(days=6, hours=20)
        base = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
        sent = 0
        profiles = Profile.objects.filter(email_mode=period).select_related("user")
        for profile in profiles.iterator():
            if profile.last_digest_at and now - profile.last_digest_at < min_gap:
                continue
            items = list(
                Notification.objects.filter(user=profile.user, emailed=False, read=False)[:50]
            )
            if items and profile.user.email:
                unsub = base + reverse(
                    "community_unsubscribe", args=[unsubscribe_token(profile.user)]
                )
                lines = "\n".join(f"- {n.text}\n  {base}{n.url}" for n in items)
                EmailMessage(
                    subject=f"[R&R Hub] Community digest: {len(items)} updates",
                    body=f"{lines}\n\nUnsubscribe with one click: {unsub}\n",
                    to=[profile.user.email],
                    headers={
                        "List-Unsubscribe": f"<{unsub}>",
                        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                    },
                ).send()
                Notification.objects.filter(pk__in=[n.pk for n in items]).update(emailed=True)
                sent += 1
            profile.last_digest_at = now
            profile.save(update_fields=["last_digest_at"])
        self.stdout.write(f"{sent} digests sent\n")
