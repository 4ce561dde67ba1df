"""Registration under load: the webinar row lock keeps the seat count exact."""

import threading

import pytest
from django.db import connection

from learning.webinars.models import Registration, RegistrationStatus
from learning.webinars.registration import register_member


@pytest.mark.postgres(reason="SQLite serialises writers; this tests PostgreSQL's row locks")
@pytest.mark.django_db(transaction=True)
def test_fifty_simultaneous_registrations_for_twenty_seats(learning_tree):
    from conftest import make_user

    webinar = learning_tree.webinar
    webinar.capacity = 20
    webinar.save_revision().publish()
    users = [make_user(f"load{i}@example.org") for i in range(50)]
    barrier = threading.Barrier(50)
    errors = []

    def register(user):
        from django.db import connection as thread_connection

        try:
            barrier.wait()
            register_member(webinar, user)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)
        finally:
            thread_connection.close()

    threads = [threading.Thread(target=register, args=(u,)) for u in users]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    statuses = list(Registration.objects.values_list("status", flat=True))
    assert statuses.count(RegistrationStatus.CONFIRMED) == 20
    assert statuses.count(RegistrationStatus.WAITING) == 30
    assert connection.vendor == "postgresql"
