"""Behind a proxy: the client IP rate limits key on, and what a spoofed header cannot do."""

import pytest
from django.test import RequestFactory

from portal.security.clientip import client_ip

PROXY = "10.0.0.2"


def _request(forwarded=None, remote=PROXY):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.mark.parametrize(
    ("trusted", "forwarded", "expected"),
    [
        (0, "198.51.100.1", PROXY),  # no proxy trusted: the header is the client's own words
        (1, None, PROXY),  # reached directly
        (1, "198.51.100.1", "198.51.100.1"),
        (1, "6.6.6.6, 198.51.100.1", "198.51.100.1"),  # the client's own entry is skipped
        (2, "6.6.6.6, 198.51.100.1, 10.0.0.1", "198.51.100.1"),
        (2, "198.51.100.1", "198.51.100.1"),  # shorter than the chain: the leftmost
        (1, "203.0.113.7:4711", "203.0.113.7"),
        (1, "[2001:db8::1]:443", "2001:db8::1"),
        (1, "not-an-address", PROXY),
    ],
)
def test_client_ip(settings, trusted, forwarded, expected):
    settings.TRUSTED_PROXY_COUNT = trusted
    assert client_ip(_request(forwarded)) == expected


def _admin_failures(client, forwarded, times):
    statuses = set()
    for i in range(times):
        response = client.post(
            "/admin/login/",
            {"username": f"nobody{i}", "password": "wrong"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=forwarded,
        )
        statuses.add(response.status_code)
    return statuses


@pytest.mark.django_db
def test_admin_login_limiter_keys_on_the_forwarded_client(client, settings):
    """One client over the limit behind the proxy does not lock out another one."""
    settings.TRUSTED_PROXY_COUNT = 1
    settings.COMMUNITY_ADMIN_LOGIN_LIMIT = (2, 300)  # the IP alone: 4 x 2 failures
    assert _admin_failures(client, "198.51.100.1", 8) == {200}
    assert _admin_failures(client, "198.51.100.1", 1) == {429}
    assert _admin_failures(client, "198.51.100.2", 1) == {200}


@pytest.mark.django_db
def test_admin_login_limiter_ignores_the_header_without_a_trusted_proxy(client, settings):
    """With TRUSTED_PROXY_COUNT = 0 a made-up X-Forwarded-For does not escape the limit."""
    settings.TRUSTED_PROXY_COUNT = 0
    settings.COMMUNITY_ADMIN_LOGIN_LIMIT = (2, 300)
    assert _admin_failures(client, "198.51.100.1", 8) == {200}
    assert _admin_failures(client, "198.51.100.2", 1) == {429}


def _allauth_failures(client, forwarded, times):
    """``times`` failed sign-ins on /accounts/login/; the error messages shown."""
    too_many = 0
    for i in range(times):
        response = client.post(
            "/en/accounts/login/",
            {"login": f"nobody{i}@example.org", "password": "wrong-password"},
            REMOTE_ADDR=PROXY,
            HTTP_X_FORWARDED_FOR=forwarded,
        )
        assert response.status_code in (200, 429)
        too_many += response.status_code == 429 or b"Too many failed" in response.content
    return too_many


@pytest.mark.django_db
def test_allauth_rate_limit_keys_on_the_forwarded_client(client, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "3/m/ip"}
    assert _allauth_failures(client, "198.51.100.1", 3) == 0
    assert _allauth_failures(client, "198.51.100.1", 1) == 1
    assert _allauth_failures(client, "198.51.100.2", 1) == 0


@pytest.mark.django_db
def test_allauth_rate_limit_ignores_the_header_without_a_trusted_proxy(client, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "login_failed": "3/m/ip"}
    assert _allauth_failures(client, "198.51.100.1", 3) == 0
    assert _allauth_failures(client, "198.51.100.2", 1) == 1


@pytest.fixture
def production_cookie_settings(settings, monkeypatch):
    """The cookie settings of ``portal.settings.production``, applied to this test."""
    import importlib
    import secrets
    import sys

    monkeypatch.setenv("SECRET_KEY", secrets.token_urlsafe(64))
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    sys.modules.pop("portal.settings.production", None)
    production = importlib.import_module("portal.settings.production")
    names = [name for name in dir(production) if "COOKIE" in name and name.isupper()]
    assert "LANGUAGE_COOKIE_SECURE" in names
    for name in names:
        setattr(settings, name, getattr(production, name))
    sys.modules.pop("portal.settings.production", None)


@pytest.mark.django_db
def test_every_cookie_is_secure_and_httponly_in_production(client, production_cookie_settings):
    cookies = {}
    cookies.update(client.get("/en/accounts/login/").cookies)  # csrftoken
    cookies.update(client.post("/i18n/setlang/", {"language": "fr", "next": "/fr/"}).cookies)
    response = client.post(
        "/en/learning/time-zone/", {"tz": "Africa/Dakar", "next": "/en/"}
    )  # learning_tz, and the session that remembers it
    assert response.status_code == 302
    cookies.update(response.cookies)
    assert {"csrftoken", "django_language", "learning_tz", "sessionid"} <= set(cookies)
    for name, morsel in cookies.items():
        assert morsel["secure"] is True, f"{name} lacks Secure"
        assert morsel["httponly"] is True, f"{name} lacks HttpOnly"


@pytest.mark.django_db
def test_time_zone_cookie_is_httponly_and_follows_https(client):
    """Outside production settings: HttpOnly always, Secure when the request came over HTTPS."""
    plain = client.post("/en/learning/time-zone/", {"tz": "Africa/Dakar", "next": "/en/"})
    assert plain.cookies["learning_tz"]["httponly"] is True
    assert not plain.cookies["learning_tz"]["secure"]
    secure = client.post(
        "/en/learning/time-zone/", {"tz": "Africa/Dakar", "next": "/en/"}, secure=True
    )
    assert secure.cookies["learning_tz"]["secure"] is True


def _directives(response):
    policy = response["Content-Security-Policy"]
    return {d.split(" ", 1)[0]: d.split(" ", 1)[1] for d in policy.split("; ")}


@pytest.mark.django_db
def test_csp_scripts_by_nonce_on_public_pages_and_a_policy_on_the_admin(client):
    first, second = client.get("/en/accounts/login/"), client.get("/en/accounts/login/")
    scripts = _directives(first)["script-src"]
    assert "'unsafe-inline'" not in scripts and "'nonce-" in scripts
    assert scripts != _directives(second)["script-src"]  # a fresh nonce per response
    assert "'unsafe-inline'" not in _directives(first)["style-src"]
    admin = _directives(client.get("/admin/pages/"))
    assert admin["object-src"] == "'none'" and admin["frame-ancestors"] == "'self'"
    assert "'nonce-" not in admin["script-src"]  # a nonce would disable 'unsafe-inline'
    sign_in = _directives(client.get("/admin/login/"))  # no inline script: the strict policy
    assert "'unsafe-inline'" not in sign_in["script-src"] and "'nonce-" in sign_in["script-src"]
