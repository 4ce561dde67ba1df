"""The community's reworked pages: the landing page, a thread as a conversation (roles, times,
mentions, answer, flag confirmation), moderators dismissing flags and declining requests,
members cancelling their request, and the directory keeping its filters across pages."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext

from community.accounts import profile_for
from community.factories import GroupFactory, PostFactory, ThreadFactory, add_member
from community.models import Flag, Membership, ModerationAction, Notification, Post, Thread
from conftest import make_user

pytestmark = pytest.mark.django_db


# --- the landing page ------------------------------------------------------------------------


def _queries(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(ctx), response.content.decode()


def test_landing_shows_groups_counts_discussions_webinars_and_joining(demo_site, client):
    count, html = _queries(client, "/en/community/")
    assert "Thematic groups" in html and "Economic reintegration" in html
    assert re.search(r"\d+ members", html) and re.search(r"\d+ discussions?", html)
    assert "Latest discussions" in html and "Which small-business trainings" in html
    assert "Upcoming webinars" in html and "How to join" in html
    assert 'href="/en/accounts/signup/"' in html
    arabic = client.get("/ar/community/").content.decode()
    assert "المجموعات المواضيعية" in arabic or "كيف تنضم" in arabic


def test_landing_query_count_does_not_grow(demo_site, client):
    anonymous, _html = _queries(client, "/en/community/")
    member = get_user_model().objects.get(username="amina.demo")
    client.force_login(member)
    signed_in, html = _queries(client, "/en/community/")
    assert "You are a member of" in html
    assert anonymous <= 18 and signed_in <= 25, (anonymous, signed_in)
    group = GroupFactory(name="Zz extra", slug="zz-extra")
    for n in range(5):
        thread = ThreadFactory(group=group, author=member, title=f"More {n}")
        PostFactory(thread=thread, author=member)
        add_member(group, make_user(f"extra{n}@example.org"))
    assert _queries(client, "/en/community/")[0] == signed_in


def test_home_page_join_link_reaches_the_landing(demo_site, client):
    home = client.get("/en/").content.decode()
    assert 'href="/en/community/"' in home
    assert client.get("/en/community/").status_code == 200


def test_community_views_have_breadcrumbs(demo_site, client):
    thread = Thread.objects.get(title="Weighting the three dimensions in our case scores")
    for url in (
        "/en/community/groups/",
        thread.group.get_absolute_url(),
        thread.get_absolute_url(),
    ):
        html = client.get(url).content.decode()
        crumbs = re.search(r'<nav class="container breadcrumbs".*?</nav>', html, re.S).group(0)
        assert 'href="/en/community/"' in crumbs and 'aria-current="page"' in crumbs


# --- a thread as a conversation --------------------------------------------------------------


def test_answered_thread_shows_roles_numbers_times_mentions_and_answer(demo_site, client):
    thread = Thread.objects.get(title="Weighting the three dimensions in our case scores")
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "0 posts" not in html and "3 replies" in html
    assert "Answered" in html and "Marked as the answer" in html and "Go to the answer" in html
    assert 'class="role role--moderator">Moderator' in html
    assert ">#1<" in html and ">#4<" in html
    for value in re.findall(r'<time datetime="([^"]+)"', html):
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", value), value
    assert re.search(r"\d+\sdays? ago", html)
    assert '<a class="mention" href="/en/community/members/lena.demo/">@lena.demo</a>' in html
    assert "<pre><code>" in html and "SUMPRODUCT" in html


def test_opening_post_alone_says_no_replies(groups, member_client, thread):
    html = member_client.get(thread.get_absolute_url()).content.decode()
    assert "No replies yet" in html and "0 posts" not in html and "0 replies" not in html


def test_mentions_in_code_stay_plain(groups, member_client, member, thread):
    PostFactory(thread=thread, author=member, source="`@member` and @member and @nobody")
    profile = profile_for(member)
    profile.privacy = "public"
    profile.save()
    html = member_client.get(thread.get_absolute_url()).content.decode()
    assert "<code>@member</code>" in html
    assert '<a class="mention" href="/en/community/members/member/">@member</a>' in html
    assert "@nobody" in html and 'href="/en/community/members/nobody/"' not in html


def test_flag_confirmation_shown_on_the_post(groups, thread, other_member, client):
    add_member(groups["open"], other_member)
    post = thread.posts.first()
    client.force_login(other_member)
    response = client.post(f"/en/community/posts/{post.pk}/flag/", {"reason": "spam"}, follow=True)
    html = response.content.decode()
    assert "Thank you. A moderator will review this post." in html
    assert "You flagged this post. A moderator will review it." in html
    assert response.redirect_chain[-1][0].endswith(f"#post-{post.pk}")


# --- moderators dismiss flags and decline requests -------------------------------------------


def test_moderator_dismisses_flags_and_the_post_stays(groups, thread, group_moderator, client):
    post = thread.posts.first()
    Flag.objects.create(post=post, user=make_user("f@example.org"), reason="spam")
    client.force_login(group_moderator)
    html = client.get(thread.get_absolute_url()).content.decode()
    assert "1 open flag" in html and "Dismiss flags" in html
    response = client.post(f"/en/community/posts/{post.pk}/flags/dismiss/", follow=True)
    assert "The flags were dismissed; the post stays visible." in response.content.decode()
    post.refresh_from_db()
    assert post.status == Post.Status.VISIBLE
    assert not Flag.objects.filter(post=post, resolved=False).exists()
    assert ModerationAction.objects.filter(action="dismiss_flags", post=post).exists()


def test_member_cannot_dismiss_flags(groups, thread, member_client):
    post = thread.posts.first()
    Flag.objects.create(post=post, reason="spam")
    assert member_client.post(f"/en/community/posts/{post.pk}/flags/dismiss/").status_code == 403
    assert Flag.objects.filter(post=post, resolved=False).exists()


def test_moderator_declines_a_request_and_the_member_is_told(
    groups, other_member, group_moderator, client
):
    group = groups["request"]
    pending = add_member(group, other_member, status=Membership.Status.PENDING)
    client.force_login(group_moderator)
    html = client.get(group.get_absolute_url()).content.decode()
    assert "Approve" in html and "Decline" in html
    client.post(f"/en/community/groups/{group.slug}/members/{pending.pk}/decline/")
    assert not Membership.objects.filter(pk=pending.pk).exists()
    notice = Notification.objects.get(user=other_member, event="join_declined")
    assert notice.message() == "Your request to join Request circle was declined"
    assert notice.get_absolute_url() == group.get_absolute_url()


def test_decline_leaves_active_members_alone(groups, member, group_moderator, client):
    active = add_member(groups["request"], member)
    client.force_login(group_moderator)
    url = f"/en/community/groups/request-circle/members/{active.pk}/decline/"
    assert client.post(url).status_code == 404
    assert Membership.objects.filter(pk=active.pk).exists()


def test_member_is_told_when_approved(groups, other_member, group_moderator, client):
    pending = add_member(groups["request"], other_member, status=Membership.Status.PENDING)
    client.force_login(group_moderator)
    client.post(f"/en/community/groups/request-circle/members/{pending.pk}/approve/")
    assert Notification.objects.filter(user=other_member, event="join_approved").exists()


# --- members cancel their request ------------------------------------------------------------


def test_pending_request_offers_cancel_not_leave(groups, other_member, client):
    client.force_login(other_member)
    client.post("/en/community/groups/request-circle/join/")
    html = client.get("/en/community/groups/request-circle/").content.decode()
    assert "Cancel request" in html and "Leave group" not in html
    response = client.post("/en/community/groups/request-circle/request/cancel/", follow=True)
    assert "Your request to join was cancelled." in response.content.decode()
    assert not Membership.objects.filter(user=other_member, group=groups["request"]).exists()
    assert "Ask to join" in client.get("/en/community/groups/request-circle/").content.decode()


def test_cancel_request_never_removes_an_active_membership(groups, member, member_client):
    member_client.post("/en/community/groups/open-circle/request/cancel/")
    assert Membership.objects.filter(user=member, group=groups["open"]).exists()


# --- the member directory --------------------------------------------------------------------


def test_directory_pages_keep_the_filters(db, client):
    for n in range(35):
        profile = profile_for(make_user(f"sn{n}@example.org"))
        profile.display_name, profile.in_directory, profile.privacy = f"Sen {n:02}", True, "public"
        profile.country = "SN"
        profile.save()
    html = client.get("/en/community/members/?country=sn&organisation_type=").content.decode()
    assert "35 members" in html
    links = re.findall(r'href="(\?[^"]*page=2[^"]*)"', html)
    assert links and all("country=SN" in link or "country=sn" in link for link in links)
    page_two = client.get("/en/community/members/" + links[0].replace("&amp;", "&"))
    assert "Sen 34" in page_two.content.decode()
