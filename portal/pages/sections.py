"""The portal's own home page section: the latest Spotlight stories."""

from django.utils.formats import date_format
from wagtail.models import Locale, Page

from portal.core.i18n import content_language
from portal.models import ContentPage


def _spotlight():
    return (
        Page.objects.filter(depth=3, slug="spotlight", locale=Locale.get_active())
        .live()
        .only("path", "url_path", "depth")
        .first()
    )


def latest_stories(request, limit):
    spotlight = _spotlight()
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
    spotlight = _spotlight()
    return spotlight.get_url(request) if spotlight else None
