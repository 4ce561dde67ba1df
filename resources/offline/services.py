"""Offline packs: what a filtered listing puts in a pack, its key, its manifest, and its build.

A pack is keyed by a hash of the listing, the normalised filters, the language and the
content version of what matches (each matching resource's id and publication time, and its
files): the same filters over the same content reuse one ZIP, whoever asks; any change to a
matching resource makes a new key. The state of a pack lives in a small JSON manifest beside
its ZIP in private media (``private/offline-packs/<key>.json`` and ``.zip``): no model, so no
migration. Only the members who asked for a pack (listed in its manifest) may see or download
it; a second member asking for the same filters joins the list and reuses the ZIP.
"""

import contextlib
import hashlib
import json
import logging
import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import Prefetch
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone, translation

from portal.core import mail
from portal.core.links import absolute_url
from resources.models import ResourceFile, ResourceIndexPage, ResourcePage
from resources.services import ResourceQuery

logger = logging.getLogger("resources.offline")

FOLDER = "private/offline-packs/"
KEY_PATTERN = re.compile(r"^[0-9a-f]{32}$")
PENDING, READY, FAILED = "pending", "ready", "failed"
STALE_AFTER = timedelta(hours=1)  # a pending pack no worker took: the next request retries


def max_files():
    """The most PDFs (and resources) one pack may hold (``OFFLINE_PACK_MAX_FILES``)."""
    return getattr(settings, "OFFLINE_PACK_MAX_FILES", 300)


def max_bytes():
    """The largest total size of a pack's PDFs (``OFFLINE_PACK_MAX_MB``, in MB)."""
    return getattr(settings, "OFFLINE_PACK_MAX_MB", 200) * 1024 * 1024


def rate_limit():
    """(requests, seconds): how many packs a member may ask for in a window
    (``OFFLINE_PACK_RATE``)."""
    return getattr(settings, "OFFLINE_PACK_RATE", (10, 3600))


def normalised(params):
    """The listing's filters (a QueryDict) as one canonical query string: the text with its
    spaces folded, each filter's values sorted and deduplicated; sorting and paging dropped."""
    query = ResourceQuery(params)
    out = QueryDict(mutable=True)
    if query.q:
        out["q"] = " ".join(query.q.split())
    for name in sorted(query.filters):
        values = sorted(set(query.filters[name]))
        if values:
            out.setlist(name, values)
    for name in ("year_from", "year_to"):
        if getattr(query, name):
            out[name] = str(getattr(query, name))
    return out.urlencode()


@dataclass
class Plan:
    """What a pack of ``index``'s listing filtered by ``params`` holds, in ``language``."""

    index: ResourceIndexPage
    language: str
    params: str
    total: int = 0  # matching resources, as the index counts them
    capped: bool = False  # the index stopped counting: more than any pack holds
    resources: list = field(default_factory=list)  # ResourcePages, in the listing's order
    files: list = field(default_factory=list)  # (ResourcePage, ResourceFile): public PDFs
    size: int = 0  # bytes of those PDFs

    @property
    def refusal(self):
        """ "too_large", "empty" or "" (the pack can be built)."""
        limit = max_files()
        if self.capped or self.total > limit or len(self.files) > limit:
            return "too_large"
        if self.size > max_bytes():
            return "too_large"
        return "" if self.resources else "empty"

    @property
    def key(self):
        """The pack's key: the listing, filters, language and content version, hashed."""
        version = [
            [
                page.pk,
                page.last_published_at.isoformat() if page.last_published_at else "",
                [[f.pk, f.document_id, f.document.file.name] for p, f in self.files if p is page],
            ]
            for page in self.resources
        ]
        text = json.dumps([self.index.pk, self.language, self.params, version])
        return hashlib.sha256(text.encode()).hexdigest()[:32]

    def limits(self):
        """The caps and this selection's numbers, for the refusal message."""
        return {
            "max_files": max_files(),
            "max_bytes": max_bytes(),
            "resources": self.total,
            "files": len(self.files),
            "size": self.size,
            "capped": self.capped,
        }


def plan(index, params, language):
    """The pack of ``index``'s listing filtered by ``params`` (a QueryDict), in ``language``:
    the matching live, public resources (one index query) and their PDFs outside restricted
    collections (two more queries), unless there are already more resources than a pack holds.
    """
    canonical = normalised(params)
    with translation.override(language):
        query = ResourceQuery(QueryDict(canonical))
        results = query.find(index, None, page=1, per_page=max_files() + 1)
    result = Plan(index, language, canonical, total=results.total, capped=results.total_capped)
    if result.refusal == "too_large":
        return result
    ids = [int(hit.object_id) for hit in results.hits]
    files = ResourceFile.objects.select_related("document").order_by("sort_order", "pk")
    pages = (
        ResourcePage.objects.live()
        .public()
        .filter(pk__in=ids)
        .select_related("locale")
        .prefetch_related("themes", Prefetch("files", queryset=files))
    )
    by_pk = {page.pk: page for page in pages}
    result.resources = [by_pk[pk] for pk in ids if pk in by_pk]
    restricted = _restricted_collections()
    for page in result.resources:
        for file in page.files.all():
            document = file.document
            if document.file.name.lower().endswith(".pdf") and (
                document.collection_id not in restricted
            ):
                result.files.append((page, file))
                result.size += _size(document)
    return result


def _restricted_collections():
    """Ids of the document collections with a view restriction, and of their descendants."""
    from wagtail.models import CollectionViewRestriction

    ids = set()
    for restriction in CollectionViewRestriction.objects.select_related("collection"):
        descendants = restriction.collection.get_descendants(inclusive=True)
        ids.update(descendants.values_list("pk", flat=True))
    return ids


def _size(document):
    if document.file_size:
        return document.file_size
    try:
        return document.file.size
    except OSError:
        return 0


# --- manifests ---------------------------------------------------------------------------------


def _name(key, extension):
    return f"{FOLDER}{key}.{extension}"


def read(key):
    """The manifest of pack ``key`` (a dict), or None for an unknown or malformed key."""
    if not KEY_PATTERN.match(key or ""):
        return None
    try:
        with default_storage.open(_name(key, "json"), "rb") as handle:
            manifest = json.loads(handle.read())
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def _write(key, manifest):
    """Store the manifest: atomically (a temporary file renamed) where the storage has local
    paths, else replaced through the storage."""
    name, body = _name(key, "json"), json.dumps(manifest).encode()
    try:
        path = default_storage.path(name)
    except NotImplementedError:
        default_storage.delete(name)
        default_storage.save(name, ContentFile(body))
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(body)
    os.replace(temporary, path)


@contextlib.contextmanager
def _locked(key, attempts=40):
    """Hold a short lock on pack ``key``'s manifest (a cache entry) while it is rewritten; after
    ``attempts`` tries (two seconds) go on without it rather than fail."""
    lock = f"offline-pack-lock:{key}"
    while not cache.add(lock, 1, 30) and attempts > 1:
        attempts -= 1
        time.sleep(0.05)
    try:
        yield
    finally:
        cache.delete(lock)


def _now():
    return timezone.now().isoformat()


def _needs_build(manifest):
    if manifest is None or manifest.get("status") == FAILED:
        return True
    if manifest.get("status") == READY:
        return not default_storage.exists(manifest.get("zip") or "")
    requested = datetime.fromisoformat(manifest.get("requested_at") or "2000-01-01T00:00:00+00:00")
    return timezone.now() - requested > STALE_AFTER


def may_see(manifest, user):
    """True when ``user`` asked for this pack (only they see its status and download it)."""
    return bool(manifest and user.is_authenticated and user.pk in manifest.get("requested_by", ()))


def request_pack(pack, user):
    """Ask for the pack of ``pack`` (a ``Plan`` with no refusal) on behalf of ``user``: a ready
    pack of the same key is reused (``user`` joins its members), else a build is queued.
    Returns the manifest as it stands after the request (built already with an immediate
    task backend)."""
    key = pack.key
    with _locked(key):
        manifest = read(key)
        build = _needs_build(manifest)
        if build:
            manifest = {
                "key": key,
                "status": PENDING,
                "index": pack.index.pk,
                "language": pack.language,
                "params": pack.params,
                "requested_by": [user.pk],
                "requested_at": _now(),
                "resources": len(pack.resources),
                "files": len(pack.files),
                "size": pack.size,
            }
        elif user.pk not in manifest["requested_by"]:
            manifest["requested_by"].append(user.pk)
        _write(key, manifest)
    if build:
        from resources.offline.tasks import build_offline_pack

        build_offline_pack.enqueue(key)
    return read(key) or manifest


# --- building ----------------------------------------------------------------------------------


def build(key):
    """Build pending pack ``key`` (the background task): write its ZIP, mark it ready or
    failed (with a reason) and tell the members who asked. Returns the final status."""
    manifest = read(key)
    if manifest is None or manifest.get("status") != PENDING:
        return manifest and manifest.get("status")
    try:
        outcome = _build(manifest)
    except Exception:  # noqa: BLE001 - any failure is told to the member, never lost
        logger.exception("offline pack %s could not be built", key)
        outcome = {"status": FAILED, "reason": "error"}
    with _locked(key):  # members may have joined while it was building
        manifest = read(key) or manifest
        manifest.update(outcome, finished_at=_now())
        _write(key, manifest)
    notify(manifest)
    return manifest["status"]


def _build(manifest):
    from resources.offline import pack as writer

    index = ResourceIndexPage.objects.live().filter(pk=manifest["index"]).first()
    if index is None:
        return {"status": FAILED, "reason": "gone"}
    language = manifest["language"]
    contents = plan(index, QueryDict(manifest["params"]), language)
    if contents.refusal:
        return {"status": FAILED, "reason": contents.refusal}
    name = _name(manifest["key"], "zip")
    with tempfile.TemporaryFile() as handle, translation.override(language):
        written = writer.write(contents, handle)
        size = handle.tell()
        handle.seek(0)
        default_storage.delete(name)
        stored = default_storage.save(name, File(handle, name=os.path.basename(name)))
    return {
        "status": READY,
        "zip": stored,
        "zip_size": size,
        "resources": len(contents.resources),
        "files": written,
        "reason": "",
    }


def download_name(manifest):
    """The ZIP's file name for the member: ``resources-offline-<date>.zip``."""
    day = (manifest.get("finished_at") or _now())[:10]
    return f"resources-offline-{day}.zip"


def notify(manifest):
    """Email each member who asked for the pack, in their language, that it is ready (or could
    not be built), with a link to its status page."""
    from django.contrib.auth import get_user_model

    from community.accounts import preferred_language

    ready = manifest["status"] == READY
    message = "resources/email/offline_pack_" + ("ready" if ready else "failed")
    members = get_user_model().objects.filter(
        pk__in=manifest.get("requested_by", ()), is_active=True
    )
    for member in members.select_related("wagtail_userprofile"):
        if not member.email:
            continue
        language = preferred_language(member)
        with translation.override(language):
            url = absolute_url(reverse("resources:offline_status", args=[manifest["key"]]))
        context = {
            "url": url,
            "resources": manifest.get("resources", 0),
            "files": manifest.get("files", 0),
            "size": manifest.get("zip_size", 0),
            "reason": manifest.get("reason", ""),
        }
        try:
            mail.send(message, context, [member.email], language)
        except Exception:  # noqa: BLE001 - one bad address does not stop the others
            logger.exception(
                "offline pack %s: mail to member %s failed", manifest["key"], member.pk
            )
