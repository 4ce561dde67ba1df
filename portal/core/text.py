"""Plain text out of HTML, for search documents and snippets.

``strip_tags`` keeps entities as they are (``IOM&#x27;s``, escaped again on display) and glues
blocks together (``2018.</p><p>The Niger`` gives ``2018.The Niger``). ``html_to_text``
unescapes each entity exactly once, puts a line break between blocks, and collapses the
remaining whitespace."""

from html.parser import HTMLParser

# Elements that start a new line of text; table cells and line breaks are separated too.
BLOCK_TAGS = frozenset(
    """address article aside blockquote br caption dd details div dl dt figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody
    td tfoot th thead tr ul""".split()
)
SKIPPED_TAGS = frozenset({"script", "style", "template", "noscript", "head"})


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)  # every entity unescaped, exactly once
        self.lines = [[]]
        self.skipping = 0

    def _break(self):
        if self.lines[-1]:
            self.lines.append([])

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self._break()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self._break()

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS:
            self.skipping = max(self.skipping - 1, 0)
        elif tag in BLOCK_TAGS:
            self._break()

    def handle_data(self, data):
        if not self.skipping:
            self.lines[-1].append(data)


def html_to_text(html):
    """The visible text of ``html``: one line per block, entities unescaped once, runs of
    whitespace collapsed to one space. ``None`` and "" give ""."""
    if not html:
        return ""
    parser = _TextParser()
    parser.feed(str(html))
    parser.close()
    lines = (" ".join("".join(parts).split()) for parts in parser.lines)
    return "\n".join(line for line in lines if line)


def join_text(*parts):
    """Several pieces of text (already plain) as one, one piece per line, empty ones left out."""
    return "\n".join(part.strip() for part in parts if part and part.strip())
