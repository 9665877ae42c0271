"""The text as the word-level rules read it: words, lines, sentence starts, word lists.

Shared, memoised facts (its characters, its letter runs) let a rule test cheaply
whether it has anything to do; :mod:`._evidence` builds on them.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

import regex

from ..data import load_lines, load_words

# A word of letters, with inner apostrophes: "Portugal", "Okafor’s", "don't".
WORD = regex.compile(r"\p{L}++(?:['’]\p{L}++)*+")
# What may stand between a sentence end and the next word: spaces, quotes, brackets.
_OPENERS = frozenset(" \t\"'“‘(«[-—–*•+#")  # a list item's or a heading's marker too
_SENTENCE_ENDS = frozenset(".!?:…")
_OPENING_QUOTES = frozenset("\"“‘«")
_DASHES = frozenset("-—–")
_CLOSERS = frozenset("\"'”’)»]")
# Characters next to a word that make it part of a handle, tag, path or address.
_NON_PROSE_NEIGHBOURS = frozenset("@#/\\_=.:{}<>0123456789")
_NEWLINE = regex.compile(r"\n")
_APOSTROPHE = regex.compile(r"['’]")
_ENGLISH_MARKERS = frozenset({"the", "and", "of", "to", "in", "is", "was", "for", "that", "with", "on"})


@cache
def gazetteer_names() -> tuple[str, ...]:
    """Names capitalised by rule, as written: gazetteer.txt and subdivisions.txt."""
    return load_lines("gazetteer.txt") + load_lines("subdivisions.txt")


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
    return word[:1].isupper() and any(map(str.islower, word[1:]))


def sentence_initial(text: str, start: int) -> bool:
    """True if the word at ``start`` begins a line, a list item ("* Ability to", "•
    Fix a typo"), a Markdown heading or a comment ("## Homepage"), a quotation, a
    sentence, a description after a quoted term and a dash ('“dash -n x.sh” -
    Syntax check'), or a caption after the number that opens its line ("表3.5 List of
    commands")."""
    i = start - 1
    dash = False
    while i >= 0 and text[i] in _OPENERS:
        if text[i] in _OPENING_QUOTES:
            return True  # said, "We …
        dash = dash or text[i] in _DASHES
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if dash and text[i] in _CLOSERS:
        return True  # a description after a quoted term: “dash -n script.sh” - Syntax check
    if text[i].isdigit() and i + 1 < start and _numbered_label(text, i):
        return True  # a caption or heading after its number: "表3.5 List of commands"
    while i >= 0 and text[i] in _CLOSERS:
        i -= 1
    return i >= 0 and text[i] in _SENTENCE_ENDS


def _numbered_label(text: str, end: int) -> bool:
    """Whether the token ending at ``end`` (a digit) is the first of its line: the number
    of a caption or heading ("表3.5", "3.5"), within 20 characters; not "In 2020"."""
    i = end
    while i >= 0 and end - i < _LABEL_LENGTH and not text[i].isspace():
        i -= 1
    return i < 0 or text[i] == "\n"


_LABEL_LENGTH = 20


def in_prose(text: str, start: int, end: int) -> bool:
    """False for words inside handles, hashtags, paths, URLs, code or numbers."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before in _NON_PROSE_NEIGHBOURS or after in "@#/\\_={}0123456789(<>":
        return False
    if after == "-" and text[end + 1 : end + 2].islower():
        return False  # the head of a lowercase compound or package name: "debian-user"
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
def titles() -> frozenset[str]:
    """Honorifics and titles, one word each, as written before a name: "Dr", "President"."""
    return frozenset(load_lines("honorifics.txt") + load_lines("titles.txt"))


@cache
def census_scores(name: str) -> Mapping[str, int]:
    """surnames.txt or first-names.txt: 1990 US Census names that are English words, with
    their score on the word list's scale ("smith", "bill", "rose")."""
    return MappingProxyType({word: int(score) for word, score in (line.split() for line in load_lines(name))})


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
    if word.isascii():
        if not (word.isalpha() and word.islower()):  # [a-z]+, without a regex call
            return ()
    elif not _ALL_LOWERCASE.fullmatch(word):
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


# A whole lowercase word: not after a letter or an apostrophe, not before a letter.
_LOWERCASE_WORD = regex.compile(r"(?<![\p{L}'’])\p{Ll}++(?!\p{L})")
# Above this many words, one tokenising scan is cheaper than a substring search each.
_MANY_WORDS = 48


def lowercase_positions_of(text: str, words: AbstractSet[str], limit: int = 0) -> dict[str, tuple[int, ...]]:
    """:func:`lowercase_positions` for each of ``words``, in linear time however many.

    A few words are searched for one by one (a C-level scan each); many are found in
    one scan of the text's lowercase words, so a text of thousands of distinct names
    is not scanned once per name.

    >>> lowercase_positions_of("bxa met Bxa, bxb", {"bxa", "bxb"})
    {'bxa': (0,), 'bxb': (13,)}
    """
    if len(words) <= _MANY_WORDS:
        return {word: lowercase_positions(text, word, limit) for word in sorted(words)}
    found: dict[str, list[int]] = {word: [] for word in words}
    for match in _LOWERCASE_WORD.finditer(text):
        places = found.get(match.group())
        if places is not None and (not limit or len(places) < limit):
            places.append(match.start())
    return {word: tuple(places) for word, places in sorted(found.items())}


# The characters of ordinary ASCII prose: a text's other characters are few.
_USUAL = frozenset("\n" + "".join(map(chr, range(0x20, 0x7F))))
_USUAL_BYTES = "".join(sorted(_USUAL)).encode("ascii")


@lru_cache(maxsize=2)
def unusual_characters(text: str) -> frozenset[str]:
    """The distinct characters of the text other than newline and printable ASCII.

    Memoised: many rules ask first. The UTF-8 bytes of the text without those ASCII
    bytes are the UTF-8 of just the other characters (an ASCII byte is never part of
    a longer sequence): C-level steps, and most texts have a handful (curly quotes,
    dashes), so this is far cheaper than a set of every character.

    >>> sorted(unusual_characters("It’s\\tok — ok\\n"))
    ['\\t', '—', '’']
    """
    rest = text.encode("utf-8", "surrogatepass").translate(None, _USUAL_BYTES)
    return frozenset(rest.decode("utf-8", "surrogatepass"))


@lru_cache(maxsize=64)
def _usual_part(wanted: frozenset[str]) -> str:
    return "".join(sorted(wanted & _USUAL))


def has_any(text: str, wanted: frozenset[str]) -> bool:
    """Whether ``text`` holds any character of ``wanted``.

    A rule that needs one of a few characters tests this and returns at once when
    none is present, instead of scanning the text with a regex.

    >>> has_any("a\\u00a0b", frozenset("\\u00a0\\u2009")), has_any("ab", frozenset("\\u00a0"))
    (True, False)
    >>> has_any("a;b", frozenset(";\\x00")), has_any("ab", frozenset(";"))
    (True, False)
    """
    if not unusual_characters(text).isdisjoint(wanted):
        return True
    return any(ch in text for ch in _usual_part(wanted))


class CharacterClass:
    """A regex character class as a fast test of one character ("" is never in it).

    Calling a regex costs far more than a set lookup: the answers for ASCII are
    computed once from the pattern itself, and those for other characters are
    memoised, so the test agrees with the regex module's Unicode data everywhere.

    >>> capital = CharacterClass(r"[\\p{Lu}]")
    >>> capital("A"), capital("a"), capital("Ж"), capital("")
    (True, False, True, False)
    """

    __slots__ = ("_ascii", "_other")

    def __init__(self, pattern: str) -> None:
        compiled = regex.compile(pattern)
        self._ascii = frozenset(ch for ch in map(chr, range(128)) if compiled.fullmatch(ch))
        self._other = lru_cache(maxsize=1024)(lambda ch: compiled.fullmatch(ch) is not None)

    def __call__(self, character: str) -> bool:
        if character.isascii():
            return character in self._ascii
        return bool(self._other(character))


def occurrences(text: str, characters: str, follows: Callable[[str], object]) -> list[int]:
    """Where a character of ``characters`` stands before a character ``follows`` accepts.

    In order; ``follows`` (a :class:`CharacterClass`, a set's ``__contains__``) also
    sees "" at the end of the text. A regex whose match starts with a small class of
    characters ("['’][STD]") costs a step of the regex engine per character of the
    text; a substring search for a few rare characters runs at memchr speed. A rule
    whose matches start only at such places tests those found here with its regex's
    ``match`` (:func:`matches_at`) instead of scanning.

    >>> occurrences("Don'T, Okafor’S, can't", "'’", CharacterClass("[ST]"))
    [3, 13]
    """
    return [start for start in find_all(text, characters) if follows(text[start + 1 : start + 2])]


def find_all(text: str, needles: Iterable[str]) -> list[int]:
    """Where each of a few ``needles`` starts in ``text``, in order, by str.find.

    >>> find_all("a ,b .c ,", [" ,", " ."])
    [1, 4, 7]
    """
    found: list[int] = []
    for needle in needles:
        start = text.find(needle)
        while start >= 0:
            found.append(start)
            start = text.find(needle, start + 1)
    found.sort()
    return found


def search_ending_at(
    pattern: regex.Pattern[str], backwards: regex.Pattern[str], text: str, pos: int, endpos: int
) -> regex.Match[str] | None:
    """``pattern.search(text, pos, endpos)`` for a ``pattern`` "X*+$", by ``backwards`` ("X*+", REVERSE).

    A search for "X*+$" tries every position of its window; matched backwards from
    ``endpos`` it takes a step per character of the match. Where the window ends in a
    line break, "$" may also match before it: the search itself runs then.
    """
    if text.endswith("\n", pos, endpos):
        return pattern.search(text, pos, endpos)
    return backwards.match(text, pos, endpos)


def matches_at(pattern: regex.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` when every match starts at one of ``starts`` (sorted).

    Non-overlapping, as finditer: a start inside the previous match is skipped.
    """
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match is not None:
            end = max(match.end(), start + 1)
            yield match


# A run of letters; the same matched backwards from the end of its window, to find
# the whole run ending at a position.
LETTERS = regex.compile(r"\p{L}++")
LETTERS_BACKWARDS = regex.compile(r"\p{L}++", flags=regex.REVERSE)
# Every ASCII byte that is not a letter, as a space; bytes of other characters kept.
# On the UTF-8 bytes of a text, translate() and split() give the runs of ASCII letters
# faster than any regex; the few runs holding other characters are split by regex.
_ASCII_NON_LETTERS_TO_SPACE = bytes(
    code if code >= 0x80 or chr(code).isalpha() else 0x20 for code in range(256)
)


@lru_cache(maxsize=2)
def letter_runs(text: str) -> frozenset[str]:
    """Every maximal run of letters, as written: a superset of the text's words.

    Rules with a word list test it against this set first and scan only for the few
    words that are present (memoised: several rules of a pass ask).
    """
    encoded = text.encode("utf-8", "surrogatepass")
    split = encoded.translate(_ASCII_NON_LETTERS_TO_SPACE).decode("utf-8", "surrogatepass").split()
    if text.isascii():
        return frozenset(split)
    runs = set(split)
    mixed = [run for run in runs if not run.isascii()]
    runs.difference_update(mixed)
    for run in mixed:
        runs.update(LETTERS.findall(run))
    return frozenset(runs)


@lru_cache(maxsize=2)
def cased_runs(text: str) -> frozenset[str]:
    """The letter runs that are not all lowercase: "Portugal", "USA" (and uncased scripts)."""
    return frozenset(itertools.filterfalse(str.islower, letter_runs(text)))  # a C-level loop


@lru_cache(maxsize=2)
def cased_runs_lowercased(text: str) -> frozenset[str]:
    """:func:`cased_runs`, lowercased: "portugal" for "Portugal" and "PORTUGAL"."""
    return frozenset(map(str.lower, cased_runs(text)))


def words_written(text: str, words: AbstractSet[str]) -> AbstractSet[str]:
    """Which of the lowercase ``words`` the text writes as a letter run, in any case.

    The lowercased letter runs of the text, intersected with ``words``, without
    lowercasing every run: a lowercase word is written when it is a run itself or a
    cased run lowercased (the few cased runs are all that need lower()).
    """
    return (words & letter_runs(text)) | (words & cased_runs_lowercased(text))


def writes_any(text: str, words: Iterable[str]) -> bool:
    """Whether the text writes any of the lowercase ``words`` (see :func:`words_written`)."""
    return not (letter_runs(text).isdisjoint(words) and cased_runs_lowercased(text).isdisjoint(words))


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


# A question or exclamation, or an ellipsis, followed by another sentence in the line.
_INNER_EXCLAMATION = regex.compile(r"(?:\p{L}[?!]|\.\.\.|…)[\"”’)\]]*+\s++\p{Lu}")


def _after_stop(line: str, word: str) -> bool:
    """Whether ``word`` first stands after a colon or sentence end: "Chapter 10. Data"."""
    at = line.find(" " + word)
    return at > 0 and line[at - 1] in ".:!?"


_HEADLINE_LENGTH = 300  # characters: twenty words of fifteen letters


def is_headline_line(line: str, ratio: float = 2.0) -> bool:
    """A title-cased headline: short (twenty words, 300 characters), one sentence, no
    closing period, common words capitalised.

    At least two common English words (not minor words) are capitalised, and they
    are at least ``ratio`` times as many as the lowercase ones (two in three).
    """
    stripped = line.strip()
    if not stripped or len(stripped) > _HEADLINE_LENGTH or stripped[-1] in ".,;:":
        return False
    if len(stripped.split()) > 20:
        return False
    if _SENTENCE_INSIDE.search(stripped):
        return False  # "It works.Yes": two sentences, not a headline
    if _INNER_EXCLAMATION.search(stripped):
        return False  # "Send over a PIZZA!  No thanks!": exclamations, not a headline
    common = english_words()
    minor = minor_words()
    capitalised = lowercase = 0
    for part, in_compound, in_quotation in headline_words(stripped):
        key = part.lower()
        if key in minor or key not in common:
            continue
        publisher_lowercase = in_compound or in_quotation
        if is_title_word(part):
            if in_quotation:
                continue  # a quotation's own capital: 'He said: "We will win"'
            # A subtitle after a stop starts capitalised in any case: no evidence of title case.
            capitalised += not _after_stop(stripped, part)
        elif part.islower() and not publisher_lowercase:
            lowercase += 1
    return capitalised >= 2 and capitalised >= ratio * lowercase


# A quotation in a line: “…”, "…", ‘…’, '…' (an apostrophe after a letter is not an
# opening quote: "Okafor's").
QUOTATION = regex.compile(
    r"“[^”\n]{1,200}+”|\"[^\"\n]{1,200}+\"|(?<!\p{L})[‘'][^‘’'\n]{1,200}+[’'](?!\p{L})"
)


def headline_words(line: str) -> Iterator[tuple[str, bool, bool]]:
    """The words of a headline, each with whether it is the lowercase part of a
    compound and whether it stands in a quotation: either way its case is the
    publisher's own.

    A quoted word keeps the case of the quotation ("UN 'optimistic' on Aid", 'He
    said: "We will win"'): its capital or lower case says nothing of the headline's
    style. The lowercase part of a compound whose first part is capitalised or a
    number is a house style ("All-time", "Vice-president", "11-month"): it does not
    say the headline is not title-cased.
    """
    quoted = [match.span() for match in QUOTATION.finditer(line)]
    previous_end = -1
    previous = ""
    for match in WORD.finditer(line):
        start = match.start()
        in_compound = start > 0 and line[start - 1] == "-" and (
            (previous_end == start - 1 and is_title_word(previous)) or line[start - 2 : start - 1].isdigit()
        )
        in_quotation = any(left < start < right for left, right in quoted)
        yield match.group(), in_compound, in_quotation
        previous, previous_end = match.group(), match.end()


def is_title_line(line: str) -> bool:
    """Short and not ending a sentence: how an article's first line, its title, looks.

    >>> is_title_line("Navalny airlifted to Germany"), is_title_line("He was flown out.")
    (True, False)
    """
    stripped = line.strip()
    if not stripped or stripped[-1] in ".!?;:,…" or len(stripped.split()) > 20:
        return False
    return not _SENTENCE_INSIDE.search(stripped)  # "He spoke. The senator": not a title
