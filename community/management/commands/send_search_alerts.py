"""Email the new matches of saved searches (run from cron: daily, weekly, and immediate as a
sweep every few minutes behind the publish-triggered runs)."""

from django.core.management.base import BaseCommand

from community.alerts.services import send_alerts


class Command(BaseCommand):
    help = "Send saved-search alerts: --frequency daily, weekly or immediate."

    def add_arguments(self, parser):
        parser.add_argument(
            "--frequency", choices=["immediate", "daily", "weekly"], default="daily"
        )

    def handle(self, *args, frequency, **options):
        emails, matches = send_alerts(frequency)
        self.stdout.write(f"{emails} alert emails sent ({matches} new matches)\n")
