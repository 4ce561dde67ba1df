"""The full-page cache for anonymous visitors, in Django's cache (Redis), purged by scope.

What is cached: 200 answers to anonymous GETs of Wagtail pages and of the views named in
``PAGE_CACHE_VIEWS``, keyed by scheme, host, path, the full query string, the language and the
cookies of ``PAGE_CACHE_KEY_COOKIES``. Never: a request with any other cookie than those, the
CSRF and the language cookies (a session: signed in, messages, an anonymous choice), a
response that sets a cookie, uses a CSRF token, shows messages, says ``private`` /
``no-store`` / ``no-cache``, varies on more than Cookie, Accept-Encoding and Accept-Language,
or is a page with view restrictions. A URL with a query string is stored on its second miss
within the entry's lifetime, so random query strings cannot fill the cache.

Purging: each entry records the versions (``portal.core.cache``) of the scopes it shows, read
in the same cache call as the entry, before the page is rendered, and is a hit only while they
are unchanged. Scopes: ``site`` (menus, footer, taxonomy, sites, locales, images, view
restrictions, and any page moved, renamed, withdrawn or deleted) under every entry; one per
app, bumped when a model of that app is saved or deleted, a page of it published, or
``content_changed`` sent for it (index documents count for the app of their search type); and
``pages``, bumped by every page save, for the pages that link any page. Which scopes an app's
pages show is ``PAGE_CACHE_DEPENDS``; an app not listed there (the home page, content pages,
search) shows every scope.

Headers: cached answers say ``Cache-Control: public, max-age=…, stale-while-revalidate=…``,
carry a weak ``ETag`` and ``Last-Modified`` (304 on ``If-None-Match`` / ``If-Modified-Since``)
and ``Vary: Cookie, Accept-Encoding`` (a signed-in request differs by its cookie, so no browser
or proxy reuses an anonymous copy for it); answers for a session, a signed-in member or with a
CSRF token say ``private, no-store``. ``X-Cache`` says ``hit``, ``miss`` (stored now) or
``pass``. Entries keep their Brotli, gzip and plain bodies; the CSP nonce is the one the entry
was rendered with (a new render, a new nonce). While Redis is unreachable nothing is read or
stored (the fail-open cache is per process and would not see other processes' purges).
"""

import gzip
import hashlib
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date
from django.utils.translation import get_language_from_request

from portal.core.cache import bump, version_keys

from . import compression

PREFIX = "pagecache"
SITE = "site"
PAGES = "pages"
SKIPPED_PREFIXES = ("/admin/", "/django-admin/", "/static/", "/media/", "/documents/")
VARY_ALLOWED = {"cookie", "accept-encoding", "accept-language"}
STORED_HEADERS_EXCLUDED = {"set-cookie", "x-cache", "content-length", "content-encoding", "date"}
ENCODINGS = ("br", "gzip")
_pending = threading.local()  # scopes bumped in the current transaction, not yet committed


# --- scopes ----------------------------------------------------------------------------------


def namespace(scope):
    return f"{PREFIX}:{scope}"


def all_scopes():
    return [SITE, PAGES, *settings.PAGE_CACHE_APPS]


def scopes_for_app(app_label):
    """The scopes a page or view of ``app_label`` shows (every scope for an unlisted app)."""
    depends = settings.PAGE_CACHE_DEPENDS.get(app_label)
    return all_scopes() if depends is None else [SITE, *depends]


def purge(*scopes, once=False):
    """Make every cached page that shows one of ``scopes`` stale, now and at commit. With
    ``once`` (index writes: a rebuild writes thousands), a scope is bumped once until the
    transaction commits."""
    connection = transaction.get_connection()
    if once and connection.in_atomic_block:
        # Django replaces run_on_commit with a new list when a transaction (or a savepoint)
        # rolls back or ends: the same list object means the same transaction.
        if getattr(_pending, "hooks", None) is not connection.run_on_commit:
            _pending.hooks, _pending.scopes = connection.run_on_commit, set()
        scopes = [scope for scope in scopes if scope not in _pending.scopes]
        if not scopes:
            return
        _pending.scopes.update(scopes)
        transaction.on_commit(lambda: _pending.scopes.difference_update(scopes))
    for scope in scopes:
        bump(namespace(scope))


# --- requests and keys -------------------------------------------------------------------


def _cookies_allow_caching(request):
    harmless = {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}
    harmless.update(settings.PAGE_CACHE_KEY_COOKIES)
    return all(name in harmless or not value for name, value in request.COOKIES.items())


def _cache_is_down():
    return bool(getattr(cache, "is_down", False))


def _key(request):
    """The entry's key for this request, or None when the request may not use the cache."""
    if (
        not settings.PAGE_CACHE
        or request.method not in ("GET", "HEAD")
        or request.path.startswith(SKIPPED_PREFIXES)
        or "HTTP_AUTHORIZATION" in request.META
        or not _cookies_allow_caching(request)
        or _cache_is_down()
    ):
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    parts = [
        request.scheme,
        host,
        request.get_full_path(),
        get_language_from_request(request, check_path=True),
        *(request.COOKIES.get(name, "") for name in settings.PAGE_CACHE_KEY_COOKIES),
    ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()[:40]
    return f"{PREFIX}:entry:{digest}"


def _body_key(key, encoding):
    return f"{key}:{encoding or 'identity'}"


def _version_keys():
    keys = version_keys([namespace(scope) for scope in all_scopes()])
    return {key: ns.removeprefix(f"{PREFIX}:") for key, ns in keys.items()}


# --- the middleware ----------------------------------------------------------------------


class PageCacheMiddleware:
    """Answers anonymous requests from the cache and stores what may be shared."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _key(request)
        if key is None:
            response = self.get_response(request)
            _mark_private(request, response)
            return response
        encoding = compression.best_encoding(request)
        version_keys = _version_keys()
        found = cache.get_many([key, _body_key(key, encoding), *version_keys])
        current = {scope: found.get(vkey) for vkey, scope in version_keys.items()}
        entry, body = found.get(key), found.get(_body_key(key, encoding))
        if entry and body and body[0] == entry["etag"] and _fresh(entry, current):
            return _answer(request, entry, body[1], encoding, "hit")
        response = self.get_response(request)
        stored = _store(request, response, key, current)
        if stored is None:
            response.headers["X-Cache"] = "pass"
            _mark_private(request, response)
            return response
        entry, bodies = stored
        return _answer(request, entry, bodies[encoding or "identity"], encoding, "miss")


def _fresh(entry, current):
    return all(current.get(scope) == version for scope, version in entry["versions"].items())


def _answer(request, entry, body, encoding, outcome):
    response = HttpResponse(b"" if request.method == "HEAD" else body, status=200)
    for name, value in entry["headers"]:
        response.headers[name] = value
    if encoding:
        response.headers["Content-Encoding"] = encoding
    response.headers["Content-Length"] = str(len(body))
    response.headers["X-Cache"] = outcome
    return get_conditional_response(
        request, etag=entry["etag"], last_modified=entry["modified"], response=response
    )


def _mark_private(request, response):
    """``private, no-store`` for answers made for one visitor (unless the view chose)."""
    if response.has_header("Cache-Control"):
        return
    user = getattr(request, "user", None)
    if (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or (user is not None and user.is_authenticated)
        or response.cookies
        or compression.carries_secrets(request, response)
    ):
        response.headers["Cache-Control"] = "private, no-store"


def _view_allowed(request):
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    return match.view_name == "wagtail_serve" or match.view_name in settings.PAGE_CACHE_VIEWS


def _app_of(request):
    page = getattr(request, "_pagecache_page", None)
    if page is not None:
        return page.specific_class._meta.app_label if page.specific_class else None
    return request.resolver_match.func.__module__.split(".")[0]


def _shareable(request, response):
    """True when ``response`` may be given to every anonymous visitor (module docstring)."""
    if (
        request.method != "GET"
        or response.status_code != 200
        or response.streaming
        or response.cookies
        or response.get("Content-Encoding", "gzip") != "gzip"
        or not _view_allowed(request)
        or compression.carries_secrets(request, response)
        or _cache_is_down()
    ):
        return False
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return False
    vary = {v.strip().lower() for v in response.get("Vary", "").split(",") if v.strip()}
    if not vary <= VARY_ALLOWED:
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and len(messages):
        return False
    page = getattr(request, "_pagecache_page", None)
    if page is None:  # a Wagtail answer without a page served: a restriction's login or form
        return request.resolver_match.view_name != "wagtail_serve"
    return not page.get_view_restrictions().exists()


def _store(request, response, key, current):
    """Store ``response`` under ``key`` with the scope versions read before it was made;
    returns (entry, bodies by encoding) or None when it may not be shared."""
    if not _shareable(request, response):
        return None
    seen_key = f"{key}:seen"
    if request.META.get("QUERY_STRING") and cache.add(seen_key, 1, settings.PAGE_CACHE_TIMEOUT):
        return None  # first miss of this query string: admitted on the next one
    identity = response.content
    if response.get("Content-Encoding") == "gzip":  # a view that compresses (the GeoJSON)
        identity = gzip.decompress(identity)
    etag = f'W/"{hashlib.sha1(identity, usedforsecurity=False).hexdigest()[:32]}"'
    response.headers["Cache-Control"] = (
        f"public, max-age={settings.PAGE_CACHE_MAX_AGE}, "
        f"stale-while-revalidate={settings.PAGE_CACHE_STALE_WHILE_REVALIDATE}"
    )
    patch_vary_headers(response, ("Cookie", "Accept-Encoding"))
    modified = int(time.time())
    response.headers["ETag"] = etag
    response.headers["Last-Modified"] = http_date(modified)
    app = _app_of(request)
    scopes = scopes_for_app(app)
    entry = {
        "etag": etag,
        "modified": modified,
        "versions": {scope: current.get(scope) for scope in scopes},
        "headers": [
            (name, value)
            for name, value in response.items()
            if name.lower() not in STORED_HEADERS_EXCLUDED
        ],
    }
    bodies = {"identity": identity}
    if len(identity) >= compression.MIN_SIZE:
        for encoding in ENCODINGS:
            if encoding != "br" or compression.brotli is not None:
                bodies[encoding] = compression.encode(identity, encoding)
    values = {key: entry}
    values.update({_body_key(key, enc): (etag, body) for enc, body in bodies.items()})
    cache.set_many(values, settings.PAGE_CACHE_TIMEOUT)
    return entry, bodies


# --- what goes stale when ----------------------------------------------------------------


def remember_page(page, request, serve_args, serve_kwargs):
    """Wagtail's ``before_serve_page`` hook: note the page being served (its app, its view
    restrictions)."""
    request._pagecache_page = page


def on_model_change(sender, instance=None, **kwargs):
    """Receiver: a model of a watched app was saved or deleted, or ``content_changed`` was
    sent for one; an index document was written (stale for its search type's app)."""
    from wagtail.models import Page

    label = sender._meta.label_lower
    if label in settings.PAGE_CACHE_IGNORED_MODELS:
        return
    if label == "search.searchdocument":
        purge(_search_type_app(getattr(instance, "type_key", None)), once=True)
    elif issubclass(sender, Page):
        specific = instance.specific_class if instance is not None else sender
        app = specific._meta.app_label if specific else SITE
        top = instance is None or instance.depth is None or instance.depth <= 3
        purge(app, PAGES, *((SITE,) if top else ()))
    elif sender._meta.app_label in settings.PAGE_CACHE_APPS and sender._meta.app_label != "portal":
        purge(sender._meta.app_label)
    else:
        purge(SITE)  # menus, footer, taxonomy, glossary terms, sites, images: on many pages


def on_site_change(**kwargs):
    """Receiver: links, menus and breadcrumbs anywhere may change (a page moved, renamed,
    withdrawn or deleted; a view restriction, site, locale, image or tag changed)."""
    purge(SITE)


def watched_models():
    """The models whose saves and deletes purge pages: every model of ``PAGE_CACHE_APPS``
    but the ignored ones, ``PAGE_CACHE_SITE_MODELS`` and the search index's documents."""
    from django.apps import apps

    models = [
        model
        for label in settings.PAGE_CACHE_APPS
        for model in apps.get_app_config(label).get_models()
    ]
    models += [apps.get_model(label) for label in settings.PAGE_CACHE_SITE_MODELS]
    return [m for m in models if m._meta.label_lower not in settings.PAGE_CACHE_IGNORED_MODELS]


def _search_type_app(type_key):
    from portal.core.registry import search_types

    for search_type in search_types():
        if search_type.key == type_key:
            return search_type.model.split(".")[0]
    return SITE
