"""Saved searches and alerts: new matches mailed once in the member's language, daily and
weekly runs, the Atom feed, one-click unsubscribe, dashboard management and permissions."""

import re
from datetime import timedelta

import feedparser
import pytest
from django.core import mail
from django.utils import timezone

from community.accounts.services import set_preferred_language
from community.alerts import services
from community.alerts.models import SavedSearch, SentMatch
from portal.core.signals import content_changed

pytestmark = pytest.mark.postgres(reason="the saved query runs through the search index")

SAVE = "/en/community/alerts/save/"


@pytest.fixture
def resource_index(db):
    from portal.demo.site import ensure_home, ensure_locales
    from portal.demo.utils import ensure_page
    from resources.models import ResourceIndexPage

    ensure_locales()
    return ensure_page(ensure_home(), ResourceIndexPage, "resources", title="Resources")


@pytest.fixture
def make_resource(resource_index, django_capture_on_commit_callbacks):
    """A published resource, in the search index (its on-commit reindex is run)."""
    from resources.factories import ResourcePageFactory, publish

    def make(title, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            page = ResourcePageFactory.build(title=title, **fields)
            resource_index.add_child(instance=page)
            return publish(page)

    return make


def _save(client, listing, name="Microgrants", frequency="daily", kind="resources"):
    return client.post(
        SAVE, {"kind": kind, "listing": listing, "name": name, "frequency": frequency}
    )


def test_a_new_match_is_mailed_once_in_the_members_language(
    make_resource, member, member_client, django_capture_on_commit_callbacks
):
    set_preferred_language(member, "fr")
    make_resource("Microgrants before the search was saved")
    response = _save(member_client, "/en/resources/?q=microgrants&page=3&sort=title")
    assert response.status_code == 302
    assert response["Location"] == "/en/resources/?q=microgrants&page=3&sort=title"
    saved = SavedSearch.objects.get(user=member)
    # The page and the order are not part of the search; what matched then is the baseline.
    assert (saved.path, saved.query, saved.language) == ("/en/resources/", "q=microgrants", "en")
    assert SentMatch.objects.filter(saved_search=saved, baseline=True).count() == 1

    new = make_resource("Microgrants for returning fishers")
    make_resource("Census of cooperatives")  # does not match
    mail.outbox.clear()
    assert services.send_alerts("daily") == (1, 1)
    [message] = mail.outbox
    assert message.to == [member.email]
    assert "1 nouveau résultat pour «\u00a0Microgrants\u00a0»" in message.subject
    assert "Nouveaux résultats pour votre recherche enregistrée" in message.body
    assert "Arrêtez ces courriels en un clic" in message.body
    assert "Microgrants for returning fishers" in message.body
    assert new.url in message.body
    assert "before the search was saved" not in message.body
    assert "Census" not in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    # Run again at once (not due) and a day later (due, nothing new): no second email.
    assert services.send_alerts("daily") == (0, 0)
    assert services.send_alerts("daily", now=timezone.now() + timedelta(days=1)) == (0, 0)
    assert len(mail.outbox) == 1
    assert SentMatch.objects.filter(saved_search=saved, baseline=False).count() == 1

    # A member's content change triggers the immediate run (a django-tasks task).
    saved.frequency = SavedSearch.Frequency.IMMEDIATE
    saved.save()
    later = make_resource("Microgrants, second round")
    with django_capture_on_commit_callbacks(execute=True):
        content_changed.send(sender=type(later), instance=later)
    assert len(mail.outbox) == 2 and "second round" in mail.outbox[-1].body


def test_daily_and_weekly_runs_take_only_their_searches_when_due(make_resource, member):
    daily = services.save_search(member, "resources", "/en/resources/?q=cash", "Cash", "daily")
    weekly = services.save_search(
        member, "resources", "/en/resources/?q=cash", "Cash weekly", "weekly"
    )
    make_resource("Cash transfers on return")
    mail.outbox.clear()
    now = timezone.now()
    assert services.send_alerts("weekly", now=now) == (1, 1)
    assert "Cash weekly" in mail.outbox[-1].subject
    assert services.send_alerts("daily", now=now) == (1, 1)
    assert "“Cash”" in mail.outbox[-1].subject
    make_resource("Cash grants evaluated")
    # Two days later the daily search is due again, the weekly one not yet.
    assert services.send_alerts("weekly", now=now + timedelta(days=2)) == (0, 0)
    assert services.send_alerts("daily", now=now + timedelta(days=2)) == (1, 1)
    assert services.send_alerts("weekly", now=now + timedelta(days=7)) == (1, 1)
    daily.refresh_from_db()
    weekly.refresh_from_db()
    assert daily.last_checked_at == now + timedelta(days=2)
    assert weekly.last_checked_at == now + timedelta(days=7)


def test_atom_feed_validates_and_needs_its_secret(make_resource, member, client):
    saved = services.save_search(
        member, "resources", "/en/resources/?q=microgrants", "Microgrants", "off"
    )
    make_resource("Microgrants for returning fishers")
    make_resource("Census of cooperatives")
    response = client.get(f"/community/alerts/feed/{saved.feed_token}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert feed.feed.title == "Saved search: Microgrants"
    assert [e.title for e in feed.entries] == ["Microgrants for returning fishers"]
    assert feed.entries[0].link.startswith("http")
    assert client.get("/community/alerts/feed/not-the-token/", follow=True).status_code == 404


def test_unsubscribe_link_works_signed_and_fails_forged(make_resource, member, client):
    saved = services.save_search(
        member, "resources", "/en/resources/?q=microgrants", "Microgrants", "weekly"
    )
    make_resource("Microgrants for returning fishers")
    services.send_alerts("weekly")
    message = mail.outbox[-1]
    url = re.search(r"https?://\S+/community/alerts/unsubscribe/\S+/", message.body).group(0)
    assert message.extra_headers["List-Unsubscribe"] == f"<{url}>"
    path = "/" + url.split("/", 3)[3]
    forged = path.replace("/unsubscribe/", "/unsubscribe/x")
    assert client.post(forged).status_code == 400
    other = services.token(saved).replace(":", ":A", 1)
    assert client.post(f"/community/alerts/unsubscribe/{other}/").status_code == 400
    saved.refresh_from_db()
    assert saved.frequency == "weekly"
    assert b"Microgrants" in client.get(path).content  # a button, nothing changed yet
    saved.refresh_from_db()
    assert saved.frequency == "weekly"
    response = client.post(path)  # RFC 8058 one-click: a POST without a CSRF token
    assert response.status_code == 200
    saved.refresh_from_db()
    assert saved.frequency == "off"


def test_dashboard_management_and_permissions(
    resource_index, member, member_client, other_member, client
):
    # Anonymous: sent to sign in, nothing saved.
    response = _save(client, "/en/resources/?q=housing")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not SavedSearch.objects.exists()
    # Bad input: a clear message, no 500.
    assert _save(member_client, "https://evil.example/en/resources/").status_code == 302
    assert _save(member_client, "/en/search/?type=resources", kind="search").status_code == 302
    assert _save(member_client, "/en/resources/", kind="unknown").status_code == 302
    assert not SavedSearch.objects.exists()

    assert _save(member_client, "/en/resources/?q=housing", name="Housing").status_code == 302
    saved = SavedSearch.objects.get()
    html = member_client.get("/en/dashboard/").content.decode()
    assert "Saved searches" in html and "Housing" in html and saved.feed_token in html

    update = f"/en/community/alerts/{saved.pk}/"
    delete = f"/en/community/alerts/{saved.pk}/delete/"
    intruder = _client(other_member)
    assert intruder.post(update, {"name": "Mine now", "frequency": "off"}).status_code == 404
    assert intruder.post(delete).status_code == 404
    assert client.post(delete).status_code == 302  # anonymous: to the login page
    assert member_client.get(update).status_code == 405
    saved.refresh_from_db()
    assert (saved.name, saved.frequency) == ("Housing", "daily")

    member_client.post(update, {"name": "Housing on return", "frequency": "weekly"})
    saved.refresh_from_db()
    assert (saved.name, saved.frequency) == ("Housing on return", "weekly")
    member_client.post(update, {"name": "", "frequency": "sometimes"})  # refused
    saved.refresh_from_db()
    assert saved.name == "Housing on return"
    assert "Housing on return" not in intruder.get("/en/dashboard/").content.decode()
    member_client.post(delete)
    assert not SavedSearch.objects.exists()


def _client(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client
