"""Other projects' own test cases: ftfy's mojibake cases and charset-normalizer's samples.

``fixtures/ftfy/test_cases.json`` is ftfy 6.3.1's ``tests/test_cases.json`` (Apache-2.0,
LICENSE-ftfy.txt beside it). ``fixtures/charset-normalizer/`` holds the sample files of
charset-normalizer 3.5.3's source distribution (its NOTICE.md: Wikipedia text, CC BY-SA,
or public domain), with the encodings its own tests expect.
"""

from __future__ import annotations

import json

import ftfy
import pytest

import newsclean
from conftest import FIXTURES
from newsclean.decode import decode

_CASES = json.loads((FIXTURES / "ftfy" / "test_cases.json").read_text(encoding="utf-8"))
_PASSING = [case for case in _CASES if case["expect"] == "pass"]

# Where newsclean's policy differs from ftfy's defaults, by design: it keeps curly
# quotes (compared without them below), full-width punctuation and Unicode ligatures
# and digraphs (ftfy's width and ligature fixes are off: they change correct CJK and
# Latin text), never writes U+FFFD back, removes control characters, and repairs a
# glued sentence after the mojibake.
_POLICY = {
    "Lossy decoding can have plain ASCII question marks, as well": "guesses the lost byte, keeps '?'",
    "Handle Afrikaans 'n character": "ligature fix off",
    "Handle Croatian single-codepoint digraphs": "ligature fix off",
    "English example in UTF-8 / Windows-1251 with a ligature": "ligature fix off",
    "Wide comma in UTF-8 / Windows-1252": "width fix off",
    "Synthetic, negative: don't leak our internal use of byte 0x1A": "control characters removed (EN06)",
    "Synthetic: lossy decoding in sloppy-windows-1252": "the lost quote is restored, not U+FFFD",
    "UTF-8 / Windows-1252 mixup in mixed French and Arabic": "also repairs a glued sentence (SP01)",
}


def _compare(text: str) -> str:
    """Text as compared: straight quotes, no-break spaces as spaces, spaces collapsed."""
    return " ".join(ftfy.fixes.uncurl_quotes(text).replace("\u00a0", " ").split())


@pytest.mark.parametrize(
    "case", [c for c in _PASSING if c["original"] == c["fixed"]], ids=lambda c: c["label"][:60]
)
def test_ftfy_negative_cases_stay_unchanged(case: dict[str, str]) -> None:
    assert _compare(newsclean.clean(case["original"])) == _compare(case["original"])


@pytest.mark.parametrize(
    "case",
    [c for c in _PASSING if c["original"] != c["fixed"] and c["label"] not in _POLICY],
    ids=lambda c: c["label"][:60],
)
def test_ftfy_repairs_are_repaired(case: dict[str, str]) -> None:
    assert _compare(newsclean.clean(case["original"])) == _compare(case["fixed"])


def test_the_policy_list_names_real_cases() -> None:
    labels = {case["label"] for case in _PASSING}
    assert set(_POLICY) <= labels
    assert len([c for c in _PASSING if c["original"] != c["fixed"]]) - len(_POLICY) >= 105


_SAMPLES = [
    ("sample-arabic-1.txt", "cp1256"),
    ("sample-french-1.txt", "cp1252"),
    ("sample-arabic.txt", "utf_8"),
    ("sample-russian-3.txt", "utf_8"),
    ("sample-french.txt", "utf_8"),
    ("sample-chinese.txt", "big5"),
    ("sample-greek.txt", "cp1253"),
    ("sample-greek-2.txt", "cp1253"),
    ("sample-hebrew-2.txt", "cp1255"),
    ("sample-hebrew-3.txt", "cp1255"),
    ("sample-bulgarian.txt", "utf_8"),
    ("sample-english.bom.txt", "utf_8_sig"),
    ("sample-spanish.txt", "utf_8"),
    ("sample-korean.txt", "cp949"),
    ("sample-turkish.txt", "cp1254"),
    ("sample-russian-2.txt", "utf_8"),
    ("sample-russian.txt", "mac_cyrillic"),
    ("sample-polish.txt", "utf_8"),
]


def test_every_sample_file_is_listed() -> None:
    on_disk = {path.name for path in (FIXTURES / "charset-normalizer").glob("sample-*")}
    assert on_disk == {name for name, _ in _SAMPLES}


@pytest.mark.parametrize(("name", "encoding"), _SAMPLES)
def test_charset_normalizer_samples_decode_as_their_own_tests_expect(name: str, encoding: str) -> None:
    data = (FIXTURES / "charset-normalizer" / name).read_bytes()
    expected = data.decode(encoding).replace("\r\n", "\n").replace("\r", "\n")
    assert decode(data).text == expected


@pytest.mark.parametrize(
    ("text", "encoding"),
    [("Türkiye'nin başkenti Ankara'dır. Işık ılık süt içtik. " * 20, "cp1254"),
     ("Café, naïve, déjà vu — “quoted” and it’s fine. " * 20, "cp1252")],
)
def test_legacy_text_keeps_its_code_page(text: str, encoding: str) -> None:
    assert decode(text.encode(encoding)).text == text
