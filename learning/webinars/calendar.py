"""iCalendar files: one per webinar and a feed of upcoming webinars."""

from datetime import timedelta

from django.utils import timezone
from icalendar import Calendar, Event

from learning.webinars.models import WebinarPage
from portal.core.i18n import canonical
from portal.core.links import absolute_url

PRODID = "-//Return & Reintegration Hub//Learning//EN"


def _calendar(name=None):
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if name:
        cal.add("x-wr-calname", name)
    return cal


def event_for(webinar):
    """A VEVENT with a stable UID, the same for every language of the webinar (the canonical
    page's), so a calendar never holds it twice; title, summary and link in ``webinar``'s
    language; times in the organiser's zone (VTIMEZONE added)."""
    source = canonical(webinar)
    zone = webinar.organiser_zone
    event = Event()
    event.add("uid", f"webinar-{source.ical_uid}@rrhub")
    event.add("sequence", source.sequence)
    event.add("dtstamp", timezone.now())
    event.add("summary", webinar.title)
    event.add("dtstart", webinar.start.astimezone(zone))
    event.add("dtend", webinar.end.astimezone(zone))
    if webinar.summary:
        event.add("description", webinar.summary)
    url = webinar.url
    if url:
        event.add("url", absolute_url(url))
    event.add("status", "CANCELLED" if webinar.cancelled else "CONFIRMED")
    return event


def _finish(cal):
    cal.add_missing_timezones()
    return cal.to_ical()


def webinar_ics(webinar):
    """One webinar as an iCalendar file (METHOD:CANCEL once cancelled)."""
    cal = _calendar()
    cal.add("method", "CANCEL" if webinar.cancelled else "PUBLISH")
    cal.add_component(event_for(webinar))
    return _finish(cal)


def feed_webinars():
    """The English webinars from yesterday on (cancelled ones included), soonest first."""
    return (
        WebinarPage.objects.live()
        .public()
        .filter(locale__language_code="en", start__gte=timezone.now() - timedelta(days=1))
        .order_by("start")[:200]
    )


def feed_ics(webinars, name):
    """A subscribable calendar of ``webinars``, refreshed every 6 hours."""
    cal = _calendar(name)
    cal.add("method", "PUBLISH")
    cal.add("x-published-ttl", "PT6H")
    cal.add("refresh-interval", timedelta(hours=6), parameters={"VALUE": "DURATION"})
    for webinar in webinars:
        cal.add_component(event_for(webinar))
    return _finish(cal)
