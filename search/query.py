"""Defensive query parsing shared by every engine: whatever arrives, a safe list of terms."""

import re
import unicodedata
from dataclasses import dataclass, field

MAX_QUERY_LENGTH = 200
MAX_TERMS = 16
_TOKEN = re.compile(r'"([^"]*)"|(\w+)')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ParsedQuery:
    text: str = ""  # the cleaned text shown back to the visitor
    terms: tuple = ()  # single words, lower-cased
    phrases: tuple = field(default_factory=tuple)  # tuples of words that must be adjacent

    def __bool__(self):
        return bool(self.terms or self.phrases)

    @property
    def words(self):
        """Every word of the query (terms and phrase words), in order, without duplicates."""
        seen = []
        for word in [*self.terms, *(w for phrase in self.phrases for w in phrase)]:
            if word not in seen:
                seen.append(word)
        return seen

    def websearch(self):
        """A string safe for PostgreSQL's websearch_to_tsquery: words and quoted phrases only."""
        parts = list(self.terms) + ['"' + " ".join(phrase) + '"' for phrase in self.phrases]
        return " ".join(parts)


def clean_text(raw):
    """Drop lone surrogates, NULs and control characters; cap the length."""
    if not isinstance(raw, str):
        return ""
    text = raw.encode("utf-8", "ignore").decode("utf-8")
    text = "".join(
        ch if not unicodedata.category(ch).startswith("C") else " " for ch in text[:2000]
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def _without_marks(text):
    """Composed (NFC) text without the combining marks left over: Arabic vowel signs (which
    ``\\w`` does not match, so إعادَة would split in three) and stray accents."""
    text = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn")


def parse_query(raw):
    """Words and balanced "quoted phrases"; operators, brackets and markup are ignored."""
    text = clean_text(raw)
    terms, phrases = [], []
    for phrase, word in _TOKEN.findall(_without_marks(text)):
        if phrase:
            words = tuple(w.lower() for w in _WORD.findall(phrase))
            if len(words) > 1:
                phrases.append(words)
            elif words:
                terms.append(words[0])
        elif word:
            terms.append(word.lower())
    terms = [t for t in dict.fromkeys(terms) if t.strip("_")]
    return ParsedQuery(text=text, terms=tuple(terms[:MAX_TERMS]), phrases=tuple(phrases[:4]))
