"""Fast paths must be exact: a cheap test may skip a rule only when the rule finds nothing.

The character sets that let a rule return without scanning must hold exactly the
characters its regex matches, and the phrase-list prefilter of the chrome rules must
accept every line a phrase list matches.
"""

from __future__ import annotations

import itertools
import sys

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conftest import examples
from newsclean.data import load_lines
from newsclean.rules import _evidence, artifacts, boilerplate, encoding, whitespace
from newsclean.rules._document import (
    has_any,
    letter_runs,
    lowercase_positions,
    never_names,
    words_written,
    writes_any,
)

ALL_CHARACTERS = [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]


@pytest.mark.parametrize(
    ("characters", "pattern"),
    [
        (encoding._C1_CHARS, encoding._C1),
        (encoding._INVISIBLE_CHARS, encoding._INVISIBLE),
        (encoding._ODD_SPACE_CHARS, encoding._ODD_SPACE),
        (encoding._LINE_SEPARATOR_CHARS, encoding._LINE_SEPARATOR),
        (whitespace._UNICODE_HSPACE | {" ", "\t"}, regex.compile(whitespace._HSPACE)),
    ],
    ids=["c1", "invisible", "odd-space", "line-separator", "hspace"],
)
def test_character_set_equals_pattern_class(characters: frozenset[str], pattern: regex.Pattern[str]) -> None:
    assert characters == frozenset(ch for ch in ALL_CHARACTERS if pattern.fullmatch(ch))


def test_control_set_holds_every_character_a_control_match_starts_with() -> None:
    starts = frozenset(ch for ch in map(chr, range(0x80)) if encoding._CONTROL.match(ch + "[0m"))
    assert starts == encoding._CONTROL_CHARS


def test_mojibake_lead_bytes_cover_the_hint_pattern() -> None:
    leads = frozenset(ch for ch in ALL_CHARACTERS[:0x100] if encoding._MOJIBAKE_HINT.match(ch + "\x80"))
    assert leads | {"\u00c3"} <= encoding._LEAD_BYTES


def _phrase_lines() -> list[str]:
    """Every phrase-list entry written as a line would carry it, in several styles."""
    lines = []
    for name in boilerplate._ALL_PHRASE_FILES:
        for entry in load_lines(name):
            suffix = entry.startswith("... ")
            body = "Photo by Jane Doe " + entry[4:] if suffix else entry.removeprefix("= ")
            lines.extend((body, body.upper(), body.title(), f"- {body}", f"• {body} ›", f"  {body}.  "))
    return lines


@pytest.mark.parametrize("line", _phrase_lines())
def test_chrome_prefilter_accepts_every_line_a_phrase_list_matches(line: str) -> None:
    view = boilerplate._View.of(line)
    if boilerplate._is_chrome_phrase(view):
        assert boilerplate._may_be_chrome(line)


@pytest.mark.parametrize(
    "line", ["The minister said the talks would go on.", "Markets fell 3%.", "", "   ", "Sharing is caring"]
)
def test_chrome_prefilter_rejects_prose(line: str) -> None:
    assert not boilerplate._may_be_chrome(line)


@pytest.mark.parametrize(
    "text",
    [
        "Ünïcödé and ASCII words", "plain ascii text only", "a_b c1d e-f's (g)\tH\nI",
        "ſtraße Straße", "İstanbul", "x² and ½ cup", "",
    ],
)
def test_letter_runs_are_the_unicode_letter_runs(text: str) -> None:
    assert letter_runs(text) == frozenset(regex.findall(r"\p{L}++", text))
    _assert_words_written_are_the_lowercased_runs(text)


def _assert_words_written_are_the_lowercased_runs(text: str) -> None:
    lowercased = frozenset(run.lower() for run in letter_runs(text))
    asked = frozenset(word for run in letter_runs(text) for word in (run.lower(), run.lower() + "x")) | {
        "straße", "istanbul", "i̇stanbul", "ascii", "words", "中文"
    }
    asked = frozenset(word for word in asked if word == word.lower())
    assert words_written(text, asked) == asked & lowercased
    assert all(writes_any(text, [word]) == (word in lowercased) for word in asked)


@settings(max_examples=examples(300), deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x7F), max_size=200))
def test_letter_runs_of_any_ascii_text(text: str) -> None:
    assert letter_runs(text) == frozenset(regex.findall(r"\p{L}++", text))


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=200))
def test_letter_runs_of_any_text(text: str) -> None:
    assert letter_runs(text) == frozenset(regex.findall(r"\p{L}++", text))
    _assert_words_written_are_the_lowercased_runs(text)


@settings(max_examples=examples(300), deadline=None)
@given(st.text(max_size=100), st.frozensets(st.characters(), max_size=8))
def test_has_any_is_a_character_set_test(text: str, wanted: frozenset[str]) -> None:
    assert has_any(text, wanted) == (not frozenset(text).isdisjoint(wanted))


@pytest.mark.parametrize(
    ("text", "wanted", "expected"),
    [("a\tb", "\t", True), ("a b", "\t", False), ("a;b", ";", True), ("ab\n", "\n", True),
     ("a\u00a0b", "\u00a0\u2009", True), ("caf\u00e9", "\u2009", False), ("x\udc80", "\udc80", True)],
)
def test_has_any_on_usual_and_unusual_characters(text: str, wanted: str, expected: bool) -> None:
    assert has_any(text, frozenset(wanted)) is expected


_LINE_PARTS = st.sampled_from(
    ["- ", "• ", "\u00a0", " ", "\t", "© ", "Share", "SHARE this", "ﬁle photo:", "Photo:", "Tags:", "x",
     "Read more", "images", "/AFP", "said.", "The minister", "ß", "İ", "—", "1", "(AP Photo"]
)


@settings(max_examples=examples(300), deadline=None)
@given(st.lists(st.lists(_LINE_PARTS, max_size=5).map("".join), max_size=6).map("\n".join))
def test_chrome_candidates_hold_every_line_the_prefilter_accepts(text: str) -> None:
    candidates = boilerplate._chrome_candidates(text)
    if candidates is None:
        return
    start = 0
    for line in text.split("\n"):
        if boilerplate._may_be_chrome(line):
            assert start in candidates, (line, text)
        start += len(line) + 1


_CITATION_PARTS = st.sampled_from(
    [":contentReference[oaicite:1]{index=1}", "[oaicite:0]", "【4†source】", "【12:3†L1", "】", "†",
     "\ue200cite\ue202turn0search3\ue201", "\ue200", "\ue201", "citeturn0search3", "turn0news12", "turn",
     "return0x", "a", " ", "\n", "3", "cite", "x" * 30, "turn1ab", "filecite", "navlist"]
)


@settings(max_examples=examples(500), deadline=None)
@given(st.lists(_CITATION_PARTS, max_size=30).map("".join))
def test_citation_search_near_markers_finds_what_a_full_scan_finds(text: str) -> None:
    found = [match.span() for match in artifacts._citations(text)]
    assert found == [match.span() for match in artifacts._CITATION.finditer(text)]


_NAME_PARTS = st.sampled_from(
    ["Portugal", "portugal", "China", "china", "United", "united", "States", "states", "U.S.", "S",
     "s", "The", "the", "said", ". ", ", ", " ", "\n", "Mr. ", "President", "president", "’s", "'s",
     "New York", "new", "York", "Party", "party", "Democratic", "-", "Web", "Services", "services"]
)


def _counted_up_front(text: str, key: str) -> int:
    """What :class:`CapitalisedCounts` must answer: every capitalised use of ``key``, counted."""
    in_headline = _evidence.Headlines(text)
    forms = [run for run in letter_runs(text) if run[:1].isupper() and len(run) > 1 and run.lower() == key]
    return sum(
        1 for match in _evidence._capitalised_uses(text, forms)
        if _evidence._mid_sentence_title(text, match, in_headline)
    )


@settings(max_examples=examples(400), deadline=None)
@given(st.lists(_NAME_PARTS, max_size=40).map(" ".join))
def test_capitalised_counts_asked_late_equal_counts_taken_up_front(text: str) -> None:
    evidence = _evidence.gather(text)
    keys = {run.lower() for run in letter_runs(text) if len(run) > 1} - never_names()  # never counted
    for key in sorted(keys):
        if lowercase_positions(text, key):
            assert evidence.capitalised_mid[key] == _counted_up_front(text, key), (key, text)


@settings(max_examples=examples(300), deadline=None)
@given(
    st.lists(st.lists(_LINE_PARTS, max_size=5).map("".join), min_size=1, max_size=8),
    st.lists(st.booleans(), min_size=8, max_size=8),
)
def test_layout_after_deleted_lines_equals_a_fresh_layout(lines: list[str], kept: list[bool]) -> None:
    text = "\n".join(lines) + "\n"
    shorter = "".join(line + "\n" for line, keep in zip(lines, kept, strict=False) if keep)
    layouts = boilerplate._Layouts()
    layouts(text)  # the layout the deletions start from
    assert _what_chrome_rules_read(layouts(shorter)) == _what_chrome_rules_read(
        boilerplate._fresh_layout(shorter)
    ), (text, shorter)


def _what_chrome_rules_read(layout: boilerplate._Layout) -> tuple[object, ...]:
    """The lines that have a view, with it, and where prose lies when a line is chrome.

    A line without a view is never read; a layout of no lines (nothing can be
    chrome) reads the same as one whose lines have no views.
    """
    viewed = tuple(
        (line, view, chrome)
        for line, view, chrome in zip(layout.lines, layout.views, layout.chrome, strict=True)
        if view is not None
    )
    prose = (layout.first_prose, layout.last_prose) if any(layout.chrome) else None
    return viewed, prose


# Candidate scans: a rule that finds the rare characters a match starts at with str.find
# and tests only those places must find exactly what the regex scan finds.
# Pieces that glue into matches ("said.(Two", "Abcde.Xy", "a,bc", "Don'T"), with letters
# of several scripts, and characters where Python's Unicode data and the regex
# module's disagree: "\u1c89" is a capital only to the newer regex data, "\u0375" is of
# the Greek script but no letter.
_GLUE_PIECES = st.sampled_from(
    ["a", "b", "Ab", "Two", "Abcde", "Abcdef", "Mr", "Mrs", "A", "I", "S", "T", "Ll", "Re", "x", "22",
     ".", "...", "…", "!", "?", ",", ";", ":", "'", "’", "\"", "”", "“", "‘", "(", ")", "[", "]",
     " ", "\n", "@", "/", "Ωμ", "ωω", "Жж", "жж", "Éé", "中", "ǅ", "Ⓐ", "\u1c89a", "\u0375", "\ua7cb"]
)
_GLUE_TEXT = st.lists(_GLUE_PIECES, max_size=40).map("".join)


def _spans(matches: object) -> list[tuple[int, int]]:
    return [match.span() for match in matches]  # type: ignore[attr-defined]


def _assert_candidate_scans_agree(text: str) -> None:
    from newsclean.rules import casing, spacing
    from newsclean.rules._document import matches_at, occurrences

    sentence = occurrences(text, ".!?…", spacing._AFTER_SENTENCE_END)
    assert _spans(matches_at(spacing._GLUED_SENTENCE, text, sentence)) == _spans(
        spacing._GLUED_SENTENCE.finditer(text)
    ), text
    comma = occurrences(text, ",;", spacing._AFTER_COMMA)
    assert _spans(matches_at(spacing._GLUED_COMMA, text, comma)) == _spans(
        spacing._GLUED_COMMA.finditer(text)
    ), text
    apostrophe = occurrences(text, "'’", casing._CAPITALS_AFTER_APOSTROPHE.__contains__)
    assert _spans(matches_at(casing._TITLE_APOSTROPHE, text, apostrophe)) == _spans(
        casing._TITLE_APOSTROPHE.finditer(text)
    ), text


def test_candidate_scans_find_what_the_regex_scans_find_at_every_junction() -> None:
    # Every word, closing mark, punctuation, opening mark and next word in turn.
    words = ["Ab", "22", "a", "Abcde", "Abcdef", "Mr", "Ωμ", "\u0375", "\u1c89a", " ", ""]
    closers = ["", ")", "”", '"']
    marks = [".", "...", "…", "!", ",", ";", "'", "’", ":"]
    openers = ["", "(", "“", "‘"]
    following = ["Two", "A ", "I’m", "S", "T", "Ll", "Xy", "bc", "a ", "Жж", "\u1c89a", "ǅa", "x", ""]
    for parts in itertools.product(words, closers, marks, openers, following):
        _assert_candidate_scans_agree("".join(parts))


@settings(max_examples=examples(2000), deadline=None)
@given(_GLUE_TEXT)
def test_candidate_scans_find_what_the_regex_scans_find(text: str) -> None:
    _assert_candidate_scans_agree(text)



_LINE_ENDINGS = st.sampled_from(["a", " ", ".", "!", "…", "”", "’", "'", ")", "]", '"', "\n", "x."])


@settings(max_examples=examples(1000), deadline=None)
@given(st.lists(_LINE_ENDINGS, max_size=12).map("".join))
def test_ends_sentence_is_the_sentence_end_pattern(line: str) -> None:
    assert boilerplate._ends_sentence(line) == bool(boilerplate._SENTENCE_END.search(line))


def test_lines_are_the_line_pattern_matches() -> None:
    def by_pattern(text: str) -> list[tuple[int, int, str]]:
        found = []
        for match in boilerplate._LINE.finditer(text):
            if match.start() == match.end():
                break
            found.append((match.start(), match.end(), match.group().rstrip("\n")))
        return found

    for parts in itertools.product(["", "a", "\n", "bc", "\n\n", " \t"], repeat=5):
        text = "".join(parts)
        assert [tuple(line) for line in boilerplate._lines(text)] == by_pattern(text), text


def test_pronoun_i_candidates_find_what_the_pattern_finds() -> None:
    from newsclean.rules import casing

    pieces = ["i", " ", "\t", "\n", ",", "'m", "’ve", "'d", "’ll", "'s", "a", "-", "+ ", "= ", " is", "."]
    for parts in itertools.product(pieces, repeat=4):
        text = "".join(parts)
        assert _spans(casing._pronouns_i(text)) == _spans(casing._PRONOUN_I.finditer(text)), text


@pytest.mark.parametrize("title", ["Mr", "President", "Dr", "Prime"])
def test_title_patterns_match_at_the_title_only(title: str) -> None:
    from newsclean.rules import casing

    patterns = [casing._after_title(title), casing._after_honorific_and_name(title),
                casing._title_before_capital(title)]
    pieces = [title, ".", " ", "okafor", "Tristan", "Hu", "x", "1", "\n", "’s"]
    for parts in itertools.product(pieces, repeat=4):
        text = "".join(parts)
        for pattern in patterns:
            found = casing._literal_matches(pattern, text, title)
            assert _spans(found) == _spans(pattern.finditer(text)), text


@pytest.mark.parametrize("module_and_names", [
    ("spacing", "_TOKEN_START", "_TOKEN_START_BACKWARDS"),
    ("spacing", "_WORD_BEFORE", "_WORD_BEFORE_BACKWARDS"),
    ("casing", "_TOKEN_BEFORE", "_TOKEN_BEFORE_BACKWARDS"),
    ("spelling", "_NAME_RUN_BEFORE", "_NAME_RUN_BEFORE_BACKWARDS"),
])
def test_backwards_matches_are_the_anchored_searches(module_and_names: tuple[str, str, str]) -> None:
    import importlib

    from newsclean.rules._document import search_ending_at

    module = importlib.import_module(f"newsclean.rules.{module_and_names[0]}")
    forward, backwards = getattr(module, module_and_names[1]), getattr(module, module_and_names[2])
    texts = ["said U.S.Army news.com.au", "a\nb c\n", "x’s-y 12 \t\n\nz", "\n", "", "word\n\nnext", "中文 x",
             "proof Of the xAbC & U.S. Ém-Dé  of and ", "Minister of Agri (The Nat’l Bank for "]
    for text in texts:
        for endpos in range(len(text) + 1):
            for pos in range(endpos + 1):
                expected = forward.search(text, pos, endpos)
                found = search_ending_at(forward, backwards, text, pos, endpos)
                assert (found.span() if found else None) == (expected.span() if expected else None), (
                    text, pos, endpos)


@pytest.mark.parametrize("text", [
    "OkaforS Plan\nOkafor2 and (Okafor) met.", "AbS AcS AdS AeS AfS\nAb, Ac2 and Ad’s", "TrumpS Plan\nTrump",
])
def test_lost_possessive_bases_are_looked_up_alike_one_by_one_or_as_a_set(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsclean.rules import spacing

    monkeypatch.setattr(spacing, "_FEW_BASES", 100)
    one_by_one = list(spacing.lost_possessive_apostrophe(text))
    monkeypatch.setattr(spacing, "_FEW_BASES", 0)
    assert list(spacing.lost_possessive_apostrophe(text)) == one_by_one
    assert one_by_one  # each text has a base written alone


_PAIR_PARTS = st.sampled_from(
    ["Alexei", "Navalny", "Ab", "ab", "AB", "Émile", "Ǆa", "1", "’s", "-", "(", " ", "  ", "\n"]
)
_CAPITALISED_PAIR = regex.compile(r"(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}++) (?=(\p{Lu}\p{Ll}++)(?![\p{L}\p{N}]))")


@given(st.lists(_PAIR_PARTS, max_size=30).map("".join))
@example("1Alexei Navalny and Ab Navalny1, (Ab Ab’s")
def test_capitalised_words_written_beside_a_word_are_the_pairs_a_full_scan_finds(text: str) -> None:
    from newsclean.rules import spelling

    pairs = {(match.group(1), match.group(2)) for match in _CAPITALISED_PAIR.finditer(text)}
    for word in {*regex.findall(r"\p{L}++", text), "Alexei", "Navalny"}:
        assert spelling._written_after(text, word) == {two for one, two in pairs if one == word}
        assert spelling._written_before(text, word) == {one for one, two in pairs if two == word}


@pytest.mark.parametrize("text", [
    "People said peapel and Although the recieve was there, ALSO colour Ab xyzzy.",
    "the lexicon’s words: unmistakable, colourful, alot, fromm, beng, and Beng.",
])
def test_document_words_are_the_lexicons_words_the_text_writes(text: str) -> None:
    from newsclean.rules import spelling
    from newsclean.rules._document import cased_runs, cased_runs_lowercased, letter_runs

    lowercase = letter_runs(text) - cased_runs(text)
    untrusted = lowercase - spelling._trusted_lexicon()
    expected = (lowercase & spelling._lexicon()) | (cased_runs_lowercased(text) & spelling.english_words())
    assert spelling._DocumentWords(text, lowercase, untrusted)._words == expected
    assert expected - cased_runs_lowercased(text)  # the text writes lowercase words the lexicon has
