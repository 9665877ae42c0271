"""The command line: ``newsclean [options] [PATH ...]``. Only this module touches stdio.

Exit codes: 0 nothing to change (or changes written), 1 ``--check`` found changes,
2 usage or input error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import pathspec

from . import __version__
from .batch import map_ordered, resolve_jobs
from .compression import codec_of, compressor, decompressed
from .decode import Decoded, decode
from .dictionary import read_dictionary, read_words
from .documents import encoding_finding, file_config
from .engine import run
from .explain import explain_text
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
from .registry import FILE_RULES, RULES, file_rule_enabled, resolve, select_file_rules, select_rules
from .report import FORMATS, DiagnosticStream, rule_table, unified_diff
from .settings import DEFAULT_EXCLUDE, Settings, common_folder, find_settings_file, load_settings
from .walk import Exclusions

__all__ = ["main"]

EXIT_CLEAN, EXIT_CHANGES, EXIT_ERROR = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a command killed by SIGPIPE
EXIT_INTERRUPTED = 128 + 2  # ... and by SIGINT (Ctrl-C)
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
    output.add_argument("--format", choices=FORMATS, help="diagnostics format with --check (default: text)")
    output.add_argument("--output-file", metavar="FILE",
                        help="write the output (text, diagnostics or diff) to FILE instead of stdout")
    output.add_argument("--statistics", action="store_true", help="print counts per rule to stderr")
    output.add_argument("-q", "--quiet", action="store_true", help="print no diagnostics or summaries")
    output.add_argument(
        "--glob",
        help="file pattern inside folders (default: *.txt; *.jsonl with --jsonl, *.parquet with --parquet)"
    )
    files = parser.add_argument_group("files and settings")
    files.add_argument("--config", metavar="FILE",
                       help="read settings from FILE (default: the nearest newsclean.toml, or "
                       "pyproject.toml with [tool.newsclean], from the inputs upwards)")
    files.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    files.add_argument("--show-settings", action="store_true", help="print the resolved settings and exit")
    files.add_argument("--exclude", action="append", metavar="PATTERNS",
                       help="paths to skip in folders, .gitignore syntax; replaces the defaults "
                       "(hidden folders, build/, dist/, node_modules/, __pycache__/)")
    files.add_argument("--extend-exclude", action="append", metavar="PATTERNS",
                       help="paths to skip, in addition to the defaults")
    files.add_argument("--force-exclude", action="store_true",
                       help="apply the exclusions to files named on the command line too")
    files.add_argument("--no-respect-gitignore", action="store_true",
                       help="do not skip what .gitignore lists")
    files.add_argument("--stdin-filename", metavar="NAME",
                       help="the name of the file read from stdin (reports, settings, exclusions)")
    words = parser.add_argument_group("the user's words")
    words.add_argument("--known-words", action="append", metavar="WORDS",
                       help="words no rule may change or introduce, comma-separated")
    words.add_argument("--known-words-file", action="append", metavar="FILE",
                       help="a file of known words, one word or phrase a line")
    words.add_argument("--dictionary", action="append", metavar="FILE",
                       help="extra misspellings for TY01, one 'wrong->right' a line (codespell's format)")
    batch = parser.add_argument_group("batches")
    batch.add_argument("--jsonl", action="store_true",
                       help="inputs are JSON lines: clean one field of each record, keep the rest")
    batch.add_argument("--parquet", action="store_true",
                       help="inputs are Parquet files: clean one string column, keep the rest "
                       "(needs the parquet extra)")
    batch.add_argument("-o", "--output", metavar="FILE",
                       help="with --parquet: write the cleaned file to FILE")
    batch.add_argument("--field", help="the JSONL field or Parquet column to clean (default: text)")
    batch.add_argument("--annotate", action="store_true",
                       help="with --jsonl: add each record's diagnostics under the key 'newsclean'")
    batch.add_argument("--strict", action="store_true",
                       help="with --jsonl: stop with exit 2 at a line that is not a usable record")
    batch.add_argument("-j", "--jobs", type=int, metavar="N",
                       help="worker processes (0: one per core; default 1)")
    batch.add_argument("--max-bytes", type=int, metavar="N",
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
    settings: Settings
    exclusions: Exclusions
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    force_exclude: bool = False
    stdin_filename: str | None = None
    jsonl: bool = False
    parquet: bool = False
    output: str | None = None
    field: str = "text"
    annotate: bool = False
    strict: bool = False
    jobs: int = 1
    progress: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES

    def shown(self, path: str) -> str:
        """How a path appears in reports: stdin by its --stdin-filename, if given."""
        if path == STDIN:
            return self.stdin_filename or "<stdin>"
        return path

    def config_for(self, path: str) -> Config:
        """The Config for one file: the run's, plus its per-file ignores."""
        if not self.per_file_ignores:
            return self.config
        name = self.stdin_filename if path == STDIN else path
        if name is None:
            return self.config
        extra = _per_file_ignores(self.per_file_ignores, self.settings.root, name)
        return replace(self.config, ignore=self.config.ignore + extra) if extra else self.config


def _per_file_ignores(
    table: tuple[tuple[str, tuple[str, ...]], ...], root: Path, path: str
) -> tuple[str, ...]:
    """The selectors the per-file-ignores ``table`` adds for ``path``."""
    target = Path(path).resolve()
    try:
        relative = target.relative_to(root).as_posix()
    except ValueError:
        relative = target.name
    ignored: list[str] = []
    for pattern, selectors in table:
        if pathspec.GitIgnoreSpec.from_lines([pattern]).match_file(relative):
            ignored.extend(selectors)
    return tuple(ignored)


def _load_settings(args: argparse.Namespace) -> Settings:
    if args.isolated:
        if args.config:
            raise UsageError("--config and --isolated contradict each other")
        return Settings(root=Path.cwd())
    if args.config:
        return load_settings(args.config)
    named = [path for path in args.paths if path != STDIN]
    if args.stdin_filename and (not named):
        named = [args.stdin_filename]
    start = common_folder(named) if named else Path.cwd()
    found = find_settings_file(start)
    return load_settings(found) if found else Settings(root=Path.cwd())


def _known_words(args: argparse.Namespace, settings: Settings) -> tuple[str, ...]:
    words = list(settings.known_words)
    for path in (*settings.known_words_files, *(args.known_words_file or ())):
        words.extend(read_words(path))
    words.extend(_selectors(args.known_words))
    return tuple(dict.fromkeys(words))


def _dictionary(args: argparse.Namespace, settings: Settings) -> tuple[tuple[str, str], ...]:
    pairs: dict[str, str] = {}
    for path in (*settings.dictionary, *(args.dictionary or ())):
        pairs.update(read_dictionary(path))
    return tuple(pairs.items())


def _options(args: argparse.Namespace) -> _Options:
    settings = _load_settings(args)
    select = _selectors(args.select) or settings.select
    config = Config(
        select=select,
        extend_select=settings.extend_select + _selectors(args.extend_select),
        ignore=settings.ignore + _selectors(args.ignore),
        known_words=_known_words(args, settings),
        dictionary=_dictionary(args, settings),
    )
    resolve(config)  # raises UnknownRuleError for a typo
    for _, selectors in settings.per_file_ignores:
        for selector in selectors:
            select_rules(selector)
    if args.jsonl and args.parquet:
        raise UsageError("--jsonl and --parquet exclude each other")
    if not args.jsonl:
        jsonl_only = {"--annotate": args.annotate, "--strict": args.strict}
        if not args.parquet:
            jsonl_only["--field"] = args.field
        for flag, value in jsonl_only.items():
            if value:
                raise UsageError(f"{flag} works with --jsonl only" if flag != "--field"
                                 else "--field works with --jsonl or --parquet only")
    if args.output and not args.parquet:
        raise UsageError("-o/--output works with --parquet only (text goes to stdout or -i)")
    if args.format is not None and not args.check:
        raise UsageError("--format chooses how --check reports; add --check")
    jobs = args.jobs if args.jobs is not None else settings.jobs if settings.jobs is not None else 1
    max_bytes = args.max_bytes if args.max_bytes is not None else settings.max_bytes
    max_bytes = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    if jobs < 0:
        raise UsageError("--jobs must be 0 (all cores) or a positive number")
    if max_bytes < 0:
        raise UsageError("--max-bytes must be 0 (no limit) or a positive number")
    exclude = _selectors(args.exclude) or settings.exclude
    patterns = (
        *(DEFAULT_EXCLUDE if exclude is None else exclude),
        *settings.extend_exclude,
        *_selectors(args.extend_exclude),
    )
    respect_gitignore = not args.no_respect_gitignore and settings.respect_gitignore is not False
    return _Options(
        paths=tuple(args.paths) or (STDIN,),
        in_place=args.in_place,
        check=args.check,
        diff=args.diff,
        output_format=args.format or "text",
        statistics=args.statistics,
        quiet=args.quiet,
        glob=args.glob or settings.glob or _default_glob(args),
        config=config,
        settings=settings,
        exclusions=Exclusions(settings.root, patterns, respect_gitignore),
        per_file_ignores=settings.per_file_ignores,
        force_exclude=args.force_exclude or bool(settings.force_exclude),
        stdin_filename=args.stdin_filename,
        jsonl=args.jsonl,
        parquet=args.parquet,
        output=args.output,
        field=args.field or settings.field or "text",
        annotate=args.annotate,
        strict=args.strict,
        jobs=resolve_jobs(jobs),
        progress=not args.no_progress,
        max_bytes=max_bytes,
    )


def _default_glob(args: argparse.Namespace) -> str:
    return "*.jsonl" if args.jsonl else "*.parquet" if args.parquet else "*.txt"


def _expand(options: _Options) -> list[str]:
    """Files to process, in a stable order; folders are searched recursively, skipping
    what is excluded. A file named on the command line is read even if excluded,
    unless --force-exclude is set."""
    found: list[str] = []
    for path in options.paths:
        if path == STDIN:
            name = options.stdin_filename
            if not (options.force_exclude and name and options.exclusions.excluded(name)):
                found.append(STDIN)
            continue
        folder = Path(path)
        if folder.is_dir():
            matches = [str(p) for p in options.exclusions.files(folder, options.glob)]
            if not matches:
                raise InputError(f"{path}: no files matching {options.glob!r} in this folder")
            found.extend(matches)
        elif not folder.exists() and not folder.is_symlink():
            raise InputError(f"{path}: no such file or folder")
        elif not (options.force_exclude and options.exclusions.excluded(path)):
            found.append(path)
    return found


def _show_settings(options: _Options, stdout: TextIO) -> int:
    """Print the resolved settings, TOML-like, one key a line."""
    config = options.config
    rows: list[tuple[str, object]] = [
        ("config-file", str(options.settings.source) if options.settings.source else "(none)"),
        ("root", str(options.settings.root)),
        ("select", list(config.select) if config.select is not None else "(defaults)"),
        ("extend-select", list(config.extend_select)),
        ("ignore", list(config.ignore)),
        ("rules", [rule.code for rule in resolve(config)]),
        ("exclude", list(options.exclusions.patterns)),
        ("force-exclude", options.force_exclude),
        ("respect-gitignore", options.exclusions.respects_gitignore),
        ("per-file-ignores", {pattern: list(selectors) for pattern, selectors in options.per_file_ignores}),
        ("glob", options.glob),
        ("field", options.field),
        ("jobs", options.jobs),
        ("max-bytes", options.max_bytes),
        ("known-words", list(config.known_words)),
        ("dictionary", dict(config.dictionary)),
    ]
    for key, value in rows:
        stdout.write(f"{key} = {json.dumps(value, ensure_ascii=False)}\n")
    return EXIT_CLEAN


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

    __slots__ = ("max_bytes",)

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes

    def __call__(self, job: tuple[str, bytes | None, Config]) -> _Outcome | _Failure:
        path, data, config = job
        read_as = snapshot(path) if data is None else None
        try:
            document = read_document(path, self.max_bytes) if data is None else _decode_stdin(data)
        except NewscleanError as error:
            return _Failure(path, str(error))
        try:
            result = run(document.text, file_config(config))
        except NewscleanError as error:  # a rule that does not settle: a bug, reported per file
            return _Failure(path, f"{path}: {error}; left unchanged")
        by_position = tuple(sorted(result.diagnostics, key=lambda d: (d.line, d.column)))
        if document.is_utf8:
            return _Outcome(path, document, result.text, by_position, read_as=read_as)
        if file_rule_enabled(config, "EN00"):
            found = (encoding_finding(document, None), *by_position)
            return _Outcome(path, document, result.text, found, read_as=read_as)
        why = _why_not_kept(document, result.text)
        if why is None:
            return _Outcome(path, document, result.text, by_position, keep_encoding=True, read_as=read_as)
        found = (encoding_finding(document, why), *by_position)
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
    paths = _expand(options)
    if not paths:  # every file named was excluded (--force-exclude)
        return _pass_through_excluded_stdin(options, stdout, stdin)
    writing_mode = options.in_place or options.check or options.diff
    if options.parquet:
        return _execute_parquet(options, paths, stdout, stderr)
    if len(paths) > 1 and not writing_mode:
        raise UsageError("several inputs need --in-place, --check or --diff (printing is for one input)")
    if options.jsonl:
        return _execute_jsonl(options, paths, stdout, stderr, stdin)
    if options.in_place and STDIN in paths:
        raise UsageError("--in-place cannot write to standard input")
    if options.in_place:
        _sweep_stale_temporaries(paths, stderr)
    stdin_data = _read_stdin(stdin, options.max_bytes) if STDIN in paths else None
    jobs = [(path, stdin_data if path == STDIN else None, options.config_for(path)) for path in paths]
    stream = DiagnosticStream(stdout, options.output_format)
    show = options.check and not options.quiet
    progress = _Progress(stderr, options.progress and len(paths) >= _LARGE_FILE_COUNT, len(paths), "file")
    changed_files = failures = 0
    try:
        cleaner = _FileCleaner(options.max_bytes)
        for outcome in map_ordered(cleaner, jobs, jobs=options.jobs, chunk_size=8):
            progress.update(1)
            if isinstance(outcome, _Failure):  # reported; the other inputs go on, as ruff does
                failures += 1
                progress.warn(f"newsclean: error: {outcome.message}")
                continue
            shown_path = options.shown(outcome.path)
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
    records = changed = lines = 0
    try:
        for path in paths:
            config = options.config_for(path)
            cleaner = LineCleaner(options.field, config, options.annotate, options.max_bytes)
            shown_path = options.shown(path)
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
                    stream.add(shown_path, outcome.diagnostics, show=show, record=number)
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


def _execute_parquet(options: _Options, paths: Sequence[str], stdout: TextIO, stderr: TextIO) -> int:
    """Clean one string column of Parquet files: report, diff, write to -o, or replace with -i."""
    try:
        from . import parquet as pq_support
    except ImportError:
        raise UsageError('--parquet needs pyarrow: pip install "newsclean[parquet]"') from None
    if STDIN in paths:
        raise UsageError("--parquet reads files, not standard input")
    if not (options.in_place or options.check or options.diff or options.output):
        raise UsageError("--parquet needs -o FILE, -i, --check or --diff (Parquet is not printed)")
    if options.output and (options.in_place or len(paths) != 1):
        raise UsageError("-o/--output takes one input and excludes -i")
    if options.in_place:
        _sweep_stale_temporaries(paths, stderr)
    stream = DiagnosticStream(stdout, options.output_format)
    show = options.check and not options.quiet
    rows = changed = 0
    for path in paths:
        parquet = pq_support.open_parquet(path)
        index = pq_support.text_column(parquet, path, options.field)  # exit 2 before any write
        with contextlib.ExitStack() as stack:
            writer = None
            atomic: AtomicWriter | None = None
            if options.in_place:
                atomic = stack.enter_context(AtomicWriter(path, snapshot(path)))
                writer = pq_support.parquet_writer(parquet, atomic.handle)
            elif options.output:
                target = stack.enter_context(_NewFile(options.output))
                writer = pq_support.parquet_writer(parquet, target.handle)
            file_changed = False
            config = options.config_for(path)
            for batch, found in pq_support.cleaned_batches(parquet, index, config, jobs=options.jobs):
                for row in found:
                    stream.add(path, row.diagnostics, show=show, record=row.row)
                    if row.before != row.after:
                        changed += 1
                        file_changed = True
                        if options.diff:
                            stdout.write(unified_diff(f"{path}:{row.row}", row.before, row.after))
                if writer is not None:
                    writer.write_batch(batch)
            rows += parquet.metadata.num_rows
            if writer is not None:
                writer.close()
            if atomic is not None and not file_changed:
                atomic.discard()
    stream.close(show=show)
    _summarise(options, stream, changed, rows, "row", stderr)
    return EXIT_CHANGES if options.check and changed else EXIT_CLEAN


class _NewFile:
    """A new file written through a temporary one beside it, renamed into place at the end."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.handle: BinaryIO
        self._temporary = ""

    def __enter__(self) -> _NewFile:
        import tempfile

        folder = os.path.dirname(os.path.abspath(self.path))
        try:
            descriptor, self._temporary = tempfile.mkstemp(prefix=".newsclean-", dir=folder)
        except OSError as error:
            raise UsageError(f"{self.path}: cannot write ({error.strerror or error})") from None
        self.handle = os.fdopen(descriptor, "wb")
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        if not self.handle.closed:
            self.handle.close()
        if kind is None:
            os.replace(self._temporary, self.path)
        else:
            with contextlib.suppress(OSError):
                os.unlink(self._temporary)


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
    stdout.write("\n".join(explain_text(rule) for rule in rules))
    return EXIT_CLEAN


@contextlib.contextmanager
def _output_file(path: str) -> Iterator[TextIO]:
    try:
        handle = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 (closed below)
    except OSError as error:
        raise UsageError(f"{path}: cannot write ({error.strerror or error})") from None
    with handle:
        yield handle


def _pass_through_excluded_stdin(options: _Options, stdout: TextIO, stdin: TextIO) -> int:
    """Nothing to read: every named file is excluded. Standard input under an excluded
    --stdin-filename is printed back unchanged, as ruff does for editors."""
    if STDIN in options.paths and not (options.check or options.diff or options.in_place):
        _write_bytes(stdout, stdin.buffer.read())
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
        options = _options(args)
        if args.show_settings:
            return _show_settings(options, out)
        if args.output_file:
            with _output_file(args.output_file) as target:
                return _execute(options, target, err, inp)
        return _execute(options, out, err, inp)
    except NewscleanError as error:
        err.write(f"newsclean: error: {error}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        err.write("newsclean: interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as a filter killed by SIGPIPE
        # does, and keep the interpreter from complaining when it flushes stdout.
        _detach_stdout(out)
        return EXIT_BROKEN_PIPE
