"""WS: spaces, indentation, blank lines and the final newline. Paragraphs never merge."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..model import Edit
from ._document import has_any

_HSPACE = "[ \\t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_UNICODE_HSPACE = frozenset("\u00a0\u202f\u205f\u3000") | frozenset(map(chr, range(0x2000, 0x200B)))

# Horizontal space at the end of a line: "word  \n". The lookbehind starts the match at
# the beginning of the run, so a long run is scanned once.
_TRAILING = regex.compile(f"(?<!{_HSPACE}){_HSPACE}++$", regex.MULTILINE)
# Two or more spaces or any tab between two visible characters: "a  b", "a\tb"; not
# indentation, not trailing space.
_INNER_RUN = regex.compile(r"(?<=\S)(?:[ \t]{2,}+|\t)(?=\S)")
# Horizontal space before the first visible character of a line: "  Text".
_INDENT = regex.compile(f"^{_HSPACE}++(?=\\S)", regex.MULTILINE)
# Blank lines at the start of the text.
_LEADING_BLANK = regex.compile(r"\A(?:[ \t]*+\n)++")
# Three or more line breaks with nothing but spaces between them: two blank lines or more.
_BLANK_RUN = regex.compile(r"(?<!\n)\n(?:[ \t]*+\n){2,}+")


def _only_ascii_spaces(text: str) -> bool:
    """No horizontal space but the space and the tab: literal searches then suffice."""
    return text.isascii() or not has_any(text, _UNICODE_HSPACE)


# With no horizontal space but " " and "\t" in the text, literal searches (far faster
# than a regex scan) decide whether the regex needs to run at all.
def _space_before_break(text: str) -> bool:
    return " \n" in text or "\t\n" in text or text.endswith((" ", "\t"))


def _space_after_break(text: str) -> bool:
    return "\n " in text or "\n\t" in text or text.startswith((" ", "\t"))


def trailing_whitespace(text: str) -> Iterator[Edit]:
    """Whitespace at the end of a line.

    **Why**: invisible, meaningless, and it makes equal lines compare unequal.

    **Leaves alone**: line breaks themselves.

    >>> list(trailing_whitespace("end.  \\nnext"))
    [Edit(start=4, end=6, replacement='', note=None)]
    """
    if _only_ascii_spaces(text) and not _space_before_break(text):
        return  # fast path: no space before a line break
    for match in _TRAILING.finditer(text):
        yield Edit(match.start(), match.end(), "")


def space_runs(text: str) -> Iterator[Edit]:
    """Runs of spaces or tabs inside a line.

    **Why**: left by extraction from HTML layout and by removed tokens; one space is
    what the publisher meant.

    **Leaves alone**: single spaces, indentation (see indentation), line breaks, the
    special spaces (narrow no-break, ideographic) the publisher chose.

    >>> from newsclean.engine import apply_edits
    >>> apply_edits("a  b\\tc", space_runs("a  b\\tc"))
    'a b c'
    """
    if "  " not in text and "\t" not in text:
        return  # fast path: no run of two spaces and no tab anywhere
    for match in _INNER_RUN.finditer(text):
        yield Edit(match.start(), match.end(), " ")


def indentation(text: str) -> Iterator[Edit]:
    """Indentation before a line of prose.

    **Why**: extracted articles inherit indentation from the page's markup; prose in
    plain text is not indented.

    **Leaves alone**: blank lines (see blank-lines), text after the first character.

    >>> from newsclean.engine import apply_edits
    >>> apply_edits("    Para one.\\n\\tPara two.", indentation("    Para one.\\n\\tPara two."))
    'Para one.\\nPara two.'
    """
    if _only_ascii_spaces(text) and not _space_after_break(text):
        return  # fast path: no line starts with a space
    for match in _INDENT.finditer(text):
        yield Edit(match.start(), match.end(), "")


def leading_blank_lines(text: str) -> Iterator[Edit]:
    """Blank lines before the first line of text.

    **Why**: page chrome removed above the article leaves them behind.

    **Leaves alone**: the first line of text and its indentation.

    >>> list(leading_blank_lines("\\n\\nTitle"))
    [Edit(start=0, end=2, replacement='', note=None)]
    """
    match = _LEADING_BLANK.match(text)
    if match:
        yield Edit(match.start(), match.end(), "")


def blank_lines(text: str) -> Iterator[Edit]:
    """More than one blank line in a row.

    **Why**: one blank line separates paragraphs; more is layout debris.

    **Leaves alone**: single blank lines and single line breaks, so both paragraph
    layouts (one paragraph a line, or a blank line between) keep their structure.

    >>> from newsclean.engine import apply_edits
    >>> apply_edits("a\\n\\n\\n\\nb\\nc", blank_lines("a\\n\\n\\n\\nb\\nc"))
    'a\\n\\nb\\nc'
    """
    for match in _BLANK_RUN.finditer(text):
        if match.end() < len(text):  # at the end of the text, final-newline decides
            yield Edit(match.start(), match.end(), "\n\n")


def final_newline(text: str) -> Iterator[Edit]:
    """Blank lines or spaces at the end of the text.

    **Why**: trailing blank lines are debris. A text that ended with a line break
    keeps exactly one; a text that did not keeps ending without one, so a string, a
    JSON field or a dataframe cell comes back as it was written apart from the
    repairs. Files are different: the command line and ``clean_bytes`` end a file with
    exactly one newline, the POSIX convention (``Config(final_newline=True)``).

    **Leaves alone**: an empty text, and a text that ends with one newline or with a
    visible character.

    >>> list(final_newline("end\\n\\n\\n"))
    [Edit(start=3, end=6, replacement='\\n', note=None)]
    >>> list(final_newline("end")), list(final_newline("end \\n"))
    ([], [Edit(start=3, end=5, replacement='\\n', note=None)])
    """
    body = text.rstrip()
    tail = text[len(body) :]
    wanted = "\n" if body and "\n" in tail else ""
    if tail != wanted:
        yield Edit(len(body), len(text), wanted)


def final_newline_of_file(text: str) -> Iterator[Edit]:
    """No single newline at the end of the file.

    **Why**: POSIX text files end with one newline; trailing blank lines are debris.
    This is WS06 as the command line and ``clean_bytes`` run it on a file's content
    (``Config(final_newline=True)``); on a string, WS06 adds no newline.

    **Leaves alone**: an empty file stays empty.

    >>> list(final_newline_of_file("end"))
    [Edit(start=3, end=3, replacement='\\n', note=None)]
    >>> list(final_newline_of_file(" \\n"))
    [Edit(start=0, end=2, replacement='', note=None)]
    """
    body = text.rstrip()
    tail = text[len(body) :]
    wanted = "\n" if body else ""
    if tail != wanted:
        yield Edit(len(body), len(text), wanted)
