"""Calendar files parse with icalendar and with the independent `ics` package."""

from datetime import UTC, datetime, timedelta

import ics
import pytest
from icalendar import Calendar

pytestmark = pytest.mark.django_db


def _set_start(webinar, start):
    webinar.start = start
    webinar.save_revision().publish()
    webinar.refresh_from_db()


@pytest.mark.parametrize(
    ("utc", "local_hour"),
    [
        # Brussels: CET (+1) before 29 March 2026, CEST (+2) after.
        (datetime(2026, 3, 27, 13, 0, tzinfo=UTC), 14),
        (datetime(2026, 3, 30, 13, 0, tzinfo=UTC), 15),
    ],
)
def test_ics_times_across_daylight_saving(learning_tree, client, utc, local_hour):
    w = learning_tree.webinar
    _set_start(w, utc)
    response = client.get(f"/learning/webinars/{w.pk}.ics")
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    cal = Calendar.from_ical(response.content)
    assert cal.walk("VTIMEZONE")[0]["TZID"] == "Europe/Brussels"
    event = cal.walk("VEVENT")[0]
    start = event.decoded("DTSTART")
    assert start.hour == local_hour and start == utc
    assert event["UID"] == f"webinar-{w.ical_uid}@rrhub"
    parsed = ics.Calendar(response.content.decode())
    (other,) = parsed.events
    assert other.begin.to("UTC").datetime == utc
    assert other.end.to("UTC").datetime == utc + timedelta(minutes=60)
    assert other.uid == f"webinar-{w.ical_uid}@rrhub"


def test_update_keeps_uid_and_bumps_sequence_cancel_sets_status(learning_tree, client):
    w = learning_tree.webinar
    first = Calendar.from_ical(client.get(f"/learning/webinars/{w.pk}.ics").content)
    e1 = first.walk("VEVENT")[0]
    _set_start(w, w.start + timedelta(hours=2))
    e2 = Calendar.from_ical(client.get(f"/learning/webinars/{w.pk}.ics").content).walk("VEVENT")[0]
    assert e2["UID"] == e1["UID"] and int(e2["SEQUENCE"]) == int(e1["SEQUENCE"]) + 1
    w.cancelled = True
    w.save_revision().publish()
    body = client.get(f"/learning/webinars/{w.pk}.ics").content
    e3 = Calendar.from_ical(body).walk("VEVENT")[0]
    assert e3["STATUS"] == "CANCELLED" and int(e3["SEQUENCE"]) == int(e2["SEQUENCE"]) + 1
    assert ics.Calendar(body.decode()).events.pop().status == "CANCELLED"


def test_feed_lists_upcoming_webinars(learning_tree, client, django_assert_max_num_queries):
    from learning.factories import WebinarPageFactory

    for i in range(5):
        WebinarPageFactory(parent=learning_tree.webinars, title=f"Feed {i}")
    WebinarPageFactory(
        parent=learning_tree.webinars,
        title="Long ago",
        start=datetime(2020, 1, 1, tzinfo=UTC),
    )
    with django_assert_max_num_queries(10):
        response = client.get("/learning/webinars/feed.ics")
    cal = Calendar.from_ical(response.content)
    titles = {str(e["SUMMARY"]) for e in cal.walk("VEVENT")}
    assert {f"Feed {i}" for i in range(5)} <= titles and "Long ago" not in titles
    assert len(ics.Calendar(response.content.decode()).events) == 6
