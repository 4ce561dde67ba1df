"""Domain logic of discussions: joining groups, posting, editing, reactions, answers, follows.

When a post becomes visible (a new thread, a reply, a held post approved) ``post_published`` is
sent after the transaction commits; the notifications room listens to it.

Groups exist once per language but are one group: every change here attaches to the group's
canonical row (``portal.core.i18n.canonical``). A thread or post records the language that was
active when it was written; it is never translated.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from community.accounts.services import is_new_member, is_site_moderator
from portal.core.i18n import active_language, canonical
from portal.security import ratelimit
from portal.security.uploads import validate_document_upload

from .access import can_post, is_group_moderator, membership
from .markdown import render_markdown
from .models import (
    Follow,
    Group,
    Membership,
    Post,
    PostRevision,
    Reaction,
    Thread,
)

# sender=Post, post=<Post>, new_thread=<bool>
post_published = Signal()


def announce(post, new_thread=False):
    """Send ``post_published`` for ``post`` once the current transaction commits."""
    transaction.on_commit(
        lambda: post_published.send(sender=Post, post=post, new_thread=new_thread)
    )


# --- membership ------------------------------------------------------------------------------


def join_group(user, group):
    """Join an open group, or ask to join a by-request one; private groups refuse non-moderators."""
    group = canonical(group)
    existing = membership(user, group)
    if existing:
        return existing
    if group.access == Group.Access.PRIVATE and not is_site_moderator(user):
        raise PermissionDenied
    status = (
        Membership.Status.ACTIVE if group.access == Group.Access.OPEN else Membership.Status.PENDING
    )
    m, created = Membership.objects.get_or_create(
        user=user, group=group, defaults={"status": status}
    )
    if created and status == Membership.Status.ACTIVE:
        Follow.objects.get_or_create(user=user, group=group)
    return m


def leave_group(user, group):
    """Leave ``group`` and stop following it."""
    group = canonical(group)
    Membership.objects.filter(user=user, group=group).delete()
    Follow.objects.filter(user=user, group=group).delete()


def cancel_request(user, group):
    """Withdraw the user's pending request to join ``group``; False if there was none."""
    deleted, _rows = Membership.objects.filter(
        user=user, group=canonical(group), status=Membership.Status.PENDING
    ).delete()
    return bool(deleted)


# --- posting ---------------------------------------------------------------------------------


def check_rate_limit(user):
    """Cache-based limit: COMMUNITY_POST_RATE = (posts, seconds)."""
    limit, window = getattr(settings, "COMMUNITY_POST_RATE", (10, 60))
    if ratelimit.hit(f"community:posts:{user.pk}", window) > limit:
        raise ValidationError(_("You are posting too quickly. Please wait a minute and try again."))


def _initial_status(user, group):
    if group.hold_first_posts and not is_group_moderator(user, group):
        approved = Post.objects.filter(
            author=user, thread__group=group, status=Post.Status.VISIBLE
        ).count()
        if approved < group.hold_first_posts:
            return Post.Status.PENDING
    return Post.Status.VISIBLE


def _make_post(user, thread, source, attachment=None, language=None):
    post = Post(
        thread=thread,
        author=user,
        source=source,
        language=language or active_language(),
        html=render_markdown(source, new_member=is_new_member(user)),
        status=_initial_status(user, thread.group),
    )
    if attachment is not None:
        validate_document_upload(attachment)
        post.attachment_name = attachment.name.rsplit("/", 1)[-1][:255]
        post.attachment = attachment
    post.save()
    return post


def start_thread(user, group, title, source, attachment=None, language=None):
    """Open a thread in ``group`` with its first post, written in ``language`` (the active
    one by default); the author follows it."""
    group = canonical(group)
    if not can_post(user, group):
        raise PermissionDenied
    check_rate_limit(user)
    language = language or active_language()
    with transaction.atomic():
        thread = Thread.objects.create(group=group, title=title, author=user, language=language)
        post = _make_post(user, thread, source, attachment, language)
        Follow.objects.get_or_create(user=user, thread=thread)
        announce(post, new_thread=True)
    return thread, post


def reply(user, thread, source, attachment=None, language=None):
    """Add a reply, written in ``language`` (the active one by default); the thread row is
    locked so counts and last activity stay exact."""
    if not can_post(user, thread.group):
        raise PermissionDenied
    check_rate_limit(user)
    with transaction.atomic():
        locked = Thread.objects.select_for_update().get(pk=thread.pk)
        if locked.is_locked and not is_group_moderator(user, thread.group):
            raise PermissionDenied
        post = _make_post(user, locked, source, attachment, language)
        if post.status == Post.Status.VISIBLE:
            Thread.objects.filter(pk=locked.pk).update(
                reply_count=F("reply_count") + 1, last_activity_at=post.created_at
            )
        Follow.objects.get_or_create(user=user, thread=locked)
        announce(post)
    return post


def edit_post(user, post, source):
    """Replace the post's text (author or group moderator); the old text is kept as a revision."""
    if user.pk != post.author_id and not is_group_moderator(user, post.thread.group):
        raise PermissionDenied
    with transaction.atomic():
        PostRevision.objects.create(post=post, source=post.source, edited_by=user)
        post.source = source
        post.html = render_markdown(source, new_member=post.author and is_new_member(post.author))
        post.edited_at = timezone.now()
        post.save(update_fields=["source", "html", "edited_at"])
    return post


def quote_source(post):
    """The post as a Markdown quote, to start a reply with."""
    body = "\n".join("> " + line for line in post.source.splitlines())
    return f"> **{post.author_name()}**:\n{body}\n\n"


def toggle_helpful(user, post):
    """Mark the post helpful for this user, or take the mark back."""
    reaction, created = Reaction.objects.get_or_create(post=post, user=user, kind="helpful")
    if not created:
        reaction.delete()
    Post.objects.filter(pk=post.pk).update(
        helpful_count=post.reactions.filter(kind="helpful").count()
    )


def mark_answered(user, thread, post):
    """Mark ``post`` as the thread's answer (thread author or group moderator)."""
    if user.pk != thread.author_id and not is_group_moderator(user, thread.group):
        raise PermissionDenied
    thread.is_answered, thread.answer = True, post
    thread.save(update_fields=["is_answered", "answer"])


def follow(user, *, thread=None, group=None):
    """Follow a thread or a group (be notified of its new posts)."""
    group = canonical(group)
    Follow.objects.get_or_create(user=user, thread=thread, group=group)


def unfollow(user, *, thread=None, group=None):
    """Stop following a thread or a group."""
    group = canonical(group)
    Follow.objects.filter(user=user, thread=thread, group=group).delete()
