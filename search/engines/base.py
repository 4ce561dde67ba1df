"""The engine interface every search backend implements, and its result types."""

import difflib
import html
import re

from django.utils.safestring import mark_safe

from portal.core.search import Hit, Results  # noqa: F401 - the engines' result types

MARK_START, MARK_END = "\ue000", "\ue001"  # private-use characters, never in real text


class Engine:
    """search(), ids(), suggest(), index(), delete(), rebuild() and counts(): one contract for
    every backend."""

    name = "base"

    def search(
        self,
        query,
        types=(),
        filters=None,
        page=1,
        per_page=10,
        language=None,
        *,
        locale=None,
        date_range=None,
        sort="relevance",
    ):
        """One page of ``Results``; the arguments mean what ``portal.core.search`` says
        (an empty query browses the filtered documents in ``sort`` order)."""
        raise NotImplementedError

    def ids(self, query, types=(), filters=None, language=None, limit=1000):
        """Object ids (type_key, object_id) matching ``query``, best first."""
        raise NotImplementedError

    def suggest(self, prefix, language=None, limit=8):
        raise NotImplementedError

    def index(self, docs):
        raise NotImplementedError

    def delete(self, type_key, object_ids):
        raise NotImplementedError

    def rebuild(self, docs):
        raise NotImplementedError

    def counts(self):
        raise NotImplementedError


def marked_to_html(text):
    """Escape everything, then turn our private markers into <mark> elements."""
    escaped = html.escape(text or "", quote=True)
    escaped = escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return mark_safe(escaped)  # noqa: S308 - escaped above, only our own tags added


def python_highlight(text, words, length=240):
    """A snippet around the first matching word, words wrapped in markers (SQLite fallback)."""
    text = (text or "").replace(MARK_START, "").replace(MARK_END, "")
    if not words:
        return text[:length]
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    match = pattern.search(text)
    start = max(0, (match.start() if match else 0) - length // 3)
    window = text[start : start + length]
    window = pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", window)
    return ("…" if start else "") + window + ("…" if start + length < len(text) else "")


def did_you_mean(words, vocabulary):
    """Replace each unknown word by its closest vocabulary word; "" if nothing changes."""
    if not words or not vocabulary:
        return ""
    corrected, changed = [], False
    for word in words:
        if word in vocabulary or word.isdigit():
            corrected.append(word)
            continue
        pool = [v for v in vocabulary if v[:1] == word[:1] and abs(len(v) - len(word)) <= 2]
        close = difflib.get_close_matches(word, pool, n=1, cutoff=0.75)
        if close:
            corrected.append(close[0])
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else ""
