"""Where rules may act: verbatim lines (code, commands, tables) and non-English text.

The engine computes a :class:`Scope` once per text version and keeps each rule inside
the text it understands:

- ``verbatim``: lines whose characters and layout are the point (shell commands, code,
  configuration, table rows, aligned columns, indented blocks that are not prose). No
  spacing, casing, spelling, artifact, chrome or whitespace edit may touch them.
- ``foreign``: paragraphs a language identifier does not call English. Rules that only
  make sense in English (casing, spelling, the pronoun "i", lost apostrophes) do not
  see them: the engine hands those rules the text with both kinds of span blanked
  (each character but the line break replaced by U+FFFC, so positions stay) and drops
  any edit that would still reach into a span.

Both are decided from the text's own shape and words, line by line, in one pass.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import language
from .model import Edit

__all__ = ["EMPTY_SCOPE", "Scope", "is_verbatim_line", "may_gain_spans", "outside", "scope_of"]

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Scope:
    """Spans of a text that some rules must not touch; each span is a run of whole lines.

    A span runs from its first line's first character to its last line's last
    character, the line break excluded.
    """

    verbatim: tuple[Span, ...] = ()
    foreign: tuple[Span, ...] = ()
    verse: tuple[Span, ...] = ()

    def spans(self, kind: str) -> tuple[Span, ...]:
        """The spans a rule of scope ``kind`` must stay out of, sorted.

        "lines" (rules that delete whole chrome lines): verbatim lines only, so a
        cluster of short prompt lines that reads like verse can still go; "layout":
        verbatim lines and verse; "english": those and non-English paragraphs.
        """
        if kind == "lines":
            return self.verbatim
        parts = self.verbatim + self.verse + (self.foreign if kind == "english" else ())
        return _merged(parts) if len(parts) > len(self.verbatim) else self.verbatim

    @property
    def empty(self) -> bool:
        return not (self.verbatim or self.foreign or self.verse)

    def shifted(self, edits: Sequence[Edit]) -> Scope:
        """The same spans in the text ``edits`` (sorted, applied) make of this one.

        Rules with a scope never edit inside a span; rules without one (mojibake,
        invisible characters) may, and the span then grows or shrinks with the edit.

        >>> Scope(verbatim=((10, 20),)).shifted([Edit(0, 2, ""), Edit(12, 12, "xx")]).verbatim
        ((8, 20),)
        """
        if not edits or self.empty:
            return self
        moves = [
            (edit.start, edit.end, len(edit.replacement) - (edit.end - edit.start))
            for edit in edits
            if edit.replacement is not None
        ]
        every = self.verbatim + self.foreign + self.verse
        starts = _moved(moves, sorted({a for a, _ in every}), ends=False)
        ends = _moved(moves, sorted({b for _, b in every}), ends=True)

        def spans(old: tuple[Span, ...]) -> tuple[Span, ...]:
            new = ((starts[a], ends[b]) for a, b in old)
            return tuple((a, b) for a, b in new if a < b)

        return Scope(spans(self.verbatim), spans(self.foreign), spans(self.verse))

    def masked(self, text: str) -> str:
        """``text`` with the English-only spans blanked: same length, same line breaks.

        >>> Scope(verbatim=((3, 5),)).masked("ab\\ncd\\nef")
        'ab\\n\\ufffc\\ufffc\\nef'
        """
        spans = self.spans("english")
        if not spans:
            return text
        parts: list[str] = []
        position = 0
        for start, end in spans:
            parts.append(text[position:start])
            parts.append(_blank(text[start:end]))
            position = end
        parts.append(text[position:])
        return "".join(parts)


EMPTY_SCOPE = Scope()


def _merged(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Sorted spans with overlapping and touching ones joined (a foreign stanza is
    both verse and foreign).

    >>> _merged(((0, 43), (44, 63), (0, 43), (50, 70)))
    ((0, 43), (44, 70))
    """
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return tuple(merged)


def _moved(moves: Sequence[tuple[int, int, int]], points: Sequence[int], ends: bool) -> dict[int, int]:
    """Where sorted ``points`` go when ``moves`` (start, end, length change) are applied.

    One sweep over both. Text inserted at a span's start goes before the span; at its
    end, after it. A point inside a replaced range goes to the replacement's start.
    """
    moved: dict[int, int] = {}
    delta = index = 0
    for point in points:
        while index < len(moves):
            start, end, change = moves[index]
            before = end < point or (end == point and (start < point or not ends))
            if not before:
                break
            delta += change
            index += 1
        if index < len(moves) and moves[index][0] < point < moves[index][1]:
            moved[point] = moves[index][0] + delta
        else:
            moved[point] = point + delta
    return moved


# What a blanked character becomes: no letter, no space, no punctuation, so a blanked
# line reads as a line with no words (not as a blank line, which would move the
# "first line" a headline rule looks at).
BLANK = "\ufffc"
_NOT_BREAK = re.compile(r"[^\n]")


def _blank(chunk: str) -> str:
    return _NOT_BREAK.sub(BLANK, chunk)


def outside(edits: Sequence[Edit], spans: Sequence[Span]) -> list[Edit]:
    """The edits that stay out of every span (both are sorted by position).

    An edit touches a span when it overlaps it, or inserts strictly inside it.
    """
    kept: list[Edit] = []
    index, count = 0, len(spans)
    for edit in edits:
        while index < count and spans[index][1] <= edit.start and not (
            edit.start == edit.end == spans[index][1]
        ):
            index += 1
        touches = False
        probe = index
        while probe < count and spans[probe][0] <= edit.end:
            start, end = spans[probe]
            if edit.start == edit.end:
                touches = start < edit.start < end
            else:
                touches = edit.start < end and edit.end > start
            if touches:
                break
            probe += 1
        if not touches:
            kept.append(edit)
    return kept


# ----------------------------------------------------------------- verbatim lines

# A shell or REPL prompt, then a command: "$ sudo apt-get install x", "# vi /etc/x",
# ">>> print(1)". Not a markdown heading ("# Breaking News": a capital after "# ").
_PROMPT = re.compile(r"[ \t]*+(?:[$%]|#|>>>|\(\w{2,10}\))[ \t]++(?:[a-z./~$_-]|\Z)")
# A line of a chat log, its time optional: "<nick> text", "16:09:35 < nick> text".
_CHAT = re.compile(r"[ \t]*+(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]++)?<[ @+%&~]?[^\s<>]{1,30}>[ \t]++\S")
# Tokens that only code, commands and configuration write: options ("-type", "--all"),
# assignments ("a=b"), shell operators, braces, variables, escapes, snake_case names,
# calls "f(x)" and man-page references are not counted ("find(1)" is prose in manuals).
_CODE_TOKEN = re.compile(
    r"""(?x)
      (?<!\S)--?[A-Za-z][\w-]*+(?!\S)      # an option: -name, --all, -aHAXSv
    | (?<!\S)(?:\|\||&&|;|>>|2>&1|\\)(?!\S)   # a shell operator standing alone
    | [\w\]'")]=\S                          # an assignment: a=b, ug+rwX,o=rX, x="y"
    | (?<!\S)[-+*/|&]?=(?!\S)                # a spaced assignment: "x = 1", "n += 1"
    | [{}]                                  # braces
    | \$[({A-Za-z_]                         # a variable or substitution: $PATH ${x} $(cmd)
    | \b[a-z]++_[a-z_]++\b                  # snake_case: smtp_sasl_type
    | ;$                                    # a statement end
    """
)
# A word as prose writes it: letters, maybe an apostrophe or hyphen, maybe punctuation
# around it ("(said", "U.S.,", "don't", "well-known").
_PLAIN_WORD = re.compile(r"[\"'“‘(\[]?+[^\W\d_]++(?:[-'’.][^\W\d_]++)*+[.,;:!?\"'”’)\]]*+")
# An HTML tag ("<div class="x">", "</p>") or a URL: not code, whatever they hold.
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}+>|https?://[^\s()<>]++")
# A prose line ends a sentence: a letter or digit, a closing mark, then . ! ? or …
_SENTENCE_END = re.compile(r"[^\W\d_][\"”’')\]]*+[.!?…][\"”’')\]]*+$")
# Two or more spaces between two visible characters: a column gap.
_GAP = re.compile(r"(?<=\S)  ++(?=\S)")
_TABLE_BAR = " | "
# Characters without which a line cannot be verbatim: one fast test before the others.
_MAYBE_VERBATIM = re.compile(
    r"[|{}=_\\\t]|\$[({A-Za-z_]|[ \t]--?[A-Za-z]|  |^[ \t#$%>(<*]|;[ \t]*$|<[A-Za-z/!]|>>",
    re.MULTILINE,
)


def _ends_sentence(line: str) -> bool:
    line = line.rstrip()
    return _SENTENCE_END.search(line, max(0, len(line) - 16)) is not None  # the end only


def _table_row(line: str) -> int:
    """How strongly ``line`` reads as a table row: 2 alone, 1 with a neighbour, 0 not."""
    stripped = line.strip()
    bars = line.count(_TABLE_BAR)
    if bars >= 2 or (stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3):
        return 2
    if bars == 1 or (stripped.count("\t") >= 1 and not line.startswith("\t")):
        return 1
    return 0


_SENTENCE_TOKENS = 12


def _long_sentence(line: str) -> bool:
    """Twelve words or more, not indented, ending a sentence: a line of prose."""
    return not _indented(line) and line.count(" ") >= _SENTENCE_TOKENS and _ends_sentence(line)


def _code_line(line: str) -> bool:
    """A command, code or configuration line, or a chat log line, from its shape alone."""
    if _PROMPT.match(line) or _CHAT.match(line):
        return True
    stripped = _TAG.sub(" ", line).strip()  # leftover HTML is the artifact rules' business
    if not stripped:
        return False
    tokens = stripped.split()
    if _long_sentence(line):
        return False  # a long sentence: prose, whatever it mentions
    gaps = len(_COLUMN_GAP.findall(stripped))
    hits = len(_CODE_TOKEN.findall(stripped))
    if hits and " | " in stripped:
        hits += 1  # a pipe counts beside other code: "Left | right" is a title, not a command
    if gaps and (hits or gaps >= 2 or len(tokens) <= 2):
        hits += gaps  # columns: "Keyboard      Application"; not "And so are   you."
    if len(tokens) >= 6 and 4 * hits < len(tokens):
        plain = sum(1 for token in tokens if _PLAIN_WORD.fullmatch(token))
        if 10 * plain >= 7 * len(tokens):
            return False  # mostly words: prose that mentions an option or a brace
    if _ends_sentence(stripped) and len(tokens) >= 6:
        return hits >= 3 and hits * 3 >= len(tokens)  # a sentence, unless code dominates
    if hits >= 2 or (hits and len(tokens) <= 4):
        return True
    return hits == 1 and tokens[0][:1].islower() and not _ends_sentence(stripped)


# Three spaces or more between two visible characters: a column gap.
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}+(?=\S)")
# A token with a digit or a symbol inside it: "973824", "-rwsr-xr-x", "[1]+", "+0200".
_TECHNICAL = re.compile(r"\S*[\d\[\]+/\\~<>=|*&%$#@-]\S*")


def _technical(line: str) -> bool:
    """Whether three tokens in ten or more are numbers, flags, paths or symbols."""
    tokens = line.split()
    technical = sum(1 for token in tokens if _TECHNICAL.fullmatch(token) and token not in "-–—")
    return 10 * technical >= 3 * len(tokens)


def _indented(line: str) -> bool:
    return line.startswith(("\t", "  "))


def is_verbatim_line(line: str) -> bool:
    """Whether one line, on its own, is verbatim (code, a command, a table row).

    >>> is_verbatim_line("find . -type f -name '*.ext' -print0 | xargs -0 command")
    True
    >>> is_verbatim_line("ps -eo pid,user,args"), is_verbatim_line("smtp_sasl_type = cyrus")
    (True, True)
    >>> is_verbatim_line("The minister said the talks would resume on Monday.")
    False
    >>> is_verbatim_line("Campeonatos > III Divisão - Série F > Jornadas")
    False
    """
    if not _MAYBE_VERBATIM.search(line):
        return False
    return _table_row(line) == 2 or _code_line(line)


class _Line:
    __slots__ = ("end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text


def _lines(text: str) -> Iterator[_Line]:
    start, size = 0, len(text)
    while start <= size:
        newline = text.find("\n", start)
        if newline < 0:
            if start < size:
                yield _Line(start, size, text[start:])
            return
        yield _Line(start, newline, text[start:newline])
        start = newline + 1


def _aligned(line: str, other: str | None) -> bool:
    """Two lines whose column gaps end at the same place: rows of an aligned table."""
    if other is None:
        return False
    ends = {m.end() for m in _GAP.finditer(line)}
    return bool(ends) and any(m.end() in ends for m in _GAP.finditer(other))


def _indented_blocks(lines: Sequence[_Line], flags: list[bool]) -> None:
    """Flag blocks of two or more indented lines, mostly not prose: code, a listing, a
    Debian package description, as Markdown and plain-text manuals write them."""
    size = len(lines)
    start = 0
    while start < size:
        if not lines[start].text.startswith(_BLOCK_INDENT) or not lines[start].text.strip():
            start += 1
            continue
        end = start
        while end < size and (lines[end].text.startswith(_BLOCK_INDENT) or not lines[end].text.strip()):
            end += 1
        block = [i for i in range(start, end) if lines[i].text.strip()]
        if len(block) >= 2 and 2 * sum(_ends_sentence(lines[i].text) for i in block) <= len(block):
            for i in block:
                flags[i] = True
        start = end


_BLOCK_INDENT = ("\t", " ")


def _verbatim_in_context(text: str, before: str | None, after: str | None) -> bool:
    """Whether the non-blank line ``text`` is verbatim, given its non-blank neighbours."""
    row = _table_row(text)
    if row == 2:
        return True
    if _long_sentence(text):
        return False  # prose, whatever it holds: a doubled space, a percent, an option
    if _code_line(text):
        return True
    if row == 1 and any(n is not None and _table_row(n) for n in (before, after)):
        return True  # "Key | Value" above "size | 10"
    if "  " in text.strip() and (_aligned(text, before) or _aligned(text, after)):
        return True  # columns aligned with the next or previous line
    if _GAP.search(text.strip()) and not _ends_sentence(text) and (_indented(text) or _technical(text)):
        return True  # columns of a listing: "-rwsr-xr-x 1 root root   973824 …"
    # An indented line of code or dots: "  x = (a) & ~(b)", " ...".
    return text[:1] in " \t" and not _ends_sentence(text) and (
        _CODE_TOKEN.search(text) is not None or not any(map(str.isalpha, text))
    )


def _candidate_lines(lines: Sequence[_Line]) -> list[int]:
    """Indices of the lines that hold what verbatim text needs, found by a few fast scans.

    Each scan looks for a literal or a small character class, which the regex engine
    finds at C speed: rare characters ("|", "{", "=", "_", "<", "$", a tab), a column
    gap, an option (" -x"), a line that starts like code or a prompt, a final ";".
    """
    if not lines:
        return []
    text = "\n".join(line.text for line in lines)
    positions: list[int] = []
    for character in set(_rare_characters(text)):
        positions.extend(_line_hits(text, character))
    if "$" in text:
        positions.extend(_line_matches(text, _VARIABLE))
    for literal, pattern in _LITERAL_SCANS:
        if literal in text:
            positions.extend(_line_matches(text, pattern))
    positions.extend(match.start() + 1 for match in _CODE_LINE_START.finditer(text))
    if text[:1] in _LINE_START_MARKS:
        positions.append(0)
    if text.rstrip().endswith(";"):
        positions.append(len(text.rstrip()) - 1)
    if not positions:
        return []
    starts = list(itertools.accumulate((len(line.text) + 1 for line in lines[:-1]), initial=0))
    return sorted({bisect.bisect_right(starts, position) - 1 for position in positions})


_RARE_BYTES = frozenset(b"|{}=_\\\t<>")
_VARIABLE = re.compile(r"\$[({A-Za-z_]")  # "$HOME", "$(cmd)"; not "$5"
_NOT_RARE = bytes(b for b in range(256) if b not in _RARE_BYTES)
_LINE_START_MARKS = " \t#$%>(<*"
_OPTION = re.compile(r" --?[A-Za-z]")
# A literal that must be in the text, and the scan that finds the places it counts.
_LITERAL_SCANS = (("  ", re.compile("  ")), (" -", _OPTION), (";\n", re.compile(";\n")))
_CODE_LINE_START = re.compile(r"\n[ \t#$%>(<*]")




def _may_hold_verbatim(text: str) -> bool:
    """Whether ``text`` may hold a verbatim line: the cheap gate before the line scans."""
    return (
        _has_rare(text)
        or ("$" in text and _VARIABLE.search(text) is not None)
        or "  " in text
        or text[:1] in _LINE_START_MARKS
        or text.rstrip().endswith(";")
        or (" -" in text and _OPTION.search(text) is not None)
        or _CODE_LINE_START.search(text) is not None
    )


def _rare_characters(text: str) -> str:
    """The characters of ``text`` that are in :data:`_RARE_BYTES`, with repeats.

    bytes.translate deletes every other byte at C speed: far cheaper than a regex scan.
    """
    return text.encode("utf-8", "surrogatepass").translate(None, _NOT_RARE).decode("ascii")


def may_gain_spans(text: str) -> bool:
    """Whether a text whose scope was empty may have spans after scoped rules' edits:
    a run of spaces (a deletion between two spaces) or short lines on average."""
    return "  " in text or _VERSE_LINE_LENGTH * text.count("\n") > len(text)


def _has_rare(text: str) -> bool:
    return bool(_rare_characters(text))


def _line_matches(text: str, pattern: re.Pattern[str]) -> Iterator[int]:
    """The first match of ``pattern`` in each line that holds one: one per line at most,
    so a megabyte of spaces costs one search per line, not one per match."""
    match = pattern.search(text)
    while match is not None:
        yield match.start()
        line_end = text.find("\n", match.start())
        if line_end < 0:
            return
        match = pattern.search(text, line_end + 1)


def _line_hits(text: str, character: str) -> Iterator[int]:
    """The first place of ``character`` in each line that holds it."""
    position = text.find(character)
    while position >= 0:
        yield position
        line_end = text.find("\n", position)
        if line_end < 0:
            return
        position = text.find(character, line_end + 1)


def _verbatim_lines(lines: Sequence[_Line]) -> list[bool]:
    """Which lines are verbatim, each judged with its nearest non-blank neighbours."""
    size = len(lines)
    flags = [False] * size
    candidates = _candidate_lines(lines)
    if not candidates:
        return flags

    def neighbours(i: int) -> tuple[str | None, str | None]:
        """The nearest non-blank lines above and below line ``i``."""
        up, down = i - 1, i + 1
        while up >= 0 and not lines[up].text.strip():
            up -= 1
        while down < size and not lines[down].text.strip():
            down += 1
        return (lines[up].text if up >= 0 else None), (lines[down].text if down < size else None)

    for i in candidates:
        text = lines[i].text
        if text.strip():
            flags[i] = _verbatim_in_context(text, *neighbours(i))
    if any(line.text[:1] in " \t" for line in lines):
        _indented_blocks(lines, flags)
    if not any(flags):
        return flags
    # A chat action ("* nick waves") among chat lines is part of the log.
    for i in range(1, size):
        action = lines[i].text.startswith("* ") and _CHAT.match(lines[i - 1].text)
        if not flags[i] and flags[i - 1] and action:
            flags[i] = True
    # An indented line inside a run of verbatim lines is part of the block.
    for i in range(size):
        if not flags[i] and _indented(lines[i].text) and lines[i].text.strip():
            up = i - 1
            down = i + 1
            if (up >= 0 and flags[up]) or (down < size and flags[down]):
                flags[i] = not _prose_line(lines[i].text)
    return flags


def _prose_line(line: str) -> bool:
    return len(line.split()) >= 6 and _ends_sentence(line)


# ----------------------------------------------------------------- verse

_VERSE_LINE_LENGTH = 60  # characters: no line of a stanza is longer
_STANZA = 4  # lines at least
_TERMINAL = ".!?…\"”’)»"


def _verse_lines(lines: Sequence[_Line], verbatim: Sequence[bool]) -> list[bool]:
    """Lines of stanzas: blocks of four short lines or more whose line breaks fall
    inside sentences, and that start a line with a capital after such a break.

    Hard-wrapped prose goes on in lower case after a break; a poem capitalises its
    line starts ("Roses are red,\nViolets are blue,"). A headline above a body,
    a byline or a list of prompts is shorter than a stanza or holds a long line.
    """
    flags = [False] * len(lines)
    i, size = 0, len(lines)
    while i < size:
        if not lines[i].text.strip() or verbatim[i]:
            i += 1
            continue
        j = i
        while j < size and lines[j].text.strip() and not verbatim[j]:
            j += 1
        if j - i >= _STANZA and _stanza([lines[k].text.strip() for k in range(i, j)]):
            for k in range(i, j):
                flags[k] = True
        i = j
    return flags


def _stanza(block: Sequence[str]) -> bool:
    if any(len(line) > _VERSE_LINE_LENGTH for line in block):
        return False
    open_breaks = [k for k in range(len(block) - 1) if block[k][-1:] not in _TERMINAL]
    capital_after = sum(1 for k in open_breaks if block[k + 1][:1].isupper())
    return 2 * len(open_breaks) >= len(block) - 1 and capital_after >= 2


# ----------------------------------------------------------------- language

def _units(lines: Sequence[_Line], verbatim: Sequence[bool]) -> Iterator[tuple[int, int]]:
    """Paragraphs as (first line, last line + 1): blocks of non-blank, non-verbatim lines,
    split at each line in blocks of one paragraph a line (long lines)."""
    i, size = 0, len(lines)
    while i < size:
        if verbatim[i] or not lines[i].text.strip():
            i += 1
            continue
        j = i
        while j < size and not verbatim[j] and lines[j].text.strip():
            j += 1
        if j - i > 1 and sum(len(lines[k].text) for k in range(i, j)) > 150 * (j - i):
            for k in range(i, j):
                yield k, k + 1
        else:
            yield i, j
        i = j


def _spans(lines: Sequence[_Line], flags: Sequence[bool]) -> tuple[Span, ...]:
    """Runs of consecutive flagged lines as spans; trailing spaces are not layout, so a
    span ends at its last line's last visible character."""
    spans: list[Span] = []
    previous = -2
    for index, (line, flag) in enumerate(zip(lines, flags, strict=True)):
        if not flag:
            continue
        end = line.start + len(line.text.rstrip())
        if previous == index - 1:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((line.start, end))
        previous = index
    return tuple(spans)


def scope_of(text: str) -> Scope:
    """The verbatim and non-English spans of ``text``.

    >>> scope = scope_of("The tool is simple.\\n\\nfind . -type f -print0 | xargs -0 rm\\n")
    >>> scope.verbatim
    ((21, 57),)
    >>> scope_of("Oggi i funerali del sindaco si sono svolti a Roma.").foreign
    ((0, 50),)
    """
    if len(text) <= _MEMO_LIMIT:
        return _memo_scope(text)
    return _scope(text)


def _scope(text: str) -> Scope:
    maybe_verbatim = _may_hold_verbatim(text)
    maybe_verse = _VERSE_LINE_LENGTH * text.count("\n") > len(text)  # short lines on average
    plainly_english = language.plainly_english(text)
    if not maybe_verbatim and not maybe_verse and plainly_english:
        return EMPTY_SCOPE  # most news: no line to look at closely
    lines = list(_lines(text))
    verbatim = _verbatim_lines(lines) if maybe_verbatim else [False] * len(lines)
    verbatim_spans = _spans(lines, verbatim)
    verse_spans = _spans(lines, _verse_lines(lines, verbatim)) if maybe_verse else ()
    if plainly_english:
        scope = Scope(verbatim_spans, (), verse_spans)
        return EMPTY_SCOPE if scope.empty else scope
    units = list(_units(lines, verbatim))
    foreign_flags = [False] * len(lines)
    if units:
        prose = [(lines[a].start, lines[b - 1].end) for a, b in units]
        for (a, b), english in zip(units, language.english_units(text, prose), strict=True):
            if not english:
                for k in range(a, b):
                    foreign_flags[k] = True
    return Scope(verbatim_spans, _spans(lines, foreign_flags), verse_spans)


_MEMO_LIMIT = 200_000
_memo_scope = lru_cache(maxsize=8)(_scope)
