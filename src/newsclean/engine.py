"""Run rules to a fixpoint, apply their edits and locate every change in the input."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence

from .model import (
    Config,
    ConvergenceError,
    Diagnostic,
    Edit,
    Misspellings,
    NewscleanError,
    Result,
    Rule,
    Selectors,
)
from .registry import resolve
from .scope import EMPTY_SCOPE, Scope, code_spans, may_gain_spans, outside, scope_of

__all__ = ["KnownWords", "apply_edits", "check", "clean", "configure", "make_pipeline", "run", "run_rules"]

_DEFAULT_CONFIG = Config()
_NEWLINE = re.compile("\n")


class InvalidEditError(NewscleanError):
    """A rule produced edits that break the contract (a bug in that rule)."""


def _validate(rule: Rule, text: str, edits: Sequence[Edit]) -> None:
    """Edits must be in bounds, sorted, non-overlapping and never no-ops."""
    previous_end = 0
    for edit in edits:
        if not 0 <= edit.start <= edit.end <= len(text) or edit.start < previous_end:
            raise InvalidEditError(f"{rule.code} produced an out-of-order edit {edit!r}")
        if edit.replacement is not None and text[edit.start : edit.end] == edit.replacement:
            raise InvalidEditError(f"{rule.code} produced a no-op edit {edit!r}")
        previous_end = edit.end


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply sorted, non-overlapping edits; report-only edits are skipped.

    >>> apply_edits("ab cd", [Edit(2, 3, ""), Edit(5, 5, ".")])
    'abcd.'
    """
    parts: list[str] = []
    position = 0
    for edit in edits:
        if edit.replacement is None:
            continue
        parts.append(text[position : edit.start])
        parts.append(edit.replacement)
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


class _Layer:
    """How one application of edits moved positions: new text -> old text."""

    __slots__ = ("new_starts", "spans")

    def __init__(self, edits: Sequence[Edit]) -> None:
        self.new_starts: list[int] = []
        self.spans: list[tuple[int, int, int, int]] = []  # new_start, new_end, old_start, old_end
        delta = 0
        for edit in edits:
            if edit.replacement is None:
                continue
            new_start = edit.start + delta
            new_end = new_start + len(edit.replacement)
            self.new_starts.append(new_start)
            self.spans.append((new_start, new_end, edit.start, edit.end))
            delta += len(edit.replacement) - (edit.end - edit.start)

    def to_old(self, position: int, end: bool = False) -> int:
        """The old position of ``position``; as an ``end``, a position inside or at
        the end of a replacement maps to the end of what it replaced."""
        if end:
            index = bisect.bisect_left(self.new_starts, position) - 1
        else:
            index = bisect.bisect_right(self.new_starts, position) - 1
        if index < 0:
            return position
        _, new_end, old_start, old_end = self.spans[index]
        if position < new_end or (end and position == new_end):
            return old_end if end else old_start
        return old_end + (position - new_end)


class _Locator:
    """Maps positions in the current text back to line:column of the input."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._line_starts: list[int] = []  # built on the first lookup: clean text needs none
        self._layers: list[_Layer] = []

    def push(self, edits: Sequence[Edit]) -> None:
        self._layers.append(_Layer(edits))

    def line_column(self, position: int, end: bool = False) -> tuple[int, int]:
        for layer in reversed(self._layers):
            position = layer.to_old(position, end)
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in _NEWLINE.finditer(self._source)]
        line = bisect.bisect_right(self._line_starts, position)
        return line, position - self._line_starts[line - 1] + 1


_CONTEXT_LIMIT = 20


def _context(text: str, start: int, end: int, replacement: str | None) -> tuple[str, str]:
    """The edit widened to the surrounding word(s), before and after."""
    left = start
    if not text.startswith("\n", start):  # a deleted line shows itself, not its neighbours
        while left > 0 and start - left < _CONTEXT_LIMIT and not text[left - 1].isspace():
            left -= 1
    right = end
    if not text[start:end].endswith("\n"):
        while right < len(text) and right - end < _CONTEXT_LIMIT and not text[right].isspace():
            right += 1
    shown = text[left:right]
    if replacement is None:
        return shown, shown
    return shown, text[left:start] + replacement + text[end:right]


class KnownWords:
    """Words and phrases no rule may change or introduce, matched in any case.

    An edit is dropped when it touches a known word ("acme" stays "acme", not "Acme")
    or when the whole words around it would contain a known word they did not
    contain before.

    >>> known = KnownWords(("teh",))
    >>> known.allowed("teh cat", [Edit(0, 3, "the"), Edit(4, 4, "x")])
    [Edit(start=4, end=4, replacement='x', note=None)]
    """

    __slots__ = ("_pattern", "_spans", "_text")

    def __init__(self, words: Iterable[str]) -> None:
        alternatives = sorted({word.strip() for word in words if word.strip()}, key=len, reverse=True)
        body = "|".join(re.escape(word) for word in alternatives) or "(?!)"
        self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
        self._text: str | None = None
        self._spans: tuple[list[int], list[int]] = ([], [])

    def _found(self, text: str) -> tuple[list[int], list[int]]:
        if text is not self._text:
            matches = list(self._pattern.finditer(text))
            self._text, self._spans = text, ([m.start() for m in matches], [m.end() for m in matches])
        return self._spans

    def _words(self, fragment: str) -> set[str]:
        return {match.group().lower() for match in self._pattern.finditer(fragment)}

    @staticmethod
    def _touches(starts: list[int], ends: list[int], edit: Edit) -> bool:
        """Whether ``edit`` changes a known word: overlaps one, or inserts inside one."""
        index = bisect.bisect_right(ends, edit.start)  # the first known word ending after it
        if index == len(starts):
            return False
        return starts[index] < edit.end  # an insertion (end == start) must fall strictly inside

    def allowed(self, text: str, edits: Sequence[Edit]) -> list[Edit]:
        """The ``edits`` of ``text`` that leave every known word as it is."""
        starts, ends = self._found(text)
        kept = []
        for edit in edits:
            if starts and self._touches(starts, ends, edit):
                continue
            if edit.replacement is not None:
                before, after = _context(text, edit.start, edit.end, edit.replacement)
                if self._pattern.search(after) and self._words(after) - self._words(before):
                    continue
            kept.append(edit)
        return kept


def run_rules(
    text: str,
    rules: Sequence[Rule],
    max_passes: int = 8,
    *,
    diagnostics: bool = True,
    known_words: Iterable[str] = (),
) -> Result:
    """Run ``rules`` in order, pass after pass, until none changes the text.

    With ``diagnostics=False`` the result holds the text alone: the same text, without
    the cost of locating and describing every edit (what :func:`clean` needs).
    ``known_words`` are words no rule may change or introduce (see :class:`KnownWords`).
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    known = KnownWords(known_words) if known_words else None
    if not diagnostics:
        return Result(_settle(text, rules, max_passes, None, known))
    locator = _Locator(text)
    found: list[Diagnostic] = []
    reported: set[tuple[str, int, int, str]] = set()

    def describe(rule: Rule, text: str, edits: list[Edit], pass_number: int) -> None:
        """Locate and describe ``edits`` of ``text``, before they are applied."""
        message = rule.message
        for edit in edits:
            line, column = locator.line_column(edit.start)
            end_line, end_column = locator.line_column(edit.end, end=True)
            before = text[edit.start : edit.end]
            if edit.replacement is None:
                key = (rule.code, line, column, before)
                if key in reported:
                    continue
                reported.add(key)
            shown_before, shown_after = _context(text, edit.start, edit.end, edit.replacement)
            found.append(
                Diagnostic(
                    rule.code, rule.name, message, line, column,
                    before, edit.replacement, edit.note, pass_number,
                    shown_before, shown_after, end_line, end_column,
                )
            )
        if any(edit.replacement is not None for edit in edits):
            locator.push(edits)  # they are applied next

    text = _settle(text, rules, max_passes, describe, known)
    return Result(text, tuple(found))


_Describe = Callable[[Rule, str, list[Edit], int], None]
_CONFIRM_BY_GATES = 1000  # characters: a shorter text's scope is always computed afresh


class _ScopedViews:
    """Each rule's edits, kept inside the text it understands (see :mod:`newsclean.scope`).

    The scope is computed when a scoped rule first proposes an edit (after the rules
    without a scope, so it reads real characters), then carried through the edits of
    scoped rules, which never touch a span; an edit of a rule without a scope makes
    it be computed again. The blanked text is made once per text version, when an
    English-only rule asks for it.
    """

    __slots__ = ("_computed", "_masked", "_moved", "_scope", "empty")

    def __init__(self) -> None:
        self._computed = False
        self._moved = False  # carried through edits since it was computed
        self._scope: Scope = EMPTY_SCOPE
        self._masked = ""
        self.empty = False  # computed, and no span: every rule may read the whole text

    def _compute(self, text: str) -> None:
        self._computed, self._moved, self._scope, self._masked = True, False, scope_of(text), ""
        self.empty = self._scope.empty

    def confirmed(self, text: str) -> bool:
        """Whether the scope the rules used is the settled text's own.

        A scope carried through edits can differ from the one the final text gets
        (a deleted chrome line changes which language a short text reads as). If it
        does, the fresh one replaces it and the rules must run again. An empty scope
        of a longer text is confirmed by two gates alone: the edits of scoped rules
        insert no character that verbatim text needs and leave its lines whole, so
        only a new run of spaces or a text of short lines could give it a span.
        """
        if not self._moved:
            return True
        carried = self._scope
        if carried.empty and len(text) >= _CONFIRM_BY_GATES and not may_gain_spans(text):
            return True
        self._compute(text)
        return self._scope == carried

    def applied(self, rule: Rule, edits: Sequence[Edit]) -> None:
        """``rule`` changed the text by ``edits``: move the spans with it.

        A rule without a scope may change what a line is (a control character in a
        word): the scope is then computed again when next needed.
        """
        self._masked = ""
        if rule.scope == "any":
            self._computed = self.empty = self._moved = False
        elif self._computed:
            self._scope = self._scope.shifted(edits)
            self._moved = True

    def edits(self, rule: Rule, text: str) -> list[Edit]:
        """The edits of a scoped rule (scope "layout" or "english") that stay in scope.

        The rule reads the whole text first: one that proposes nothing, or only edits
        in the trailing whitespace (where no span reaches), needs no scope, so clean
        text never pays for one. The read stops at the first edit while the spans are
        not known. Otherwise an English-only rule reads the text again
        with the out-of-scope spans blanked (no evidence from them), and every rule's
        edits that reach into a span are dropped. Once the spans of this text are
        known, an English-only rule reads only the blanked text.
        """
        english = rule.scope == "english"
        if english and self._computed and self._scope.spans(rule.scope):
            return self._masked_edits(rule, text)  # known spans: one read, of the blanked text
        proposed = iter(rule.check(text))
        first = next(proposed, None)
        if first is None:
            return []
        if first.start < len(text.rstrip()):  # else "add the final newline": past every span
            if not self._computed:
                self._compute(text)
            if english and self._scope.spans(rule.scope):
                return self._masked_edits(rule, text)  # the rest of the first read is not needed
        edits = [first, *proposed]
        _validate(rule, text, edits)
        spans = self._scope.spans(rule.scope) if self._computed else ()
        return outside(edits, spans) if spans else edits

    def _masked_edits(self, rule: Rule, text: str) -> list[Edit]:
        """The edits of an English-only rule that reads ``text`` with its spans blanked."""
        if not self._masked:
            self._masked = self._scope.masked(text)
        edits = list(rule.check(self._masked))
        _validate(rule, self._masked, edits)
        return outside(edits, self._scope.spans(rule.scope))


def _settle(
    text: str, rules: Sequence[Rule], max_passes: int, describe: _Describe | None, known: KnownWords | None
) -> str:
    """Apply the rules' edits pass after pass until no rule changes the text; return it.

    Rules are pure: one that changed nothing in the current text, as it stands, is
    not asked again until another rule changes the text. A pass then reruns only the
    rules that ran before the last change. ``describe`` sees each rule's edits
    (report-only ones too) with the text they apply to, before they are applied.
    """
    version = 0
    settled_at: dict[int, int] = {}  # rule index -> text version it left unchanged
    scoped = _ScopedViews()
    for pass_number in range(1, max_passes + 1):
        fired: list[str] = []
        for index, rule in enumerate(rules):
            if settled_at.get(index) == version:
                continue
            if rule.scope == "any" or scoped.empty:
                edits = list(rule.check(text))
                if edits:
                    _validate(rule, text, edits)
            else:
                edits = scoped.edits(rule, text)
            if edits and rule.scope == "english" and ("`" in text or '"' in text or "“" in text):
                edits = outside(edits, code_spans(text))  # `node:test`, ":help netrw": code, not prose
            if edits and known is not None:
                edits = known.allowed(text, edits)
            if not edits:
                settled_at[index] = version
                continue
            if describe is not None:
                describe(rule, text, edits, pass_number)
            if all(edit.replacement is None for edit in edits):
                settled_at[index] = version  # report-only edits
                continue
            fired.append(rule.code)
            text = apply_edits(text, edits)
            scoped.applied(rule, edits)
            version += 1
        if not fired:
            if scoped.confirmed(text):
                return text
            version += 1  # the settled text has another scope: every rule asks again
    raise ConvergenceError(
        f"text still changing after {max_passes} passes; rules still firing: {', '.join(fired)}"
    )


def configure(
    config: Config | None = None,
    *,
    select: Selectors | None = None,
    extend_select: Selectors | None = None,
    ignore: Selectors | None = None,
    known_words: Iterable[str] | None = None,
    dictionary: Misspellings | None = None,
) -> Config:
    """The Config the keywords of :func:`run`, :func:`clean` and the others describe.

    ``config`` is the base; ``select`` replaces its selection, the other keywords add
    to it. Every selector is checked at once: an unknown one raises UnknownRuleError.

    >>> configure(select="SP", ignore=["SP02"]).select
    ('SP',)
    """
    config = config or _DEFAULT_CONFIG
    if select is None and extend_select is None and ignore is None and not known_words and not dictionary:
        chosen = config
    else:
        chosen = config.merged(
            select=select, extend_select=extend_select, ignore=ignore,
            known_words=known_words, dictionary=dictionary,
        )
    resolve(chosen)  # validates every selector now, not at the first text
    return chosen


def run(
    text: str,
    config: Config | None = None,
    *,
    select: Selectors | None = None,
    extend_select: Selectors | None = None,
    ignore: Selectors | None = None,
    known_words: Iterable[str] | None = None,
    dictionary: Misspellings | None = None,
    diagnostics: bool = True,
) -> Result:
    """Clean ``text`` with the rules ``config`` selects; return text and diagnostics.

    The keywords refine ``config`` (see :func:`configure`). ``diagnostics=False``
    returns the text alone (``Result.diagnostics`` empty), faster.

    >>> run("It works.Yes", select="SP").diagnostics[0].code
    'SP01'
    """
    config = configure(
        config, select=select, extend_select=extend_select, ignore=ignore,
        known_words=known_words, dictionary=dictionary,
    )
    return run_rules(
        text, resolve(config), config.max_passes, diagnostics=diagnostics, known_words=config.known_words
    )


def clean(
    text: str,
    config: Config | None = None,
    *,
    select: Selectors | None = None,
    extend_select: Selectors | None = None,
    ignore: Selectors | None = None,
    known_words: Iterable[str] | None = None,
    dictionary: Misspellings | None = None,
) -> str:
    """Return the cleaned text; it keeps its own ending (no newline is added).

    >>> clean("Hello  world.It works.\\n\\n\\n")
    'Hello world. It works.\\n'
    >>> clean("A clean sentence.")
    'A clean sentence.'
    >>> clean("The acme board said it was recieved.", known_words=["acme"])
    'The acme board said it was received.'
    """
    return run(
        text, config, select=select, extend_select=extend_select, ignore=ignore,
        known_words=known_words, dictionary=dictionary, diagnostics=False,
    ).text


def check(
    text: str,
    config: Config | None = None,
    *,
    select: Selectors | None = None,
    extend_select: Selectors | None = None,
    ignore: Selectors | None = None,
    known_words: Iterable[str] | None = None,
    dictionary: Misspellings | None = None,
) -> list[Diagnostic]:
    """Return the diagnostics ``clean`` would act on, without returning the text."""
    return list(
        run(
            text, config, select=select, extend_select=extend_select, ignore=ignore,
            known_words=known_words, dictionary=dictionary,
        ).diagnostics
    )


Step = str | Callable[[str], str]


def _rules_stage(rules: tuple[Rule, ...]) -> Callable[[str], str]:
    def stage(text: str) -> str:
        return run_rules(text, rules, diagnostics=False).text

    return stage


def make_pipeline(*steps: Step) -> Callable[[str], str]:
    """Compose rule codes, rule names, prefixes and plain ``str -> str`` callables.

    Consecutive rule selectors run together through the engine (to a fixpoint);
    callables run where they stand.

    >>> pipeline = make_pipeline("WS", str.upper)
    >>> pipeline("a  b")
    'A B'
    """
    stages: list[Callable[[str], str]] = []
    pending: list[str] = []

    def flush() -> None:
        if pending:
            stages.append(_rules_stage(resolve(Config(select=tuple(pending)))))
            pending.clear()

    for step in steps:
        if isinstance(step, str):
            pending.append(step)
        elif callable(step):
            flush()
            stages.append(step)
        else:
            raise TypeError(f"pipeline steps are rule selectors or callables, not {step!r}")
    flush()

    def pipeline(text: str) -> str:
        for stage in stages:
            text = stage(text)
        return text

    return pipeline
