"""Coverage-guided fuzzing of newsclean with atheris (libFuzzer for Python).

Each input is used three ways: as bytes of unknown encoding (``clean_bytes``), as a
file read by the CLI's reader (``read_document``), and as JSON lines through the CLI's
record cleaner. Any exception other than the documented refusals is a crash; the
cleaned text must also be idempotent, NFC, and free of C0 controls but tab and newline.

Run (see fuzz/README.md):  python fuzz/fuzz_newsclean.py -max_total_time=600 fuzz/seeds
"""

from __future__ import annotations

import os
import sys
import tempfile
import unicodedata

import atheris

with atheris.instrument_imports(include=["newsclean"]):
    import newsclean
    from newsclean.files import InputError, read_document
    from newsclean.jsonl import LineCleaner

_CLEANER = LineCleaner("text", newsclean.Config(), annotate=True)
_FILE = os.path.join(tempfile.mkdtemp(prefix="newsclean-fuzz-"), "input.txt")


def _check_output(text: str) -> None:
    again = newsclean.clean(text)
    if again != text:
        raise AssertionError(f"not idempotent: {text!r} -> {again!r}")
    if not unicodedata.is_normalized("NFC", text):
        raise AssertionError(f"not NFC: {text!r}")
    if any(ord(ch) < 32 and ch not in "\t\n" for ch in text):
        raise AssertionError(f"C0 control left in {text!r}")


def test_one_input(data: bytes) -> None:
    """One fuzz input: clean_bytes, the file reader, and the JSONL record cleaner."""
    try:
        cleaned = newsclean.clean_bytes(data)
    except newsclean.DecodeError:
        cleaned = None
    if cleaned is not None:
        _check_output(cleaned)
    with open(_FILE, "wb") as handle:
        handle.write(data)
    try:
        document = read_document(_FILE, max_bytes=1_000_000)
    except InputError:
        pass
    else:
        _check_output(newsclean.clean(document.text))
    for line in data.splitlines(keepends=True)[:8]:
        outcome = _CLEANER(line)
        if outcome.problem is None and outcome.is_record and outcome.output == line and outcome.changed:
            raise AssertionError("a changed record was written back unchanged")


def main(argv: list[str]) -> None:
    """Run libFuzzer with ``argv`` (its flags and corpus folders)."""
    atheris.Setup(argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
