"""Language-neutral URLs of the community app: one-click unsubscribe links and the saved
searches' Atom feeds (secret addresses for feed readers)."""

from django.urls import path

from .alerts import views as alerts
from .alerts.feeds import SavedSearchFeed
from .notifications import views

urlpatterns = [
    path("community/unsubscribe/<str:token>/", views.unsubscribe, name="community_unsubscribe"),
    path(
        "community/alerts/unsubscribe/<str:token>/",
        alerts.unsubscribe,
        name="community_alert_unsubscribe",
    ),
    path("community/alerts/feed/<str:token>/", SavedSearchFeed(), name="community_alert_feed"),
]
