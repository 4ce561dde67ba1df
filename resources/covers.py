"""Cover images of resources: the first page of a document's PDF, rendered once.

The page is rendered by pypdfium2 in a child process with the same limits as text
extraction (``python -m resources.covers``: an untrusted PDF must not take the worker down),
as a JPEG ``COVER_WIDTH`` pixels wide, and stored as a Wagtail image on the document
(``ResourceDocument.cover``) with the file name it was made from (``cover_source``): the
background task that extracts the text renders it once, and again only when the file is
replaced. Pages show it with ``{% picture %}`` (AVIF/WebP renditions, JPEG fallback).
"""

import io
import logging
import math
import resource
import subprocess
import sys

logger = logging.getLogger(__name__)

COVER_WIDTH = 480  # pixels; shown at up to 240 CSS pixels (2x screens)
MAX_HEIGHT = 960  # a very tall first page is cropped to this
COLLECTION_NAME = "Document covers"


def render_in_process(data, width=COVER_WIDTH):
    """JPEG bytes of the first page of a PDF, ``width`` pixels wide; None when unreadable."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    try:
        if len(pdf) == 0:
            return None
        page = pdf[0]
        page_width, _height = page.get_size()
        scale = width / page_width if page_width else 1
        image = page.render(scale=min(scale, 4)).to_pil().convert("RGB")
        if image.width != width:  # the renderer rounds up: exactly ``width`` pixels
            image = image.resize((width, max(1, round(image.height * width / image.width))))
        if image.height > MAX_HEIGHT:
            image = image.crop((0, 0, image.width, MAX_HEIGHT))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=82, optimize=True)
        return out.getvalue()
    finally:
        pdf.close()


def render(data):
    """JPEG bytes of the first page, rendered in a bounded child process; None on failure."""
    from resources.extraction import run_bounded

    try:
        child = run_bounded("resources.covers", data)
    except subprocess.TimeoutExpired:
        logger.warning("Cover rendering took too long; stopped")
        return None
    if child.returncode != 0 or not child.stdout.startswith(b"\xff\xd8"):
        logger.info("No cover rendered (exit %s)", child.returncode)
        return None
    return child.stdout


def _collection():
    from wagtail.models import Collection

    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=COLLECTION_NAME).first()
    return found or root.add_child(name=COLLECTION_NAME)


def ensure_cover(document):
    """Give ``document`` the cover of its current file (a PDF), rendering it only when it
    has none yet or its file changed; a document that is not a PDF has no cover.
    Returns True when the cover changed."""
    from django.core.files.images import ImageFile
    from wagtail.images import get_image_model

    name = document.file.name if document.file else ""
    if document.cover_id and document.cover_source == name:
        return False  # rendered once for this file
    old = document.cover
    image = None
    if name.lower().endswith(".pdf"):
        with document.file.open("rb") as handle:
            jpeg = render(handle.read())
        if jpeg:
            image = get_image_model()(
                title=f"Cover: {document.title}"[:255],
                collection=_collection(),
                file=ImageFile(io.BytesIO(jpeg), name=f"cover-{document.pk}.jpg"),
            )
            image.save()
    type(document).objects.filter(pk=document.pk).update(
        cover=image, cover_source=name if image else ""
    )
    document.cover, document.cover_source = image, name if image else ""
    if old is not None:
        old.delete()
    return image is not None or old is not None


def _child(memory_mb, seconds):
    """Entry point of the child process: limits first, PDF on stdin -> JPEG on stdout."""
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))
    jpeg = render_in_process(sys.stdin.buffer.read())
    if jpeg is None:
        sys.exit(1)
    sys.stdout.buffer.write(jpeg)


if __name__ == "__main__":
    _child(int(sys.argv[1]), max(1, math.ceil(float(sys.argv[2]))))
