"""Machine endpoints for operators and crawlers (the health check, robots.txt) and the page
a visitor sees when the database is unreachable."""

import logging
import sys
import time

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from portal.core.links import absolute_url

logger = logging.getLogger("portal.operations")

RETRY_AFTER_SECONDS = 30
DATABASE_ERRORS = (OperationalError, InterfaceError)
LOG_EVERY_SECONDS = 60  # at most one "database unreachable" line a minute per process
_last_logged = {"at": -LOG_EVERY_SECONDS}


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /*/accounts/",
        "Disallow: /*/dashboard/",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


# --- /healthz -------------------------------------------------------------------------------


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return {"vendor": connection.vendor}


def _check_cache():
    if hasattr(cache, "ping"):  # Redis: ask it directly, past the local fallback
        cache.ping()
        return {"backend": "redis"}
    cache.set("healthz", 1, 5)
    return {"backend": "local memory"}


def _check_tasks():
    backend = settings.TASKS["default"]["BACKEND"]
    if not backend.startswith("django_tasks_db."):
        return {"backend": backend.rsplit(".", 1)[-1]}
    from django.db.models import Count, Min
    from django_tasks_db.models import DBTaskResult

    ready = DBTaskResult.objects.ready().aggregate(pending=Count("pk"), oldest=Min("enqueued_at"))
    oldest = ready["oldest"]
    return {
        "backend": "database",
        "pending": ready["pending"],
        "oldest_pending_s": round(time.time() - oldest.timestamp()) if oldest else None,
    }


def _check_search():
    if settings.SEARCH_ENGINE == "elasticsearch" and settings.ELASTICSEARCH_URL:
        from elasticsearch import Elasticsearch

        from portal.core import search

        details = search.health()  # {"breaker": {"state": "open", "retry_in_s": …}}
        client = Elasticsearch(settings.ELASTICSEARCH_URL, request_timeout=1, max_retries=0)
        if not client.ping():
            breaker = details.get("breaker") or {}
            skipped = (
                f"; searches skip it for {breaker['retry_in_s']} s more (circuit breaker open)"
                if breaker.get("state") == "open"
                else ""
            )
            raise ConnectionError(f"Elasticsearch did not answer the ping{skipped}")
        return {"engine": "elasticsearch", "fallback": "database", **details}
    _check_database()  # the search index is a table of the database
    return {"engine": "database"}


# name -> (check, required): a required check down makes the site "down" (503); any other
# one makes it "degraded" (200, pages still work: the cache fails open, search falls back).
CHECKS = {
    "database": (_check_database, True),
    "cache": (_check_cache, False),
    "tasks": (_check_tasks, False),
    "search": (_check_search, False),
}


def _run(check):
    start = time.perf_counter()
    try:
        result = {"ok": True, **check()}
    except Exception as exc:  # noqa: BLE001 - any failure is this component being down
        message = (str(exc).strip().splitlines() or [""])[0]
        result = {"ok": False, "error": f"{type(exc).__name__}: {message}"[:200]}
    result["ms"] = round((time.perf_counter() - start) * 1000, 1)
    return result


@require_GET
@never_cache
def healthz(request):
    """Each component's state as JSON; 503 when a required one (the database) is down."""
    checks = {name: _run(check) for name, (check, _required) in CHECKS.items()}
    failed = {name for name, result in checks.items() if not result["ok"]}
    if failed & {name for name, (_check, required) in CHECKS.items() if required}:
        status = "down"
    else:
        status = "degraded" if failed else "ok"
    response = JsonResponse({"status": status, "checks": checks})
    if status == "down":
        response.status_code = 503
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


# --- the error handler ------------------------------------------------------------------------


def _database_error(exc):
    """True when ``exc`` (or what caused it) says the database is unreachable."""
    for _ in range(5):
        if exc is None:
            return False
        if isinstance(exc, DATABASE_ERRORS):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def service_unavailable(request):
    """503 with Retry-After and a page in the visitor's language, rendered without the
    database: a standalone template, no context processors."""
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        try:
            body = loader.get_template("503.html").render()
        except Exception:  # noqa: BLE001 - the page must not fail in turn
            body = "Service temporarily unavailable. Please try again in a minute."
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Content-Language"] = language
    add_never_cache_headers(response)
    return response


def server_error(request):
    """Django's handler500: a 503 page when the database is unreachable (wherever the error
    was raised: a view, a template or a middleware), else the plain 500 page."""
    exc = sys.exc_info()[1]
    if _database_error(exc):
        now = time.monotonic()
        if now - _last_logged["at"] >= LOG_EVERY_SECONDS:
            _last_logged["at"] = now
            first_line = (str(exc).strip().splitlines() or [""])[0]
            logger.error(
                "database unreachable (%s: %s); answering 503 (logged once a minute)",
                type(exc).__name__,
                first_line,
            )
        response = service_unavailable(request)
        response._has_been_logged = True  # not one django.request traceback per request
        return response
    try:
        return HttpResponseServerError(loader.get_template("500.html").render())
    except Exception:  # noqa: BLE001
        return HttpResponseServerError("<h1>Server Error (500)</h1>")
