"""A saved good-practices search: saved from the practices listing's form, it mails a newly
published matching practice once, and not one outside its filters."""

import pytest
from django.core import mail

from community.alerts import services
from community.alerts.models import SavedSearch, SentMatch

pytestmark = pytest.mark.postgres(reason="the saved query runs through the search index")


@pytest.fixture
def add_practice(db, django_capture_on_commit_callbacks):
    """Publish a practice in the English index (indexed on commit)."""
    from portal.demo.site import ensure_home, ensure_locales
    from portal.demo.utils import ensure_page
    from portal.models import GcmObjective
    from resources.factories import publish
    from resources.models import GoodPracticeIndexPage, GoodPracticePage

    ensure_locales()
    index = ensure_page(ensure_home(), GoodPracticeIndexPage, "good-practices", title="Practices")

    def add(title, evidence, gcm):
        with django_capture_on_commit_callbacks(execute=True):
            page = GoodPracticePage(title=title, summary=f"About {title}.", evidence_level=evidence)
            index.add_child(instance=page)
            page.gcm_objectives.set(
                GcmObjective.objects.filter(locale__language_code="en", number=gcm)
            )
            page.save()
            return publish(page)

    return add


def test_saved_practices_search_mails_a_new_match_once(add_practice, member, member_client):
    add_practice("Evaluated desk before saving", "evaluated", 21)
    listing = "/en/good-practices/?evidence=evaluated&gcm=21"
    html = member_client.get(listing).content.decode()
    assert 'name="kind" value="practices"' in html and "Save this search" in html
    response = member_client.post(
        "/en/community/alerts/save/",
        {"kind": "practices", "listing": listing, "name": "Evaluated", "frequency": "daily"},
    )
    assert response.status_code == 302 and response["Location"] == listing
    saved = SavedSearch.objects.get(user=member, kind="practices")
    assert SentMatch.objects.filter(saved_search=saved, baseline=True).count() == 1

    new = add_practice("Evaluated reception centre", "evaluated", 21)
    add_practice("Monitored reception centre", "monitored", 21)  # another evidence level
    add_practice("Evaluated cash grants", "evaluated", 7)  # another objective
    mail.outbox.clear()
    assert services.send_alerts("daily") == (1, 1)
    [message] = mail.outbox
    assert message.to == [member.email]
    assert "Evaluated reception centre" in message.body and new.url in message.body
    assert "Monitored" not in message.body and "cash grants" not in message.body
    assert "before saving" not in message.body
    assert services.send_alerts("daily") == (0, 0) and len(mail.outbox) == 1
