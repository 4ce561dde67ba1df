"""Start-up configuration: clear one-sentence errors and a clean deploy check."""

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

from portal.operations.config import ConfigurationError, cache_config, database_config

MANAGE = str(settings.BASE_DIR / "manage.py")


def run_manage(*args, **env):
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, MANAGE, *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        cwd=settings.BASE_DIR,
    )


def test_sqlite_is_the_default_database():
    config = database_config(None, "/tmp/x.sqlite3")
    assert config["ENGINE"] == "django.db.backends.sqlite3"


def test_database_url_selects_postgresql():
    config = database_config("postgres://u:p@db.example.org:5433/hub", "/tmp/x")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"]) == ("db.example.org", 5433, "hub")


@pytest.mark.postgres
def test_postgresql_connections_run_without_jit(db):
    """Facet counts were 70 ms of JIT compilation for 15 ms of work: JIT is off, and options
    given in the URL are kept beside it."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
    config = database_config("postgres://u@h/db?options=-c%20search_path%3Dhub", "/tmp/x")
    assert config["OPTIONS"]["options"] == "-c search_path=hub -c jit=off"


def test_unsupported_database_scheme_is_a_clear_error():
    with pytest.raises(ConfigurationError, match="must start with postgres://"):
        database_config("mysql://localhost/hub", "/tmp/x")


def test_cache_is_redis_with_url_and_never_the_dummy_cache():
    assert cache_config("redis://127.0.0.1:6379/0")["BACKEND"].endswith("RedisCache")
    assert cache_config(None)["BACKEND"].endswith("LocMemCache")
    with pytest.raises(ConfigurationError):
        cache_config("memcached://x")


def test_unreachable_database_stops_startup_with_one_sentence():
    result = run_manage("migrate", DATABASE_URL="postgres://postgres@127.0.0.1:1/nothing")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Configuration error: cannot reach the database at 127.0.0.1:1")


def test_unreachable_redis_stops_startup_with_one_sentence():
    result = run_manage("migrate", "--check", REDIS_URL="redis://127.0.0.1:1/0")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "cannot reach Redis at 127.0.0.1:1" in result.stderr


def test_production_without_secret_key_stops_with_one_sentence():
    result = run_manage(
        "check",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        ALLOWED_HOSTS="hub.example.org",
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == (
        "Configuration error: SECRET_KEY must be set to a random value of at least 50 "
        "characters in production."
    )


@pytest.mark.slow
def test_production_settings_pass_the_deploy_check_without_warnings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="hub.example.org",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
