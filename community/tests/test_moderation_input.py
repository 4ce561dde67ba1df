"""Moderation actions with hostile input: ``next=`` stays on the site, ``days`` is bounded."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from community.accounts.services import profile_for


@pytest.fixture
def mod_client(group_moderator):
    client = Client()
    client.force_login(group_moderator)
    return client


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example",
        "//evil.example/en/",
        "/\\evil.example",
        "https://evil.example/",
        "http:evil.example",
        "javascript:alert(1)",
    ],
)
def test_post_moderate_refuses_a_next_off_the_site(mod_client, thread, target):
    post = thread.posts.first()
    response = mod_client.post(
        f"/en/community/posts/{post.pk}/hide/", {"reason": "spam", "next": target}
    )
    assert response.status_code == 302
    assert response["Location"] == thread.get_absolute_url()


def test_post_moderate_follows_a_next_on_the_site(mod_client, thread):
    post = thread.posts.first()
    response = mod_client.post(
        f"/en/community/posts/{post.pk}/hide/", {"next": "/en/community/moderation/"}
    )
    assert response["Location"] == "/en/community/moderation/"


@pytest.fixture
def site_mod_client(moderator):
    client = Client()
    client.force_login(moderator)
    return client


@pytest.mark.parametrize(
    ("days", "message"),
    [
        ("99999999999999", "less than or equal to 3650"),
        ("3651", "less than or equal to 3650"),
        ("0", "greater than or equal to 1"),
        ("-5", "greater than or equal to 1"),
        ("²", "Enter a whole number"),
        ("seven", "Enter a whole number"),
    ],
)
def test_suspend_with_bad_days_is_a_form_error(site_mod_client, other_member, days, message):
    response = site_mod_client.post(
        f"/en/community/moderation/suspend/{other_member.username}/", {"days": days}
    )
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not profile_for(other_member).is_suspended


def test_suspend_for_a_valid_number_of_days(site_mod_client, other_member):
    response = site_mod_client.post(
        f"/en/community/moderation/suspend/{other_member.username}/", {"days": "3650"}
    )
    assert response.status_code == 302
    until = profile_for(other_member).suspended_until
    assert abs(until - (timezone.now() + timedelta(days=3650))) < timedelta(minutes=1)
