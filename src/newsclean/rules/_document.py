"""Evidence a text gives about its own words: how it writes them, and where.

Casing and spelling rules trust the article first: a word it writes capitalised in
the middle of sentences is a proper noun in this article; a phrase it writes one way
is the phrase the author meant.
"""

from __future__ import annotations

import bisect
import heapq
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from ..data import load_words

# A word of letters, with inner apostrophes: "Portugal", "Okafor’s", "don't".
WORD = regex.compile(r"\p{L}++(?:['’]\p{L}++)*+")
# What may stand between a sentence end and the next word: spaces, quotes, brackets.
_OPENERS = frozenset(" \t\"'“‘(«[-—–")
_SENTENCE_ENDS = frozenset(".!?:…")
_OPENING_QUOTES = frozenset("\"“‘«")
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
    """"Portugal", "Okafor’s": capital first letter, and a lowercase letter after it."""
    return word[:1].isupper() and any(ch.islower() for ch in word[1:])


def sentence_initial(text: str, start: int) -> bool:
    """True if the word at ``start`` begins a line, a quotation, or a sentence."""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        if text[i] in _OPENING_QUOTES:
            return True  # said, "We …
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
    """The word without a possessive or contraction: "portugal’s" -> "portugal"."""
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
def never_names() -> frozenset[str]:
    """Minor and function words: never capitalised as names by the casing rules."""
    return minor_words() | load_words("function-words.txt")


_ALL_LOWERCASE = regex.compile(r"\p{Ll}++")


def lowercase_positions(text: str, word: str, limit: int = 0) -> tuple[int, ...]:
    """Where the lowercase ``word`` stands as a whole word, as LOWERCASE_WORD finds it.

    Not after a letter or an apostrophe, not before a letter ("portugal" in
    "portugal’s" counts, in "Portugal" or "portugalia" it does not). A substring search
    per word, so asking about a few words costs a few C-level scans, not a tokenisation.
    ``limit`` > 0 stops after that many.

    >>> lowercase_positions("portugal, Portugal, portugal’s, portugalia", "portugal")
    (0, 20)
    """
    if not _ALL_LOWERCASE.fullmatch(word):
        return ()
    found = []
    size = len(word)
    start = text.find(word)
    while start >= 0:
        before = text[start - 1] if start else " "
        after = text[start + size : start + size + 1]
        if not (before.isalpha() or before in "'’") and not after.isalpha():
            found.append(start)
            if len(found) == limit:
                break
        start = text.find(word, start + 1)
    return tuple(found)


@lru_cache(maxsize=2)
def characters(text: str) -> frozenset[str]:
    """The distinct characters of the text (memoised: many rules ask first).

    A rule that needs one of a few characters tests this set and returns at once
    when none is present, instead of scanning the text with a regex.
    """
    return frozenset(text)


def has_any(text: str, wanted: frozenset[str]) -> bool:
    """Whether ``text`` holds any character of ``wanted``.

    >>> has_any("a\u00a0b", frozenset("\u00a0\u2009")), has_any("ab", frozenset("\u00a0"))
    (True, False)
    """
    return not characters(text).isdisjoint(wanted)


_LETTERS = regex.compile(r"\p{L}++")
# Every ASCII character that is not a letter, as a space: on ASCII text, translate()
# and split() give the letter runs faster than any regex.
_ASCII_NON_LETTERS_TO_SPACE = {code: " " for code in range(128) if not chr(code).isalpha()}


@lru_cache(maxsize=2)
def letter_runs(text: str) -> frozenset[str]:
    """Every maximal run of letters, as written: a superset of the text's words.

    Rules with a word list test it against this set first and scan only for the few
    words that are present (memoised: several rules of a pass ask).
    """
    if text.isascii():
        return frozenset(text.translate(_ASCII_NON_LETTERS_TO_SPACE).split())
    return frozenset(_LETTERS.findall(text))


@lru_cache(maxsize=2)
def letter_runs_lowercased(text: str) -> frozenset[str]:
    """:func:`letter_runs`, lowercased (for case-insensitive word lists)."""
    # One C-level lower() of all runs: lowercasing never makes a space, so splitting
    # on spaces gives back each run, lowercased.
    runs = letter_runs(text)
    return frozenset(" ".join(runs).lower().split(" ")) if runs else frozenset()


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


# A sentence end inside a line: "works. Yes", "works.Yes" (not "U.S. Troops", "Mr. Smith").
_SENTENCE_INSIDE = regex.compile(r"\p{Ll}\p{Ll}[.!?][\"”’)\]]*+\s*+\p{Lu}")


def is_headline_line(line: str) -> bool:
    """A title-cased headline: short, one sentence, no closing period, common words capitalised.

    At least two common English words (not minor words) are capitalised, and they
    are at least two in three of the common words of the line.
    """
    stripped = line.strip()
    if not stripped or stripped[-1] in ".,;:" or len(stripped.split()) > 20:
        return False
    if _SENTENCE_INSIDE.search(stripped):
        return False  # "It works.Yes": two sentences, not a headline
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
    return capitalised >= 2 and capitalised >= 2 * lowercase


@dataclass(frozen=True, slots=True)
class Evidence:
    """How the text writes its words; capitalisation is counted outside headlines.

    Capitalised uses are counted only for words the text also writes in lowercase,
    and never for minor and function words ("The", "In"), which are never names.
    The other fields are complete only for ``possible_names``: the words a casing
    rule could call a name (a common word needs a capitalised neighbour).
    """

    capitalised_mid: Counter[str]  # lowercase key -> mid-sentence Title-case uses
    standalone_mid: Counter[str]  # ... of those, with no capitalised neighbour
    lowercase: Counter[str]  # lowercase key -> lowercase uses anywhere
    lowercase_at: dict[str, tuple[int, ...]]  # lowercase key -> where those uses start
    name_followers: frozenset[tuple[str, str]]  # (key, next name) for "Bill Osei"
    name_neighbours: frozenset[tuple[str, str]]  # (key, capitalised word before or after)
    lowercase_before: Counter[tuple[str, str]]  # (key, next word), keys of name_followers only
    name_pairs: Counter[tuple[str, str]]  # ("united", "states"): times written "United States"
    possible_names: frozenset[str]  # keys the other fields are complete for


# Matched backwards from a position (REVERSE): the word before it, then up to 20
# non-letters. "said, " before "Mrs" gives "said".
_WORD_BEFORE = regex.compile(r"(\p{L}++(?:['’]\p{L}++)*+)[^\p{L}\n]{0,20}+", flags=regex.REVERSE)
_WORD_AFTER = regex.compile(r"[^\p{L}\n]{0,20}+(\p{L}++(?:['’]\p{L}++)*+)")
_NEIGHBOUR_WINDOW = 80
# A word starting with a capital letter, its base in group 1: "Portugal", "McDonald",
# "USA", "Okafor’s" (base "Okafor").
_CAPITALISED = regex.compile(r"(?<![\p{L}'’])(\p{Lu}\p{L}*+)(?:['’]\p{L}++)*+")
# A lowercase word, or the part before an apostrophe: "portugal" in "portugal’s".
LOWERCASE_WORD = regex.compile(r"(?<![\p{L}'’])\p{Ll}++(?!\p{L})")


def neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The words just before and after ``text[start:end]`` on the same line ("" if none)."""
    before = _WORD_BEFORE.match(text, max(0, start - _NEIGHBOUR_WINDOW), start)
    after = _WORD_AFTER.match(text, end, min(len(text), end + _NEIGHBOUR_WINDOW))
    return (before.group(1) if before else ""), (after.group(1) if after else "")


def is_title_line(line: str) -> bool:
    """Short and not ending a sentence: how an article's first line, its title, looks.

    >>> is_title_line("Navalny airlifted to Germany"), is_title_line("He was flown out.")
    (True, False)
    """
    stripped = line.strip()
    if not stripped or stripped[-1] in ".!?;:,…" or len(stripped.split()) > 20:
        return False
    return not _SENTENCE_INSIDE.search(stripped)  # "He spoke. The senator": not a title


class Headlines:
    """Whether the line holding a position is a headline, cached per line.

    A headline is a title-cased line anywhere, or the text's first line when it looks
    like a title: its capitals may be title case, so they are no evidence of names.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines = LineIndex(text)
        self._known: dict[int, bool] = {}
        self._first = len(text) - len(text.lstrip())

    def __call__(self, position: int) -> bool:
        start, end = self._lines.bounds(position)
        if start not in self._known:
            line = self._text[start:end]
            first = start <= self._first <= end
            self._known[start] = is_headline_line(line) or (first and is_title_line(line))
        return self._known[start]


@lru_cache(maxsize=2)
def gather(text: str) -> Evidence:
    """Count how the text writes its words, with regex scans doing the bulk of the work.

    Several rules of one pass read the same text, so the last results are memoised
    (a pure function of an immutable string).
    """
    in_headline = Headlines(text)
    common = english_words()
    skip = never_names()
    positions: dict[str, tuple[int, ...]] = {}
    capitalised_mid: Counter[str] = Counter()
    standalone_mid: Counter[str] = Counter()
    followers: set[tuple[str, str]] = set()
    name_neighbours: set[tuple[str, str]] = set()
    name_pairs: Counter[tuple[str, str]] = Counter()
    runs = letter_runs(text)
    lowercase_runs = runs & letter_runs_lowercased(text)  # runs that lower() leaves alone
    forms: list[str] = []  # capitalised spellings of words also written lowercase
    for run in runs - lowercase_runs:  # set algebra in C: the Python loop sees few runs
        if not run[0].isupper():
            continue
        key = run.lower()
        if key in skip or key not in runs:
            continue
        if key not in positions:  # two uses tell a lone use; a possible name gets all below
            positions[key] = lowercase_positions(text, key, limit=2)
        if positions[key]:
            forms.append(run)
    live, partners = _possible_names(text, positions, common)
    relevant = live | partners
    for key in live:
        if len(positions[key]) == 2:
            positions[key] = lowercase_positions(text, key)
    # Readers ask only about possible names also written lowercase: find just those
    # capitalised words (a substring search per spelling) instead of visiting every
    # capitalised word of the text.
    for match in _capitalised_uses(text, forms):
        key = match.group(1).lower()
        word = match.group()
        if not is_title_word(word) or sentence_initial(text, match.start()) or in_headline(match.start()):
            continue
        capitalised_mid[key] += 1
        if key not in relevant:
            continue  # no reader asks more than the count
        previous, following = neighbours(text, match.start(), match.end())
        if not (is_title_word(previous) or is_title_word(following)):
            standalone_mid[key] += 1
        name_neighbours.update((key, w.lower()) for w in (previous, following) if is_title_word(w))
        pair = _two_word_name(text, match.start(), match.end(), previous, following, skip)
        if pair:
            name_pairs[(pair[0].lower(), key) if pair[1] == word else (key, pair[1].lower())] += 1
        if key in live and is_title_word(following) and following.lower() not in common:
            followers.add((key, following.lower()))
    lowercase_at = {key: found for key, found in positions.items() if found and key in live}
    lowercase_before: Counter[tuple[str, str]] = Counter()
    for key in {key for key, _ in followers}:
        for start in lowercase_at[key]:
            following = neighbours(text, start, start + len(key))[1]
            lowercase_before[(key, following.lower())] += 1
    lowercase = Counter({key: len(found) for key, found in lowercase_at.items()})
    return Evidence(
        capitalised_mid, standalone_mid, lowercase, lowercase_at, frozenset(followers),
        frozenset(name_neighbours), lowercase_before, name_pairs, frozenset(live),
    )


def _capitalised_uses(text: str, forms: Iterable[str]) -> Iterator[regex.Match[str]]:
    """The :data:`_CAPITALISED` matches whose base is one of ``forms``, as written."""
    for form in forms:
        start = text.find(form)
        while start >= 0:
            match = _CAPITALISED.match(text, start)
            if match is not None and match.end(1) == start + len(form):
                yield match
            start = text.find(form, start + 1)


def _possible_names(
    text: str, positions: dict[str, tuple[int, ...]], common: frozenset[str]
) -> tuple[set[str], set[str]]:
    """Keys a reader of :class:`Evidence` may call names, and the words they pair with.

    A common word is a name only next to a capitalised word: its one lowercase use
    beside one ("United states": the pair "United States" is then counted, so
    "united" is a partner), or every use before the same name (the first use shows
    it, and that name is not a common word). Other keys need only their count of
    capitalised uses.
    """
    live: set[str] = set()
    partners: set[str] = set()
    for key, found in positions.items():
        if not found:
            continue
        if key not in common:
            live.add(key)
            continue
        previous, following = neighbours(text, found[0], found[0] + len(key))
        lone = len(found) == 1 and (previous[:1].isupper() or following[:1].isupper())
        if lone:
            partners.update(word.lower() for word in (previous, following) if word[:1].isupper())
        if lone or (following and following.lower() not in common):
            live.add(key)
    return live, partners


def _name_word_before(text: str, start: int, skip: frozenset[str]) -> str:
    """The capitalised word (not a function word) one space before ``start``, or ""."""
    word = neighbours(text, start, start)[0]
    if is_title_word(word) and word.lower() not in skip and adjacent_before(text, start, word):
        return word
    return ""


def _name_word_after(text: str, end: int, skip: frozenset[str]) -> str:
    """The capitalised word (not a function word) one space after ``end``, or ""."""
    word = neighbours(text, end, end)[1]
    if is_title_word(word) and word.lower() not in skip and adjacent_after(text, end, word):
        return word
    return ""


def _two_word_name(
    text: str, start: int, end: int, previous: str, following: str, skip: frozenset[str]
) -> tuple[str, str] | None:
    """The two-word name the capitalised word at ``start`` belongs to, or None.

    "United States", "Tristan Smith": exactly two capitalised words side by side. A
    longer run ("French President Emmanuel Macron", "Georgian Tennis Federation") is
    a title before a name or a longer name, and says nothing about the pair alone.
    """
    word = text[start:end]
    before = _name_word_before(text, start, skip) if previous else ""
    after = _name_word_after(text, end, skip) if following else ""
    if before and not after and not _name_word_before(text, start - len(before) - 1, skip):
        return before, word
    if after and not before and not _name_word_after(text, end + 1 + len(after), skip):
        return word, after
    return None


def adjacent_before(text: str, start: int, word: str) -> bool:
    """Whether ``word`` stands just before ``start``, one space between: "United States"."""
    return text.endswith(" ", 0, start) and text.endswith(word, 0, start - 1)


def adjacent_after(text: str, end: int, word: str) -> bool:
    """Whether ``word`` starts one space after ``end``."""
    return text.startswith(" " + word, end)


@lru_cache(maxsize=8192)
def _word_pattern(word: str) -> regex.Pattern[str]:
    """A whole-word, case-insensitive pattern for one word (compiled once)."""
    return regex.compile(
        r"(?<![\p{L}\p{N}'’-])" + regex.escape(word) + r"(?![\p{L}\p{N}'’-])", regex.IGNORECASE
    )


def find_words(text: str, words: Iterable[str]) -> Iterator[regex.Match[str]]:
    """Whole-word, case-insensitive occurrences of a few ``words``, in text order.

    One precompiled scan per word that occurs in the text at all (a substring test
    on the lowercased text rules the others out first).
    """
    lowered = text.lower()
    wanted = sorted({word.lower() for word in words})
    scans = [_word_pattern(word).finditer(text) for word in wanted if word in lowered]
    return heapq.merge(*scans, key=lambda match: match.start())


def phrase_counts(text: str, words: Iterable[str]) -> Counter[tuple[str, str]]:
    """Lowercased bigrams (word, next) and (previous, word) around ``words``, in sentences.

    One regex for just the words asked about (a handful), so the cost is one C-level
    scan of the text instead of a Python step per word.
    """
    counts: Counter[tuple[str, str]] = Counter()
    in_headline = Headlines(text)
    for match in find_words(text, words):
        if in_headline(match.start()):
            continue
        word = match.group().lower()
        previous, following = neighbours(text, match.start(), match.end())
        if following:
            counts[(word, following.lower())] += 1
        if previous:
            counts[(previous.lower(), word)] += 1
    return counts
