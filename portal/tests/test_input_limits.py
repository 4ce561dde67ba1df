"""Request input limits: control characters refused, oversize bodies refused before they are
read (413), parameters parsed as bounded integers, ``next=`` kept on the site."""

import pytest
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.test import Client, RequestFactory

from portal.security.input import InputHardeningMiddleware, parse_int
from portal.security.redirects import safe_next


class UnreadableBody:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def test_a_body_larger_than_the_limit_is_refused_before_it_is_read(settings):
    response = Client(raise_request_exception=False).generic(
        "POST",
        "/fr/resources/contribute/",
        CONTENT_LENGTH=str(settings.REQUEST_BODY_MAX_BYTES + 1),
        CONTENT_TYPE="multipart/form-data; boundary=x",
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 413
    assert "trop volumineux" in response.content.decode()
    assert "51 Mo" in response.content.decode()


def test_the_body_limit_covers_the_largest_upload(settings):
    assert settings.REQUEST_BODY_MAX_BYTES > settings.UPLOAD_MAX_BYTES
    assert settings.REQUEST_BODY_MAX_BYTES > settings.RESOURCES_MAX_UPLOAD_BYTES


def _multipart_request(size):
    request = RequestFactory().post(
        "/en/", {"file": SimpleUploadedFile("big.pdf", b"%PDF-" + b"0" * size)}
    )
    return request


def test_a_streamed_upload_stops_at_the_limit(settings):
    """The upload handler bounds the parser itself, whatever runs before it."""
    settings.REQUEST_BODY_MAX_BYTES = 100_000
    with pytest.raises(RequestDataTooBig):
        _multipart_request(200_000).POST  # noqa: B018 - parsing the body is the test


def test_an_upload_under_the_limit_still_arrives(settings):
    settings.REQUEST_BODY_MAX_BYTES = 100_000
    request = _multipart_request(50_000)
    assert request.FILES["file"].size == 50_005


def test_nul_in_a_form_field_is_refused():
    response = Client().post("/en/search/", {"q": "a\x00b"})
    assert response.status_code == 400


@pytest.mark.parametrize(
    "value", ["%zz", "%c3%28", "%ff", "tab%09and%0anewline", "%e2%80%ae", "caf%c3%a9"]
)
def test_what_django_decodes_safely_passes(value):
    """Invalid percent-encodings and UTF-8 are decoded by Django (literally / as U+FFFD)."""
    request = RequestFactory().get(f"/en/?q={value}")
    assert InputHardeningMiddleware(lambda r: HttpResponse("ok"))(request).status_code == 200


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("7", 7),
        (" 12 ", 12),
        ("0", None),
        ("-3", None),
        ("101", None),
        ("²", None),
        ("٣", None),
        ("1e3", None),
        ("9" * 40, None),
        ("", None),
        (None, None),
    ],
)
def test_parse_int_is_bounded_and_ascii_only(value, expected):
    assert parse_int(value, 1, 100) == expected


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/en/community/", "/en/community/"),
        ("/en/search/?q=a#b", "/en/search/?q=a#b"),
        ("//evil.example", "/fallback/"),
        ("/\\evil.example", "/fallback/"),
        ("https://evil.example/", "/fallback/"),
        ("http://testserver/en/", "/fallback/"),  # plain HTTP on a secure request
        ("https://testserver/en/", "https://testserver/en/"),
        ("", "/fallback/"),
    ],
)
def test_safe_next(target, expected):
    request = RequestFactory().post("/x/", {"next": target}, secure=True)
    assert safe_next(request, "/fallback/") == expected
