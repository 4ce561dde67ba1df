"""Text analysis shared by indexing and querying: Arabic normalisation, and the PostgreSQL
text-search configuration of each language.

``normalize`` is the Python twin of the SQL function ``rr_normalize`` (migration
0008_languages): the database applies it to documents and queries on PostgreSQL, Python on
other databases and in tests (``test_languages`` checks that both agree, word for word).

Arabic is written with optional marks and several spellings of one word; ``normalize``
removes the difference before the text is split into words:

- diacritics (fathatan … sukun, U+064B–U+0652; superscript alef U+0670) and tatweel go;
- alef with hamza or madda and alef wasla become a bare alef (أ إ آ ٱ → ا), alef maqsura
  a yeh (ى → ي), taa marbuta a heh (ة → ه), hamza on waw or yeh a lone hamza (ؤ ئ → ء:
  مسؤول and مسئول are one word), Persian yeh and keheh their Arabic letters;
- one light prefix leaves a word when at least two letters remain (وال، بال، كال، فال، لل،
  ال), or "and" (و) when at least three remain: والإدماج and الإدماج both become ادماج.
Text without Arabic letters is returned unchanged.
"""

import re

# PostgreSQL configurations (migration 0008_languages): the built-in stemmers with unaccent
# before them; "simple" (unaccented, not stemmed) for Arabic and every other language.
TS_CONFIGS = {"en": "rr_english", "fr": "rr_french", "es": "rr_spanish", "ar": "rr_simple"}
DEFAULT_TS_CONFIG = "rr_simple"

_ARABIC = re.compile("[\u0600-\u06ff]")
_MAP = str.maketrans(
    {
        **dict.fromkeys("\u0623\u0625\u0622\u0671", "\u0627"),  # أ إ آ ٱ → ا
        "\u0649": "\u064a",  # ى → ي
        "\u0629": "\u0647",  # ة → ه
        "\u0624": "\u0621",  # ؤ → ء
        "\u0626": "\u0621",  # ئ → ء
        "\u06cc": "\u064a",  # ی (Persian yeh) → ي
        "\u06a9": "\u0643",  # ک (keheh) → ك
        **dict.fromkeys([chr(c) for c in range(0x064B, 0x0653)], None),  # diacritics
        "\u0670": None,  # superscript alef
        "\u0640": None,  # tatweel
    }
)
_LETTER = "[\u0621-\u064a]"
# One prefix per word (the longest whose remainder is long enough; PostgreSQL takes the
# longest match of an alternation, Python the first: the alternatives are longest first).
_PREFIX = re.compile(
    f"(?<!{_LETTER})(?:وال|بال|كال|فال|لل|ال)(?={_LETTER}{{2}})|(?<!{_LETTER})و(?={_LETTER}{{3}})"
)


def normalize(text):
    """``text`` with its Arabic words normalised (see the module docstring); other text as is."""
    if not text or not _ARABIC.search(text):
        return text
    return _PREFIX.sub("", text.translate(_MAP))


def ts_config(language):
    """The text-search configuration of a language code ("fr", "fr-ca"…)."""
    return TS_CONFIGS.get((language or "")[:2], DEFAULT_TS_CONFIG)
