"""Queue webinar reminders due now (24 h and 1 h before). Run every 5-10 minutes from cron."""

from django.core.management.base import BaseCommand

from learning.webinars.reminders import queue_reminders


class Command(BaseCommand):
    help = "Enqueue 24-hour and 1-hour webinar reminders; each reminder is sent once."

    def handle(self, *args, **options):
        self.stdout.write(f"{queue_reminders()} reminder(s) queued.")
