"""Public, language-prefixed URLs of the resources app."""

from django.urls import path

from resources.offline import views as offline

app_name = "resources"
urlpatterns = [
    path("offline-packs/", offline.request_pack, name="offline_request"),
    path("offline-packs/<str:key>/", offline.status, name="offline_status"),
    path("offline-packs/<str:key>/download/", offline.download, name="offline_download"),
]
