"""Checks for files members upload: size, extension, declared MIME type and file signature.

All three must agree; anything else is refused with a sentence the member can act on.
Zip-based formats (DOCX, XLSX, PPTX, EPUB) are also bounded, from the zip's central directory
and before anything is decompressed: total uncompressed size, compression ratio, entries.
Request bodies are bounded while they stream in (``SizeLimitUploadHandler``).
"""

import os
import zipfile

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, ValidationError
from django.core.files.uploadhandler import FileUploadHandler
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

# extension -> (accepted MIME types, signature check name)
DOCUMENT_TYPES = {
    "pdf": ({"application/pdf", "application/x-pdf"}, "pdf"),
    "docx": (
        {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        "ooxml:word/",
    ),
    "xlsx": (
        {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        "ooxml:xl/",
    ),
    "pptx": (
        {"application/vnd.openxmlformats-officedocument.presentationml.presentation"},
        "ooxml:ppt/",
    ),
    "epub": ({"application/epub+zip"}, "epub"),
}
# Browsers that do not know a type send this; the signature still has to match.
GENERIC_MIME_TYPES = {"application/octet-stream", "binary/octet-stream", ""}


def _read_head(uploaded, size=8):
    uploaded.seek(0)
    head = uploaded.read(size)
    uploaded.seek(0)
    return head


def _signature_matches(uploaded, check):
    head = _read_head(uploaded, 8)
    if check == "pdf":
        uploaded.seek(0)
        start = uploaded.read(1024)
        uploaded.seek(0)
        return b"%PDF-" in start
    if not head.startswith(b"PK\x03\x04"):
        return False
    try:
        uploaded.seek(0)
        with zipfile.ZipFile(uploaded) as archive:
            names = archive.namelist()
            if check == "epub":
                return (
                    bool(names)
                    and names[0] == "mimetype"
                    and (archive.read("mimetype").strip() == b"application/epub+zip")
                )
            prefix = check.split(":", 1)[1]
            return "[Content_Types].xml" in names and any(n.startswith(prefix) for n in names)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError):
        return False
    finally:
        uploaded.seek(0)


def zip_limits_error(fileobj):
    """Why the zip archive ``fileobj`` is too big to unpack (a sentence), or None if it is not.

    Reads only the central directory: the number of entries, the total declared uncompressed
    size (``UPLOAD_ZIP_MAX_UNCOMPRESSED_BYTES``) and the ratio of that to the compressed size
    (``UPLOAD_ZIP_MAX_RATIO``, checked once the content exceeds 1 MB). Python's zipfile never
    yields more than an entry declares, so these bounds hold for every later reader.
    """
    fileobj.seek(0)
    try:
        with zipfile.ZipFile(fileobj) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        return None  # not a zip: the signature check speaks for it
    finally:
        fileobj.seek(0)
    if len(entries) > settings.UPLOAD_ZIP_MAX_ENTRIES:
        return _("The archive holds %(count)d files; the limit is %(limit)d.") % {
            "count": len(entries),
            "limit": settings.UPLOAD_ZIP_MAX_ENTRIES,
        }
    unpacked = sum(entry.file_size for entry in entries)
    packed = sum(entry.compress_size for entry in entries)
    if unpacked > settings.UPLOAD_ZIP_MAX_UNCOMPRESSED_BYTES:
        return _("The file unpacks to %(size)s; the limit is %(limit)s.") % {
            "size": filesizeformat(unpacked),
            "limit": filesizeformat(settings.UPLOAD_ZIP_MAX_UNCOMPRESSED_BYTES),
        }
    if unpacked > 1024 * 1024 and unpacked > settings.UPLOAD_ZIP_MAX_RATIO * max(packed, 1):
        return _("The file is compressed more than %(ratio)d to 1, which documents never are.") % {
            "ratio": settings.UPLOAD_ZIP_MAX_RATIO
        }
    return None


def validate_document_upload(uploaded, allowed=None, max_bytes=None):
    """Raise ValidationError unless ``uploaded`` is an allowed, intact document.

    ``allowed`` is a set of extensions (default: every type in DOCUMENT_TYPES);
    ``max_bytes`` defaults to ``settings.UPLOAD_MAX_BYTES``.
    """
    allowed = set(allowed or DOCUMENT_TYPES)
    max_bytes = max_bytes or settings.UPLOAD_MAX_BYTES
    name = os.path.basename(getattr(uploaded, "name", "") or "")
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in allowed:
        raise ValidationError(
            _("Files of type “%(ext)s” are not accepted. Upload one of: %(allowed)s.")
            % {
                "ext": extension or _("no extension"),
                "allowed": ", ".join(sorted(allowed)).upper(),
            },
            code="extension",
        )
    size = getattr(uploaded, "size", None)
    if size is None:
        uploaded.seek(0, os.SEEK_END)
        size = uploaded.tell()
        uploaded.seek(0)
    if size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if size > max_bytes:
        raise ValidationError(
            _("The file is %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(size), "limit": filesizeformat(max_bytes)},
            code="size",
        )
    mime_types, check = DOCUMENT_TYPES[extension]
    declared = (getattr(uploaded, "content_type", "") or "").split(";")[0].strip().lower()
    if declared not in mime_types and declared not in GENERIC_MIME_TYPES:
        raise ValidationError(
            _("The file is named .%(ext)s but was sent as %(mime)s; the two must agree.")
            % {"ext": extension, "mime": declared},
            code="mime",
        )
    if not _signature_matches(uploaded, check):
        raise ValidationError(
            _("The file's contents are not a valid %(ext)s file.") % {"ext": extension.upper()},
            code="signature",
        )
    if check != "pdf" and (error := zip_limits_error(uploaded)):
        raise ValidationError(error, code="zip_limits")
    return extension


class SizeLimitUploadHandler(FileUploadHandler):
    """Stop a multipart body as soon as its files exceed ``REQUEST_BODY_MAX_BYTES``.

    The input middleware refuses a too-large ``Content-Length`` before reading anything, and
    Django parses no multipart body without one; this handler keeps the same bound inside the
    parser, for any code path that reads ``request.POST`` before or without the middleware.
    It raises ``RequestDataTooBig`` (400; the input middleware answers 413).
    """

    def __init__(self, request=None):
        super().__init__(request)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.REQUEST_BODY_MAX_BYTES:
            raise RequestDataTooBig(_("The upload is too large."))
        return raw_data

    def file_complete(self, file_size):
        return None
