"""Checks for files members upload: size, extension, declared MIME type and file signature.

All three must agree; anything else is refused with a sentence the member can act on.
"""

import io
import os
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
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
        data = uploaded.read()
        uploaded.seek(0)
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
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
    return extension
