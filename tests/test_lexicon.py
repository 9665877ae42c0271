"""The English lexicon behind TY03 and TY02: words, derived words, corrections, pairs.

Every expectation here is about English, not about the data's lines: the misspellings
are common slips written for this file, not entries taken from a data file.
"""

from __future__ import annotations

import pytest

import newsclean
from newsclean.rules.lexicon import association, corrections, is_english


@pytest.mark.parametrize(
    "word",
    ["status", "beheadings", "brashly", "unshackle", "agrobusiness", "hooved", "stopped", "handpaws"],
)
def test_words_and_words_made_from_words_are_english(word: str) -> None:
    assert is_english(word)


@pytest.mark.parametrize("word", ["staus", "imprisonned", "thoses", "pleasd", "raed", "intregrate"])
def test_slips_are_not_english(word: str) -> None:
    assert not is_english(word)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("staus", "status"), ("fatc", "fact"), ("higest", "highest"), ("palying", "playing"),
     ("alway", "always")],
)
def test_the_likeliest_slip_ranks_first(typed: str, meant: str) -> None:
    assert corrections(typed)[0][0] == meant


def test_variants_and_inflections_are_no_corrections() -> None:
    assert "epicentre" not in dict(corrections("epicenter"))
    assert "opioid" not in dict(corrections("opioids"))


def test_a_common_words_other_spelling_is_listed_so_an_unlisted_one_is_a_slip() -> None:
    assert corrections("numbres")[0][0] == "numbers"  # no British "numbres"
    assert corrections("requierd")[0][0] == "required"
    assert corrections("callled")[0][0] == "called"  # no "lled" variant of a common word


def test_our_inside_a_word_is_a_variant_only_after_a_stem_english_writes() -> None:
    assert "colorful" not in dict(corrections("colourful"))  # "colour", "color"
    assert corrections("accourding")[0][0] == "according"  # no "accour" or "accor"


def test_a_slip_of_the_first_letter_costs_most() -> None:
    found = dict(corrections("cgroups"))
    assert found.get("groups", 0) < dict(corrections("grpups")).get("groups", 0)


def test_association_tells_idioms_from_chance_pairs() -> None:
    idiom, chance = association("in", "fact"), association("of", "mini")
    assert idiom is not None
    assert chance is not None
    assert idiom > chance + 100
    assert association("zzqx", "qqzx") is None


def test_non_word_typos_are_left_in_text_with_code() -> None:
    text = "Install it:\n\n    $ sudo apt install libc-dev\n\nThe intrustion of dpkg is rare.\n"
    assert newsclean.clean(text) == text


def test_non_word_typo_note_states_its_evidence() -> None:
    found = [d for d in newsclean.check("The report stesses that it was late.\n") if d.code == "TY03"]
    assert len(found) == 1
    assert "'stesses' is not an English word" in (found[0].note or "")
    assert "'stresses' is one slip away" in (found[0].note or "")


def test_two_slips_reach_common_words_only_for_long_words() -> None:
    from newsclean.rules.lexicon import corrections_two_slips, slips

    assert corrections_two_slips("multipul")[0][0] == "multiple"
    assert corrections_two_slips("tehm") == ()  # too short for two slips
    assert all(slips("beleaved", word) == 2 for word, _ in corrections_two_slips("beleaved"))
    pairs = [("abcd", "abcd"), ("abcd", "bacd"), ("abcd", "xbcy"), ("abcd", "wxyz")]
    assert [slips(a, b) for a, b in pairs] == [0, 1, 2, 3]


def test_a_final_e_drops_only_before_a_vowel() -> None:
    """English drops a stem's final "e" before an ending that starts with a vowel
    ("baking"), never before "s": "minnis" is no plural of "minnie"."""
    from newsclean.rules.lexicon import is_inflected

    assert is_inflected("baking")
    assert not is_inflected("minnis")


def test_one_slip_agrees_with_the_edit_distance() -> None:
    """one_slip is slips() == 1, letter by letter: every pair of short strings."""
    import itertools

    from newsclean.rules.lexicon import one_slip, slips

    words = ["".join(p) for n in range(5) for p in itertools.product("ab", repeat=n)]
    for a, b in itertools.product(words, repeat=2):
        assert one_slip(a, b) == (slips(a, b) == 1), (a, b)
    assert one_slip("aiport", "airport")
    assert one_slip("wolrd", "world")
    assert not one_slip("form", "farm!")


@pytest.mark.parametrize(
    ("probability", "line", "english"),
    [
        (0.9, "Los datos del censo fueron publicados el lunes.", True),  # the identifier is sure
        (0.6, "Faktors cited for the drop include the loss of habitat.", True),  # English words
        (0.6, "Los datos del censo fueron publicados el lunes.", False),  # no English words
        (0.4, "Faktors cited for the drop include the loss of habitat.", False),  # another language first
    ],
)
def test_a_line_is_english_by_its_identifier_and_its_function_words(
    monkeypatch: pytest.MonkeyPatch, probability: float, line: str, english: bool
) -> None:
    from newsclean.rules import spelling

    monkeypatch.setattr(spelling, "english_probability", lambda text: probability)
    assert spelling._english_line(line) is english
