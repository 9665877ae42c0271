"""Files' bytes: decode them, clean the text as a file, and report the encoding (EN00).

A file ends with exactly one newline (WS06 in its file form); a string passed to
:func:`newsclean.clean` keeps its own ending.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from .decode import Decoded, decode
from .engine import configure, run
from .model import Config, Diagnostic, Misspellings, Result, Selectors
from .registry import file_rule_enabled

__all__ = ["clean_bytes", "encoding_finding", "file_config", "run_bytes"]


def file_config(config: Config) -> Config:
    """``config`` for a file's content: WS06 ends it with exactly one newline."""
    return config if config.final_newline else replace(config, final_newline=True)


def encoding_finding(document: Decoded, note: str | None = None) -> Diagnostic:
    """EN00: reading bytes that are not plain UTF-8 is itself a finding (the fix writes UTF-8)."""
    what = f"{document.encoding} with a byte-order mark" if document.bom else document.encoding
    return Diagnostic("EN00", "non-utf8-file", "File is not UTF-8 without a byte-order mark",
                      1, 1, what, "utf-8", note, 1, what, "utf-8", 1, 1)


def run_bytes(
    data: bytes,
    config: Config | None = None,
    *,
    select: Selectors | None = None,
    extend_select: Selectors | None = None,
    ignore: Selectors | None = None,
    known_words: Iterable[str] | None = None,
    dictionary: Misspellings | None = None,
    diagnostics: bool = True,
) -> Result:
    """Decode a file's bytes (see :func:`newsclean.decode`) and clean the text as a file.

    The Result's text ends with one newline; when the bytes were not UTF-8 without a
    byte-order mark and EN00 is selected, its first diagnostic is EN00, as the
    command line reports it. Raises DecodeError for binary data.

    >>> result = run_bytes("It’s fine.Yes".encode("cp1252"))
    >>> result.text, [d.code for d in result.diagnostics]
    ('It’s fine. Yes\\n', ['EN00', 'SP01', 'WS06'])
    """
    config = configure(
        config, select=select, extend_select=extend_select, ignore=ignore,
        known_words=known_words, dictionary=dictionary,
    )
    document = decode(data)
    result = run(document.text, file_config(config), diagnostics=diagnostics)
    if diagnostics and not document.is_utf8 and file_rule_enabled(config, "EN00"):
        return Result(result.text, (encoding_finding(document), *result.diagnostics))
    return result


def clean_bytes(
    data: bytes,
    config: Config | None = None,
    *,
    select: Selectors | None = None,
    extend_select: Selectors | None = None,
    ignore: Selectors | None = None,
    known_words: Iterable[str] | None = None,
    dictionary: Misspellings | None = None,
) -> str:
    """Decode bytes of unknown encoding, then clean the text as a file (one final newline).

    >>> clean_bytes("It’s fine.".encode("cp1252"))
    'It’s fine.\\n'
    """
    return run_bytes(
        data, config, select=select, extend_select=extend_select, ignore=ignore,
        known_words=known_words, dictionary=dictionary, diagnostics=False,
    ).text
