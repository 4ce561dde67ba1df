"""Every webinar email in the recipient's language: subject, body, the webinar page in that
language, times with the zone's localized name. One test per kind of message."""

from datetime import timedelta

import pytest
from django.core import mail

from conftest import make_user
from learning.webinars.emails import send_registration_email
from learning.webinars.registration import cancel, register_member, register_visitor
from learning.webinars.reminders import queue_reminders

pytestmark = pytest.mark.django_db


def _speaker_of(language):
    from community.accounts.services import set_preferred_language

    user = make_user(f"{language}-reader@example.org")
    set_preferred_language(user, language)
    return user


def _to(address):
    [message] = [m for m in mail.outbox if address in m.to]
    mail.outbox.remove(message)
    return " ".join(message.subject.split()), message.body


@pytest.fixture
def webinar(learning_tree):
    """The tree's webinar (capacity 2), with its French, Spanish and Arabic aliases."""
    from portal.demo.utils import sync_locales

    sync_locales(learning_tree.home)
    return learning_tree.webinar


@pytest.fixture
def french(db):
    return _speaker_of("fr")


@pytest.fixture
def arabic(db):
    return _speaker_of("ar")


def test_confirmed_seat_in_french(webinar, french):
    register_member(webinar, french)
    subject, body = _to(french.email)
    assert subject == f"[R&R Hub] Inscription confirmée : {webinar.title}"
    assert f"Votre inscription à « {webinar.title} » est confirmée." in " ".join(body.split())
    assert "http://testserver/fr/learning/webinars/next-webinar/" in body
    assert "heure : Belgique" in " ".join(body.split())  # the organiser's zone, in French
    assert "/fr/learning/registration/cancel/" in body


def test_waiting_list_in_arabic(webinar, arabic):
    register_member(webinar, make_user("one@example.org"))
    register_member(webinar, make_user("two@example.org"))
    register_member(webinar, arabic)  # the third of two seats
    subject, body = _to(arabic.email)
    assert subject == f"[R&R Hub] أنت على قائمة الانتظار: {webinar.title}"
    assert "http://testserver/ar/learning/webinars/next-webinar/" in body
    assert "توقيت بلجيكا" in body
    assert "Hello" not in body and "When:" not in body


def test_promotion_and_cancellation_in_each_ones_language(webinar, french, arabic):
    register_member(webinar, arabic)
    register_member(webinar, make_user("two@example.org"))
    register_member(webinar, french)  # waiting
    mail.outbox.clear()
    seat = webinar.registrations.get(user=arabic)
    cancel(seat)
    subject, body = _to(arabic.email)
    assert subject == f"[R&R Hub] تم إلغاء التسجيل: {webinar.title}"
    assert "/ar/" in body
    subject, body = _to(french.email)
    assert subject == (
        f"[R&R Hub] Une place s’est libérée, votre inscription est confirmée : {webinar.title}"
    )
    assert "/fr/learning/webinars/next-webinar/" in body


def test_reminders_in_french(webinar, french):
    register_member(webinar, french)
    mail.outbox.clear()
    start = webinar.start
    queue_reminders(now=start - timedelta(hours=23))
    subject, body = _to(french.email)
    assert subject == f"[R&R Hub] Demain : {webinar.title}"
    assert "commence dans moins de 24 heures" in body
    queue_reminders(now=start - timedelta(minutes=50))
    subject, body = _to(french.email)
    assert subject == f"[R&R Hub] Dans une heure : {webinar.title}"


def test_visitor_confirmation_in_the_language_given(webinar):
    seat, _created = register_visitor(webinar, "Awa", "awa@example.org")
    subject, _body = _to("awa@example.org")  # without a language: the site's
    assert subject == f"[R&R Hub] Confirm your registration: {webinar.title}"
    send_registration_email.enqueue(seat.pk, "confirm", "ar")
    subject, body = _to("awa@example.org")
    assert subject == f"[R&R Hub] يُرجى تأكيد تسجيلك: {webinar.title}"
    assert "/ar/learning/registration/confirm/" in body
    send_registration_email.enqueue(seat.pk, "confirm", "xx")  # unknown: the site's
    assert _to("awa@example.org")[0].startswith("[R&R Hub] Confirm")


def test_a_translated_webinar_is_named_in_the_readers_language(webinar, french):
    from portal.demo.utils import translate_page

    translate_page(webinar, "fr", title="Réintégration durable : webinaire", slug="webinaire")
    register_member(webinar, french)
    subject, body = _to(french.email)
    assert subject == "[R&R Hub] Inscription confirmée : Réintégration durable : webinaire"
    assert "http://testserver/fr/learning/webinars/webinaire/" in body
