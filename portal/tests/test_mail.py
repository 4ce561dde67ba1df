"""portal.core.mail: subjects from templates, in the recipient's language, on one line."""

from datetime import UTC, datetime
from types import SimpleNamespace

from portal.core import mail


def test_subject_is_one_prefixed_line_and_keeps_french_non_breaking_spaces():
    webinar = SimpleNamespace(
        title="Emploi\net compétences",
        start=datetime(2026, 3, 4, 14, 0, tzinfo=UTC),
        organiser_time_zone="Africa/Dakar",
    )
    context = {"webinar": webinar, "registration": SimpleNamespace(name="Awa")}
    subject, _body = mail.render("learning/email/webinar_confirmed", context, "fr")
    assert subject.startswith("[R&R Hub] Inscription confirmée\u00a0: ")
    assert "\n" not in subject and subject.endswith("Emploi et compétences")
