"""The query parser on its own: what survives from any input, its bounds, and what it builds."""

import dataclasses

import pytest

from search.query import ParsedQuery, clean_text, parse_query


def test_words_are_lower_cased_deduplicated_and_kept_in_order():
    parsed = parse_query("Housing GRANTS housing Dakar")
    assert parsed.terms == ("housing", "grants", "dakar")
    assert parsed.phrases == ()
    assert parsed.text == "Housing GRANTS housing Dakar"


def test_quoted_words_form_a_phrase_and_one_quoted_word_is_a_term():
    parsed = parse_query('"Peer Groups" care "Rent" ""')
    assert parsed.phrases == (("peer", "groups"),)
    assert parsed.terms == ("care", "rent")
    assert parsed.words == ["care", "rent", "peer", "groups"]


def test_quotes_around_no_word_make_no_phrase():
    parsed = parse_query('"&& !" care')
    assert (parsed.terms, parsed.phrases) == (("care",), ())
    assert not parse_query('"<>"')


def test_operators_markup_and_underscores_are_not_terms():
    parsed = parse_query("housing & !land :* <b>x</b> ___ _ a_b (((")
    assert parsed.terms == ("housing", "land", "b", "x", "a_b")


def test_an_unbalanced_quote_leaves_plain_words():
    parsed = parse_query('"return home')
    assert parsed.terms == ("return", "home")
    assert parsed.phrases == ()


def test_the_text_is_capped_and_its_spaces_collapsed():
    assert parse_query("a  \t b\n").text == "a b"
    assert len(parse_query("x" * 250).text) == 200
    assert parse_query("x" * 200).text == "x" * 200


def test_control_characters_surrogates_and_non_strings_are_dropped():
    assert clean_text("ho\x00us\x1bing\u200b\ud800") == "ho us ing"
    assert clean_text(None) == "" and clean_text(["housing"]) == ""
    assert parse_query(b"housing") == ParsedQuery()
    assert clean_text("café الكلمة") == "café الكلمة"


def test_only_the_first_2000_characters_are_read():
    assert clean_text(" " * 1999 + "x") == "x"
    assert clean_text(" " * 2000 + "x") == ""


def test_terms_and_phrases_are_bounded():
    words = [f"w{i}" for i in range(20)]
    assert parse_query(" ".join(words)).terms == tuple(words[:16])
    phrases = " ".join(f'"p{i} q{i}"' for i in range(6))
    assert parse_query(phrases).phrases == tuple((f"p{i}", f"q{i}") for i in range(4))


def test_truthiness_follows_terms_or_phrases():
    assert not parse_query("  & | ")
    assert parse_query("housing")
    assert ParsedQuery(phrases=(("peer", "groups"),))
    assert ParsedQuery(terms=("x",))


def test_websearch_quotes_phrases_after_terms():
    parsed = parse_query('care "peer groups" rent "legal advice"')
    assert parsed.websearch() == 'care rent "peer groups" "legal advice"'
    assert ParsedQuery().websearch() == ""


def test_words_of_phrases_already_among_terms_are_not_repeated():
    parsed = ParsedQuery(terms=("peer", "rent"), phrases=(("peer", "groups"), ("rent", "peer")))
    assert parsed.words == ["peer", "rent", "groups"]


def test_a_parsed_query_cannot_be_changed_once_built():
    parsed = parse_query("housing")
    with pytest.raises(dataclasses.FrozenInstanceError):
        parsed.terms = ("anything",)
    assert hash(parsed) == hash(parse_query("housing"))


def test_arabic_vowel_signs_do_not_split_a_word():
    assert parse_query("إعادَة الإدْماج").terms == ("إعادة", "الإدماج")


def test_decomposed_accents_compose_into_one_word():
    assert parse_query("re\u0301inte\u0301gration").terms == ("réintégration",)
