"""Every community view for every role; private groups never leak in listings or search."""

import pytest
from django.test import Client

from community.discussions import public as public_listings
from community.factories import PostFactory, add_member
from community.models import Membership, Post
from conftest import make_user

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "unverified", "member", "group_moderator", "site_moderator", "admin"]
# Expected status per role, in ROLES order. "login" = redirect to the login page.
L = "login"
CASES = [
    # (name, method, url template, expected per role)
    ("members", "get", "/en/community/members/", [200, 200, 200, 200, 200, 200]),
    (
        "profile (members only)",
        "get",
        "/en/community/members/member/",
        [404, 404, 200, 200, 200, 200],
    ),
    ("profile edit", "get", "/en/community/profile/", [L, 403, 200, 200, 200, 200]),
    ("groups", "get", "/en/community/groups/", [200, 200, 200, 200, 200, 200]),
    ("open group", "get", "/en/community/groups/open-circle/", [200, 200, 200, 200, 200, 200]),
    ("private group", "get", "/en/community/groups/secret-circle/", [404, 404, 404, 200, 200, 200]),
    ("join open", "post", "/en/community/groups/open-circle/join/", [L, 403, 302, 302, 302, 302]),
    (
        "join private",
        "post",
        "/en/community/groups/secret-circle/join/",
        [L, 403, 404, 302, 302, 302],
    ),
    (
        "follow group",
        "post",
        "/en/community/groups/open-circle/follow/",
        [L, 403, 302, 302, 302, 302],
    ),
    (
        "follow private group",
        "post",
        "/en/community/groups/secret-circle/follow/",
        [L, 403, 404, 302, 302, 302],
    ),
    ("leave", "post", "/en/community/groups/open-circle/leave/", [L, 403, 302, 302, 302, 302]),
    (
        "approve",
        "post",
        "/en/community/groups/request-circle/members/{pending}/approve/",
        [L, 403, 403, 302, 302, 302],
    ),
    (
        "decline",
        "post",
        "/en/community/groups/request-circle/members/{pending}/decline/",
        [L, 403, 403, 302, 302, 302],
    ),
    (
        "cancel request",
        "post",
        "/en/community/groups/request-circle/request/cancel/",
        [L, 403, 302, 302, 302, 302],
    ),
    (
        "cancel request private",
        "post",
        "/en/community/groups/secret-circle/request/cancel/",
        [L, 403, 404, 302, 302, 302],
    ),
    (
        "appoint moderator",
        "post",
        "/en/community/groups/request-circle/members/{pending}/moderator/",
        [L, 403, 403, 403, 302, 302],
    ),
    ("new thread", "get", "/en/community/groups/open-circle/new/", [L, 403, 200, 200, 200, 200]),
    (
        "new thread private",
        "get",
        "/en/community/groups/secret-circle/new/",
        [L, 403, 404, 200, 200, 200],
    ),
    (
        "thread",
        "get",
        "/en/community/groups/open-circle/threads/{thread}/",
        [200, 200, 200, 200, 200, 200],
    ),
    (
        "private thread",
        "get",
        "/en/community/groups/secret-circle/threads/{private_thread}/",
        [404, 404, 404, 200, 200, 200],
    ),
    (
        "reply",
        "post",
        "/en/community/groups/open-circle/threads/{thread}/reply/",
        [L, 403, 302, 302, 302, 302],
    ),
    (
        "reply private",
        "post",
        "/en/community/groups/secret-circle/threads/{private_thread}/reply/",
        [L, 403, 404, 302, 302, 302],
    ),
    (
        "follow",
        "post",
        "/en/community/groups/open-circle/threads/{thread}/follow/",
        [L, 403, 302, 302, 302, 302],
    ),
    (
        "lock",
        "post",
        "/en/community/groups/open-circle/threads/{thread}/lock/",
        [L, 403, 403, 302, 302, 302],
    ),
    (
        "pin private",
        "post",
        "/en/community/groups/secret-circle/threads/{private_thread}/pin/",
        [L, 403, 404, 302, 302, 302],
    ),
    ("edit post", "get", "/en/community/posts/{post}/edit/", [L, 403, 200, 200, 200, 200]),
    (
        "edit private post",
        "get",
        "/en/community/posts/{private_post}/edit/",
        [L, 403, 404, 200, 200, 200],
    ),
    ("helpful", "post", "/en/community/posts/{post}/helpful/", [L, 403, 302, 302, 302, 302]),
    ("answer", "post", "/en/community/posts/{post}/answer/", [L, 403, 302, 302, 302, 302]),
    ("flag", "post", "/en/community/posts/{post}/flag/", [L, 403, 302, 302, 302, 302]),
    (
        "flag private",
        "post",
        "/en/community/posts/{private_post}/flag/",
        [L, 403, 404, 302, 302, 302],
    ),
    ("hide", "post", "/en/community/posts/{post}/hide/", [L, 403, 403, 302, 302, 302]),
    (
        "dismiss flags",
        "post",
        "/en/community/posts/{post}/flags/dismiss/",
        [L, 403, 403, 302, 302, 302],
    ),
    (
        "dismiss flags private",
        "post",
        "/en/community/posts/{private_post}/flags/dismiss/",
        [L, 403, 404, 302, 302, 302],
    ),
    (
        "hide private",
        "post",
        "/en/community/posts/{private_post}/hide/",
        [L, 403, 404, 302, 302, 302],
    ),
    ("moderation queue", "get", "/en/community/moderation/", [L, 403, 403, 200, 200, 200]),
    ("suspend", "post", "/en/community/moderation/suspend/other/", [L, 403, 403, 403, 302, 302]),
    ("notifications", "get", "/en/community/notifications/", [L, 403, 200, 200, 200, 200]),
    (
        "unsubscribe page",
        "get",
        "/community/unsubscribe/bad-token/",
        [200, 200, 200, 200, 200, 200],
    ),
]
POST_DATA = {"source": "Hello", "reason": "spam", "title": "T"}


@pytest.fixture
def world(
    groups,
    thread,
    private_thread,
    member,
    other_member,
    unverified_member,
    group_moderator,
    moderator,
    admin_user,
):
    pending = add_member(groups["request"], other_member, status=Membership.Status.PENDING)
    return {
        "users": {
            "unverified": unverified_member,
            "member": member,
            "group_moderator": group_moderator,
            "site_moderator": moderator,
            "admin": admin_user,
        },
        "ids": {
            "thread": thread.pk,
            "private_thread": private_thread.pk,
            "post": thread.posts.first().pk,
            "private_post": private_thread.posts.first().pk,
            "pending": pending.pk,
        },
        "groups": groups,
    }


def _client(world, role):
    client = Client()
    if role != "anonymous":
        client.force_login(world["users"][role])
    return client


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_view_permissions(world, role, case):
    _name, method, url, expected = case
    url = url.format(**world["ids"])
    client = _client(world, role)
    response = client.post(url, POST_DATA) if method == "post" else client.get(url)
    want = expected[ROLES.index(role)]
    if want == L:
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    else:
        assert response.status_code == want, (url, role, response.status_code)


@pytest.mark.parametrize("role", ROLES)
def test_private_groups_never_leak_in_listings(world, role):
    client = _client(world, role)
    sees_private = role in {"group_moderator", "site_moderator", "admin"}
    groups_page = client.get("/en/community/groups/").content.decode()
    assert ("Secret circle" in groups_page) is sees_private
    assert "Open circle" in groups_page
    thread_page = client.get("/en/community/groups/open-circle/").content.decode()
    assert "Secret plans" not in thread_page


def test_search_and_home_exclude_private_groups_and_hidden_posts(world, thread, private_thread, rf):
    request = rf.get("/")
    public = set(public_listings.search_queryset(request))
    assert thread in public and private_thread not in public
    PostFactory(thread=thread, source="Hidden rant", status=Post.Status.HIDDEN)
    document = public_listings.search_document(thread)
    assert "Hidden rant" not in document["text"] and "Opening words" in document["text"]
    # A thread whose only post is hidden leaves search entirely.
    thread.posts.update(status=Post.Status.HIDDEN)
    assert thread not in set(public_listings.search_queryset(request))
    titles = [item["title"] for item in public_listings.home_discussions(request, 10)]
    assert "Secret plans" not in titles


def test_group_turned_private_leaves_search(world, thread, rf):
    group = thread.group
    group.access = "private"
    group.save()
    assert thread not in set(public_listings.search_queryset(rf.get("/")))


def test_hidden_post_invisible_to_members_visible_to_moderators(
    world, thread, member_client, moderator_client
):
    PostFactory(thread=thread, source="Hidden rant", status=Post.Status.HIDDEN)
    url = thread.get_absolute_url()
    assert "Hidden rant" not in member_client.get(url).content.decode()
    assert "Hidden rant" in moderator_client.get(url).content.decode()


def test_directory_respects_privacy_and_filters(db, client, member_client):
    from community.accounts import profile_for

    public = profile_for(make_user("pub@example.org"))
    public.display_name, public.in_directory, public.privacy, public.country = (
        "Pub Lic",
        True,
        "public",
        "SN",
    )
    public.save()
    members_only = profile_for(make_user("mem@example.org"))
    members_only.display_name, members_only.in_directory, members_only.privacy = (
        "Mem Bers",
        True,
        "members",
    )
    members_only.save()
    hidden = profile_for(make_user("hid@example.org"))
    hidden.display_name, hidden.in_directory, hidden.privacy = "Hid Den", True, "hidden"
    hidden.save()
    anon = client.get("/en/community/members/").content.decode()
    assert "Pub Lic" in anon and "Mem Bers" not in anon and "Hid Den" not in anon
    signed_in = member_client.get("/en/community/members/").content.decode()
    assert "Pub Lic" in signed_in and "Mem Bers" in signed_in and "Hid Den" not in signed_in
    from portal.models import region_for_country

    region = region_for_country("SN")
    by_region = member_client.get(f"/en/community/members/?region={region}").content.decode()
    assert "Pub Lic" in by_region and "Mem Bers" not in by_region
    by_country = member_client.get("/en/community/members/?country=FR").content.decode()
    assert "Pub Lic" not in by_country
