"""Diagnostics as text, JSON or GitHub annotations; statistics; unified diffs; rule table."""

from __future__ import annotations

import difflib
import json
import textwrap
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TextIO

from .model import Diagnostic, Rule

__all__ = [
    "DiagnosticStream", "diagnostic_dict", "format_diagnostics", "rule_table", "statistics", "unified_diff",
]

FORMATS = ("text", "json", "github")


def _shown(value: str) -> str:
    """A fragment quoted for one line of output: newlines and controls escaped."""
    if value.isprintable():
        return f"'{value}'"
    return repr(value)


def _where(path: str, record: int | None) -> str:
    """A path, with the record (JSON line) number when there is one: "a.jsonl:3"."""
    return path if record is None else f"{path}:{record}"


def _text_line(path: str, diagnostic: Diagnostic, record: int | None = None) -> str:
    where = _where(path, record)
    head = f"{where}:{diagnostic.line}:{diagnostic.column}: {diagnostic.code} {diagnostic.message}"
    if diagnostic.after is None:
        line = f"{head}: {_shown(diagnostic.context_before)} (not fixed)"
    else:
        line = f"{head}: {_shown(diagnostic.context_before)} → {_shown(diagnostic.context_after)}"
    return f"{line} [{diagnostic.note}]" if diagnostic.note else line


def _github_escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_escape_property(value: str) -> str:
    return _github_escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _github_line(path: str, diagnostic: Diagnostic, record: int | None = None) -> str:
    """A GitHub annotation; a JSON record is one line of its file, so it is the line."""
    level = "error" if diagnostic.fixable else "warning"
    place = (
        (f"line={diagnostic.line}", f"col={diagnostic.column}",
         f"endLine={diagnostic.end_line or diagnostic.line}")
        if record is None
        else (f"line={record}",)
    )
    properties = ",".join(
        (
            f"file={_github_escape_property(path)}",
            *place,
            f"title={_github_escape_property(diagnostic.code + ' ' + diagnostic.name)}",
        )
    )
    return f"::{level} {properties}::{_github_escape_data(_text_line(path, diagnostic, record))}"


def diagnostic_dict(diagnostic: Diagnostic) -> dict[str, object]:
    """A diagnostic as a flat JSON-ready object (no path)."""
    return {
        "line": diagnostic.line,
        "column": diagnostic.column,
        "end_line": diagnostic.end_line,
        "end_column": diagnostic.end_column,
        "code": diagnostic.code,
        "name": diagnostic.name,
        "message": diagnostic.message,
        "before": diagnostic.before,
        "after": diagnostic.after,
        "context_before": diagnostic.context_before,
        "context_after": diagnostic.context_after,
        "note": diagnostic.note,
        "fixable": diagnostic.fixable,
        "pass": diagnostic.fixed_in_pass,
    }


def _json_object(path: str, diagnostic: Diagnostic, record: int | None = None) -> dict[str, object]:
    """A diagnostic with its file and, for JSON lines, the record's line number in the file
    (``line``/``column`` are then inside the record's text)."""
    return {"path": path, "record": record, **diagnostic_dict(diagnostic)}


def format_diagnostics(
    items: Iterable[tuple[str, Diagnostic]], output_format: str, record: int | None = None
) -> str:
    """All diagnostics of a run in one output format, ending with a newline if any."""
    pairs = list(items)
    if output_format == "json":
        objects = [_json_object(p, d, record) for p, d in pairs]
        return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"
    render = _github_line if output_format == "github" else _text_line
    return "".join(render(path, diagnostic, record) + "\n" for path, diagnostic in pairs)


class DiagnosticStream:
    """Writes diagnostics as they come, in one format; JSON output is one array.

    Nothing is held in memory but the per-rule counts, so a run over millions of
    documents reports in constant memory.
    """

    def __init__(self, output: TextIO, output_format: str) -> None:
        if output_format not in FORMATS:
            raise ValueError(f"unknown format {output_format!r}")
        self._output = output
        self._format = output_format
        self._written = 0
        self.counts: Counter[tuple[str, str]] = Counter()

    def add(
        self, path: str, diagnostics: Iterable[Diagnostic], *, show: bool = True, record: int | None = None
    ) -> None:
        """Count ``diagnostics`` and, if ``show``, write them (``record``: a JSON line's number)."""
        for diagnostic in diagnostics:
            self.counts[(diagnostic.code, diagnostic.name)] += 1
            if not show:
                continue
            if self._format == "json":
                self._output.write("[\n" if not self._written else ",\n")
                item = json.dumps(_json_object(path, diagnostic, record), ensure_ascii=False, indent=2)
                self._output.write(textwrap.indent(item, "  "))
            else:
                self._output.write(format_diagnostics([(path, diagnostic)], self._format, record))
            self._written += 1

    def close(self, *, show: bool = True) -> None:
        """End the output (closes the JSON array; an empty run writes ``[]``)."""
        if show and self._format == "json":
            self._output.write("\n]\n" if self._written else "[]\n")

    def statistics(self) -> str:
        """Counts per rule over everything added, most frequent first."""
        return _statistics_rows(self.counts)


def statistics(diagnostics: Iterable[Diagnostic]) -> str:
    """Counts per rule, most frequent first: "  12  SP01  missing-space-after-sentence"."""
    return _statistics_rows(Counter((d.code, d.name) for d in diagnostics))


def _statistics_rows(counts: Counter[tuple[str, str]]) -> str:
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    return "".join(f"{count:5d}  {code}  {name}\n" for (code, name), count in rows)


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of one document, empty when nothing changed."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True),
        after.splitlines(keepends=True),
        fromfile=f"a/{path}",
        tofile=f"b/{path}",
    )
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def rule_table(rules: Sequence[Rule]) -> str:
    """The rule table as Markdown, as README.md shows it."""
    rows = ["| code | name | default | what it fixes |", "| --- | --- | --- | --- |"]
    for rule in sorted(rules, key=lambda r: r.code):
        default = "yes" if rule.default else "no"
        rows.append(f"| {rule.code} | {rule.name} | {default} | {rule.message} |")
    return "\n".join(rows) + "\n"
