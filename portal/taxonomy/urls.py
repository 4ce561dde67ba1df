"""The GCM objectives' pages, under each language prefix."""

from django.urls import path

from portal.taxonomy import views

urlpatterns = [
    path("gcm/", views.gcm_index, name="gcm_index"),
    path("gcm/<int:number>/", views.gcm_objective, name="gcm_objective"),
]
