"""TY: misspellings from a curated list, and real-word errors decided by the text itself."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

import regex

from ..data import load_lines, load_mapping, load_words
from ..model import Edit
from ._document import (
    LineIndex,
    is_headline_line,
    letter_runs_lowercased,
    looks_english,
    minor_words,
    sentence_initial,
)
from ._evidence import find_words, neighbours, phrase_counts

_SPACES = regex.compile(r"\s++")
_LETTERS = regex.compile(r"\p{L}++")


def _match_case(original: str, replacement: str) -> str:
    """Write ``replacement`` in the case pattern of ``original``."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@cache
def _offices_by_word() -> Mapping[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for office in load_lines("offices.txt"):
        for word in office.lower().split():
            index.setdefault(word, []).append(office.lower())
    return {word: tuple(offices) for word, offices in index.items()}


def _completes_office(line: str, start: int, end: int, correction: str) -> str | None:
    """The office that ``correction`` at ``line[start:end]`` would complete, if any."""
    for office in _offices_by_word().get(correction.lower(), ()):
        window_start = max(0, start - len(office))
        window = line[window_start:start] + correction + line[end : end + len(office)]
        window = _SPACES.sub(" ", window).lower()
        position = start - window_start
        found = window.find(office)
        while found >= 0:
            if found <= position < found + len(office):
                return office
            found = window.find(office, found + 1)
    return None


def misspelling(text: str) -> Iterator[Edit]:
    """Misspelled word.

    **Why**: frequent typing errors ("recieve", "goverment", "secratary") from a curated
    list (misspellings.txt), corrected in the case the writer used. A capitalised
    occurrence may be a name ("Bill Frist"), so it is corrected only when the
    correction completes a known title or institution from offices.txt ("Secratary
    of State" -> "Secretary of State") or the text itself writes the corrected phrase.

    **Leaves alone**: capitalised words without such evidence ("Senator Frist"),
    lines that are not English, words inside compounds and contractions.

    >>> from newsclean.engine import apply_edits
    >>> s = "Former Secratary of State and Senator Bill Frist recieved it."
    >>> apply_edits(s, misspelling(s))
    'Former Secretary of State and Senator Bill Frist received it.'
    """
    mapping = load_mapping("misspellings.txt")
    present = mapping.keys() & letter_runs_lowercased(text)
    if not present:
        return
    lines = LineIndex(text)
    for match in find_words(text, present):
        word = match.group()
        correction = mapping.get(word.lower())
        if correction is None:  # a non-ASCII case variant ("ſ") the pattern let through
            continue
        line_start, line_end = lines.bounds(match.start())
        line = text[line_start:line_end]
        if not looks_english(line):
            continue
        replacement = _match_case(word, correction)
        note = None
        if not word.islower():
            start, end = match.start() - line_start, match.end() - line_start
            office = _completes_office(line, start, end, replacement)
            if office:
                note = f"completes the title '{office.title()}'"
            else:
                phrases = phrase_counts(text, correction.split())
                if not _text_writes_correction(phrases, line, start, end, correction):
                    continue
                note = "the text writes the corrected phrase elsewhere"
        yield Edit(match.start(), match.end(), replacement, note)


def _text_writes_correction(
    phrases: Mapping[tuple[str, str], int], line: str, start: int, end: int, correction: str
) -> bool:
    before = _LETTERS.findall(line[max(0, start - 40) : start])
    after = _LETTERS.findall(line[end : end + 40])
    key = correction.lower()
    return bool(
        (after and phrases.get((key, after[0].lower()), 0))
        or (before and phrases.get((before[-1].lower(), key), 0))
    )


@cache
def _confusion_sets() -> Mapping[str, tuple[str, ...]]:
    sets: dict[str, tuple[str, ...]] = {}
    for line in load_lines("confusables.txt"):
        members = line.split()
        for member in members:
            sets[member] = tuple(m for m in members if m != member)
    return sets


# A possessive word in a phrase: "Okafor's", "the ministers’" ("<poss> advise").
_POSSESSIVE = r"(?:\p{L}++['’]s|\p{L}+?s['’])"
# Written last in a phrase, what must follow it: "<end>", sentence or clause
# punctuation ("is quite <end>" matches "is quite." and "is quite; but", not "quite,
# frankly"); "<pause>", that or a comma or colon ("usually quite <pause>" matches
# "usually quite, this year").
_PHRASE_ENDS = MappingProxyType({"<end>": r"(?=[.;!?…])", "<pause>": r"(?=[.,:;!?…])"})


@cache
def _phrase_slots() -> Mapping[str, str]:
    """phrase-slots.txt: each slot ("<det>", "<link>") as a regex alternation of its words."""
    slots: dict[str, str] = {}
    for line in load_lines("phrase-slots.txt"):
        slot, *words = line.split()
        alternatives = "|".join(_phrase_word(word) for word in sorted(words, key=len, reverse=True))
        slots[slot] = f"(?:{alternatives})"
    return MappingProxyType(slots)


def _phrase_word(word: str) -> str:
    """One word of a phrase as a pattern; an apostrophe matches either form."""
    return regex.escape(word).replace("'", "['’]")


def _phrase_pattern(words: list[str], index: int) -> regex.Pattern[str]:
    """``words`` side by side, spaces only between them, group 1 the word at ``index``.

    A final ``<end>`` or ``<pause>`` asks for punctuation right after the last word;
    ``<poss>`` stands for any possessive word, a slot of phrase-slots.txt ("<det>",
    "<link>") for any of its words.
    """
    after = _PHRASE_ENDS.get(words[-1], r"(?![\p{L}\p{N}-]|['’]\p{L})")
    slots = _phrase_slots()
    parts = [
        _POSSESSIVE if word == "<poss>" else slots.get(word) or _phrase_word(word)
        for word in words
        if word not in _PHRASE_ENDS
    ]
    parts[index] = f"({parts[index]})"
    return regex.compile(
        r"(?<![\p{L}\p{N}'’-])" + r"[ \t\u00a0]++".join(parts) + after, regex.IGNORECASE
    )


# One phrase of real-word-phrases.txt: its words, and the position of the word that
# differs between the wrong and the right phrase.
_Phrase = tuple[tuple[str, ...], int]


@dataclass(frozen=True, slots=True)
class _Phrases:
    """real-word-phrases.txt read both ways, not yet compiled.

    ``fixes``: for each wrong word, (the wrong phrase, the right word).
    ``protects``: for each right word, its right phrases ("quiet revolution" protects
    "quiet" from document evidence). A phrase's words must stand next to each other
    with only spaces between them ("quiet a few", not "quiet, a few"), and not inside
    a longer word or compound ("time-consuming"). Patterns are compiled per word, on
    first need (:func:`_fix_patterns`, :func:`_protect_patterns`): hundreds of
    phrases cost a second to compile, and a text asks about a few words.
    """

    fixes: Mapping[str, tuple[tuple[_Phrase, str], ...]]
    protects: Mapping[str, tuple[_Phrase, ...]]


@cache
def _phrases() -> _Phrases:
    fixes: dict[str, list[tuple[_Phrase, str]]] = {}
    protects: dict[str, list[_Phrase]] = {}
    for wrong, right in load_mapping("real-word-phrases.txt").items():
        wrong_words, right_words = tuple(wrong.split()), tuple(right.split())
        for index, (a, b) in enumerate(zip(wrong_words, right_words, strict=True)):
            if a != b:
                fixes.setdefault(a, []).append(((wrong_words, index), b))
                protects.setdefault(b, []).append((right_words, index))
    return _Phrases(
        MappingProxyType({word: tuple(entries) for word, entries in fixes.items()}),
        MappingProxyType({word: tuple(entries) for word, entries in protects.items()}),
    )


@lru_cache(maxsize=256)
def _fix_patterns(word: str) -> tuple[tuple[regex.Pattern[str], str], ...]:
    """The wrong phrases of ``word`` as patterns, each with its right word."""
    entries = _phrases().fixes.get(word, ())
    return tuple((_phrase_pattern(list(words), index), right) for (words, index), right in entries)


@lru_cache(maxsize=256)
def _protect_patterns(word: str) -> tuple[regex.Pattern[str], ...]:
    """The right phrases of ``word`` as patterns."""
    return tuple(_phrase_pattern(list(words), index) for words, index in _phrases().protects.get(word, ()))


def _at(patterns: Iterable[regex.Pattern[str]], text: str, start: int, end: int) -> bool:
    """Whether one of ``patterns`` matches with its group 1 at ``start``."""
    window_start = max(0, start - _PATTERN_WINDOW)
    window_end = min(len(text), end + _PATTERN_WINDOW)
    return any(
        match.start(1) == start
        for pattern in patterns
        for match in pattern.finditer(text, window_start, window_end)
    )


_PATTERN_WINDOW = 40


def _local_pattern_fix(text: str, start: int, end: int) -> str | None:
    """The right word if a strong local pattern (real-word-phrases.txt) matches here."""
    for pattern, right in _fix_patterns(text[start:end].lower()):
        if _at((pattern,), text, start, end):
            return right
    return None


def _name_in_prose(text: str, start: int, lines: LineIndex) -> bool:
    """Whether the word at ``start`` is capitalised mid-sentence in a body line: a name.

    "the Isle of Man", "the Firth of Forth", "Peak District": a local pattern about
    the common word says nothing of them. A capital at a sentence start or in a
    title-cased headline ("Team Could Loose Final") is no such evidence.
    """
    if not text[start].isupper() or sentence_initial(text, start):
        return False
    line_start, line_end = lines.bounds(start)
    return not is_headline_line(text[line_start:line_end])


def _phrase_count(
    phrases: Mapping[tuple[str, str], int], around: tuple[str, str], word: str, skip: frozenset[str]
) -> int:
    """How often the text writes ``word`` beside the content words ``around`` this use.

    Function words, and single letters (the "n" of an escaped "\\n", a list's "b"),
    are no evidence.
    """
    previous, following = around[0].lower(), around[1].lower()
    count = 0
    if len(following) > 1 and following not in skip:
        count += phrases.get((word, following), 0)
    if len(previous) > 1 and previous not in skip:
        count += phrases.get((previous, word), 0)
    return count


# A tie between two phrases is broken only by a member the text writes this often,
# when the other is written just once.
_TIE_BREAK_USES = 3


def _document_evidence(word: str, best: str, own: int, other: int, uses: Counter[str]) -> str | None:
    """Why the text says ``best`` where it writes ``word``, or None.

    Next to the same word, the text writes ``best`` more often than ``word``; or as
    often, when this is the only use of ``word`` and the text writes ``best`` at least
    three times in all ("royal counsel" once beside "royal council" and two more
    "council").
    """
    if other > own:
        return (
            f"next to the same word, the text writes '{best}' {other} time(s)"
            f" and '{word}' {own} time(s) in its sentences"
        )
    if other == own > 0 and uses[word] == 1 and uses[best] >= _TIE_BREAK_USES:
        return (
            f"next to the same word, the text writes '{best}' as often as '{word}',"
            f" and '{best}' {uses[best]} times in all, '{word}' only here"
        )
    return None


def real_word_error(text: str) -> Iterator[Edit]:
    """Real word used for a similar one.

    **Why**: "Quite Period Ends" in a headline over an article about "the quiet period";
    spell checkers cannot see these. A member of a confusion set (confusables.txt) is
    replaced only when the sentences of the same text use another member with the
    same content word next to it more often than this one (or as often, when this is
    the word's only use and the text writes the other at least three times), or when
    a strong local pattern from real-word-phrases.txt matches ("quiet a few", "to
    loose").

    **Leaves alone**: "quite large", "quite a few", "discreet efforts" unless the
    text itself says otherwise; evidence from function words ("the", "of") and single
    letters is ignored; a local pattern does not touch a word capitalised
    mid-sentence in a body line, a name ("across the Isle of Wight").

    >>> from newsclean.engine import apply_edits
    >>> s = "Quite Period Ends\\nThe quiet period lasted a week. It is quite large."
    >>> apply_edits(s, real_word_error(s))
    'Quiet Period Ends\\nThe quiet period lasted a week. It is quite large.'
    >>> s = "We expect quiet a few people to loose money."
    >>> apply_edits(s, real_word_error(s))
    'We expect quite a few people to lose money.'
    """
    sets = _confusion_sets()
    runs = letter_runs_lowercased(text)
    fixable = _phrases().fixes.keys()
    # A word changes on a local pattern, or when the text writes another member of its
    # set at all: the others are settled without a scan.
    present = {word for word in sets.keys() & runs if word in fixable or not runs.isdisjoint(sets[word])}
    if not present:
        return
    candidates = [m for m in find_words(text, present) if m.group().lower() in sets]
    members = {word for m in candidates for word in (m.group().lower(), *sets[m.group().lower()])}
    phrases = phrase_counts(text, members)
    skip = minor_words() | load_words("function-words.txt")
    uses = Counter(match.group().lower() for match in candidates)
    lines = LineIndex(text)
    for match in candidates:
        word = match.group().lower()
        protected = _at(_protect_patterns(word), text, match.start(), match.end())
        if protected:
            # A strong local pattern says this word is right here ("quiet revolution").
            # When another says it is wrong ("is lose weight": "<link> lose" and "lose
            # weight"), the two disagree: no fix, or the rule would undo itself.
            continue
        local = _local_pattern_fix(text, match.start(), match.end())
        if local is not None and not _name_in_prose(text, match.start(), lines):
            yield Edit(match.start(), match.end(), _match_case(match.group(), local),
                       "a strong local pattern (real-word-phrases.txt)")
            continue
        around = neighbours(text, match.start(), match.end())
        own = _phrase_count(phrases, around, word, skip)
        best = max(sets[word], key=lambda o: _phrase_count(phrases, around, o, skip))
        other = _phrase_count(phrases, around, best, skip)
        note = _document_evidence(word, best, own, other, uses)
        if note is not None:
            yield Edit(match.start(), match.end(), _match_case(match.group(), best), note)
