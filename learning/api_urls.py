"""Language-neutral URLs of the learning app (calendar files)."""

from django.urls import path

from learning.webinars import views

urlpatterns = [
    path("learning/webinars/<int:pk>.ics", views.webinar_ics, name="learning_ics"),
    path("learning/webinars/feed.ics", views.webinar_feed, name="learning_feed"),
]
