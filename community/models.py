"""The community app's models, defined in its rooms and gathered here so Django finds them:
accounts (Profile), discussions (groups, threads, posts...), moderation (flags, log),
notifications and alerts (saved searches), and the Community landing page. All keep the app
label ``community``."""

from community.accounts.models import Profile
from community.alerts.models import SavedSearch, SentMatch
from community.discussions.models import (
    Follow,
    Group,
    Membership,
    Post,
    PostRevision,
    Reaction,
    Thread,
)
from community.landing import CommunityIndexPage
from community.moderation.models import Flag, ModerationAction
from community.notifications.models import Notification

__all__ = [
    "CommunityIndexPage",
    "Flag",
    "Follow",
    "Group",
    "Membership",
    "ModerationAction",
    "Notification",
    "Post",
    "PostRevision",
    "Profile",
    "Reaction",
    "SavedSearch",
    "SentMatch",
    "Thread",
]
