"""The command line: ``newsclean [options] [PATH ...]``. Only this module touches stdio.

Exit codes: 0 nothing to change (or changes written), 1 ``--check`` found changes,
2 usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from . import __version__
from .decode import Decoded, decode
from .engine import run
from .files import InputError, encode, read_document, write_atomic
from .model import Config, Diagnostic, NewscleanError
from .registry import RULES, select_rules
from .report import FORMATS, format_diagnostics, rule_table, statistics, unified_diff

__all__ = ["main"]

EXIT_CLEAN, EXIT_CHANGES, EXIT_ERROR = 0, 1, 2
STDIN = "-"


class UsageError(NewscleanError):
    """The command line asks for something impossible."""


def _selectors(values: Sequence[str] | None) -> tuple[str, ...]:
    return tuple(part.strip() for value in values or () for part in value.split(",") if part.strip())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Repair the text of scraped news articles: mojibake, glued sentences, "
        "casing, typos, citation debris, markdown and site chrome.",
        epilog="Exit codes: 0 clean or fixed, 1 --check found changes, 2 usage or input error.",
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="files or folders (searched for --glob); '-' or none reads stdin",
    )
    mode = parser.add_argument_group("modes (default: print the cleaned text of one input)")
    mode.add_argument("-i", "--in-place", action="store_true", help="rewrite changed files atomically")
    mode.add_argument(
        "--check", action="store_true", help="report what would change; exit 1 if anything would"
    )
    mode.add_argument("--diff", action="store_true", help="print a unified diff of what would change")
    mode.add_argument("--list-rules", action="store_true", help="print the rule table and exit")
    mode.add_argument("--explain", metavar="CODE", help="print what a rule fixes and leaves alone, and exit")
    rules = parser.add_argument_group("rule selection (codes, prefixes, names, families or ALL)")
    rules.add_argument("--select", action="append", help="run only these rules")
    rules.add_argument("--extend-select", action="append", help="add these rules to the selection")
    rules.add_argument("--ignore", action="append", help="do not run these rules")
    output = parser.add_argument_group("output")
    output.add_argument("--format", choices=FORMATS, default="text", help="diagnostics format")
    output.add_argument("--statistics", action="store_true", help="print counts per rule to stderr")
    output.add_argument("-q", "--quiet", action="store_true", help="print no diagnostics or summaries")
    output.add_argument("--glob", default="*.txt", help="file pattern inside folders (default: *.txt)")
    output.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


@dataclass(frozen=True, slots=True)
class _Options:
    paths: tuple[str, ...]
    in_place: bool
    check: bool
    diff: bool
    output_format: str
    statistics: bool
    quiet: bool
    glob: str
    config: Config


def _options(args: argparse.Namespace) -> _Options:
    select = _selectors(args.select) or None
    config = Config(
        select=select, extend_select=_selectors(args.extend_select), ignore=_selectors(args.ignore)
    )
    for selector in (*(select or ()), *config.extend_select, *config.ignore):
        select_rules(selector)  # raises UnknownRuleError for a typo
    return _Options(tuple(args.paths) or (STDIN,), args.in_place, args.check, args.diff,
                    args.format, args.statistics, args.quiet, args.glob, config)


def _expand(paths: Sequence[str], pattern: str) -> list[str]:
    """Files to process, in a stable order; folders are searched recursively."""
    found: list[str] = []
    for path in paths:
        if path == STDIN:
            found.append(STDIN)
            continue
        folder = Path(path)
        if folder.is_dir():
            matches = sorted(str(p) for p in folder.rglob(pattern) if p.is_file())
            if not matches:
                raise InputError(f"{path}: no files matching {pattern!r} in this folder")
            found.extend(matches)
        elif not folder.exists() and not folder.is_symlink():
            raise InputError(f"{path}: no such file or folder")
        else:
            found.append(path)
    return found


def _read(path: str, stdin: TextIO) -> Decoded:
    if path == STDIN:
        try:
            return decode(stdin.buffer.read())
        except NewscleanError as error:
            raise InputError(f"<stdin>: {error}") from None
    return read_document(path)


def _encoding_finding(document: Decoded) -> Diagnostic | None:
    """Reading a file that is not plain UTF-8 is itself a finding (the fix writes UTF-8)."""
    if document.is_utf8:
        return None
    what = f"{document.encoding} with a byte-order mark" if document.bom else document.encoding
    return Diagnostic("EN00", "non-utf8-file", "File is not UTF-8 without a byte-order mark",
                      1, 1, what, "utf-8", None, 1, what, "utf-8")


@dataclass(frozen=True, slots=True)
class _Outcome:
    path: str
    document: Decoded
    cleaned: str
    diagnostics: tuple[Diagnostic, ...]

    @property
    def changed(self) -> bool:
        return self.cleaned != self.document.text or not self.document.is_utf8


def _process(paths: Sequence[str], options: _Options, stdin: TextIO) -> Iterator[_Outcome]:
    for path in paths:
        document = _read(path, stdin)
        result = run(document.text, options.config)
        finding = _encoding_finding(document)
        by_position = sorted(result.diagnostics, key=lambda d: (d.line, d.column))
        diagnostics = ((finding,) if finding else ()) + tuple(by_position)
        yield _Outcome(path, document, result.text, diagnostics)


def _validate_all(paths: Sequence[str], stdin: TextIO) -> None:
    """Read every input before writing any, so a bad input leaves all files untouched."""
    for path in paths:
        if path == STDIN:
            raise UsageError("--in-place cannot write to standard input")
        _read(path, stdin)


def _execute(options: _Options, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    paths = _expand(options.paths, options.glob)
    writing_mode = options.in_place or options.check or options.diff
    if len(paths) > 1 and not writing_mode:
        raise UsageError("several inputs need --in-place, --check or --diff (printing is for one input)")
    if options.in_place:
        _validate_all(paths, stdin)
    all_diagnostics: list[tuple[str, Diagnostic]] = []
    changed_files = 0
    for outcome in _process(paths, options, stdin):
        shown_path = "<stdin>" if outcome.path == STDIN else outcome.path
        all_diagnostics.extend((shown_path, d) for d in outcome.diagnostics)
        changed_files += outcome.changed
        if options.diff:
            stdout.write(unified_diff(shown_path, outcome.document.text, outcome.cleaned))
        if options.in_place and outcome.changed:
            write_atomic(outcome.path, encode(outcome.cleaned, outcome.document.newline))
        if not writing_mode:
            stdout.write(outcome.cleaned)
    _report(options, all_diagnostics, changed_files, len(paths), stdout, stderr)
    return EXIT_CHANGES if options.check and changed_files else EXIT_CLEAN


def _report(options: _Options, diagnostics: list[tuple[str, Diagnostic]], changed: int, total: int,
            stdout: TextIO, stderr: TextIO) -> None:
    if options.quiet:
        return
    if options.check:
        stdout.write(format_diagnostics(diagnostics, options.output_format))
    if options.statistics:
        stderr.write(statistics(d for _, d in diagnostics))
    if options.in_place:
        stderr.write(f"newsclean: {changed} of {total} file(s) changed\n")
    elif options.check and options.output_format == "text":
        verdict = "would change" if changed else "nothing to change in"
        stderr.write(f"newsclean: {verdict} {changed or total} of {total} file(s)\n")


def _explain(code: str, stdout: TextIO) -> int:
    rules = select_rules(code)
    for rule in rules:
        default = "on" if rule.default else "off"
        stdout.write(f"{rule.code} {rule.name} ({rule.family}, default {default})\n\n")
        stdout.write(rule.description + "\n\n")
    return EXIT_CLEAN


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command line; return the exit code (0, 1 or 2)."""
    out, err, inp = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # --help, --version, or an argparse usage error
        return int(exit_request.code or 0)
    try:
        if args.list_rules:
            out.write(rule_table(RULES))
            return EXIT_CLEAN
        if args.explain:
            return _explain(args.explain, out)
        return _execute(_options(args), out, err, inp)
    except NewscleanError as error:
        err.write(f"newsclean: error: {error}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write("newsclean: interrupted\n")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_ERROR
