"""Every interface string is translated into each shipped language, and translations keep
the placeholders and HTML of their source string. Reads the .po/.mo files only: no database."""

import re
from collections import Counter
from pathlib import Path

import polib
import pytest

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ["fr", "es", "ar"]
NPLURALS = {"fr": 2, "es": 2, "ar": 6}

# %(name)s / %s / %d style, {name} / {} style; "%%" is a literal percent sign, checked apart.
PERCENT_RE = re.compile(r"%(?:\(\w+\))?[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGc]")
BRACE_RE = re.compile(r"\{\w*\}")
TAG_RE = re.compile(r"</?([a-zA-Z][\w-]*)[^>]*>")


def po_path(lang):
    return LOCALE_DIR / lang / "LC_MESSAGES" / "django.po"


def placeholders(text):
    without_literal = text.replace("%%", "")
    return set(PERCENT_RE.findall(without_literal)) | set(BRACE_RE.findall(text))


def tags(text):
    return Counter(m.group(0).split()[0].rstrip(">").lower() for m in TAG_RE.finditer(text))


def live_entries(po):
    return [e for e in po if not e.obsolete and e.msgid]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_is_complete(lang):
    po = polib.pofile(str(po_path(lang)))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert len(live_entries(po)) > 100, "the catalogue looks empty"
    assert untranslated == [], f"{lang}: {len(untranslated)} untranslated: {untranslated[:10]}"
    assert fuzzy == [], f"{lang}: {len(fuzzy)} fuzzy: {fuzzy[:10]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_forms_are_all_filled(lang):
    po = polib.pofile(str(po_path(lang)))
    header = po.metadata.get("Plural-Forms", "")
    assert f"nplurals={NPLURALS[lang]};" in header.replace(" ", "")
    plural_entries = [e for e in live_entries(po) if e.msgid_plural]
    assert plural_entries, "expected some plural strings"
    for e in plural_entries:
        forms = [e.msgstr_plural.get(i, "") for i in range(NPLURALS[lang])]
        assert all(forms), f"{lang}: {e.msgid!r} has empty plural forms: {forms}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_and_tags_match(lang):
    po = polib.pofile(str(po_path(lang)))
    problems = []
    for e in live_entries(po):
        if e.msgid_plural:
            wanted = placeholders(e.msgid) | placeholders(e.msgid_plural)
            needed = placeholders(e.msgid) & placeholders(e.msgid_plural)
            literal = "%%" in e.msgid_plural
            forms = list(e.msgstr_plural.items())
            source_tags = tags(e.msgid_plural)
        else:
            wanted = needed = placeholders(e.msgid)
            literal = "%%" in e.msgid
            forms = [(None, e.msgstr)]
            source_tags = tags(e.msgid)
        for index, form in forms:
            got = placeholders(form)
            # Arabic's zero, one and two forms may say the number in words ("نقاشان").
            spelled = lang == "ar" and index in (0, 1, 2) and not got
            if not (needed <= got <= wanted) and not spelled:
                problems.append(f"{e.msgid!r}: placeholders {sorted(got)} != {sorted(wanted)}")
            if literal != ("%%" in form):
                problems.append(f"{e.msgid!r}: literal %% differs in {form!r}")
            if tags(form) != source_tags:
                problems.append(f"{e.msgid!r}: HTML tags differ in {form!r}")
    assert problems == [], f"{lang}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogue_matches_source(lang):
    """The committed .mo (what Django reads) holds exactly the .po translations."""
    po = polib.pofile(str(po_path(lang)))
    mo = polib.mofile(str(po_path(lang).with_suffix(".mo")))
    compiled = {(e.msgctxt, e.msgid): e for e in mo if e.msgid}
    stale = []
    for e in po.translated_entries():
        m = compiled.get((e.msgctxt, e.msgid))
        if m is None:
            stale.append(f"missing {e.msgid!r}")
        elif e.msgid_plural:
            if {int(k): v for k, v in m.msgstr_plural.items()} != {
                int(k): v for k, v in e.msgstr_plural.items()
            }:
                stale.append(f"plural differs {e.msgid!r}")
        elif m.msgstr != e.msgstr:
            stale.append(f"differs {e.msgid!r}")
    assert stale == [], f"{lang}: run compilemessages; {stale[:10]}"


def test_glossary_terms_are_used_consistently():
    """Core terms follow the project glossary in every language."""
    glossary = {
        "Returnees in general": {"fr": "personnes de retour", "es": "personas retornadas"},
        "reintegration dimensions": {
            "fr": "réintégration",
            "es": "reintegración",
            "ar": "إعادة الإدماج",
        },
    }
    for lang in LANGUAGES:
        po = polib.pofile(str(po_path(lang)))
        by_id = {e.msgid: e.msgstr for e in live_entries(po)}
        for msgid, terms in glossary.items():
            if lang in terms:
                assert terms[lang] in by_id[msgid].lower(), (lang, msgid, by_id[msgid])
