"""Hostile input on every public GET endpoint of the demo site: NUL and control bytes, 100 kB
strings, invalid percent-encodings and UTF-8, repeated parameters, negative and huge numbers.
Nothing may answer 5xx.

The endpoints come from the URL conf and the demo's pages: one live page of each page type in
each language, each routable page's sub-pages, and every named route of the project's apps.
A named route that is neither crawled here nor listed as POST-only or private fails the test,
so a new endpoint cannot be forgotten.
"""

import time
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import Client
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page

pytestmark = pytest.mark.django_db

LONG = "x" * 100_000
# Raw (already percent-encoded) values, sent as they are in the query string.
HOSTILE = [
    "%00",
    "a%00b",
    "%1f%07",
    LONG,
    "%zz",
    "%",
    "%c3%28",
    "%ff%fe%fd",
    "%ed%a0%80",  # a UTF-16 surrogate encoded as UTF-8: invalid
    "-1",
    "-99999999999999999999",
    "99999999999999999999999999999",
    "1e309",
    "NaN",
    "%c2%b2",  # "²": str.isdigit() says yes, int() says no
    "0",
    "%3Cscript%3E",
    "..%2F..%2Fetc%2Fpasswd",
]
# The values sent to each known parameter of each endpoint one by one (the rest go in bulk).
PER_PARAMETER = [LONG, "%c3%28", "99999999999999999999999999999", "%c2%b2"]
# The values sent, all parameters at once, to the same endpoints in the other languages and to
# endpoints that read no parameter.
IN_EVERY_LANGUAGE = ["%00", LONG, "%c3%28", "-99999999999999999999", "%c2%b2"]

RESOURCE_PARAMS = [
    *("q", "type", "theme", "region", "country", "language", "publisher", "origin"),
    *("year_from", "year_to", "sort", "per_page", "page"),
]
API_PARAMS = ["q", "theme", "region", "country", "type", "lang", "limit", "cursor", "sort"]
OAI_PARAMS = ["verb", "metadataPrefix", "set", "from", "until", "resumptionToken", "identifier"]
MAP_PARAMS = [
    *("q", "region", "country", "theme", "dimension", "level", "target_group", "status"),
    *("organisation", "donor", "year_from", "year_to", "page", "lang"),
]
SEARCH_PARAMS = [
    *("q", "type", "page", "resource_type", "theme", "region", "country", "year"),
    *("language", "group", "status"),
]
# Parameters every other endpoint also receives, in bulk.
COMMON_PARAMS = sorted(
    {*RESOURCE_PARAMS, *MAP_PARAMS, *SEARCH_PARAMS, "format", "days", "limit", "lang", "export"}
    | {"quote", "organisation_type", "next", "tz"}
)

# Named routes with no public GET to crawl: POST-only actions, token links, login-only pages.
NOT_CRAWLED = {
    "community:group_join", "community:group_follow", "community:group_leave",
    "community:membership_approve", "community:membership_moderator", "community:thread_new",
    "community:thread_reply", "community:thread_follow", "community:thread_moderate",
    "community:post_edit", "community:post_helpful", "community:post_answer",
    "community:post_flag", "community:post_moderate", "community:suspend",
    "community:profile_edit", "community:account_delete", "community:account_data",
    "community:alert_save", "community:alert_update", "community:alert_delete",
    "community:group_request_cancel", "community:membership_decline",
    "community:post_flags_dismiss",
    "learning:register", "learning:cancel_mine", "learning:set_time_zone", "learning:enrol",
    "learning:resume", "learning:check", "learning:certificate",
    "initiatives_map:propose", "set_language",
}  # fmt: skip
OTHER_LANGUAGES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES if code != "en")
# Endpoints that read their parameters with the same code as another one detailed here.
SHARED = {"ResourceIndexPage:rss", "ResourceIndexPage:atom", "geojson", "csv"}
OUR_APPS = ("portal", "resources", "community", "learning", "initiatives_map", "search")


def _named_routes():
    """Names of every route the project's own URL modules define."""
    names = set()

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                module = getattr(pattern.urlconf_module, "__name__", "")
                if module.split(".")[0] in OUR_APPS:
                    walk(pattern.url_patterns, pattern.namespace or namespace)
            elif isinstance(pattern, URLPattern) and pattern.name:
                names.add(f"{namespace}:{pattern.name}" if namespace else pattern.name)

    walk(get_resolver().url_patterns, None)
    return names


def _route_name(path):
    try:
        match = resolve(path)
    except Resolver404:  # served by a middleware (e.g. media in development)
        return None
    return f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name


def _page_urls():
    """One live page of each type in each language, and each routable page's sub-pages."""
    urls, seen = [], set()
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("path"):
        key = (type(page), page.locale_id)
        if key in seen:
            continue
        seen.add(key)
        url = page.get_url()
        if not url:
            continue
        urls.append((type(page).__name__, url))
        if isinstance(page, RoutablePageMixin):
            for pattern in page.get_subpage_urls():
                if pattern.name and not pattern.pattern.regex.groups:  # no arguments
                    urls.append(
                        (
                            f"{type(page).__name__}:{pattern.name}",
                            url.rstrip("/") + "/" + page.reverse_subpage(pattern.name),
                        )
                    )
    return urls


def _endpoints():
    """(label, path, own parameters) for every public GET endpoint of the demo site."""
    from wagtail.images import get_image_model

    from community.discussions.models import Group, Thread
    from learning.webinars.models import WebinarPage
    from resources.models import ResourceFile

    group = Group.objects.filter(access="open").first() or Group.objects.first()
    thread = Thread.objects.filter(group=group).first()
    webinar = WebinarPage.objects.live().first()
    resource_file = ResourceFile.objects.first()
    resource_key = resource_file.page.translation_key
    image = get_image_model().objects.first()
    endpoints = [
        ("sitemap", "/sitemap.xml", []),
        ("robots", "/robots.txt", []),
        ("healthz", "/healthz", []),
        ("geojson", "/api/initiatives.geojson", MAP_PARAMS),
        ("csv", "/api/initiatives.csv", MAP_PARAMS),
        ("ics feed", "/learning/webinars/feed.ics", []),
        ("ics", f"/learning/webinars/{webinar.pk}.ics", []),
        ("suggest", "/api/search/suggest", ["q", "lang", "limit"]),
        ("download", f"/resources/download/{resource_file.pk}/", []),
        ("unsubscribe", "/community/unsubscribe/not-a-token/", []),
        ("alert unsubscribe", "/community/alerts/unsubscribe/not-a-token/", []),
        ("alert feed", "/community/alerts/feed/not-a-token/", []),
        ("document", resource_file.document.url, []),
        ("admin login", "/admin/login/", ["next"]),
        ("api root", "/api/v1/", []),
        ("api docs", "/api/v1/docs/", []),
        ("openapi", "/api/v1/openapi.json", []),
        ("api resources", "/api/v1/resources/", API_PARAMS),
        ("api resource", f"/api/v1/resources/{resource_key}", ["lang"]),
        ("api regions", "/api/v1/regions/", ["lang", "limit", "cursor"]),
        ("api region", "/api/v1/regions/EHA", ["lang"]),
        ("api countries", "/api/v1/countries/", ["lang", "limit", "cursor", "region"]),
        ("api country", "/api/v1/countries/SN", ["lang"]),
        ("oai", "/oai/", OAI_PARAMS),
        ("media", f"{settings.MEDIA_URL}{image.file.name if image else 'images/none.png'}", []),
    ]
    for code, _name in settings.LANGUAGES:
        endpoints += [
            ("search", f"/{code}/search/", SEARCH_PARAMS),
            ("login", f"/{code}/accounts/login/", ["next"]),
            ("signup", f"/{code}/accounts/signup/", ["next"]),
            ("dashboard", f"/{code}/dashboard/", []),
            ("patterns", f"/{code}/patterns/", ["q", "country", "verified"]),
            ("members", f"/{code}/community/members/", ["country", "region", "theme", "organisation_type", "language", "page"]),
            ("groups", f"/{code}/community/groups/", []),
            ("moderation", f"/{code}/community/moderation/", []),
            ("notifications", f"/{code}/community/notifications/", ["page"]),
            ("confirm", f"/{code}/learning/registration/confirm/not-a-token/", []),
            ("cancel", f"/{code}/learning/registration/cancel/not-a-token/", []),
            ("verify", f"/{code}/learning/certificates/NOT-A-CODE/", []),
        ]  # fmt: skip
        if group:
            endpoints.append(("group", f"/{code}/community/groups/{group.slug}/", ["page"]))
            member = group.memberships.select_related("user").first()
            if member:
                path = f"/{code}/community/members/{member.user.username}/"
                endpoints.append(("profile", path, []))
        if thread:
            path = f"/{code}/community/groups/{group.slug}/threads/{thread.pk}/"
            endpoints.append(("thread", path, ["page", "quote"]))
    params_of = {
        "ResourceIndexPage": RESOURCE_PARAMS,
        "ResourceIndexPage:rss": RESOURCE_PARAMS,
        "ResourceIndexPage:atom": RESOURCE_PARAMS,
        "ResourcePage": ["export"],
        "GlossaryPage": ["q"],
        "WebinarIndexPage": ["theme", "language"],
        "InitiativesIndexPage": MAP_PARAMS,
    }
    for label, url in _page_urls():
        endpoints.append((label, url, params_of.get(label, [])))
    return endpoints


def _queries(own, detailed):
    """Raw query strings: each own parameter with each value (``detailed``), every parameter
    with each hostile value at once, repeated parameters and hostile names. Endpoints that
    read no parameter get the common ones with a shorter list of values."""
    names = own or COMMON_PARAMS
    if detailed:
        for name in own:
            for value in PER_PARAMETER:
                yield f"{name}={value}"
    for value in HOSTILE if detailed and own else IN_EVERY_LANGUAGE:
        if value is LONG:
            yield "&".join(f"{name}={value}" for name in names[:3])
        else:
            yield "&".join(f"{name}={value}" for name in names)
    if own:
        yield "&".join(f"{name}={n}" for name in names for n in range(30))
    yield "%00=1&q%5B%5D=1&%zz=%zz&=&&&==="


# About 1,300 requests: 35–80 s on an idle 2-core machine, several minutes on a busy one.
@pytest.mark.timeout(900)
def test_no_hostile_query_answers_5xx(demo_site):
    started = time.monotonic()
    client = Client(raise_request_exception=False)
    endpoints = _endpoints()
    failures, requests, crawled = [], 0, set()
    for label, path, own in endpoints:
        baseline = client.get(path)
        assert baseline.status_code < 500, (label, path, baseline.status_code)
        crawled.add(_route_name(urlsplit(path).path))
        detailed = label not in SHARED and not path.startswith(OTHER_LANGUAGES)
        for query in _queries(own, detailed):
            response = client.get(f"{path}?{query}")
            requests += 1
            if response.status_code >= 500:
                failures.append(f"{response.status_code} {label} {path}?{query[:120]}")
    assert not failures, "\n".join(failures)
    missing = {name for name in _named_routes() if name not in crawled} - NOT_CRAWLED
    assert not missing, f"endpoints the hostile-input test does not crawl: {sorted(missing)}"
    labels = {label for label, _path, _own in endpoints}
    for page_type in ("HomePage", "ResourceIndexPage:rss", "GlossaryPage", "WebinarIndexPage"):
        assert page_type in labels
    print(
        f"{requests} hostile requests to {len(endpoints)} endpoints in {time.monotonic() - started:.1f} s"
    )


def test_control_characters_answer_400_everywhere_the_trial_found_a_500(demo_site):
    """The parameter/endpoint pairs of the production trial, and the path itself."""
    client = Client(raise_request_exception=False)
    from learning.webinars.models import WebinarIndexPage
    from portal.pages.glossary import GlossaryPage
    from resources.models import ResourceIndexPage

    webinars = WebinarIndexPage.objects.live().filter(locale__language_code="en").first().url
    resources = ResourceIndexPage.objects.live().filter(locale__language_code="en").first().url
    glossary = GlossaryPage.objects.live().filter(locale__language_code="en").first().url
    cases = [f"{resources}?{name}=%00" for name in RESOURCE_PARAMS]
    cases += [
        f"{resources}feed/rss/?q=%00",
        f"{resources}feed/atom/?q=a%00",
        f"{glossary}?q=%00",
        f"{webinars}?language=%00",
        "/en/search/?q=%1b[31m",
        "/en/%00/",
    ]
    for url in cases:
        response = client.get(url)
        assert response.status_code == 400, url
        assert b"not allowed" in response.content
    french = client.get(f"{resources.replace('/en/', '/fr/', 1)}?q=%00")
    assert french.status_code == 400
    assert "caractères".encode() in french.content
