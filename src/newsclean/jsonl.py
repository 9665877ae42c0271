"""JSON lines: clean one string field of every record, keep everything else.

Each line is handled on its own (in a worker process when the CLI runs with
``--jobs``): a record whose text does not change is written back byte for byte; in a
changed record only the bytes of the field's value are replaced (numbers such as
``1.10`` or ``1e5``, key order and duplicate keys stay as written; ASCII escapes if
the value used them). A line that is not a JSON object with that string
field is passed through unchanged and reported with its line number, so no record
is ever dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import regex

from .engine import run
from .files import size_limit_problem
from .model import Config, Diagnostic, NewscleanError
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


_DECODER = json.JSONDecoder()


def _skip_space(line: str, position: int) -> int:
    while position < len(line) and line[position] in " \t\r\n":
        position += 1
    return position


def _value_span(line: str, field: str) -> tuple[int, int]:
    """Where the top-level ``field``'s value stands in the JSON object ``line``.

    The last occurrence of the key, as ``json.loads`` reads a duplicated key. Keys and
    values are read with the C decoder (``raw_decode``), so this is one step a key.

    >>> _value_span('{"a": 1, "text" : "x", "b": [2]}', "text")
    (18, 21)
    """
    position = _skip_space(line, line.index("{") + 1)
    span = (-1, -1)
    while position < len(line) and line[position] != "}":
        key, position = _DECODER.raw_decode(line, position)
        start = _skip_space(line, _skip_space(line, position) + 1)  # past the colon
        _, end = _DECODER.raw_decode(line, start)
        if key == field:
            span = (start, end)
        position = _skip_space(line, end)
        if line.startswith(",", position):
            position = _skip_space(line, position + 1)
    return span


def _encoded(value: str, ascii_only: bool) -> str:
    """``value`` as a JSON string: with ASCII escapes if the line used them, or if it
    holds a lone surrogate that UTF-8 cannot write."""
    if not ascii_only:
        encoded = json.dumps(value, ensure_ascii=False)
        try:
            encoded.encode("utf-8")
        except UnicodeEncodeError:
            pass
        else:
            return encoded
    return json.dumps(value)


def _replace_field(body: bytes, field: str, value: str) -> bytes:
    """The line with only the bytes of ``field``'s value replaced: every other byte,
    number format, key order and duplicate key stays as the line wrote it."""
    line = body.decode("utf-8")
    start, end = _value_span(line, field)
    new = _encoded(value, ascii_only=line[start:end].isascii())
    return (line[:start] + new + line[end:]).encode("utf-8")


def _add_key(body: bytes, key: str, value: object) -> bytes:
    """The object ``body`` with ``key`` added last, in the line's own separators."""
    match = _FIRST_SEPARATOR.match(body)
    compact = bool(match) and not match.group(2)  # type: ignore[union-attr]
    item_separator, key_separator = (",", ":") if compact else (", ", ": ")
    separators = (item_separator, key_separator)
    encoded = json.dumps({key: value}, ensure_ascii=body.isascii(), separators=separators)
    closing = body.rindex(b"}")
    inner = body[:closing].rstrip()
    joiner = "" if inner.endswith(b"{") else item_separator
    return inner + (joiner + encoded[1:-1]).encode("utf-8") + body[closing:]


class LineCleaner:
    """Clean the ``field`` of one JSON-lines record: a picklable ``bytes -> LineOutcome``.

    >>> cleaner = LineCleaner("text", Config())
    >>> cleaner(b'{"id": 7, "text": "It works.Yes"}\\n').output
    b'{"id": 7, "text": "It works. Yes"}\\n'
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
        except RecursionError:
            return LineOutcome(raw, False, problem="nested too deeply to read; passed through")
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
        try:
            result = run(text, self.config)
        except NewscleanError as error:  # a rule that does not settle: a bug, not the record's
            return LineOutcome(raw, False, problem=f"{error}; passed through")
        changed = result.text != text
        if not changed and not self.annotate:
            return LineOutcome(raw, False, result.diagnostics)
        output = _replace_field(body, self.field, result.text) if changed else body
        if self.annotate:
            notes = [diagnostic_dict(d) for d in result.diagnostics]
            output = _add_key(output, ANNOTATION_KEY, notes)
        return LineOutcome(output + ending, changed, result.diagnostics)
