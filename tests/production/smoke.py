"""The production smoke job (``make prod-check``, run by ``.ci/run``).

Takes a fresh clone of the committed HEAD through the README's production steps on a new
PostgreSQL database and a Redis started for the job: ``collectstatic``, ``migrate``,
``load_demo_content``, ``check --deploy``, then two gunicorn instances with
``portal.settings.production`` (and the ``db_worker``) sharing that database and Redis. It
crawls every page type and machine endpoint, checks the static files, checks that the two
instances see each other's writes and cache purges, then stops Redis (pages still 200,
``/healthz`` says the cache is down) and cuts the database (503 with ``Retry-After``) and
brings both back. Prints timings; exits non-zero with the reason on the first failure.

Environment: ``PROD_CHECK_POSTGRES`` (server URL without a database name, default
``postgres://postgres@127.0.0.1:5432``), ``PROD_CHECK_DB`` (database to create, dropped at
the end), ``PROD_CHECK_KEEP=1`` keeps the clone and its logs (kept anyway on a failure),
``PROD_CHECK_WORKTREE=1`` copies the working tree (uncommitted files included) in place of
the clone.
"""

import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from tests.production.crawl import (
    CheckFailed,
    Client,
    check_static,
    crawl_machine_endpoints,
    crawl_pages,
    expect,
    sample,
)

REPO = Path(__file__).resolve().parents[2]
VENV = REPO / ".venv"
PYTHON = str(VENV / "bin" / "python")
MEMBER_PASSWORD = secrets.token_urlsafe(16)

# Run in the clone by `manage.py shell`: give a demo member a password and a verified address,
# and print the URLs of one page of each type per language, as JSON.
DISCOVER = """
import json
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from wagtail.models import Page
from community.discussions.models import Thread
from initiatives_map.models import InitiativePage
from learning.webinars.models import WebinarPage

member = get_user_model().objects.get(username="amina.demo")
member.set_password(%(password)r)
member.save()
EmailAddress.objects.update_or_create(
    user=member, email=member.email, defaults={"verified": True, "primary": True}
)
urls = {}
for page in Page.objects.live().public().specific().select_related("locale").order_by("path"):
    if page.url:
        kinds = urls.setdefault(page.locale.language_code, {})
        kinds.setdefault(type(page).__name__, []).append(page.url)
thread = Thread.objects.filter(author=member, group__access="open").first()
strip = lambda url: "/" + url.split("/", 2)[2]
urls["thread"] = strip(thread.get_absolute_url())
urls["group"] = strip(thread.group.get_absolute_url())
urls["webinar_pk"] = WebinarPage.objects.live().first().pk
initiative = InitiativePage.objects.live().filter(locale__language_code="en").last()
urls["initiative"] = {"pk": initiative.pk, "url": initiative.url}
urls["member"] = member.email
print("SMOKE-JSON " + json.dumps(urls))
"""


class Job:
    """The processes, ports and timings of one run."""

    def __init__(self):
        self.work = Path(tempfile.mkdtemp(prefix="rrhub-prod-check-"))
        self.clone = self.work / "clone"
        self.processes = {}
        self.server = os.environ.get("PROD_CHECK_POSTGRES", "postgres://postgres@127.0.0.1:5432")
        self.database = os.environ.get("PROD_CHECK_DB", f"rrhub_prod_check_{os.getpid()}")
        self.redis_port = free_port()
        self.proxy_port = free_port()
        server = urlsplit(self.server)
        self.pg_host, self.pg_port = server.hostname, server.port or 5432
        self.pg_user = server.username or "postgres"
        self.pg_env = {  # for dropdb and createdb
            **os.environ,
            "PGPASSWORD": server.password or "",
            "PGOPTIONS": "-c client_min_messages=warning",
        }
        # The same server seen through the proxy (which the job kills to cut the database).
        userinfo = server.netloc.rpartition("@")[0]
        self.proxied_url = urlunsplit(
            server._replace(netloc=f"{userinfo}@127.0.0.1:{self.proxy_port}".lstrip("@"))
        )
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))},
            "DJANGO_SETTINGS_MODULE": "portal.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SITE_URL": "https://127.0.0.1",
            "DATABASE_URL": f"{self.server}/{self.database}",
            "REDIS_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "TASKS_BACKEND": "database",
            "MEDIA_ROOT": str(self.work / "media"),
        }
        for name in (
            "EMAIL_HOST",
            "ELASTICSEARCH_URL",
            "SEARCH_ENGINE",
            "DEBUG",
            "CI",
            "AWS_STORAGE_BUCKET_NAME",
            "MEDIA_ACCEL_REDIRECT",
            "MEDIA_SENDFILE",
        ):
            self.env.pop(name, None)  # fmt: skip

    def step(self, name, function, *args):
        started = time.perf_counter()
        result = function(*args)
        seconds = time.perf_counter() - started
        print(f"  {name:<58} {seconds:6.1f} s", flush=True)
        return result

    def run(self, *command, env=None):
        done = subprocess.run(
            command, cwd=self.clone, env=env or self.env, capture_output=True, text=True
        )
        if done.returncode != 0:
            raise CheckFailed(
                f"{' '.join(command[:4])} failed ({done.returncode}):\n"
                f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
            )
        return done.stdout

    def manage(self, *args):
        return self.run(PYTHON, "manage.py", *args)

    def start(self, name, command, env=None):
        log = open(self.work / f"{name}.log", "w")  # noqa: SIM115 - closed with the process
        err = open(self.work / f"{name}.err", "w")  # noqa: SIM115
        self.processes[name] = subprocess.Popen(
            command, cwd=self.clone, env=env or self.env, stdout=log, stderr=err
        )
        return self.processes[name]

    def stop(self, name, sig=signal.SIGTERM):
        process = self.processes.pop(name, None)
        if process and process.poll() is None:
            process.send_signal(sig)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def tail(self, name, lines=25):
        for suffix in (".log", ".err"):
            path = self.work / f"{name}{suffix}"
            if path.exists():
                text = path.read_text(errors="replace").splitlines()[-lines:]
                print(f"--- {path.name} (last {lines} lines)\n" + "\n".join(text), file=sys.stderr)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(predicate, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except (OSError, CheckFailed):
            pass
        time.sleep(0.2)
    raise CheckFailed(f"timed out after {seconds} s waiting for {what}")


# --- the steps --------------------------------------------------------------------------------


def prepare(job):
    if os.environ.get("PROD_CHECK_WORKTREE") == "1":  # try uncommitted work: copy the files
        files = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=REPO, capture_output=True, check=True,
        ).stdout.decode().split("\0")  # fmt: skip
        for name in filter(None, files):
            if (REPO / name).is_file():
                (job.clone / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(REPO / name, job.clone / name)
    else:
        subprocess.run(["git", "clone", "--quiet", str(REPO), str(job.clone)], check=True)
    (job.clone / ".venv").symlink_to(VENV)
    for tool in ("dropdb", "createdb"):
        subprocess.run(
            [tool, *(["--if-exists", "--force"] if tool == "dropdb" else []),
             "-h", job.pg_host, "-p", str(job.pg_port), "-U", job.pg_user, job.database],
            check=True,
            env=job.pg_env,
        )  # fmt: skip


def start_redis(job):
    job.start(
        "redis",
        ["redis-server", "--port", str(job.redis_port), "--bind", "127.0.0.1",
         "--save", "", "--appendonly", "no"],
    )  # fmt: skip
    wait_until(lambda: redis_ping(job.redis_port), 10, "redis-server")


def redis_ping(port):
    with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
        sock.sendall(b"PING\r\n")
        return sock.recv(16).startswith(b"+PONG")


def start_proxy(job):
    job.start(
        "proxy",
        [PYTHON, str(REPO / "tests/production/tcp_proxy.py"), str(job.proxy_port),
         job.pg_host, str(job.pg_port)],
    )  # fmt: skip
    wait_until(lambda: socket.create_connection(("127.0.0.1", job.proxy_port), 1), 10, "proxy")


def start_web(job, name, port):
    """gunicorn as the README runs it, reaching PostgreSQL through the proxy."""
    env = {**job.env, "DATABASE_URL": f"{job.proxied_url}/{job.database}"}
    job.start(
        name,
        [str(VENV / "bin" / "gunicorn"), "portal.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--timeout", "60", "--graceful-timeout", "5", "--no-control-socket"],
        env=env,
    )  # fmt: skip
    client = Client(port)

    def up():
        expect(job.processes[name].poll() is None, f"{name} exited")
        return client.get("/healthz").status == 200

    wait_until(up, 60, f"{name} on port {port}")
    return client


def scale_out(job, a, b, urls):
    """A write on one instance is seen on the other; a cache purge on one reaches both."""
    member = Client(a.port)
    login = member.csrf_post(
        "/en/accounts/login/",
        "/en/accounts/login/",
        {"login": urls["member"], "password": MEMBER_PASSWORD},
    )
    expect(login.status == 302, f"member login on A: {login.status}, expected 302")
    thread = "/en" + urls["thread"]
    text = f"Posted on instance A {uuid.uuid4().hex[:12]}"
    reply = member.csrf_post(thread, thread + "reply/", {"source": text})
    expect(reply.status == 302, f"reply on A: {reply.status}, expected 302")
    expect(text in Client(b.port).get(thread).text, "the reply posted on A is not shown on B")
    on_b = Client(b.port, cookies=dict(member.cookies)).get("/en/dashboard/")
    expect(on_b.status == 200, f"A's session on B: dashboard {on_b.status}, expected 200")

    initiative = urls["initiative"]

    def feature_ids(client):
        return {f["properties"]["url"] for f in client.get("/api/initiatives.geojson").json()
                ["features"]}  # fmt: skip

    expect(initiative["url"] in feature_ids(a), "the initiative is not in A's GeoJSON")
    expect(initiative["url"] in feature_ids(b), "the initiative is not in B's GeoJSON")
    editor = Client(a.port)
    admin_login = editor.csrf_post(
        "/admin/login/", "/admin/login/", {"username": "admin", "password": "reintegrate-demo"}
    )
    expect(admin_login.status == 302, f"admin login on A: {admin_login.status}")
    unpublish = f"/admin/pages/{initiative['pk']}/unpublish/"
    done = editor.csrf_post(unpublish, unpublish, {})
    expect(done.status == 302, f"unpublish on A: {done.status}, expected 302")
    expect(initiative["url"] not in feature_ids(a), "A still serves the unpublished initiative")
    expect(initiative["url"] not in feature_ids(b), "B still serves the unpublished initiative")


def redis_down(job, a, b, urls):
    job.stop("redis")
    paths = sample(urls)
    for client in (a, b):
        for path in paths:
            response = client.get(path)
            expect(response.status == 200, f"Redis down: GET {path} {response.status}, not 200")
    failed_login = Client(a.port).csrf_post(
        "/en/accounts/login/", "/en/accounts/login/", {"login": "x@example.org", "password": "x"}
    )
    expect(failed_login.status == 200, f"Redis down: login POST {failed_login.status}, not 200")
    health = a.get("/healthz")
    expect(health.status == 200, f"Redis down: /healthz {health.status}, expected 200")
    body = health.json()
    expect(
        body.get("status") == "degraded" and body["checks"]["cache"]["ok"] is False,
        f"Redis down: /healthz does not report the cache down: {body}",
    )
    start_redis(job)
    wait_until(lambda: a.get("/healthz").json()["status"] == "ok", 20, "/healthz ok again")


def database_down(job, a, urls):
    job.stop("proxy", signal.SIGKILL)
    for path in sample(urls):
        response = a.get(path)
        expect(
            response.status == 503 and response.headers.get("retry-after"),
            f"database down: GET {path} {response.status} "
            f"(Retry-After {response.headers.get('retry-after')}), expected 503 with Retry-After",
        )
    health = a.get("/healthz")
    expect(
        health.status == 503 and health.json()["checks"]["database"]["ok"] is False,
        f"database down: /healthz {health.status} {health.text[:300]}, expected 503, database down",
    )
    fr = a.get("/fr/")
    expect('lang="fr"' in fr.text, "database down: the 503 page of /fr/ is not in French")
    start_proxy(job)
    wait_until(lambda: a.get("/en/").status == 200, 30, "the site to recover")
    for path in sample(urls):
        response = a.get(path)
        expect(response.status == 200, f"database back: GET {path} {response.status}")


def check_logs(job, name):
    """gunicorn's standard output: only JSON lines, one per request; errors with the request id
    (tracebacks: tests/test_logging.py)."""
    lines = (job.work / f"{name}.log").read_text().splitlines()
    records = []
    for line in lines:
        try:
            records.append(json.loads(line))
        except ValueError:
            raise CheckFailed(f"{name}: a log line is not JSON: {line[:200]}") from None
    requests = [r for r in records if r.get("logger") == "portal.request"]
    expect(len(requests) > 100, f"{name}: {len(requests)} request lines, expected one each")
    for record in requests:
        missing = {"time", "level", "method", "path", "status", "duration_ms", "request_id"}
        missing -= record.keys()
        expect(not missing, f"{name}: request line without {missing}: {record}")
    expect(any(r["status"] == 503 for r in requests), f"{name}: no 503 request line")
    errors = [r for r in records if r["level"] == "ERROR" and r["logger"] != "portal.request"]
    expect(errors, f"{name}: the database cut logged no error line")
    for record in errors:
        expect("request_id" in record, f"{name}: error line without request id: {record}")
    return len(requests)


def main():
    job = Job()
    started = time.perf_counter()
    print(f"prod-check in {job.work} (database {job.database}, Redis :{job.redis_port})")
    ok = False
    try:
        job.step("fresh clone of the committed HEAD", prepare, job)
        job.step("redis-server and the database proxy", lambda: (start_redis(job),
                 start_proxy(job)))  # fmt: skip
        job.step("collectstatic --noinput", job.manage, "collectstatic", "--noinput")
        expect((job.clone / "staticfiles/staticfiles.json").exists(), "no manifest written")
        job.step("migrate", job.manage, "migrate", "--noinput")
        job.step("load_demo_content", job.manage, "load_demo_content")
        job.step("check --deploy --fail-level WARNING", job.manage, "check", "--deploy",
                 "--fail-level", "WARNING")  # fmt: skip
        out = job.step("discover pages", job.manage, "shell", "-c",
                       DISCOVER % {"password": MEMBER_PASSWORD})  # fmt: skip
        urls = json.loads(out.split("SMOKE-JSON ", 1)[1])
        a_port, b_port = free_port(), free_port()
        a = job.step("gunicorn A (2 workers) answers", start_web, job, "web-a", a_port)
        b = job.step("gunicorn B (2 workers) answers", start_web, job, "web-b", b_port)
        job.start("worker", [PYTHON, "manage.py", "db_worker"])
        n = job.step("crawl: page types in en/fr/ar", crawl_pages, a, urls)
        m = job.step(
            "crawl: feeds, GeoJSON, CSV, ICS, sitemap...", crawl_machine_endpoints, a, urls
        )
        s = job.step("static files: manifest names, cache, compression", check_static, a, urls)
        job.step("two instances: write and purge on A, seen on B", scale_out, job, a, b, urls)
        job.step("Redis stopped: pages 200, /healthz degraded", redis_down, job, a, b, urls)
        job.step("database cut: 503 + Retry-After, then recovery", database_down, job, a, urls)
        expect(job.processes["worker"].poll() is None, "db_worker exited")
        lines = job.step("JSON request log of gunicorn A", check_logs, job, "web-a")
        times = sorted(ms for *_, ms in a.log + b.log)
        print(
            f"prod-check passed in {time.perf_counter() - started:.0f} s: {n} page requests, {m} "
            f"machine endpoint requests, {s} static files; {len(times)} requests, median "
            f"{statistics.median(times):.0f} ms, p95 {times[int(len(times) * 0.95)]:.0f} ms, "
            f"max {times[-1]:.0f} ms; {lines} JSON request lines"
        )
        ok = True
    except Exception as failure:  # noqa: BLE001 - any failure: report it with the logs
        reason = failure if isinstance(failure, CheckFailed) else traceback.format_exc()
        print(f"\nPROD-CHECK FAILED: {reason}\n", file=sys.stderr)
        for name in ("web-a", "web-b", "worker"):
            job.tail(name)
    finally:
        for name in list(job.processes):
            job.stop(name)
        subprocess.run(
            ["dropdb", "--if-exists", "--force", "-h", job.pg_host, "-p", str(job.pg_port),
             "-U", job.pg_user, job.database],
            check=False,
            env=job.pg_env,
        )  # fmt: skip
        if os.environ.get("PROD_CHECK_KEEP") == "1" or not ok:
            print(f"kept {job.work}")
        else:
            shutil.rmtree(job.work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
