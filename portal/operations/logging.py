"""Production logs: one JSON line per log record, and one per request (``RequestLogMiddleware``).

A request gets an id (the proxy's ``X-Request-ID`` when it is a short token, else a new one),
returned in the ``X-Request-ID`` header and added to every line logged while it is served,
so an error's traceback can be found from the request line and the other way round.
"""

import contextvars
import json
import logging
import re
import time
import uuid
from datetime import UTC, datetime

_request_id = contextvars.ContextVar("request_id", default=None)
_VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
_REQUEST_FIELDS = ("method", "path", "status", "duration_ms", "request_id")

request_logger = logging.getLogger("portal.request")


class JsonFormatter(logging.Formatter):
    """One line of JSON per record: time, level, logger, message, the request fields given as
    ``extra`` (or read from Django's ``request``), the request id, and any traceback."""

    def format(self, record):
        data = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in _REQUEST_FIELDS:
            value = getattr(record, name, None)
            if value is not None:
                data[name] = value
        request = getattr(record, "request", None)  # django.request and django.security
        if request is not None and hasattr(request, "method"):
            data.setdefault("method", request.method)
            data.setdefault("path", request.path)
        status = getattr(record, "status_code", None)
        if status is not None:
            data.setdefault("status", status)
        request_id = _request_id.get()
        if request_id:
            data.setdefault("request_id", request_id)
        if record.exc_info:
            data["exception"] = repr(record.exc_info[1])
            data["traceback"] = self.formatException(record.exc_info)
        elif record.exc_text:
            data["traceback"] = record.exc_text
        if record.stack_info:
            data["stack"] = self.formatStack(record.stack_info)
        # json.dumps escapes the newlines of a traceback: the record stays on one line.
        return json.dumps(data, ensure_ascii=False, default=str)


class RequestLogMiddleware:
    """Log one line per request (method, path without the query string, status, duration)
    and tag everything logged meanwhile with the request id. Put it first in MIDDLEWARE."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.META.get("HTTP_X_REQUEST_ID", "")
        request_id = given if _VALID_REQUEST_ID.fullmatch(given) else uuid.uuid4().hex
        request.request_id = request_id
        token = _request_id.set(request_id)
        started = time.perf_counter()
        try:
            response = self.get_response(request)
            duration_ms = round((time.perf_counter() - started) * 1000, 1)
            response["X-Request-ID"] = request_id
            # This line is the response's log line: Django's own "Service Unavailable: …" line
            # for an error status would come after the request id is gone. (Exceptions are
            # logged earlier, with their traceback and the id.)
            response._has_been_logged = True
            status = response.status_code
            level = logging.ERROR if status >= 500 else logging.INFO
            request_logger.log(
                level,
                "%s %s %s",
                request.method,
                request.path,
                status,
                extra={
                    "method": request.method,
                    "path": request.path,
                    "status": status,
                    "duration_ms": duration_ms,
                },
            )
            return response
        finally:
            _request_id.reset(token)
