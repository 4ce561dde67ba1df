"""The API alone, as a URL configuration: what ``LocaleMiddleware`` consults for an API
answer of 404, so that it does not redirect to a language-prefixed address (``http.wrap``)."""

from django.urls import include, path

urlpatterns = [path("api/v1/", include("portal.api.urls"))]
