"""Test data factories of the resources app."""

import io

import factory
import wagtail_factories
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from resources.models import ResourceFile, ResourcePage, ResourceType


def make_pdf(text, pages=1):
    """A real PDF (fpdf2) whose pages contain ``text``."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for _ in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def make_docx(text):
    import docx

    document = docx.Document()
    for paragraph in text.split("\n"):
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def make_document(title="Document", content=None, filename="file.pdf", language="en"):
    Document = get_document_model()
    document = Document(title=title, language=language)
    document.file.save(filename, ContentFile(content or make_pdf(title)), save=False)
    document.save()
    return document


class ResourcePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ResourcePage

    title = factory.Sequence(lambda n: f"Resource {n}")
    summary = "A publication about return and reintegration."
    authors = "Doe, Jane; Roe, Richard"
    publisher = "IOM"
    is_iom = True
    publication_year = 2020
    resource_type = ResourceType.REPORT


def add_file(page, document, language="en"):
    return ResourceFile.objects.create(page=page, document=document, language=language)


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page
