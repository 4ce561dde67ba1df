"""Brute-force protection for the Wagtail admin login, keyed by client IP and username.

The client IP is ``portal.security.clientip.client_ip`` (``TRUSTED_PROXY_COUNT`` behind a proxy).

allauth's rate limits cover /accounts/ only; Wagtail's /admin/login/ uses Django's auth form.
Failures are counted with ``portal.security.ratelimit`` (signal ``user_login_failed``, connected
in ``community.registrations``); the middleware answers 429 while a key is over
``COMMUNITY_ADMIN_LOGIN_LIMIT`` = (attempts, seconds).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import gettext as _

from portal.security import ratelimit
from portal.security.clientip import client_ip


def _limit():
    return getattr(settings, "COMMUNITY_ADMIN_LOGIN_LIMIT", (5, 300))


def _keys(request, username):
    name = hashlib.sha256((username or "").strip().lower().encode()).hexdigest()[:32]
    ip = client_ip(request)
    return [f"community:adminlogin:ip:{ip}", f"community:adminlogin:ipuser:{ip}:{name}"]


def record_failure(request, username):
    """Count one failed admin sign-in for the client's IP and for IP + username."""
    _attempts, window = _limit()
    for key in _keys(request, username):
        ratelimit.hit(key, window)


def reset(request, username):
    """Forget the IP + username failures after a successful sign-in."""
    cache.delete(_keys(request, username)[1])


def is_blocked(request, username):
    """True while IP + username, or the IP alone (four times the allowance), is over the limit."""
    attempts, _window = _limit()
    ip_key, user_key = _keys(request, username)
    # The IP alone gets a wider allowance (several people behind one NAT).
    return ratelimit.count(user_key) >= attempts or ratelimit.count(ip_key) >= attempts * 4


def login_failed(sender, credentials, request=None, **kwargs):
    """Receiver of ``user_login_failed``: counts failures on the admin login only."""
    if request is not None and request.path.startswith("/admin/"):
        record_failure(request, credentials.get("username", ""))


def logged_in(sender, request, user, **kwargs):
    """Receiver of ``user_logged_in``: a successful admin sign-in clears its counter."""
    if request is not None and request.path.startswith("/admin/"):
        reset(request, request.POST.get("username", ""))


class AdminLoginLimiterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method == "POST" and request.path.rstrip("/").endswith("/admin/login"):
            if is_blocked(request, request.POST.get("username", "")):
                return HttpResponse(
                    _("Too many failed sign-in attempts. Try again in a few minutes."),
                    status=429,
                    content_type="text/plain; charset=utf-8",
                )
        return self.get_response(request)
