"""Value types shared by the engine, the rules and the CLI: all immutable."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache


class NewscleanError(Exception):
    """Base class of every error this library raises on purpose."""


class UnknownRuleError(NewscleanError):
    """A rule selector names no rule, family or prefix."""


class ConvergenceError(NewscleanError):
    """The rules kept changing the text after the maximum number of passes."""


class DecodeError(NewscleanError):
    """Bytes that are not text in any plausible encoding (binary data)."""


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``replacement``.

    ``replacement=None`` reports a problem without fixing it. ``note`` explains the
    evidence behind the edit (shown in diagnostics).
    """

    start: int
    end: int
    replacement: str | None
    note: str | None = None


CheckFunction = Callable[[str], Iterator[Edit]]


@lru_cache(maxsize=256)
def _first_line(doc: str) -> str:
    return doc.strip().splitlines()[0].rstrip(".")


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: a stable code, a kebab-case name and a pure check function."""

    code: str
    name: str
    family: str
    check: CheckFunction
    default: bool = True
    # Where the rule may act (see newsclean.scope): "any" text; "lines", never on
    # verbatim lines (code, commands, tables); "layout", nor inside verse; "english",
    # only in English prose outside those, and it sees the rest of the text blanked.
    scope: str = "layout"

    @property
    def message(self) -> str:
        """The first docstring line of the check function: what users see."""
        return _first_line(self.check.__doc__ or self.name)

    @property
    def description(self) -> str:
        """The whole docstring, dedented, for ``--explain``."""
        import inspect

        return inspect.cleandoc(self.check.__doc__ or self.name)

    @property
    def function_name(self) -> str:
        """The snake_case name used by :mod:`newsclean.filters`."""
        return self.name.replace("-", "_")


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding, located at 1-based ``line``:``column`` of the input text.

    ``before``/``after`` are the exact edit; ``context_before``/``context_after`` widen
    it to whole words for display ("days.Two" -> "days. Two").
    """

    code: str
    name: str
    message: str
    line: int
    column: int
    before: str
    after: str | None
    note: str | None = None
    fixed_in_pass: int = 1
    context_before: str = ""
    context_after: str = ""

    @property
    def fixable(self) -> bool:
        """True when the rule changes the text; False for report-only findings."""
        return self.after is not None


@dataclass(frozen=True, slots=True)
class Result:
    """The cleaned text and every diagnostic that produced it."""

    text: str
    diagnostics: tuple[Diagnostic, ...] = field(default_factory=tuple)

    @property
    def changed_count(self) -> int:
        """Number of diagnostics that changed the text."""
        return sum(1 for d in self.diagnostics if d.fixable)


@dataclass(frozen=True, slots=True)
class Config:
    """Which rules run. Selectors are codes, code prefixes, names, families or ``ALL``.

    ``select`` replaces the default set, ``extend_select`` adds to it, ``ignore``
    removes from the result.
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    max_passes: int = 8

    @classmethod
    def from_selectors(
        cls,
        select: Iterable[str] | None = None,
        extend_select: Iterable[str] | None = (),
        ignore: Iterable[str] | None = (),
    ) -> Config:
        """A Config from any iterables of selectors; ``select=None`` keeps the defaults.

        >>> Config.from_selectors(["SP"], ignore=None)
        Config(select=('SP',), extend_select=(), ignore=(), max_passes=8)
        """
        return cls(
            select=tuple(select) if select is not None else None,
            extend_select=tuple(extend_select or ()),
            ignore=tuple(ignore or ()),
        )
