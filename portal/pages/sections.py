"""The portal's own home page section (the latest Spotlight stories), and the cache of every
rendered home section."""

import hashlib
import json

from django.conf import settings
from django.db.models import DateField
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import get_language
from wagtail.models import Page

from portal.core.cache import bump, versioned_key
from portal.core.i18n import content_language
from portal.models import ContentPage


def _spotlight(request=None):
    """The Spotlight page of the active language, found once per request (the stories and the
    "See all" link both need it)."""
    language = get_language() or settings.LANGUAGE_CODE
    memo = getattr(request, "_spotlight_pages", None) if request is not None else None
    if memo is not None and language in memo:
        return memo[language]
    page = (
        Page.objects.filter(depth=3, slug="spotlight", locale__language_code=language)
        .live()
        .only("path", "url_path", "depth")
        .first()
    )
    if request is not None:
        if memo is None:
            memo = request._spotlight_pages = {}
        memo[language] = page
    return page


# Newest first by the story's own date; undated stories (features) by their publication.
STORY_ORDER = (Coalesce("date", Cast("first_published_at", DateField())).desc(), "-pk")


def latest_stories(request, limit):
    spotlight = _spotlight(request)
    if spotlight is None:
        return []
    stories = (
        ContentPage.objects.child_of(spotlight)
        .live()
        .public()
        .select_related("locale", "image")  # renditions: Wagtail's cache, then one query each
        .order_by(*STORY_ORDER)[:limit]
    )
    return [
        {
            "url": story.get_url(request),
            "title": story.title,
            "summary": story.summary,
            "shown_date": story.date,  # a story without a date shows none (not its load date)
            "image": story.image,
            "lang": content_language(story),  # an untranslated alias shows English
        }
        for story in stories
    ]


def spotlight_url(request):
    spotlight = _spotlight(request)
    return spotlight.get_url(request) if spotlight else None


CACHE_NAMESPACE = "home-sections"
# Content changes bump the namespace; the timeout bounds what no signal tells (a webinar that
# has started is no longer upcoming).
CACHE_TIMEOUT = 120


def cache_key(section, value, request):
    """The cache key of a rendered home section: its block value, the language, the site and
    what the section says it varies on; None (not cached) without a request."""
    if request is None:
        return None
    block = json.dumps(dict(value), sort_keys=True, default=str)
    parts = [
        get_language() or settings.LANGUAGE_CODE,
        request.get_host(),
        hashlib.sha256(block.encode()).hexdigest()[:24],
    ]
    if section is not None and section.vary is not None:
        parts.append(hashlib.sha256(str(section.vary(request)).encode()).hexdigest()[:16])
    return versioned_key(CACHE_NAMESPACE, *parts)


def invalidate(**kwargs):
    """Signal receiver: a page was published, unpublished, moved or deleted, or an app said
    its content changed (a discussion): every cached home section goes stale."""
    bump(CACHE_NAMESPACE)
