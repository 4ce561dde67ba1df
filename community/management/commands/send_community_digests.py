"""Email daily or weekly digests of unread community notifications (run from cron)."""

from django.core.management.base import BaseCommand

from community.notifications.emails import send_digests


class Command(BaseCommand):
    help = "Send digest emails: --period daily (every day) or weekly (once a week)."

    def add_arguments(self, parser):
        parser.add_argument("--period", choices=["daily", "weekly"], default="daily")

    def handle(self, *args, period, **options):
        sent = send_digests(period)
        self.stdout.write(f"{sent} digests sent\n")
