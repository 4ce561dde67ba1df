"""The crawler of the production smoke job: every page type in English, French and Arabic,
every machine endpoint, and the static files, asserted through HTTP only (standard library).

Requests carry ``X-Forwarded-Proto: https`` as the HTTPS proxy in front of gunicorn would.
"""

import gzip
import http.client
import json
import re
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import urlencode

LANGUAGES = ("en", "fr", "ar")
ONE_YEAR = 31536000


class CheckFailed(AssertionError):
    """One expectation of the smoke job did not hold."""


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


@dataclass
class Response:
    status: int
    headers: dict
    raw: bytes
    ms: float

    @property
    def body(self):
        if self.headers.get("content-encoding") == "gzip":
            return gzip.decompress(self.raw)
        return self.raw

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)


@dataclass
class Client:
    """An HTTP client for one gunicorn instance, with its own cookies; follows no redirect."""

    port: int
    cookies: dict = field(default_factory=dict)
    log: list = field(default_factory=list)

    def request(self, method, path, data=None, headers=None):
        all_headers = {
            "Host": f"127.0.0.1:{self.port}",
            "X-Forwarded-Proto": "https",
            "User-Agent": "rrhub-smoke",
        }
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data).encode()
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
            # Django checks the Origin of HTTPS posts against the host.
            all_headers["Origin"] = f"https://127.0.0.1:{self.port}"
        all_headers.update(headers or {})
        started = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            connection.request(method, path, body=body, headers=all_headers)
            reply = connection.getresponse()
            raw = reply.read()
        except OSError as exc:
            raise CheckFailed(f"{method} {path} on :{self.port}: no answer ({exc})") from None
        finally:
            connection.close()
        ms = (time.perf_counter() - started) * 1000
        headers = {k.lower(): v for k, v in reply.getheaders()}
        for value in reply.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(value).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        response = Response(reply.status, headers, raw, ms)
        self.log.append((method, path, reply.status, ms))
        return response

    def get(self, path, **headers):
        return self.request("GET", path, headers=headers)

    def post(self, path, data):
        return self.request("POST", path, data=data, headers={"Referer": self.url(path)})

    def url(self, path):
        return f"https://127.0.0.1:{self.port}{path}"

    def csrf_post(self, form_path, post_path, data):
        """GET the form (for the CSRF cookie and token), then POST ``data`` to ``post_path``."""
        page = self.get(form_path)
        expect(page.status == 200, f"GET {form_path}: {page.status}, expected 200")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text)
        expect(token, f"GET {form_path}: no CSRF token in the form")
        return self.post(post_path, {"csrfmiddlewaretoken": token.group(1), **data})


def page_ok(client, path, contains=None, language=None):
    """GET an HTML page: 200, the page's language on <html>, and ``contains`` in the body."""
    response = client.get(path)
    expect(response.status == 200, f"GET {path}: {response.status}, expected 200")
    text = response.text
    if language:
        expect(f'<html lang="{language}"' in text, f"GET {path}: not in {language}")
        if language == "ar":
            expect('dir="rtl"' in text, f"GET {path}: Arabic page not right-to-left")
    if contains:
        expect(contains in text, f"GET {path}: {contains!r} not in the page")
    return response


def redirects_to(client, path, target="/accounts/login/"):
    """A 302 whose Location contains ``target`` (by default the login page)."""
    response = client.get(path)
    expect(
        response.status == 302 and target in response.headers.get("location", ""),
        f"GET {path}: {response.status} to {response.headers.get('location')}, expected a 302 "
        f"to {target}",
    )
    return response


def machine_ok(client, path, content_type, starts_with=None, contains=None):
    response = client.get(path)
    expect(response.status == 200, f"GET {path}: {response.status}, expected 200")
    got = response.headers.get("content-type", "")
    expect(content_type in got, f"GET {path}: Content-Type {got!r}, expected {content_type}")
    text = response.text.lstrip("\ufeff").lstrip()
    if starts_with:
        expect(text.startswith(starts_with), f"GET {path}: does not start with {starts_with!r}")
    if contains:
        expect(contains in text, f"GET {path}: {contains!r} not in the body")
    return response


def crawl_pages(client, urls):
    """Every page type in English, French and Arabic; ``urls[lang][type]`` from the database."""
    before = len(client.log)
    for lang in LANGUAGES:
        pages = urls[lang]
        page_ok(client, f"/{lang}/", language=lang)
        for path in pages["ContentPage"]:
            page_ok(client, path, language=lang)
        listing = pages["ResourceIndexPage"][0]
        page_ok(client, listing, language=lang)
        page_ok(client, listing + "?q=return", language=lang)
        page_ok(client, listing + "?page=2", language=lang)
        resource = page_ok(client, pages["ResourcePage"][0], language=lang)
        download = re.search(r'href="(/(?:resources/download|documents)/[^"]+)"', resource.text)
        expect(download, f"{pages['ResourcePage'][0]}: no document download link")
        document = client.get(download.group(1))
        expect(document.status == 200, f"GET {download.group(1)}: {document.status}")
        expect(
            "attachment" in document.headers.get("content-disposition", ""),
            f"GET {download.group(1)}: not served as a download",
        )
        glossary = pages["GlossaryPage"][0]
        page_ok(client, glossary, language=lang)
        page_ok(client, glossary + "?q=return", language=lang)
        page_ok(client, f"/{lang}/search/?q=reintegration", language=lang)
        page_ok(client, f"/{lang}/search/?q=", language=lang)
        page_ok(client, f"/{lang}/community/groups/", language=lang)
        page_ok(client, f"/{lang}{urls['group']}", language=lang)
        page_ok(client, f"/{lang}{urls['thread']}", language=lang)
        page_ok(client, f"/{lang}/community/members/", language=lang)
        for kind in ("LearningIndexPage", "WebinarIndexPage", "WebinarPage", "CourseIndexPage"):
            page_ok(client, pages[kind][0], language=lang)
        course = pages["CoursePage"][0]
        page_ok(client, course, language=lang)
        for kind in ("ModulePage", "LessonPage"):  # for enrolled members: to the course page
            redirects_to(client, pages[kind][0], course)
        the_map = page_ok(client, pages["InitiativesIndexPage"][0], language=lang)
        expect('id="initiatives-list"' in the_map.text, "the map has no server-rendered list")
        page_ok(client, pages["InitiativesIndexPage"][0] + "?page=2", language=lang)
        page_ok(client, pages["InitiativePage"][0], language=lang)
        page_ok(client, f"/{lang}/accounts/login/", language=lang)
        page_ok(client, f"/{lang}/accounts/signup/", language=lang)
        redirects_to(client, f"/{lang}/dashboard/")
        redirects_to(client, f"/{lang}/community/notifications/")
        missing = client.get(f"/{lang}/no-such-page-{lang}/")
        expect(missing.status == 404, f"a missing page answers {missing.status}, not 404")
    return len(client.log) - before


def crawl_machine_endpoints(client, urls):
    before = len(client.log)
    resources = urls["en"]["ResourceIndexPage"][0]
    machine_ok(client, resources + "feed/rss/", "xml", contains="<rss")
    machine_ok(client, resources + "feed/atom/", "xml", contains="<feed")
    machine_ok(client, resources + "feed/rss/?q=return", "xml", contains="<rss")
    geojson = machine_ok(client, "/api/initiatives.geojson", "json")
    features = geojson.json()["features"]
    expect(features, "the GeoJSON has no feature")
    machine_ok(client, "/api/initiatives.csv", "text/csv", starts_with="id,title")
    machine_ok(client, f"/learning/webinars/{urls['webinar_pk']}.ics", "text/calendar",
               starts_with="BEGIN:VCALENDAR")  # fmt: skip
    machine_ok(client, "/learning/webinars/feed.ics", "text/calendar", "BEGIN:VCALENDAR")
    machine_ok(client, "/sitemap.xml", "xml", contains="<urlset")
    machine_ok(client, "/robots.txt", "text/plain", contains="Sitemap:")
    machine_ok(client, "/api/search/suggest?q=reint", "json")
    health = machine_ok(client, "/healthz", "json").json()
    expect(health["status"] == "ok", f"/healthz with every service up: {health}")
    return len(client.log) - before


HASHED = re.compile(r"\.[0-9a-f]{12}\.[A-Za-z0-9]+$")


def check_static(client, urls):
    """Static files of the pages: hashed names from the manifest, a year of caching, and
    Brotli-compressed when the browser accepts it."""
    seen = set()
    for path in ("/en/", urls["en"]["InitiativesIndexPage"][0], "/ar/"):
        seen.update(re.findall(r'(?:href|src)="(/static/[^"?#]+)"', client.get(path).text))
    expect(seen, "no /static/ file in the pages")
    compressed = 0
    for path in sorted(seen):
        expect(HASHED.search(path), f"{path} is not a hashed name from the manifest")
        response = client.get(path, **{"Accept-Encoding": "br, gzip"})
        expect(response.status == 200, f"GET {path}: {response.status}")
        cache_control = response.headers.get("cache-control", "")
        max_age = re.search(r"max-age=(\d+)", cache_control)
        expect(
            max_age and int(max_age.group(1)) >= ONE_YEAR,
            f"GET {path}: Cache-Control {cache_control!r}, expected max-age of a year or more",
        )
        if path.endswith((".css", ".js", ".svg")) and len(response.raw) > 1024:
            encoding = response.headers.get("content-encoding")
            # collectstatic wrote .br files (the brotli package): WhiteNoise prefers them.
            expect(encoding == "br", f"GET {path}: not Brotli-compressed ({encoding})")
            compressed += 1
    expect(compressed, "no compressed static file")
    plain = client.get(sorted(seen)[0])
    expect(not plain.headers.get("content-encoding"), "compressed without Accept-Encoding")
    return len(seen)


def sample(urls):
    """A few paths of each kind, for the runs with a service down."""
    return [
        "/en/",
        "/fr/",
        urls["ar"]["ResourceIndexPage"][0],
        urls["en"]["ResourcePage"][0],
        "/en/search/?q=reintegration",
        "/fr/community/groups/",
        urls["en"]["WebinarIndexPage"][0],
        urls["en"]["InitiativesIndexPage"][0],
        "/api/initiatives.geojson",
        urls["en"]["ResourceIndexPage"][0] + "feed/rss/",
    ]
