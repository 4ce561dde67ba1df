"""Text extraction from PDF (pypdf) and DOCX (python-docx) files; never raises.

A hostile file must not take the worker down, so extraction is bounded twice:

- zip-based files are checked from their central directory first
  (``portal.security.uploads.zip_limits_error``: total uncompressed size, ratio, entries);
- the parsing itself runs in a child process (``python -m resources.extraction``) with an
  address-space limit (``RESOURCES_EXTRACTION_MEMORY_MB``), a CPU-time limit and a wall-clock
  timeout (``RESOURCES_EXTRACTION_TIMEOUT``). A file that exceeds them is marked "broken".
"""

import json
import logging
import math
import resource
import subprocess
import sys

logger = logging.getLogger(__name__)

MAX_CHARS = 500_000
ZIP_BASED = {"docx"}


def extract(fileobj, name):
    """Return (status, text, page_count) for a file; status is a ResourceDocument.Extraction."""

    from portal.security.uploads import zip_limits_error

    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in {"pdf", "docx"}:
        return "unsupported", "", None
    if extension in ZIP_BASED and (error := zip_limits_error(fileobj)):
        logger.warning("Text extraction refused for %s: %s", name, error)
        return "broken", "", None
    fileobj.seek(0)
    data = fileobj.read()
    try:
        child = run_bounded("resources.extraction", data, extension)
        status, text, pages = json.loads(child.stdout)
    except subprocess.TimeoutExpired:
        logger.warning("Text extraction of %s took too long; stopped", name)
        return "broken", "", None
    except ValueError:  # no JSON: the child died (memory limit, CPU limit, crash)
        logger.warning(
            "Text extraction of %s failed (exit %s): %s",
            name,
            child.returncode,
            child.stderr.decode(errors="replace")[-500:],
        )
        return "broken", "", None
    return status, text, pages


def run_bounded(module, data, *args):
    """Run ``python -m module *args MEMORY_MB TIMEOUT`` on ``data`` (stdin) in a child process
    limited in memory and CPU time (the module applies the limits it is given) and stopped after
    the timeout; raises subprocess.TimeoutExpired then."""
    from django.conf import settings

    return subprocess.run(  # noqa: S603 - our own interpreter and module, no shell
        [
            sys.executable,
            "-m",
            module,
            *args,
            str(settings.RESOURCES_EXTRACTION_MEMORY_MB),
            str(settings.RESOURCES_EXTRACTION_TIMEOUT),
        ],
        input=data,
        capture_output=True,
        timeout=settings.RESOURCES_EXTRACTION_TIMEOUT,
        cwd=settings.BASE_DIR,
        check=False,
    )


def extract_in_process(fileobj, extension):
    """The extraction itself, in the current process: (status, text, page_count)."""
    try:
        if extension == "pdf":
            return _pdf(fileobj)
        if extension == "docx":
            return _docx(fileobj)
    except Exception:  # noqa: BLE001 — a broken file must never crash the upload or the worker
        logger.info("Text extraction failed for a .%s file", extension, exc_info=True)
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


def _child(extension, memory_mb, seconds):
    """Entry point of the child process: limits first, then file on stdin -> JSON on stdout."""
    import io

    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds))
    data = sys.stdin.buffer.read()
    json.dump(extract_in_process(io.BytesIO(data), extension), sys.stdout)


if __name__ == "__main__":
    _child(sys.argv[1], int(sys.argv[2]), max(1, math.ceil(float(sys.argv[3]))))
