"""Whole-article goldens: every seed, and four damaged encodings of it, give the expected text."""

from __future__ import annotations

import difflib
from collections.abc import Callable

import pytest

import newsclean
from conftest import ARTICLES, article_ids


def _read(article_id: str, kind: str) -> str:
    return (ARTICLES / f"{article_id}.{kind}.txt").read_text(encoding="utf-8")


def _assert_same(actual: str, expected: str) -> None:
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True), actual.splitlines(keepends=True), "expected", "actual"
            )
        )
        pytest.fail("cleaned text differs from the golden file:\n" + diff)


def _as_cp1252(text: str) -> bytes:
    return text.encode("cp1252")


def _as_utf16_bom(text: str) -> bytes:
    return text.encode("utf-16")  # writes a BOM


def _as_utf8_bom_crlf(text: str) -> bytes:
    return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")


def _as_mojibake(text: str) -> bytes:
    """UTF-8 bytes read as windows-1252 (as browsers do), saved again as UTF-8."""
    return text.encode("utf-8").decode("cp1252", errors="ignore").encode("utf-8")


VARIANTS: dict[str, Callable[[str], bytes]] = {
    "cp1252": _as_cp1252,
    "utf16-bom": _as_utf16_bom,
    "utf8-bom-crlf": _as_utf8_bom_crlf,
    "mojibake": _as_mojibake,
}


@pytest.mark.parametrize("article_id", article_ids())
def test_clean_gives_golden(article_id: str) -> None:
    _assert_same(newsclean.clean(_read(article_id, "input")), _read(article_id, "expected"))


@pytest.mark.parametrize("article_id", article_ids())
def test_golden_is_a_fixpoint(article_id: str) -> None:
    expected = _read(article_id, "expected")
    _assert_same(newsclean.clean(expected), expected)
    assert newsclean.check(expected) == []


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("article_id", article_ids())
def test_damaged_encodings_give_golden(article_id: str, variant: str) -> None:
    data = VARIANTS[variant](_read(article_id, "input"))
    _assert_same(newsclean.clean_bytes(data), _read(article_id, "expected"))


def test_every_seed_has_a_golden() -> None:
    ids = article_ids()
    assert len(ids) == 3
    for article_id in ids:
        assert (ARTICLES / f"{article_id}.expected.txt").is_file()
