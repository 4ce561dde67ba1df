"""Seats and the waiting list, rule by rule: who gets a seat, who waits, who is promoted, and
what each person is emailed."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.utils import timezone

from conftest import make_user
from learning import factories
from learning.webinars import registration as seats
from learning.webinars.models import Registration, RegistrationStatus

pytestmark = pytest.mark.django_db
CONFIRMED, WAITING = RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING
PENDING, CANCELLED = RegistrationStatus.PENDING, RegistrationStatus.CANCELLED


@pytest.fixture
def index(home):
    learning = factories.LearningIndexPageFactory(parent=home)
    return factories.WebinarIndexPageFactory(parent=learning)


@pytest.fixture
def webinar(index):
    return factories.WebinarPageFactory(parent=index, title="Housing clinic", capacity=1)


def subjects_to(address):
    """Subjects of the mail sent to ``address``, without the site's "[R&R Hub] " prefix."""
    return [m.subject.split("] ", 1)[-1] for m in mail.outbox if m.to == [address]]


def test_members_take_seats_then_wait_and_registering_twice_changes_nothing(webinar):
    first, second = make_user("first@example.org"), make_user("second@example.org")
    registration, created = seats.register_member(webinar, first)
    assert (registration.status, created) == (CONFIRMED, True)
    assert registration.confirmed_at is not None
    assert seats.register_member(webinar, first) == (registration, False)
    waiting, created = seats.register_member(webinar, second)
    assert (waiting.status, created) == (WAITING, True)
    assert seats.confirmed_count(webinar) == 1
    assert subjects_to("first@example.org") == ["You are registered: Housing clinic"]
    assert subjects_to("second@example.org") == ["You are on the waiting list: Housing clinic"]


def test_registration_of_ignores_visitors_and_cancelled_registrations(webinar, member):
    assert seats.registration_of(webinar, AnonymousUser()) is None
    assert seats.registration_of(webinar, member) is None
    registration, _ = seats.register_member(webinar, member)
    assert seats.registration_of(webinar, member) == registration
    seats.cancel(registration)
    assert seats.registration_of(webinar, member) is None
    again, created = seats.register_member(webinar, member)  # a new registration after cancelling
    assert created and again.pk != registration.pk and again.status == CONFIRMED


def test_a_visitor_is_pending_until_confirmed_and_may_ask_for_the_link_again(webinar):
    registration, created = seats.register_visitor(webinar, "Ama", "ama@example.org")
    assert (registration.status, created) == (PENDING, True)
    assert seats.confirmed_count(webinar) == 0
    # The same address (in any case) while still pending: the link is sent again.
    assert seats.register_visitor(webinar, "Ama", "AMA@example.org") == (registration, True)
    assert Registration.objects.filter(webinar=webinar).count() == 1
    assert subjects_to("ama@example.org") == ["Confirm your registration: Housing clinic"] * 2

    confirmed, changed = seats.confirm(registration)
    assert (confirmed.status, changed) == (CONFIRMED, True) and confirmed.confirmed_at
    assert seats.confirm(registration) == (confirmed, False)  # a second click changes nothing
    assert seats.register_visitor(webinar, "Ama", "ama@example.org") == (confirmed, False)
    assert subjects_to("ama@example.org")[-1] == "You are registered: Housing clinic"
    assert len(subjects_to("ama@example.org")) == 3


def test_a_visitor_confirming_when_full_waits(webinar, member):
    seats.register_member(webinar, member)
    registration, _ = seats.register_visitor(webinar, "Ama", "ama@example.org")
    waiting, changed = seats.confirm(registration)
    assert (waiting.status, changed) == (WAITING, True)
    # Registering or confirming again while waiting keeps the place and sends nothing new.
    assert seats.register_visitor(webinar, "Ama", "ama@example.org") == (waiting, False)
    assert seats.confirm(waiting) == (waiting, False)
    assert subjects_to("ama@example.org") == [
        "Confirm your registration: Housing clinic",
        "You are on the waiting list: Housing clinic",
    ]


def test_cancelling_a_seat_promotes_the_earliest_waiting(webinar, member):
    seat, _ = seats.register_member(webinar, member)
    early, _ = seats.register_member(webinar, make_user("early@example.org"))
    late, _ = seats.register_member(webinar, make_user("late@example.org"))
    Registration.objects.filter(pk=late.pk).update(confirmed_at=early.confirmed_at)  # a tie
    mail.outbox.clear()

    cancelled, promoted = seats.cancel(seat)
    assert cancelled.status == CANCELLED
    assert promoted.pk == early.pk and promoted.status == CONFIRMED
    assert Registration.objects.get(pk=late.pk).status == WAITING
    assert subjects_to("member@example.org") == ["Registration cancelled: Housing clinic"]
    assert subjects_to("early@example.org") == [
        "A seat is free, you are now registered: Housing clinic"
    ]
    assert subjects_to("late@example.org") == []
    assert seats.cancel(seat) == (cancelled, None)  # cancelling again does nothing
    assert len(mail.outbox) == 2


def test_cancelling_a_waiting_place_or_a_seat_still_oversubscribed_promotes_nobody(webinar):
    a, _ = seats.register_member(webinar, make_user("a@example.org"))
    b, _ = seats.register_member(webinar, make_user("b@example.org"))
    c, _ = seats.register_member(webinar, make_user("c@example.org"))
    assert seats.cancel(b)[1] is None  # a waiting place frees no seat
    assert Registration.objects.get(pk=c.pk).status == WAITING
    # Two seats taken while the capacity was higher; lowered to one, a cancellation frees none.
    Registration.objects.filter(pk=c.pk).update(status=CONFIRMED)
    d, _ = seats.register_member(webinar, make_user("d@example.org"))
    assert seats.cancel(a)[1] is None
    assert Registration.objects.get(pk=d.pk).status == WAITING


def test_registration_is_closed_once_the_webinar_is_over_or_cancelled(index, member):
    live = factories.WebinarPageFactory(parent=index, start=timezone.now() - timedelta(minutes=5))
    assert seats.register_member(live, member)[0].status == CONFIRMED
    past = factories.WebinarPageFactory(parent=index, start=timezone.now() - timedelta(days=2))
    cancelled = factories.WebinarPageFactory(parent=index, cancelled=True)
    for webinar in (past, cancelled):
        with pytest.raises(seats.RegistrationClosed):
            seats.register_member(webinar, member)
        with pytest.raises(seats.RegistrationClosed):
            seats.register_visitor(webinar, "Ama", "ama@example.org")
    assert not Registration.objects.filter(webinar__in=[past, cancelled]).exists()


def test_upcoming_registrations_from_yesterday_on_soonest_first(index, member):
    now = timezone.now()
    later = factories.WebinarPageFactory(parent=index, start=now + timedelta(days=5))
    sooner = factories.WebinarPageFactory(parent=index, start=now + timedelta(hours=2))
    today = factories.WebinarPageFactory(parent=index, start=now - timedelta(minutes=10))
    for webinar in (later, sooner, today):
        seats.register_member(webinar, member)
    dropped = factories.WebinarPageFactory(parent=index, start=now + timedelta(days=1))
    seats.cancel(seats.register_member(dropped, member)[0])
    listed = [r.webinar.pk for r in seats.upcoming_registrations(member)]
    assert listed == [today.pk, sooner.pk, later.pk]
    # A day and a half after it started, a webinar has left the list.
    type(today).objects.filter(pk=today.pk).update(start=now - timedelta(hours=36))
    assert [r.webinar.pk for r in seats.upcoming_registrations(member)] == [sooner.pk, later.pk]


def test_a_registration_can_still_be_cancelled_once_registration_has_closed(webinar, member):
    registration, _ = seats.register_member(webinar, member)
    type(webinar).objects.filter(pk=webinar.pk).update(cancelled=True)
    cancelled, promoted = seats.cancel(registration)
    assert (cancelled.status, promoted) == (CANCELLED, None)


def test_a_member_without_a_name_is_registered_under_their_username(webinar):
    user = make_user("noname@example.org")
    user.first_name = user.last_name = ""
    user.save()
    assert seats.register_member(webinar, user)[0].name == "noname"
