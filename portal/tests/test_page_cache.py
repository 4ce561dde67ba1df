"""The anonymous page cache and compression (portal.operations.pagecache, .compression).

On PostgreSQL and the test process's Redis prefix; a dead Redis is a port where nothing
listens. Each test checks several things so the demo site is restored only a few times.
"""

import gzip
import socket

import brotli
import pytest
from django.core.cache import cache
from django.test import Client
from playwright.sync_api import expect
from wagtail.models import Page

from portal.operations import cache as failopen
from portal.operations.config import cache_config

pytestmark = pytest.mark.postgres(reason="the page cache is tested as served: PostgreSQL, Redis")

PROBE = "Pagecache probe on return counselling"


@pytest.fixture
def page_cache(settings):
    if not settings.REDIS_URL:
        pytest.skip("the page cache runs on Redis (REDIS_URL)")
    settings.PAGE_CACHE = True


def _url(model_name, language="en"):
    page = Page.objects.filter(
        content_type__model=model_name, locale__language_code=language
    ).first()
    return page.url


def _get(client, url, **headers):
    return client.get(url, **{f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()})


def _cached(client, url, **headers):
    """GET ``url`` until it is stored (a query string is admitted on its second miss); the
    answer that follows is a hit."""
    for _ in range(2):
        if _get(client, url, **headers)["X-Cache"] == "miss":
            break
    response = _get(client, url, **headers)
    assert response["X-Cache"] == "hit", url
    return response


def _publish_resource(django_capture_on_commit_callbacks, title=PROBE):
    from resources.factories import ResourcePageFactory, publish
    from resources.models import ResourceIndexPage

    index = ResourceIndexPage.objects.get(locale__language_code="en")
    with django_capture_on_commit_callbacks(execute=True):
        page = ResourcePageFactory.build(title=title, publication_year=2031)
        index.add_child(instance=page)
        return publish(page)


def test_publishing_a_resource_purges_what_shows_it_and_nothing_else(
    demo_site, page_cache, django_capture_on_commit_callbacks, django_assert_num_queries
):
    client = Client()
    listing = _url("resourceindexpage")
    shows_resources = {
        "home": "/en/",
        "listing": listing,
        "feed": listing + "feed/rss/",
        "search": "/en/search/?q=counselling",
        "listing in French": _url("resourceindexpage", "fr"),
    }
    unrelated = {
        "groups": "/en/community/groups/",
        "thread": _first_thread_url(),
    }
    for url in [*shows_resources.values(), *unrelated.values()]:
        first = _cached(client, url)
        assert PROBE not in first.content.decode()
    with django_assert_num_queries(0):
        hit = _get(client, "/en/")
    # What cached answers say: shared for a short while, revalidated with validators.
    assert hit["Cache-Control"] == "public, max-age=60, stale-while-revalidate=30"
    assert {v.strip() for v in hit["Vary"].split(",")} >= {"Cookie", "Accept-Encoding"}
    assert hit["ETag"].startswith('W/"') and hit["Last-Modified"]
    assert "nonce-" in hit["Content-Security-Policy"]
    not_modified = _get(client, "/en/", if_none_match=hit["ETag"])
    assert not_modified.status_code == 304 and not not_modified.content
    assert _get(client, "/en/", if_modified_since=hit["Last-Modified"]).status_code == 304
    assert _get(client, "/en/", if_none_match='W/"other"').status_code == 200

    page = _publish_resource(django_capture_on_commit_callbacks)

    for name, url in shows_resources.items():
        response = _get(client, url)
        assert response["X-Cache"] in ("miss", "pass"), f"{name} still served from the cache"
        if name != "listing in French":
            assert PROBE in response.content.decode(), f"{name} does not show the new resource"
    for name, url in unrelated.items():
        assert _get(client, url)["X-Cache"] == "hit", f"{name} purged by a resource"
    assert _get(client, "/en/", if_none_match=hit["ETag"]).status_code == 200

    # Its own page: cached, then purged by an edit of it.
    _cached(client, page.url)
    page.title = PROBE + " (revised)"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert "(revised)" in _get(client, page.url).content.decode()
    assert "(revised)" in _get(client, listing).content.decode()


def _first_thread_url():
    from community.discussions.models import Group, Thread

    thread = Thread.objects.filter(group__access=Group.Access.OPEN).order_by("pk").first()
    return f"/en/community/groups/{thread.group.slug}/threads/{thread.pk}/"


def test_other_purge_paths(demo_site, page_cache, django_capture_on_commit_callbacks, member):
    """A post purges the community pages only; a theme (taxonomy), the menu snippet, a page
    move and content_changed purge what they should."""
    from portal.core.signals import content_changed
    from portal.models import NavigationMenu, Theme
    from resources.models import ResourcePage

    client = Client()
    listing, thread_url = _url("resourceindexpage"), _first_thread_url()
    webinars = _url("webinarindexpage")
    for url in (listing, thread_url, webinars, "/en/"):
        _cached(client, url)

    poster = Client()
    poster.force_login(member)
    group_url = thread_url.split("threads/")[0]
    with django_capture_on_commit_callbacks(execute=True):
        assert poster.post(group_url + "join/").status_code == 302
        reply = poster.post(thread_url + "reply/", {"source": "A probe reply about housing"})
    assert reply.status_code == 302
    assert "A probe reply about housing" in _get(client, thread_url).content.decode()
    assert _get(client, listing)["X-Cache"] == "hit"
    assert _get(client, webinars)["X-Cache"] == "hit"
    assert _get(client, "/en/")["X-Cache"] != "hit"  # the home page lists discussions

    for url in (thread_url, listing, webinars):
        _cached(client, url)
    theme = Theme.objects.filter(locale__language_code="en").first()
    theme.name = "Probe theme name"
    theme.save()  # a facet label on listings, a tag on pages: everything goes
    for url in (thread_url, listing, webinars):
        assert _get(client, url)["X-Cache"] != "hit", url

    _cached(client, listing)
    _cached(client, webinars)
    menu = NavigationMenu.objects.first()
    if menu is not None:
        menu.save()
        assert _get(client, webinars)["X-Cache"] != "hit"

    _cached(client, listing)
    _cached(client, thread_url)
    resource = ResourcePage.objects.live().filter(locale__language_code="en").first()
    content_changed.send(sender=ResourcePage, instance=resource)  # e.g. a file's text arrived
    assert _get(client, listing)["X-Cache"] != "hit"
    assert _get(client, thread_url)["X-Cache"] == "hit"

    _cached(client, listing)
    resource.specific.unpublish()
    response = _get(client, listing)
    assert response["X-Cache"] != "hit" and resource.title not in response.content.decode()


def test_signed_in_and_anonymous_never_share_a_page(demo_site, page_cache, member):
    anonymous, signed_in = Client(), Client()
    signed_in.force_login(member)
    listing = _url("resourceindexpage")

    # Signed in first: never stored, never from the cache, private.
    for _ in range(2):
        mine = signed_in.get(listing)
        assert mine.status_code == 200 and "X-Cache" not in mine
        assert mine["Cache-Control"] == "private, no-store"
        assert "Sign out" in mine.content.decode()
    first = anonymous.get(listing)
    assert first["X-Cache"] == "miss" and "Sign out" not in first.content.decode()

    # Anonymous copy cached: the member still gets their own page.
    assert anonymous.get(listing)["X-Cache"] == "hit"
    mine = signed_in.get(listing, HTTP_IF_NONE_MATCH=first["ETag"])
    assert mine.status_code == 200 and "X-Cache" not in mine
    assert "Sign out" in mine.content.decode()

    # A visitor who signs in after browsing anonymously sees their account at once.
    browsing = Client()
    _cached(browsing, "/en/")
    browsing.force_login(member)
    assert "Sign out" in browsing.get("/en/").content.decode()
    browsing.logout()
    assert browsing.get("/en/")["X-Cache"] == "hit"


def test_what_is_never_cached(demo_site, page_cache, member):
    client = Client()
    # A page with a CSRF form (sign in): passed through, private, and never a hit.
    for _ in range(2):
        login = client.get("/en/accounts/login/")
        assert login.status_code == 200 and login["X-Cache"] == "pass"
        assert "no-store" in login["Cache-Control"] and "private" in login["Cache-Control"]
    # Not found, and a private group's pages: not stored; its member's view is private.
    from community.discussions.models import Group
    from community.factories import GroupFactory, PostFactory, ThreadFactory, add_member

    private = GroupFactory(name="Secret circle", slug="secret-circle", access=Group.Access.PRIVATE)
    add_member(private, member)
    secret = ThreadFactory(group=private, title="Secret plans", author=member)
    PostFactory(thread=secret, author=member, source="Secret words")
    private_urls = [private.get_absolute_url(), f"{private.get_absolute_url()}threads/{secret.pk}/"]
    insider = Client()
    insider.force_login(member)
    for url in ("/en/no-such-page/", *private_urls):
        for _ in range(2):
            response = Client().get(url)
            assert response.status_code == 404 and response["X-Cache"] == "pass", url
    for url in private_urls:
        inside = insider.get(url)
        assert inside.status_code == 200 and "X-Cache" not in inside
        assert inside["Cache-Control"] == "private, no-store"
        assert Client().get(url).status_code == 404
    # The admin is never looked up.
    assert "X-Cache" not in client.get("/admin/login/")
    # Messages: an anonymous visitor with a message waiting gets a fresh page showing it.
    listing = _url("resourceindexpage")
    _cached(client, listing)
    client.post("/en/learning/time-zone/", {"tz": "Nowhere/Atlantis", "next": listing})
    with_message = client.get(listing)
    assert "X-Cache" not in with_message and "Unknown time zone." in with_message.content.decode()
    assert client.get(listing)["X-Cache"] == "hit"  # the message was shown once


def test_compression(demo_site, page_cache, member):
    client = Client()
    plain = _get(client, "/en/")
    assert "Content-Encoding" not in plain
    html = plain.content
    assert brotli.decompress(_get(client, "/en/", accept_encoding="gzip, br").content) == html
    zipped = _get(client, "/en/", accept_encoding="gzip")
    assert zipped["Content-Encoding"] == "gzip" and gzip.decompress(zipped.content) == html
    assert len(zipped.content) * 3 < len(html)
    # JSON too, cached or not (the API list is not cached).
    geojson = _get(client, "/api/initiatives.geojson", accept_encoding="br;q=1, gzip;q=0.5")
    assert geojson["Content-Encoding"] == "br"
    assert brotli.decompress(geojson.content).startswith(b"{")
    refused = _get(client, "/api/initiatives.geojson", accept_encoding="br;q=0, gzip")
    assert refused["Content-Encoding"] == "gzip"
    # A page with secrets (a signed-in member's, with a CSRF token): gzip only, never Brotli.
    signed_in = Client()
    signed_in.force_login(member)
    mine = _get(signed_in, "/en/", accept_encoding="br, gzip")
    assert mine["Content-Encoding"] == "gzip" and b"Sign out" in gzip.decompress(mine.content)
    login = _get(client, "/en/accounts/login/", accept_encoding="br, gzip")
    assert login["Content-Encoding"] == "gzip"


def test_a_dead_redis_still_serves_pages_uncached(demo_site, page_cache, settings):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"redis://127.0.0.1:{port}/1"
    failopen._states.pop(url, None)
    settings.CACHES = {"default": cache_config(url)}
    cache.local.clear()
    client = Client()
    for _ in range(3):
        response = _get(client, "/en/", accept_encoding="br")
        assert response.status_code == 200
        assert response.get("X-Cache") != "hit"
        assert response["Content-Encoding"] == "br"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_browsing_anonymously_then_signing_in_shows_your_own_page(
    live_demo_site, page_cache, page, member
):
    """The journey: read a cached listing, sign in from it, see your account on it; sign out
    and get the shared copy again."""
    from conftest import PASSWORD

    listing = live_demo_site.url + _url("resourceindexpage")
    assert page.goto(listing).headers.get("x-cache") == "miss"  # stored; then the
    # browser keeps it max-age seconds: after signing in, Vary: Cookie must send it back.
    page.get_by_role("link", name="Sign in", exact=True).click()
    page.fill("input[name=login]", member.email)
    page.fill("input[name=password]", PASSWORD)
    page.locator("form[action*='/accounts/login/'] [type=submit]").click()
    page.wait_for_url(listing)
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    mine = page.reload()
    assert "x-cache" not in mine.headers and "no-store" in mine.headers["cache-control"]
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_load_state()
    page.goto(listing)
    expect(page.get_by_role("link", name="Sign in", exact=True)).to_be_visible()
    assert not page.get_by_role("button", name="Sign out").count()
