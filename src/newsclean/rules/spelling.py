"""TY: misspellings from a curated list, and real-word errors decided by the text itself."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

import regex

from ..data import load_lines, load_mapping, load_words
from ..language import english_probability
from ..model import Edit
from ._document import (
    LineIndex,
    cased_runs,
    cased_runs_lowercased,
    english_words,
    is_headline_line,
    looks_english,
    minor_words,
    sentence_initial,
    words_written,
    writes_any,
)
from ._evidence import find_words, neighbours, phrase_counts
from .lexicon import association, corrections, is_english

_SPACES = regex.compile(r"\s++")
_CONTEXT = 120  # characters each side: more than the longest office and the phrase windows
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


@cache
def _misspelled_words() -> frozenset[str]:
    """The wrong forms of misspellings.txt, as a set: set & set walks the smaller one."""
    return frozenset(load_mapping("misspellings.txt"))


@cache
def _confusable_words() -> frozenset[str]:
    """Every member of a confusion set of confusables.txt."""
    return frozenset(_confusion_sets())


def misspelling(text: str) -> Iterator[Edit]:
    """Misspelled word.

    **Why**: frequent typing errors ("recieve", "goverment", "secratary") from a curated
    list (misspellings.txt), corrected in the case the writer used. A capitalised
    occurrence may be a name ("Bill Frist"), so it is corrected only when the
    correction completes a known title or institution from offices.txt ("Secratary
    of State" -> "Secretary of State") or the text itself writes the corrected phrase.

    **Leaves alone**: capitalised words without such evidence ("Senator Frist"), a
    capitalised misspelling of a minor word in mid-sentence ("Shares of Teh Corp": a
    name), lines that are not English, words inside compounds and contractions.

    >>> from newsclean.engine import apply_edits
    >>> s = "Former Secratary of State and Senator Bill Frist recieved it."
    >>> apply_edits(s, misspelling(s))
    'Former Secretary of State and Senator Bill Frist received it.'
    """
    mapping = load_mapping("misspellings.txt")
    present = words_written(text, _misspelled_words())
    if not present:
        return
    lines = LineIndex(text)
    english: dict[int, bool] = {}  # line start -> looks_english: one test per line
    phrases_of: dict[str, Mapping[tuple[str, str], int]] = {}  # one count per correction
    for match in find_words(text, present):
        word = match.group()
        correction = mapping.get(word.lower())
        if correction is None:  # a non-ASCII case variant ("ſ") the pattern let through
            continue
        line_start, line_end = lines.bounds(match.start())
        if line_start not in english:
            english[line_start] = looks_english(text[line_start:line_end])
        if not english[line_start]:
            continue
        replacement = _match_case(word, correction)
        note = None
        if not word.islower():
            if correction in minor_words() and not sentence_initial(text, match.start()):
                continue  # "Shares of Teh Corp": a capital "The" never stands mid-sentence
            # The words around it, within the line: never the whole of a long line.
            window_start = max(line_start, match.start() - _CONTEXT)
            line = text[window_start : min(line_end, match.end() + _CONTEXT)]
            start, end = match.start() - window_start, match.end() - window_start
            office = _completes_office(line, start, end, replacement)
            if office:
                note = f"completes the title '{office.title()}'"
            else:
                if correction not in phrases_of:
                    phrases_of[correction] = phrase_counts(text, correction.split())
                if not _text_writes_correction(phrases_of[correction], line, start, end, correction):
                    continue
                note = "the text writes the corrected phrase elsewhere"
        yield Edit(match.start(), match.end(), replacement, note)


# A word of 4 to 25 letters standing alone between spaces, opening and closing marks
# (no English word is longer; a run of letters can be megabytes): not part of a path,
# an address, a handle, a compound, a contraction or a number.
_PLAIN_WORD = regex.compile(r"(?:^|(?<=[\s(“\"‘]))([A-Z]?[a-z]{4,24})(?=[.,;:!?)”\"’]*+(?:\s|$))")
# The word after a match: a capital there makes a capitalised match part of a name.
_NEXT = regex.compile(r"[.,;:!?)”\"’]*+\s++(\S)")
_DOMINANCE = 50  # score units: the correction is three times as frequent as any other
_COMMON = 550  # score of a correction: ten to the 5.5 uses in the lexicon's source
_UNKNOWN_SHARE = 0.05  # above this share of unknown distinct words: no prose the lexicon describes


def non_word_typo(text: str) -> Iterator[Edit]:
    """A word that is no English word, one edit away from a common one.

    **Why**: typing slips the curated list (misspelling) does not hold: "intregrate",
    "uncomfirmed", "beleive". A lowercase word that is not in the English lexicon
    (english-frequencies.txt, with inflections, common prefixes and two-word
    compounds) is replaced by the one English word a deletion, insertion,
    substitution or transposition away that is ten times as frequent as any other
    such word. A capitalised word is corrected only at a sentence start.

    **Leaves alone**: a word the text writes twice or capitalised elsewhere (its own
    term or a name), a word with no dominant correction, inflections and British or
    American variants ("epicenter"), words inside paths, handles and compounds, and
    texts in which more than one word in twenty is unknown (not prose this lexicon
    describes).

    >>> from newsclean.engine import apply_edits
    >>> s = "They will intregrate the system and remain uncomfirmed."
    >>> apply_edits(s, non_word_typo(s))
    'They will integrate the system and remain unconfirmed.'
    """
    if _BLANKED in text:
        return  # the text holds code, commands or another language: not the lexicon's prose
    matches = list(_PLAIN_WORD.finditer(text))
    if not matches:
        return
    uses = Counter(match.group(1).lower() for match in matches)
    unknown = {word for word in uses if not is_english(word)}
    lowercase = {match.group(1) for match in matches if match.group(1).islower()}
    if not unknown or len(unknown & lowercase) > max(3, _UNKNOWN_SHARE * len(lowercase)):
        return  # names aside, too many words the lexicon does not know: not its prose
    decided: dict[str, tuple[str, int] | None] = {}
    lines = LineIndex(text)
    english: dict[int, bool] = {}  # line start -> whether the line reads as English
    for match in matches:
        written = match.group(1)
        word = written.lower()
        if word not in unknown or uses[word] > 1:
            continue  # an English word, or one the text writes twice: its own term
        in_name = False
        if written != word and not _capitalised_typo(text, match):
            in_name = _in_common_word_name(text, match.start(1), match.end(1))
            if not in_name:
                continue  # capitalised mid-sentence: a name
        if _quoted(text, match.start(1), match.end(1)):
            continue  # '"relatime" option', '"exim"': a term mentioned, not used
        if written == word and _after_name(text, match.start(1)):
            continue  # "Porites cylindrica", "Caudipteryx zoui": a species name
        if written == word and word in cased_runs_lowercased(text):
            continue  # also written capitalised: a name or the text's own term
        if word not in decided:
            decided[word] = _dominant_correction(word)
        found = decided[word]
        if found is None:
            continue
        line_start, line_end = lines.bounds(match.start(1))
        if line_start not in english:
            english[line_start] = _english_line(text[line_start:line_end])
        if not english[line_start]:
            continue
        correction, margin = found
        if in_name and (correction not in english_words() or correction.capitalize() not in cased_runs(text)):
            continue  # in a name: only to a common word the text itself capitalises elsewhere
        known = _context_pairs(text, match.start(1), match.end(1), correction)
        if len(word) <= _SHORT_WORD and not known:
            continue  # "a goto": a short word needs a neighbour to agree
        note = (f"'{word}' is not an English word; '{correction}' is one edit away and "
                f"{10 ** (margin / 100):.0f}x as frequent as any other")
        if known:
            note += f"; English writes '{known[0]}'"
        yield Edit(match.start(1), match.end(1), _match_case(written, correction), note)


_BLANKED = "\ufffc"  # what the engine writes over out-of-scope spans (newsclean.scope)
_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\.\s++$")
_ENGLISH_LINE = 0.8  # the identifier's probability that a line with a typo is English


def _english_line(line: str) -> bool:
    """Whether a line reads as English: the identifier's verdict where it is loaded."""
    probability = english_probability(line)
    return looks_english(line) if probability is None else probability >= _ENGLISH_LINE


# The capitalised words (and the small words a name holds) on either side of a word.
_NAME_RUN_BEFORE = regex.compile(r"(?:(?:\p{Lu}[\p{L}'’.-]*+|of|and|for|the|&) )++$")
_NAME_RUN_AFTER = regex.compile(r"(?: (?:\p{Lu}[\p{L}'’.-]*+|of|and|for|the|&))++")
_NAME_WINDOW = 80


def _in_common_word_name(text: str, start: int, end: int) -> bool:
    """Whether the capitalised word at ``text[start:end]`` stands in a name whose other
    capitalised words are mostly common English words: an institution ("National Stock
    Excahnge", "Minister of Agricuture"), with common words beside it, not a person
    ("Senator Dana Frist")."""
    before = _NAME_RUN_BEFORE.search(text, max(0, start - _NAME_WINDOW), start)
    after = _NAME_RUN_AFTER.match(text, end, min(len(text), end + _NAME_WINDOW))
    left = (before.group() if before else "").split()
    right = (after.group() if after else "").split()
    common = english_words()
    beside = [words[index] for words, index in ((left, -1), (right, 0)) if words]
    beside = [word for word in beside if word[:1].isupper()]
    if any(word.lower() not in common for word in beside):
        return False  # a given name or a surname beside it: "Abd Hamid Nor", "Andrew Leung"
    others = [word for word in left + right if word[:1].isupper() and word.isalpha()]
    return bool(others) and 2 * sum(word.lower() in common for word in others) > len(others)


def _capitalised_typo(text: str, match: regex.Match[str]) -> bool:
    """Whether a capitalised word is one a typo may be: at a sentence start (not after
    an initial: "Kevin M. Bealer"), with no capitalised word after it ("Tomasz Kubiak",
    "Nabil Hasan" are names)."""
    if not sentence_initial(text, match.start(1)):
        return False  # capitalised mid-sentence: a name
    if _INITIAL_BEFORE.search(text, max(0, match.start(1) - 8), match.start(1)):
        return False
    following = _NEXT.match(text, match.end(1))
    return following is not None and not following.group(1).isupper() and following.group(1).isalpha()


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` stands alone inside quotes."""
    return start > 0 and text[start - 1] in "\"“‘'" and text[end : end + 1] in ("\"", "”", "’", "'")


_CAPITALISED_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}++ $")


def _after_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a capitalised word, one space between,
    that does not start a sentence ("Porites cylindrica", not "The zoui")."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    return before is not None and not sentence_initial(text, before.start())


_SHORT_WORD = 5  # letters: words this short are one edit from many others


_WORD_JUST_BEFORE = regex.compile(r"(?<![\p{L}'’-])\p{L}++ ++$")
_WORD_JUST_AFTER = regex.compile(r" ++(\p{L}++)(?![\p{L}'’-])")


_ASSOCIATED = 150  # a pair written thirty times more often than its words' frequencies predict


def _context_pairs(text: str, start: int, end: int, correction: str) -> list[str]:
    """The pairs the correction forms with the words beside it (spaces only between)
    that English writes far more often than chance ("in fact", not "of mini")."""
    pairs = []
    before = _WORD_JUST_BEFORE.search(text, max(0, start - 40), start)
    if before:
        pairs.append((before.group().rstrip(" ").lower(), correction))
    after = _WORD_JUST_AFTER.match(text, end, min(len(text), end + 40))
    if after:
        pairs.append((correction, after.group(1).lower()))
    return [f"{one} {two}" for one, two in pairs if (association(one, two) or 0) >= _ASSOCIATED]


def _dominant_correction(word: str) -> tuple[str, int] | None:
    """The correction of ``word`` and its lead in score over the next, if it dominates."""
    found = corrections(word)
    if not found or found[0][1] < _COMMON:
        return None
    lead = found[0][1] - (found[1][1] if len(found) > 1 else 0)
    if lead < (_DOMINANCE if len(word) > 4 else 2 * _DOMINANCE):  # short words have many neighbours
        return None
    return found[0][0], lead


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


# Written last in a phrase, what must follow it: "<end>", sentence or clause
# punctuation ("is quite <end>" matches "is quite." and "is quite; but", not "quite,
# frankly"); "<pause>", that or a comma or colon ("usually quite <pause>" matches
# "usually quite, this year").
_PHRASE_ENDS = MappingProxyType({"<end>": frozenset(".;!?…"), "<pause>": frozenset(".,:;!?…")})
# What may stand between the words of a phrase: spaces only ("quiet a few", not
# "quiet, a few").
_PHRASE_SPACES = frozenset(" \t\u00a0")
_APOSTROPHES = frozenset("'’")
# "<poss>" stands for a possessive word: "Okafor's", "the ministers’" ("<poss> advise").
_POSSESSIVE = "<poss>"


@cache
def _phrase_slots() -> Mapping[str, frozenset[str]]:
    """phrase-slots.txt: each slot ("<det>", "<link>") and the words it stands for."""
    slots = {}
    for line in load_lines("phrase-slots.txt"):
        slot, *words = line.split()
        slots[slot] = frozenset(_fold(word) for word in words)
    return MappingProxyType(slots)


def _fold(word: str) -> str:
    """A word as phrases compare it: case-folded, either apostrophe as "'"."""
    return word.casefold().replace("’", "'")


def _is_possessive(token: str) -> bool:
    """ "Okafor's", "ministers’": letters, then 's, or letters ending in s, then '."""
    return len(token) > 2 and token[:-2].isalpha() and (
        (token[-2] in _APOSTROPHES and token[-1] in "sS") or (token[-2] in "sS" and token[-1] in _APOSTROPHES)
    )


def _part_matches(part: str, token: str) -> bool:
    """Whether one word of a phrase (a word, a slot, "<poss>") is the whole ``token``."""
    if part == _POSSESSIVE:
        return _is_possessive(token)
    slot = _phrase_slots().get(part)
    return _fold(token) in slot if slot is not None else _fold(token) == part


_LONGEST_PHRASE_WORD = 40  # letters: no word of a phrase is longer


def _token_before(text: str, end: int) -> int:
    """Where the run of letters and apostrophes that ends at ``end`` starts; ``end``
    when the run is longer than any word of a phrase (so the walk stays short)."""
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in _APOSTROPHES):
        start -= 1
        if end - start > _LONGEST_PHRASE_WORD:
            return end
    return start


def _left_matches(text: str, position: int, parts: tuple[str, ...], index: int) -> bool:
    """Whether ``parts[:index + 1]`` stand before ``position``, spaces between, as whole words."""
    if index < 0:  # the phrase starts at ``position``: no word, number or hyphen glued before it
        before = text[position - 1] if position else " "
        return not (before.isalpha() or before.isnumeric() or before in "'’-")
    end = position
    while end > 0 and text[end - 1] in _PHRASE_SPACES:
        end -= 1
    if end == position:
        return False
    start = _token_before(text, end)
    return start < end and _part_matches(parts[index], text[start:end]) and (
        _left_matches(text, start, parts, index - 1)
    )


def _right_matches(text: str, position: int, parts: tuple[str, ...], index: int, ending: str) -> bool:
    """Whether ``parts[index:]`` follow ``position``, spaces between, then the phrase's ending."""
    if index == len(parts):
        after = text[position : position + 1]
        if ending:
            return after != "" and after in _PHRASE_ENDS[ending]
        # Not glued to a word, number or hyphen, nor to an apostrophe and a letter ("few's").
        glued = after.isalpha() or after.isnumeric() or after == "-"
        return not glued and not (after in _APOSTROPHES and text[position + 1 : position + 2].isalpha())
    start = position
    while start < len(text) and text[start] in _PHRASE_SPACES:
        start += 1
    if start == position:
        return False
    return any(
        _right_matches(text, end, parts, index + 1, ending) for end in _part_ends(text, start, parts[index])
    )


def _part_ends(text: str, start: int, part: str) -> Iterator[int]:
    """Where one word of a phrase, standing at ``start``, may end (a prefix of the text there)."""
    if part == _POSSESSIVE:
        end = start
        while end < len(text) and text[end].isalpha():
            end += 1
            if end - start > 1 and text[end - 1] in "sS" and text[end : end + 1] in _APOSTROPHES:
                yield end + 1  # "ministers’"
        if end > start and text[end : end + 1] in _APOSTROPHES and text[end + 1 : end + 2] in ("s", "S"):
            yield end + 2  # "Okafor's"
        return
    slot = _phrase_slots().get(part)
    for word in slot if slot is not None else (part,):
        if _fold(text[start : start + len(word)]) == word:
            yield start + len(word)


# One phrase of real-word-phrases.txt: its words (without a final "<end>" or
# "<pause>"), that ending or "", and the position of the word that differs between
# the wrong and the right phrase.
_Phrase = tuple[tuple[str, ...], str, int]


def _phrase_at(text: str, start: int, end: int, phrase: _Phrase) -> bool:
    """Whether ``phrase`` stands in the text with its differing word at ``text[start:end]``."""
    parts, ending, index = phrase
    before = _left_matches(text, start, parts, index - 1)
    return before and _right_matches(text, end, parts, index + 1, ending)


@dataclass(frozen=True, slots=True)
class _Phrases:
    """real-word-phrases.txt read both ways.

    ``fixes``: for each wrong word, (the wrong phrase, the right word).
    ``protects``: for each right word, its right phrases ("quiet revolution" protects
    "quiet" from document evidence). A phrase's words must stand next to each other
    with only spaces between them ("quiet a few", not "quiet, a few"), and not inside
    a longer word or compound ("time-consuming"). Matched word by word around the
    word in question (:func:`_phrase_at`), with no pattern to compile.
    """

    fixes: Mapping[str, tuple[tuple[_Phrase, str], ...]]
    protects: Mapping[str, tuple[_Phrase, ...]]


def _split_phrase(phrase: str) -> tuple[tuple[str, ...], str]:
    words = phrase.split()
    if words[-1] in _PHRASE_ENDS:
        return tuple(words[:-1]), words[-1]
    return tuple(words), ""


@cache
def _phrases() -> _Phrases:
    fixes: dict[str, list[tuple[_Phrase, str]]] = {}
    protects: dict[str, list[_Phrase]] = {}
    for wrong, right in load_mapping("real-word-phrases.txt").items():
        (wrong_words, ending), (right_words, _) = _split_phrase(wrong), _split_phrase(right)
        for index, (a, b) in enumerate(zip(wrong_words, right_words, strict=True)):
            if a != b:
                fixes.setdefault(a, []).append(((wrong_words, ending, index), b))
                protects.setdefault(b, []).append((right_words, ending, index))
    return _Phrases(
        MappingProxyType({word: tuple(entries) for word, entries in fixes.items()}),
        MappingProxyType({word: tuple(entries) for word, entries in protects.items()}),
    )


def _protected(text: str, start: int, end: int) -> bool:
    """Whether a right phrase of real-word-phrases.txt holds the word at ``text[start:end]``."""
    phrases = _phrases().protects.get(text[start:end].lower(), ())
    return any(_phrase_at(text, start, end, phrase) for phrase in phrases)


def _local_pattern_fix(text: str, start: int, end: int) -> str | None:
    """The right word if a strong local pattern (real-word-phrases.txt) matches here."""
    for phrase, right in _phrases().fixes.get(text[start:end].lower(), ()):
        if _phrase_at(text, start, end, phrase):
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
    fixable = _phrases().fixes.keys()
    # A word changes on a local pattern, or when the text writes another member of its
    # set at all: the others are settled without a scan.
    written = words_written(text, _confusable_words())
    present = {word for word in written if word in fixable or writes_any(text, sets[word])}
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
        if _protected(text, match.start(), match.end()):
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
