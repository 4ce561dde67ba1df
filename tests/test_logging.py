"""Production logs: one JSON line per request and per error (portal.operations.logging)."""

import json
import logging
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import Client, override_settings
from django.urls import path

from portal.operations.logging import JsonFormatter

REPO = Path(__file__).resolve().parent.parent
REQUEST_LOG = "portal.operations.logging.RequestLogMiddleware"


def boom(request):
    raise ZeroDivisionError("the view failed")


def unavailable(request):
    return HttpResponse("later", status=503)


urlpatterns = [path("boom/", boom), path("unavailable/", unavailable)]


class Lines(logging.Handler):
    """Collects what the JSON formatter writes, as the production console handler would."""

    def __init__(self):
        super().__init__()
        self.setFormatter(JsonFormatter())
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


@pytest.fixture
def lines():
    handler = Lines()
    loggers = [logging.getLogger(name) for name in ("portal.request", "django.request")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)  # as in production; the test settings may log less
    yield handler.lines
    for logger, level in zip(loggers, levels, strict=True):
        logger.removeHandler(handler)
        logger.setLevel(level)


def parsed(lines, logger):
    return [json.loads(line) for line in lines if json.loads(line)["logger"] == logger]


def test_an_exception_is_one_line_with_its_traceback():
    logger = logging.getLogger("portal.test")
    record = None
    try:
        1 / 0
    except ZeroDivisionError:
        record = logger.makeRecord(
            "portal.test", logging.ERROR, __file__, 1, "failed %s", ("here",), sys.exc_info()
        )
    line = JsonFormatter().format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert data["level"] == "ERROR" and data["logger"] == "portal.test"
    assert data["message"] == "failed here"
    assert data["time"].endswith("+00:00")
    assert "ZeroDivisionError" in data["traceback"] and "1 / 0" in data["traceback"]


@override_settings(MIDDLEWARE=[REQUEST_LOG, *settings.MIDDLEWARE])
def test_one_line_per_request_with_its_id(lines):
    response = Client().get("/robots.txt?token=secret")
    assert response.status_code == 200
    (line,) = parsed(lines, "portal.request")
    assert line["method"] == "GET" and line["path"] == "/robots.txt"
    assert line["status"] == 200 and line["level"] == "INFO"
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    assert line["request_id"] == response["X-Request-ID"]
    assert "secret" not in json.dumps(line)  # the query string is not logged


@override_settings(MIDDLEWARE=[REQUEST_LOG, *settings.MIDDLEWARE])
def test_the_proxy_request_id_is_kept_when_it_is_a_short_token(lines):
    assert Client().get("/robots.txt", HTTP_X_REQUEST_ID="req-42.a")["X-Request-ID"] == "req-42.a"
    forged = Client().get("/robots.txt", HTTP_X_REQUEST_ID='x"\n{"level": "ERROR"}')
    assert len(forged["X-Request-ID"]) == 32 and "\n" not in forged["X-Request-ID"]
    assert [line["request_id"] for line in parsed(lines, "portal.request")] == [
        "req-42.a",
        forged["X-Request-ID"],
    ]


@override_settings(MIDDLEWARE=[REQUEST_LOG, *settings.MIDDLEWARE], ROOT_URLCONF=__name__)
def test_an_error_is_logged_with_traceback_and_the_request_id(lines):
    response = Client(raise_request_exception=False).get("/boom/")
    assert response.status_code == 500
    (error,) = parsed(lines, "django.request")
    (request,) = parsed(lines, "portal.request")
    assert error["level"] == "ERROR" and error["status"] == 500
    assert error["method"] == "GET" and error["path"] == "/boom/"
    assert "ZeroDivisionError: the view failed" in error["traceback"]
    assert request["status"] == 500 and request["level"] == "ERROR"
    assert error["request_id"] == request["request_id"] == response["X-Request-ID"]


@override_settings(MIDDLEWARE=[REQUEST_LOG, *settings.MIDDLEWARE], ROOT_URLCONF=__name__)
def test_an_error_status_without_exception_is_one_line_with_the_request_id(lines):
    response = Client().get("/unavailable/")
    assert response.status_code == 503
    assert [(json.loads(line)["logger"], json.loads(line)["status"]) for line in lines] == [
        ("portal.request", 503)
    ]
    assert json.loads(lines[0])["request_id"] == response["X-Request-ID"]


def test_production_settings_write_json_lines_on_standard_output():
    """The production settings themselves: every line on stdout is JSON, one per request."""
    script = (
        "import django; django.setup()\n"
        "from django.test import Client\n"
        "print(Client().get('/robots.txt', secure=True).status_code, file=__import__('sys')"
        ".stderr)\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "testserver",
    }
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.stderr.strip().endswith("200"), done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [(r["logger"], r["path"], r["status"]) for r in records] == [
        ("portal.request", "/robots.txt", 200)
    ]
