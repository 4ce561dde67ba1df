"""Rules of the community: rendering, posting, counts, limits, holds, notifications, unsubscribe."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.utils import timezone

from community.accounts import profile_for
from community.discussions import services as discussions
from community.discussions.access import is_group_moderator
from community.discussions.markdown import render_markdown
from community.models import ModerationAction, Notification, Post, Thread
from community.moderation import services as moderation
from community.notifications.services import unsubscribe_token
from conftest import make_user

pytestmark = pytest.mark.django_db


def test_markdown_is_rendered_and_sanitised():
    html = render_markdown("**bold** <script>alert(1)</script> [x](javascript:alert(1))")
    assert "<strong>bold</strong>" in html
    assert "<script" not in html and 'href="javascript' not in html


def test_new_members_links_are_nofollow_ugc():
    assert 'rel="nofollow ugc noopener"' in render_markdown(
        "[a](https://a.example)", new_member=True
    )
    assert "nofollow" not in render_markdown("[a](https://a.example)", new_member=False)


def test_reply_updates_count_last_activity_and_notifies_followers(
    thread, member, other_member, django_capture_on_commit_callbacks
):
    discussions.join_group(other_member, thread.group)
    with_before = thread.last_activity_at
    with django_capture_on_commit_callbacks(execute=True):
        discussions.reply(other_member, thread, "Thanks @member, useful.")
    thread.refresh_from_db()
    assert thread.reply_count == 1 and thread.last_activity_at > with_before
    note = Notification.objects.get(user=member)
    assert note.event == "mention"
    assert any("member@example.org" in m.to for m in mail.outbox)
    assert "/community/unsubscribe/" in mail.outbox[-1].body


def test_non_member_and_suspended_member_cannot_post(thread, other_member, member):
    with pytest.raises(PermissionDenied):
        discussions.reply(other_member, thread, "hello")
    moderator = make_user("sitemod@example.org", groups=["Moderators"])
    moderation.suspend(moderator, member, 3, "spam")
    with pytest.raises(PermissionDenied):
        discussions.reply(member, thread, "hello")
    assert ModerationAction.objects.filter(
        action="suspend", target_user=member, actor=moderator
    ).exists()


def test_posting_rate_limit(thread, member, settings):
    settings.COMMUNITY_POST_RATE = (2, 60)
    discussions.reply(member, thread, "one")
    discussions.reply(member, thread, "two")
    with pytest.raises(ValidationError):
        discussions.reply(member, thread, "three")
    assert Post.objects.filter(thread=thread).count() == 3  # opening + 2


def test_first_posts_held_then_approved(thread, other_member, group_moderator):
    thread.group.hold_first_posts = 1
    thread.group.save()
    discussions.join_group(other_member, thread.group)
    post = discussions.reply(other_member, thread, "first words")
    assert post.status == Post.Status.PENDING
    thread.refresh_from_db()
    assert thread.reply_count == 0
    moderation.set_post_status(group_moderator, post, Post.Status.VISIBLE, "fine")
    thread.refresh_from_db()
    assert thread.reply_count == 1
    assert discussions.reply(other_member, thread, "second").status == Post.Status.VISIBLE


def test_edit_keeps_history(thread, member):
    post = thread.posts.first()
    discussions.edit_post(member, post, "New words")
    assert post.revisions.get().source == "Opening words"
    assert "New words" in post.html


def test_moderation_actions_are_logged(thread, group_moderator):
    post = thread.posts.first()
    moderation.set_post_status(group_moderator, post, Post.Status.HIDDEN, "off topic")
    moderation.set_thread_flag(group_moderator, thread, "is_locked", True, "cooling down")
    moderation.set_thread_flag(group_moderator, thread, "is_pinned", True)
    log = list(ModerationAction.objects.values_list("action", "actor", "reason"))
    assert ("hide", group_moderator.pk, "off topic") in log
    assert ("lock", group_moderator.pk, "cooling down") in log
    assert ("pin", group_moderator.pk, "") in log


def test_move_thread(thread, groups, group_moderator):
    moderation.move_thread(group_moderator, thread, groups["request"], "better fit")
    assert Thread.objects.get(pk=thread.pk).group == groups["request"]
    assert ModerationAction.objects.filter(action="move").exists()


def test_unsubscribe_token_works_and_rejects_tampering(client, member):
    token = unsubscribe_token(member)
    assert client.post(f"/community/unsubscribe/{token}x/").status_code == 400
    response = client.post(f"/community/unsubscribe/{token}/")
    assert response.status_code == 200
    assert profile_for(member).email_mode == "none"


def test_daily_digest(member):
    profile = profile_for(member)
    profile.email_mode = "daily"
    profile.save()
    params = {"thread": 1, "post": 2, "group": "g", "title": "T", "group_name": "G"}
    Notification.objects.create(user=member, event="reply", params={**params, "name": "Someone"})
    call_command("send_community_digests", "--period", "daily", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1 and "Someone replied" in mail.outbox[0].body
    assert "List-Unsubscribe" in mail.outbox[0].extra_headers
    call_command("send_community_digests", "--period", "daily", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1  # not twice the same day


def test_deleted_account_leaves_posts_as_former_member(thread, member, client):
    post = thread.posts.first()
    member.delete()
    post.refresh_from_db()
    assert post.author is None and str(post.author_name()) == "former member"
    response = client.get(thread.get_absolute_url())
    assert "former member" in response.content.decode()


def test_admin_login_is_rate_limited(client, admin_user, settings):
    settings.COMMUNITY_ADMIN_LOGIN_LIMIT = (3, 300)
    for _ in range(3):
        response = client.post(
            "/admin/login/", {"username": admin_user.username, "password": "wrong"}
        )
        assert response.status_code == 200
    response = client.post("/admin/login/", {"username": admin_user.username, "password": "wrong"})
    assert response.status_code == 429
    from conftest import PASSWORD

    blocked = client.post("/admin/login/", {"username": admin_user.username, "password": PASSWORD})
    assert blocked.status_code == 429  # even the right password waits


def test_helpful_and_answer(thread, member, other_member):
    discussions.join_group(other_member, thread.group)
    post = discussions.reply(other_member, thread, "An answer")
    discussions.toggle_helpful(member, post)
    post.refresh_from_db()
    assert post.helpful_count == 1
    discussions.mark_answered(member, thread, post)
    thread.refresh_from_db()
    assert thread.is_answered and thread.answer == post
    with pytest.raises(PermissionDenied):
        discussions.mark_answered(other_member, thread, post)
    assert timezone.now()


def test_account_deletion_needs_password_and_keeps_posts(thread, member, member_client):
    url = "/en/community/account/delete/"
    assert member_client.post(url, {"password": "wrong"}).status_code == 200
    from conftest import PASSWORD

    response = member_client.post(url, {"password": PASSWORD})
    assert response.status_code == 302
    assert thread.posts.get().author is None


def test_signup_honeypot_rejects_bots(client, db):
    data = {
        "email": "bot@example.org",
        "password1": "a-long-pass-4242",
        "password2": "a-long-pass-4242",
    }
    response = client.post("/en/accounts/signup/", {**data, "website": "http://spam.example"})
    assert response.status_code == 200
    from django.contrib.auth import get_user_model

    assert not get_user_model().objects.filter(email="bot@example.org").exists()
    response = client.post("/en/accounts/signup/", {**data, "email": "human@example.org"})
    assert response.status_code == 302
    assert get_user_model().objects.filter(email="human@example.org").exists()


def test_quote_prefills_reply(thread, member_client):
    post = thread.posts.first()
    html = member_client.get(f"{thread.get_absolute_url()}?quote={post.pk}").content.decode()
    assert "&gt; Opening words" in html


def test_group_followers_hear_of_new_threads_and_dashboard_shows_groups(
    groups, member, other_member, django_capture_on_commit_callbacks, member_client
):
    discussions.join_group(other_member, groups["open"])
    with django_capture_on_commit_callbacks(execute=True):
        discussions.start_thread(member, groups["open"], "Fresh topic", "Body")
    assert Notification.objects.get(user=other_member).event == "new_thread"
    dashboard = member_client.get("/en/dashboard/").content.decode()
    assert "Open circle" in dashboard


def test_moderator_moves_thread_through_the_view(thread, groups, group_moderator, client):
    client.force_login(group_moderator)
    url = f"{thread.get_absolute_url()}move/"
    response = client.post(url, {"group": "request-circle", "reason": "fits better"})
    assert response.status_code == 302
    thread.refresh_from_db()
    assert thread.group == groups["request"]


def test_bad_attachment_re_renders_form_with_text_kept(thread, member_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = SimpleUploadedFile("notes.exe", b"MZ", content_type="application/octet-stream")
    response = member_client.post(
        f"{thread.get_absolute_url()}reply/", {"source": "Keep me", "attachment": bad}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert "Keep me" in body and "not accepted" in body


def test_site_moderator_appoints_group_moderator(groups, other_member, moderator):
    m = discussions.join_group(other_member, groups["open"])
    assert not is_group_moderator(other_member, groups["open"])
    moderation.set_group_moderator(moderator, m, True)
    assert is_group_moderator(other_member, groups["open"])
    assert ModerationAction.objects.filter(action="appoint_moderator", actor=moderator).exists()
    with pytest.raises(PermissionDenied):
        moderation.set_group_moderator(other_member, m, False)
