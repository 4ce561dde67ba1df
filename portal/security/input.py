"""Refuse hostile request input before any view sees it: control characters in the path or
in GET/POST parameters (400), and bodies larger than the largest allowed upload (413).

Django already decodes invalid percent-encodings and invalid UTF-8 in query strings without
error (``%zz`` stays literal, bad bytes become U+FFFD), so those pass; NUL bytes would reach
PostgreSQL, which refuses them with an error (a 500), hence this one check for every view.
"""

import re

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _

# C0 controls except tab, line feed and carriage return (which textareas send), and DEL.
FORBIDDEN_IN_QUERY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Form text may carry pasted form feeds or vertical tabs; only NUL cannot be stored.
FORBIDDEN_IN_FORM = re.compile(r"\x00")


def _has(pattern, querydict):
    return any(
        pattern.search(key) or any(pattern.search(value) for value in values)
        for key, values in querydict.lists()
    )


def _plain(request, status, message):
    """A short plain-text answer, in the language of the address (LocaleMiddleware runs later)."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        text = message()
    return HttpResponse(text + "\n", status=status, content_type="text/plain; charset=utf-8")


_INTEGER = re.compile(r"-?[0-9]{1,18}")


def parse_int(value, minimum, maximum):
    """``value`` (a request parameter) as an int from ``minimum`` to ``maximum``, else None.

    Only ASCII digits count: ``str.isdigit()`` accepts "²", which ``int()`` then refuses.
    """
    if not isinstance(value, str) or not _INTEGER.fullmatch(value.strip()):
        return None
    number = int(value)
    return number if minimum <= number <= maximum else None


def request_body_limit():
    """The largest request body accepted, in bytes (``REQUEST_BODY_MAX_BYTES``)."""
    return settings.REQUEST_BODY_MAX_BYTES


class InputHardeningMiddleware:
    """400 for control characters in the path or parameters; 413 for oversize bodies."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > request_body_limit():
            return _too_large(request)
        if FORBIDDEN_IN_QUERY.search(request.path) or _has(FORBIDDEN_IN_QUERY, request.GET):
            return _plain(request, 400, _bad_address)
        if request.method == "POST":
            try:
                bad = _has(FORBIDDEN_IN_FORM, request.POST)
            except RequestDataTooBig:  # raised by the upload handler while streaming
                return _too_large(request)
            if bad:
                return _plain(request, 400, _bad_form)
        return self.get_response(request)


def _bad_address():
    return _("Bad request: the address contains characters that are not allowed.")


def _bad_form():
    return _("Bad request: the form contains characters that are not allowed.")


def _too_large(request):
    limit = request_body_limit() // (1024 * 1024)
    return _plain(
        request,
        413,
        lambda: _("The upload is too large: the limit is %(size)s MB.") % {"size": limit},
    )
