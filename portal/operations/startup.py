"""Start-up checks: an unreachable database or cache stops the site with one clear sentence."""

import sys
from urllib.parse import urlparse

# Commands that must work without a reachable database or cache.
OFFLINE_COMMANDS = {
    "help",
    "check",
    "collectstatic",
    "compilemessages",
    "makemessages",
    "makemigrations",
    "shell",
    "version",
    "diffsettings",
    "test",
}


def _describe(url):
    parsed = urlparse(url)
    return f"{parsed.hostname or 'localhost'}:{parsed.port or ''}".rstrip(":")


def check_services():
    """Connect to the database and cache; raise SystemExit with one sentence on failure."""
    import django
    from django.conf import settings
    from django.db import connection

    django.setup()
    try:
        connection.ensure_connection()
    except Exception as exc:  # noqa: BLE001 - any driver error means "unreachable"
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        where = _describe(settings.DATABASE_URL) if settings.DATABASE_URL else "the SQLite file"
        raise SystemExit(
            f"Configuration error: cannot reach the database at {where} "
            f"(check DATABASE_URL): {reason}"
        ) from None
    if settings.REDIS_URL:
        from django.core.cache import cache

        try:
            # The cache fails open while serving; at start-up an unreachable Redis is a
            # configuration error, so ask it directly.
            if hasattr(cache, "ping"):
                cache.ping()
            else:
                cache.set("rrhub:startup-check", "1", 5)
        except Exception as exc:  # noqa: BLE001
            raise SystemExit(
                f"Configuration error: cannot reach Redis at {_describe(settings.REDIS_URL)} "
                f"(check REDIS_URL): {exc}"
            ) from None


def check_services_for_command(argv):
    command = argv[1] if len(argv) > 1 else "help"
    if command.startswith("-") or command in OFFLINE_COMMANDS or "--help" in argv:
        return
    check_services()


if __name__ == "__main__":  # pragma: no cover
    check_services_for_command(sys.argv)
