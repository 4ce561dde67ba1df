"""Offline pack pages: ask for a pack, follow its status, download it (members only)."""

from types import SimpleNamespace

from django.contrib.auth.views import redirect_to_login
from django.core.files.storage import default_storage
from django.http import Http404, HttpResponseBadRequest, QueryDict
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from portal.security import ratelimit
from portal.security.input import parse_int
from portal.security.media import serve_file
from resources.models import ResourceIndexPage
from resources.offline import services


def _listing_url(index, params):
    return index.url + (f"?{params}" if params else "")


@require_POST
def request_pack(request):
    """A member asks for the pack of a filtered listing (the form under the listing): refused
    with the reason and the caps, or queued (or reused) and then followed on its status page."""
    index = (
        ResourceIndexPage.objects.live()
        .filter(pk=parse_int(request.POST.get("index"), 1, 2**31 - 1))
        .first()
    )
    if index is None:
        return HttpResponseBadRequest(_("Unknown resources listing."))
    params = QueryDict(request.POST.get("query", "")[:4000])
    if not request.user.is_authenticated:
        return redirect_to_login(_listing_url(index, services.normalised(params)))
    limit, window = services.rate_limit()
    if ratelimit.hit(f"offline-pack:{request.user.pk}", window) > limit:
        context = {"reason": "rate", "limit": limit, "minutes": window // 60}
        context["listing_url"] = _listing_url(index, services.normalised(params))
        return render(request, "resources/offline/refused.html", context, status=429)
    pack = services.plan(index, params, (get_language() or "en").split("-")[0])
    if pack.refusal:
        context = {"reason": pack.refusal, "listing_url": _listing_url(index, pack.params)}
        context.update(pack.limits())
        return render(request, "resources/offline/refused.html", context)
    manifest = services.request_pack(pack, request.user)
    return redirect("resources:offline_status", manifest["key"])


def _members_manifest(request, key):
    manifest = services.read(key)
    if not services.may_see(manifest, request.user):
        raise Http404
    return manifest


@require_GET
def status(request, key):
    """The pack's status (pending, ready or failed) for a member who asked for it; a pending
    pack's page refreshes itself (``<meta http-equiv="refresh">``, no script needed)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    manifest = _members_manifest(request, key)
    index = ResourceIndexPage.objects.filter(pk=manifest.get("index")).first()
    index = index and index.localized
    return render(
        request,
        "resources/offline/status.html",
        {
            "pack": manifest,
            "listing_url": _listing_url(index, manifest.get("params")) if index else "",
            "refresh_seconds": 5,
        },
    )


@require_GET
def download(request, key):
    """The pack's ZIP as an attachment, for a member who asked for it, once it is ready."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    manifest = _members_manifest(request, key)
    if manifest.get("status") != services.READY or not manifest.get("zip"):
        raise Http404
    stored = SimpleNamespace(name=manifest["zip"], storage=default_storage)
    return serve_file(request, stored, services.download_name(manifest))
