"""Member uploads: extension, size, declared type and file signature must agree."""

import io
import zipfile

import pytest
from django.core.exceptions import RequestDataTooBig, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import RequestFactory

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


@pytest.mark.parametrize(
    ("name", "content", "mime"),
    [("report.pdf", PDF, "application/pdf"), ("manual.docx", ooxml("word/"), DOCX_MIME)],
)
def test_the_checked_file_is_left_at_its_start_for_the_next_reader(name, content, mime):
    uploaded = SimpleUploadedFile(name, content, mime)
    validate_document_upload(uploaded)
    assert uploaded.tell() == 0
    assert uploaded.read() == content


def epub_with(first, mimetype=b"application/epub+zip"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if first != "mimetype":
            archive.writestr(first, "<html/>")
        archive.writestr("mimetype", mimetype)
    return SimpleUploadedFile("book.epub", buffer.getvalue(), "application/epub+zip")


@pytest.mark.parametrize(
    "upload",
    [
        epub_with("text/chapter.xhtml"),  # mimetype present, but not the first entry
        epub_with("META-INF/container.xml"),
        epub_with("mimetype", b"application/zip"),
        epub_with("mimetype", b"application/epub"),
    ],
)
def test_an_epub_begins_with_its_exact_mimetype_entry(upload):
    with pytest.raises(ValidationError) as error:
        validate_document_upload(upload)
    assert error.value.code == "signature"


def test_a_file_without_an_extension_is_told_so():
    with pytest.raises(ValidationError) as error:
        validate_document_upload(SimpleUploadedFile("README", PDF, "application/pdf"))
    assert "“no extension”" in error.value.messages[0]
    assert "Upload one of: DOCX, EPUB, PDF, PPTX, XLSX." in error.value.messages[0]


def test_a_file_exactly_at_the_size_limit_is_accepted(settings):
    settings.UPLOAD_MAX_BYTES = len(PDF)
    assert validate_document_upload(SimpleUploadedFile("a.pdf", PDF, "application/pdf")) == "pdf"


def test_a_file_from_disk_without_a_size_attribute_is_measured(tmp_path):
    (tmp_path / "report.pdf").write_bytes(PDF)
    (tmp_path / "empty.pdf").write_bytes(b"")
    with open(tmp_path / "report.pdf", "rb") as document:
        assert validate_document_upload(document) == "pdf"
        assert document.tell() == 0
    with open(tmp_path / "empty.pdf", "rb") as document, pytest.raises(ValidationError) as error:
        validate_document_upload(document)
    assert error.value.code == "empty"


def docx_of(size, method=zipfile.ZIP_DEFLATED):
    """A DOCX whose entries unpack to exactly ``size`` bytes in all (zeros: they compress well)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (size - len("<Types/>")))
    return SimpleUploadedFile("big.docx", buffer.getvalue(), DOCX_MIME)


def test_the_compression_ratio_is_checked_only_above_one_megabyte():
    # Zeros compress about 1000 to 1, far past the limit of 100: refused only above 1 MB.
    assert validate_document_upload(docx_of(900 * 1024)) == "docx"
    assert validate_document_upload(docx_of(1024 * 1024)) == "docx"
    with pytest.raises(ValidationError) as error:
        validate_document_upload(docx_of(1024 * 1024 + 1))
    assert error.value.code == "zip_limits"


def test_a_ratio_at_the_limit_is_accepted(settings):
    settings.UPLOAD_ZIP_MAX_RATIO = 1
    assert validate_document_upload(docx_of(2 * 1024 * 1024, zipfile.ZIP_STORED)) == "docx"
    settings.UPLOAD_ZIP_MAX_RATIO = 10_000
    assert validate_document_upload(docx_of(2 * 1024 * 1024)) == "docx"


def test_a_streamed_upload_exactly_at_the_body_limit_arrives(settings):
    settings.REQUEST_BODY_MAX_BYTES = 100_000
    content = b"%PDF-" + b"0" * (100_000 - 5)
    request = RequestFactory().post("/en/", {"file": SimpleUploadedFile("a.pdf", content)})
    assert request.FILES["file"].read() == content
    one_more = RequestFactory().post("/en/", {"file": SimpleUploadedFile("a.pdf", content + b"0")})
    with pytest.raises(RequestDataTooBig):
        one_more.FILES  # noqa: B018 - parsing the body is the test


def test_an_archive_with_exactly_the_allowed_number_of_entries_is_accepted(settings):
    settings.UPLOAD_ZIP_MAX_ENTRIES = 2
    assert validate_document_upload(SimpleUploadedFile("a.docx", ooxml("word/"), DOCX_MIME))
    settings.UPLOAD_ZIP_MAX_ENTRIES = 1
    with pytest.raises(ValidationError) as error:
        validate_document_upload(SimpleUploadedFile("a.docx", ooxml("word/"), DOCX_MIME))
    assert error.value.code == "zip_limits"


def test_a_pdf_header_counts_within_the_first_1024_bytes_only():
    late = b"\n" * 1019 + PDF  # "%PDF-" ends on byte 1024
    assert validate_document_upload(SimpleUploadedFile("a.pdf", late, "application/pdf")) == "pdf"
    with pytest.raises(ValidationError) as error:
        validate_document_upload(SimpleUploadedFile("a.pdf", b"\n" + late, "application/pdf"))
    assert error.value.code == "signature"


def test_a_declared_type_with_parameters_is_read_without_them():
    upload = SimpleUploadedFile("a.pdf", PDF, "Application/PDF; charset=binary")
    assert validate_document_upload(upload) == "pdf"


def test_an_archive_unpacking_to_exactly_the_limit_is_accepted(settings):
    content = ooxml("word/")
    unpacked = sum(i.file_size for i in zipfile.ZipFile(io.BytesIO(content)).infolist())
    settings.UPLOAD_ZIP_MAX_UNCOMPRESSED_BYTES = unpacked
    assert validate_document_upload(SimpleUploadedFile("a.docx", content, DOCX_MIME))
    settings.UPLOAD_ZIP_MAX_UNCOMPRESSED_BYTES = unpacked - 1
    with pytest.raises(ValidationError) as error:
        validate_document_upload(SimpleUploadedFile("a.docx", content, DOCX_MIME))
    assert error.value.code == "zip_limits"
