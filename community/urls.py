"""Public, language-prefixed URLs of the community app."""

from django.urls import path

from .accounts import views as accounts
from .alerts import views as alerts
from .discussions import views as discussions
from .moderation import views as moderation
from .notifications import views as notifications

app_name = "community"
G = "community/groups/<slug:slug>/"
T = G + "threads/<int:pk>/"
urlpatterns = [
    path("community/members/", accounts.members, name="members"),
    path("community/members/<str:username>/", accounts.profile, name="profile"),
    path("community/profile/", accounts.profile_edit, name="profile_edit"),
    path("community/groups/", discussions.groups, name="groups"),
    path(G, discussions.group, name="group"),
    path(G + "join/", discussions.group_join, name="group_join"),
    path(G + "follow/", discussions.group_follow, name="group_follow"),
    path(G + "leave/", discussions.group_leave, name="group_leave"),
    path(G + "request/cancel/", discussions.group_request_cancel, name="group_request_cancel"),
    path(G + "members/<int:pk>/approve/", moderation.membership_approve, name="membership_approve"),
    path(G + "members/<int:pk>/decline/", moderation.membership_decline, name="membership_decline"),
    path(
        G + "members/<int:pk>/moderator/",
        moderation.membership_moderator,
        name="membership_moderator",
    ),
    path(G + "new/", discussions.thread_new, name="thread_new"),
    path(T, discussions.thread, name="thread"),
    path(T + "reply/", discussions.thread_reply, name="thread_reply"),
    path(T + "follow/", discussions.thread_follow, name="thread_follow"),
    path(T + "<str:action>/", moderation.thread_moderate, name="thread_moderate"),
    path("community/posts/<int:pk>/edit/", discussions.post_edit, name="post_edit"),
    path(
        "community/posts/<int:pk>/attachment/",
        discussions.post_attachment,
        name="post_attachment",
    ),
    path("community/posts/<int:pk>/helpful/", discussions.post_helpful, name="post_helpful"),
    path("community/posts/<int:pk>/answer/", discussions.post_answer, name="post_answer"),
    path("community/posts/<int:pk>/flag/", moderation.post_flag, name="post_flag"),
    path(
        "community/posts/<int:pk>/flags/dismiss/",
        moderation.post_flags_dismiss,
        name="post_flags_dismiss",
    ),
    path("community/posts/<int:pk>/<str:action>/", moderation.post_moderate, name="post_moderate"),
    path("community/moderation/", moderation.moderation, name="moderation"),
    path("community/moderation/suspend/<str:username>/", moderation.suspend_member, name="suspend"),
    path("community/account/delete/", accounts.account_delete, name="account_delete"),
    path("community/account/data/", accounts.account_data, name="account_data"),
    path("community/notifications/", notifications.notifications, name="notifications"),
    path("community/alerts/save/", alerts.save, name="alert_save"),
    path("community/alerts/<int:pk>/", alerts.update, name="alert_update"),
    path("community/alerts/<int:pk>/delete/", alerts.delete, name="alert_delete"),
]
