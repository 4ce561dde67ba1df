"""Signed links in registration emails: confirm (valid 7 days) and cancel."""

from django.core import signing

from learning.webinars.models import Registration

TOKEN_SALT = "learning.registration"  # noqa: S105 (a signing salt, not a secret)
CONFIRM_MAX_AGE = 7 * 24 * 3600


def make_token(registration, action):
    """A signed token that lets its holder ``action`` ("confirm" or "cancel") a registration."""
    return signing.dumps({"r": registration.pk, "a": action}, salt=TOKEN_SALT)


def read_token(token, action, max_age=None):
    """The registration a signed link points at, or None if the link is invalid."""
    try:
        data = signing.loads(token, salt=TOKEN_SALT, max_age=max_age)
    except signing.BadSignature:
        return None
    if data.get("a") != action:
        return None
    return Registration.objects.filter(pk=data.get("r")).select_related("webinar").first()
