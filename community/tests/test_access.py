"""Who may see and post in which group, checked function by function for every kind of visitor.

The view tests (test_permissions.py) check statuses; these check the rules themselves, so a
rule that breaks in one case (a pending member, a suspended one, a group moderator elsewhere)
fails here by name.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from community.accounts import profile_for
from community.discussions import access
from community.factories import GroupFactory, add_member
from community.models import Group, Membership
from conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(groups, member):
    """The three groups, plus a pending requester and a moderator of the private group only."""
    pending = make_user("pending@example.org")
    add_member(groups["private"], pending, status=Membership.Status.PENDING)
    add_member(groups["request"], pending, status=Membership.Status.PENDING, moderator=True)
    insider = make_user("insider@example.org")
    add_member(groups["private"], insider, moderator=True)
    return {**groups, "pending": pending, "insider": insider}


def test_membership_is_none_for_visitors_and_strangers(world, member):
    assert access.membership(AnonymousUser(), world["open"]) is None
    assert access.membership(member, world["private"]) is None
    assert access.membership(member, world["open"]).status == Membership.Status.ACTIVE
    assert access.membership(world["pending"], world["private"]).status == "pending"


def test_only_active_memberships_make_a_member(world, member):
    assert access.is_member(member, world["open"])
    assert not access.is_member(member, world["private"])
    assert not access.is_member(world["pending"], world["private"])
    assert not access.is_member(AnonymousUser(), world["open"])


def test_group_moderators_are_active_moderators_of_that_group_or_site_moderators(
    world, member, moderator
):
    insider, pending = world["insider"], world["pending"]
    assert access.is_group_moderator(insider, world["private"])
    assert not access.is_group_moderator(insider, world["open"])  # another group
    assert not access.is_group_moderator(member, world["open"])  # member, not moderator
    assert not access.is_group_moderator(pending, world["request"])  # pending moderator
    assert not access.is_group_moderator(AnonymousUser(), world["open"])
    assert access.is_group_moderator(moderator, world["open"])
    assert access.is_group_moderator(moderator, world["private"])


def test_private_groups_are_listed_only_for_active_members_and_site_moderators(
    world, member, moderator
):
    everyone = {"Open circle", "Request circle"}
    names = lambda user: {g.name for g in access.visible_groups(user)}  # noqa: E731
    assert names(AnonymousUser()) == everyone
    assert names(member) == everyone
    assert names(world["pending"]) == everyone
    assert names(world["insider"]) == everyone | {"Secret circle"}
    assert names(moderator) == everyone | {"Secret circle"}
    # An active member of several groups is listed each group once.
    add_member(world["open"], world["insider"])
    assert sorted(g.name for g in access.visible_groups(world["insider"])) == sorted(
        everyone | {"Secret circle"}
    )


def test_can_view_group(world, member, moderator):
    private = world["private"]
    for group in (world["open"], world["request"]):
        assert access.can_view_group(AnonymousUser(), group)
        assert access.can_view_group(member, group)
    assert not access.can_view_group(AnonymousUser(), private)
    assert not access.can_view_group(member, private)
    assert not access.can_view_group(world["pending"], private)
    assert access.can_view_group(world["insider"], private)
    assert access.can_view_group(moderator, private)


def test_can_post_needs_a_verified_unsuspended_member_or_a_site_moderator(world, member, moderator):
    assert access.can_post(member, world["open"])
    assert not access.can_post(member, world["request"])  # not a member
    assert not access.can_post(world["pending"], world["private"])
    assert not access.can_post(AnonymousUser(), world["open"])
    assert access.can_post(moderator, world["private"])  # site moderators post anywhere

    unverified = make_user("unverified@example.org", verified=False)
    add_member(world["open"], unverified)
    assert not access.can_post(unverified, world["open"])

    profile = profile_for(member)
    profile.suspended_until = timezone.now() + timedelta(days=1)
    profile.save()
    assert not access.can_post(member, world["open"])
    profile.suspended_until = timezone.now() - timedelta(days=1)  # the suspension is over
    profile.save()
    assert access.can_post(member, world["open"])


def test_member_groups_lists_active_memberships_only(world, member):
    other = GroupFactory(name="Other circle", access=Group.Access.OPEN)
    add_member(other, member, status=Membership.Status.PENDING)
    assert [g.name for g in access.member_groups(member)] == ["Open circle"]
    assert {g.name for g in access.member_groups(world["insider"])} == {"Secret circle"}
