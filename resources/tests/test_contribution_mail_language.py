"""The editors' decision on a contribution, in the member's language, with the resource's link
in that language."""

import pytest
from django.core import mail
from wagtail.models import Locale

from community.accounts.services import set_preferred_language
from resources import contributions
from resources.models import ResourcePage
from resources.tests.test_contributions import submit, submitted  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


def test_approval_in_arabic_links_to_the_arabic_page(submitted, member):  # noqa: F811
    set_preferred_language(member, "ar")
    submitted.get_latest_revision().publish(log_action=False)
    page = ResourcePage.objects.get(pk=submitted.pk)
    arabic = Locale.objects.get_or_create(language_code="ar")[0]
    alias = page.get_translations().filter(locale=arabic).first() or page.copy_for_translation(
        arabic, copy_parents=True, alias=True
    )
    mail.outbox.clear()
    assert contributions.send_decision_email(page.pk, "approved")
    [message] = mail.outbox
    assert message.subject == f"[R&R Hub] نُشر موردك «{page.title}»"
    assert f"http://testserver{alias.url}" in message.body
    assert alias.url.startswith("/ar/")
    assert "http://testserver/ar/dashboard/" in message.body
    assert "Thank you" not in message.body


def test_rejection_in_spanish(submitted, member):  # noqa: F811
    set_preferred_language(member, "es")
    mail.outbox.clear()
    assert contributions.send_decision_email(submitted.pk, "rejected", "Falta el ISBN.")
    [message] = mail.outbox
    assert message.subject.startswith("[R&R Hub] ") and "Changes requested" not in message.subject
    assert "Falta el ISBN." in message.body
    assert "http://testserver/es/dashboard/" in message.body
    assert "Hello" not in message.body
