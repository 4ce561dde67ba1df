"""A bare Django view under the production settings: the served benchmark's yardstick.

``gunicorn tests.served.hello`` serves ``/hello/`` through the same settings, middleware and
gunicorn flags as the site; only the URL map is this module's one view. Never deployed.
"""

import os

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

from django.conf import settings  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402
from django.http import HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402


def hello(request):
    """A few bytes of text, no template, no query."""
    return HttpResponse("Hello from Django.\n", content_type="text/plain")


urlpatterns = [path("hello/", hello)]

application = get_wsgi_application()
settings.ROOT_URLCONF = __name__
