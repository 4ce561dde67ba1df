"""Template helpers of the community's pages: avatars made of initials, times for people and
machines, and @mentions linked to the members' profiles."""

import hashlib
from datetime import UTC

from django import template
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext as _

from community.discussions.markdown import link_mentions

register = template.Library()

# How many background colours initials avatars have: classes avatar--0 … avatar--7 in
# static/css/components/83-thread.css (inline styles are refused by the site's CSP).
AVATAR_COLOURS = 8


@register.filter
def initials(name):
    """Up to two initials of a name ("Amina Diallo" -> "AD"), "?" when it has none."""
    letters = [word[0] for word in str(name or "").split() if word[0].isalnum()]
    if len(letters) > 2:
        letters = [letters[0], letters[-1]]
    return "".join(letters).upper() or "?"


@register.filter
def avatar_colour(key):
    """A stable colour number (0 to AVATAR_COLOURS - 1) for a member (by username or id)."""
    digest = hashlib.blake2s(str(key).encode(), digest_size=2).digest()
    return int.from_bytes(digest) % AVATAR_COLOURS


@register.filter
def machine_time(value):
    """A ``<time datetime>`` value: UTC to the second, no microseconds."""
    if not value:
        return ""
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@register.filter
def ago(value):
    """How long ago, for people: "3 days ago", "just now" under a minute (largest unit only)."""
    if not value:
        return ""
    if (timezone.now() - value).total_seconds() < 60:
        return _("just now")
    return _("%(time)s ago") % {"time": timesince(value, depth=1)}


@register.filter
def with_mentions(html, profile_urls):
    """A post's HTML with each ``@username`` of ``profile_urls`` linked to that profile."""
    return link_mentions(html, profile_urls or {})
