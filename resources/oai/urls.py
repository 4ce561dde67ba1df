"""The OAI-PMH endpoint's URL (language-neutral: included outside i18n_patterns)."""

from django.urls import path

from resources.oai import views

urlpatterns = [path("oai/", views.endpoint, name="oai")]
