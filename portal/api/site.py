"""The ``NinjaAPI`` of ``/api/v1/``, assembled once from the routers the apps registered."""

from functools import cache

from django.http import Http404, JsonResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError

from portal.api.cursors import BadCursor
from portal.core.registry import api_routers

DESCRIPTION = (
    "Read-only access to the published, public content of the Return & Reintegration Hub: "
    "JSON, keyset pages with opaque cursors, the site's filters and full-text query, the "
    "language chosen by `?lang=` or `Accept-Language`, `ETag`/`If-None-Match`, CORS for GET "
    "and a per-client rate limit (429 with `Retry-After`)."
)


def _reason(error):
    location = ".".join(str(part) for part in error.get("loc", ()) if part not in ("query",))
    return {"field": location, "message": str(error.get("msg", "invalid"))}


def _error(status, detail, errors=()):
    return JsonResponse({"detail": detail, "errors": list(errors)}, status=status)


def _bad_parameters(request, exc):
    errors = [_reason(error) for error in exc.errors]
    detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors) or "Invalid parameters."
    return _error(400, detail, errors)


def _bad_cursor(request, exc):
    return _error(400, str(exc))


def _not_found(request, exc):
    return _error(404, "Not found.")


@cache
def build():
    """The API with every registered router (built once: a router belongs to one API)."""
    api = NinjaAPI(
        title="Return & Reintegration Hub API",
        version="1",
        description=DESCRIPTION,
        urls_namespace="api_v1",
        openapi_url="/openapi.json",
        docs_url=None,
    )
    api.add_exception_handler(ValidationError, _bad_parameters)
    api.add_exception_handler(BadCursor, _bad_cursor)
    api.add_exception_handler(Http404, _not_found)
    for registered in api_routers():
        api.add_router(f"/{registered.prefix}/", registered.load())
    return api
