"""Brute-force protection for the Wagtail admin login, keyed by client IP and username.

allauth's rate limits cover /accounts/ only; Wagtail's /admin/login/ uses Django's auth form.
Failures are counted in the cache (signal ``user_login_failed``); the middleware answers 429
while a key is over ``COMMUNITY_ADMIN_LOGIN_LIMIT`` = (attempts, seconds).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import gettext as _


def _limit():
    return getattr(settings, "COMMUNITY_ADMIN_LOGIN_LIMIT", (5, 300))


def _ip(request):
    return request.META.get("REMOTE_ADDR", "")


def _keys(request, username):
    name = hashlib.sha256((username or "").strip().lower().encode()).hexdigest()[:32]
    return [
        f"community:adminlogin:ip:{_ip(request)}",
        f"community:adminlogin:ipuser:{_ip(request)}:{name}",
    ]


def record_failure(request, username):
    _attempts, window = _limit()
    for key in _keys(request, username):
        cache.add(key, 0, window)
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, 1, window)


def reset(request, username):
    cache.delete(_keys(request, username)[1])


def is_blocked(request, username):
    attempts, _window = _limit()
    ip_key, user_key = _keys(request, username)
    # The IP alone gets a wider allowance (several people behind one NAT).
    return (cache.get(user_key) or 0) >= attempts or (cache.get(ip_key) or 0) >= attempts * 4


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
