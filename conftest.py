"""Shared test fixtures: services, the demo site, and a real Chromium driven by Playwright.

Outside CI, tests that need PostgreSQL or the browser are skipped with a reason when those are
missing. In CI (CI=true) a missing service or browser stops the run with an error instead.
"""

import os
import shutil
from urllib.parse import urlparse

import pytest
from django.conf import settings

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def _using_postgres():
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


def _chromium_available():
    return os.path.exists(CHROMIUM) and os.access(CHROMIUM, os.X_OK)


def pytest_configure(config):
    if IN_CI:
        problems = []
        if not _using_postgres():
            problems.append("DATABASE_URL must point at PostgreSQL in CI")
        if not _chromium_available():
            problems.append(f"Chromium is missing at {CHROMIUM}")
        if not settings.REDIS_URL:
            problems.append("REDIS_URL must be set in CI")
        if problems:
            raise pytest.UsageError("CI cannot run the whole suite: " + "; ".join(problems))


def pytest_collection_modifyitems(config, items):
    skip_pg = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://...")
    skip_browser = pytest.mark.skip(
        reason=f"needs Chromium at {CHROMIUM} (apt-get install chromium)"
    )
    skip_es = pytest.mark.skip(reason="needs an Elasticsearch server: set ELASTICSEARCH_URL")
    for item in items:
        _restore_migration_data_after_flushes(item)
        _demo_first(item)
        if "postgres" in item.keywords and not _using_postgres():
            why = item.get_closest_marker("postgres").kwargs.get("reason")
            item.add_marker(pytest.mark.skip(reason=f"needs PostgreSQL: {why}") if why else skip_pg)
        if "browser" in item.keywords and not _chromium_available():
            item.add_marker(skip_browser)
        if "elasticsearch" in item.keywords and not settings.ELASTICSEARCH_URL:
            item.add_marker(skip_es)


def _demo_first(item):
    """Set up the demo site before the test's other fixtures: restoring it replaces every
    table's rows, which would drop a user or page another fixture had made."""
    names = getattr(item, "fixturenames", None)
    for demo in ("demo_site", "live_demo_site"):
        if names and demo in names:
            names.remove(demo)
            names.insert(0, demo)


def _restore_migration_data_after_flushes(item):
    """Transactional tests flush the database, removing what migrations created (the root
    page, locales, regions, languages, Wagtail's groups). Give every transactional test a
    serialized rollback so each one starts from the migrated state."""
    marker = item.get_closest_marker("django_db")
    transactional = "live_demo_site" in getattr(item, "fixturenames", ()) or (
        marker is not None
        and (marker.kwargs.get("transaction") or (marker.args and marker.args[0]))
    )
    if transactional:
        kwargs = dict(marker.kwargs) if marker is not None else {}
        kwargs.update(transaction=True, serialized_rollback=True)
        item.add_marker(pytest.mark.django_db(**kwargs), append=False)


def pytest_report_header(config):
    db = "PostgreSQL" if _using_postgres() else "SQLite"
    cache = "Redis" if settings.REDIS_URL else "local memory"
    browser = CHROMIUM if _chromium_available() else "none (browser tests skipped)"
    return [f"database: {db}; cache: {cache}; browser: {browser}; CI: {IN_CI}"]


def pytest_terminal_summary(terminalreporter):
    skipped = terminalreporter.stats.get("skipped", [])
    es = sum("ELASTICSEARCH_URL" in str(report.longrepr) for report in skipped)
    if es:
        terminalreporter.write_line(
            f"Note: {es} Elasticsearch contract tests were skipped: they run only when "
            "ELASTICSEARCH_URL points at a server, and this machine (CI included) has none.",
            yellow=True,
        )
    if len(skipped) > es and not IN_CI:
        terminalreporter.write_line(
            f"Note: {len(skipped) - es} tests were skipped here (PostgreSQL-only or browser "
            "tests, each saying why); CI runs them on PostgreSQL with Chromium.",
            yellow=True,
        )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup):
    """Keep the serialized migrated state reachable from every connection object.

    Playwright's sync API runs an event loop in the main thread; Django's connection handler
    (asgiref Local) then hands out a fresh connection object that lacks the serialized
    contents, and serialized rollback would silently restore nothing.
    """
    from django.db import connections
    from django.db.backends.base.base import BaseDatabaseWrapper

    contents = getattr(connections["default"], "_test_serialized_contents", None)
    if contents:
        BaseDatabaseWrapper._test_serialized_contents = contents
    yield


@pytest.fixture(autouse=True)
def _isolated_cache_and_media(settings, tmp_path):
    """Each test starts with an empty cache and its own media folder."""
    from django.core.cache import cache

    settings.MEDIA_ROOT = tmp_path / "media"
    clear_own_cache(cache)
    yield
    clear_own_cache(cache)


def clear_own_cache(cache):
    """Empty the test process's cache: on Redis, only the keys under its own prefix."""
    client = getattr(getattr(cache, "_cache", None), "get_client", None)
    if client is None:
        cache.clear()
        return
    local = getattr(cache, "local", None)  # the fail-open backend's fallback
    if local is not None:
        local.clear()
    from redis.exceptions import RedisError

    try:
        redis = client(write=True)
        keys = list(redis.scan_iter(match=f"{cache.key_prefix}:*", count=1000))
        if keys:
            redis.delete(*keys)
    except (RedisError, OSError):
        pass  # Redis is down for this test (fail-open tests): nothing there to clear


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts and ends in the default language.

    LocaleMiddleware leaves the language of the last request (e.g. /fr/) active in the thread,
    which would otherwise leak translated strings into the tests that follow.
    """
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session")
def _demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content as a table snapshot plus its media: loaded once per run, by the first
    xdist worker that needs it, and read from a shared file by the others (a demo load is
    about a minute of CPU); without xdist, once per process."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if not run:
        with django_db_blocker.unblock():
            yield _load_demo_snapshot(tmp_path_factory.mktemp("demo-media"))
        return
    import fcntl
    import pickle

    from django.db import connection

    shared = tmp_path_factory.getbasetemp().parent / f"demo-{connection.vendor}-{run}"
    shared.mkdir(exist_ok=True)
    with open(shared / "lock", "w") as lock, django_db_blocker.unblock():
        fcntl.flock(lock, fcntl.LOCK_EX)  # one worker builds, the others wait for its file
        stored = shared / "snapshot.pickle"
        if stored.exists():
            demo = pickle.loads(stored.read_bytes())  # noqa: S301 - this run's own file
        else:
            demo, _ = _load_demo_snapshot(shared / "media")
            stored.write_bytes(pickle.dumps(demo))
    yield demo, shared / "media"


def _load_demo_snapshot(media):
    """Load the demo (its media under ``media``), snapshot it, and put the migrated state back."""
    from django.core.management import call_command
    from django.test import override_settings

    from tests.snapshot import TableSnapshot

    migrated = TableSnapshot.take()
    with override_settings(MEDIA_ROOT=media):
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    demo = TableSnapshot.take()
    migrated.restore()  # the next test starts from the migrated state, as always
    return demo, media


def _restore_demo(snapshot):
    """Give the current test the demo content, from the snapshot."""
    demo, media = snapshot
    demo.restore()
    shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)


@pytest.fixture
def demo_site(_demo_snapshot, db, _isolated_cache_and_media):
    """The demo content as `manage.py load_demo_content` builds it."""
    from wagtail.models import Site

    _restore_demo(_demo_snapshot)
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def live_demo_site(_demo_snapshot, transactional_db, _isolated_cache_and_media, live_server):
    """The demo content served by a live server, for browser tests.

    Serialized rollback restores what migrations created (root page, locales, regions, Wagtail
    groups) after other transactional tests flushed the database.
    """
    from wagtail.models import Site

    _restore_demo(_demo_snapshot)
    parsed = urlparse(live_server.url)
    Site.objects.filter(is_default_site=True).update(hostname=parsed.hostname, port=parsed.port)
    return live_server


@pytest.fixture(scope="session")
def browser():
    if not _chromium_available():
        pytest.skip(f"needs Chromium at {CHROMIUM}")
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield RecordingBrowser(browser)
        browser.close()


class ExternalRequests(list):
    """Every request a page made to a host other than 127.0.0.1/localhost."""

    def record(self, request):
        if request.url.startswith(("data:", "blob:", "about:", "file:")):  # this machine
            return
        if urlparse(request.url).hostname not in {"127.0.0.1", "localhost", "::1"}:
            self.append(request.url)

    def check(self):
        assert not self, f"requests left the host: {list(self)}"


EXTERNAL_REQUESTS = ExternalRequests()  # of the current test, from every context it opened


class RecordingBrowser:
    """The session's Chromium: every context a test opens records requests leaving the host."""

    def __init__(self, browser):
        self._browser = browser

    def new_context(self, **options):
        context = self._browser.new_context(**options)
        context.on("request", EXTERNAL_REQUESTS.record)
        return context

    def new_page(self, **options):
        return self.new_context(**options).new_page()

    def __getattr__(self, name):
        return getattr(self._browser, name)


@pytest.fixture(autouse=True)
def _no_request_leaves_the_host(request):
    """Any browser test fails if a page it opened asked for anything outside 127.0.0.1."""
    if "browser" not in request.fixturenames:
        yield
        return
    EXTERNAL_REQUESTS.clear()
    yield
    EXTERNAL_REQUESTS.check()


@pytest.fixture
def page(browser):
    """A fresh browser page (1280 px, British English)."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.external_requests = EXTERNAL_REQUESTS
    page.set_default_timeout(10_000)
    yield page
    context.close()


def pytest_sessionfinish(session, exitstatus):
    if hasattr(session.config, "workerinput"):
        return  # an xdist worker: the controller cleans up once every worker is done
    media = settings.BASE_DIR / ".test-media"
    if media.exists():
        shutil.rmtree(media, ignore_errors=True)


# --- Roles: anonymous, member, moderator, editor and admin -------------------------------

PASSWORD = "a-long-test-password-42"  # noqa: S105


def make_user(email, *, groups=(), superuser=False, verified=True):
    """A user who can sign in with ``email`` / PASSWORD; verified through allauth by default."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    User = get_user_model()
    username = email.split("@")[0][:150]
    user = User.objects.create_user(
        username=username, email=email, password=PASSWORD, first_name=username.title()
    )
    if superuser:
        user.is_superuser = True
        user.is_staff = True
        user.save()
    for name in groups:
        group, _ = Group.objects.get_or_create(name=name)
        user.groups.add(group)
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    return user


@pytest.fixture
def member(db):
    return make_user("member@example.org")


@pytest.fixture
def other_member(db):
    return make_user("other@example.org")


@pytest.fixture
def unverified_member(db):
    return make_user("unverified@example.org", verified=False)


@pytest.fixture
def moderator(db):
    """A site moderator: Wagtail's "Moderators" group (review pages, moderate the community)."""
    return make_user("moderator@example.org", groups=["Moderators"])


@pytest.fixture
def editor(db):
    """An editor: Wagtail's "Editors" group."""
    return make_user("editor@example.org", groups=["Editors"])


@pytest.fixture
def admin_user(db):
    return make_user("site-admin@example.org", superuser=True)


def _client_for(user):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def member_client(member):
    return _client_for(member)


@pytest.fixture
def moderator_client(moderator):
    return _client_for(moderator)


@pytest.fixture
def editor_client(editor):
    return _client_for(editor)


@pytest.fixture
def admin_client(admin_user):
    return _client_for(admin_user)


def sync_migration_ids():
    """Move django_migrations' id sequence past its rows before a test migrates forward:
    a flush or snapshot restore in the same test process can leave it behind, and the
    migration executor would then reuse an id."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT setval(pg_get_serial_sequence('django_migrations', 'id'), "
                "(SELECT COALESCE(MAX(id), 1) FROM django_migrations))"
            )
