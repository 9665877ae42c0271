"""What a line is, from its shape alone: verbatim (code, commands, tables) or verse.

:mod:`newsclean.scope` turns these line flags into the spans rules stay out of. Every
test here reads one line and its nearest neighbours, in one pass over the text; the
cheap gates (:func:`may_hold_verbatim`) come first so that plain prose pays for none.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence

__all__ = ["VERSE_LINE_LENGTH", "Line", "is_verbatim_line", "lines_of", "may_hold_verbatim", "verbatim_lines",
           "verse_lines"]

# ----------------------------------------------------------------- verbatim lines

# A shell or REPL prompt, then a command: "$ sudo apt-get install x", "# vi /etc/x",
# ">>> print(1)". Not a markdown heading ("# Breaking News": a capital after "# ").
_PROMPT = re.compile(r"[ \t]*+(?:[$%]|#|>>>|\(\w{2,10}\))[ \t]++(?:[a-z./~$_-]|\Z)")
# A line of a chat log, its time optional: "<nick> text", "16:09:35 < nick> text".
_CHAT = re.compile(r"[ \t]*+(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]++)?<[ @+%&~]?[^\s<>]{1,30}>[ \t]++\S")
# Tokens that only code, commands and configuration write: options ("-type", "--all"),
# assignments ("a=b"), shell operators, braces, variables, escapes, snake_case names,
# calls "f(x)" and man-page references are not counted ("find(1)" is prose in manuals).
_CODE_TOKEN = re.compile(
    r"""(?x)
      (?<!\S)--?[A-Za-z][\w-]*+(?!\S)      # an option: -name, --all, -aHAXSv
    | (?<!\S)(?:\|\||&&|;|>>|2>&1|\\)(?!\S)   # a shell operator standing alone
    | [\w\]'")]=\S                          # an assignment: a=b, ug+rwX,o=rX, x="y"
    | (?<!\S)[-+*/|&]?=(?!\S)                # a spaced assignment: "x = 1", "n += 1"
    | [{}]                                  # braces
    | \$[({A-Za-z_]                         # a variable or substitution: $PATH ${x} $(cmd)
    | \b[a-z]++_[a-z_]++\b                  # snake_case: smtp_sasl_type
    | ;$                                    # a statement end
    """
)
# A word as prose writes it: letters, maybe an apostrophe or hyphen, maybe punctuation
# around it ("(said", "U.S.,", "don't", "well-known").
_PLAIN_WORD = re.compile(r"[\"'“‘(\[]?+[^\W\d_]++(?:[-'’.][^\W\d_]++)*+[.,;:!?\"'”’)\]]*+")
# An HTML tag ("<div class="x">", "</p>") or a URL: not code, whatever they hold.
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}+>|https?://[^\s()<>]++")
# A prose line ends a sentence: a letter or digit, a closing mark, then . ! ? or …
_SENTENCE_END = re.compile(r"[^\W\d_][\"”’')\]]*+[.!?…][\"”’')\]]*+$")
# Two or more spaces between two visible characters: a column gap.
_GAP = re.compile(r"(?<=\S)  ++(?=\S)")
_TABLE_BAR = " | "
# Characters without which a line cannot be verbatim: one fast test before the others.
_MAYBE_VERBATIM = re.compile(
    r"[|{}=_\\\t]|\$[({A-Za-z_]|[ \t]--?[A-Za-z]|  |^[ \t#$%>(<*/]|;[ \t]*$|<[A-Za-z/!]|>>"
    r"|^[-dlcbps][-r][-w][-xsS][-r]",
    re.MULTILINE,
)


def _ends_sentence(line: str) -> bool:
    line = line.rstrip()
    return _SENTENCE_END.search(line, max(0, len(line) - 16)) is not None  # the end only


def _table_row(line: str) -> int:
    """How strongly ``line`` reads as a table row: 2 alone, 1 with a neighbour, 0 not."""
    stripped = line.strip()
    bars = line.count(_TABLE_BAR)
    if bars >= 2 or (stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 3):
        return 2
    if bars == 1 or (stripped.count("\t") >= 1 and not line.startswith("\t")):
        return 1
    return 0


_SENTENCE_TOKENS = 12


def _long_sentence(line: str) -> bool:
    """Twelve words or more, not indented, ending a sentence: a line of prose."""
    return not _indented(line) and line.count(" ") >= _SENTENCE_TOKENS and _ends_sentence(line)


# A line of a long directory listing ("ls -l"): a file type and nine permission
# letters, then the link count. "-rw-rw-r-- 1 penguin penguin 0 oct. 16 21:35 foo".
_LISTING = re.compile(r"[ \t]*+[-dlcbps][-r][-w][-xsS][-r][-w][-xsS][-r][-w][-xtT][.+@]?+[ \t]++\d")


def _code_line(line: str) -> bool:
    """A command, code or configuration line, or a chat log line, from its shape alone."""
    if _PROMPT.match(line) or _CHAT.match(line) or _LISTING.match(line):
        return True
    stripped = _TAG.sub(" ", line).strip()  # leftover HTML is the artifact rules' business
    if not stripped:
        return False
    if stripped.startswith(("//", "/*", "}")) or stripped.endswith("{"):
        return True  # a comment of C's family, a block opened or closed: "func f() {", "} else {"
    tokens = stripped.split()
    if _long_sentence(line):
        return False  # a long sentence: prose, whatever it mentions
    gaps = len(_COLUMN_GAP.findall(stripped))
    hits = len(_CODE_TOKEN.findall(stripped))
    if hits and " | " in stripped:
        hits += 1  # a pipe counts beside other code: "Left | right" is a title, not a command
    if gaps and (hits or gaps >= 2 or len(tokens) <= 2):
        hits += gaps  # columns: "Keyboard      Application"; not "And so are   you."
    if len(tokens) >= 6 and 4 * hits < len(tokens):
        plain = sum(1 for token in tokens if _PLAIN_WORD.fullmatch(token))
        if 10 * plain >= 7 * len(tokens):
            return False  # mostly words: prose that mentions an option or a brace
    if _ends_sentence(stripped) and len(tokens) >= 6:
        return hits >= 3 and hits * 3 >= len(tokens)  # a sentence, unless code dominates
    if hits >= 2 or (hits and len(tokens) <= 4):
        return True
    return hits == 1 and tokens[0][:1].islower() and not _ends_sentence(stripped)


# Three spaces or more between two visible characters: a column gap.
_COLUMN_GAP = re.compile(r"(?<=\S) {3,}+(?=\S)")
# A token with a digit or a symbol inside it: "973824", "-rwsr-xr-x", "[1]+", "+0200".
_TECHNICAL = re.compile(r"\S*[\d\[\]+/\\~<>=|*&%$#@-]\S*")


def _technical(line: str) -> bool:
    """Whether three tokens in ten or more are numbers, flags, paths or symbols."""
    tokens = line.split()
    technical = sum(1 for token in tokens if _TECHNICAL.fullmatch(token) and token not in "-–—")
    return 10 * technical >= 3 * len(tokens)


def _indented(line: str) -> bool:
    return line.startswith(("\t", "  "))


def is_verbatim_line(line: str) -> bool:
    """Whether one line, on its own, is verbatim (code, a command, a table row).

    >>> is_verbatim_line("find . -type f -name '*.ext' -print0 | xargs -0 command")
    True
    >>> is_verbatim_line("ps -eo pid,user,args"), is_verbatim_line("smtp_sasl_type = cyrus")
    (True, True)
    >>> is_verbatim_line("The minister said the talks would resume on Monday.")
    False
    >>> is_verbatim_line("Campeonatos > III Divisão - Série F > Jornadas")
    False
    """
    if not _MAYBE_VERBATIM.search(line):
        return False
    return _table_row(line) == 2 or _code_line(line)


class Line:
    __slots__ = ("end", "start", "text")

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text


def lines_of(text: str) -> Iterator[Line]:
    start, size = 0, len(text)
    while start <= size:
        newline = text.find("\n", start)
        if newline < 0:
            if start < size:
                yield Line(start, size, text[start:])
            return
        yield Line(start, newline, text[start:newline])
        start = newline + 1


def _aligned(line: str, other: str | None) -> bool:
    """Two lines whose column gaps end at the same place: rows of an aligned table."""
    if other is None:
        return False
    ends = {m.end() for m in _GAP.finditer(line)}
    return bool(ends) and any(m.end() in ends for m in _GAP.finditer(other))


def _indented_blocks(lines: Sequence[Line], flags: list[bool]) -> None:
    """Flag blocks of two or more indented lines, mostly not prose: code, a listing, a
    Debian package description, as Markdown and plain-text manuals write them."""
    size = len(lines)
    start = 0
    while start < size:
        if not lines[start].text.startswith(_BLOCK_INDENT) or not lines[start].text.strip():
            start += 1
            continue
        end = start
        while end < size and (lines[end].text.startswith(_BLOCK_INDENT) or not lines[end].text.strip()):
            end += 1
        block = [i for i in range(start, end) if lines[i].text.strip()]
        if len(block) >= 2 and 2 * sum(_ends_sentence(lines[i].text) for i in block) <= len(block):
            for i in block:
                flags[i] = True
        start = end


_BLOCK_INDENT = ("\t", " ")


def _verbatim_in_context(text: str, before: str | None, after: str | None) -> bool:
    """Whether the non-blank line ``text`` is verbatim, given its non-blank neighbours."""
    row = _table_row(text)
    if row == 2:
        return True
    if _long_sentence(text):
        return False  # prose, whatever it holds: a doubled space, a percent, an option
    if _code_line(text):
        return True
    if row == 1 and any(n is not None and _table_row(n) for n in (before, after)):
        return True  # "Key | Value" above "size | 10"
    if "  " in text.strip() and (_aligned(text, before) or _aligned(text, after)):
        return True  # columns aligned with the next or previous line
    if _GAP.search(text.strip()) and not _ends_sentence(text) and (_indented(text) or _technical(text)):
        return True  # columns of a listing: "-rwsr-xr-x 1 root root   973824 …"
    # An indented line of code or dots: "  x = (a) & ~(b)", " ...".
    return text[:1] in " \t" and not _ends_sentence(text) and (
        _CODE_TOKEN.search(text) is not None or not any(map(str.isalpha, text))
    )


def _candidate_lines(lines: Sequence[Line]) -> list[int]:
    """Indices of the lines that hold what verbatim text needs, found by a few fast scans.

    Each scan looks for a literal or a small character class, which the regex engine
    finds at C speed: rare characters ("|", "{", "=", "_", "<", "$", a tab), a column
    gap, an option (" -x"), a line that starts like code or a prompt, a final ";".
    """
    if not lines:
        return []
    text = "\n".join(line.text for line in lines)
    positions: list[int] = []
    for character in set(_rare_characters(text)):
        positions.extend(_line_hits(text, character))
    if "$" in text:
        positions.extend(_line_matches(text, _VARIABLE))
    for literal, pattern in _LITERAL_SCANS:
        if literal in text:
            positions.extend(_line_matches(text, pattern))
    positions.extend(match.start() + 1 for match in _CODE_LINE_START.finditer(text))
    positions.extend(match.start() + 1 for match in _LISTING_START.finditer(text))
    if text[:1] in _LINE_START_MARKS or _LISTING.match(text):
        positions.append(0)
    if text.rstrip().endswith(";"):
        positions.append(len(text.rstrip()) - 1)
    if not positions:
        return []
    starts = list(itertools.accumulate((len(line.text) + 1 for line in lines[:-1]), initial=0))
    return sorted({bisect.bisect_right(starts, position) - 1 for position in positions})


_RARE_BYTES = frozenset(b"|{}=_\\\t<>")
_VARIABLE = re.compile(r"\$[({A-Za-z_]")  # "$HOME", "$(cmd)"; not "$5"
_NOT_RARE = bytes(b for b in range(256) if b not in _RARE_BYTES)
_LINE_START_MARKS = " \t#$%>(<*/"
_OPTION = re.compile(r" --?[A-Za-z]")
# A literal that must be in the text, and the scan that finds the places it counts.
# A line break before a long directory listing's line (see _LISTING): "\n-rw-r--r--",
# "\ndrwx"; a literal first, which the regex engine finds at memchr speed.
_LISTING_START = re.compile(r"\n[-dlcbps][-r][-w][-xsS][-r]")
_LITERAL_SCANS = (("  ", re.compile("  ")), (" -", _OPTION), (";\n", re.compile(";\n")))
_CODE_LINE_START = re.compile(r"\n[ \t#$%>(<*/]")




def may_hold_verbatim(text: str) -> bool:
    """Whether ``text`` may hold a verbatim line: the cheap gate before the line scans."""
    return (
        _has_rare(text)
        or ("$" in text and _VARIABLE.search(text) is not None)
        or "  " in text
        or text[:1] in _LINE_START_MARKS
        or text.rstrip().endswith(";")
        or (" -" in text and _OPTION.search(text) is not None)
        or _CODE_LINE_START.search(text) is not None
        or _LISTING_START.search(text) is not None
        or _LISTING.match(text) is not None
    )


def _rare_characters(text: str) -> str:
    """The characters of ``text`` that are in :data:`_RARE_BYTES`, with repeats.

    bytes.translate deletes every other byte at C speed: far cheaper than a regex scan.
    """
    return text.encode("utf-8", "surrogatepass").translate(None, _NOT_RARE).decode("ascii")


def _has_rare(text: str) -> bool:
    return bool(_rare_characters(text))


def _line_matches(text: str, pattern: re.Pattern[str]) -> Iterator[int]:
    """The first match of ``pattern`` in each line that holds one: one per line at most,
    so a megabyte of spaces costs one search per line, not one per match."""
    match = pattern.search(text)
    while match is not None:
        yield match.start()
        line_end = text.find("\n", match.start())
        if line_end < 0:
            return
        match = pattern.search(text, line_end + 1)


def _line_hits(text: str, character: str) -> Iterator[int]:
    """The first place of ``character`` in each line that holds it."""
    position = text.find(character)
    while position >= 0:
        yield position
        line_end = text.find("\n", position)
        if line_end < 0:
            return
        position = text.find(character, line_end + 1)


def verbatim_lines(lines: Sequence[Line]) -> list[bool]:
    """Which lines are verbatim, each judged with its nearest non-blank neighbours."""
    size = len(lines)
    flags = [False] * size
    candidates = _candidate_lines(lines)
    if not candidates:
        return flags

    def neighbours(i: int) -> tuple[str | None, str | None]:
        """The nearest non-blank lines above and below line ``i``."""
        up, down = i - 1, i + 1
        while up >= 0 and not lines[up].text.strip():
            up -= 1
        while down < size and not lines[down].text.strip():
            down += 1
        return (lines[up].text if up >= 0 else None), (lines[down].text if down < size else None)

    for i in candidates:
        text = lines[i].text
        if text.strip():
            flags[i] = _verbatim_in_context(text, *neighbours(i))
    if any(line.text[:1] in " \t" for line in lines):
        _indented_blocks(lines, flags)
    if not any(flags):
        return flags
    # A chat action ("* nick waves") among chat lines is part of the log.
    for i in range(1, size):
        action = lines[i].text.startswith("* ") and _CHAT.match(lines[i - 1].text)
        if not flags[i] and flags[i - 1] and action:
            flags[i] = True
    # An indented line inside a run of verbatim lines is part of the block.
    for i in range(size):
        if not flags[i] and _indented(lines[i].text) and lines[i].text.strip():
            up = i - 1
            down = i + 1
            if (up >= 0 and flags[up]) or (down < size and flags[down]):
                flags[i] = not _prose_line(lines[i].text)
    return flags


def _prose_line(line: str) -> bool:
    return len(line.split()) >= 6 and _ends_sentence(line)


# ----------------------------------------------------------------- verse

VERSE_LINE_LENGTH = 60  # characters: no line of a stanza is longer
_STANZA = 4  # lines at least
_TERMINAL = ".!?…\"”’)»"


def verse_lines(lines: Sequence[Line], verbatim: Sequence[bool]) -> list[bool]:
    """Lines of stanzas: blocks of four short lines or more whose line breaks fall
    inside sentences, and that start a line with a capital after such a break.

    Hard-wrapped prose goes on in lower case after a break; a poem capitalises its
    line starts ("Roses are red,\nViolets are blue,"). A headline above a body,
    a byline or a list of prompts is shorter than a stanza or holds a long line.
    """
    flags = [False] * len(lines)
    i, size = 0, len(lines)
    while i < size:
        if not lines[i].text.strip() or verbatim[i]:
            i += 1
            continue
        j = i
        while j < size and lines[j].text.strip() and not verbatim[j]:
            j += 1
        if j - i >= _STANZA and _stanza([lines[k].text.strip() for k in range(i, j)]):
            for k in range(i, j):
                flags[k] = True
        i = j
    return flags


def _stanza(block: Sequence[str]) -> bool:
    if any(len(line) > VERSE_LINE_LENGTH for line in block):
        return False
    open_breaks = [k for k in range(len(block) - 1) if block[k][-1:] not in _TERMINAL]
    capital_after = sum(1 for k in open_breaks if block[k + 1][:1].isupper())
    return 2 * len(open_breaks) >= len(block) - 1 and capital_after >= 2
