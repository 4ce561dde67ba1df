"""The served benchmark (``make bench ARGS=served``; part of ``make bench``).

The site as the README's production section serves it: a clone of HEAD (or the working tree
with ``BENCH_SERVED_WORKTREE=1``; this harness always as it is in the working tree) on a database of its own (``BENCH_SERVED_DB``, default
``rrhub_bench_served``, dropped and created), the demo content, ``collectstatic``, a
redis-server started for the run and gunicorn with ``portal.settings.production`` (2 workers).
Beside it, under the same gunicorn flags and settings, a bare Django view
(``tests.served.hello``): every page's requests/s is given as a ratio to it.

For each page, ``wrk -t2 -c16`` for ``BENCH_SERVED_SECONDS`` (default 10) records requests/s,
p50/p95/p99 and errors; then one client with a unique query string on every request (past
any page cache) gives each page type's uncached p50, and the test client its queries;
Lighthouse (mobile profile, ``npm install`` into ``.bench/lighthouse``) scores the home and
map pages. ``run()`` returns the Markdown section.
"""

import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from tests.production import smoke
from tests.production.crawl import CheckFailed, Client, expect

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
LIGHTHOUSE_DIR = REPO / ".bench" / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
MEMBER = "amina.demo"

# The figures of the issue that asked for this benchmark (issue 18): requests/s as a ratio to
# the bare view, one-client p50 (ms) and queries, served the same way before the work.
BEFORE = {
    "home": ("1/311", 148, 25),
    "webinar list": ("1/295", 111, 22),
    "map page": ("1/229", 117, 14),
    "resource detail": ("1/177", 133, 17),
    "resources listing": ("1/153", 120, 13),
    "search `q=return`": ("1/111", 101, 14),
    "thread": ("1/47", 26, 4),
    "GeoJSON": ("1/20", 20, 1),
    "static CSS (WhiteNoise)": ("0.94", 3, None),
}
BEFORE_LIGHTHOUSE = {"home": "100", "map page": "84 (TBT 620 ms)"}

# Run in the clone by `manage.py shell`: a member who can sign in, and one URL per page type.
DISCOVER = """
import json
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page
from community.discussions.models import Thread

member = get_user_model().objects.get(username=%(member)r)
member.set_password(%(password)r)
member.save()
EmailAddress.objects.update_or_create(
    user=member, email=member.email, defaults={"verified": True, "primary": True}
)
kinds = {}
pages = Page.objects.live().public().specific().filter(locale__language_code="en")
for page in pages.order_by("path"):
    if page.url and type(page).__name__ not in kinds:
        kinds[type(page).__name__] = page.url
thread = Thread.objects.filter(group__access="open").order_by("pk").first()
kinds["thread"] = thread.get_absolute_url()
kinds["group"] = thread.group.get_absolute_url()
kinds["geojson"] = reverse("initiatives_geojson")
kinds["member"] = member.email
from learning.courses.models import Enrolment, LessonPage
lesson = LessonPage.objects.live().filter(locale__language_code="en").first()
Enrolment.objects.get_or_create(user=member, course=lesson.get_parent().get_parent().specific)
print("BENCH-JSON " + json.dumps(kinds))
"""

# Run in the clone: the queries of one uncached request to each path (signed in for some).
QUERIES = """
import json
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

anonymous, member = Client(), Client()
member.force_login(get_user_model().objects.get(username=%(member)r))
counts = {}
for name, path, signed_in in %(paths)r:
    client = member if signed_in else anonymous
    for n in range(3):  # the last of three: per-process caches warm, the page itself not cached
        url = path + ("&" if "?" in path else "?") + f"bench=q{n}"
        with CaptureQueriesContext(connection) as ctx:
            response = client.get(url, secure=True, HTTP_HOST="127.0.0.1")
    counts[name] = [len(ctx.captured_queries), response.status_code]
print("BENCH-JSON " + json.dumps(counts))
"""


class Served(smoke.Job):
    """The clone, its database, redis-server, the site's gunicorn and the bare view's."""

    def __init__(self):
        super().__init__()
        self.database = os.environ.get("BENCH_SERVED_DB", "rrhub_bench_served")
        self.env.update(
            DATABASE_URL=f"{self.server}/{self.database}",
            # Lighthouse loads pages over plain HTTP; wrk says HTTPS as a proxy would.
            SECURE_SSL_REDIRECT="false",
            # Posting under load measures the server, not the per-member rate limit.
            COMMUNITY_POST_RATE="1000000",
        )
        self.seconds = int(os.environ.get("BENCH_SERVED_SECONDS", "10"))

    def gunicorn(self, name, app, port):
        """gunicorn as the README runs it (2 workers); waits until ``probe`` answers."""
        self.start(
            name,
            [str(smoke.VENV / "bin" / "gunicorn"), app, "--bind", f"127.0.0.1:{port}",
             "--workers", "2", "--timeout", "60", "--graceful-timeout", "5",
             "--no-control-socket"],
        )  # fmt: skip
        client = Client(port)
        probe = "/hello/" if app.startswith("tests.") else "/healthz"

        def up():
            expect(self.processes[name].poll() is None, f"{name} exited")
            return client.get(probe).status == 200

        smoke.wait_until(up, 60, f"{name} on port {port}")
        return client


def wrk(port, paths, seconds, connections=16, threads=2, bust=False, cookie=None, post=None):
    """Load ``paths`` (in turn) for ``seconds``: a dict of requests/s, p50/p95/p99 (ms), errors."""
    env = {**os.environ, "BENCH_PATHS": " ".join(paths), "BENCH_BUST": "1" if bust else "0"}
    if cookie:
        env["BENCH_COOKIE"] = cookie
    if post:
        env.update(BENCH_POST=post, BENCH_ORIGIN=f"https://127.0.0.1:{port}")
    done = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
         "-s", str(HERE / "load.lua"), f"http://127.0.0.1:{port}"],
        env=env, capture_output=True, text=True, timeout=seconds + 60,
    )  # fmt: skip
    if "BENCH-JSON " not in done.stdout:
        raise CheckFailed(f"wrk gave no figures:\n{done.stdout}\n{done.stderr}")
    raw = json.loads(done.stdout.split("BENCH-JSON ", 1)[1].splitlines()[0])
    return {
        "rps": raw["requests"] / (raw["duration_us"] / 1e6),
        "requests": raw["requests"],
        "p50": raw["p50"] / 1000,
        "p95": raw["p95"] / 1000,
        "p99": raw["p99"] / 1000,
        "errors": sum(raw[k] for k in ("connect", "read", "write", "status", "timeout")),
    }


def lighthouse(url, runs=3):
    """Lighthouse's mobile profile (its default), performance only: the median run's score,
    total blocking time and largest contentful paint; None when Lighthouse is missing."""
    if not LIGHTHOUSE.exists() and shutil.which("npm"):
        LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "--no-audit", "--no-fund", "--prefix", str(LIGHTHOUSE_DIR),
             "lighthouse"],
            capture_output=True, check=False,
        )  # fmt: skip
    if not LIGHTHOUSE.exists():
        return None
    from conftest import CHROMIUM, CHROMIUM_ARGS

    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as profile:
            done = subprocess.run(
                [str(LIGHTHOUSE), url, "--only-categories=performance", "--output=json",
                 "--output-path=stdout", "--quiet", f"--chrome-path={CHROMIUM}",
                 f"--chrome-flags={' '.join(CHROMIUM_ARGS)} --user-data-dir={profile}"],
                capture_output=True, text=True, timeout=180,
                env={**os.environ, "CHROME_PATH": CHROMIUM},
            )  # fmt: skip
        try:
            report = json.loads(done.stdout)
        except json.JSONDecodeError:
            raise CheckFailed(f"lighthouse {url}: {done.stderr[-2000:]}") from None
        audits = report["audits"]
        results.append(
            (
                round(report["categories"]["performance"]["score"] * 100),
                audits["total-blocking-time"]["numericValue"],
                audits["largest-contentful-paint"]["numericValue"],
                audits["first-contentful-paint"]["numericValue"],
            )
        )
    results.sort()
    return results[len(results) // 2]


def ratio(value, base):
    if not base:
        return "–"
    share = value / base
    return f"{share:.2f}" if share >= 0.1 else f"1/{round(1 / share)}" if share else "0"


def run():
    """The whole served benchmark; returns the Markdown section."""
    expect(shutil.which("wrk"), "wrk is needed (Debian: apt-get install -y wrk)")
    job = Served()
    started = time.perf_counter()
    print(f"  served bench in {job.work} (database {job.database}, Redis :{job.redis_port})")
    try:
        if os.environ.get("BENCH_SERVED_WORKTREE") == "1":
            os.environ["PROD_CHECK_WORKTREE"] = "1"
        job.step("clone and database", smoke.prepare, job)
        (job.clone / "tests" / "served").mkdir(exist_ok=True)
        for name in HERE.glob("*.*"):  # this harness as it is here, committed or not
            shutil.copy2(name, job.clone / "tests" / "served" / name.name)
        job.step("redis-server", smoke.start_redis, job)
        job.step("collectstatic", job.manage, "collectstatic", "--noinput")
        job.step("migrate", job.manage, "migrate", "--noinput")
        job.step("load_demo_content", job.manage, "load_demo_content")
        password = smoke.MEMBER_PASSWORD
        out = job.manage("shell", "-c", DISCOVER % {"member": MEMBER, "password": password})
        found = json.loads(out.split("BENCH-JSON ", 1)[1])
        site_port, hello_port = smoke.free_port(), smoke.free_port()
        site = job.step("gunicorn: the site", job.gunicorn, "site", "portal.wsgi", site_port)
        job.step("gunicorn: bare view", job.gunicorn, "hello", "tests.served.hello", hello_port)
        return job.step("measure", measure, job, site, site_port, hello_port, found, password)
    finally:
        for name in list(job.processes):
            job.stop(name)
        subprocess.run(
            ["dropdb", "--if-exists", "--force", "-h", job.pg_host, "-p", str(job.pg_port),
             "-U", job.pg_user, job.database],
            check=False, env=job.pg_env,
        )  # fmt: skip
        shutil.rmtree(job.work, ignore_errors=True)
        print(f"  served bench: {time.perf_counter() - started:.0f} s")


def pages(found):
    """(name, path, signed in) of every page type measured."""
    return [
        ("home", "/en/", False),
        ("resources listing", found["ResourceIndexPage"], False),
        ("resource detail", found["ResourcePage"], False),
        ("search `q=return`", "/en/search/?q=return", False),
        ("map page", found["InitiativesIndexPage"], False),
        ("initiative", found["InitiativePage"], False),
        ("GeoJSON", found["geojson"], False),
        ("group", found["group"], False),
        ("thread", found["thread"], False),
        ("webinar list", found["WebinarIndexPage"], False),
        ("webinar detail", found["WebinarPage"], False),
        ("glossary", found["GlossaryPage"], False),
        ("content page", "/en/about/", False),
        ("course", found["CoursePage"], False),
        ("lesson (signed in)", found["LessonPage"], True),
        ("thread (signed in)", found["thread"], True),
    ]


def sign_in(port, found, password):
    """A member's session: (Cookie header, the thread form's CSRF token)."""
    import re

    member = Client(port)
    login = member.csrf_post(
        "/en/accounts/login/",
        "/en/accounts/login/",
        {"login": found["member"], "password": password},
    )
    expect(login.status == 302, f"member login: {login.status}, expected 302")
    thread = member.get(found["thread"])
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', thread.text)
    expect(token, "no CSRF token on the thread page for a member")
    cookie = "; ".join(f"{k}={v}" for k, v in member.cookies.items())
    return cookie, token.group(1)


def measure(job, site, port, hello_port, found, password):
    seconds = job.seconds
    types = pages(found)
    home = site.get("/en/")
    css = next(
        (part.split('"', 1)[0] for part in home.text.split('rel="stylesheet" href="')[1:]),
        None,
    )
    cookie, token = sign_in(port, found, password)
    loads = {"bare Django view": wrk(hello_port, ["/hello/"], seconds)}
    for name, path, signed_in in types:
        if not signed_in:  # what the page cache says to an anonymous visitor's second request
            Client(port).get(path)
            loads[name] = {"cache": Client(port).get(path).headers.get("x-cache", "–")}
        loads[name] = {
            **loads.get(name, {}),
            **wrk(port, [path], seconds, cookie=cookie if signed_in else None),
        }
    if css:
        loads["static CSS (WhiteNoise)"] = wrk(port, [css], seconds)
    anonymous = [path for _, path, signed_in in types if not signed_in]
    loads["mix: every anonymous page in turn"] = wrk(port, anonymous, seconds)
    searches = ["/en/search/?q=return", "/en/search/?q=reintegration+housing",
                "/en/search/?q=children", found["ResourceIndexPage"] + "?q=livelihood"]  # fmt: skip
    loads["mix: searches, 4 queries in turn"] = wrk(port, searches, seconds)
    reply = found["thread"] + "reply/"
    loads["signed-in posting (4 connections)"] = wrk(
        port, [reply], seconds, connections=4, cookie=cookie,
        post=f"csrfmiddlewaretoken={token}&source=Served+bench+reply+{{n}}",
    )  # fmt: skip
    loads["bare Django view, again"] = wrk(hello_port, ["/hello/"], seconds)
    uncached = {name: wrk(port, [path], 3, connections=1, threads=1, bust=True,
                          cookie=cookie if signed_in else None)  # fmt: skip
                for name, path, signed_in in types}  # fmt: skip
    queries = json.loads(
        job.manage("shell", "-c", QUERIES % {"member": MEMBER, "paths": types}).split(
            "BENCH-JSON ", 1
        )[1]
    )
    scores = {
        "home": lighthouse(f"http://127.0.0.1:{port}/en/"),
        "map page": lighthouse(f"http://127.0.0.1:{port}{found['InitiativesIndexPage']}"),
    }
    return report(seconds, loads, uncached, queries, scores)


def figures(row, bare):
    """requests/s, ratio, p50, p95, p99 and errors of one load row (table cells)."""
    if not row["requests"]:  # nothing answered within the run: no latency to show
        return f"0 | 0 | – | – | – | {row['errors']}"
    return (
        f"{row['rps']:,.0f} | {ratio(row['rps'], bare)} | {row['p50']:.1f} | {row['p95']:.1f} "
        f"| {row['p99']:.1f} | {row['errors']}"
    )


def report(seconds, loads, uncached, queries, scores):
    bare = statistics.mean(
        [loads["bare Django view"]["rps"], loads["bare Django view, again"]["rps"]]
    )
    lines = [
        "## Served",
        "",
        "The site as the README's production section serves it: gunicorn with "
        "`portal.settings.production`, 2 workers, PostgreSQL, Redis, the demo content, "
        "`collectstatic`; beside it, under the same gunicorn flags and settings, a bare Django "
        "view (`tests/served/hello.py`: the whole middleware, no template, no query), measured "
        'at the start and at the end of the run. "Page cache" is the `X-Cache` header of an '
        "anonymous visitor's second request (hit: served from the anonymous page cache). "
        f"Load: `wrk -t2 -c16` for {seconds} s per row (as an HTTPS proxy would send it); "
        "signed-in rows carry a member's session cookie. Posting: replies to one thread, "
        "CSRF token and cookie as a browser sends them (the per-member post rate limit "
        "raised for the run). All on the same 2 shared cores as wrk itself.",
        "",
        f"Bare Django view: {bare:,.0f} requests/s (p50 "
        f"{loads['bare Django view']['p50']:.1f} ms).",
        "",
        "| page | page cache | requests/s | ratio to bare view | p50 ms | p95 ms | p99 ms "
        "| errors | before: ratio |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, row in loads.items():
        if name.startswith("bare Django view"):
            continue
        before = BEFORE.get(name, ("",))[0]
        lines.append(f"| {name} | {row.get('cache', '')} | {figures(row, bare)} | {before} |")
    lines += [
        "",
        "One client, uncached (a unique query string on every request, past any page cache; "
        "fragment caches warm), 3 s per page type; queries of one such request (Django's test "
        "client in the same settings):",
        "",
        "| page type | p50 ms | p95 ms | queries | before: p50 ms | before: queries |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, row in uncached.items():
        count, status = queries.get(name, ["?", "?"])
        before = BEFORE.get(name, ("", "", ""))
        shown = count if status == 200 else f"{count} ({status})"
        timing = f"{row['p50']:.1f} | {row['p95']:.1f}" if row["requests"] else "none | none"
        lines.append(
            f"| {name} | {timing} | {shown} | {before[1]} "
            f"| {before[2] if before[2] is not None else '–'} |"
        )
    lines += [
        "",
        "Lighthouse (mobile profile: simulated slow 4G and a 4× slower CPU; performance only; "
        "the median of 3 runs, Debian's Chromium):",
        "",
        "| page | performance | total blocking time | largest contentful paint "
        "| first contentful paint | before |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for name, result in scores.items():
        if result is None:
            lines.append(f"| {name} | not run (npm cannot install Lighthouse) | | | | |")
            continue
        score, tbt, lcp, fcp = result
        lines.append(
            f"| {name} | {score} | {tbt:.0f} ms | {lcp / 1000:.1f} s | {fcp / 1000:.1f} s "
            f"| {BEFORE_LIGHTHOUSE[name]} |"
        )
    return "\n".join(lines) + "\n"
