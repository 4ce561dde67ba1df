"""Registration emails (django-tasks): confirmation, seat, waiting list, promotion,
cancellation and reminders, each from ``templates/learning/email/webinar_<kind>*.txt``."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from community.accounts import preferred_language
from learning.webinars.models import Registration, RegistrationStatus
from learning.webinars.tokens import make_token
from portal.core import mail
from portal.core.links import absolute_url

KINDS = (
    "confirm",
    "confirmed",
    "waiting",
    "promoted",
    "cancelled",
    "reminder_24h",
    "reminder_1h",
)


def _context(registration):
    webinar = registration.webinar
    confirmed = registration.status == RegistrationStatus.CONFIRMED
    return {
        "registration": registration,
        "webinar": webinar,
        "join_url": webinar.join_url if confirmed else "",
        "webinar_url": absolute_url(webinar.url) if webinar.url else "",
        "ics_url": absolute_url(reverse("learning_ics", args=[webinar.pk])),
        "confirm_url": absolute_url(
            reverse("learning:confirm", args=[make_token(registration, "confirm")])
        ),
        "cancel_url": absolute_url(
            reverse("learning:cancel", args=[make_token(registration, "cancel")])
        ),
    }


@task()
def send_registration_email(registration_id, kind):
    """Email a registrant about their registration; every message carries a signed cancel link."""
    registration = (
        Registration.objects.select_related("webinar", "user").filter(pk=registration_id).first()
    )
    if registration is None or kind not in KINDS:
        return False
    # A member's own language; a visitor registered without an account gets the site's.
    language = (
        preferred_language(registration.user) if registration.user_id else settings.LANGUAGE_CODE
    )
    with translation.override(language):
        context = _context(registration)
    mail.send(f"learning/email/webinar_{kind}", context, [registration.email], language)
    return True
