"""Time zones: the visitor's chosen zone (session, then cookie) and the zones on offer."""

import zoneinfo

from django.conf import settings

TZ_COOKIE = "learning_tz"
TIME_ZONES = sorted(zoneinfo.available_timezones())


def visitor_time_zone(request):
    """The zone the visitor chose (session, then cookie); UTC when unknown or invalid."""
    name = request.session.get(TZ_COOKIE) if hasattr(request, "session") else None
    name = name or request.COOKIES.get(TZ_COOKIE) or "UTC"
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def valid_time_zone(name):
    """Whether ``name`` is a known IANA time zone."""
    return name in zoneinfo.available_timezones()


def remember_time_zone(request, response, name):
    """Keep the visitor's choice in the session and in a year-long cookie (HttpOnly: no script
    reads it; Secure over HTTPS or wherever the session cookie is)."""
    request.session[TZ_COOKIE] = name
    response.set_cookie(
        TZ_COOKIE,
        name,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE or request.is_secure(),
        httponly=True,
    )
    return response
