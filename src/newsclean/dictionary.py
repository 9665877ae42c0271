"""The user's words: known words no rule may touch, and extra misspellings for TY01.

Both are plain UTF-8 files. A word list has one word or phrase a line; a dictionary
has one ``wrong->right`` pair a line, in codespell's format (``wrong->a, b,`` lists
several candidates and is reported, not fixed). Blank lines and lines starting with
``#`` are skipped in both.
"""

from __future__ import annotations

import os

from .model import NewscleanError

__all__ = ["WordListError", "parse_dictionary", "read_dictionary", "read_words"]


class WordListError(NewscleanError):
    """A word list or dictionary file that cannot be read or has a malformed line."""


def _lines(path: str | os.PathLike[str]) -> list[tuple[int, str]]:
    try:
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise WordListError(f"{os.fspath(path)}: cannot read ({reason})") from None
    numbered = enumerate((line.strip() for line in text.splitlines()), start=1)
    return [(number, line) for number, line in numbered if line and not line.startswith("#")]


def read_words(path: str | os.PathLike[str]) -> list[str]:
    """The words of a known-words file, one word or phrase a line."""
    return [line for _, line in _lines(path)]


def parse_dictionary(lines: list[tuple[int, str]], source: str = "<dictionary>") -> dict[str, str]:
    """``wrong->right`` lines as a mapping (the last entry for a word wins).

    >>> parse_dictionary([(1, "teh->the"), (2, "alot->a lot, allot,")])
    {'teh': 'the', 'alot': 'a lot, allot,'}
    """
    pairs: dict[str, str] = {}
    for number, line in lines:
        wrong, arrow, right = line.partition("->")
        if not arrow or not wrong.strip() or not right.strip():
            raise WordListError(f"{source}:{number}: expected 'wrong->right', got {line!r}")
        pairs[wrong.strip().lower()] = right.strip()
    return pairs


def read_dictionary(path: str | os.PathLike[str]) -> dict[str, str]:
    """The ``wrong->right`` pairs of a dictionary file in codespell's format."""
    return parse_dictionary(_lines(path), os.fspath(path))
