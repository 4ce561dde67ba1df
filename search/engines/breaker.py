"""A circuit breaker for Elasticsearch reads: after a failure, searches and suggestions skip
the server for ``SEARCH_ES_BREAKER_SECONDS`` (they answer from the database at once instead of
each waiting for the timeout), then one request tries again. One per server URL and process."""

import threading
import time

from django.conf import settings
from elastic_transport import TransportError
from elasticsearch import ApiError


class CircuitOpen(ConnectionError):
    """Raised instead of a request while the breaker is open."""


def trips(exc):
    """Whether a failure says the server is unwell (unreachable, timed out, overloaded or
    failing), not that one request was wrong."""
    if isinstance(exc, TransportError):  # connection refused, timeouts, TLS
        return True
    return isinstance(exc, ApiError) and (exc.meta.status == 429 or exc.meta.status >= 500)


class Breaker:
    def __init__(self):
        self._lock = threading.Lock()
        self.open_until = 0.0
        self.last_error = ""

    def check(self):
        remaining = self.open_until - time.monotonic()
        if remaining > 0:
            raise CircuitOpen(
                f"skipped for {remaining:.0f} s more after a failure ({self.last_error})"
            )

    def failed(self, exc):
        with self._lock:
            self.open_until = time.monotonic() + settings.SEARCH_ES_BREAKER_SECONDS
            self.last_error = f"{type(exc).__name__}: {str(exc)[:150]}"

    def succeeded(self):
        self.open_until = 0.0

    def state(self):
        """{"state": "closed"} or {"state": "open", "retry_in_s": …, "last_error": …}."""
        remaining = self.open_until - time.monotonic()
        if remaining <= 0:
            return {"state": "closed"}
        return {"state": "open", "retry_in_s": round(remaining, 1), "last_error": self.last_error}

    def call(self, function):
        """``function()`` unless the breaker is open; a failure that ``trips`` opens it."""
        self.check()
        try:
            result = function()
        except Exception as exc:
            if trips(exc):
                self.failed(exc)
            raise
        self.succeeded()
        return result


_breakers = {}
_lock = threading.Lock()


def breaker_for(url):
    with _lock:
        return _breakers.setdefault(url, Breaker())
