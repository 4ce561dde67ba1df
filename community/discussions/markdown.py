"""Members write Markdown: rendered to sanitised HTML; ``@username`` mentions found in it."""

import re

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li", "a",
    "h3", "h4", "h5", "h6", "hr", "del", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
_md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
MENTION_RE = re.compile(r"(?<![\w@])@([\w.\-]{2,150})")


def render_markdown(source, *, new_member=False):
    """Markdown -> sanitised HTML. Raw HTML is escaped by the parser; nh3 enforces the allowlist
    and http(s)/mailto links only; new members' links carry rel="nofollow ugc"."""
    html = _md.render(source or "")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow ugc noopener" if new_member else "noopener",
    )


def mentioned_usernames(source):
    """The usernames ``@mentioned`` in ``source``."""
    return set(MENTION_RE.findall(source or ""))
