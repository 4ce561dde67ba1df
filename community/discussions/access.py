"""Who may see and do what in groups: membership, group moderators, private groups, posting.

Membership belongs to a group's canonical row (one group in every language): a group given
here in another language is looked up through ``canonical``."""

from django.db.models import Q

from community.accounts.services import is_site_moderator, is_verified, profile_for
from portal.core.i18n import canonical

from .models import Group, Membership


def membership(user, group):
    """The user's membership of ``group`` (pending or active), or None."""
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, group=canonical(group)).first()


def is_member(user, group):
    """True for an active member of ``group``."""
    m = membership(user, group)
    return bool(m and m.status == Membership.Status.ACTIVE)


def is_group_moderator(user, group):
    """True for site moderators and active moderators of ``group``."""
    if is_site_moderator(user):
        return True
    m = membership(user, group)
    return bool(m and m.status == Membership.Status.ACTIVE and m.is_moderator)


def visible_groups(user):
    """Groups this visitor may see, once each (canonical rows): private ones only for their
    members and site moderators."""
    qs = Group.objects.canonical()
    if is_site_moderator(user):
        return qs
    if user.is_authenticated:
        return qs.filter(
            ~Q(access=Group.Access.PRIVATE)
            | Q(memberships__user=user, memberships__status=Membership.Status.ACTIVE)
        ).distinct()
    return qs.exclude(access=Group.Access.PRIVATE)


def can_view_group(user, group):
    """True if ``group`` is not private, or the user is a member or a site moderator."""
    return group.access != Group.Access.PRIVATE or is_member(user, group) or is_site_moderator(user)


def can_post(user, group):
    """True for verified, unsuspended members of ``group`` and for site moderators."""
    if not is_verified(user) or profile_for(user).is_suspended:
        return False
    return is_member(user, group) or is_site_moderator(user)


def member_groups(user):
    """Groups the user is an active member of."""
    return Group.objects.filter(
        memberships__user=user, memberships__status=Membership.Status.ACTIVE
    )
