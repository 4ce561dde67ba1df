"""Notifications store the event and its parameters and are written in the reader's language."""

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import translation

from community.discussions import services as discussions
from community.models import Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def french_reply(thread, member, other_member, django_capture_on_commit_callbacks):
    """``other_member`` replies while browsing in French; ``member`` follows the thread."""
    discussions.follow(member, thread=thread)
    discussions.join_group(other_member, thread.group)
    with translation.override("fr"), django_capture_on_commit_callbacks(execute=True):
        post = discussions.reply(other_member, thread, "Merci !")
    return post


def test_notification_stores_event_and_params_not_text(french_reply, thread, member):
    note = Notification.objects.get(user=member)
    assert note.event == "reply"
    assert note.params == {
        "thread": thread.pk,
        "post": french_reply.pk,
        "group": thread.group.slug,
        "title": "Open thread",
        "group_name": thread.group.name,
        "name": "Other",
    }


def test_notification_is_rendered_in_the_readers_language(french_reply, thread, member_client):
    english = member_client.get("/en/community/notifications/").content.decode()
    assert "Other replied to “Open thread”" in english
    assert f'href="/en/community/groups/open-circle/threads/{thread.pk}/#post-' in english
    french = member_client.get("/fr/community/notifications/").content.decode()
    assert "Other a répondu à «\u00a0Open thread\u00a0»" in french
    assert f'href="/fr/community/groups/open-circle/threads/{thread.pk}/#post-' in french


def test_email_is_written_in_the_recipients_language_with_absolute_links(
    french_reply, thread, member
):
    [email] = [m for m in mail.outbox if member.email in m.to]
    assert email.subject == "[R&R Hub] Other replied to “Open thread”"
    assert f"http://testserver/en/community/groups/open-circle/threads/{thread.pk}/#post-" in (
        email.body
    )
    assert "Unsubscribe with one click: http://testserver/community/unsubscribe/" in email.body
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_email_follows_the_members_preferred_language(
    thread, member, other_member, django_capture_on_commit_callbacks
):
    from wagtail.users.models import UserProfile

    account = UserProfile.get_for_user(member)
    account.preferred_language = "fr"
    account.save()
    discussions.follow(member, thread=thread)
    discussions.join_group(other_member, thread.group)
    with django_capture_on_commit_callbacks(execute=True):
        discussions.reply(other_member, thread, "Thanks")
    [email] = [m for m in mail.outbox if member.email in m.to]
    assert " ".join(email.subject.split()) == "[R&R Hub] Other a répondu à « Open thread »"
    assert f"http://testserver/fr/community/groups/open-circle/threads/{thread.pk}/" in email.body


def test_rows_that_could_not_be_mapped_keep_their_text(member, member_client):
    Notification.objects.create(
        user=member, event="approved", params={"text": "Old words", "url": "/en/old/"}
    )
    html = member_client.get("/fr/community/notifications/").content.decode()
    assert '<a href="/en/old/">Old words</a>' in html


def test_digest_lists_messages_with_absolute_links(member):
    from community.accounts import profile_for

    profile = profile_for(member)
    profile.email_mode = "weekly"
    profile.save()
    params = {"thread": 7, "post": 9, "group": "g", "title": "T", "group_name": "G"}
    Notification.objects.create(user=member, event="new_thread", params=params)
    Notification.objects.create(user=member, event="mention", params={**params, "name": "Ana"})
    call_command("send_community_digests", "--period", "weekly", stdout=open("/dev/null", "w"))  # noqa: SIM115
    [email] = mail.outbox
    assert email.subject == "[R&R Hub] Community digest: 2 updates"
    assert (
        "- New discussion in G: “T”\n  http://testserver/en/community/groups/g/threads/7/#post-9"
        in (email.body)
    )
    assert "- Ana mentioned you in “T”" in email.body
    assert Notification.objects.filter(emailed=True).count() == 2
