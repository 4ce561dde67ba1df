"""Settings for the test suite: fast hashing, emails kept in memory, tasks run at once."""

import os

from portal.operations.config import cache_config, env_bool

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
WHITENOISE_AUTOREFRESH = True
WAGTAILADMIN_BASE_URL = "http://testserver"
# The site's search is the search app's own index; Wagtail's index only serves admin search,
# which no test uses, and updating it costs ~15% of every demo load.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
}
LOGGING["loggers"]["portal"]["level"] = "WARNING"  # noqa: F405
# The anonymous page cache is off unless a test turns it on (portal/tests/test_page_cache.py)
# or PAGE_CACHE=1: tests that change rows with queryset updates (no signal) and read the page
# again would otherwise see the cached copy.
PAGE_CACHE = env_bool("PAGE_CACHE", False)

# Each test process writes under its own key prefix, and the suite deletes only keys under
# it: a run never clears a Redis database that something else may share.
if REDIS_URL:  # noqa: F405
    CACHES = {"default": {**cache_config(REDIS_URL), "KEY_PREFIX": f"rrhub-test-{os.getpid()}"}}  # noqa: F405
