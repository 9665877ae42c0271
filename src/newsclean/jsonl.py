"""JSON lines: clean one string field of every record, keep everything else.

Each line is handled on its own (in a worker process when the CLI runs with
``--jobs``): a record whose text does not change is written back byte for byte; a
changed record is re-serialised in the style of its line (ASCII escapes or not,
compact or spaced separators). A line that is not a JSON object with that string
field is passed through unchanged and reported with its line number, so no record
is ever dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import regex

from .engine import run
from .files import size_limit_problem
from .model import Config, Diagnostic
from .report import diagnostic_dict

__all__ = ["ANNOTATION_KEY", "LineCleaner", "LineOutcome", "split_line_ending"]

ANNOTATION_KEY = "newsclean"
# The whitespace after the first key's colon tells how the line was serialised.
_FIRST_SEPARATOR = regex.compile(rb'\A\s*+\{\s*+"(?:[^"\\]++|\\.)*+"(\s*+):( ?+)')


@dataclass(frozen=True, slots=True)
class LineOutcome:
    """What became of one line: the bytes to write and what was found."""

    output: bytes
    changed: bool
    diagnostics: tuple[Diagnostic, ...] = ()
    problem: str | None = None  # why the line was passed through unchanged
    is_record: bool = True  # False for a blank line


def split_line_ending(raw: bytes) -> tuple[bytes, bytes]:
    r"""A line and its ending (``\n``, ``\r\n`` or nothing).

    >>> split_line_ending(b'{"a": 1}\r\n')
    (b'{"a": 1}', b'\r\n')
    """
    if raw.endswith(b"\r\n"):
        return raw[:-2], b"\r\n"
    if raw.endswith(b"\n"):
        return raw[:-1], b"\n"
    return raw, b""


def _dump(record: dict[str, object], body: bytes) -> bytes:
    """Serialise like the original line: escapes and separators as it wrote them."""
    match = _FIRST_SEPARATOR.match(body)
    compact = bool(match) and not match.group(2)  # type: ignore[union-attr]
    text = json.dumps(
        record,
        ensure_ascii=body.isascii(),
        separators=(",", ":") if compact else (", ", ": "),
    )
    return text.encode("utf-8")


class LineCleaner:
    """Clean the ``field`` of one JSON-lines record: a picklable ``bytes -> LineOutcome``.

    >>> cleaner = LineCleaner("text", Config())
    >>> cleaner(b'{"id": 7, "text": "It works.Yes"}\\n').output
    b'{"id": 7, "text": "It works. Yes\\\\n"}\\n'
    >>> cleaner(b'{"id": 7,\\n').problem
    'malformed JSON (Expecting property name enclosed in double quotes at column 10); passed through'
    """

    __slots__ = ("annotate", "config", "field", "max_bytes")

    def __init__(
        self, field: str, config: Config, annotate: bool = False, max_bytes: int | None = None
    ) -> None:
        self.field = field
        self.config = config
        self.annotate = annotate
        self.max_bytes = max_bytes

    def __call__(self, raw: bytes) -> LineOutcome:
        body, ending = split_line_ending(raw)
        if not body.strip():
            return LineOutcome(raw, False, is_record=False)
        too_large = size_limit_problem(len(raw), self.max_bytes)
        if too_large:
            return LineOutcome(raw, False, problem=f"record of {too_large}; passed through")
        try:
            record = json.loads(body)
        except UnicodeDecodeError:
            return LineOutcome(raw, False, problem="not UTF-8; passed through")
        except ValueError as error:
            reason = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
            where = f" at column {error.colno}" if isinstance(error, json.JSONDecodeError) else ""
            return LineOutcome(raw, False, problem=f"malformed JSON ({reason}{where}); passed through")
        if not isinstance(record, dict):
            return LineOutcome(raw, False, problem="not a JSON object; passed through")
        text = record.get(self.field)
        if not isinstance(text, str):
            what = "has no" if text is None and self.field not in record else "has a non-string"
            return LineOutcome(raw, False, problem=f"record {what} field {self.field!r}; passed through")
        result = run(text, self.config)
        changed = result.text != text
        if not changed and not self.annotate:
            return LineOutcome(raw, False, result.diagnostics)
        record[self.field] = result.text
        if self.annotate:
            record[ANNOTATION_KEY] = [diagnostic_dict(d) for d in result.diagnostics]
        return LineOutcome(_dump(record, body) + ending, changed, result.diagnostics)
