"""Scope: verbatim lines and non-English paragraphs that rules must leave as they are."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclean
from conftest import examples
from newsclean import language
from newsclean.model import Edit
from newsclean.scope import Scope, is_verbatim_line, outside, scope_of

VERBATIM = [
    # shell commands and prompts
    "find . -type f -maxdepth 1 -name '*.ext' -print0 | xargs -0 -n 1 command",
    "$ sudo apt-get install perl",
    "# vi /etc/fstab",
    ">>> print(len(x))",
    "ps -eo pid,user,args",
    "tar -xzf archive.tar.gz -C /tmp",
    # code and configuration
    "smtp_sasl_type = cyrus",
    "export PATH=$HOME/bin:$PATH",
    "for (i = 0; i < n; i++) {",
    "x = compute(a, b)",
    # a comment of C's family, a block opened or closed at the line's end or start
    "// Copyright 2012 Google Inc. All Rights Reserved.",
    "/* Lock the table before reading it. */",
    "func (c *Client) connect() (uconn net.Conn, hconn net.Conn, addr string, err error) {",
    "} else {",
    # a long directory listing, single-spaced
    "-rw-rw-r-- 1 penguin penguin 0 oct. 16 21:35 foo",
    "drwxr-xr-x 2 root root 4096 Jan 1 dir",
    # table rows
    "nmap | V:25, I:222 | 4498 | network mapper",
    "| Name | Value |",
]

PROSE = [
    "The minister said the talks would resume on Monday.",
    "Shares rose 3% on Tuesday, the exchange said.",
    "Apple / Google / Microsoft earnings beat forecasts",
    "Home > News > World",
    "He said: \"We will not give in.\"",
    "The file README.Debian explains the options, the maintainer said.",
    "Use the -v option for more output, the manual says.",
    "Temperatures reached 41.2°C in Seville on 3/4 of the days.",
    "/usr/share/doc holds the manuals, the maintainer said.",
    "drew the line at 5 percent, the minister said.",
]


@pytest.mark.parametrize("line", VERBATIM)
def test_code_commands_and_table_rows_are_verbatim(line: str) -> None:
    assert is_verbatim_line(line)


@pytest.mark.parametrize("line", PROSE)
def test_prose_lines_are_not_verbatim(line: str) -> None:
    assert not is_verbatim_line(line)


def test_aligned_columns_and_indented_blocks_are_verbatim() -> None:
    text = (
        "The listing shows the files.\n\n"
        "drwxr-xr-x  2 root  root  4096 Oct 16 foo\n"
        "-rw-r--r--  1 user  user   120 Oct 16 bar\n\n"
        "A script:\n\n"
        "    if ready:\n"
        "        start()\n"
    )
    spans = scope_of(text).verbatim
    covered = "".join(text[a:b] for a, b in spans)
    for kept in ("drwxr-xr-x", "-rw-r--r--", "if ready:", "start()"):
        assert kept in covered
    for prose in ("The listing", "A script"):
        assert prose not in covered


def test_a_table_row_needs_a_neighbour_when_it_has_one_bar() -> None:
    assert scope_of("Left | right\n").verbatim == ()
    text = "Key | Value\nsize | 10\n"
    assert len(scope_of(text).verbatim) == 1


def test_spans_end_before_trailing_spaces() -> None:
    text = "Intro line here.\n\nfind . -name x   \n"
    ((start, end),) = scope_of(text).verbatim
    assert text[start:end] == "find . -name x"


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("The minister said the talks would resume on Monday, and the unions agreed.", True),
        ("Oggi i funerali del sindaco. Leżeli nad Wisłą i on spał.", False),
        ("Sie können Ihr Geld auch zur Bank bringen. Das ist gut so, sagte er gestern.", False),
        ("El presidente del gobierno anunció ayer nuevas medidas para la economía.", False),
        ("Hello world. It works.", True),  # short: English unless the identifier is sure
    ],
)
def test_documents_are_identified(text: str, english: bool) -> None:
    assert language.english_units(text, [(0, len(text))]) == [english]


def test_a_foreign_paragraph_inside_an_english_article_is_left_alone() -> None:
    italian = "Oggi i funerali del sindaco si sono svolti a roma, e la città era in silenzio."
    text = (
        "Thousands attended the funeral of the mayor of Rome on Monday. The mayor of Rome died last week.\n\n"
        f"{italian}\n\n"
        "The ceremony in Rome ended at noon, and the crowd left the square.\n"
    )
    scope = scope_of(text)
    assert [text[a:b] for a, b in scope.foreign] == [italian]
    assert newsclean.clean(text) == text


def test_english_rules_do_not_see_foreign_or_verbatim_text() -> None:
    # CA01 would read "Perl" in the command as evidence; the command keeps its case.
    text = "Install it.\n\n$ aptitude install Perl\n\nThen perl runs the script, as perl does.\n"
    assert newsclean.clean(text) == text


def test_masked_text_keeps_positions_and_line_breaks() -> None:
    scope = Scope(verbatim=((0, 3),), foreign=((8, 10),))
    masked = scope.masked("abc\nxyz\nde\n")
    assert len(masked) == len("abc\nxyz\nde\n")
    assert masked.count("\n") == 3
    assert masked[4:7] == "xyz"


def test_outside_drops_edits_that_touch_a_span() -> None:
    spans = ((5, 10),)
    edits = [Edit(0, 2, ""), Edit(5, 5, "y"), Edit(7, 7, " "), Edit(10, 10, "\n"), Edit(11, 12, "")]
    assert outside(edits, spans) == [Edit(0, 2, ""), Edit(5, 5, "y"), Edit(10, 10, "\n"), Edit(11, 12, "")]
    assert outside([Edit(4, 6, "x"), Edit(9, 11, "")], spans) == []


def test_the_identifier_is_installed() -> None:
    # The default install ships the model: the word test alone is only a fallback.
    assert language.identifier_available()


_POOL = [
    *VERBATIM,
    *PROSE,
    "Oggi i funerali del sindaco si sono svolti a roma.",
    "<nick> what do i want  to break today",
    "* nick waves",
    "    indented  code(x)",
    "drwxr-xr-x  2 root  root  4096 foo",
    "",
    "It ended.Then it began , said mr. smith of ukraine.",
    "Key | Value",
]


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_POOL), min_size=1, max_size=8), st.sampled_from(["\n", "\n\n"]))
def test_mixed_documents_are_cleaned_once_and_for_all(lines: list[str], separator: str) -> None:
    cleaned = newsclean.clean(separator.join(lines))
    assert newsclean.clean(cleaned) == cleaned


def test_a_stanza_keeps_its_layout_and_its_capitals() -> None:
    poem = "Roses are red,\nViolets are  blue,\nsugar is sweet,\nAnd so are   you.\n"
    scope = scope_of(poem)
    assert scope.verse == ((0, len(poem) - 1),)
    assert newsclean.clean(poem) == poem


@pytest.mark.parametrize(
    "text",
    [
        "Share this article\nFollow us on Twitter\n",  # shorter than a stanza
        "Title Of The Story\nThe body is a long paragraph that runs past sixty characters, as news does.\n"
        "Second line.\nThird line.\n",  # a long line: no stanza
        "It was a dark\nand stormy night\nwhen the rain\nfell on the town.\n",  # wrapped prose
    ],
)
def test_prose_and_prompt_lists_are_no_verse(text: str) -> None:
    assert scope_of(text).verse == ()


def test_chrome_lines_among_short_lines_can_still_go() -> None:
    # Verse protects layout, not prompts: the chrome rules see only verbatim lines.
    scope = Scope(verse=((0, 40),))
    assert scope.spans("lines") == ()
    assert scope.spans("layout") == ((0, 40),)


def test_a_lone_surrogate_reaches_the_identifier_safely() -> None:
    # A JSON escape can carry one; the identifier's C++ side takes UTF-8 only.
    text = "Oggi \ud800 i funerali del sindaco si sono svolti a Roma con molta gente"
    assert newsclean.clean(text) == text


def test_overlapping_spans_are_masked_once() -> None:
    # A foreign stanza is both verse and foreign: the blanked text keeps its length.
    scope = Scope(verbatim=((44, 50),), foreign=((0, 43),), verse=((0, 43),))
    text = "x" * 60
    assert len(scope.masked(text)) == len(text)
    assert scope.spans("english") == ((0, 43), (44, 50))
