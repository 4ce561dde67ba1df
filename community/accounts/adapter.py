"""allauth's account adapter: the site's one notion of the client's IP address."""

from allauth.account.adapter import DefaultAccountAdapter

from portal.security.clientip import client_ip


class AccountAdapter(DefaultAccountAdapter):
    def get_client_ip(self, request):
        """The address allauth's rate limits key on: ``portal.security.clientip.client_ip``."""
        return client_ip(request) or super().get_client_ip(request)
