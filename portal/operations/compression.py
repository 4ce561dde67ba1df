"""Compressed responses: Brotli when the client accepts it, else gzip.

BREACH needs a secret and attacker-chosen text in the same compressed body. Responses without
secrets (anonymous pages that use no CSRF token: what the page cache stores) get Brotli or
gzip. Responses that carry one (a CSRF token in a form, anything for a signed-in member: join
links, e-mail addresses) get gzip only, with Django's mitigation: its CSRF tokens are masked
anew for each response and ``compress_string`` adds random bytes to the gzip header
("Heal the Breach"), as ``django.middleware.gzip.GZipMiddleware`` does. Static files are
compressed at ``collectstatic`` by WhiteNoise (``.br`` and ``.gz``), never here.
"""

import gzip

from django.conf import settings
from django.utils.cache import patch_vary_headers
from django.utils.regex_helper import _lazy_re_compile
from django.utils.text import compress_string

try:
    import brotli
except ImportError:  # pragma: no cover - brotli is a runtime dependency
    brotli = None

MIN_SIZE = 200  # smaller bodies grow or gain nothing
BROTLI_QUALITY = 5  # ~as fast as gzip level 6 and ~15% smaller on the site's HTML
COMPRESSIBLE = (
    "text/",
    "application/json",
    "application/geo+json",
    "application/ld+json",
    "application/javascript",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "image/svg+xml",
)
_TOKEN = _lazy_re_compile(r"\s*([a-z0-9*-]+)\s*(?:;\s*q\s*=\s*([0-9.]+))?", flags=0)


def accepted_encodings(request):
    """The content codings the client accepts (q > 0), lower-cased."""
    accepted = set()
    for part in request.META.get("HTTP_ACCEPT_ENCODING", "").lower().split(","):
        match = _TOKEN.match(part)
        if not match:
            continue
        try:
            quality = float(match.group(2)) if match.group(2) else 1.0
        except ValueError:
            continue
        if quality > 0:
            accepted.add(match.group(1))
    if "*" in accepted:
        accepted |= {"br", "gzip"}
    return accepted


def best_encoding(request, secrets=False):
    """``"br"``, ``"gzip"`` or None for this client; never Brotli for a body with secrets."""
    accepted = accepted_encodings(request)
    if "br" in accepted and brotli is not None and not secrets:
        return "br"
    if "gzip" in accepted:
        return "gzip"
    return None


def encode(body, encoding, secrets=False):
    """``body`` compressed with ``encoding`` (random gzip header bytes when ``secrets``)."""
    if encoding == "br":
        return brotli.compress(body, quality=BROTLI_QUALITY)
    if secrets:
        return compress_string(body, max_random_bytes=100)
    return gzip.compress(body, compresslevel=6, mtime=0)


def compressible(response):
    """True for a complete text response that is worth compressing and not yet encoded."""
    return (
        not response.streaming
        and not response.has_header("Content-Encoding")
        and response.get("Content-Type", "").startswith(COMPRESSIBLE)
        and len(response.content) >= MIN_SIZE
    )


def carries_secrets(request, response):
    """True when the body may hold a secret: a CSRF token (using one sets the CSRF cookie on
    the response, and CsrfViewMiddleware then clears its request flag), or a signed-in
    member's page."""
    if settings.CSRF_COOKIE_NAME in response.cookies or request.META.get(
        "CSRF_COOKIE_NEEDS_UPDATE"
    ):
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def weaken_etag(response):
    """A compressed body is equivalent, not byte-identical: its ETag becomes weak."""
    etag = response.get("ETag")
    if etag and etag.startswith('"'):
        response.headers["ETag"] = "W/" + etag


class CompressionMiddleware:
    """Compresses HTML, JSON and other text responses (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not compressible(response):
            return response
        patch_vary_headers(response, ("Accept-Encoding",))
        secrets = carries_secrets(request, response)
        encoding = best_encoding(request, secrets=secrets)
        if encoding is None:
            return response
        compressed = encode(response.content, encoding, secrets=secrets)
        if len(compressed) >= len(response.content):
            return response
        response.content = compressed
        response.headers["Content-Length"] = str(len(compressed))
        response.headers["Content-Encoding"] = encoding
        weaken_etag(response)
        return response
