"""Domain logic of moderation: flags, the queue, hide/restore/approve, lock/pin, move, suspend,
membership approval or refusal and group-moderator appointments; every action is logged."""

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from community.accounts.services import is_site_moderator, profile_for
from community.discussions.access import is_group_moderator
from community.discussions.models import Membership, Post, Thread
from community.discussions.services import announce
from community.notifications.services import notify
from portal.core.i18n import canonical

from .models import Flag, ModerationAction


def log(actor, action, reason="", **targets):
    """Append an entry to the moderation log."""
    return ModerationAction.objects.create(
        actor=actor, action=action, reason=reason[:500], **targets
    )


def flag_post(user, post, reason, note=""):
    """Record a member's flag on ``post`` for the moderators."""
    if reason not in Flag.Reason.values:
        raise ValidationError(_("Choose a reason."))
    return Flag.objects.create(post=post, user=user, reason=reason, note=note[:500])


def moderates_anything(user):
    """True for site moderators and moderators of at least one group."""
    return is_site_moderator(user) or user.community_memberships.filter(is_moderator=True).exists()


def moderation_queue(user):
    """Open flags and held posts this user may moderate."""
    flags = Flag.objects.filter(resolved=False).select_related("post__thread__group", "user")
    held = Post.objects.filter(status=Post.Status.PENDING).select_related("thread__group")
    if not is_site_moderator(user):
        groups = Membership.objects.filter(
            user=user, is_moderator=True, status=Membership.Status.ACTIVE
        ).values("group")
        flags = flags.filter(post__thread__group__in=groups)
        held = held.filter(thread__group__in=groups)
    return flags, held


def approve_membership(actor, m):
    """A group moderator accepts a pending membership."""
    if not is_group_moderator(actor, m.group):
        raise PermissionDenied
    if m.status == Membership.Status.ACTIVE:
        return
    m.status = Membership.Status.ACTIVE
    m.save(update_fields=["status"])
    log(actor, "approve_member", group=m.group, target_user=m.user)
    notify(m.user, "join_approved", {"group": m.group.slug, "group_name": m.group.name})


def decline_membership(actor, m):
    """A group moderator declines a pending request to join; the member is told."""
    if not is_group_moderator(actor, m.group) or m.status != Membership.Status.PENDING:
        raise PermissionDenied
    group, member = m.group, m.user
    m.delete()
    log(actor, "decline_member", group=group, target_user=member)
    notify(member, "join_declined", {"group": group.slug, "group_name": group.name})


def dismiss_flags(actor, post, reason=""):
    """Close the open flags of ``post`` without hiding it (a group moderator judged it fine);
    returns how many were closed."""
    group = post.thread.group
    if not is_group_moderator(actor, group):
        raise PermissionDenied
    closed = Flag.objects.filter(post=post, resolved=False).update(resolved=True)
    if closed:
        log(
            actor,
            "dismiss_flags",
            reason,
            group=group,
            thread=post.thread,
            post=post,
            target_user=post.author,
        )
    return closed


def set_group_moderator(actor, m, value):
    """Only site moderators appoint or remove group moderators."""
    if not is_site_moderator(actor):
        raise PermissionDenied
    m.is_moderator = value
    m.status = Membership.Status.ACTIVE
    m.save(update_fields=["is_moderator", "status"])
    log(
        actor,
        "appoint_moderator" if value else "remove_moderator",
        group=m.group,
        target_user=m.user,
    )


def set_post_status(actor, post, status, reason=""):
    """Hide, restore or approve a post; the reply count follows, its flags are resolved."""
    group = post.thread.group
    if not is_group_moderator(actor, group):
        raise PermissionDenied
    with transaction.atomic():
        thread = Thread.objects.select_for_update().get(pk=post.thread_id)
        was_visible = post.status == Post.Status.VISIBLE
        post.status = status
        post.save(update_fields=["status"])
        delta = (status == Post.Status.VISIBLE) - was_visible
        opening = Post.objects.filter(thread=thread).order_by("created_at", "pk").first()
        if delta and opening.pk != post.pk:
            Thread.objects.filter(pk=thread.pk).update(reply_count=F("reply_count") + delta)
        Flag.objects.filter(post=post).update(resolved=True)
        log(
            actor,
            {"visible": "restore", "hidden": "hide"}.get(status, status),
            reason,
            group=group,
            thread=thread,
            post=post,
            target_user=post.author,
        )
    if status == Post.Status.VISIBLE and not was_visible:
        announce(post)


def set_thread_flag(actor, thread, field, value, reason=""):
    """Lock/unlock or pin/unpin a thread (``field`` is "is_locked" or "is_pinned")."""
    if field not in {"is_locked", "is_pinned"} or not is_group_moderator(actor, thread.group):
        raise PermissionDenied
    setattr(thread, field, value)
    thread.save(update_fields=[field])
    action = {"is_locked": ("lock", "unlock"), "is_pinned": ("pin", "unpin")}[field][not value]
    log(actor, action, reason, group=thread.group, thread=thread)


def move_thread(actor, thread, group, reason=""):
    """Move a thread to another group (its canonical row); the actor must moderate both."""
    group = canonical(group)
    if not (is_group_moderator(actor, thread.group) and is_group_moderator(actor, group)):
        raise PermissionDenied
    old = thread.group
    thread.group = group
    thread.save(update_fields=["group"])
    log(actor, "move", f"{old.slug} -> {group.slug}: {reason}", group=group, thread=thread)


def suspend(actor, user, days, reason=""):
    """A site moderator stops a member from posting for ``days`` days."""
    if not is_site_moderator(actor):
        raise PermissionDenied
    profile = profile_for(user)
    profile.suspended_until = timezone.now() + timedelta(days=days)
    profile.save(update_fields=["suspended_until"])
    log(actor, "suspend", reason, target_user=user)
