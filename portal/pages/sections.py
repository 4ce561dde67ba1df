"""The portal's own home page section: the latest Spotlight stories."""

from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import get_language
from wagtail.models import Page

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


def latest_stories(request, limit):
    spotlight = _spotlight(request)
    if spotlight is None:
        return []
    stories = (
        ContentPage.objects.child_of(spotlight)
        .live()
        .public()
        .select_related("locale")
        .order_by("-first_published_at")[:limit]
    )
    return [
        {
            "url": story.get_url(request),
            "title": story.title,
            "summary": story.summary,
            "meta": date_format(story.first_published_at, "DATE_FORMAT")
            if story.first_published_at
            else "",
            "lang": content_language(story),  # an untranslated alias shows English
        }
        for story in stories
    ]


def spotlight_url(request):
    spotlight = _spotlight(request)
    return spotlight.get_url(request) if spotlight else None
