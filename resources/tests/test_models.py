import pytest
from django.core.exceptions import ValidationError

from portal.core.search import find
from resources.factories import add_file, make_document, make_docx, make_pdf, publish
from resources.models import ResourcePage


def test_year_before_2000_is_refused(resource_index):
    page = ResourcePage(title="Old", slug="old", publication_year=1999)
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "publication_year" in error.value.message_dict


def test_date_before_2000_is_refused(resource_index):
    import datetime

    page = ResourcePage(title="Old", slug="old", publication_date=datetime.date(1998, 5, 1))
    with pytest.raises(ValidationError):
        page.full_clean()


def test_unknown_date_allowed_and_shown(make_resource, client):
    page = make_resource(title="Undated", publication_year=None)
    page.full_clean()
    response = client.get(page.url)
    assert response.status_code == 200
    assert "Date unknown" in response.content.decode()


def test_pdf_text_extracted_on_upload(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(content=make_pdf("Cash grants for small shops", pages=2))
    document.refresh_from_db()
    assert document.extraction_status == "done"
    assert "small shops" in document.extracted_text
    assert document.page_count == 2


def test_docx_text_extracted(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(content=make_docx("Family tracing\nSecond"), filename="a.docx")
    document.refresh_from_db()
    assert document.extraction_status == "done"
    assert "Family tracing" in document.extracted_text


def test_broken_pdf_is_marked(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(content=b"%PDF-1.4 not really a pdf", filename="b.pdf")
    document.refresh_from_db()
    assert document.extraction_status == "broken"


def test_encrypted_pdf_is_marked(db, django_capture_on_commit_callbacks):
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for p in PdfReader(io.BytesIO(make_pdf("Secret text"))).pages:
        writer.add_page(p)
    writer.encrypt("owner-and-user-password")
    buffer = io.BytesIO()
    writer.write(buffer)
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(content=buffer.getvalue(), filename="c.pdf")
    document.refresh_from_db()
    assert document.extraction_status == "encrypted"


def test_image_only_pdf_is_empty(db, django_capture_on_commit_callbacks):
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(content=bytes(pdf.output()), filename="d.pdf")
    document.refresh_from_db()
    assert document.extraction_status == "empty"


def test_extraction_only_when_file_changes(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(content=make_pdf("First text"))
    document.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document.title = "Renamed"
        document.save()
    # Cache versions are bumped on commit (portal.core.cache.bump); nothing else is queued.
    assert [c for c in callbacks if "bump" not in c.__qualname__] == []


def test_extraction_refreshes_resource_text(make_resource, django_capture_on_commit_callbacks):
    page = make_resource(title="Holder")
    with django_capture_on_commit_callbacks(execute=True):
        document = make_document(content=make_pdf("Zebra crossing guidance"))
        add_file(page, document)
        publish(page)
    page.refresh_from_db()
    hits = find(None, '"Zebra crossing"', types=("resources",)).hits
    assert str(page.pk) in {hit.object_id for hit in hits}  # the index has the file's text


def test_wagtails_own_index_keeps_no_copy_of_the_file_text(db, django_capture_on_commit_callbacks):
    """The text of a file lives once, on the document; the site searches it through the one
    index. Wagtail's index (the admin's chooser) holds the title only."""
    from wagtail.search.backends import get_search_backend
    from wagtail.search.models import IndexEntry

    with django_capture_on_commit_callbacks(execute=True):
        document = make_document("Annual report", make_pdf("Quokka lighthouse cooperative"))
    document.refresh_from_db()
    assert "Quokka" in document.extracted_text
    get_search_backend().add(document)  # what AUTO_UPDATE does outside the tests
    entries = IndexEntry.objects.filter(object_id=str(document.pk))
    assert entries.exists()
    # Text on SQLite, a tsvector on PostgreSQL: either way the words show lower-cased.
    assert not any("quokka" in str(entry.body or "").lower() for entry in entries)
    assert any("annual" in str(entry.title or "").lower() for entry in entries)
