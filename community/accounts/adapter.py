"""allauth's account adapter: the site's one notion of the client's IP address, and its
emails (verification, password reset, notices) in the recipient's language."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils import translation

from portal.core.i18n import url_in_language
from portal.security.clientip import client_ip

from .services import chosen_language


def _recipient(email, context):
    """The account an allauth email goes to: the context's user, else the owner of
    ``email`` (None for an address nobody has, e.g. the "unknown account" notice)."""
    user = context.get("user")
    if user is not None and getattr(user, "pk", None):
        return user
    from allauth.account.models import EmailAddress

    address = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
    return address.user if address else None


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request):
        """The address allauth's rate limits key on: ``portal.security.clientip.client_ip``."""
        return client_ip(request) or super().get_client_ip(request)

    def send_mail(self, template_prefix, email, context):
        """Render allauth's email in the recipient's language: the one the member chose,
        else the language of the page the request came from. Its links (``*_url``) move to
        that language's prefix."""
        language = (
            chosen_language(_recipient(email, context))
            or translation.get_language()
            or settings.LANGUAGE_CODE
        )
        context = {
            key: url_in_language(value, language)
            if key.endswith("_url") and isinstance(value, str)
            else value
            for key, value in context.items()
        }
        with translation.override(language):
            return super().send_mail(template_prefix, email, context)
