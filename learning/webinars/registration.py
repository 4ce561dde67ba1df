"""Seats at a webinar: registration, double opt-in, cancellation and waiting-list promotion.

Seats are assigned under a row lock on the webinar, so concurrent registrations never
overbook; every change is emailed to the registrant.

A webinar exists once per language; registrations attach to its canonical page (the
default-locale translation, ``portal.core.i18n.canonical``) and are read by
``translation_key``, so a seat taken in English shows, and counts, in French and Arabic.
"""

from datetime import timedelta

from django.db import models, transaction
from django.utils import timezone

from learning.webinars.emails import send_registration_email
from learning.webinars.models import Registration, RegistrationStatus, WebinarPage, WebinarStatus
from portal.core.i18n import canonical


class RegistrationClosed(Exception):
    """The webinar is over or cancelled."""


def registrations_for(webinar):
    """All registrations for the webinar, whichever of its languages ``webinar`` is in."""
    return Registration.objects.filter(webinar__translation_key=webinar.translation_key)


def confirmed_count(webinar):
    """How many seats are taken."""
    return registrations_for(webinar).filter(status=RegistrationStatus.CONFIRMED).count()


def registration_of(webinar, user):
    """The member's current (not cancelled) registration for the webinar, if any."""
    if not user.is_authenticated:
        return None
    return (
        registrations_for(webinar)
        .filter(user=user)
        .exclude(status=RegistrationStatus.CANCELLED)
        .first()
    )


def waiting_position(registration):
    """The place (1 for the next to get a seat) of a registration on the waiting list, else
    None."""
    if registration is None or registration.status != RegistrationStatus.WAITING:
        return None
    ahead = (
        Registration.objects.filter(
            webinar_id=registration.webinar_id, status=RegistrationStatus.WAITING
        )
        .filter(
            models.Q(confirmed_at__lt=registration.confirmed_at)
            | models.Q(confirmed_at=registration.confirmed_at, pk__lt=registration.pk)
        )
        .count()
    )
    return ahead + 1


def upcoming_registrations(user):
    """The member's current registrations for webinars from yesterday on, soonest first."""
    return (
        Registration.objects.filter(user=user)
        .exclude(status=RegistrationStatus.CANCELLED)
        .filter(webinar__start__gte=timezone.now() - timedelta(days=1))
        .select_related("webinar")
        .order_by("webinar__start")
    )


def _seat_status(webinar):
    if confirmed_count(webinar) < webinar.capacity:
        return RegistrationStatus.CONFIRMED
    return RegistrationStatus.WAITING


def _lock(webinar, open_only=False):
    """The canonical webinar, locked for the rest of the transaction."""
    webinar = WebinarPage.objects.select_for_update(of=("self",)).get(pk=canonical(webinar).pk)
    if open_only and webinar.status not in (WebinarStatus.UPCOMING, WebinarStatus.LIVE):
        raise RegistrationClosed
    return webinar


def register_member(webinar, user):
    """One-click registration of a signed-in member: confirmed, or waiting when full."""
    with transaction.atomic():
        webinar = _lock(webinar, open_only=True)
        existing = registration_of(webinar, user)
        if existing:
            return existing, False
        registration = Registration.objects.create(
            webinar=webinar,
            user=user,
            name=user.get_full_name() or user.get_username(),
            email=user.email,
            status=_seat_status(webinar),
            confirmed_at=timezone.now(),
        )
    _notify(registration, registration.status)
    return registration, True


def register_visitor(webinar, name, email):
    """A visitor's registration, pending until the emailed confirmation link is opened."""
    with transaction.atomic():
        webinar = _lock(webinar, open_only=True)
        existing = (
            registrations_for(webinar)
            .filter(email__iexact=email)
            .exclude(status=RegistrationStatus.CANCELLED)
            .first()
        )
        if existing and existing.status != RegistrationStatus.PENDING:
            return existing, False
        registration = existing or Registration.objects.create(
            webinar=webinar, name=name, email=email, status=RegistrationStatus.PENDING
        )
    _notify(registration, "confirm")
    return registration, True


def confirm(registration):
    """Double opt-in: a pending registration takes a seat or a place on the waiting list."""
    with transaction.atomic():
        webinar = _lock(registration.webinar)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status != RegistrationStatus.PENDING:
            return registration, False
        registration.status = _seat_status(webinar)
        registration.confirmed_at = timezone.now()
        registration.save(update_fields=["status", "confirmed_at"])
    _notify(registration, registration.status)
    return registration, True


def cancel(registration):
    """Cancel; a freed seat goes to the earliest person waiting, who is emailed."""
    promoted = None
    with transaction.atomic():
        webinar = _lock(registration.webinar)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == RegistrationStatus.CANCELLED:
            return registration, None
        freed = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.save(update_fields=["status"])
        if freed:
            promoted = (
                Registration.objects.select_for_update()
                .filter(webinar=webinar, status=RegistrationStatus.WAITING)
                .order_by("confirmed_at", "pk")
                .first()
            )
            if promoted and _seat_status(webinar) == RegistrationStatus.CONFIRMED:
                promoted.status = RegistrationStatus.CONFIRMED
                promoted.save(update_fields=["status"])
            else:
                promoted = None
    _notify(registration, "cancelled")
    if promoted:
        _notify(promoted, "promoted")
    return registration, promoted


def _notify(registration, kind):
    send_registration_email.enqueue(registration.pk, kind)
