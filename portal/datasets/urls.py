"""Downloads of the data section's charts (CSV), under each language prefix."""

from django.urls import path

from portal.datasets import views

urlpatterns = [
    path("data/<slug:slug>/<slug:kind>.csv", views.chart_csv, name="dataset_chart_csv"),
    path(
        "data/<slug:slug>/<slug:kind>/<slug:region>.csv",
        views.chart_csv,
        name="dataset_chart_csv_region",
    ),
]
