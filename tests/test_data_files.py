"""Data files: sorted, no duplicates, consistent with each other and with the word list."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from newsclean.data import load_lines, load_mapping, load_words

DATA_FILES = sorted(
    entry.name
    for entry in resources.files("newsclean.data").iterdir()
    if entry.name.endswith((".txt", ".txt.gz"))
)
# Generated frequency lists (scripts/build_lexicon.py): one entry per word or pair, most
# frequent first, each ending in its score.
FREQUENCY_LISTS = {"english-frequencies.txt": 82_000, "english-bigrams.txt.gz": 240_000}


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_is_sorted_without_duplicates_and_has_a_source(name: str) -> None:
    raw = resources.files("newsclean.data").joinpath(name).read_bytes()
    text = (gzip.decompress(raw) if name.endswith(".gz") else raw).decode("utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("Source" in line or "source" in line for line in header), f"{name}: no source"
    entries = list(load_lines(name))
    assert entries, f"{name} is empty"
    assert len(set(entries)) == len(entries), f"{name} has duplicates"
    if name in FREQUENCY_LISTS:
        assert len(entries) >= FREQUENCY_LISTS[name]
        keys = [entry.rpartition(" ")[0] for entry in entries]
        assert len(set(keys)) == len(keys), f"{name} lists a key twice"
        assert all(key.replace(" ", "").isalpha() and key.islower() for key in keys)
        return
    assert entries == sorted(entries, key=lambda s: (s.lower(), s)), f"{name} is not sorted"


def test_misspellings_are_not_words_and_corrections_are() -> None:
    words = load_words("english-words.txt")
    mapping = load_mapping("misspellings.txt")
    assert len(mapping) >= 300
    known = 0
    for wrong, right in mapping.items():
        assert wrong.islower(), wrong
        assert wrong == wrong.lower(), wrong  # words_written needs lowercase
        assert wrong not in words, wrong
        assert wrong != right
        assert right.lower() not in mapping, f"cycle or chain: {wrong} -> {right}"
        known += all(part.lower() in words for part in right.split())
    # The header promises every correction is in SCOWL size 50; the list shipped here is
    # size 35, which lacks a few rarer inflections ("disastrously").
    assert known >= 0.95 * len(mapping)


def test_confusion_sets_hold_only_real_words() -> None:
    words = load_words("english-words.txt")
    for line in load_lines("confusables.txt"):
        members = line.split()
        assert all(member == member.lower() for member in members), line  # words_written needs lowercase
        assert len(members) >= 2
        assert all(member in words for member in members), line


def test_gazetteer_holds_no_common_words() -> None:
    words = load_words("english-words.txt")
    gazetteer = load_lines("gazetteer.txt")
    assert {"Ukraine", "Russia", "Monday", "English"} <= set(gazetteer)
    for name in gazetteer:
        assert name.lower() not in words, name
        assert name[0].isupper()


def test_honorifics_and_titles_are_capitalised() -> None:
    for name in ("honorifics.txt", "titles.txt", "offices.txt"):
        assert all(entry[0].isupper() for entry in load_lines(name)), name


def test_phrase_files_use_the_documented_syntax() -> None:
    for name in ("share-prompts.txt", "ad-and-related-lines.txt", "image-credits.txt",
                 "legal-notices.txt", "footer-lines.txt"):
        for entry in load_lines(name):
            phrase = entry.removeprefix("= ").removeprefix("... ")
            assert phrase, f"{name}: {entry!r}"
            assert phrase == phrase.lower().strip(), f"{name}: {entry!r}"


def test_real_word_phrases_differ_in_one_confusable_word() -> None:
    sets = [set(line.split()) for line in load_lines("confusables.txt")]
    for wrong, right in load_mapping("real-word-phrases.txt").items():
        pairs = [(a, b) for a, b in zip(wrong.split(), right.split(), strict=True) if a != b]
        assert len(pairs) == 1, wrong
        (a, b), = pairs
        assert any({a, b} <= members for members in sets), f"{a}/{b} not in one confusion set"


def test_clause_openers_and_finite_verbs_are_lowercase_words_without_determiners() -> None:
    words = load_words("english-words.txt")
    determiners = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"}
    for name in ("clause-openers.txt", "finite-verbs.txt", "that-verbs.txt", "reporting-verbs.txt"):
        entries = load_words(name)
        assert entries, name
        assert all(entry.islower() and entry in words for entry in entries), name
        assert not entries & determiners, name
