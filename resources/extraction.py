"""Text extraction from PDF (pypdf) and DOCX (python-docx) files; never raises."""

import logging

logger = logging.getLogger(__name__)

MAX_CHARS = 500_000


def extract(fileobj, name):
    """Return (status, text, page_count) for a file; status is a ResourceDocument.Extraction."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    try:
        if extension == "pdf":
            return _pdf(fileobj)
        if extension == "docx":
            return _docx(fileobj)
    except Exception:  # noqa: BLE001 — a broken file must never crash the upload or the worker
        logger.info("Text extraction failed for %s", name, exc_info=True)
        return "broken", "", None
    return "unsupported", "", None


def _pdf(fileobj):
    from pypdf import PdfReader

    reader = PdfReader(fileobj)
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                return "encrypted", "", None
        except Exception:  # noqa: BLE001
            return "encrypted", "", None
    parts = []
    for page in reader.pages:
        parts.append(page.extract_text() or "")
        if sum(map(len, parts)) > MAX_CHARS:
            break
    text = _clean("\n".join(parts))
    return ("done" if text.strip() else "empty"), text, len(reader.pages)


def _docx(fileobj):
    import docx

    document = docx.Document(fileobj)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.append(" ".join(cell.text for cell in row.cells))
    text = _clean("\n".join(parts))
    return ("done" if text.strip() else "empty"), text, None


def _clean(text):
    return text.replace("\x00", "")[:MAX_CHARS]
