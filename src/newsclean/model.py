"""Value types shared by the engine, the rules and the CLI: all immutable."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
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
    end_line: int = 0  # where ``before`` ends in the input (0: not known)
    end_column: int = 0

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


Selectors = str | Iterable[str]
# A user dictionary: wrong -> right, as a mapping or as pairs (see Config.dictionary).
Misspellings = Mapping[str, str] | Iterable[tuple[str, str]]


def selector_tuple(value: Selectors | None) -> tuple[str, ...]:
    """Selectors as a tuple: a plain string is one selector (or several, comma-separated).

    >>> selector_tuple("SP"), selector_tuple(["SP01", "CA, TY"]), selector_tuple(None)
    (('SP',), ('SP01', 'CA', 'TY'), ())
    """
    if value is None:
        return ()
    items = [value] if isinstance(value, str) else list(value)
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"a rule selector is a string, not {item!r}")
    return tuple(part.strip() for item in items for part in item.split(",") if part.strip())


@dataclass(frozen=True, slots=True)
class Config:
    """Which rules run, and what they must respect. Immutable and hashable.

    Selectors are codes, code prefixes, names, families or ``ALL``: ``select``
    replaces the default set, ``extend_select`` adds to it, ``ignore`` removes from
    the result. ``known_words`` are words (or phrases) no rule may change or
    introduce, in any case ("acme", "teh"). ``dictionary`` holds extra misspellings
    for TY01 as ``(wrong, right)`` pairs; a right side with commas lists several
    candidates and is reported, not fixed (codespell's format, see
    :func:`newsclean.read_dictionary`). ``final_newline`` ends the text with exactly
    one newline, the file convention the command line and ``clean_bytes`` use;
    otherwise the text keeps its own ending.
    """

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    max_passes: int = 8
    known_words: tuple[str, ...] = ()
    dictionary: tuple[tuple[str, str], ...] = ()
    final_newline: bool = False

    @classmethod
    def from_selectors(
        cls,
        select: Selectors | None = None,
        extend_select: Selectors | None = (),
        ignore: Selectors | None = (),
    ) -> Config:
        """A Config from selectors; ``select=None`` keeps the defaults.

        >>> Config.from_selectors(["SP"], ignore="SP02").ignore
        ('SP02',)
        """
        return cls(
            select=selector_tuple(select) if select is not None else None,
            extend_select=selector_tuple(extend_select),
            ignore=selector_tuple(ignore),
        )

    def merged(
        self,
        *,
        select: Selectors | None = None,
        extend_select: Selectors | None = None,
        ignore: Selectors | None = None,
        known_words: Iterable[str] | None = None,
        dictionary: Misspellings | None = None,
    ) -> Config:
        """This Config with the given options applied: ``select`` replaces the selection,
        the others add to what this Config has.

        >>> Config(ignore=("CA",)).merged(ignore="TY", known_words=["acme"])
        Config(select=None, extend_select=(), ignore=('CA', 'TY'), max_passes=8, \
known_words=('acme',), dictionary=(), final_newline=False)
        """
        if isinstance(known_words, str):
            known_words = [known_words]
        pairs = dictionary.items() if isinstance(dictionary, Mapping) else dictionary or ()
        return replace(
            self,
            select=selector_tuple(select) if select is not None else self.select,
            extend_select=self.extend_select + selector_tuple(extend_select),
            ignore=self.ignore + selector_tuple(ignore),
            known_words=self.known_words + tuple(known_words or ()),
            dictionary=self.dictionary + tuple((str(w), str(r)) for w, r in pairs),
        )
