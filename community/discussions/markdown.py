"""Members write Markdown: rendered to sanitised HTML; ``@username`` mentions found in it."""

import re

import nh3
from django.utils.html import format_html
from django.utils.safestring import mark_safe
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


_TAG_RE = re.compile(r"(<[^>]*>)")
_NO_LINKS_INSIDE = {"a", "code", "pre"}


def link_mentions(html, profile_urls):
    """``html`` (a post rendered by :func:`render_markdown`) with each ``@username`` found in
    ``profile_urls`` ({username: address}) linked to that address, outside links and code.
    Other text and every tag pass through unchanged, so the result stays sanitised."""
    if not profile_urls or "@" not in html:
        return mark_safe(html)  # noqa: S308 - sanitised by render_markdown
    out, inside = [], []
    for part in _TAG_RE.split(html):
        if part.startswith("<"):
            name = part.strip("</>").split()[0].lower() if part.strip("</>") else ""
            if name in _NO_LINKS_INSIDE:
                if part.startswith("</"):
                    if name in inside:
                        inside.remove(name)
                elif not part.endswith("/>"):
                    inside.append(name)
            out.append(part)
        elif inside or "@" not in part:
            out.append(part)
        else:
            out.append(MENTION_RE.sub(lambda m: _mention(m, profile_urls), part))
    return mark_safe("".join(out))  # noqa: S308 - tags kept as sanitised, links built escaped


def _mention(match, profile_urls):
    """The link of one mention; a sentence's full stop after the name stays outside it."""
    name = match.group(1)
    trail = name[len(name.rstrip(".-")) :]
    for candidate, after in ((name, ""), (name.rstrip(".-"), trail)):
        url = profile_urls.get(candidate)
        if url is not None:
            link = format_html('<a class="mention" href="{}">@{}</a>', url, candidate)
            return str(link) + after
    return match.group(0)
