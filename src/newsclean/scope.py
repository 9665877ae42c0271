"""Where rules may act: verbatim lines, verse, and non-English paragraphs.

The engine computes a :class:`Scope` when a scoped rule first proposes an edit, and
keeps each rule inside the text it understands:

- ``verbatim``: lines whose characters and layout are the point (shell commands, code,
  configuration, table rows, aligned columns, indented blocks that are not prose, chat
  logs; see :mod:`newsclean.shapes`). Only the encoding repairs touch them.
- ``verse``: stanzas, whose line starts and layout are the author's. Chrome rules may
  still delete a prompt line among short lines.
- ``foreign``: paragraphs a language identifier does not call English. Rules that only
  make sense in English (casing, spelling, spacing after punctuation, the pronoun
  "i", lost apostrophes) see the text with all three kinds blanked (each character but
  the line break replaced by U+FFFC, so positions stay), and any edit that would still
  reach into a span is dropped.

Those rules also edit nothing inside a Markdown code span or a quoted command
(:func:`code_spans`: `` `node:test` ``, ``":help netrw"``), though they read its words.

The spans come from the text's own shape and words, line by line, in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from . import language
from .model import Edit
from .shapes import (
    VERSE_LINE_LENGTH,
    Line,
    is_verbatim_line,
    lines_of,
    may_hold_verbatim,
    verbatim_lines,
    verse_lines,
)

__all__ = ["EMPTY_SCOPE", "Scope", "code_spans", "is_verbatim_line", "may_gain_spans", "outside", "scope_of"]

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


# A code span of Markdown and of chat assistants' answers, on one line, its backticks
# included: `node:test`, `net.Socket`, the inner part of ``pip wheel``. Not across a line
# break; at most 200 characters between (a backtick with no other on its line, used as
# a quote, opens none).
_CODE_SPAN = re.compile(r"`[^`\n]{1,200}`")


# A double quotation on one line, at most 120 characters: where a manual quotes a
# command (":help netrw", "systemctl list-units --type=target", “dash -n script.sh”).
_QUOTATION = re.compile(r"[\"“]([^\"“”\n]{1,120})[\"”]")
# An option inside a quotation: "-n", "--type=target" after a space or at its start.
_OPTION_INSIDE = re.compile(r"(?:^| )--?[A-Za-z]")


def code_spans(text: str) -> tuple[Span, ...]:
    """The inline code spans of ``text``: no English-only rule edits inside one.

    A Markdown code span (backticks), and a quotation of a command: one that starts
    with a command's sigil and a letter (":help netrw", "$HOME", "~/bin", "/etc/fstab")
    or holds an option ("dash -n script.sh"). Speech starts with neither ("$5 billion
    is a lot," he said) and holds no option.

    >>> code_spans("Use `node:test` (see `net.Socket`), not it's `")
    ((4, 15), (21, 33))
    >>> code_spans('Read ":help netrw" or run "dash -n x.sh"; he said "Go home."')
    ((5, 18), (26, 40))
    """
    spans = tuple(match.span() for match in _CODE_SPAN.finditer(text)) if "`" in text else ()
    if _may_quote_command(text):
        commands = tuple(match.span() for match in _QUOTATION.finditer(text) if _command(match.group(1)))
        if commands:
            return _merged(spans + commands) if spans else commands
    return spans


# An opening quote and a command's sigil; an option anywhere (" -n", " --type").
_SIGIL_QUOTES = tuple(quote + sigil for quote in '"“' for sigil in ":$~/")
_OPTION_ANYWHERE = re.compile(r" --?[A-Za-z]")


def _may_quote_command(text: str) -> bool:
    """The cheap gate before the quotation scan: most news quotes speech only, and holds
    neither a quote before a sigil nor an option (substring searches, no scan)."""
    return any(pair in text for pair in _SIGIL_QUOTES) or (
        " -" in text and _OPTION_ANYWHERE.search(text) is not None
    )


def _command(quoted: str) -> bool:
    """Whether a quotation's text is a command: a sigil and a letter first, or an option."""
    return (quoted[0] in ":$~/" and quoted[1:2].isalpha()) or _OPTION_INSIDE.search(quoted) is not None


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


def may_gain_spans(text: str) -> bool:
    """Whether a text whose scope was empty may have spans after scoped rules' edits:
    a run of spaces (a deletion between two spaces) or short lines on average."""
    return "  " in text or VERSE_LINE_LENGTH * text.count("\n") > len(text)


# ----------------------------------------------------------------- language

def _units(lines: Sequence[Line], verbatim: Sequence[bool]) -> Iterator[tuple[int, int]]:
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


def _spans(lines: Sequence[Line], flags: Sequence[bool]) -> tuple[Span, ...]:
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
    maybe_verbatim = may_hold_verbatim(text)
    maybe_verse = VERSE_LINE_LENGTH * text.count("\n") > len(text)  # short lines on average
    plainly_english = language.plainly_english(text)
    if not maybe_verbatim and not maybe_verse and plainly_english:
        return EMPTY_SCOPE  # most news: no line to look at closely
    lines = list(lines_of(text))
    verbatim = verbatim_lines(lines) if maybe_verbatim else [False] * len(lines)
    verbatim_spans = _spans(lines, verbatim)
    verse_spans = _spans(lines, verse_lines(lines, verbatim)) if maybe_verse else ()
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
