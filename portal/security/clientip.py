"""The client's IP address, as seen through the number of proxies the site trusts.

Each trusted proxy appends the address it received the request from to ``X-Forwarded-For``
(nginx: ``$proxy_add_x_forwarded_for``), so with ``TRUSTED_PROXY_COUNT`` = N the client is
the N-th entry from the right; entries further left were sent by the client and can be
anything. With N = 0 (the default, no proxy) the header is ignored and ``REMOTE_ADDR`` is the
client. Every rate limit keyed by IP (allauth's through ``community.accounts.adapter``, the
admin-login limiter) uses ``client_ip``.
"""

import ipaddress

from django.conf import settings


def _clean(value):
    """``value`` as a normalised IP address (a port or brackets removed), or None."""
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [2001:db8::1]:443
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # 203.0.113.7:443
        value = value.split(":", 1)[0]
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None


def client_ip(request):
    """The client's address: the ``TRUSTED_PROXY_COUNT``-th ``X-Forwarded-For`` entry from the
    right (the leftmost when the header is shorter), else ``REMOTE_ADDR``."""
    remote = request.META.get("REMOTE_ADDR", "")
    trusted = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if trusted > 0 and forwarded:
        entries = [entry for entry in forwarded.split(",") if entry.strip()]
        if entries:
            ip = _clean(entries[-min(trusted, len(entries))])
            if ip:
                return ip
    return _clean(remote) or remote
