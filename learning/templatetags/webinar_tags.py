"""Webinar times in the visitor's zone with the zone's name in the visitor's language, and the
time-zone form (a short list by region, the full list one link away)."""

from django import template

from learning.webinars import zones

register = template.Library()


@register.simple_tag
def local_datetime(value, zone, weekday=False):
    """``value`` in ``zone`` (a ZoneInfo or a name), written the active language's way."""
    if not value:
        return ""
    return zones.local_datetime(value, zone, weekday=weekday)


@register.filter
def zone_name(zone):
    """The zone's name after a time: "Mali Time", "heure : Mali", "توقيت مالي", "UTC"."""
    return zones.zone_name(getattr(zone, "key", zone) or "UTC")


@register.inclusion_tag("learning/includes/tz_form.html", takes_context=True)
def time_zone_form(context, full=False, organiser_zone=""):
    """The time-zone form: the common zones (plus the visitor's and the organiser's), or every
    zone when ``full`` (the time-zone page). Posting it works without JavaScript."""
    request = context.get("request")
    current = zones.canonical_zone(zones.visitor_time_zone(request).key) if request else "UTC"
    names = None if full else zones.COMMON_ZONES
    return {
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "full": full,
        "current_zone": current,
        "next_url": context.get("next_url") or (request.get_full_path() if request else "/"),
        "zone_groups": zones.zone_groups(names, extra=(current, organiser_zone)),
        "chosen": bool(request and request.COOKIES.get(zones.TZ_COOKIE)),
    }
