"""Language-neutral URLs of the initiatives_map app (APIs, feeds, downloads)."""

from django.urls import path

from initiatives_map import views

urlpatterns = [
    path("api/initiatives.geojson", views.geojson, name="initiatives_geojson"),
    path("api/initiatives.csv", views.export_csv, name="initiatives_csv"),
]
