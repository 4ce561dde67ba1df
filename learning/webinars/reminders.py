"""Reminders 24 hours and 1 hour before a webinar, each sent once to confirmed registrants."""

from datetime import timedelta

from django.utils import timezone

from learning.webinars.emails import send_registration_email
from learning.webinars.models import Registration, RegistrationStatus

WINDOWS = (
    ("reminder_24h", timedelta(hours=24), "reminder_24h_sent"),
    ("reminder_1h", timedelta(hours=1), "reminder_1h_sent"),
)


def due_reminders(now=None):
    """Mark and return (registration id, kind) pairs whose reminder is due; each once only."""
    now = now or timezone.now()
    due = []
    for kind, window, field in WINDOWS:
        candidates = Registration.objects.filter(
            status=RegistrationStatus.CONFIRMED,
            webinar__cancelled=False,
            webinar__live=True,
            webinar__start__gt=now,
            webinar__start__lte=now + window,
            **{f"{field}__isnull": True},
        ).values_list("pk", flat=True)
        for pk in list(candidates):
            # Conditional update: only one cron run (or worker) wins each reminder.
            if Registration.objects.filter(pk=pk, **{f"{field}__isnull": True}).update(
                **{field: now}
            ):
                due.append((pk, kind))
    return due


def queue_reminders(now=None):
    """Queue the reminder emails due now; returns how many."""
    due = due_reminders(now)
    for registration_id, kind in due:
        send_registration_email.enqueue(registration_id, kind)
    return len(due)
