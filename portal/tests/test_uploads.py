"""Member uploads: extension, size, declared type and file signature must agree."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.security.uploads import validate_document_upload

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def ooxml(folder):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(f"{folder}document.xml", "<doc/>")
    return buffer.getvalue()


def epub():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("META-INF/container.xml", "<container/>")
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "mime"),
    [
        ("report.pdf", PDF, "application/pdf"),
        ("Report.PDF", PDF, "application/octet-stream"),
        ("manual.docx", ooxml("word/"), DOCX_MIME),
        (
            "data.xlsx",
            ooxml("xl/"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        (
            "slides.pptx",
            ooxml("ppt/"),
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ),
        ("book.epub", epub(), "application/epub+zip"),
    ],
)
def test_accepts_real_documents(name, content, mime):
    assert (
        validate_document_upload(SimpleUploadedFile(name, content, mime))
        == name.rsplit(".")[-1].lower()
    )


@pytest.mark.parametrize(
    ("name", "content", "mime", "code"),
    [
        ("script.exe", b"MZ...", "application/octet-stream", "extension"),
        ("noextension", PDF, "application/pdf", "extension"),
        ("page.html", b"<html>", "text/html", "extension"),
        ("empty.pdf", b"", "application/pdf", "empty"),
        ("report.pdf", PDF, "image/png", "mime"),
        ("fake.pdf", b"<script>alert(1)</script>", "application/pdf", "signature"),
        ("fake.docx", PDF, DOCX_MIME, "signature"),
        ("sheet-as-doc.docx", ooxml("xl/"), DOCX_MIME, "signature"),
        ("broken.docx", b"PK\x03\x04garbage", DOCX_MIME, "signature"),
    ],
)
def test_refuses_bad_uploads_with_a_reason(name, content, mime, code):
    with pytest.raises(ValidationError) as error:
        validate_document_upload(SimpleUploadedFile(name, content, mime))
    assert error.value.code == code
    assert error.value.messages[0]


def test_size_limit_is_configurable(settings):
    settings.UPLOAD_MAX_BYTES = 20
    with pytest.raises(ValidationError, match="limit is 20") as error:
        validate_document_upload(SimpleUploadedFile("big.pdf", PDF, "application/pdf"))
    assert error.value.code == "size"


def test_allowed_types_can_be_narrowed():
    with pytest.raises(ValidationError):
        validate_document_upload(
            SimpleUploadedFile("a.epub", epub(), "application/epub+zip"), allowed={"pdf"}
        )
