"""The one way to redirect to an address a visitor supplied (``next=``)."""

from django.utils.http import url_has_allowed_host_and_scheme


def safe_next(request, fallback, field="next"):
    """``request``'s ``next`` (POST, then GET) if it stays on this site, else ``fallback``.

    Accepts only this host (and HTTPS when the request is secure), so ``//evil.example``,
    ``/\\evil.example`` and ``https://evil.example`` give ``fallback``.
    """
    target = request.POST.get(field) or request.GET.get(field) or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback
