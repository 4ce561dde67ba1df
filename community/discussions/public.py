"""What the rest of the site shows of discussions: search documents and recent threads, never
from private groups or hidden posts; the search index follows posts and groups as they change.

Threads belong to a group's canonical row, so a thread is listed once whatever the number of
the group's translations; a thread's document is in the language it was written in."""

from django.urls import reverse
from django.utils.translation import get_language

from community.accounts.services import visible_profiles
from portal.core.search import narrow
from portal.core.signals import content_changed
from portal.core.text import html_to_text, join_text

from .markdown import mentioned_usernames
from .models import Group, Post, Thread, attach_texts


def public_threads():
    """Threads anyone may read: never in private groups, opening post visible."""
    return (
        Thread.objects.exclude(group__access=Group.Access.PRIVATE)
        .filter(posts__status=Post.Status.VISIBLE)
        .distinct()
        .select_related("group")
    )


def search_queryset(request):
    """Threads the site-wide search covers."""
    return public_threads()


def search_document(thread):
    """The thread as a search document: its visible posts' text."""
    posts = thread.posts.filter(status=Post.Status.VISIBLE).values_list("html", "source")
    text = join_text(*(html_to_text(html) if html else source for html, source in posts))
    return {
        "title": thread.title,
        "text": text,
        "summary": text[:300],
        "url": thread.get_absolute_url(),
        "date": thread.last_activity_at.date(),
        "language": thread.language,
        "locale": "",  # a thread is shown whatever the site locale
        "facets": {"group": [thread.group.name]},
    }


def searchable(group):
    """Whether a group's threads are in the site's search index (private groups' never are)."""
    return group.access != Group.Access.PRIVATE


def matching_threads(request, group, query):
    """The group's threads matching ``query``, through the site's one search index (titles
    and visible posts; stemmed, accents folded), in the group's own order."""
    return narrow(group.threads.all(), request, query, "discussions", language=get_language())


def home_discussions(request, limit):
    """The most recently active public threads, for the home page."""
    threads = list(public_threads().order_by("-last_activity_at")[:limit])
    attach_texts([thread.group for thread in threads])
    for thread in threads:
        yield {
            "url": thread.get_absolute_url(),
            "title": thread.title,
            "meta": thread.group.texts.name,
            "summary": "",
            "lang": thread.language,  # a thread is shown in the language it was written in
        }


def mention_urls(viewer, posts):
    """``{username: profile address}`` of the members @mentioned in ``posts`` whose profile
    ``viewer`` may open (one query, none without mentions); others stay plain text."""
    names = set().union(*(mentioned_usernames(post.source) for post in posts))
    if not names:
        return {}
    found = (
        visible_profiles(viewer)
        .filter(user__username__in=names, user__is_active=True)
        .values_list("user__username", flat=True)
    )
    return {name: reverse("community:profile", args=[name]) for name in found}


def post_saved(sender, instance, **kwargs):
    """Receiver of ``post_save`` for Post: its thread is indexed again."""
    content_changed.send(sender=Thread, instance=instance.thread)


def group_saved(sender, instance, **kwargs):
    """Receiver of ``post_save`` for Group: a group turned private must leave the search index
    with all its threads (a translation's save reaches the canonical row's threads)."""
    for thread in Thread.objects.filter(group__translation_key=instance.translation_key).only(
        "pk", "group"
    ):
        content_changed.send(sender=Thread, instance=thread)
