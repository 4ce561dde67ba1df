"""Language-neutral URLs of the resources app (APIs, feeds, downloads)."""

from django.urls import path

from resources import views

urlpatterns = [
    path("resources/download/<int:file_id>/", views.download, name="resources_download"),
]
