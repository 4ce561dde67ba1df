"""Zip bombs and heavy documents: refused at upload, never unpacked by text extraction, and
extraction bounded in memory and time."""

import io
import resource
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from portal.security.uploads import validate_document_upload
from resources.extraction import extract
from resources.factories import make_docx

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PARAGRAPH = b"<w:p><w:r><w:t>a</w:t></w:r></w:p>"


def docx_with_body(megabytes, level=6):
    """A valid DOCX whose word/document.xml holds ``megabytes`` MB of tiny paragraphs,
    written in chunks (the archive stays small: the paragraphs compress very well)."""
    source = zipfile.ZipFile(io.BytesIO(make_docx("x")))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                archive.writestr(info.filename, source.read(info.filename))
        head = source.read("word/document.xml").split(b"<w:body>")[0]
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(head + b"<w:body>")
            chunk = PARAGRAPH * 30_000
            for _ in range(megabytes * 1024 * 1024 // len(chunk)):
                member.write(chunk)
            member.write(b"</w:body></w:document>")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bomb():
    """About 600 KB that unpacks to 200 MB, like the one found in the production trial."""
    return docx_with_body(200)


def upload(content, name="report.docx"):
    return SimpleUploadedFile(name, content, DOCX_MIME)


def test_upload_check_refuses_a_zip_bomb(bomb):
    assert len(bomb) < 1024 * 1024
    with pytest.raises(ValidationError) as refused:
        validate_document_upload(upload(bomb))
    assert refused.value.code == "zip_limits"
    assert "unpacks to 200.2" in refused.value.message


def test_upload_check_refuses_an_extreme_compression_ratio(settings):
    settings.UPLOAD_ZIP_MAX_RATIO = 20
    with pytest.raises(ValidationError) as refused:
        validate_document_upload(upload(docx_with_body(3)))
    assert refused.value.code == "zip_limits"
    assert "more than 20 to 1" in refused.value.message


def test_upload_check_refuses_too_many_entries(settings):
    settings.UPLOAD_ZIP_MAX_ENTRIES = 20
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for number in range(25):
            archive.writestr(f"word/part{number}.xml", "<p/>")
    with pytest.raises(ValidationError) as refused:
        validate_document_upload(upload(buffer.getvalue()))
    assert "holds 26 files; the limit is 20" in refused.value.message


def test_upload_check_accepts_an_ordinary_document():
    assert validate_document_upload(upload(make_docx("An ordinary report.\nTwo lines."))) == "docx"


def test_extraction_refuses_the_bomb_without_unpacking_it(bomb):
    """Defence in depth: a bomb that reached storage (e.g. through the admin) is not parsed."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    status, text, _pages = extract(io.BytesIO(bomb), "bomb.docx")
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert (status, text) == ("broken", "")
    assert grown_mb < 20


def test_extraction_runs_under_a_memory_limit(settings):
    """A document within the zip limits that still needs too much memory fails alone."""
    settings.RESOURCES_EXTRACTION_MEMORY_MB = 120
    settings.UPLOAD_ZIP_MAX_RATIO = 10_000
    heavy = docx_with_body(8, level=1)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert extract(io.BytesIO(heavy), "heavy.docx")[0] == "broken"
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < 20


def test_extraction_runs_under_a_time_limit(settings):
    settings.RESOURCES_EXTRACTION_TIMEOUT = 0.01
    assert extract(io.BytesIO(make_docx("Quick.")), "quick.docx") == ("broken", "", None)
