"""Queue webinar reminders due now (24 h and 1 h before). Run every 5-10 minutes from cron."""

from django.core.management.base import BaseCommand

from learning import services
from learning.tasks import send_registration_email


class Command(BaseCommand):
    help = "Enqueue 24-hour and 1-hour webinar reminders; each reminder is sent once."

    def handle(self, *args, **options):
        due = services.due_reminders()
        for registration_id, kind in due:
            send_registration_email.enqueue(registration_id, kind)
        self.stdout.write(f"{len(due)} reminder(s) queued.")
