"""Public, language-prefixed URLs of the community app."""

from django.urls import path

from . import views

app_name = "community"
G = "community/groups/<slug:slug>/"
T = G + "threads/<int:pk>/"
urlpatterns = [
    path("community/members/", views.members, name="members"),
    path("community/members/<str:username>/", views.profile, name="profile"),
    path("community/profile/", views.profile_edit, name="profile_edit"),
    path("community/groups/", views.groups, name="groups"),
    path(G, views.group, name="group"),
    path(G + "join/", views.group_join, name="group_join"),
    path(G + "follow/", views.group_follow, name="group_follow"),
    path(G + "leave/", views.group_leave, name="group_leave"),
    path(G + "members/<int:pk>/approve/", views.membership_approve, name="membership_approve"),
    path(
        G + "members/<int:pk>/moderator/", views.membership_moderator, name="membership_moderator"
    ),
    path(G + "new/", views.thread_new, name="thread_new"),
    path(T, views.thread, name="thread"),
    path(T + "reply/", views.thread_reply, name="thread_reply"),
    path(T + "follow/", views.thread_follow, name="thread_follow"),
    path(T + "<str:action>/", views.thread_moderate, name="thread_moderate"),
    path("community/posts/<int:pk>/edit/", views.post_edit, name="post_edit"),
    path("community/posts/<int:pk>/helpful/", views.post_helpful, name="post_helpful"),
    path("community/posts/<int:pk>/answer/", views.post_answer, name="post_answer"),
    path("community/posts/<int:pk>/flag/", views.post_flag, name="post_flag"),
    path("community/posts/<int:pk>/<str:action>/", views.post_moderate, name="post_moderate"),
    path("community/moderation/", views.moderation, name="moderation"),
    path("community/moderation/suspend/<str:username>/", views.suspend_member, name="suspend"),
    path("community/account/delete/", views.account_delete, name="account_delete"),
    path("community/notifications/", views.notifications, name="notifications"),
]
