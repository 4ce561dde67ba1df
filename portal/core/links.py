"""Absolute links to the site, for emails, feeds and documents read away from a request."""

from django.conf import settings


def site_url():
    """The public base URL (``SITE_URL``), without a trailing slash."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(path):
    """``path`` (from ``reverse`` or a page's URL) as an absolute URL on the public site;
    an already absolute URL is returned unchanged."""
    if path.startswith(("http://", "https://")):
        return path
    return site_url() + "/" + path.lstrip("/")
