"""Production: secrets and hosts come from the environment; HTTPS is enforced."""

import copy

from portal.operations.config import ConfigurationError, env, env_bool, env_int

from .base import *  # noqa: F403

DEBUG = False

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY or len(SECRET_KEY) < 50 or SECRET_KEY.startswith("dev-only"):
    raise ConfigurationError(
        "SECRET_KEY must be set to a random value of at least 50 characters in production."
    )
if not env("ALLOWED_HOSTS"):
    raise ConfigurationError("ALLOWED_HOSTS must list the site's host names in production.")

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
# Every cookie Secure; HttpOnly too, as no script reads them (the CSRF token reaches forms and
# Wagtail's admin through the page, not the cookie).
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https"
TASKS_BACKEND = env("TASKS_BACKEND", "database")
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend"
        if TASKS_BACKEND == "database"
        else "django_tasks.backends.immediate.ImmediateBackend"
    }
}

# Logs: one JSON line per request (portal.operations.logging.RequestLogMiddleware, first so
# it times and logs every response) and per error, traceback included, on standard output.
MIDDLEWARE = ["portal.operations.logging.RequestLogMiddleware", *MIDDLEWARE]  # noqa: F405
# The base configuration, with JSON lines on standard output instead of plain text.
LOGGING = copy.deepcopy(LOGGING)  # noqa: F405
LOGGING["formatters"]["json"] = {"()": "portal.operations.logging.JsonFormatter"}
LOGGING["handlers"]["console"].update(formatter="json", stream="ext://sys.stdout")
# 4xx are in the request line already; 5xx come with their traceback.
LOGGING["loggers"]["django.request"] = {
    "handlers": ["console"],
    "level": "ERROR",
    "propagate": False,
}
