"""`make bench`: run each app's benchmarks on PostgreSQL and write docs/benchmarks.md.

Each app may provide a ``<app>/bench/`` package whose ``run() -> str`` (in
``<app>/bench/__init__.py``) returns a Markdown section; apps without one are skipped.
Benchmarks use their own database (``rrhub_bench`` unless BENCH_DATABASE_URL says otherwise),
so they never touch development or test data. ``served`` (``make bench ARGS=served``) serves
the site with gunicorn and loads it with wrk (``tests/served/run.py``).
"""

import importlib
import importlib.util
import os
import platform
import sys
import time
from pathlib import Path

APPS = ["resources", "search", "initiatives_map", "community", "learning"]
# Not an app: the site served by gunicorn under load (tests/served/run.py), last.
SECTIONS = [*APPS, "served"]


def main():
    os.environ["DATABASE_URL"] = os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/rrhub_bench"
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    only = set(sys.argv[1:])
    if only != {"served"}:  # the served bench runs its own clone, settings and database
        _ensure_database(os.environ["DATABASE_URL"])
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
    sections = []
    for app in SECTIONS:
        if only and app not in only:
            continue
        name = "tests.served.run" if app == "served" else f"{app}.bench"
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        started = time.perf_counter()
        print(f"bench: {app}…", flush=True)
        sections.append((app, module.run()))
        print(f"bench: {app} done in {time.perf_counter() - started:.0f} s", flush=True)
    _write(sections)


def _ensure_database(url):
    from urllib.parse import urlparse

    import psycopg

    parsed = urlparse(url)
    name = parsed.path.lstrip("/")
    admin = url.replace(f"/{name}", "/postgres", 1)
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def _write(sections):
    """Write the sections just measured; keep the other apps' sections from the last run."""
    path = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
    kept = _read_sections(path.read_text()) if path.exists() else {}
    kept.update({app: text.strip() for app, text in sections})
    stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    header = [
        "# Benchmarks",
        "",
        "Written by `make bench` (do not edit by hand; `make bench ARGS=resources` reruns one "
        f"app). Machine: {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"last written {stamp}.",
        "",
    ]
    body = []
    for app in SECTIONS:
        if app in kept:
            body += [f"<!-- bench:{app} -->", kept[app], f"<!-- /bench:{app} -->", ""]
    path.write_text("\n".join(header + body))
    print(f"bench: wrote {path}")


def _read_sections(text):
    found = {}
    for app in SECTIONS:
        start, end = f"<!-- bench:{app} -->", f"<!-- /bench:{app} -->"
        if start in text and end in text:
            found[app] = text.split(start, 1)[1].split(end, 1)[0].strip()
    return found


if __name__ == "__main__":
    main()
