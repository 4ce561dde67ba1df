"""Public, language-prefixed URLs of the initiatives_map app."""

from django.urls import path

from initiatives_map import views

app_name = "initiatives_map"
urlpatterns = [
    path("initiatives/propose/", views.propose, name="propose"),
]
