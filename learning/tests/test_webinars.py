"""Webinars: status, time zones, registration with double opt-in, waiting list, reminders."""

import re
from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from learning.factories import WebinarPageFactory
from learning.webinars.models import Registration, RegistrationStatus, WebinarStatus
from learning.webinars.registration import cancel, register_member, register_visitor
from learning.webinars.tokens import make_token

pytestmark = pytest.mark.django_db

URL = "/en/learning/webinars/next-webinar/"


def _links(message):
    return re.findall(r"https?://\S+", message.body)


def _path(url):
    return "/" + url.split("/", 3)[3]


def test_status_is_computed_from_time_and_cancelled_flag(learning_tree):
    w = learning_tree.webinar
    now = w.start
    assert w.status_at(now - timedelta(minutes=1)) == WebinarStatus.UPCOMING
    assert w.status_at(now + timedelta(minutes=30)) == WebinarStatus.LIVE
    assert w.status_at(now + timedelta(minutes=61)) == WebinarStatus.PAST
    w.cancelled = True
    assert w.status_at(now - timedelta(minutes=1)) == WebinarStatus.CANCELLED


def test_page_shows_visitor_and_organiser_time_zones(learning_tree, client):
    w = learning_tree.webinar
    w.start = datetime(2030, 3, 5, 13, 0, tzinfo=UTC)
    w.save()
    html = client.get(URL).content.decode()
    assert "13:00" in html and "(UTC)" in html
    assert "Europe/Brussels" in html and "14:00" in html
    response = client.post("/en/learning/time-zone/", {"tz": "America/New_York", "next": URL})
    assert response.status_code == 302 and response["Location"] == URL
    html = client.get(URL).content.decode()
    assert "08:00" in html and "America/New_York" in html


def test_unknown_time_zone_is_refused(learning_tree, client):
    response = client.post(
        "/en/learning/time-zone/", {"tz": "Mars/Olympus", "next": URL}, follow=True
    )
    assert "Unknown time zone" in response.content.decode()
    assert (
        "learning_tz" not in client.cookies or client.cookies["learning_tz"].value != "Mars/Olympus"
    )


def test_open_redirect_is_blocked(learning_tree, client):
    response = client.post(
        "/en/learning/time-zone/", {"tz": "UTC", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


def test_member_registers_in_one_click_and_sees_join_link(learning_tree, member_client):
    assert "secret-room" not in member_client.get(URL).content.decode()
    response = member_client.post(f"/en/learning/webinar/{learning_tree.webinar.pk}/register/")
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert "secret-room" in member_client.get(URL).content.decode()
    assert len(mail.outbox) == 1 and "/registration/cancel/" in mail.outbox[0].body
    # Registering twice does not duplicate.
    member_client.post(f"/en/learning/webinar/{learning_tree.webinar.pk}/register/")
    assert Registration.objects.count() == 1


def test_visitor_double_opt_in_then_cancel_promotes_waiting(
    learning_tree, client, member, other_member
):
    w = learning_tree.webinar  # capacity 2
    register_member(w, member)
    response = client.post(
        f"/en/learning/webinar/{w.pk}/register/", {"name": "Visitor", "email": "v@example.org"}
    )
    assert response.status_code == 302
    registration = Registration.objects.get(email="v@example.org")
    assert registration.status == RegistrationStatus.PENDING
    assert "secret-room" not in client.get(URL).content.decode()
    confirm_url = next(u for u in _links(mail.outbox[-1]) if "/confirm/" in u)
    assert client.get(_path(confirm_url)).status_code == 200
    client.post(_path(confirm_url))
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    register_member(w, other_member)
    waiting = Registration.objects.get(user=other_member)
    assert waiting.status == RegistrationStatus.WAITING
    mail.outbox.clear()
    cancel_url = next(u for u in _links(_mail_to("v@example.org", registration)) if "/cancel/" in u)
    client.post(_path(cancel_url))
    registration.refresh_from_db()
    waiting.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
    assert waiting.status == RegistrationStatus.CONFIRMED
    promoted = [m for m in mail.outbox if other_member.email in m.to]
    assert promoted and "now registered" in promoted[0].subject
    assert "secret-room" in promoted[0].body


def test_emails_are_plain_text_with_the_joining_link_only_for_a_seat(learning_tree, member):
    w = learning_tree.webinar
    w.title = "Jobs & skills <online>"
    w.save()
    registration, _ = register_member(w, member)
    seat = mail.outbox[-1]
    assert seat.subject == "[R&R Hub] You are registered: Jobs & skills <online>"
    assert 'registered for "Jobs & skills <online>"' in seat.body and "&amp;" not in seat.body
    assert "Joining link: https://meet.example.org/secret-room" in seat.body
    assert "Webinar page: http://testserver/en/learning/webinars/next-webinar/" in seat.body
    cancel(registration)
    cancelled = mail.outbox[-1]
    assert cancelled.subject.startswith("[R&R Hub] Registration cancelled")
    assert "secret-room" not in cancelled.body and "/registration/cancel/" in cancelled.body


def _mail_to(email, registration):
    from learning.webinars.emails import send_registration_email

    send_registration_email.enqueue(registration.pk, "confirmed")
    return [m for m in mail.outbox if email in m.to][-1]


def test_tampered_token_is_refused(learning_tree, client):
    registration, _ = register_visitor(learning_tree.webinar, "V", "v@example.org")
    token = make_token(registration, "confirm")
    assert client.get(f"/en/learning/registration/confirm/{token}x/").status_code == 400
    cancel_token = make_token(registration, "cancel")
    # A cancel token cannot confirm.
    assert client.post(f"/en/learning/registration/confirm/{cancel_token}/").status_code == 400


def test_visitor_bad_input_rerenders_form_keeping_values(learning_tree, client):
    response = client.post(
        f"/en/learning/webinar/{learning_tree.webinar.pk}/register/",
        {"name": "Keep Me", "email": "not-an-email"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="Keep Me"' in html and "valid email" in html
    assert not Registration.objects.exists()


def test_registration_closed_for_past_and_cancelled(learning_tree, member_client):
    w = learning_tree.webinar
    w.cancelled = True
    w.save_revision().publish()
    member_client.post(f"/en/learning/webinar/{w.pk}/register/")
    assert not Registration.objects.exists()


def test_get_on_register_is_not_allowed(learning_tree, client):
    assert (
        client.get(f"/en/learning/webinar/{learning_tree.webinar.pk}/register/").status_code == 405
    )


def test_reminders_are_sent_once(learning_tree, member):
    w = learning_tree.webinar
    w.start = timezone.now() + timedelta(hours=20)
    w.save()
    register_member(w, member)
    mail.outbox.clear()
    call_command("send_webinar_reminders", stdout=open("/dev/null", "w"))
    call_command("send_webinar_reminders", stdout=open("/dev/null", "w"))
    assert [m.subject for m in mail.outbox] == [f"[R&R Hub] Tomorrow: {w.title}"]
    w.start = timezone.now() + timedelta(minutes=50)
    w.save()
    call_command("send_webinar_reminders", stdout=open("/dev/null", "w"))
    call_command("send_webinar_reminders", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 2 and "one hour" in mail.outbox[1].subject
    assert "/registration/cancel/" in mail.outbox[1].body


def test_listing_separates_upcoming_and_past_and_filters(
    learning_tree, client, django_assert_max_num_queries
):
    from portal.factories import ThemeFactory
    from portal.models import Language

    theme = ThemeFactory()
    fr = Language.objects.get(code="fr")
    past = WebinarPageFactory(
        parent=learning_tree.webinars, title="Old one", start=timezone.now() - timedelta(days=5)
    )
    past.themes.set([theme])
    past.interpretation.set([fr])
    past.save_revision().publish()
    for i in range(5):
        WebinarPageFactory(parent=learning_tree.webinars, title=f"Extra {i}")
    with django_assert_max_num_queries(30):
        html = client.get("/en/learning/webinars/").content.decode()
    upcoming, past_html = html.split('id="past-heading"')
    assert "Old one" in past_html and "Old one" not in upcoming
    assert learning_tree.webinar.title in upcoming
    html = client.get(f"/en/learning/webinars/?theme={theme.pk}").content.decode()
    assert "Old one" in html and learning_tree.webinar.title not in html
    html = client.get("/en/learning/webinars/?language=fr").content.decode()
    assert "Old one" in html and learning_tree.webinar.title not in html


def test_sequence_bumps_on_time_change_only(learning_tree):
    w = learning_tree.webinar
    before = w.sequence
    w.summary = "Changed text"
    w.save()
    assert w.sequence == before
    w.start += timedelta(hours=1)
    w.save()
    assert w.sequence == before + 1


def test_recording_url_outside_allow_list_is_rejected(learning_tree, settings):
    from django.core.exceptions import ValidationError

    settings.LEARNING_RECORDING_PROVIDERS = ("vimeo.com",)
    w = learning_tree.webinar
    w.recording_url = "https://evil.example/video"
    with pytest.raises(ValidationError):
        w.full_clean()
    w.recording_url = "https://player.vimeo.com/video/1"
    w.full_clean()


def test_past_webinar_shows_recording_and_related(learning_tree, client):
    w = WebinarPageFactory(
        parent=learning_tree.webinars,
        slug="past-one",
        start=timezone.now() - timedelta(days=2),
        recording_url="https://www.youtube.com/watch?v=abc",
        related=[("page", {"page": learning_tree.course, "label": "Related course"})],
    )
    html = client.get(w.url).content.decode()
    assert "Watch the recording" in html and "Related course" in html
    # Over: no registration form nor button, the recording comes first.
    assert 'data-testid="registration-panel"' not in html and ">Register<" not in html


def test_attendance_is_recorded_in_csv(learning_tree, admin_client, member):
    registration, _ = register_member(learning_tree.webinar, member)
    registration.attended = True
    registration.save()
    response = admin_client.get(
        f"/admin/learning/webinar/{learning_tree.webinar.pk}/registrants.csv"
    )
    body = response.content.decode()
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "member@example.org,confirmed" in body and ",yes,yes" in body


def test_csv_neutralises_formulas(learning_tree, admin_client):
    register_visitor(learning_tree.webinar, "=HYPERLINK(1)", "x@example.org")
    body = admin_client.get(
        f"/admin/learning/webinar/{learning_tree.webinar.pk}/registrants.csv"
    ).content.decode()
    assert "'=HYPERLINK(1)" in body


def test_a_members_registration_email_is_in_their_own_language(learning_tree, member):
    from wagtail.users.models import UserProfile

    UserProfile.objects.update_or_create(user=member, defaults={"preferred_language": "fr"})
    register_member(learning_tree.webinar, member)
    seat = mail.outbox[-1]
    assert seat.subject.startswith("[R&R Hub] ")
    assert "You are registered" not in seat.subject
    assert "inscription" in seat.subject.lower()
