"""``/api/v1/``: every URL of the API behind ``portal.api.http.wrap``, and its docs page."""

from django.urls import path

from portal.api import docs
from portal.api.http import wrap
from portal.api.site import build

app_name = "api_v1"
patterns = build().urls[0]
for pattern in patterns:
    pattern.callback = wrap(pattern.callback)

urlpatterns = [*patterns, path("docs/", wrap(docs.page), name="docs")]
