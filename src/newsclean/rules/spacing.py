"""SP: glued sentences, missing spaces after punctuation and honorifics, lost apostrophes.

These rules only insert a space (or, for a lost possessive, an apostrophe) and never
touch scripts written without spaces: every pattern requires Latin, Greek or Cyrillic
letters on both sides.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from types import MappingProxyType

import regex

from ..data import load_lines, load_words
from ..model import Edit
from ._document import (
    LETTERS,
    LETTERS_BACKWARDS,
    CharacterClass,
    english_words,
    find_all,
    gazetteer_names,
    is_headline_line,
    letter_runs,
    matches_at,
    occurrences,
    search_ending_at,
)
from .lexicon import is_english

_LETTER = r"[\p{Latin}\p{Greek}\p{Cyrillic}]"

# Sentence punctuation glued to the next sentence: "days.Two", "said.“We", ".”The",
# "wait...What", "(2019).The", 'work".Hay', "offices.A niqab", "fight.I'm". The next
# word must be capitalised with a lowercase second letter, or be "A" or "I" standing
# alone, so "ASP.NET", "Node.js", "3.5", "U.S." and "news.com.au" never match.
_GLUED_SENTENCE = regex.compile(
    rf"(?<=[{_LETTER[1:-1]}\d][)\]\"”’%]?)(?:\.\.\.|…|[.!?])([”’\"')\]]?)"
    rf"(?=[“‘(]?(?:\p{{Lu}}\p{{Ll}}|[AI] |I['’]\p{{Ll}}))"
)
_CLOSING_MARKS = ")]\"”’"
_CLOSING_MARKS_OR_PERCENT = _CLOSING_MARKS + "%"  # "rose 5%.The": the word before is the number
# What may stand right after the mark where a _GLUED_SENTENCE match starts: the second
# dot of "...", a closing or opening mark, or a capital letter.
_AFTER_SENTENCE_END = CharacterClass(r"[.”’\"')\]“‘(\p{Lu}]")
_LONE_CAPITAL = regex.compile(r"[“‘(]?[AI](?!\p{Ll})")
# A comma or semicolon glued to the next word: "tired,Mrs.", "one;two", "Friday,a judge".
# Not matched: "1,000", "6,000,000", "a,b" (single letters), CJK commas "，".
_GLUED_COMMA = regex.compile(rf"[,;](?<={_LETTER}{{2}}[,;]|\d{{2}}[,;])(?={_LETTER}{{2}}|a )")

# What stands right after the mark where a _GLUED_COMMA match starts.
_AFTER_COMMA = CharacterClass(_LETTER)
# A colon glued to a capitalised word or an opening double quote: "Note:This",
# 'statement:"The'; a semicolon glued to an opening double quote: 'said;"we'. Not
# matched: "10:30", "http://", "std::map", "re:publica" (lowercase after the colon),
# '"key":"value"' (a quote before the colon).
_GLUED_COLON = regex.compile(
    rf"(?<={_LETTER}{{2}})(?:(?<!:):(?=\p{{Lu}}\p{{Ll}}|[\"“]\p{{L}})|;(?=[\"“]\p{{L}}))"
)
# The whitespace-delimited token around a position.
_TOKEN_START = regex.compile(r"\S*+$")
_TOKEN_START_BACKWARDS = regex.compile(r"\S*+", flags=regex.REVERSE)
_TOKEN_END = regex.compile(r"\S*+")
# A token of an address, a path or code: braces, pipes and angle brackets too
# ("{net.Socket}", "{string|net.SocketAddress}").
_URLISH = regex.compile(r"://|@|www\.|\.(?:com|org|net|gov|edu|co|io|uk|au)\b|[=/\\#_{}|<>]")
_WORD_BEFORE = regex.compile(r"[\p{L}\p{N}'’-]*+$")
_WORD_BEFORE_BACKWARDS = regex.compile(r"[\p{L}\p{N}'’-]*+", flags=regex.REVERSE)
_DOTTED_TAIL = regex.compile(r"\.\p{L}")
_WORD = regex.compile(r"[\p{L}\p{N}]++")  # "Okafor’s" gives "Okafor" and "s"
# The word after a glue point, and what follows it at once: "(" or "[" makes it code
# ("typing.TypeVar(", "typing.Generic[T]"); "[3]" is a citation mark, not code.
_NEXT_WORD = regex.compile(r"[\p{L}\p{N}_]++(\(|\[(?!\d))?+")


@cache
def _honorifics() -> frozenset[str]:
    return frozenset(load_lines("honorifics.txt"))


_TOKEN_WINDOW = 200  # characters: no word of prose is that long


class _Tokens:
    """The run of non-space characters around each glue point, asked in text order.

    A run of 200 characters or more is no prose (a URL, a blob, "Mr.Mr.Mr.…"): it
    gives None, and its end is found once, so the other glue points inside it cost
    a comparison each, not a scan.
    """

    __slots__ = ("_text", "long_end")

    def __init__(self, text: str) -> None:
        self._text = text
        self.long_end = -1  # where the last long run found ends

    def long_at(self, position: int) -> bool:
        """Whether the character at ``position`` is part of a long run."""
        return self.around(position, position + 1) is None

    def around(self, start: int, end: int) -> str | None:
        """The run that contains ``text[start:end]``, or None when it is long."""
        if start < self.long_end:
            return None
        text = self._text
        window_start = max(0, start - _TOKEN_WINDOW)
        window_end = min(len(text), end + _TOKEN_WINDOW)
        left = search_ending_at(_TOKEN_START, _TOKEN_START_BACKWARDS, text, window_start, start)
        right = _TOKEN_END.match(text, end, window_end)
        token_start = left.start() if left else start
        token_end = right.end() if right else end
        clipped = (token_start == window_start > 0) or (token_end == window_end < len(text))
        if clipped or token_end - token_start >= _TOKEN_WINDOW:
            run_end = _TOKEN_END.match(text, token_end) if token_end == window_end else None
            self.long_end = run_end.end() if run_end else token_end
            return None
        return text[token_start:token_end]


def _dot_within(dots: list[int], start: int, end: int) -> bool:
    """Whether a ``.`` before a letter, of the sorted ``dots``, lies in ``start .. end``."""
    index = bisect.bisect_left(dots, start)
    return index < len(dots) and dots[index] + 2 <= end


def _previous_word(text: str, position: int) -> tuple[str, str]:
    """The word ending at ``position`` and the character in front of it."""
    match = search_ending_at(_WORD_BEFORE, _WORD_BEFORE_BACKWARDS, text, max(0, position - 100), position)
    word = match.group() if match else ""
    start = position - len(word)
    return word, (text[start - 1] if start > 0 else "")


class _StraightQuoteParity:
    """Whether a straight double quote is inside an open quotation on its line.

    Queried at increasing positions; counts incrementally, so a pass stays linear.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._position = 0
        self._count = 0

    def is_open_before(self, position: int) -> bool:
        segment_start = self._position
        newline = self._text.rfind("\n", segment_start, position)
        if newline >= 0:
            self._count, segment_start = 0, newline + 1
        self._count += self._text.count('"', segment_start, position)
        self._position = position
        return self._count % 2 == 1


def missing_space_after_sentence(text: str) -> Iterator[Edit]:
    """Missing space after a sentence-ending period, question or exclamation mark.

    **Why**: scrapers that join paragraph elements and copy-paste glue sentences:
    "within the last three days.Two of them", "rain.Her car", "said.“We", after a
    number too ("ended 2-1.Fans", "rose 5%.The", "$4.5m.Analysts").

    **Leaves alone**: decimals and versions ("3.5", "3.11.7"), initials and
    abbreviations ("U.S.", "J.R.R. Tolkien", "Ph.D."), honorifics (missing-space-
    after-honorific handles them), domains, URLs, e-mail and file names
    ("news.com.au", "McAfee.com", "report.PDF"), code names ("Node.js", "ASP.NET",
    "typing.TypeVar(", "fs.WriteStream", "net.Socket" where the text writes
    "net.createServer"), a quotation with no space in it ('"types.ModuleType"',
    '"Yes.No.Maybe."').

    >>> from newsclean.engine import apply_edits
    >>> s = "the last three days.Two cases. He said.“We won.” Then wait...What"
    >>> apply_edits(s, missing_space_after_sentence(s))
    'the last three days. Two cases. He said. “We won.” Then wait... What'
    >>> list(missing_space_after_sentence("U.S.Army news.com.au 3.5 ASP.NET Node.js"))
    []
    """
    if "." not in text and "!" not in text and "?" not in text and "…" not in text:
        return
    quotes = _StraightQuoteParity(text)
    tokens = _Tokens(text)
    namespaces = _Namespaces()
    starts = [start for start in occurrences(text, ".!?…", _AFTER_SENTENCE_END) if not tokens.long_at(start)]
    matches = list(matches_at(_GLUED_SENTENCE, text, starts))
    # Decisions must not change once neighbouring glue points are split, or the rule
    # would fix "A.Bc.De.Fg" one point per pass: the dots of other glue points do not
    # make a dotted name, and a glue point split in this call counts as a space.
    glue_dots = {match.end() - 1 for match in matches}
    # Dots before a letter that are no glue point, found once: a dotted name after a
    # glue point is a bisect away, not a scan of its tail per point.
    dotted = [dot.start() for dot in _DOTTED_TAIL.finditer(text) if dot.start() not in glue_dots]
    last_space = -1  # where this call last added a space
    for match in matches:
        token = tokens.around(match.start(), match.end())
        if token is None or _URLISH.search(token) or _quoted_whole(token):
            continue  # no prose word is that long, a URL, a file name, a quoted name
        closed = match.start() > 0 and text[match.start() - 1] in _CLOSING_MARKS_OR_PERCENT
        word, before_word = _previous_word(text, match.start() - 1 if closed else match.start())
        if match.start() - len(word) <= last_space <= match.start():
            word, before_word = text[last_space : match.start()], " "  # as after that split
        letters = sum(ch.isalpha() for ch in word)
        number = any(ch.isdigit() for ch in word)
        if (letters == 1 and not number) or (letters == 0 and not word[-1:].isdigit()):
            continue  # an initial: "J.R.R.", "U.S.Army" (a number is none: "ended 2-1.Fans", "$4.5m.The")
        if not word[-1:].isalpha() and _LONE_CAPITAL.match(text, match.end()):
            continue  # a numbered part: "Article 2.A of the law"
        # "at 3:30am.The", "$4.5m.The": a time or a decimal, no dotted name
        clock_or_decimal = (
            before_word in (":", ".") and word[:1].isdigit() and _digit_before(text, match.start(), word)
        )
        if before_word and before_word in ".@/\\:_#&" and not clock_or_decimal:
            continue  # part of a dotted name: "java.util.List"
        if word in _honorifics():
            continue
        if _file_name_part(text, word, match.end()):
            continue
        if not match.group(1) and _code_call(text, match.end()):
            continue
        if not match.group(1) and text[match.start()] == "." and namespaces.member(text, word, match.end()):
            continue  # "net.Socket", "fs.WriteStream": a name in code, no glued sentence
        after = match.end()
        tail = _TOKEN_END.match(text, after, min(len(text), after + 200))
        if tail and _dot_within(dotted, after, tail.end()):
            continue  # "Example.Com.au"-like dotted names
        if match.group(1) == '"' and not quotes.is_open_before(match.start(1)):
            after = match.start(1)  # 'said."But': the quote opens the next sentence
        last_space = after
        yield Edit(after, after, " ")


# A lowercase word and a period before a lowercase letter: "fs.readFile", "http.request".
_DOTTED_LOWERCASE = regex.compile(r"(?<![\p{L}\p{N}.])(\p{Ll}++)\.(?=\p{Ll})")
# Capitals inside a word after a lowercase letter: "WriteStream", "ServerResponse";
# not "McDonald" or "MacArthur", names English writes so.
_INNER_CAPITAL = regex.compile(r"(?!Ma?c\p{Lu})\p{Lu}\p{Ll}++\p{Lu}")


class _Namespaces:
    """Whether ``word.Name`` is a name in code, where a sentence would be glued.

    Code writes a module, object or namespace, a period and a member: the member is
    written in camel case ("http.ServerResponse", "fs.WriteStream"), or the text writes
    the same word before a period and a lowercase member elsewhere ("net.Socket" beside
    "net.createServer"). News prose writes no "word.member", and few sentences start
    with a word in camel case. A word the lexicon lacks is no evidence: "ok.Yes".
    """

    def __init__(self) -> None:
        self._dotted: set[str] | None = None  # the words the text writes before ".member"

    def member(self, text: str, word: str, after: int) -> bool:
        if not (word.isalpha() and word.islower()):
            return False
        if _INNER_CAPITAL.match(text, after) is not None:
            return True
        if self._dotted is None:
            starts = _lowercase_word_starts(text, occurrences(text, ".", _DOTS_BEFORE_LOWERCASE))
            self._dotted = {dotted.group(1) for dotted in matches_at(_DOTTED_LOWERCASE, text, starts)}
        return word in self._dotted


_DOTS_BEFORE_LOWERCASE = CharacterClass(r"\p{Ll}")


def _lowercase_word_starts(text: str, marks: Iterable[int], shortest: int = 1) -> list[int]:
    """Where the lowercase word (``shortest`` letters or more, 40 at most) that ends
    right at each of ``marks`` starts, in order: the only places a pattern that begins
    with such a word and the mark can match ("fs." before "readFile", "places:"), found
    from marks that str.find located, not by a scan of every character."""
    starts = []
    for mark in marks:
        word = search_ending_at(_LOWERCASE_RUN, _LOWERCASE_RUN_BACKWARDS, text, max(0, mark - 41), mark)
        if word is not None and mark - word.start() >= shortest:
            starts.append(word.start())
    return starts


_LOWERCASE_RUN = regex.compile(r"\p{Ll}{1,40}+$")
_LOWERCASE_RUN_BACKWARDS = regex.compile(r"\p{Ll}{1,40}+", flags=regex.REVERSE)


def _digit_before(text: str, mark: int, word: str) -> bool:
    """Whether a digit stands before the character in front of ``word``, which ends at the
    sentence mark at ``mark`` (or before the closing mark or percent sign there)."""
    end = mark - 1 if text[mark - 1 : mark] in _CLOSING_MARKS_OR_PERCENT else mark
    return text[end - len(word) - 2 : end - len(word) - 1].isdigit()


def _file_name_part(text: str, word: str, after: int) -> bool:
    """Whether ``WORD.Next`` is a file name: an all-capitals word of three letters or more
    ("README", "NEWS") before a word that is not an English word ("README.Debian").

    "NATO.Members" is a glued sentence: "members" is an English word.
    """
    if len(word) < 3 or not word.isupper() or not word.isalpha():
        return False
    following = _NEXT_WORD.match(text, after)
    return following is None or following.group().lower().rstrip("([") not in english_words()


def _code_call(text: str, after: int) -> bool:
    """Whether the word at ``after`` is called or subscripted at once: code.

    "typing.TypeVar(", "typing.Generic[T]". Sentences do not begin so.
    """
    following = _NEXT_WORD.match(text, after)
    return following is not None and bool(following.group(1))


def _quoted_whole(token: str) -> bool:
    """Whether a token is a quotation on its own, with no space inside: a name or code.

    '"types.ModuleType"', "'enum.EnumMeta'>", '"Yes.No.Maybe."', "`os.Path`": a
    quotation of two glued sentences would hold a space somewhere.
    """
    closing = _CODE_QUOTES.get(token[:1])
    body = token.rstrip(".,;:!?)]>")
    return closing is not None and len(body) > 2 and body.endswith(closing)


_CODE_QUOTES = MappingProxyType({'"': '"', "'": "'", "`": "`", "“": "”", "‘": "’"})


def missing_space_after_comma(text: str) -> Iterator[Edit]:
    """Missing space after a comma, semicolon or colon between words.

    **Why**: glued clauses ("late and tired,Mrs. Okafor") come from joined
    elements and careless editing.

    **Leaves alone**: numbers ("1,000", "6,000,000", "10:30"), single-letter lists
    ("a,b"), URLs and query strings, "std::map", a colon before a lowercase word,
    lists of names from code or changelog tags ("win,tty:", "unix,fs"), CJK text and
    fullwidth punctuation.

    >>> from newsclean.engine import apply_edits
    >>> s = "late and tired,Mrs. Okafor; one;two. Note:This"
    >>> apply_edits(s, missing_space_after_comma(s))
    'late and tired, Mrs. Okafor; one; two. Note: This'
    >>> list(missing_space_after_comma("1,000 6,000,000 10:30 a,b https://x.org/?a=1,2"))
    []
    """
    if "," not in text and ";" not in text and ":" not in text:
        return
    comma_starts = occurrences(text, ",;", _AFTER_COMMA)
    matches = list(matches_at(_GLUED_COMMA, text, comma_starts)) + list(_GLUED_COLON.finditer(text))
    if ":" in text:
        word_starts = _lowercase_word_starts(text, find_all(text, (":",)), shortest=3)
        matches += [
            colon
            for match in matches_at(_COLON_BEFORE_LOWERCASE, text, word_starts)
            if _between_words(match) and (colon := _COLON.match(text, match.end(1))) is not None
        ]
    tokens = _Tokens(text)
    colon_pairs = Counter(_colon_pair(text, match.start()) for match in matches if text[match.start()] == ":")
    for match in sorted(matches, key=lambda m: m.start()):
        token = tokens.around(match.start(), match.end())
        if token is None or _URLISH.search(token) or token.startswith("&") or token.count(":") > 1:
            continue
        if _quoted_whole(token) or _name_list(token) or _code_list(text, match.start(), token):
            continue  # '"archive:file"', "'first,second'"; "deps,test,src", "**lib,test**:": names
        if text[match.start()] in ",;" and _identifier_list(text, match.start(), match.end()):
            continue
        if text[match.start()] == ":" and _colon_term(colon_pairs, _colon_pair(text, match.start())):
            continue
        yield Edit(match.end(), match.end(), " ")


# A word after which a comma or semicolon is glued to a letter: "deps," in "deps,test".
_LISTED_WORD = regex.compile(r"\p{L}++(?=[,;]\p{L})")


def _name_list(token: str) -> bool:
    """Whether a token is a list of names written without spaces: three words or more
    glued by commas, one of them no English word ("deps,test,src", "comm,cut,head",
    "Y,Cb,Cr"). Prose glued in several places is English throughout ("will,however,make")."""
    listed = list(_LISTED_WORD.finditer(token))
    if len(listed) < 2:
        return False
    last = LETTERS.match(token, listed[-1].end() + 1)
    words = [word.group() for word in listed] + [last.group() if last else ""]
    return not all(is_english(word.lower()) for word in words)


# A whole token that is a list of names glued by commas, opened and closed as code
# ("**lib,test,tools**:", "(row,col,pass).", "(TRUE,FALSE,BOOLEAN):"), or closed by a
# colon as a changelog's tags are ("linux,darwin,win:", "gifdec,Remap:").
_ENCLOSED_LIST = regex.compile(
    r"[(*\['\"`]++[\p{L}\p{N}._-]++(?:[,;][\p{L}\p{N}._-]++)++[*)\]'\"`]++:?+[.,;]?+"
)
_TAG_LIST = regex.compile(r"[\p{L}\p{N}._-]++(?:,[\p{L}\p{N}._-]++)++:")


def _code_list(text: str, mark: int, token: str) -> bool:
    """Whether the glued comma at ``mark`` is inside a list of names written as code: a
    whole token enclosed as code, or a list of tags closed by a colon that starts a line
    or a list item ("* doc,build,include: fix", "] - win,build: support")."""
    if _ENCLOSED_LIST.fullmatch(token):
        return True
    if not _TAG_LIST.fullmatch(token):
        return False
    start = search_ending_at(_TOKEN_START, _TOKEN_START_BACKWARDS, text, max(0, mark - _TOKEN_WINDOW), mark)
    return start is not None and _list_opens(text, start.start(), ":")


def _colon_pair(text: str, colon: int) -> tuple[str, str] | None:
    """The words either side of a glued colon, lowercased: ("root", "root"); None
    when a quotation follows it ('tweeted:"He')."""
    before = LETTERS_BACKWARDS.match(text, max(0, colon - 40), colon)
    following = LETTERS.match(text, colon + 1, min(len(text), colon + 41))
    if before is None or following is None:
        return None
    return before.group().lower(), following.group().lower()


def _colon_term(counts: Counter[tuple[str, str] | None], pair: tuple[str, str] | None) -> bool:
    """Whether a glued colon joins a term, not two clauses: the same word either side
    ("root:root"), or a pair the text glues twice ("node:coverage", "address:port");
    a typist's slip is not repeated word for word."""
    return pair is not None and (pair[0] == pair[1] or counts[pair] > 1)


# What closes a list of names in code or a changelog's tags: "win,tty:", "**src,crypto**",
# "(PID,FD)", "'node,node.perf'".
_CODE_CLOSERS = frozenset(":*)]'\"._/")


def _identifier_list(text: str, mark: int, after: int) -> bool:
    """Whether the lowercase words either side of a glued comma are a list of names
    from code or configuration, not prose: the word after it is no English word, and
    neither is the word before ("unix,fs", "gpg,gpgsm") or a colon, bracket, quote or
    period closes it ("win,tty:", "**src,crypto**"); or, English words too, a list
    both opened and closed as code is ("(mem,rem)", "- win,build:"). A clause glued to
    the last goes on with an English word ("moai,are") or a word standing in prose
    ("Friday evening,mockumentary Mister America")."""
    before = LETTERS_BACKWARDS.match(text, max(0, mark - 40), mark)
    following = LETTERS.match(text, after, min(len(text), after + 40))
    if before is None or following is None:
        return False
    left, right = before.group(), following.group()
    if not (left.islower() and right.islower()):
        return False  # "tired,Mrs.": a capital after the comma starts a word of prose
    closing = text[following.end() : following.end() + 1]
    closed = closing != "" and closing in _CODE_CLOSERS
    if closed and _list_opens(text, before.start(), closing):
        return True  # "(mem,rem)", "**src,test**", "- win,build:": names, English or not
    if is_english(right):
        return False
    return not is_english(left) or closed


# What opens a list of names that a code closer ends: a bracket, quote or emphasis
# mark ("(mem,rem)", "**src,test**", "`IN,HS'"); before a colon, a line or list item
# start too ("- win,build: support", "* net,stream: add").
_CODE_OPENERS = frozenset("(*['\"`")
_ITEM_MARKS = frozenset(("- ", "* ", "+ ", "• "))


def _list_opens(text: str, start: int, closing: str) -> bool:
    """Whether the list of names starting at ``start`` opens with a code opener, or,
    closed by a colon, starts a line or follows a list item's dash ("] - win,build:")."""
    opening = text[start - 1 : start]
    if opening in _CODE_OPENERS and opening:
        return True
    if closing != ":":
        return False
    head = text[max(0, start - 3) : start]
    if start == 0 or head.endswith("\n"):
        return True
    return head[-2:] in _ITEM_MARKS and (len(head) < 3 or head[0].isspace())


# A colon between two lowercase words: "places:potentially", "resources:the". Glued
# only when both are English words (english-words.txt), so "re:publica", "mailto:x"
# and "localhost:port" are not ("key:value" is: two English words).
_COLON_BEFORE_LOWERCASE = regex.compile(
    r"(?<![\p{L}\p{N}_.-])(\p{Ll}{3,}+):(\p{Ll}{2,}+)(?![\p{L}\p{N}_.:/@-])"
)


_COLON = regex.compile(":")


def _between_words(match: regex.Match[str]) -> bool:
    common = english_words()
    return match.group(1) in common and match.group(2) in common


# An abbreviated honorific glued to a capitalised name: "Mrs.Okafor", "Dr.Smith".
# Not matched: "Mrs. Okafor", "Dr.web" (lowercase), "mr.smith@example.org".
# A word before the dot may follow a dot only inside a chain of such glued words
# ("Mr.Mr.Smith", checked in code), so a chain is decided in one pass.
_GLUED_HONORIFIC = regex.compile(r"(?<![\p{L}\p{N}@/])(\p{Lu}\p{Ll}{0,5})\.(?=\p{Lu}\p{Ll})")


def missing_space_after_honorific(text: str) -> Iterator[Edit]:
    """Missing space between an honorific and a name.

    **Why**: "Mrs.Okafor", "Dr.Smith" and "Gov.Newsom" come from glued text; the
    honorific list is a data file (honorifics.txt).

    **Leaves alone**: words that are not honorifics ("Inc.", checked by
    missing-space-after-sentence), lowercase continuations, e-mail addresses.

    >>> from newsclean.engine import apply_edits
    >>> apply_edits("Mrs.Okafor and Dr.Smith", missing_space_after_honorific("Mrs.Okafor and Dr.Smith"))
    'Mrs. Okafor and Dr. Smith'
    """
    if "." not in text:
        return
    honorifics = _honorifics()
    chain_end = -1  # where the last glued word of a chain ended
    tokens = _Tokens(text)
    position = 0
    while (match := _GLUED_HONORIFIC.search(text, position)) is not None:
        position = match.end()
        if text.startswith(".", match.start() - 1) and match.start() != chain_end:
            continue  # after a dot that ends no glued word: "U.S.Army", "e.Mr.Smith"
        chain_end = match.end()
        if match.group(1) not in honorifics:
            continue
        token = tokens.around(match.start(), match.end())
        if token is None:
            position = max(position, tokens.long_end)  # the rest of a long run holds no name
        elif "@" not in token:
            yield Edit(match.end(), match.end(), " ")


# Spaces before a comma or period that ends a clause: "President , he", "done ."
# Not matched: " .NET", " .5", " ...", ". . ." (spaced ellipsis), French " !" " ?" " ;" " :".
_SPACE_BEFORE = regex.compile(r"(?<=[\p{L}\p{N}”’\"')\]])[ \t]++(?=[,.](?:[ \t\n”’\"')\]]|$))")


_SPACE_THEN_MARK = (" ,", " .", "\t,", "\t.")  # the end of a run that _SPACE_BEFORE matches


def _spaces_before_marks(text: str) -> Iterator[regex.Match[str]]:
    """``_SPACE_BEFORE.finditer(text)``, tested only where a run of spaces meets "," or ".".

    A match starts where its run of spaces and tabs does (a space is no character the
    lookbehind accepts), and the run ends right before the mark.
    """
    starts = []
    for last in find_all(text, _SPACE_THEN_MARK):
        start = last
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        starts.append(start)
    return matches_at(_SPACE_BEFORE, text, starts)


# A plain word right before the spaces: letters only, back to the previous space.
_PLAIN_WORD_BEFORE = regex.compile(r"(?:^|(?<=\s))\p{L}++(?:['’-]\p{L}++)*+$")


def space_before_punctuation(text: str) -> Iterator[Edit]:
    """Space before a comma or period.

    **Why**: a removed token ("President :contentReference[…] , he") or careless
    typing leaves "President , he".

    **Leaves alone**: French spacing before ! ? ; : (and the narrow no-break space),
    leading-dot names (".NET"), decimals (" .5"), ellipses, and a space after anything
    but a plain word: authors set a URL, a path, a command or a man page apart from the
    period that follows it ("see https://example.org/ .", "ls(1) .", "du -k .").

    >>> from newsclean.engine import apply_edits
    >>> apply_edits("President , he said .", space_before_punctuation("President , he said ."))
    'President, he said.'
    >>> list(space_before_punctuation("Quoi ? Bien ! .NET and . . . and .5"))
    []
    """
    if " ," not in text and " ." not in text and "\t" not in text:
        return
    for match in _spaces_before_marks(text):
        after = match.end()
        if text.startswith(". .", after) or text.startswith("..", after):
            continue
        if not _PLAIN_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "https://example.org/ .", "ls(1) .", "-k .": the space keeps it apart
        yield Edit(match.start(), match.end(), "")


# A word whose possessive lost its apostrophe to title-casing: "OkaforS" (from
# "Okafor’s" after the apostrophe was dropped and the word title-cased). Matches only a
# capital S right after a lowercase letter at the end of a word; not "CEOs", "AirPods",
# "iOS", "MacOS", "OKAFORS".
_LOST_POSSESSIVE = regex.compile(
    r"(?<![\p{L}\p{N}'’])(\p{Lu}\p{L}*\p{Ll})S(?![\p{L}\p{N}'’])"
    # An acronym, in a title-cased line: "NASAS Rover", "EUS Trade Chief".
    r"|(?<![\p{L}\p{N}'’])(\p{Lu}{2,6})S(?=[ \t]++\p{Lu}\p{Ll})"
    # A lowercase word, the S of its lost possessive alone in capitals: "prime ministerS".
    r"|(?<![\p{L}\p{N}'’])(\p{Ll}{3,}+)S(?![\p{L}\p{N}'’])"  # not units: "mS", "kS"
)
# A necessary condition, found by a fast literal search for "S": a capital S after a
# lowercase letter at the end of a word.
_POSSESSIVE_HINT = regex.compile(r"S(?<=\p{Ll}S)(?![\p{L}\p{N}'’])|S(?<=\p{Lu}{3})[ \t]++\p{Lu}\p{Ll}")
_APOSTROPHE_IN_WORD = regex.compile(r"(?<=\p{L})(['’])(?=\p{L})")


def _apostrophe_style(text: str) -> str:
    """The apostrophe this text writes: its apostrophes, else its quotes, else straight."""
    marks = _APOSTROPHE_IN_WORD.findall(text)
    curly, straight = marks.count("’"), marks.count("'")
    if curly == straight:
        curly, straight = text.count("“") + text.count("”"), text.count('"')
    return "’" if curly > straight else "'"


_ALPHANUMERIC = CharacterClass(r"[\p{L}\p{N}]")
# Up to this many matched bases are looked up one by one (see lost_possessive_apostrophe).
_FEW_BASES = 4


def _written_alone(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a whole run of letters and digits (a _WORD)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and _ALPHANUMERIC(text[start - 1])) and not _ALPHANUMERIC(text[end : end + 1]):
            return True
        start = text.find(word, start + 1)
    return False


def lost_possessive_apostrophe(text: str) -> Iterator[Edit]:
    """Possessive that lost its apostrophe and was title-cased.

    **Why**: headline code that drops the apostrophe and title-cases turns "Okafor’s"
    into "OkaforS". Fixed only when the text also writes the base word ("Okafor",
    "Okafor’s", or "world" for "WorldS"), the base is a common English word (title
    case writes the plural "Governments", never "GovernmentS"), or the base is a
    country, state or nationality in the gazetteer ("RussiaS", "TurkeyS", "FloridaS");
    an acronym glued to its S before a title-cased word ("NASAS Rover") when the text
    writes the acronym alone or SCOWL lists it (acronyms.txt); a lowercase word with a
    capital S glued to it ("prime ministerS resignation") when the text writes the
    word or it is a common English word,
    using the apostrophe style the text itself uses (straight when it gives no
    evidence).

    **Leaves alone**: plurals and acronyms ("CEOs", "MPs", "NGOs", "AirPods"), "iOS",
    "macOS", all-caps words, words whose base the text never writes, and a form the
    text writes twice or more ("DoS" attacks, "anti-DoS"): its own term.

    >>> from newsclean.engine import apply_edits
    >>> s = "Ngozi OkaforS Plan\\nOkafor’s team met Okafor."
    >>> apply_edits(s, lost_possessive_apostrophe(s))
    'Ngozi Okafor’s Plan\\nOkafor’s team met Okafor.'
    >>> list(lost_possessive_apostrophe("CEOs and MPs use AirPods and iOS"))
    []
    """
    if not _POSSESSIVE_HINT.search(text):
        return
    matches = list(_LOST_POSSESSIVE.finditer(text))
    if not matches:
        return
    apostrophe = _apostrophe_style(text)
    names = _gazetteer_names()
    # A few bases are looked up one by one; past that, one set of the text's words
    # keeps the cost linear however many words lost their apostrophe.
    words = frozenset(_WORD.findall(text)) if len(matches) > _FEW_BASES else None
    lowered = _lowercase_words(text)
    written = Counter(match.group() for match in matches)
    for match in matches:
        if written[match.group()] > 1:
            continue  # "DoS" again and again: the text's own term; headline code slips once
        base = match.group(1) or match.group(2) or match.group(3)
        if base in words if words is not None else _written_alone(text, base):
            note = f"the text writes '{base}' on its own"
        elif match.group(3) and base in english_words():
            note = f"'{base}' is an English word, and no English word ends in one capital S"
        elif match.group(1) and base.lower() in lowered:
            note = f"the text writes '{base.lower()}' on its own"  # "WorldS" beside "world"
        elif match.group(1) and base[1:].islower() and base.lower() in english_words():
            # Title case writes a plural "Governments": a capital S after an English word
            # is the possessive that lost its apostrophe.
            note = f"'{base.lower()}' is an English word, and title case writes its plural '{base}s'"
        elif base in names:
            note = f"'{base}' is a name in the gazetteer"
        elif match.group(2) and _listed_acronym_in_headline(text, match.start(), base):
            note = f"'{base}' is an acronym (SCOWL), '{base}S' is not, in a title-cased headline"
        else:
            continue
        end = match.end(1) if match.group(1) else match.end(2) if match.group(2) else match.end(3)
        yield Edit(end, match.end(), apostrophe + "s", note)


def _listed_acronym_in_headline(text: str, start: int, base: str) -> bool:
    """Whether ``base`` is an acronym SCOWL lists (and its S-form is not) and the line at
    ``start`` is a title-cased headline: "NASAS Rover Finds ...", not "PLOS Biology"
    in a sentence."""
    acronyms = load_words("acronyms.txt")
    if base not in acronyms or base + "S" in acronyms:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return is_headline_line(text[line_start : line_end if line_end >= 0 else len(text)])


def _lowercase_words(text: str) -> frozenset[str]:
    """The text's letter runs written in lower case."""
    return frozenset(run for run in letter_runs(text) if run.islower())


@cache
def _gazetteer_names() -> frozenset[str]:
    """Countries, languages and nationalities as written, common-word countries too.

    gazetteer.txt, subdivisions.txt ("FloridaS") and common-word-countries.txt: a
    capital S glued to "Turkey" is no plural ("Turkeys").
    """
    return frozenset(gazetteer_names() + load_lines("common-word-countries.txt"))
