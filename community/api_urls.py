"""Language-neutral URLs of the community app (one-click unsubscribe)."""

from django.urls import path

from .notifications import views

urlpatterns = [
    path("community/unsubscribe/<str:token>/", views.unsubscribe, name="community_unsubscribe"),
]
