"""Who a member is: profile, verified email, site-moderator role, language preference.

The one part of the community other apps may import, e.g.
``from community.accounts import is_verified``. The Wagtail admin-login limiter lives here too
(``community.accounts.limiter``).
"""

from .services import (
    can_view_profile,
    is_site_moderator,
    is_verified,
    preferred_language,
    profile_for,
)

__all__ = [
    "can_view_profile",
    "is_site_moderator",
    "is_verified",
    "preferred_language",
    "profile_for",
]
