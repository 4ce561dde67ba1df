"""Domain logic of the community: rendering, permissions, posting, notifications, moderation."""

import re
from datetime import timedelta

import nh3
from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from markdown_it import MarkdownIt

from portal.security import ratelimit

from .models import (
    Flag,
    Follow,
    Group,
    Membership,
    ModerationAction,
    Notification,
    Post,
    PostRevision,
    Profile,
    Reaction,
    Thread,
)

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a",
    "h3", "h4", "h5", "h6", "hr", "del", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
_md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
MENTION_RE = re.compile(r"(?<![\w@])@([\w.\-]{2,150})")


def render_markdown(source, *, new_member=False):
    """Markdown -> sanitised HTML. Raw HTML is escaped by the parser; nh3 enforces the allowlist
    and http(s)/mailto links only; new members' links carry rel="nofollow ugc"."""
    html = _md.render(source or "")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc noopener" if new_member else "noopener",
    )


# --- roles -----------------------------------------------------------------------------------


def is_site_moderator(user):
    return user.is_authenticated and (
        user.is_superuser or user.groups.filter(name="Moderators").exists()
    )


def is_verified(user):
    if not user.is_authenticated:
        return False
    from allauth.account.models import EmailAddress

    return EmailAddress.objects.filter(user=user, verified=True).exists()


def profile_for(user):
    profile, _created = Profile.objects.get_or_create(user=user)
    return profile


def membership(user, group):
    if not user.is_authenticated:
        return None
    return Membership.objects.filter(user=user, group=group).first()


def is_member(user, group):
    m = membership(user, group)
    return bool(m and m.status == Membership.Status.ACTIVE)


def is_group_moderator(user, group):
    if is_site_moderator(user):
        return True
    m = membership(user, group)
    return bool(m and m.status == Membership.Status.ACTIVE and m.is_moderator)


def visible_groups(user):
    """Groups this visitor may see: private ones only for their members and site moderators."""
    qs = Group.objects.all()
    if is_site_moderator(user):
        return qs
    if user.is_authenticated:
        return qs.filter(
            ~Q(access=Group.Access.PRIVATE)
            | Q(memberships__user=user, memberships__status=Membership.Status.ACTIVE)
        ).distinct()
    return qs.exclude(access=Group.Access.PRIVATE)


def can_view_group(user, group):
    return group.access != Group.Access.PRIVATE or is_member(user, group) or is_site_moderator(user)


def can_post(user, group):
    if not is_verified(user) or profile_for(user).is_suspended:
        return False
    return is_member(user, group) or is_site_moderator(user)


def public_posts():
    """Posts anyone may read: visible, in non-private groups."""
    return Post.objects.filter(status=Post.Status.VISIBLE).exclude(
        thread__group__access=Group.Access.PRIVATE
    )


def visible_profiles(viewer):
    qs = Profile.objects.select_related("user").exclude(privacy=Profile.Privacy.HIDDEN)
    if not is_verified(viewer):
        qs = qs.filter(privacy=Profile.Privacy.PUBLIC)
    return qs


def can_view_profile(viewer, profile):
    if viewer.is_authenticated and viewer.pk == profile.user_id:
        return True
    if is_site_moderator(viewer):
        return True
    if profile.privacy == Profile.Privacy.HIDDEN:
        return False
    return profile.privacy == Profile.Privacy.PUBLIC or is_verified(viewer)


# --- membership ------------------------------------------------------------------------------


def join_group(user, group):
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
    Membership.objects.filter(user=user, group=group).delete()
    Follow.objects.filter(user=user, group=group).delete()


def approve_membership(actor, m):
    if not is_group_moderator(actor, m.group):
        raise PermissionDenied
    m.status = Membership.Status.ACTIVE
    m.save(update_fields=["status"])
    log(actor, "approve_member", group=m.group, target_user=m.user)


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


# --- posting ---------------------------------------------------------------------------------


def check_rate_limit(user):
    """Cache-based limit: COMMUNITY_POST_RATE = (posts, seconds)."""
    limit, window = getattr(settings, "COMMUNITY_POST_RATE", (10, 60))
    if ratelimit.hit(f"community:posts:{user.pk}", window) > limit:
        raise ValidationError(_("You are posting too quickly. Please wait a minute and try again."))


def is_new_member(user):
    days = getattr(settings, "COMMUNITY_NEW_MEMBER_DAYS", 7)
    return user.date_joined > timezone.now() - timedelta(days=days)


def _initial_status(user, group):
    if group.hold_first_posts and not is_group_moderator(user, group):
        approved = Post.objects.filter(
            author=user, thread__group=group, status=Post.Status.VISIBLE
        ).count()
        if approved < group.hold_first_posts:
            return Post.Status.PENDING
    return Post.Status.VISIBLE


def _make_post(user, thread, source, attachment=None):
    post = Post(
        thread=thread,
        author=user,
        source=source,
        html=render_markdown(source, new_member=is_new_member(user)),
        status=_initial_status(user, thread.group),
    )
    if attachment is not None:
        from portal.security.uploads import validate_document_upload

        validate_document_upload(attachment)
        post.attachment_name = attachment.name.rsplit("/", 1)[-1][:255]
        post.attachment = attachment
    post.save()
    return post


def start_thread(user, group, title, source, attachment=None):
    if not can_post(user, group):
        raise PermissionDenied
    check_rate_limit(user)
    with transaction.atomic():
        thread = Thread.objects.create(group=group, title=title, author=user)
        post = _make_post(user, thread, source, attachment)
        Follow.objects.get_or_create(user=user, thread=thread)
        transaction.on_commit(lambda: notify_new_post(post, new_thread=True))
    return thread, post


def reply(user, thread, source, attachment=None):
    """Add a reply; the thread row is locked so counts and last activity stay exact."""
    if not can_post(user, thread.group):
        raise PermissionDenied
    check_rate_limit(user)
    with transaction.atomic():
        locked = Thread.objects.select_for_update().get(pk=thread.pk)
        if locked.is_locked and not is_group_moderator(user, thread.group):
            raise PermissionDenied
        post = _make_post(user, locked, source, attachment)
        if post.status == Post.Status.VISIBLE:
            Thread.objects.filter(pk=locked.pk).update(
                reply_count=F("reply_count") + 1, last_activity_at=post.created_at
            )
        Follow.objects.get_or_create(user=user, thread=locked)
        transaction.on_commit(lambda: notify_new_post(post))
    return post


def edit_post(user, post, source):
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
    body = "\n".join("> " + line for line in post.source.splitlines())
    return f"> **{post.author_name()}**:\n{body}\n\n"


def toggle_helpful(user, post):
    reaction, created = Reaction.objects.get_or_create(post=post, user=user, kind="helpful")
    if not created:
        reaction.delete()
    Post.objects.filter(pk=post.pk).update(
        helpful_count=post.reactions.filter(kind="helpful").count()
    )


def mark_answered(user, thread, post):
    if user.pk != thread.author_id and not is_group_moderator(user, thread.group):
        raise PermissionDenied
    thread.is_answered, thread.answer = True, post
    thread.save(update_fields=["is_answered", "answer"])


def follow(user, *, thread=None, group=None):
    Follow.objects.get_or_create(user=user, thread=thread, group=group)


def unfollow(user, *, thread=None, group=None):
    Follow.objects.filter(user=user, thread=thread, group=group).delete()


# --- notifications ---------------------------------------------------------------------------


def notify_new_post(post, new_thread=False):
    if post.status != Post.Status.VISIBLE:
        return
    thread = post.thread
    name = post.author_name()
    url = thread.get_absolute_url() + f"#post-{post.pk}"
    notified = set()
    mentioned = set(MENTION_RE.findall(post.source))
    if mentioned:
        from django.contrib.auth import get_user_model

        for user in get_user_model().objects.filter(username__in=mentioned):
            if user.pk != post.author_id and can_view_group(user, thread.group):
                _notify(
                    user,
                    "mention",
                    _("%(name)s mentioned you in “%(t)s”") % {"name": name, "t": thread.title},
                    url,
                )
                notified.add(user.pk)
    followers = Follow.objects.filter(Q(thread=thread) | Q(group=thread.group)).select_related(
        "user"
    )
    for f in followers:
        if f.user_id in notified or f.user_id == post.author_id:
            continue
        notified.add(f.user_id)
        text = (
            _("New discussion in %(g)s: “%(t)s”") % {"g": thread.group.name, "t": thread.title}
            if new_thread
            else _("%(name)s replied to “%(t)s”") % {"name": name, "t": thread.title}
        )
        _notify(f.user, "new_thread" if new_thread else "reply", text, url)


def _notify(user, event, text, url):
    n = Notification.objects.create(user=user, event=event, text=text[:300], url=url[:300])
    profile = profile_for(user)
    if profile.email_mode == "each":
        from .tasks import send_notification_email

        transaction.on_commit(lambda: send_notification_email.enqueue(n.pk))
    return n


UNSUBSCRIBE_SALT = "community.unsubscribe"


def unsubscribe_token(user):
    return signing.dumps({"u": user.pk}, salt=UNSUBSCRIBE_SALT)


def unsubscribe(token):
    """Turn email off for the token's user; returns the profile or None if the token is bad."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=60 * 60 * 24 * 365)
    except signing.BadSignature:
        return None
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.filter(pk=data.get("u")).first()
    if user is None:
        return None
    profile = profile_for(user)
    profile.email_mode = "none"
    profile.save(update_fields=["email_mode"])
    return profile


# --- moderation ------------------------------------------------------------------------------


def log(actor, action, reason="", **targets):
    return ModerationAction.objects.create(
        actor=actor, action=action, reason=reason[:500], **targets
    )


def flag_post(user, post, reason, note=""):
    if reason not in Flag.Reason.values:
        raise ValidationError(_("Choose a reason."))
    return Flag.objects.create(post=post, user=user, reason=reason, note=note[:500])


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


def set_post_status(actor, post, status, reason=""):
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
        transaction.on_commit(lambda: notify_new_post(post))


def set_thread_flag(actor, thread, field, value, reason=""):
    if field not in {"is_locked", "is_pinned"} or not is_group_moderator(actor, thread.group):
        raise PermissionDenied
    setattr(thread, field, value)
    thread.save(update_fields=[field])
    action = {"is_locked": ("lock", "unlock"), "is_pinned": ("pin", "unpin")}[field][not value]
    log(actor, action, reason, group=thread.group, thread=thread)


def move_thread(actor, thread, group, reason=""):
    if not (is_group_moderator(actor, thread.group) and is_group_moderator(actor, group)):
        raise PermissionDenied
    old = thread.group
    thread.group = group
    thread.save(update_fields=["group"])
    log(actor, "move", f"{old.slug} -> {group.slug}: {reason}", group=group, thread=thread)


def suspend(actor, user, days, reason=""):
    if not is_site_moderator(actor):
        raise PermissionDenied
    profile = profile_for(user)
    profile.suspended_until = timezone.now() + timedelta(days=days)
    profile.save(update_fields=["suspended_until"])
    log(actor, "suspend", reason, target_user=user)
