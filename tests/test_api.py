"""The Python API: one set of keywords for every entry point, and text that keeps its ending."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import Config

GLUED = "It ended.Then  it began."


def test_a_string_keeps_its_own_ending() -> None:
    assert newsclean.clean("A clean sentence.") == "A clean sentence."
    assert newsclean.clean("A clean sentence.\n") == "A clean sentence.\n"
    assert newsclean.clean("A clean sentence.\n\n\n  ") == "A clean sentence.\n"
    assert newsclean.clean("A clean sentence.   ") == "A clean sentence."
    assert newsclean.check("A clean sentence.") == []
    assert list(newsclean.clean_many(["A.", "B.\n"])) == ["A.", "B.\n"]


def test_files_end_with_one_newline() -> None:
    assert newsclean.clean_bytes(b"A clean sentence.") == "A clean sentence.\n"
    assert newsclean.clean(GLUED, Config(final_newline=True)) == "It ended. Then it began.\n"


@pytest.mark.parametrize(
    "call",
    [
        lambda **kw: newsclean.clean(GLUED, **kw),
        lambda **kw: newsclean.run(GLUED, **kw).text,
        lambda **kw: next(newsclean.clean_many([GLUED], **kw)),
        lambda **kw: next(newsclean.run_many([GLUED], **kw)).text,
        lambda **kw: newsclean.clean_bytes(GLUED.encode(), **kw).rstrip("\n"),
        lambda **kw: newsclean.run_bytes(GLUED.encode(), **kw).text.rstrip("\n"),
    ],
)
def test_every_entry_point_takes_the_same_keywords(call: object) -> None:
    assert callable(call)
    assert call(select="SP") == "It ended. Then  it began."  # a plain string is one selector
    assert call(select=["WS"], extend_select="SP01") == "It ended. Then it began."
    assert call(ignore="SP01") == "It ended.Then it began."
    assert call(config=Config(ignore=("WS",))) == "It ended. Then  it began."
    assert call(config=Config(ignore=("WS",)), ignore="SP") == GLUED
    assert call(known_words=["ended.Then"]) == "It ended.Then it began."
    with pytest.raises(newsclean.UnknownRuleError):
        call(select="XX99")


def test_check_takes_the_keywords_too() -> None:
    assert [d.code for d in newsclean.check(GLUED, select="SP")] == ["SP01"]
    assert [d.code for d in newsclean.check(GLUED, extend_select=["SP"], ignore="WS")] == ["SP01"]


def test_unknown_selectors_fail_before_any_text_is_read() -> None:
    def texts() -> object:
        raise AssertionError("read")
        yield

    with pytest.raises(newsclean.UnknownRuleError):
        newsclean.clean_many(texts(), select="XX99")  # type: ignore[arg-type]
    with pytest.raises(newsclean.UnknownRuleError):
        newsclean.run_many(texts(), ignore=["SP", "XX99"])  # type: ignore[arg-type]


def test_run_bytes_reports_the_encoding() -> None:
    result = newsclean.run_bytes("Café.Yes".encode("cp1252"))
    assert result.text == "Café. Yes\n"
    assert [d.code for d in result.diagnostics] == ["EN00", "SP01", "WS06"]
    assert result.diagnostics[0].before == "cp1252"
    assert [d.code for d in newsclean.run_bytes("Café.".encode("cp1252"), ignore="EN00").diagnostics] == [
        "WS06"
    ]
    assert newsclean.run_bytes(b"Fine.\n").diagnostics == ()
    with pytest.raises(newsclean.DecodeError):
        newsclean.run_bytes(b"\x00\x01\x02\x03" * 100)


def test_known_words_are_never_changed_nor_introduced() -> None:
    text = "The acme board met. Its plan was recieved well by teh staff."
    assert newsclean.clean(text) == "The acme board met. Its plan was received well by the staff."
    kept = newsclean.clean(text, known_words=["teh", "RECIEVED"])
    assert kept == text
    # A phrase, and a known word that a repair would create.
    glued = "It ended.Then it began."
    assert newsclean.clean(glued, known_words=["ended. Then"]) == glued
    # Every occurrence, in any case: CA01 may not capitalise "acme" after "Acme" elsewhere.
    text = "Acme Corp grew. Acme Corp hired. Shares of acme rose."
    assert newsclean.clean(text, known_words=["acme"]) == text


def test_user_dictionary() -> None:
    text = "The acmee board met on Monday. Its plan was bad and alot worse, said teh chair."
    result = newsclean.run(text, dictionary={"acmee": "Acme", "alot": "a lot, allot,"})
    assert result.text == "The Acme board met on Monday. Its plan was bad and alot worse, said the chair."
    notes = {d.before: (d.after, d.note) for d in result.diagnostics if d.code == "TY01"}
    assert notes["acmee"] == ("Acme", "in the user's dictionary")
    assert notes["alot"] == (None, "in the user's dictionary: a lot or allot?")
    assert notes["teh"][0] == "the"  # the built-in list still runs


def test_read_words_and_dictionary(tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    (folder / "words.txt").write_text("# ours\nacme\n\nNew Acme Times\n", encoding="utf-8")
    (folder / "dict.txt").write_text("acmee->Acme\n", encoding="utf-8")
    assert newsclean.read_words(folder / "words.txt") == ["acme", "New Acme Times"]
    assert newsclean.read_dictionary(folder / "dict.txt") == {"acmee": "Acme"}
    (folder / "bad.txt").write_text("acmee Acme\n", encoding="utf-8")
    with pytest.raises(newsclean.NewscleanError, match=r"bad\.txt:1"):
        newsclean.read_dictionary(folder / "bad.txt")
    with pytest.raises(newsclean.NewscleanError, match="cannot read"):
        newsclean.read_words(folder / "missing.txt")


def test_configure_is_a_value() -> None:
    config = newsclean.configure(select="SP", known_words=["acme"])
    assert config == Config(select=("SP",), known_words=("acme",))
    assert hash(config) == hash(Config(select=("SP",), known_words=("acme",)))
