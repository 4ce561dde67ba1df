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
from portal.core.i18n import translation_in
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


def _context(registration, language):
    """What the templates show, with the webinar and its links in ``language``: the page of
    that language (a translation, or the alias that says it is not translated yet)."""
    canonical = registration.webinar
    webinar = translation_in(canonical, language)
    confirmed = registration.status == RegistrationStatus.CONFIRMED
    return {
        "registration": registration,
        "webinar": webinar,
        "join_url": canonical.join_url if confirmed else "",
        "webinar_url": absolute_url(webinar.url) if webinar.url else "",
        "ics_url": absolute_url(reverse("learning_ics", args=[canonical.pk])),
        "confirm_url": absolute_url(
            reverse("learning:confirm", args=[make_token(registration, "confirm")])
        ),
        "cancel_url": absolute_url(
            reverse("learning:cancel", args=[make_token(registration, "cancel")])
        ),
    }


@task()
def send_registration_email(registration_id, kind, language=None):
    """Email a registrant about their registration; every message carries a signed cancel link.

    Written in a member's own language; a visitor registered without an account gets
    ``language`` when the caller knows it (the page they registered on), else the site's."""
    registration = (
        Registration.objects.select_related("webinar", "user").filter(pk=registration_id).first()
    )
    if registration is None or kind not in KINDS:
        return False
    if registration.user_id:
        language = preferred_language(registration.user)
    elif language not in {code for code, _name in settings.LANGUAGES}:
        language = settings.LANGUAGE_CODE
    with translation.override(language):
        context = _context(registration, language)
    mail.send(f"learning/email/webinar_{kind}", context, [registration.email], language)
    return True
