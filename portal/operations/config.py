"""Read configuration from the environment and fail with one clear sentence."""

import os
from urllib.parse import urlparse

import dj_database_url


class ConfigurationError(SystemExit):
    """Raised when the environment cannot configure the site; exits with a message."""

    def __init__(self, message):
        super().__init__(f"Configuration error: {message}")


def env(name, default=None):
    value = os.environ.get(name, "").strip()
    return value if value else default


def env_bool(name, default=False):
    value = env(name)
    if value is None:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ConfigurationError(f"{name} must be true or false, not {value!r}.")


def env_int(name, default):
    value = env(name)
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        raise ConfigurationError(f"{name} must be a whole number, not {value!r}.") from None


def env_float(name, default):
    value = env(name)
    if value is None:
        return default
    try:
        return float(value)
    except ValueError:
        raise ConfigurationError(f"{name} must be a number, not {value!r}.") from None


def env_list(name, default=()):
    value = env(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def database_config(url, sqlite_path):
    """Return Django's DATABASES['default'] for a URL, or SQLite when none is given."""
    if not url:
        return {"ENGINE": "django.db.backends.sqlite3", "NAME": str(sqlite_path)}
    scheme = urlparse(url).scheme
    if scheme not in {"postgres", "postgresql", "pgsql", "sqlite"}:
        raise ConfigurationError(
            f"DATABASE_URL must start with postgres:// or sqlite://, not {scheme or 'nothing'}://."
        )
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except ValueError as exc:
        raise ConfigurationError(f"DATABASE_URL could not be read ({exc}).") from None
    if config["ENGINE"].endswith("postgresql"):
        # An unreachable server costs a request seconds, not minutes (libpq waits forever).
        options = config.setdefault("OPTIONS", {})
        options.setdefault("connect_timeout", 5)
        # No JIT: the planner overrates set-returning functions (facet counts, jsonb) and spent
        # 70 ms compiling a 15 ms query; a web request's queries never run long enough to gain.
        if "jit" not in options.get("options", ""):
            options["options"] = f"{options.get('options', '')} -c jit=off".strip()
    return config


def cache_config(url):
    """Redis when REDIS_URL is set, a per-process memory cache otherwise (never the dummy cache)."""
    if url:
        if urlparse(url).scheme not in {"redis", "rediss", "unix"}:
            raise ConfigurationError("REDIS_URL must start with redis://, rediss:// or unix://.")
        return {
            # Django's RedisCache that fails open to a local cache while Redis is down.
            "BACKEND": "portal.operations.cache.FailOpenRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "rrhub",
            "TIMEOUT": 300,
        }
    return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "rrhub"}
