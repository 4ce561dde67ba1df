"""Media files: where uploads are stored, and the one way to answer with a file's bytes.

Two kinds of media:

* **public** (avatars, Wagtail images and renditions): names under ``MEDIA_PUBLIC_PREFIXES``,
  served by ``public_media`` at ``MEDIA_URL`` (or straight from the object store's URL);
* **private** (group attachments, Wagtail documents): stored under ``private/`` with a random
  name (``PrivateUploadTo``); reachable only through a view that checks permission and then
  calls ``serve_file``.

``serve_file`` answers with the storage's bytes (``FileResponse``), or lets the proxy send them:
``MEDIA_ACCEL_REDIRECT`` (nginx ``X-Accel-Redirect`` location prefix) or ``MEDIA_SENDFILE``
(``X-Sendfile``, Apache/lighttpd) — only for a storage with local paths.
"""

import mimetypes
import os
import posixpath
import re
import uuid

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.utils.deconstruct import deconstructible
from django.utils.http import content_disposition_header

PRIVATE_PREFIX = "private/"
# Images a browser may show inline; anything else is sent as a download.
INLINE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"}
PUBLIC_MAX_AGE = 30 * 24 * 3600
_EXTENSION = re.compile(r"^[a-z0-9]{1,10}$")


def safe_extension(filename):
    """The file's lower-case extension if it is short and alphanumeric, else ``"bin"``."""
    extension = os.path.splitext(os.path.basename(filename or ""))[1][1:].lower()
    return extension if _EXTENSION.match(extension) else "bin"


@deconstructible
class PrivateUploadTo:
    """``upload_to`` for private files: ``private/<folder>/<uuid4 hex>.<extension>``.

    The stored name says nothing about the uploader's file name; ``keep_name_in`` names the
    instance's field that receives that name (set here, so every way of saving a file does it).
    """

    def __init__(self, folder, keep_name_in=None):
        self.folder = folder.strip("/")
        self.keep_name_in = keep_name_in

    def __call__(self, instance, filename):
        if self.keep_name_in and instance is not None:
            setattr(instance, self.keep_name_in, os.path.basename(filename or "")[:255])
        return f"{PRIVATE_PREFIX}{self.folder}/{uuid.uuid4().hex}.{safe_extension(filename)}"

    def __eq__(self, other):
        return isinstance(other, PrivateUploadTo) and (other.folder, other.keep_name_in) == (
            self.folder,
            self.keep_name_in,
        )


def is_private(name):
    """True for a stored name under the private prefix."""
    return (name or "").startswith(PRIVATE_PREFIX)


def _local_path(storage, name):
    try:
        return storage.path(name)
    except NotImplementedError:
        return None


def serve_file(request, field_file, download_name=None, public=False):
    """A response with the bytes of ``field_file`` (a ``FieldFile``), sent by the proxy when
    ``MEDIA_ACCEL_REDIRECT``/``MEDIA_SENDFILE`` is set, else streamed from the storage.

    Private files (``public=False``) are always downloads (``Content-Disposition: attachment``
    with ``download_name``) and never cached by shared caches; 404 if the file is missing.
    """
    storage, name = field_file.storage, field_file.name
    if not name or not storage.exists(name):
        raise Http404
    download_name = download_name or posixpath.basename(name)
    content_type = mimetypes.guess_type(download_name)[0] or "application/octet-stream"
    inline = public and content_type in INLINE_TYPES
    local_path = _local_path(storage, name)
    if local_path and (settings.MEDIA_ACCEL_REDIRECT or settings.MEDIA_SENDFILE):
        response = _handed_to_proxy(content_type, name, local_path)
        response["Content-Disposition"] = content_disposition_header(not inline, download_name)
    else:
        try:
            handle = storage.open(name, "rb")
        except OSError as error:
            raise Http404 from error
        response = FileResponse(
            handle, as_attachment=not inline, filename=download_name, content_type=content_type
        )
    response["X-Content-Type-Options"] = "nosniff"
    if public:
        response["Cache-Control"] = f"public, max-age={PUBLIC_MAX_AGE}"
    else:
        response["Cache-Control"] = "private, no-store"
        response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response


def _handed_to_proxy(content_type, name, local_path):
    """An empty response that tells the proxy to send the file: X-Accel-Redirect with the
    media-relative ``name`` when ``MEDIA_ACCEL_REDIRECT`` is set, else X-Sendfile."""
    response = HttpResponse(content_type=content_type)
    if settings.MEDIA_ACCEL_REDIRECT:
        response["X-Accel-Redirect"] = settings.MEDIA_ACCEL_REDIRECT.rstrip("/") + "/" + name
    else:
        response["X-Sendfile"] = local_path
    return response


class _StoredName:
    """The minimal ``FieldFile`` shape ``serve_file`` needs, for a name in the default storage."""

    def __init__(self, name):
        self.name, self.storage = name, default_storage


def public_media(request, path):
    """``MEDIA_URL<path>`` for public media only (``MEDIA_PUBLIC_PREFIXES``); 404 otherwise.

    Private names, other prefixes and paths that try to leave the media root answer 404.
    """
    name = posixpath.normpath(path).lstrip("/")
    if (
        name != path
        or name.startswith("..")
        or "\x00" in name
        or is_private(name)
        or not name.startswith(tuple(settings.MEDIA_PUBLIC_PREFIXES))
    ):
        raise Http404
    return serve_file(request, _StoredName(name), public=True)


def sendfile(request, filename, mimetype=None, **kwargs):
    """``SENDFILE_BACKEND`` for Wagtail's document view: hand a local file to the proxy."""
    relative = os.path.relpath(filename, settings.MEDIA_ROOT).replace(os.sep, "/")
    response = _handed_to_proxy(mimetype or "application/octet-stream", relative, filename)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def move_to_private(storage, name, folder):
    """Copy a stored file to a new private name (``PrivateUploadTo(folder)``), delete the old one,
    and return the new name; used by data migrations. A missing file keeps its name."""
    if not name or is_private(name) or not storage.exists(name):
        return name
    with storage.open(name, "rb") as handle:
        new_name = storage.save(PrivateUploadTo(folder)(None, name), handle)
    storage.delete(name)
    return new_name


def only_live_pages_documents(document, request):
    """``before_serve_document`` hook: a document that pages use is served to visitors without
    admin access only if at least one of those pages is live (a draft's or a pending
    contribution's file stays private); unused documents follow their collection's privacy."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, ReferenceIndex

    if request.user.has_perm("wagtailadmin.access_admin"):
        return None
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = {
        int(object_id)
        for object_id in ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    }
    if page_ids and not Page.objects.live().filter(pk__in=page_ids).exists():
        raise Http404
    return None


def public_bucket_policy(bucket_name):
    """The S3 bucket policy for object storage: anonymous reads of the public prefixes only."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Sid": "PublicMediaOnly",
                "Effect": "Allow",
                "Principal": "*",
                "Action": "s3:GetObject",
                "Resource": [
                    f"arn:aws:s3:::{bucket_name}/{prefix}*"
                    for prefix in settings.MEDIA_PUBLIC_PREFIXES
                ],
            }
        ],
    }
