"""The public read API as a client sees it: its OpenAPI description checked by schemathesis,
languages, ETags, CORS, the rate limit and the errors (400 with a reason, never 500)."""

import json

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from portal.models import GlossaryTerm

pytestmark = pytest.mark.postgres


@pytest.fixture
def api_schema(demo_site, settings, request):
    """The API's own OpenAPI description, served by the WSGI app over the demo content."""
    from portal.wsgi import application

    settings.API_RATE_LIMIT = 1_000_000
    # schemathesis 4.32's lazy loader reads ``node._nodeid``, which pytest 9 no longer has.
    if not hasattr(request.node, "_nodeid"):
        request.node._nodeid = request.node.nodeid
    # As Django's test client does: the test's transaction keeps its connection open.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_keeps_its_description(case):
    """Generated requests (valid and invalid) never meet a server error, and every answer
    has a documented status and matches its documented schema."""
    case.call_and_validate(
        headers={"Accept-Encoding": "identity"},  # schemathesis reads bodies uncompressed
        checks=[not_a_server_error, status_code_conformance, response_schema_conformance],
    )


def test_description_is_openapi_3_1_with_every_collection(demo_site, client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    description = response.json()
    assert description["openapi"].startswith("3.1")
    paths = description["paths"]
    collections = ("resources", "initiatives", "webinars", "courses", "glossary", "themes")
    for key in (*collections, "gcm-objectives"):
        assert f"/api/v1/{key}/" in paths and f"/api/v1/{key}/{{id}}" in paths
    for key in ("regions", "countries"):
        assert f"/api/v1/{key}/" in paths and f"/api/v1/{key}/{{code}}" in paths
    names = {p["name"] for p in paths["/api/v1/resources/"]["get"]["parameters"]}
    assert {"q", "theme", "country", "year_from", "lang", "cursor", "limit", "sort"} <= names
    docs = client.get("/api/v1/docs/", HTTP_ACCEPT_LANGUAGE="fr")
    html = docs.content.decode()
    assert docs.status_code == 200 and "GET /api/v1/resources/" in html
    assert 'href="/api/v1/openapi.json"' in html and "<script" not in html
    assert "http://" not in html.replace("http://testserver", "") and "https://" not in html


def test_language_from_lang_or_accept_language(demo_site, client):
    english = client.get("/api/v1/glossary/?limit=100").json()
    french = client.get("/api/v1/glossary/?limit=100&lang=fr").json()
    by_header = client.get("/api/v1/glossary/?limit=100", HTTP_ACCEPT_LANGUAGE="fr-CA,fr;q=0.9")
    assert english["language"] == "en" and french["language"] == "fr"
    assert by_header.json() == french and by_header["Content-Language"] == "fr"
    assert {t["language"] for t in french["items"]} == {"fr"}
    assert {t["id"] for t in french["items"]} <= {t["id"] for t in english["items"]}
    # ?lang= wins over the header; an unknown language is refused with a reason.
    assert (
        client.get("/api/v1/glossary/?lang=en", HTTP_ACCEPT_LANGUAGE="fr").json()["language"]
        == "en"
    )
    bad = client.get("/api/v1/glossary/?lang=de")
    assert bad.status_code == 400 and "lang" in bad.json()["detail"]
    # One term by its language-neutral id, in each language.
    term = GlossaryTerm.objects.filter(locale__language_code="fr").first()
    url = f"/api/v1/glossary/{term.translation_key}"
    assert client.get(url, {"lang": "fr"}).json()["term"] == term.term
    english_term = GlossaryTerm.objects.get(
        translation_key=term.translation_key, locale__language_code="en"
    )
    assert client.get(url, HTTP_ACCEPT_LANGUAGE="en").json()["term"] == english_term.term
    # The 23 GCM objectives, in French, by number.
    objectives = client.get("/api/v1/gcm-objectives/?limit=100&lang=fr").json()["items"]
    assert [o["number"] for o in objectives] == list(range(1, 24))
    assert {o["language"] for o in objectives} == {"fr"} and "/fr/gcm/" in objectives[0]["url"]
    # Names of reference data follow the language too.
    region = client.get("/api/v1/regions/EHA", {"lang": "fr"}).json()
    assert region["name"] != "East and Horn of Africa" and region["code"] == "EHA"


def test_etag_cors_and_preflight(demo_site, client):
    first = client.get("/api/v1/themes/")
    etag = first["ETag"]
    assert first.status_code == 200 and etag.startswith('"')
    assert first["Access-Control-Allow-Origin"] == "*" and "Accept-Language" in first["Vary"]
    again = client.get("/api/v1/themes/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b"" and again["ETag"] == etag
    assert again["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/v1/themes/", HTTP_IF_NONE_MATCH='"other"').status_code == 200
    # Another language is another representation.
    assert client.get("/api/v1/themes/?lang=ar", HTTP_IF_NONE_MATCH=etag).status_code == 200
    preflight = client.options(
        "/api/v1/resources/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    assert client.post("/api/v1/resources/").status_code == 405  # read-only, no CSRF needed
    head = client.head("/api/v1/themes/")
    assert head.status_code == 200 and head.content == b"" and head["ETag"] == etag
    # The rest of the site sends no CORS header.
    assert "Access-Control-Allow-Origin" not in client.get("/robots.txt")


def test_rate_limit_per_client(demo_site, client, settings):
    settings.API_RATE_LIMIT = 3
    for _ in range(3):
        assert client.get("/api/v1/regions/").status_code == 200
    refused = client.get("/api/v1/regions/")
    assert refused.status_code == 429
    assert 1 <= int(refused["Retry-After"]) <= 61
    assert "Too many requests" in refused.json()["detail"]
    assert refused["Access-Control-Allow-Origin"] == "*"
    # Another client has its own allowance.
    assert client.get("/api/v1/regions/", REMOTE_ADDR="203.0.113.9").status_code == 200


@pytest.mark.parametrize(
    "url, field",
    [
        ("/api/v1/resources/?limit=0", "limit"),
        ("/api/v1/resources/?limit=1000", "limit"),
        ("/api/v1/resources/?limit=ten", "limit"),
        ("/api/v1/resources/?sort=random", "sort"),
        ("/api/v1/resources/?year_from=MMXX", "year_from"),
        ("/api/v1/resources/?cursor=not-a-cursor", "cursor"),
        ("/api/v1/resources/not-a-uuid", "id"),
        ("/api/v1/countries/?region=MOON", "region"),
    ],
)
def test_bad_parameters_answer_400_with_a_reason(client, db, url, field):
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/json")
    assert field in response.json()["detail"]


def test_cursor_of_another_ordering_or_forged_is_refused(demo_site, client):
    cursor = client.get("/api/v1/themes/?limit=1").json()["next_cursor"]
    assert client.get("/api/v1/themes/", {"cursor": cursor, "limit": 1}).status_code == 200
    other = client.get("/api/v1/themes/", {"cursor": cursor, "sort": "name"})
    assert other.status_code == 400 and "sort" in other.json()["detail"]
    forged = client.get("/api/v1/themes/", {"cursor": cursor[:-2] + "xx"})
    assert forged.status_code == 400
    assert client.get("/api/v1/countries/", {"cursor": cursor}).status_code == 400
    missing = client.get("/api/v1/glossary/00000000-0000-0000-0000-000000000000")
    assert missing.status_code == 404 and json.loads(missing.content)["detail"]


def test_reference_data_pages_through_every_country(demo_site, client):
    seen, url = [], "/api/v1/countries/?limit=100"
    while url:
        page = client.get(url).json()
        seen += [c["code"] for c in page["items"]]
        url = page["next"]
    assert len(seen) == len(set(seen)) > 240 and "NE" in seen
    east = client.get("/api/v1/countries/?region=EHA&limit=100").json()["items"]
    assert {c["code"] for c in east} == {"BI", "DJ", "ER", "ET", "KE", "RW", "SO", "SS", "TZ", "UG"}
