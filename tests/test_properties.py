"""Property tests: no exception, idempotence, check agrees with clean, family invariants."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsclean
from conftest import examples
from newsclean.engine import apply_edits, run_rules
from newsclean.registry import RULES

SETTINGS = settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = ["the", "president", "said", "Ukraine", "ukraine", "Mrs.", "Trump", "trump", "quiet",
         "quite", "diplomacy", "frist", "First", "Lady", "U.S.", "3.5", "1,000", "news.com.au",
         "Node.js", "It’s", "Itâ€™s", "RÃ©gine", "“hello”", "â€œquoteâ€", "&amp;", "AT&T",
         "in\u00adfor\u200bmation", "中文，", "می\u200cخواهم", "👩\u200d💻", "Bill", "Frist", "bill",
         "China", "china", "if", "does", "and", "saying", "has", "Northern", "northern", "Ireland",
         "unix-word-rubout", "--acls", '"types.ModuleType"', "usually", "quite,", "Read more:"]
DEFECTS = ["", ".", ",", ".One", ",Mrs.", "  ", "\t", " :contentReference[oaicite:1]{index=1}",
           "【4†source】", " ![img [x]](https://x.org/a.jpg)", "\u00a0", "\x92", "\ufffd", "<br>",
           "TrumpS", "Trump'S", "\n", "\n\n\n", "\r\n"]
TOKEN = st.sampled_from(WORDS) | st.sampled_from(DEFECTS)
NEWS_LIKE = st.lists(TOKEN, max_size=60).map(lambda parts: " ".join(parts))
CHROME = st.sampled_from(["Share this article", "Advertisement", "- Home", "- News",
                          "Photo: A. Smith/Reuters", "Tags: world", "© 2024 Example"])
ARTICLE = st.tuples(st.lists(CHROME, max_size=3), st.lists(NEWS_LIKE, min_size=1, max_size=6),
                    st.lists(CHROME, max_size=3)).map(lambda t: "\n".join(t[0] + t[1] + t[2]))
ANY_TEXT = st.text(max_size=300) | NEWS_LIKE | ARTICLE
C0_BUT_TAB_NEWLINE = regex.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


@SETTINGS
@given(ANY_TEXT)
def test_clean_is_idempotent_and_normal(text: str) -> None:
    cleaned = newsclean.clean(text)
    assert newsclean.clean(cleaned) == cleaned
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not C0_BUT_TAB_NEWLINE.search(cleaned)
    # A string keeps its own ending: at most one final newline, no trailing space.
    assert cleaned in (cleaned.rstrip(), cleaned.rstrip() + "\n")


@SETTINGS
@given(ANY_TEXT)
def test_check_finds_something_iff_clean_changes_something(text: str) -> None:
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    fixable = [d for d in newsclean.check(text) if d.fixable]
    assert bool(fixable) == (newsclean.clean(text) != normalised)


@SETTINGS
@given(ANY_TEXT)
def test_text_only_run_gives_the_text_of_a_full_run(text: str) -> None:
    assert newsclean.run(text, diagnostics=False).text == newsclean.run(text).text


@SETTINGS
@given(st.binary(max_size=400))
def test_clean_bytes_never_raises_anything_but_decode_error(data: bytes) -> None:
    try:
        cleaned = newsclean.clean_bytes(data)
    except newsclean.DecodeError:
        return
    assert newsclean.clean(cleaned) == cleaned
    assert cleaned == "" or cleaned == cleaned.rstrip() + "\n"  # a file ends with one newline


def _family(code: str) -> tuple[newsclean.Rule, ...]:
    return tuple(rule for rule in RULES if rule.family == code)


@SETTINGS
@given(NEWS_LIKE)
def test_spacing_rules_only_insert_spaces_or_apostrophes(text: str) -> None:
    text = newsclean.clean(text, select=["EN", "WS"])
    after = run_rules(text, _family("SP")).text

    def skeleton(value: str) -> str:
        return regex.sub(r"[\s'’]", "", value).casefold()

    assert skeleton(after) == skeleton(text)


@SETTINGS
@given(NEWS_LIKE)
def test_casing_rules_only_change_case(text: str) -> None:
    text = text.replace("\r", "\n")
    after = run_rules(text, _family("CA")).text
    assert after.casefold() == text.casefold()
    assert len(after) == len(text)


@SETTINGS
@given(ARTICLE)
def test_artifact_and_chrome_rules_only_delete(text: str) -> None:
    text = newsclean.clean(text, select=["EN", "WS"])
    after = run_rules(text, _family("AR") + _family("BP")).text
    # Every character kept appears in order in the input (a subsequence), except the
    # space a block tag leaves between two words.
    remaining = iter(text)
    assert all(ch in remaining for ch in after if ch != " ")


@SETTINGS
@given(ANY_TEXT)
def test_whitespace_rules_only_touch_whitespace(text: str) -> None:
    after = run_rules(text, _family("WS")).text
    def visible(value: str) -> str:
        return "".join(ch for ch in value if not ch.isspace())

    assert visible(after) == visible(text)


@SETTINGS
@given(NEWS_LIKE)
def test_letters_are_not_lost_outside_removed_artifacts(text: str) -> None:
    text = newsclean.clean(text, select=["EN", "WS"])
    after = newsclean.clean(text, ignore=["AR", "BP", "TY"])
    assert len(_letters(after)) == len(_letters(text))


# Inputs the fuzzer (fuzz/fuzz_newsclean.py) found crashing, kept as regressions.
FUZZ_FINDINGS = [
    # CA04 yielded a no-op edit for a word starting with U+02C7, a letter without a capital.
    "-t Lad\u017d\u00d1\u00f5\u00bedvertisemen TrumpS [Quite Diploamcy i\u00ff\u00ff\u00ff\u00ff\u00ff\u00f7"
    "\u00ff\u00ff\u00ffe\nShare this article\nMrs. trump met the Former Frist Lady.\nAdmant\n",
    "Quiet Diplomacy Talks \u02c7hello Efforts\nSome quiet diplomacy.",
    # TY02 oscillated: a local pattern fixed "Quite Diplomacy", document evidence undid it.
    "- Home\n- News\nMelania TrumpS Quite Diplomacy Home\n- News\n"
    "Melania TrumpS Quite Ditrump met the Former Frist Lady.\nAdvertisement\n",
    "- Home\n- News\nMeljn\u00a2a TumrpS Quite Diplomacy in uKraine\n"
    "Sharen\u00a2a TumrpS Quite Diplomacyyin ukraine\nShares\u00a3 Lady.\nAdvertisement\n",
    # SP01 split one glue point of "x.Ab.Cd.Ef" per pass: each split changed whether the
    # point before it looked like part of a dotted name.
    "Ihoar\u0152\u0178ce.ne Former Secratary o\u2039\u2039\u2039\u2039f State.Th$e\u00ad\u00c3.H\u00f9her"
    "\u00aeThe.Th$ere\u00aeThe.Th$ega.Th$ega.\u00aehTee\u00ad\u00c3.H\u00f9her\u00aeThe.Th$ega."
    "\u00aehTe.Thbn.\n",
    # EN01 decoded "Ãƒ" inside a word to "Ã", which with the next "ƒ" made the same pair
    # again: one pair per pass.
    "Rssi" + "\u0192" * 6 + "\u00c3" + "\u0192" * 15 + "an" + "\u0152" * 4 + "\u00ff\u00ffg" + "\u00ff" * 6
    + "\u0152z\u0152Re",
    # CA02 yielded its two scans one after the other, out of text order: a surname after
    # "Ms. Aa" came after the word after "Mr" (found by hypothesis).
    "0Cb:Ms.Aa cb.Mr b",
]


@pytest.mark.parametrize("text", FUZZ_FINDINGS)
def test_fuzz_findings_converge_and_are_idempotent(text: str) -> None:
    cleaned = newsclean.clean(text)
    assert newsclean.clean(cleaned) == cleaned
    assert newsclean.clean_bytes(text.encode("utf-8")) == cleaned.rstrip("\n") + "\n"


# Fragments that glue into chains: "a'S'S", "Mr.Mr.Smith", "x.Ab.Cd.Ef", "'Squiet".
GLUE = st.sampled_from([
    *"aAbBcTSs .,;:!?'\"’“”()-\n", "Mr.", "Dr", "The", "http://x.com/", "@", "…", "\u00a0", "â€",
    "Ã", "Â", "Ä", "ƒ", "ª", "Ÿ",
    "&amp;", "【4†source】",
    "turn0search1", "quite", "quiet", "- ", "Share this", "<p>", "'S", "portugal", "Portugal",
    "\ufffd", "\u200b", "ß", "İ"])
GLUED_TEXT = st.lists(GLUE, min_size=1, max_size=40).map("".join)


# Rules whose decisions rest on local context. The others may take one more pass by
# design: chrome rules read the top lines or the prose around a line, and evidence
# rules (CA01-CA04, TY) let one fix ("hte" -> "the") become evidence for the next.
LOCAL_RULES = {rule.code for rule in RULES if rule.family in {"EN", "AR", "SP", "WS"}} | {"CA05"}


@settings(max_examples=examples(400), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(GLUED_TEXT | ANY_TEXT)
@example("Said Mr.Mr.Mr.Smith and Dr.Dr.Who.")  # SP03 split one honorific per pass
@example("the a'S'S'S case")  # CA05 lowercased one letter per pass
@example("cMr.'SquietMr.Mr.\n")  # SP01: a split shortened the next word
@example("One.Two.Three.Four.Five.Six.Seven.Eight.Nine.Ten words.")
@example("xÃƒƒƒƒƒy and xÃÂªy and ErdoÄŸan")  # EN01: a decoded letter made a new pair
def test_each_rule_finds_nothing_after_its_own_fixes(text: str) -> None:
    """One application of a local rule is its fixpoint: chains are decided in one pass.

    A rule that fixed one link of a chain per pass ("x.Ab.Cd.Ef", "Mr.Mr.Smith",
    "a'S'S") would need as many passes as the chain is long, and raise
    ConvergenceError on long chains.
    """
    for rule in RULES:
        if rule.code not in LOCAL_RULES:
            continue
        edits = [edit for edit in rule.check(text) if edit.replacement is not None]
        if edits:
            fixed = apply_edits(text, edits)
            again = [edit for edit in rule.check(fixed) if edit.replacement is not None]
            assert not again, (rule.code, text, fixed)


def _overlapping_phrase_texts() -> list[str]:
    """Two phrases of real-word-phrases.txt joined at their shared confusable word.

    "Okafor's breath deeply" joins "<poss> breath" and "breath deeply": one pattern
    fixes the word, the other fixes it back. Slots are filled with their first word.
    """
    from itertools import product

    from newsclean.data import load_lines, load_mapping

    fill = {"<poss>": "Okafor's", "<end>": ".", "<pause>": ","}
    fill |= {line.split()[0]: line.split()[1] for line in load_lines("phrase-slots.txt")}
    members = {word for line in load_lines("confusables.txt") for word in line.split()}
    by_word: dict[str, list[tuple[list[str], int]]] = {}
    for wrong, right in load_mapping("real-word-phrases.txt").items():
        for phrase in (wrong.split(), right.split()):
            for index, word in enumerate(phrase):
                if word in members:
                    by_word.setdefault(word, []).append((phrase, index))

    def render(words: list[str]) -> str:
        out: list[str] = []
        for word in words:
            if word in ("<end>", "<pause>"):
                out[-1] += fill[word]
            else:
                out.append(fill.get(word, word))
        return " ".join(out)

    texts = {
        f"They said {render([*left[:i], word, *right[j + 1 :]])} today."
        for word, entries in by_word.items()
        for (left, i), (right, j) in product(entries, repeat=2)
    }
    return sorted(texts)


def test_overlapping_real_word_phrases_converge_and_are_idempotent() -> None:
    texts = _overlapping_phrase_texts()
    assert len(texts) > 5000
    for text in texts:
        cleaned = newsclean.clean(text)  # a ConvergenceError here: two phrases fight
        assert newsclean.clean(cleaned) == cleaned, text
