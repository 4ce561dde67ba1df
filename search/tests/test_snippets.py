"""Snippets under search hits: escaped exactly once, blocks kept apart, a quoted phrase marked
as one run, never a stop word marked alone. Run on both paths of the database engine:
PostgreSQL's ts_headline and the portable (SQLite) highlighter."""

from html.parser import HTMLParser

import pytest
from wagtail.models import Site
from wagtail.rich_text import RichText

from portal.factories import ContentPageFactory
from search import services
from search.engines.base import MARK_END, MARK_START, marked_to_html, python_highlight
from search.query import parse_query

SEARCH_URL = "/en/search/"
BODY = (
    "<p>With IOM&#x27;s help &amp; the municipality, 340 returnees found work in 2018.</p>"
    "<p>The Niger programme is connecting the dots between training and jobs; "
    "the partners met in El Salvador after the El Niño drought.</p>"
)


class _Snippets(HTMLParser):
    """The visible text of each ``.search-snippet`` and the text of each <mark> in it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.snippets, self.marks = [], []
        self.depth = 0  # >0 inside a snippet
        self.in_mark = False

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.depth += 1
            if tag == "mark":
                self.in_mark = True
                self.marks[-1].append("")
        elif "search-snippet" in (dict(attrs).get("class") or "").split():
            self.depth = 1
            self.snippets.append("")
            self.marks.append([])

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            self.in_mark = self.in_mark and tag != "mark"

    def handle_data(self, data):
        if self.depth:
            self.snippets[-1] += data
            if self.in_mark:
                self.marks[-1][-1] += data


def snippets(client, query):
    response = client.get(SEARCH_URL, {"q": query})
    assert response.status_code == 200
    parser = _Snippets()
    parser.feed(response.text)
    assert parser.snippets, f"no snippet for {query!r}"
    visible = [" ".join(s.split()) for s in parser.snippets]
    marks = [[" ".join(m.split()) for m in found] for found in parser.marks]
    return visible, marks


@pytest.fixture
def story(db):
    root = Site.objects.get(is_default_site=True).root_page
    page = ContentPageFactory(
        parent=root,
        title="Jobs after return",
        slug="jobs-after-return",
        summary="How one programme placed returnees in jobs.",
        body=[("paragraph", RichText(BODY))],
    )
    services.reindex_objects("pages", [page.pk])
    return page


def test_no_escaped_entity_is_visible_and_blocks_stay_apart(client, story):
    visible, _marks = snippets(client, "municipality")
    text = visible[0]
    assert "IOM's help & the municipality" in text
    assert "&#x27;" not in text and "&amp;" not in text and "&#39;" not in text
    visible, _marks = snippets(client, "programme connecting")
    assert "2018. The Niger" in visible[0]
    assert "2018.The" not in visible[0]


def test_a_quoted_phrase_is_marked_as_one_run(client, story):
    _visible, marks = snippets(client, '"connecting the dots"')
    assert [m.lower() for m in marks[0]] == ["connecting the dots"]


def test_el_salvador_marks_el_salvador_never_a_lone_el(client, story):
    _visible, marks = snippets(client, "El Salvador")
    lowered = [m.lower() for m in marks[0]]
    assert "el salvador" in lowered
    assert "el" not in lowered  # "El Niño" matched "el" through another configuration


def test_the_index_holds_plain_text_with_one_line_per_block(story):
    from search.models import SearchDocument

    text = SearchDocument.objects.get(type_key="pages", object_id=str(story.pk)).text
    assert "IOM's help & the municipality" in text
    assert "in 2018.\nThe Niger programme" in text


# --- the shared post-processing, as every engine uses it ---------------------------------------
M, E = MARK_START, MARK_END


def test_marks_of_a_phrase_merge_across_its_own_stop_words_only():
    phrase = parse_query('"connecting the dots"')
    assert (
        marked_to_html(f"{M}connecting{E} the {M}dots{E}, the end", phrase)
        == "<mark>connecting the dots</mark>, the end"
    )
    words = parse_query("return migrants")
    assert marked_to_html(f"{M}return{E} of {M}migrants{E}", words) == (
        "<mark>return</mark> of <mark>migrants</mark>"
    )
    assert marked_to_html(f"{M}return{E} {M}migrants{E}", words) == "<mark>return migrants</mark>"


def test_a_lone_stop_word_is_never_marked_and_text_is_escaped_once():
    query = parse_query("El Salvador")
    assert marked_to_html(f"{M}El{E} {M}Salvador{E}; {M}el{E} niño <b>", query) == (
        "<mark>El Salvador</mark>; el niño &lt;b&gt;"
    )
    assert marked_to_html(f"{M}la{E} {M}réintégration{E}", parse_query("la réintégration")) == (
        "<mark>la réintégration</mark>"
    )


def test_python_highlight_marks_the_phrase_whole_and_words_at_word_boundaries():
    query = parse_query('"connecting the dots" help')
    text = "Then the others. Connecting the dots helps; we help."
    html = marked_to_html(python_highlight(text, query.words, phrases=query.phrases), query)
    assert html == "Then the others. <mark>Connecting the dots</mark> helps; we <mark>help</mark>."


@pytest.mark.postgres
def test_postgres_headline_uses_each_documents_own_configuration(client, story):
    """An English document's "connecting"/"dots" are marked through English stems even when
    the query is not limited to one language (it was parsed as "simple": only "the")."""
    _visible, marks = snippets(client, '"connect the dot"')
    assert [m.lower() for m in marks[0]] == ["connecting the dots"]
