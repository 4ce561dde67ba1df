"""Notifications store their event's parameters instead of text translated at creation time.

Existing rows whose link points at a thread that still exists get the thread's and post's ids,
the group's slug and name, the thread's title and the poster's name; rows that cannot be
mapped keep their old text and link as the parameters ``text`` and ``url``.
"""

import re

from django.conf import settings
from django.db import migrations, models

LINK = re.compile(
    r"^(?:/[\w-]+)?/community/groups/(?P<group>[-\w]+)/threads/(?P<thread>\d+)/"
    r"(?:#post-(?P<post>\d+))?$"
)
MAPPED_EVENTS = {"reply", "mention", "new_thread"}
# The English messages of community.notifications.models.MESSAGES, for migrating backwards.
MESSAGES = {
    "reply": "%(name)s replied to “%(t)s”",
    "mention": "%(name)s mentioned you in “%(t)s”",
    "new_thread": "New discussion in %(g)s: “%(t)s”",
}


def _poster_name(post):
    author = post.author if post is not None else None
    if author is None:
        return None
    profile = getattr(author, "community_profile", None)
    display_name = profile.display_name if profile is not None else ""
    full_name = f"{author.first_name} {author.last_name}".strip()
    return display_name or full_name or author.username


def _params(notification, Thread, Post):
    match = LINK.match(notification.url or "")
    if notification.event in MAPPED_EVENTS and match:
        thread = Thread.objects.select_related("group").filter(pk=match["thread"]).first()
        post_id = int(match["post"]) if match["post"] else None
        post = (
            Post.objects.select_related("author__community_profile")
            .filter(pk=post_id, thread=thread)
            .first()
            if thread is not None and post_id
            else None
        )
        name = _poster_name(post)
        if thread is not None and post is not None and name is not None:
            return {
                "thread": thread.pk,
                "post": post.pk,
                "group": thread.group.slug,
                "title": thread.title,
                "group_name": thread.group.name,
                "name": name,
            }
    return {"text": notification.text, "url": notification.url}


def forwards(apps, schema_editor):
    Notification = apps.get_model("community", "Notification")
    Thread = apps.get_model("community", "Thread")
    Post = apps.get_model("community", "Post")
    for notification in Notification.objects.iterator():
        notification.params = _params(notification, Thread, Post)
        notification.save(update_fields=["params"])


def backwards(apps, schema_editor):
    Notification = apps.get_model("community", "Notification")
    for notification in Notification.objects.iterator():
        params = notification.params
        if "text" in params or notification.event not in MESSAGES:
            notification.text = params.get("text", "")[:300]
            notification.url = params.get("url", "")[:300]
        else:
            notification.text = (
                MESSAGES[notification.event]
                % {
                    "name": params.get("name", ""),
                    "t": params.get("title", ""),
                    "g": params.get("group_name", ""),
                }
            )[:300]
            notification.url = (
                f"/{settings.LANGUAGE_CODE}/community/groups/{params['group']}/"
                f"threads/{params['thread']}/#post-{params['post']}"
            )[:300]
        notification.save(update_fields=["text", "url"])


class Migration(migrations.Migration):
    dependencies = [
        ("community", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="notification",
            name="params",
            field=models.JSONField(blank=True, default=dict),
        ),
        # Kept with defaults while rows are converted in either direction.
        migrations.AlterField(
            model_name="notification",
            name="text",
            field=models.CharField(blank=True, default="", max_length=300),
        ),
        migrations.AlterField(
            model_name="notification",
            name="url",
            field=models.CharField(blank=True, default="", max_length=300),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.RemoveField(model_name="notification", name="text"),
        migrations.RemoveField(model_name="notification", name="url"),
    ]
