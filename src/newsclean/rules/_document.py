"""Evidence a text gives about its own words: how it writes them, and where.

Casing and spelling rules trust the article first: a word it writes capitalised in
the middle of sentences is a proper noun in this article; a phrase it writes one way
is the phrase the author meant.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import regex

from ..data import load_words

# A word of letters, with inner apostrophes: "Ukraine", "Trump’s", "don't".
WORD = regex.compile(r"\p{L}++(?:['’]\p{L}++)*+")
# What may stand between a sentence end and the next word: spaces, quotes, brackets.
_OPENERS = frozenset(" \t\"'“‘(«[-—–")
_SENTENCE_ENDS = frozenset(".!?:…")
_CLOSERS = frozenset("\"'”’)»]")
# Characters next to a word that make it part of a handle, tag, path or address.
_NON_PROSE_NEIGHBOURS = frozenset("@#/\\_=.:0123456789")
_NEWLINE = regex.compile(r"\n")
_APOSTROPHE = regex.compile(r"['’]")
_ENGLISH_MARKERS = frozenset({"the", "and", "of", "to", "in", "is", "was", "for", "that", "with", "on"})


@cache
def english_words() -> frozenset[str]:
    """Lowercase common English words (SCOWL size 35)."""
    return load_words("english-words.txt")


@cache
def minor_words() -> frozenset[str]:
    """Articles, conjunctions and short prepositions."""
    return load_words("minor-words.txt")


def is_title_word(word: str) -> bool:
    """"Ukraine", "Trump’s": capital first letter, and a lowercase letter after it."""
    return word[:1].isupper() and any(ch.islower() for ch in word[1:])


def sentence_initial(text: str, start: int) -> bool:
    """True if the word at ``start`` begins a line or follows sentence punctuation."""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    while i >= 0 and text[i] in _CLOSERS:
        i -= 1
    return i >= 0 and text[i] in _SENTENCE_ENDS


def in_prose(text: str, start: int, end: int) -> bool:
    """False for words inside handles, hashtags, paths, URLs, code or numbers."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in _NON_PROSE_NEIGHBOURS or after in "@#/\\_=0123456789":
        return False
    return not (after in ".:" and end + 1 < len(text) and text[end + 1].isalnum())


class LineIndex:
    """Finds the line holding a position in O(log lines)."""

    __slots__ = ("_starts", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]

    def bounds(self, position: int) -> tuple[int, int]:
        """Start and end (before the newline) of the line holding ``position``."""
        index = bisect.bisect_right(self._starts, position) - 1
        start = self._starts[index]
        end = self._starts[index + 1] - 1 if index + 1 < len(self._starts) else len(self._text)
        return start, end


def base_word(word: str) -> str:
    """The word without a possessive or contraction: "ukraine’s" -> "ukraine"."""
    return _APOSTROPHE.split(word, maxsplit=1)[0]


def looks_english(line: str) -> bool:
    """A line with a very common English function word, or mostly English words.

    A line with function words of other languages ("el", "der", "et") needs an
    English function word.
    """
    words = [word.lower() for word in WORD.findall(line)]
    if not words:
        return False
    if any(word in _ENGLISH_MARKERS for word in words):
        return True
    if any(word in foreign_function_words() for word in words):
        return False
    common = english_words()
    return 2 * sum(word in common for word in words) >= len(words)


@cache
def foreign_function_words() -> frozenset[str]:
    """Articles and conjunctions of other Latin-script languages."""
    return load_words("foreign-function-words.txt")


@dataclass(frozen=True, slots=True)
class Token:
    """A word and its neighbours within the same line."""

    word: str
    start: int
    end: int
    previous: str
    following: str
    initial: bool
    line_start: int
    line_end: int


_LINE = regex.compile(r"[^\n]++")


def tokens(text: str) -> Iterator[Token]:
    """Every word of the text with its neighbouring words on the same line."""
    for line in _LINE.finditer(text):
        matches = list(WORD.finditer(line.group()))
        offset = line.start()
        for index, match in enumerate(matches):
            start = offset + match.start()
            yield Token(
                match.group(),
                start,
                offset + match.end(),
                matches[index - 1].group() if index else "",
                matches[index + 1].group() if index + 1 < len(matches) else "",
                sentence_initial(text, start),
                line.start(),
                line.end(),
            )


def is_headline_line(line: str) -> bool:
    """A title-cased headline: short, no closing period, its common words capitalised.

    At least two common English words (not minor words) are capitalised, and they
    are at least three in four of the common words of the line.
    """
    stripped = line.strip()
    if not stripped or stripped[-1] in ".,;:" or len(stripped.split()) > 20:
        return False
    common = english_words()
    minor = minor_words()
    capitalised = lowercase = 0
    for word in WORD.findall(stripped):
        for part in word.split("-"):
            key = part.lower()
            if key in minor or key not in common:
                continue
            if is_title_word(part):
                capitalised += 1
            elif part.islower():
                lowercase += 1
    return capitalised >= 2 and capitalised >= 3 * lowercase


@dataclass(frozen=True, slots=True)
class Evidence:
    """How the text writes each word, counted outside headline-like lines."""

    capitalised_mid: Counter[str]  # lowercase key -> mid-sentence Title-case uses
    standalone_mid: Counter[str]  # ... of those, with no capitalised neighbour
    lowercase: Counter[str]  # lowercase key -> lowercase uses anywhere
    name_followers: frozenset[tuple[str, str]]  # (key, next name) for "Bill Frist"
    lowercase_before: Counter[tuple[str, str]]  # (key, next word) for lowercase uses
    phrases: Counter[tuple[str, str]]  # lowercased word bigrams in sentence lines
    headline_phrases: Counter[tuple[str, str]]  # ... in headline-like lines


def gather(text: str) -> Evidence:
    """Count, in one pass, how the text writes its words."""
    capitalised_mid: Counter[str] = Counter()
    standalone_mid: Counter[str] = Counter()
    lowercase: Counter[str] = Counter()
    phrases: Counter[tuple[str, str]] = Counter()
    headline_phrases: Counter[tuple[str, str]] = Counter()
    followers: set[tuple[str, str]] = set()
    lowercase_before: Counter[tuple[str, str]] = Counter()
    common = english_words()
    headline_cache: dict[int, bool] = {}
    for token in tokens(text):
        line_start = token.line_start
        if line_start not in headline_cache:
            headline_cache[line_start] = is_headline_line(text[line_start : token.line_end])
        key = base_word(token.word).lower()
        if token.following:
            target = headline_phrases if headline_cache[line_start] else phrases
            target[(key, token.following.lower())] += 1
        if token.word.islower():
            lowercase[key] += 1
            lowercase_before[(key, token.following.lower())] += 1
            continue
        if headline_cache[line_start] or token.initial or not is_title_word(token.word):
            continue
        capitalised_mid[key] += 1
        if not (is_title_word(token.previous) or is_title_word(token.following)):
            standalone_mid[key] += 1
        if is_title_word(token.following) and token.following.lower() not in common:
            followers.add((key, token.following.lower()))
    return Evidence(
        capitalised_mid, standalone_mid, lowercase, frozenset(followers), lowercase_before,
        phrases, headline_phrases,
    )
