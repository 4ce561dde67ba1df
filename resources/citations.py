"""Citations of a resource: APA-style text, BibTeX, RIS, CSL-JSON and schema.org JSON-LD."""

import json
import re

BIBTEX_TYPES = {"report": "techreport", "study": "techreport", "evaluation": "techreport"}
RIS_TYPES = {"report": "RPRT", "study": "RPRT", "evaluation": "RPRT", "video": "VIDEO"}
CSL_TYPES = {
    "report": "report",
    "study": "report",
    "evaluation": "report",
    "video": "motion_picture",
}


def _authors(page):
    return page.author_list or ([page.publisher] if page.publisher else [])


def _split(name):
    """(family, given) of "Family, Given" or "Given Family"; organisations stay whole."""
    if "," in name:
        family, given = (part.strip() for part in name.split(",", 1))
        return family, given
    return name, ""


def apa(page, url):
    """The APA-style reference of the resource (DOI link, else ``url``)."""
    names = []
    for author in _authors(page):
        family, given = _split(author)
        initials = " ".join(f"{g[0]}." for g in re.split(r"[\s-]+", given) if g)
        names.append(f"{family}, {initials}" if initials else family)
    if len(names) > 1:
        authors = ", ".join(names[:-1]) + ", & " + names[-1]
    else:
        authors = names[0] if names else ""
    year = page.publication_year or "n.d."
    parts = [f"{authors} ({year}). " if authors else "", f"{page.title}."]
    if page.publisher and page.publisher not in page.author_list:
        parts.append(f" {page.publisher}.")
    parts.append(f" https://doi.org/{page.doi}" if page.doi else f" {url}")
    return "".join(parts).strip()


def cite_key(page):
    """A stable BibTeX/CSL key: first author's family name, year and page id."""
    first = _split(_authors(page)[0])[0] if _authors(page) else "anon"
    word = re.sub(r"[^A-Za-z0-9]", "", first)[:20] or "anon"
    return f"{word}{page.publication_year or 'nd'}{page.pk}"


def _bib_escape(value):
    return str(value).replace("\\", "").replace("{", "").replace("}", "")


def bibtex(page, url):
    """The resource as one BibTeX entry."""
    fields = [("title", page.title)]
    if _authors(page):
        fields.append(("author", " and ".join(_authors(page))))
    if page.publication_year:
        fields.append(("year", page.publication_year))
    if page.publisher:
        fields.append(
            ("institution" if page.resource_type in BIBTEX_TYPES else "publisher", page.publisher)
        )
    if page.doi:
        fields.append(("doi", page.doi))
    if page.isbn:
        fields.append(("isbn", page.isbn))
    fields.append(("url", url))
    body = ",\n".join(f"  {k} = {{{_bib_escape(v)}}}" for k, v in fields)
    kind = BIBTEX_TYPES.get(page.resource_type, "misc")
    return f"@{kind}{{{cite_key(page)},\n{body}\n}}\n"


def ris(page, url):
    """The resource as one RIS record (CRLF line ends)."""
    lines = [f"TY  - {RIS_TYPES.get(page.resource_type, 'GEN')}", f"TI  - {page.title}"]
    lines += [f"AU  - {author}" for author in _authors(page)]
    if page.publication_year:
        lines.append(f"PY  - {page.publication_year}")
    if page.publisher:
        lines.append(f"PB  - {page.publisher}")
    if page.summary:
        lines.append(f"AB  - {' '.join(page.summary.split())}")
    if page.doi:
        lines.append(f"DO  - {page.doi}")
    if page.isbn:
        lines.append(f"SN  - {page.isbn}")
    lines += [f"UR  - {url}", "ER  - "]
    return "\r\n".join(lines) + "\r\n"


def csl(page, url):
    """The resource as a CSL-JSON list of one item."""
    item = {
        "id": cite_key(page),
        "type": CSL_TYPES.get(page.resource_type, "document"),
        "title": page.title,
        "URL": url,
    }
    authors = []
    for author in _authors(page):
        family, given = _split(author)
        authors.append({"family": family, "given": given} if given else {"literal": family})
    if authors:
        item["author"] = authors
    if page.publication_year:
        item["issued"] = {"date-parts": [[page.publication_year]]}
    if page.publisher:
        item["publisher"] = page.publisher
    if page.summary:
        item["abstract"] = page.summary
    if page.doi:
        item["DOI"] = page.doi
    if page.isbn:
        item["ISBN"] = page.isbn
    return json.dumps([item], ensure_ascii=False, indent=2)


def json_ld(page, url, files=()):
    """schema.org JSON-LD of the resource, safe inside a ``<script>`` element."""
    data = {
        "@context": "https://schema.org",
        "@type": "Report" if page.resource_type in BIBTEX_TYPES else "CreativeWork",
        "name": page.title,
        "url": url,
        "description": page.summary,
        "inLanguage": sorted({f.language for f in files}),
        "author": [
            {"@type": "Person" if "," in a else "Organization", "name": a} for a in _authors(page)
        ],
    }
    if page.publication_year:
        data["datePublished"] = (
            page.publication_date.isoformat()
            if page.publication_date
            else str(page.publication_year)
        )
    if page.publisher:
        data["publisher"] = {"@type": "Organization", "name": page.publisher}
    if page.doi:
        data["identifier"] = f"https://doi.org/{page.doi}"
    # Escape "<" so the JSON can never close the <script> element.
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")
