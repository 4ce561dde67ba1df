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


# Small function-word lists: a mark on one of these alone is noise (the query is matched in
# several configurations, so "el" of "El Salvador" matches every "el" through "simple").
STOP_WORDS = {
    "en": """a an and are as at be by for from has have in is it of on or that the this to
        was were with""".split(),
    "fr": """à au aux avec ce ces dans de des du elle en et il ils la le les leur mais ne
        ou par pas pour qu que qui sa se ses son sur un une""".split(),
    "es": """a al con de del el ella en es la las lo los o para por que se sin su sus un
        una y""".split(),
}
ALL_STOP_WORDS = frozenset(w for words in STOP_WORDS.values() for w in words)
_MARKED = re.compile(f"{MARK_START}([^{MARK_START}{MARK_END}]*){MARK_END}")
_GAP = re.compile(f"{MARK_END}([^{MARK_START}{MARK_END}]*?){MARK_START}")


def _joinable(gap, bridge_words):
    """Whether two marked runs separated by ``gap`` read as one: only spaces or hyphens
    between them, or also stop words that a quoted phrase of the query contains."""
    if not gap.strip(" \t\n-\u2010\u2011\u2012\u2013\u2014"):
        return True
    words = re.findall(r"\w+", gap)
    if not bridge_words or not words or re.search(r"[^\w\s\-'’]", gap):
        return False
    return all(w.lower() in bridge_words and w.lower() in ALL_STOP_WORDS for w in words)


def clean_marks(text, query=None):
    """Marked text as a visitor should see it: adjacent marks of one run merged into one (a
    quoted phrase, "El Salvador"), and a stop word marked on its own unmarked."""
    text = text or ""
    bridge = {w for phrase in getattr(query, "phrases", ()) for w in phrase}
    text = _GAP.sub(lambda m: m.group(1) if _joinable(m.group(1), bridge) else m.group(0), text)

    def unmark_stop_word(match):
        inner = match.group(1)
        words = re.findall(r"\w+", inner)
        if words and all(w.lower() in ALL_STOP_WORDS for w in words):
            return inner
        return match.group(0)

    return _MARKED.sub(unmark_stop_word, text)


def marked_to_html(text, query=None):
    """Escape everything exactly once, then turn our private markers into <mark> elements
    (merged per run, never on a lone stop word: ``clean_marks``). ``query``: the
    ``ParsedQuery``, whose quoted phrases may bridge stop words between marks."""
    escaped = html.escape(clean_marks(text, query), quote=True)
    escaped = escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return mark_safe(escaped)  # noqa: S308 - escaped above, only our own tags added


def python_highlight(text, words, length=240, phrases=()):
    """A snippet around the first match, matches wrapped in markers (SQLite fallback). Each
    quoted phrase (a tuple of words) is marked as a whole; words only at word boundaries."""
    text = (text or "").replace(MARK_START, "").replace(MARK_END, "")
    patterns = [r"\W+".join(re.escape(w) for w in phrase) for phrase in phrases]
    patterns += [re.escape(w) for w in sorted(words or (), key=len, reverse=True)]
    if not patterns:
        return text[:length]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)", re.IGNORECASE)
    match = next(
        (m for m in pattern.finditer(text) if m.group(0).lower() not in ALL_STOP_WORDS), None
    ) or pattern.search(text)
    start = max(0, (match.start() if match else 0) - length // 3)
    if start:  # begin at a word
        space = text.find(" ", start, start + 30)
        start = space + 1 if space != -1 else start
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
