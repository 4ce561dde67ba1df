"""What every API response goes through: the rate limit, CORS, the language, ETags.

``wrap(view)`` is applied to each URL of the API (``portal.api.site``), so errors, the
OpenAPI description and the documentation page get the same treatment as the data.
"""

import hashlib
import time
from functools import wraps

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation.trans_real import parse_accept_lang_header

from portal.security.clientip import client_ip
from portal.security.ratelimit import hit

ALLOWED_METHODS = "GET, HEAD, OPTIONS"
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": (
        "ETag, Retry-After, Content-Language, X-RateLimit-Limit, X-RateLimit-Remaining"
    ),
}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": ALLOWED_METHODS,
    "Access-Control-Allow-Headers": "Accept, Accept-Language, If-None-Match",
    "Access-Control-Max-Age": "86400",
}


def site_languages():
    """The language codes the site is served in (``settings.LANGUAGES``)."""
    return [code for code, _name in settings.LANGUAGES]


def chosen_language(request):
    """``?lang=`` when it is one of the site's languages, else the best ``Accept-Language``
    match, else the default language. (An unknown ``lang`` is refused by the endpoint.)"""
    codes = site_languages()
    lang = request.GET.get("lang", "")
    if lang in codes:
        return lang
    header = request.META.get("HTTP_ACCEPT_LANGUAGE", "")[:500]
    for code, _ in parse_accept_lang_header(header):
        base = code.split("-")[0].lower()
        if base in codes:
            return base
    return settings.LANGUAGE_CODE


def rate_limit():
    """(requests allowed per window, window in seconds) for one client."""
    return (getattr(settings, "API_RATE_LIMIT", 300), getattr(settings, "API_RATE_WINDOW", 60))


def _throttled(request):
    """None, or the 429 answer when this client has used up its window."""
    limit, window = rate_limit()
    now = time.time()
    slot = int(now // window)
    count = hit(f"api:rate:{client_ip(request)}:{slot}", window)
    request.api_rate_remaining = max(limit - count, 0)
    if count <= limit:
        return None
    retry = max(int((slot + 1) * window - now) + 1, 1)
    response = JsonResponse(
        {"detail": f"Too many requests: at most {limit} every {window} seconds."}, status=429
    )
    response["Retry-After"] = str(retry)
    return response


def _etag(response):
    return '"' + hashlib.sha256(response.content).hexdigest()[:32] + '"'


def _matches(header, etag):
    if not header:
        return False
    if header.strip() == "*":
        return True
    tags = [tag.strip().removeprefix("W/") for tag in header.split(",")]
    return etag in tags


def _finish(request, response, language):
    for name, value in CORS_HEADERS.items():
        response[name] = value
    if hasattr(request, "api_rate_remaining"):
        response["X-RateLimit-Limit"] = str(rate_limit()[0])
        response["X-RateLimit-Remaining"] = str(request.api_rate_remaining)
    if response.status_code == 404:
        # An API address is never missing its language: no redirect to /<lang>/api/…
        request.urlconf = "portal.api.root_urls"
    if response.status_code != 200 or response.streaming:
        return response
    patch_vary_headers(response, ["Accept-Language"])
    response.setdefault("Content-Language", language)
    response.setdefault("Cache-Control", "public, max-age=60")
    etag = _etag(response)
    response["ETag"] = etag
    if _matches(request.META.get("HTTP_IF_NONE_MATCH", ""), etag):
        not_modified = HttpResponse(status=304)
        for name in ("ETag", "Vary", "Cache-Control", "Content-Language", *CORS_HEADERS):
            if name in response:
                not_modified[name] = response[name]
        return not_modified
    return response


def wrap(view):
    """``view`` behind the API's rate limit, CORS, language and conditional GET."""

    @wraps(view)
    def api_view(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            for name, value in {**CORS_HEADERS, **PREFLIGHT_HEADERS}.items():
                response[name] = value
            return response
        language = chosen_language(request)
        head = request.method == "HEAD"
        response = _throttled(request)
        if response is None:
            if head:
                request.method = "GET"
            with translation.override(language):
                response = view(request, *args, **kwargs)
        response = _finish(request, response, language)
        if head and not response.streaming:
            response.content = b""
        return response

    api_view.csrf_exempt = True
    return api_view
