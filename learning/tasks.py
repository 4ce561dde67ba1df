"""Background tasks of the learning app (django-tasks): registration emails and reminders."""

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

SUBJECTS = {
    "confirm": "Confirm your registration: {title}",
    "confirmed": "You are registered: {title}",
    "waiting": "You are on the waiting list: {title}",
    "promoted": "A seat is free, you are now registered: {title}",
    "cancelled": "Registration cancelled: {title}",
    "reminder_24h": "Tomorrow: {title}",
    "reminder_1h": "Starting in one hour: {title}",
}


@task()
def send_registration_email(registration_id, kind):
    """Email a registrant; every message carries a signed cancel link."""
    from learning import services
    from learning.models import Registration

    registration = Registration.objects.select_related("webinar").filter(pk=registration_id).first()
    if registration is None or kind not in SUBJECTS:
        return False
    webinar = registration.webinar
    with translation.override("en"):
        context = {
            "registration": registration,
            "webinar": webinar,
            "kind": kind,
            **services.email_links(registration),
        }
        body = render_to_string("learning/email/registration.txt", context)
        subject = "[R&R Hub] " + SUBJECTS[kind].format(title=webinar.title)
    send_mail(subject, body, None, [registration.email])
    return True
