"""Demo resources: the two flagship publications and the works named in the seed documents'
reference lists, some with a small generated PDF so that full-text search has text to find.

The records themselves are in ``resources.demo.content``. Idempotent.
"""

import datetime

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from portal.demo.utils import ensure_page
from portal.models import Region, Theme
from resources.demo import translations
from resources.demo.content import RESOURCES
from resources.models import ResourceFile, ResourceIndexPage, ResourcePage

# fpdf2's core fonts are Latin-1 only (French and Spanish fit; "œ" is spelt out).
_LATIN1 = str.maketrans(
    {"–": "-", "—": "-", "’": "'", "“": '"', "”": '"', "…": "...", "\u202f": "\xa0", "œ": "oe"}
)
NOTE = "Demo file of the Return & Reintegration Hub: a summary, not the publication."


def build_pdf(title, paragraphs, *, sections=(), note=NOTE, language="en"):
    """A small text PDF (fpdf2) whose text extraction gives back ``paragraphs``; each of
    ``sections`` (heading, paragraphs) starts a new page."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    pdf.set_title(title.translate(_LATIN1))
    pdf.set_lang(language)
    pdf.add_page()
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.multi_cell(0, 7, title.translate(_LATIN1))
    pdf.ln(4)
    pdf.set_font("Helvetica", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph.translate(_LATIN1))
        pdf.ln(3)
    for heading, section in sections:
        pdf.add_page()
        pdf.set_font("Helvetica", style="B", size=12)
        pdf.multi_cell(0, 7, heading.translate(_LATIN1))
        pdf.ln(3)
        pdf.set_font("Helvetica", size=11)
        for paragraph in section:
            pdf.multi_cell(0, 6, paragraph.translate(_LATIN1))
            pdf.ln(3)
    pdf.set_font("Helvetica", style="I", size=9)
    pdf.multi_cell(0, 5, note.translate(_LATIN1))
    return bytes(pdf.output())


def _files(existing, item):
    """The page's file rows: kept when already there, else one new document with a PDF."""
    if not item.get("pdf"):
        return list(existing.files.all()) if existing else []
    language = item.get("language", "en")
    title = f"{item['title'][:200]} (summary)"
    if existing is not None:
        rows = list(existing.files.select_related("document"))
        if any(r.language == language and r.document.title == title for r in rows):
            return rows
    from resources.tasks import extract_document_text

    Document = get_document_model()
    document = Document(title=title, language=language)
    document.file.save(
        f"{item['slug'][:80]}.pdf",
        ContentFile(build_pdf(item["title"], item["pdf"])),
        save=False,
    )
    document.save()
    # Extract now, so the resource is searchable as soon as it is published.
    extract_document_text.call(document.pk)
    return [ResourceFile(document=document, language=language)]


def load(home, stdout=None):
    """The resource index (replacing the portal's placeholder) and the demo resources."""
    placeholder = home.get_children().filter(slug="resources").first()
    if placeholder is not None and placeholder.specific_class is not ResourceIndexPage:
        for translation in placeholder.get_translations():
            translation.delete()
    index = ensure_page(
        home,
        ResourceIndexPage,
        "resources",
        title="Resources",
        intro=(
            "Reports, manuals, guidelines, studies and toolkits on return and reintegration. "
            "Search their full text, filter by theme, region or year, and cite them."
        ),
        show_in_menus=True,
    )
    themes = {t.slug: t for t in Theme.objects.filter(locale=home.locale)}
    regions = {r.code: r for r in Region.objects.all()}
    for item in RESOURCES:
        existing = ResourcePage.objects.child_of(index).filter(slug=item["slug"]).first()
        date = item.get("date")
        ensure_page(
            index,
            ResourcePage,
            item["slug"],
            title=item["title"],
            summary=item["summary"],
            authors=item.get("authors", ""),
            publisher=item.get("publisher", ""),
            publication_year=item["year"],
            publication_date=date,
            resource_type=item["type"],
            is_iom=item["iom"],
            external_url=item.get("external_url", ""),
            countries=item.get("countries", []),
            themes=[themes[s] for s in item["themes"] if s in themes],
            regions=[regions[c] for c in item.get("regions", []) if c in regions],
            files=_files(existing, item),
        )
    if stdout is not None:
        stdout.write(f"  {len(RESOURCES)} resources")
    translations.load(index, stdout)
    return index
