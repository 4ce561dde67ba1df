"""Language-neutral URLs of the search app (APIs, feeds, downloads)."""

from django.urls import path

from . import views

urlpatterns = [path("api/search/suggest", views.suggest_api, name="search-suggest")]
