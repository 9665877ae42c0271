"""Evidence a text gives about its names and phrases: how, and next to what, it writes them.

Casing and spelling rules trust the article first: a word it writes capitalised in
the middle of sentences is a proper noun in this article; a phrase it writes one way
is the phrase the author meant. Everything here is a pure function of the text,
memoised for the rules of one pass.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ._document import (
    LineIndex,
    base_word,
    cased_runs,
    english_words,
    is_headline_line,
    is_title_line,
    is_title_word,
    letter_runs,
    lowercase_positions_of,
    never_names,
    sentence_initial,
)


@dataclass(frozen=True, slots=True)
class Evidence:
    """How the text writes its words; capitalisation is counted outside headlines.

    Capitalised uses are counted only for words the text also writes in lowercase,
    and never for minor and function words ("The", "In"), which are never names.
    The other fields are complete only for ``possible_names``: the words a casing
    rule could call a name. For a common word written lowercase once, and not beside
    a capitalised word, only the uses alone and their neighbouring words are
    counted, and only when it is written capitalised mid-sentence ``USAGE_EVIDENCE``
    times.
    """

    capitalised_mid: CapitalisedCounts  # lowercase key -> mid-sentence Title-case uses
    standalone_mid: Counter[str] = field(default_factory=Counter)  # ... with no capitalised neighbour
    # ... with no capitalised word joined to it by a space or by "of", "and" …: not
    # "University of Miami", but "on Twitter, “Sad news”" (a comma is no join)
    alone_mid: Counter[str] = field(default_factory=Counter)
    lowercase: Counter[str] = field(default_factory=Counter)  # lowercase key -> lowercase uses anywhere
    lowercase_at: dict[str, tuple[int, ...]] = field(default_factory=dict)  # key -> where those start
    name_followers: frozenset[tuple[str, str]] = frozenset()  # (key, next name) for "Bill Osei"
    name_neighbours: frozenset[tuple[str, str]] = frozenset()  # (key, capitalised word beside it)
    # (key, next word), keys of name_followers only
    lowercase_before: Counter[tuple[str, str]] = field(default_factory=Counter)
    # ("united", "states"): times written "United States"
    name_pairs: Counter[tuple[str, str]] = field(default_factory=Counter)
    possible_names: frozenset[str] = frozenset()  # keys the other fields are complete for
    # Words beside the ``alone_mid`` uses, lowercased: ("in", "china") for "in China",
    # ("china", "said") for "China said".
    word_before_capitalised: frozenset[tuple[str, str]] = frozenset()
    capitalised_before_word: frozenset[tuple[str, str]] = frozenset()
    # ("prime", "minister") for "Prime Minister": a capitalised word one space after.
    capitalised_before_name: frozenset[tuple[str, str]] = frozenset()
    # key -> mid-sentence uses with a capitalised word one space after
    names_after: Counter[str] = field(default_factory=Counter)
    # key -> mid-sentence uses right before a number: "Category 5", "March 8"
    before_number: Counter[str] = field(default_factory=Counter)
    # ("united", "states") -> ("navy", "", …): the capitalised word one space after each
    # "States" written one space after "United" ("" if none), in names of any length;
    # keys of possible names and partners only.
    after_capitalised: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)


class CapitalisedCounts:
    """How often the text writes each key Title-case mid-sentence, outside headlines.

    Counted up front for the keys :func:`gather` reads closely (possible names and
    their partners); for the other keys written both ways, on the first question
    (most are never asked about). A pure function of the text, memoised per key.
    """

    __slots__ = ("_counts", "_headlines", "_pending", "_text")

    def __init__(
        self, text: str, counts: dict[str, int], pending: dict[str, list[str]], headlines: Headlines | None
    ) -> None:
        self._text = text
        self._counts = counts
        self._pending = pending  # key -> its capitalised spellings, counted on request
        self._headlines = headlines

    @classmethod
    def empty(cls) -> CapitalisedCounts:
        """The counts of a text that writes no key both capitalised and lowercase."""
        return cls("", {}, {}, None)

    def __getitem__(self, key: str) -> int:
        counted = self._counts.get(key)
        if counted is not None:
            return counted
        forms = self._pending.get(key)
        if forms is None or self._headlines is None:
            return 0
        text, in_headline = self._text, self._headlines
        counted = sum(
            1 for match in _capitalised_uses(text, forms) if _mid_sentence_title(text, match, in_headline)
        )
        # Stored only once complete: threads sharing this memoised object may both
        # count, and both get the same number.
        self._counts[key] = counted
        return counted


def _mid_sentence_title(text: str, match: regex.Match[str], in_headline: Headlines) -> bool:
    """Whether a :data:`_CAPITALISED` match is a Title-case word mid-sentence, outside headlines."""
    return (
        is_title_word(match.group())
        and not sentence_initial(text, match.start())
        and not in_headline(match.start())
    )


def _no_evidence() -> Evidence:
    """Evidence of a text that writes no word both capitalised and lowercase."""
    return Evidence(CapitalisedCounts.empty())


# How often a text must write a common word capitalised on its own, mid-sentence
# ("China", "Congress"), before its one lowercase use beside the same word counts.
USAGE_EVIDENCE = 2

# Matched backwards from a position (REVERSE): the word before it, then up to 20
# non-letters. "said, " before "Mrs" gives "said".
_WORD_BEFORE = regex.compile(r"(\p{L}++(?:['’]\p{L}++)*+)[^\p{L}\n]{0,20}+", flags=regex.REVERSE)
_WORD_AFTER = regex.compile(r"[^\p{L}\n]{0,20}+(\p{L}++(?:['’]\p{L}++)*+)")
_NEIGHBOUR_WINDOW = 80
# A word starting with a capital letter, its base in group 1: "Portugal", "McDonald",
# "USA", "Okafor’s" (base "Okafor").
_CAPITALISED = regex.compile(r"(?<![\p{L}'’])(\p{Lu}\p{L}*+)(?:['’]\p{L}++)*+")
_MANY_FORMS = 48  # above this, one scan of the text's capitalised words


def neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The words just before and after ``text[start:end]`` on the same line ("" if none)."""
    before = _WORD_BEFORE.match(text, max(0, start - _NEIGHBOUR_WINDOW), start)
    after = _WORD_AFTER.match(text, end, min(len(text), end + _NEIGHBOUR_WINDOW))
    return (before.group(1) if before else ""), (after.group(1) if after else "")


# Punctuation a name does not run across: "on Twitter, “Sad news”". A period ends one
# only before a sentence start ("in Parliament. Results", not "Mr. Okafor").
_NAME_BREAKS = frozenset(",;:!?")


def _joined_before(text: str, start: int, previous: str) -> bool:
    """Whether ``previous`` (from :func:`neighbours`) may be one name with the word at ``start``.

    Not across a comma, semicolon, colon, question or exclamation mark; quotes,
    brackets and dashes may stand inside a name ("Entitled “Endorsements”").
    """
    previous_end = text.rfind(previous, max(0, start - _NEIGHBOUR_WINDOW), start) + len(previous)
    return _NAME_BREAKS.isdisjoint(text[previous_end:start])


def _joined_after(text: str, end: int, following: str) -> bool:
    """Whether ``following`` (from :func:`neighbours`) may be one name with the word ending at ``end``.

    As :func:`_joined_before`, and a word after a period must not start a sentence.
    """
    following_start = text.find(following, end)
    return _NAME_BREAKS.isdisjoint(text[end:following_start]) and not (
        "." in text[end:following_start] and sentence_initial(text, following_start)
    )


class Headlines:
    """Whether the line holding a position is a headline, cached per line.

    A headline is a title-cased line anywhere, or the text's first line when it looks
    like a title: its capitals may be title case, so they are no evidence of names.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._lines: LineIndex | None = None  # built on the first question
        self._known: dict[int, bool] = {}
        self._first = len(text) - len(text.lstrip())

    def __call__(self, position: int) -> bool:
        if self._lines is None:
            self._lines = LineIndex(self._text)
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
    runs = letter_runs(text)
    # Capitalised words of two letters or more: a single capital ("U.S.", "Plan B") is
    # never a Title-case word, so it has no capitalised uses to count and a casing
    # rule never asks about it (and "s", "e" would cost a scan of every letter s).
    spellings = [run for run in cased_runs(text) if run[0].isupper() and len(run) > 1]
    keys = [run.lower() for run in spellings]
    skip = never_names()
    # Two lowercase uses tell a lone use; a possible name gets all of them below.
    positions = lowercase_positions_of(text, runs.intersection(keys) - skip, limit=2)
    if not any(positions.values()):
        return _no_evidence()
    in_headline = Headlines(text)
    common = english_words()
    capitalised_mid: dict[str, int] = {}
    standalone_mid: Counter[str] = Counter()
    alone_mid: Counter[str] = Counter()
    followers: set[tuple[str, str]] = set()
    name_neighbours: set[tuple[str, str]] = set()
    name_pairs: Counter[tuple[str, str]] = Counter()
    word_before: set[tuple[str, str]] = set()
    before_word: set[tuple[str, str]] = set()
    before_name: set[tuple[str, str]] = set()
    names_after: Counter[str] = Counter()
    before_number: Counter[str] = Counter()
    after_capitalised: dict[tuple[str, str], list[str]] = {}
    pairs_seen: set[int] = set()  # where counted pairs start: both words may be visited
    live, partners, lone = _possible_names(text, positions, common)
    relevant = live | partners
    # Only the keys read closely are visited now; the others are counted on request.
    forms: list[str] = []
    pending: dict[str, list[str]] = {}
    for run, key in zip(spellings, keys, strict=True):
        if positions.get(key):
            if key in relevant or key in lone:
                forms.append(run)
            else:
                pending.setdefault(key, []).append(run)
    lone_uses: dict[str, list[tuple[int, int]]] = {}  # mid-sentence uses of lone keys

    def count_standalone(key: str, start: int, end: int) -> tuple[str, str]:
        """Count a capitalised use that stands without capitalised neighbours; return them.

        Standalone: no capitalised word beside it, even across punctuation. Alone: no
        capitalised word joined to it by a space, a hyphen or a connector ("in
        Parliament. Results", "on Twitter, “Sad" stand alone; "University of Miami"
        does not).
        """
        previous, following = neighbours(text, start, end)
        capital_before, capital_after = is_title_word(previous), is_title_word(following)
        if not (capital_before or capital_after):
            standalone_mid[key] += 1
        joined = (capital_before and _joined_before(text, start, previous)) or (
            capital_after and _joined_after(text, end, following)
        )
        if not joined and not _in_longer_name(text, start, end, previous, following):
            alone_mid[key] += 1
            word_before.add((previous.lower(), key))
            before_word.add((key, base_word(following).lower()))
        return previous, following

    # Every lowercase use of a possible name seen twice: one scan however many names.
    positions.update(lowercase_positions_of(text, {key for key in live if len(positions[key]) == 2}))
    # Readers ask only about possible names also written lowercase: find just those
    # capitalised words (a substring search per spelling) instead of visiting every
    # capitalised word of the text.
    for match in _capitalised_uses(text, forms):
        key = match.group(1).lower()
        word = match.group()
        if not _mid_sentence_title(text, match, in_headline):
            continue
        capitalised_mid[key] = capitalised_mid.get(key, 0) + 1
        if key in lone:
            lone_uses.setdefault(key, []).append(match.span())
        if key not in relevant:
            continue  # no reader asks more than the count
        previous, following = count_standalone(key, match.start(), match.end())
        name_neighbours.update((key, base_word(w).lower()) for w in (previous, following) if is_title_word(w))
        pair = _two_word_name(text, match.start(), match.end(), previous, following, skip)
        pair_start = match.start() - len(pair[0]) - 1 if pair and pair[1] == word else match.start()
        if pair and pair_start not in pairs_seen:
            pairs_seen.add(pair_start)
            # The same key whichever word is visited first: the first word as written
            # ("Obama’s Party" is no name "Obama Party"), the second without a
            # possessive ("Democratic Party’s" is the name "Democratic Party").
            name_pairs[(pair[0].lower(), base_word(pair[1]).lower())] += 1
        if key in live and is_title_word(following) and following.lower() not in common:
            followers.add((key, following.lower()))
        name_after = is_title_word(following) and adjacent_after(text, match.end(), following)
        if name_after:
            before_name.add((key, base_word(following).lower()))
            names_after[key] += 1
        if before_a_number(text, match.end()):
            before_number[key] += 1
        if is_title_word(previous) and base_word(previous) == previous and adjacent_before(
            text, match.start(), previous
        ):
            after_capitalised.setdefault((previous.lower(), key), []).append(
                base_word(following).lower() if name_after else ""
            )
    # A lone lowercase use of a common word is a name only beside a word its
    # capitalised uses stand alone beside, at least USAGE_EVIDENCE times.
    for key, spans in lone_uses.items():
        if len(spans) < USAGE_EVIDENCE:
            continue
        live.add(key)
        for start, end in spans:
            count_standalone(key, start, end)
    lowercase_at = {key: found for key, found in positions.items() if found and key in live}
    lowercase_before: Counter[tuple[str, str]] = Counter()
    for key in {key for key, _ in followers}:
        for start in lowercase_at[key]:
            following = neighbours(text, start, start + len(key))[1]
            lowercase_before[(key, following.lower())] += 1
    lowercase = Counter({key: len(found) for key, found in lowercase_at.items()})
    return Evidence(
        capitalised_mid=CapitalisedCounts(text, capitalised_mid, pending, in_headline),
        standalone_mid=standalone_mid,
        alone_mid=alone_mid,
        lowercase=lowercase,
        lowercase_at=lowercase_at,
        name_followers=frozenset(followers),
        name_neighbours=frozenset(name_neighbours),
        lowercase_before=lowercase_before,
        name_pairs=name_pairs,
        possible_names=frozenset(live),
        word_before_capitalised=frozenset(word_before),
        capitalised_before_word=frozenset(before_word),
        capitalised_before_name=frozenset(before_name),
        names_after=names_after,
        before_number=before_number,
        after_capitalised={pair: tuple(after) for pair, after in after_capitalised.items()},
    )


def _capitalised_uses(text: str, forms: Iterable[str]) -> Iterator[regex.Match[str]]:
    """The :data:`_CAPITALISED` matches whose base is one of ``forms``, as written.

    Grouped by form, in text order within each. A few forms are searched for one by
    one; many are found in one scan of the text's capitalised words, so thousands of
    distinct names do not cost a scan of the text each.
    """
    forms = list(forms)
    if len(forms) > _MANY_FORMS:
        by_form: dict[str, list[regex.Match[str]]] = {form: [] for form in forms}
        for use in _CAPITALISED.finditer(text):
            found = by_form.get(use.group(1))
            if found is not None:
                found.append(use)
        for form in forms:
            yield from by_form[form]
        return
    for form in forms:
        start = text.find(form)
        while start >= 0:
            match = _CAPITALISED.match(text, start)
            if match is not None and match.end(1) == start + len(form):
                yield match
            start = text.find(form, start + 1)


# Lowercase words inside longer names: "University of Miami", "Bank for International
# Settlements", "Leonardo da Vinci".
NAME_CONNECTORS = frozenset({"of", "for", "and", "de", "da", "del", "der", "di", "la", "le", "van", "von"})


def _possible_names(
    text: str, positions: dict[str, tuple[int, ...]], common: frozenset[str]
) -> tuple[set[str], set[str], set[str]]:
    """Keys a reader of :class:`Evidence` may call names, and the words they pair with.

    A common word is a name only where it is written lowercase once (beside a
    capitalised word, as in "United states", the pair "United States" is then
    counted, so "united" is a partner; beside a connector, as in "university of
    Miami"; or beside a word its capitalised uses stand next to), or before the
    same name every time (the first use shows it, and that
    name is not a common word). Other keys need only their count of capitalised uses.
    """
    live: set[str] = set()
    partners: set[str] = set()
    lone: set[str] = set()  # common words written lowercase once, in other company
    for key, found in positions.items():
        if not found:
            continue
        if key not in common:
            live.add(key)
            continue
        previous, following = neighbours(text, found[0], found[0] + len(key))
        beside_capital = len(found) == 1 and (previous[:1].isupper() or following[:1].isupper())
        if beside_capital:
            partners.update(word.lower() for word in (previous, following) if word[:1].isupper())
        in_run = len(found) == 1 and (previous in NAME_CONNECTORS or following in NAME_CONNECTORS)
        numbered = len(found) == 1 and before_a_number(text, found[0] + len(key))  # "category 5"
        if beside_capital or in_run or numbered or (following and following.lower() not in common):
            live.add(key)
        elif len(found) == 1:
            lone.add(key)
    return live, partners, lone


def _in_longer_name(text: str, start: int, end: int, previous: str, following: str) -> bool:
    """Whether the word at ``start`` is joined to a capitalised word by a connector.

    "University" in "University of Miami", "Miami" in "University of Miami": one
    name, so neither word stands alone.

    >>> _in_longer_name("the University of Miami", 4, 14, "the", "of")
    True
    >>> _in_longer_name("Miami is warm", 0, 5, "", "is")
    False
    """
    if following in NAME_CONNECTORS and adjacent_after(text, end, following):
        return is_title_word(neighbours(text, end + 1, end + 1 + len(following))[1])
    if previous in NAME_CONNECTORS and adjacent_before(text, start, previous):
        return is_title_word(neighbours(text, start - 1 - len(previous), start - 1)[0])
    return False


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


def before_a_number(text: str, end: int) -> bool:
    """Whether a number starts one space after ``end``: "Category 5", "March 8"."""
    return text.startswith(" ", end) and text[end + 1 : end + 2].isdigit()


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


# Any whole word: letters and digits, not inside a compound, contraction or number.
_ANY_WORD = regex.compile(r"(?<![\p{L}\p{N}'’-])[\p{L}\p{N}]++(?![\p{L}\p{N}'’-])")


def find_listed_words(text: str, words: AbstractSet[str]) -> Iterator[regex.Match[str]]:
    """Whole-word occurrences of any of the lowercase ``words``, in text order.

    For sets that change from text to text (the unknown words of each article), where
    :func:`find_words` would compile a pattern per word: each word is found with
    str.find in the lowercased text and one compiled pattern checks that it stands
    whole there. Matches are the words :func:`find_words` finds that lowercase to a
    member (no other case folding).

    >>> [m.group() for m in find_listed_words("Ab ab-cd AB x", {"ab"})]
    ['Ab', 'AB']
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer: scan every word
        yield from (match for match in _ANY_WORD.finditer(text) if match.group().lower() in words)
        return
    found = []
    for word in words:
        position = lowered.find(word)
        while position >= 0:
            match = _ANY_WORD.match(text, position)
            if match is not None and match.end() == position + len(word):
                found.append(match)
            position = lowered.find(word, position + len(word))
    yield from sorted(found, key=lambda match: match.start())


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
