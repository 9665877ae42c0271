"""Every edit the default pipeline makes to the text files under a directory of
documentation nobody here wrote (by default /usr/share/doc: READMEs, changelogs, API
docs), counted by rule; with --show RULE, each of that rule's edits in its line.

Such files are mostly correct English and code, so nearly every edit is a suspect:
the figures show where a rule's evidence fails outside news prose. Not a test (the
directory differs from machine to machine); quote the machine with the figures.

Run:  python scripts/harm_probe.py [--root /usr/share/doc] [--show TY02] [--limit 600]
"""

from __future__ import annotations

import argparse
import collections
import gzip
from pathlib import Path

import newsclean

_TOO_LARGE = 300_000  # characters: generated indexes and logs, not documentation


def _texts(root: Path, compressed_limit: int) -> list[tuple[Path, str]]:
    """The UTF-8 text files of at least 1 KB under ``root`` (copyright files and
    HTML aside), and at most ``compressed_limit`` gzipped ones, in path order."""
    plain = sorted(
        path for path in root.rglob("*")
        if path.is_file() and not path.is_symlink() and path.suffix not in (".gz", ".html", ".htm")
        and path.name != "copyright" and path.stat().st_size >= 1024
    )
    zipped = sorted(
        path for path in root.rglob("*.gz")
        if path.is_file() and not path.is_symlink() and path.stat().st_size >= 1024
    )[:compressed_limit]
    texts = []
    for path in plain + zipped:
        try:
            raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
            text = raw.decode("utf-8")
        except (OSError, UnicodeDecodeError, EOFError, gzip.BadGzipFile):
            continue
        if "\x00" not in text and len(text) <= _TOO_LARGE:
            texts.append((path, text))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=Path("/usr/share/doc"))
    parser.add_argument("--show", help="print each edit of this rule code")
    parser.add_argument("--limit", type=int, default=600, help="gzipped files read at most")
    args = parser.parse_args()
    counts: collections.Counter[str] = collections.Counter()
    texts = _texts(args.root, args.limit)
    failures = []
    for path, text in texts:
        try:
            result = newsclean.run(text, ignore=["WS", "EN"])
        except newsclean.ConvergenceError as error:
            failures.append(f"{path}: {error}")
            continue
        lines = text.split("\n")
        for diagnostic in result.diagnostics:
            if diagnostic.after is None:
                continue
            counts[diagnostic.code] += 1
            if diagnostic.code == args.show:
                line, column = lines[diagnostic.line - 1], diagnostic.column - 1
                print(f"{path.name[:24]:24} {diagnostic.before!r} -> {diagnostic.after!r} | "
                      f"{line[max(0, column - 40) : column + 40]!r}")
    characters = sum(len(text) for _, text in texts)
    print(f"{len(texts)} files, {characters:,} characters under {args.root}; edits by rule "
          "(whitespace and encoding rules left out):")
    print(", ".join(f"{code} {count}" for code, count in counts.most_common()))
    for failure in failures:
        print("did not converge:", failure)


if __name__ == "__main__":
    main()
