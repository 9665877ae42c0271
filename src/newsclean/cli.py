"""The command line: ``newsclean [options] [PATH ...]``. Only this module touches stdio.

Exit codes: 0 nothing to change (or changes written), 1 ``--check`` found changes,
2 usage or input error.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from . import __version__
from .batch import map_ordered, resolve_jobs
from .compression import codec_of, compressor, decompressed
from .decode import Decoded, decode
from .engine import run
from .files import (
    AtomicWriter,
    InputError,
    Snapshot,
    WriteError,
    encode,
    open_input,
    read_document,
    remove_stale_temporaries,
    size_limit_problem,
    snapshot,
    write_atomic,
)
from .jsonl import LineCleaner
from .model import Config, Diagnostic, NewscleanError
from .registry import FILE_RULES, RULES, file_rule_enabled, select_file_rules, select_rules
from .report import FORMATS, DiagnosticStream, rule_table, unified_diff

__all__ = ["main"]

EXIT_CLEAN, EXIT_CHANGES, EXIT_ERROR = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a command killed by SIGPIPE
DEFAULT_MAX_BYTES = 20_000_000
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
    output.add_argument(
        "--glob", help="file pattern inside folders (default: *.txt, or *.jsonl with --jsonl)"
    )
    batch = parser.add_argument_group("batches")
    batch.add_argument("--jsonl", action="store_true",
                       help="inputs are JSON lines: clean one field of each record, keep the rest")
    batch.add_argument("--field", help="the JSONL field to clean (default: text)")
    batch.add_argument("--annotate", action="store_true",
                       help="with --jsonl: add each record's diagnostics under the key 'newsclean'")
    batch.add_argument("--strict", action="store_true",
                       help="with --jsonl: stop with exit 2 at a line that is not a usable record")
    batch.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                       help="worker processes (0: one per core; default 1)")
    batch.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                       help=f"refuse documents (files, JSONL records) over N bytes; 0: no limit "
                       f"(default {DEFAULT_MAX_BYTES})")
    batch.add_argument("--no-progress", action="store_true",
                       help="no progress bar (shown on a terminal for large runs)")
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
    jsonl: bool = False
    field: str = "text"
    annotate: bool = False
    strict: bool = False
    jobs: int = 1
    progress: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES


def _options(args: argparse.Namespace) -> _Options:
    select = _selectors(args.select) or None
    config = Config(
        select=select, extend_select=_selectors(args.extend_select), ignore=_selectors(args.ignore)
    )
    for selector in (*(select or ()), *config.extend_select, *config.ignore):
        select_rules(selector)  # raises UnknownRuleError for a typo
    if not args.jsonl:
        jsonl_only = {"--field": args.field, "--annotate": args.annotate, "--strict": args.strict}
        for flag, value in jsonl_only.items():
            if value:
                raise UsageError(f"{flag} works with --jsonl only")
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (all cores) or a positive number")
    if args.max_bytes < 0:
        raise UsageError("--max-bytes must be 0 (no limit) or a positive number")
    return _Options(
        paths=tuple(args.paths) or (STDIN,),
        in_place=args.in_place,
        check=args.check,
        diff=args.diff,
        output_format=args.format,
        statistics=args.statistics,
        quiet=args.quiet,
        glob=args.glob or ("*.jsonl" if args.jsonl else "*.txt"),
        config=config,
        jsonl=args.jsonl,
        field=args.field or "text",
        annotate=args.annotate,
        strict=args.strict,
        jobs=resolve_jobs(args.jobs),
        progress=not args.no_progress,
        max_bytes=args.max_bytes,
    )


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


def _read_stdin(stdin: TextIO, max_bytes: int) -> bytes:
    data: bytes = stdin.buffer.read(max_bytes + 1) if max_bytes else stdin.buffer.read()
    if size_limit_problem(len(data), max_bytes):
        raise InputError(f"<stdin>: more than {max_bytes} bytes (--max-bytes; 0 lifts it)")
    return data


def _decode_stdin(data: bytes) -> Decoded:
    try:
        return decode(data)
    except NewscleanError as error:
        raise InputError(f"<stdin>: {error}") from None


def _encoding_finding(document: Decoded, note: str | None) -> Diagnostic:
    """Reading a file that is not plain UTF-8 is itself a finding (the fix writes UTF-8)."""
    what = f"{document.encoding} with a byte-order mark" if document.bom else document.encoding
    return Diagnostic("EN00", "non-utf8-file", "File is not UTF-8 without a byte-order mark",
                      1, 1, what, "utf-8", note, 1, what, "utf-8")


def _why_not_kept(document: Decoded, cleaned: str) -> str | None:
    """Why a file with EN00 off cannot be written back in its own encoding, or None."""
    if "+" in document.encoding:
        return f"EN00 is off, but no one encoding writes back {document.encoding} bytes"
    try:
        cleaned.encode(document.encoding)
    except UnicodeEncodeError as error:
        return f"EN00 is off, but {document.encoding} cannot write {error.object[error.start]!r}"
    return None


@dataclass(frozen=True, slots=True)
class _Failure:
    """An input that could not be read or decoded: reported, and the run goes on."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class _Outcome:
    path: str
    document: Decoded
    cleaned: str
    diagnostics: tuple[Diagnostic, ...]
    keep_encoding: bool = False  # EN00 is off: write the file back in its own encoding
    read_as: Snapshot | None = None  # the file as read: -i refuses it if it changed since

    @property
    def changed(self) -> bool:
        converts = not self.document.is_utf8 and not self.keep_encoding
        return self.cleaned != self.document.text or converts

    def output(self) -> bytes:
        """The bytes to write: UTF-8, or the file's own encoding and BOM when kept."""
        if self.keep_encoding:
            return encode(self.cleaned, self.document.newline, self.document.encoding, self.document.bom)
        return encode(self.cleaned, self.document.newline)


class _FileCleaner:
    """Read, decode and clean one input: a picklable job for worker processes."""

    __slots__ = ("config", "max_bytes")

    def __init__(self, config: Config, max_bytes: int) -> None:
        self.config = config
        self.max_bytes = max_bytes

    def __call__(self, job: tuple[str, bytes | None]) -> _Outcome | _Failure:
        path, data = job
        read_as = snapshot(path) if data is None else None
        try:
            document = read_document(path, self.max_bytes) if data is None else _decode_stdin(data)
        except NewscleanError as error:
            return _Failure(path, str(error))
        result = run(document.text, self.config)
        by_position = tuple(sorted(result.diagnostics, key=lambda d: (d.line, d.column)))
        if document.is_utf8:
            return _Outcome(path, document, result.text, by_position, read_as=read_as)
        if file_rule_enabled(self.config, "EN00"):
            found = (_encoding_finding(document, None), *by_position)
            return _Outcome(path, document, result.text, found, read_as=read_as)
        why = _why_not_kept(document, result.text)
        if why is None:
            return _Outcome(path, document, result.text, by_position, keep_encoding=True, read_as=read_as)
        found = (_encoding_finding(document, why), *by_position)
        return _Outcome(path, document, result.text, found, read_as=read_as)


class _Progress:
    """A tqdm bar on stderr when it is a terminal and the work is large; else nothing."""

    def __init__(self, stderr: TextIO, enabled: bool, total: int, unit: str) -> None:
        self._stderr = stderr
        self._bar: Any = None
        if enabled and _is_terminal(stderr):
            from tqdm import tqdm

            self._bar = tqdm(total=total, unit=unit, unit_scale=unit == "B", file=stderr,
                             dynamic_ncols=True, leave=False)

    def update(self, amount: int) -> None:
        if self._bar is not None:
            self._bar.update(amount)

    def warn(self, message: str) -> None:
        if self._bar is not None:
            self._bar.write(message, file=self._stderr)
        else:
            self._stderr.write(message + "\n")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


_LARGE_FILE_COUNT = 100
_LARGE_JSONL_BYTES = 10_000_000


def _execute(options: _Options, stdout: TextIO, stderr: TextIO, stdin: TextIO) -> int:
    paths = _expand(options.paths, options.glob)
    writing_mode = options.in_place or options.check or options.diff
    if len(paths) > 1 and not writing_mode:
        raise UsageError("several inputs need --in-place, --check or --diff (printing is for one input)")
    if options.jsonl:
        return _execute_jsonl(options, paths, stdout, stderr, stdin)
    if options.in_place and STDIN in paths:
        raise UsageError("--in-place cannot write to standard input")
    if options.in_place:
        _sweep_stale_temporaries(paths, stderr)
    stdin_data = _read_stdin(stdin, options.max_bytes) if STDIN in paths else None
    jobs = [(path, stdin_data if path == STDIN else None) for path in paths]
    stream = DiagnosticStream(stdout, options.output_format)
    show = options.check and not options.quiet
    progress = _Progress(stderr, options.progress and len(paths) >= _LARGE_FILE_COUNT, len(paths), "file")
    changed_files = failures = 0
    try:
        cleaner = _FileCleaner(options.config, options.max_bytes)
        for outcome in map_ordered(cleaner, jobs, jobs=options.jobs, chunk_size=8):
            progress.update(1)
            if isinstance(outcome, _Failure):  # reported; the other inputs go on, as ruff does
                failures += 1
                progress.warn(f"newsclean: error: {outcome.message}")
                continue
            shown_path = "<stdin>" if outcome.path == STDIN else outcome.path
            stream.add(shown_path, outcome.diagnostics, show=show)
            changed_files += outcome.changed
            if options.diff:
                stdout.write(unified_diff(shown_path, outcome.document.text, outcome.cleaned))
            if options.in_place and outcome.changed:
                try:
                    write_atomic(outcome.path, outcome.output(), outcome.read_as)
                except WriteError as error:
                    failures += 1
                    changed_files -= 1
                    progress.warn(f"newsclean: error: {error}")
            if not writing_mode:
                stdout.write(outcome.cleaned)
    finally:
        progress.close()
    stream.close(show=show)
    if failures < len(paths):
        _summarise(options, stream, changed_files, len(paths) - failures, "file", stderr)
    if failures:
        return EXIT_ERROR
    return EXIT_CHANGES if options.check and changed_files else EXIT_CLEAN


def _write_bytes(stdout: TextIO, data: bytes) -> None:
    """Bytes to stdout as they are (a passed-through line may not be UTF-8)."""
    buffer = getattr(stdout, "buffer", None)
    if buffer is None:
        stdout.write(data.decode("utf-8", errors="replace"))
        return
    stdout.flush()
    buffer.write(data)


def _execute_jsonl(options: _Options, paths: Sequence[str], stdout: TextIO, stderr: TextIO,
                   stdin: TextIO) -> int:
    if options.in_place and STDIN in paths:
        raise UsageError("--in-place cannot write to standard input")
    if options.in_place:
        _sweep_stale_temporaries(paths, stderr)
    sizes = [0 if path == STDIN else _size(path) for path in paths]
    progress = _Progress(stderr, options.progress and sum(sizes) >= _LARGE_JSONL_BYTES, sum(sizes), "B")
    stream = DiagnosticStream(stdout, options.output_format)
    show = options.check and not options.quiet
    cleaner = LineCleaner(options.field, options.config, options.annotate, options.max_bytes)
    records = changed = lines = 0
    try:
        for path in paths:
            shown_path = "<stdin>" if path == STDIN else path
            with contextlib.ExitStack() as stack:
                source: BinaryIO = stdin.buffer if path == STDIN else stack.enter_context(open_input(path))
                codec = codec_of(_peek(source))
                if codec is not None:
                    source = stack.enter_context(decompressed(source, codec))
                writer = stack.enter_context(AtomicWriter(path)) if options.in_place else None
                packer = compressor(codec) if codec is not None and writer is not None else None
                file_changed = False
                window: deque[bytes] = deque()

                def feed(source: BinaryIO = source, window: deque[bytes] = window) -> Iterator[bytes]:
                    for raw in source:
                        window.append(raw)
                        yield raw

                outcomes = map_ordered(cleaner, feed(), jobs=options.jobs, chunk_size=256)
                for number, outcome in enumerate(outcomes, start=1):
                    raw = window.popleft()
                    progress.update(len(raw))
                    if outcome.problem:
                        message = f"{shown_path}:{number}: {outcome.problem}"
                        if options.strict:
                            raise InputError(message.replace("; passed through", ""))
                        if not options.quiet:
                            progress.warn(f"newsclean: warning: {message}")
                    elif outcome.is_record:
                        records += 1
                    stream.add(f"{shown_path}:{number}", outcome.diagnostics, show=show)
                    changed += outcome.changed
                    if outcome.output != raw:
                        if options.diff and not file_changed:
                            stdout.write(f"--- a/{shown_path}\n+++ b/{shown_path}\n")
                        file_changed = True
                        if options.diff:
                            stdout.write(_record_hunk(number, raw, outcome.output))
                    if writer is not None:
                        writer.write(packer.compress(outcome.output) if packer else outcome.output)
                    elif not (options.check or options.diff):
                        _write_bytes(stdout, outcome.output)
                    lines += outcome.is_record or outcome.problem is not None
                if writer is not None and not file_changed:
                    writer.discard()
                elif writer is not None and packer is not None:
                    writer.write(packer.flush())
    finally:
        progress.close()
    stream.close(show=show)
    _summarise(options, stream, changed, records, "record", stderr)
    if lines and not records:
        field = options.field
        stderr.write(f"newsclean: error: no usable record (a JSON object with a string field {field!r})\n")
        return EXIT_ERROR
    return EXIT_CHANGES if options.check and changed else EXIT_CLEAN


def _peek(source: BinaryIO) -> bytes:
    """The first bytes of ``source`` without consuming them (a buffered stream)."""
    peek = getattr(source, "peek", None)
    return peek(6)[:6] if peek is not None else b""


def _sweep_stale_temporaries(paths: Sequence[str], stderr: TextIO) -> None:
    """Remove what killed runs left beside the files this run will write: once a folder."""
    folders = {os.path.dirname(os.path.realpath(path)) for path in paths if path != STDIN}
    for folder in sorted(folders):
        for removed in remove_stale_temporaries(folder):
            stderr.write(f"newsclean: removed {removed}, left by a run that was killed\n")


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _record_hunk(number: int, before: bytes, after: bytes) -> str:
    """A one-line unified-diff hunk replacing line ``number``."""
    old = before.decode("utf-8", errors="replace").rstrip("\r\n")
    new = after.decode("utf-8", errors="replace").rstrip("\r\n")
    return f"@@ -{number} +{number} @@\n-{old}\n+{new}\n"


def _summarise(options: _Options, stream: DiagnosticStream, changed: int, total: int, unit: str,
               stderr: TextIO) -> None:
    if options.quiet:
        return
    if options.statistics:
        stderr.write(stream.statistics())
    if options.in_place:
        stderr.write(f"newsclean: {changed} of {total} {unit}(s) changed\n")
    elif options.check and options.output_format == "text":
        verdict = "would change" if changed else "nothing to change in"
        stderr.write(f"newsclean: {verdict} {changed or total} of {total} {unit}(s)\n")


def _explain(code: str, stdout: TextIO) -> int:
    rules = sorted(select_rules(code) + select_file_rules(code), key=lambda rule: rule.code)
    for rule in rules:
        default = "on" if rule.default else "off"
        stdout.write(f"{rule.code} {rule.name} ({rule.family}, default {default})\n\n")
        stdout.write(rule.description + "\n\n")
    return EXIT_CLEAN


def _detach_stdout(out: TextIO) -> None:
    """Point the process's stdout at /dev/null once its reader has closed the pipe."""
    if out is not sys.stdout:
        return
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass  # no file descriptor to redirect (a replaced sys.stdout)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
    stdin: TextIO | None = None,
) -> int:
    """Run the command line; return the exit code (0, 1, 2, or 141 for a closed output pipe)."""
    out, err, inp = stdout or sys.stdout, stderr or sys.stderr, stdin or sys.stdin
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_request:  # --help, --version, or an argparse usage error
        return int(exit_request.code or 0)
    try:
        if args.list_rules:
            out.write(rule_table(RULES + FILE_RULES))
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
        # The reader went away (``| head``): stop quietly, as a filter killed by SIGPIPE
        # does, and keep the interpreter from complaining when it flushes stdout.
        _detach_stdout(out)
        return EXIT_BROKEN_PIPE
