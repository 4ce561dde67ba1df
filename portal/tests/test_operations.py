"""Degrade, never break: the cache fails open, a dead database gives 503, /healthz per component.

Real services only: Redis is a redis-server this module starts (then stops, pauses or kills),
or a port where nothing listens; the database is PostgreSQL reached through a connection
pointed at a closed port for the duration of a request.
"""

import signal
import socket
import subprocess
import time

import pytest
import redis
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.db import connections
from django.test import Client
from wagtail.models import Page

from conftest import PASSWORD
from portal.core import cache as versioned
from portal.operations import cache as failopen
from portal.operations import views as operations_views
from portal.operations.config import cache_config
from portal.security import ratelimit

pytestmark = pytest.mark.postgres(reason="the dead-database cases cut a PostgreSQL connection")


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _use_cache(settings, url):
    """Point the default cache at ``url`` with a fresh fail-open state for this process."""
    failopen._states.pop(url, None)
    settings.CACHES = {"default": cache_config(url)}
    cache.local.clear()


class RedisServer:
    """A redis-server of the test's own, on a free port, without persistence."""

    def __init__(self):
        self.port = _free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)


@pytest.fixture
def redis_server(settings):
    server = RedisServer()
    _use_cache(settings, server.url)
    yield server
    server.stop()


@pytest.fixture
def dead_cache(settings):
    """The cache points at a Redis port where nothing listens."""
    _use_cache(settings, f"redis://127.0.0.1:{_free_port()}/1")


def _page_url(model_name):
    return (
        Page.objects.filter(content_type__model=model_name, locale__language_code="en").first().url
    )


# --- the cache fails open ---------------------------------------------------------------------


def _site_urls():
    return [
        "/en/",
        _page_url("resourceindexpage"),
        _page_url("resourceindexpage") + "?q=return",
        "/api/initiatives.geojson",
        _page_url("webinarindexpage"),
    ]


def test_pages_work_while_redis_is_killed(demo_site, redis_server, caplog):
    urls = _site_urls()
    client = Client(raise_request_exception=False)
    for url in urls:
        assert client.get(url).status_code == 200, url
    redis_server.stop()
    start = time.perf_counter()
    for url in urls:
        assert client.get(url).status_code == 200, url
    elapsed = time.perf_counter() - start
    assert elapsed < 5, f"five pages took {elapsed:.1f}s with Redis dead"
    warnings = [r for r in caplog.records if "Redis unreachable" in r.getMessage()]
    assert len(warnings) == 1  # one line, not one per cache call


def test_login_post_signs_in_while_redis_is_unreachable(demo_site, member, dead_cache):
    client = Client(raise_request_exception=False)
    response = client.post("/en/accounts/login/", {"login": member.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/en/dashboard/").status_code == 200


def test_allauth_login_limit_still_limits_while_redis_is_unreachable(db, member, dead_cache):
    client = Client(raise_request_exception=False)
    pages = [
        client.post("/en/accounts/login/", {"login": member.email, "password": "wrong"})
        for _ in range(6)
    ]
    assert [page.status_code for page in pages] == [200] * 6  # the form again, with an error
    assert "Too many failed login attempts" not in pages[0].content.decode()
    assert "Too many failed login attempts" in pages[-1].content.decode()  # 5 per 5 min per key


def test_rate_limit_counts_from_the_local_fallback(dead_cache):
    counts = [ratelimit.hit("test:fail-open", 60) for _ in range(3)]
    assert counts == [1, 2, 3]
    assert ratelimit.count("test:fail-open") == 3


def test_admin_login_limiter_still_blocks_while_redis_is_unreachable(db, dead_cache):
    client = Client(raise_request_exception=False)
    for _ in range(5):
        client.post("/admin/login/", {"username": "nobody", "password": "wrong"})
    response = client.post("/admin/login/", {"username": "nobody", "password": "wrong"})
    assert response.status_code == 429


def test_a_hung_redis_costs_one_timeout_then_invalidations_reach_it(db, redis_server, monkeypatch):
    monkeypatch.setattr(failopen, "RETRY_SECONDS", 1)
    key = versioned.versioned_key("ns", "page")
    cache.set(key, "stale page", 60)
    cache.set("greeting", "stale", 60)
    redis_server.process.send_signal(signal.SIGSTOP)  # connections hang, data is kept
    try:
        start = time.perf_counter()
        cache.delete("greeting")  # one read timeout, then the local cache
        versioned.bump("ns")
        for _ in range(50):
            cache.get("anything")
        assert time.perf_counter() - start < 1
        assert cache.is_down
        assert cache.get("greeting") is None
    finally:
        redis_server.process.send_signal(signal.SIGCONT)
    time.sleep(1.1)
    cache.get("wake-up")  # the first call after the retry delay probes Redis and replays
    assert not cache.is_down
    assert cache.get("greeting") is None  # the delete made during the outage reached Redis
    assert versioned.versioned_key("ns", "page") != key  # so did the version bump


def test_ping_still_fails_on_an_unreachable_redis(dead_cache):
    """Start-up checks (portal.operations.startup) refuse a wrong REDIS_URL through ping()."""
    with pytest.raises(redis.exceptions.ConnectionError):
        cache.ping()


# --- the database is unreachable ------------------------------------------------------------


@pytest.fixture
def database_down():
    """Requests in this thread get a connection to a port where PostgreSQL does not listen."""
    real = connections["default"]
    dead_settings = {**real.settings_dict, "PORT": str(_free_port())}
    dead = type(real)(dead_settings, "default")
    connections["default"] = dead
    yield
    dead.close()
    connections["default"] = real


def _down_client(language_header="en"):
    return Client(raise_request_exception=False, HTTP_ACCEPT_LANGUAGE=language_header)


@pytest.mark.parametrize(
    "url",
    ["/en/", "/en/resources/", "/en/search/?q=return", "/api/initiatives.geojson", "/sitemap.xml"],
)
def test_pages_answer_503_with_retry_after_when_the_database_is_down(demo_site, url, request):
    request.getfixturevalue("database_down")
    response = _down_client().get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Temporarily unavailable" in response.content.decode()


def test_a_signed_in_member_gets_503_when_the_database_is_down(
    demo_site, member, request, caplog, monkeypatch
):
    monkeypatch.setitem(operations_views._last_logged, "at", -1e9)
    client = _down_client()
    client.force_login(member)
    request.getfixturevalue("database_down")
    for url in ("/en/dashboard/", "/admin/"):  # the session is read before the view runs
        response = client.get(url)
        assert response.status_code == 503, url
        assert response["Retry-After"] == "30"
    logged = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert len(logged) == 1  # one line a minute, not a traceback per request
    assert logged[0].startswith("database unreachable (OperationalError")


def read_sessions_middleware(get_response):
    """Reads the database before the view, as session, auth and site lookups do."""

    def middleware(request):
        Session.objects.exists()
        return get_response(request)

    return middleware


def test_a_database_error_in_a_middleware_is_a_503(db, settings, database_down):
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE[:3],
        f"{__name__}.read_sessions_middleware",
        *settings.MIDDLEWARE[3:],
    ]
    response = _down_client().get("/robots.txt")  # a view that needs no database
    assert response.status_code == 503
    assert response["Retry-After"] == "30"


def test_the_503_page_is_in_the_visitors_language(demo_site, database_down):
    french = _down_client().get("/fr/")
    assert french.status_code == 503
    assert "Temporairement indisponible" in french.content.decode()
    assert french["Content-Language"] == "fr"
    arabic = _down_client().get("/ar/")
    assert 'dir="rtl"' in arabic.content.decode()
    assert "غير متاح مؤقتًا" in arabic.content.decode()
    # No language in the path: the browser's.
    spanish = _down_client("es").get("/")
    assert spanish.status_code == 503
    assert "No disponible temporalmente" in spanish.content.decode()


def test_the_site_recovers_when_the_database_returns(demo_site):
    real = connections["default"]
    dead = type(real)({**real.settings_dict, "PORT": str(_free_port())}, "default")
    connections["default"] = dead
    try:
        assert _down_client().get("/en/").status_code == 503
    finally:
        connections["default"] = real
    assert _down_client().get("/en/").status_code == 200


# --- /healthz ----------------------------------------------------------------------------


def test_healthz_reports_each_component(db, client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "tasks", "search"}
    for check in body["checks"].values():
        assert check["ok"] is True
        assert check["ms"] >= 0
    assert body["checks"]["search"]["engine"] == "database"


def test_healthz_counts_pending_tasks_of_the_database_queue(db, client, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    DBTaskResult.objects.create(
        task_path="search.tasks.x", args_kwargs={"args": [], "kwargs": {}}, backend_name="default"
    )
    tasks = client.get("/healthz").json()["checks"]["tasks"]
    assert tasks == {**tasks, "ok": True, "backend": "database", "pending": 1}


def test_healthz_says_degraded_when_the_cache_is_down(db, dead_cache):
    response = Client().get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"]["ok"] is False
    assert body["checks"]["database"]["ok"] is True


def test_healthz_says_degraded_when_elasticsearch_is_down(db, settings):
    settings.SEARCH_ENGINE = "elasticsearch"
    settings.ELASTICSEARCH_URL = f"http://127.0.0.1:{_free_port()}"
    body = Client().get("/healthz").json()
    assert body["status"] == "degraded"
    assert body["checks"]["search"]["ok"] is False


def test_healthz_answers_503_when_the_database_is_down(db, database_down):
    response = _down_client().get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert response["Retry-After"] == "30"
    assert body["status"] == "down"
    assert body["checks"]["database"]["ok"] is False
    assert body["checks"]["search"]["ok"] is False  # the database engine
    assert body["checks"]["cache"]["ok"] is True
