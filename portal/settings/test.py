"""Settings for the test suite: fast hashing, emails kept in memory, tasks run at once."""

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
LOGGING["loggers"]["portal"]["level"] = "WARNING"  # noqa: F405
