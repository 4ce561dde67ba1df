"""Domain logic of notifications: who hears of a new post, unread counts, unsubscribe tokens."""

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import transaction
from django.db.models import Q

from community.accounts.services import profile_for
from community.discussions.access import can_view_group
from community.discussions.markdown import mentioned_usernames
from community.discussions.models import Follow, Post

from .models import Notification
from .tasks import send_notification_email

UNSUBSCRIBE_SALT = "community.unsubscribe"


def post_published(sender, post, new_thread=False, **kwargs):
    """Receiver of ``community.discussions.services.post_published``."""
    notify_new_post(post, new_thread=new_thread)


def notify_new_post(post, new_thread=False):
    """Notify, once each, the members @mentioned in a visible post who may read it, then the
    followers of its thread or group; never the author."""
    if post.status != Post.Status.VISIBLE:
        return
    thread = post.thread
    params = {
        "thread": thread.pk,
        "post": post.pk,
        "group": thread.group.slug,
        "title": thread.title,
        "group_name": thread.group.name,
        "name": str(post.author_name()),
    }
    notified = set()
    mentioned = mentioned_usernames(post.source)
    if mentioned:
        for user in get_user_model().objects.filter(username__in=mentioned):
            if user.pk != post.author_id and can_view_group(user, thread.group):
                notify(user, "mention", params)
                notified.add(user.pk)
    followers = Follow.objects.filter(Q(thread=thread) | Q(group=thread.group)).select_related(
        "user"
    )
    for f in followers:
        if f.user_id in notified or f.user_id == post.author_id:
            continue
        notified.add(f.user_id)
        notify(f.user, "new_thread" if new_thread else "reply", params)


def notify(user, event, params):
    """Store a notification; members on "one email per event" get it emailed after commit."""
    n = Notification.objects.create(user=user, event=event, params=params)
    if profile_for(user).email_mode == "each":
        transaction.on_commit(lambda: send_notification_email.enqueue(n.pk))
    return n


def unread_count(user):
    """How many of the member's notifications are unread."""
    return Notification.objects.filter(user=user, read=False).count()


def mark_all_read(user):
    """Mark every notification of the member read."""
    Notification.objects.filter(user=user, read=False).update(read=True)


def unsubscribe_token(user):
    """A signed token that turns the member's community emails off (valid one year)."""
    return signing.dumps({"u": user.pk}, salt=UNSUBSCRIBE_SALT)


def unsubscribe(token):
    """Turn email off for the token's user; returns the profile or None if the token is bad."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=60 * 60 * 24 * 365)
    except signing.BadSignature:
        return None
    user = get_user_model().objects.filter(pk=data.get("u")).first()
    if user is None:
        return None
    profile = profile_for(user)
    profile.email_mode = "none"
    profile.save(update_fields=["email_mode"])
    return profile
