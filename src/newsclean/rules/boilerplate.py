"""BP: site chrome on lines of its own: breadcrumbs, prompts, ads, credits, notices.

Every rule here deletes whole lines, never text inside a paragraph. A line that matches
a phrase list is chrome when it is short and standalone, or when it sits in the top or
bottom block of the article (before the first or after the last line of prose), where
pages put their chrome.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from ..data import load_lines, load_words
from ..model import Edit
from ._document import minor_words

_SHARE = "share-prompts.txt"
_ADS = "ad-and-related-lines.txt"
_CREDITS = "image-credits.txt"
_LEGAL = "legal-notices.txt"
_FOOTER = "footer-lines.txt"
_ALL_PHRASE_FILES = (_SHARE, _ADS, _CREDITS, _LEGAL, _FOOTER)

# Shapes of chrome lines that a phrase list cannot enumerate, matched against a whole
# short line (case folded, trailing punctuation off):
# - an interface prompt: a verb of the page's interface in the imperative (after an
#   optional "please"), then a particle or an object of the interface and at most five
#   more words ("Scroll to continue with content", "Email this story", "Back to top",
#   "Please enable JavaScript to view the comments", "Toggle navigation"), or a verb
#   of signing up or scrolling with its particle ("Sign in"); not the verbs of
#   instructions ("see", "show", "log in": "See the following", "Log in to the server as
#   root" in documentation) nor an instruction's object ("Enable the argon2 module");
# - an engagement counter ("136 comments", "2.4k shares") or a reading time ("5 min read");
# - a time stamp: published, updated or posted, then only words of dates and times
#   ("Updated: Jan 5, 2021 10:32 a.m. ET", "Published 3 hours ago"; not "Published in
#   1998, the book sold well");
# - the age banner of an archived page ("This article is more than 179 days old").
_INTERFACE_VERBS = (
    "back", "click", "download", "e-mail", "email", "enable", "follow", "jump", "listen", "print",
    "register", "return", "save", "scroll", "share", "sign", "skip", "subscribe", "swipe", "tap", "toggle",
    "watch",
)
_INTERFACE_OBJECTS = (
    "to", "this", "for", "here", "our", "now", "more", "on", "app", "comments", "cookies",
    "javascript", "menu", "navigation",
)
# What "the" may name in a prompt: a part of the page ("Print the article", "Watch the
# video"); not the object of an instruction ("Follow the release process", "Enable the
# argon2 module", "Print the current stack trace").
_PAGE_NOUNS = (
    "app", "article", "comments", "gallery", "newsletter", "page", "podcast", "post", "site", "story",
    "video", "website",
)
# Only the verbs of signing up and scrolling take a particle ("Sign in", "Scroll down to
# continue"); "Follow up to #397", "Watch out for" are no prompts.
_INTERFACE_OBJECT = (
    "(?:" + "|".join(_INTERFACE_OBJECTS) + "|the (?:" + "|".join(_PAGE_NOUNS) + r")\b)(?: [^ ]++){0,5}+"
)
_INTERFACE_PROMPT = regex.compile(
    r"(?:please )?+(?:(?:sign|scroll|swipe) (?:up|down|in|out)(?: " + _INTERFACE_OBJECT + ")?+"
    "|(?:" + "|".join(_INTERFACE_VERBS) + ") " + _INTERFACE_OBJECT + ")"
)
_MONTHS_AND_DAYS = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
)
# A word of a date or time: a number, a month or weekday (any length from its first three
# letters), a unit, "ago", a.m. and p.m., a time zone ("et", "pdt", "gmt", "cest"), "on", "at".
_DATE_WORD = (
    r"(?:[^ \d]*+\d[^ ]*+|(?:" + "|".join(_MONTHS_AND_DAYS) + r")[a-z]*+\.?+"
    r"|(?:second|minute|min|hour|hr|day|week|month|year)s?+|ago|today|yesterday|just now"
    r"|[ap]\.?m\.?|[ecmp][sd]?+t|gmt|bst|cet|cest|eet|ist|jst|aest|aedt|utc|on|at|,)"
)
_COUNTER = regex.compile(
    r"\d[\d,.]*+k?+ (?:comments?|shares?|views?|likes?|replies|reactions|responses)"
    r"|\d++ ?(?:min|mins|minutes?)(?: read| reading time)?+"
    r"|(?:estimated )?+reading time:? \d++ ?(?:min|mins|minutes?)"
    r"|(?:(?:first|last) )?+(?:published|updated|posted|modified)(?: on| at)?+:?+"
    r"(?: " + _DATE_WORD + r",?+){1,10}+"
)
_AGE_BANNER = regex.compile(
    r"this (?:article|story|post|page|report) is (?:more than |over |at least )?+[\d,]++"
    r" (?:hours?|days?|weeks?|months?|years?) old"
)
# - a copyright line with its year that reserves the rights ("Copyright 2021 The Associated
#   Press. All rights reserved. This material may not be published …"; not the
#   "Copyright 2023 Robyn Speer" that opens a licence).
_COPYRIGHT_YEAR = regex.compile(
    r"(?:copyright|\(c\)) (?:\(c\) |© )?+\d{4}+(?:[-–]\d{4}+)?+ (?:(?!all rights reserved).)*+"
    r"all rights reserved.*+"
)
_SHAPES = {_SHARE: _INTERFACE_PROMPT, _FOOTER: _COUNTER, _ADS: _AGE_BANNER, _LEGAL: _COPYRIGHT_YEAR}
_SHAPE_FIRST_TOKENS = (
    *_INTERFACE_VERBS, *"0123456789", "this", "please", "estimated", "reading", "first", "last",
    "published", "updated", "posted", "modified", "copyright", "(c)",
)

# Bullet and arrow markers in front of an item: "- ", "* ", "• ", "› ".
_BULLET = regex.compile(r"^[ \t]*+[-*•·›»–—][ \t]++")
_SPACES = regex.compile(r"\s++")
_TRAILING_PUNCTUATION = " \t.:!…›»|"
_SENTENCE_END = regex.compile(r"[.!?…][\"”’')\]]*+$")  # what _ends_sentence tests
_SENTENCE_MARKS = frozenset(".!?…")
_CLOSING_AFTER_MARK = "\"”’')]"
_LINE = regex.compile(r"[^\n]*+\n?")  # a line: what _lines finds
# Separators of a one-line trail "Home > News > World": spaced arrows or slashes.
_TRAIL_SEPARATOR = regex.compile(r" (?:>|»|›|/|→) ")

MAX_WORDS_STANDALONE = 15
MAX_WORDS_EDGE = 45
MAX_CRUMB_WORDS = 5
PROSE_MIN_WORDS = 8


# Phrase-list entries are short, so a line is matched on bounded windows of its start
# and end: long paragraphs cost the same as short lines.
_WINDOW = 160


@dataclass(frozen=True, slots=True)
class _View:
    """A line as phrase lists see it: no bullet, case folded, single spaces."""

    head: str  # the start of the line
    tail: str  # the end, without trailing punctuation
    whole: str | None  # the whole line without trailing punctuation, if short

    @classmethod
    def of(cls, line: str) -> _View:
        head = _normal(line[:_WINDOW])
        if len(line) <= _WINDOW:
            whole = head.rstrip(_TRAILING_PUNCTUATION)
            return cls(head, whole, whole)
        return cls(head, _normal(line[-_WINDOW:]).rstrip(_TRAILING_PUNCTUATION), None)


@dataclass(frozen=True, slots=True)
class _Phrases:
    exact: frozenset[str]
    prefix: regex.Pattern[str] | None
    suffixes: tuple[str, ...]
    shape: regex.Pattern[str] | None = None

    def match(self, view: _View) -> bool:
        if view.whole is not None and view.whole in self.exact:
            return True
        if self.shape is not None and view.whole is not None and self.shape.fullmatch(view.whole):
            return True
        if self.prefix is not None and self.prefix.match(view.head):
            return True
        return any(view.tail.endswith(suffix) for suffix in self.suffixes)


@cache
def _phrases(name: str) -> _Phrases:
    exact: set[str] = set()
    prefixes: list[str] = []
    suffixes: list[str] = []
    for entry in load_lines(name):
        if entry.startswith("= "):
            exact.add(entry[2:].strip())
        elif entry.startswith("... "):
            suffixes.append(entry[4:].strip())
        else:
            boundary = r"\b" if entry[-1].isalnum() else ""
            prefixes.append(regex.escape(entry) + boundary)
    prefix = regex.compile("(?:" + "|".join(prefixes) + ")") if prefixes else None
    return _Phrases(frozenset(exact), prefix, tuple(suffixes), _SHAPES.get(name))


def _normal(line: str) -> str:
    """A line as phrase lists see it: no bullet, case folded, single spaces."""
    return _SPACES.sub(" ", _BULLET.sub("", line)).strip().casefold()


@dataclass(frozen=True, slots=True)
class _Tokens:
    """First and last tokens of all phrase-list entries: a cheap test before the view.

    A line can match an entry only if its first token (after a bullet) starts with
    the entry's first token, or its last token ends with a suffix entry's last token.
    """

    first: tuple[str, ...]
    last: tuple[str, ...]


@cache
def _tokens() -> _Tokens:
    first: set[str] = set()
    last: set[str] = set()
    for name in _ALL_PHRASE_FILES:
        for entry in load_lines(name):
            if entry.startswith("... "):
                last.add(entry[4:].split()[-1])
            else:
                first.add(entry.removeprefix("= ").split()[0])
    first.update(_SHAPE_FIRST_TOKENS)
    return _Tokens(tuple(sorted(first)), tuple(sorted(last)))


def _may_be_chrome(line: str) -> bool:
    """False when no phrase-list entry can match ``line``: no need for its view.

    >>> _may_be_chrome("- Share this article"), _may_be_chrome("The minister said so.")
    (True, False)
    """
    tokens = _tokens()
    words = line.split(None, 2)
    if not words:
        return False
    heads = words[:2] if len(words[0]) == 1 and not words[0].isalnum() else words[:1]
    if any(head.casefold().startswith(tokens.first) for head in heads):
        return True
    tail = " ".join(line[-_WINDOW:].split()).casefold().rstrip(_TRAILING_PUNCTUATION).split()
    return bool(tail) and tail[-1].endswith(tokens.last)


@cache
def _line_head_pattern() -> regex.Pattern[str]:
    # A line break, spaces, an optional one-character bullet, then the first token of
    # an entry: the lines _may_be_chrome accepts by their first word, found in one
    # scan that the engine starts with a fast search for the line break.
    first = "|".join(regex.escape(token) for token in sorted(_tokens().first, key=len, reverse=True))
    return regex.compile(
        rf"\n[^\S\n]*+(?:[^\s\p{{L}}\p{{N}}][^\S\n]++)?(?:{first})", regex.IGNORECASE | regex.FULLCASE
    )


def _chrome_candidates(text: str) -> frozenset[int] | None:
    """Starts of the lines that may match a phrase list; None when all lines may.

    A superset of the lines :func:`_may_be_chrome` accepts: lines that begin like an
    entry, or every line when the text holds the last word of a suffix entry at all.
    """
    folded = text.casefold()
    if any(token in folded for token in _tokens().last):
        return None
    starts = {match.start() + 1 for match in _line_head_pattern().finditer(text)}
    if _may_be_chrome(text[: text.find("\n") if "\n" in text else len(text)]):
        starts.add(0)
    return frozenset(starts)


class _Line(NamedTuple):  # a tuple: made for every line, it must be cheap to make
    start: int
    end: int  # after the line break
    text: str  # without the line break

    @property
    def words(self) -> int:
        return _words(self.text)


def _lines(text: str) -> Iterator[_Line]:
    """The lines of ``text``, lazily: the rules near the top read only a few.

    The matches of ``_LINE``, found with str.find: a regex call costs more than a line.
    """
    start, size = 0, len(text)
    while start < size:
        newline = text.find("\n", start)
        if newline < 0:
            yield _Line(start, size, text[start:])
            return
        yield _Line(start, newline + 1, text[start:newline])
        start = newline + 1


def _nonblank_lines(text: str) -> Iterator[_Line]:
    return (line for line in _lines(text) if line.text.strip())


def _is_chrome_phrase(view: _View) -> bool:
    return any(_phrases(name).match(view) for name in _ALL_PHRASE_FILES)


def _words(line: str) -> int:
    """Whitespace-separated words, counted up to one more than any limit here."""
    return len(line.split(maxsplit=MAX_WORDS_EDGE + 1))


def _chrome_view(line: str) -> tuple[_View | None, bool]:
    """The line's phrase view if it is short and may be chrome, and whether it is."""
    if not 0 < _words(line) <= MAX_WORDS_EDGE or not _may_be_chrome(line):
        return None, False
    view = _View.of(line)
    return view, _is_chrome_phrase(view)


def _ends_sentence(line: str) -> bool:
    """``_SENTENCE_END.search(line)``, from the end of the line alone: no scan of a paragraph."""
    if line.endswith("\n"):  # "$" also matches before a final line break
        line = line[:-1]
    return line.rstrip(_CLOSING_AFTER_MARK)[-1:] in _SENTENCE_MARKS


def _prose(line: str) -> bool:
    """A line of prose: eight words or more, ending a sentence, not chrome."""
    return (
        _words(line) >= PROSE_MIN_WORDS
        and _ends_sentence(line.rstrip())
        and not _remembered_chrome_view(line)[1]
    )


# Chrome rules delete lines, and each deletion makes a new text whose other lines are
# unchanged: what they are is remembered (lines of up to 2000 characters only, so
# memory stays bounded).
_MEMO_LINE_LENGTH = 2000
_memo_chrome_view = lru_cache(maxsize=1024)(_chrome_view)
_memo_prose = lru_cache(maxsize=1024)(_prose)


def _remembered_chrome_view(line: str) -> tuple[_View | None, bool]:
    """:func:`_chrome_view`, memoised for short lines."""
    return _memo_chrome_view(line) if len(line) <= _MEMO_LINE_LENGTH else _chrome_view(line)


def _remembered_prose(line: str) -> bool:
    """:func:`_prose`, memoised for short lines."""
    return _memo_prose(line) if len(line) <= _MEMO_LINE_LENGTH else _prose(line)


@dataclass(frozen=True, slots=True)
class _Layout:
    """The lines of a text, their phrase views, and where its prose begins and ends."""

    lines: tuple[_Line, ...]
    views: tuple[_View | None, ...]  # None for blank lines and lines too long for chrome
    chrome: tuple[bool, ...]  # whether each line matches a phrase list
    first_prose: int
    last_prose: int


def _with_prose(
    lines: tuple[_Line, ...], views: tuple[_View | None, ...], chrome: tuple[bool, ...]
) -> _Layout:
    """The layout of these lines: where prose begins and ends is found only if there is chrome."""
    if not any(chrome):
        return _Layout(lines, views, chrome, len(lines), -1)  # no chrome: where prose lies is moot
    # The first and last prose lines, found from each end: the middle is never read.
    first = next((i for i, line in enumerate(lines) if _remembered_prose(line.text)), len(lines))
    last = next((i for i in reversed(range(first, len(lines))) if _remembered_prose(lines[i].text)), -1)
    return _Layout(lines, views, chrome, first, last)


def _fresh_layout(text: str) -> _Layout:
    """The layout of ``text``, from its lines alone."""
    candidates = _chrome_candidates(text)
    if candidates is not None and not candidates:
        return _Layout((), (), (), 0, -1)  # no line can be chrome
    lines = tuple(_lines(text))
    found = [
        _remembered_chrome_view(line.text)
        if candidates is None or line.start in candidates
        else (None, False)
        for line in lines
    ]
    return _with_prose(lines, tuple(view for view, _ in found), tuple(chrome for _, chrome in found))


def _layout_after_deletions(text: str, old_text: str, old: _Layout) -> _Layout | None:
    """The layout of ``text`` if it is ``old_text`` with whole lines deleted, else None.

    Chrome rules delete lines one rule at a time; each deletion makes a new text
    whose other lines are unchanged, and a line's view depends on its text alone.
    The old lines that tile ``text`` exactly, in order, are its lines: their views
    carry over, and only where prose begins and ends is found again.
    """
    if not old.lines or len(text) >= len(old_text):
        return None
    lines: list[_Line] = []
    views: list[_View | None] = []
    chrome: list[bool] = []
    position = 0
    for line, view, is_chrome in zip(old.lines, old.views, old.chrome, strict=True):
        if text.startswith(old_text[line.start : line.end], position):
            end = position + line.end - line.start
            lines.append(_Line(position, end, line.text))
            views.append(view)
            chrome.append(is_chrome)
            position = end
    if position != len(text):
        return None
    return _with_prose(tuple(lines), tuple(views), tuple(chrome))


class _Layouts:
    """Layouts of the last two texts, each computed once for all the chrome rules of a pass.

    A text that is the previous one with lines deleted (the previous chrome rule's
    work) gets its layout from that one's. Holds two texts at most, like the
    memoised facts of the other rules.
    """

    __slots__ = ("_recent",)

    def __init__(self) -> None:
        self._recent: tuple[tuple[str, _Layout], ...] = ()

    def __call__(self, text: str) -> _Layout:
        recent = self._recent  # one read: another thread may replace it
        for old_text, layout in recent:
            if old_text == text:
                return layout
        derived = None
        for old_text, old in recent:
            derived = _layout_after_deletions(text, old_text, old)
            if derived is not None:
                break
        layout = derived if derived is not None else _fresh_layout(text)
        self._recent = ((text, layout), *recent[:1])
        return layout


_layout = _Layouts()


# A sentence ends inside the line and another begins: "… of Congress. Share prices …".
# Two lowercase letters before the mark, so initials ("A. Smith") do not count.
_INNER_SENTENCE_END = regex.compile(r"\p{Ll}{2}[.!?…][\"”’')]*+ ++[\"“‘(]?\p{Lu}")


# How a line ends when the sentence goes on: a comma, a hyphen, a connecting word.
_OPEN_END = regex.compile(r"(?:[,;(\-–—]|\b(?:the|a|an|of|and|or|to|in|on|for|with|is|are|by|as|at))[ \t]*+$")


def _continues_paragraph(lines: tuple[_Line, ...], index: int) -> bool:
    """Whether line ``index`` continues the sentence of the line above (hard-wrapped text).

    The line above stands right before it, and either this line starts in lower case
    after a line that ends no sentence, or the line above stops where no sentence or
    title can ("… it is", "… of the", "…,").

    >>> ls = tuple(_lines("It is\\n   recommended.\\n"))
    >>> _continues_paragraph(ls, 1), _continues_paragraph(tuple(_lines("Title\\nAdvertisement\\n")), 1)
    (True, False)
    """
    if index == 0:
        return False
    above = lines[index - 1].text.rstrip()
    if not above.strip():
        return False
    if lines[index].text.lstrip()[:1].islower() and not _ends_sentence(above):
        return True
    return _OPEN_END.search(above[-20:]) is not None


def _chrome_lines(text: str, name: str, one_sentence: bool = False) -> Iterator[Edit]:
    """Delete the lines matching the phrase list ``name`` where chrome can stand.

    With ``one_sentence``, a line between paragraphs that holds two sentences is prose
    ("Read more about the vote in our coverage. Share prices fell.") and stays.
    """
    layout = _layout(text)
    phrases = _phrases(name)
    first_prose, last_prose = layout.first_prose, layout.last_prose
    deleted = -2  # the last line deleted: a line right under it continues no paragraph
    for index, (line, view) in enumerate(zip(layout.lines, layout.views, strict=True)):
        if view is None or not phrases.match(view):
            continue
        if _not_furniture(line.text):
            continue
        at_edge = index < first_prose or index > last_prose
        limit = MAX_WORDS_EDGE if at_edge else MAX_WORDS_STANDALONE
        if line.words > limit:
            continue
        if one_sentence and not at_edge and _INNER_SENTENCE_END.search(text, line.start, line.end):
            continue
        if deleted != index - 1 and _continues_paragraph(layout.lines, index):
            continue
        deleted = index
        yield Edit(line.start, line.end, "", "edge block" if at_edge else "standalone line")


# The first letter of a line, after bullets, brackets and quotes.
_FIRST_LETTER = regex.compile(r"[^\p{L}\p{N}\n]{0,8}+(\p{L})")


def _not_furniture(line: str) -> bool:
    """Whether a line that reads like chrome is the text's own: page furniture is set as
    a label, starting with a capital ("Watch: …", "Advertisement", "© 2024"), and holds
    no Markdown code; a changelog's "* watch: Fix regexp." or a manual's "See also:
    `socket.write()`" does."""
    first = _FIRST_LETTER.match(line)
    return (first is not None and first.group(1).islower()) or "`" in line


def share_prompt(text: str) -> Iterator[Edit]:
    """Share, follow or subscribe prompt on its own line.

    **Why**: social buttons and newsletter boxes extract as lines such as "Share this
    article or subscribe to our newsletter …". Besides the phrases of
    share-prompts.txt, a short line shaped like an interface prompt: a verb of the
    page's interface in the imperative (scroll, click, email, sign up, back, enable,
    toggle …), perhaps after "please", then an object of the interface ("this", "to",
    "the article", "JavaScript") and at most five words ("Scroll to continue with
    content", "Email this story", "Back to top", "Please enable JavaScript to view the
    comments", "Toggle navigation"), or "sign" or "scroll" with a particle ("Sign in").

    **Leaves alone**: sentences that mention sharing or newsletters inside a paragraph
    ("Readers can subscribe to the paper's newsletter."), long lines in the body, and
    instructions ("See the following.", "Log in to the server as root.", "Enable the
    argon2 module.", "Follow up to #397").

    >>> from newsclean.engine import apply_edits
    >>> s = "Body of the article ends here with a full sentence.\\nShare this article\\n"
    >>> apply_edits(s, share_prompt(s))
    'Body of the article ends here with a full sentence.\\n'
    """
    return _chrome_lines(text, _SHARE)


def ad_and_related_links(text: str) -> Iterator[Edit]:
    """Advertising marker or related-content teaser on its own line.

    **Why**: "Advertisement", "Read more: …", "Related: …" and "Also read" lines are
    page furniture between and after paragraphs; so is an archived page's age banner
    ("This article is more than 179 days old").

    **Leaves alone**: prose about advertising ("Advertisement revenue fell by 5% in the
    year to March, the company said, after two years of growth."), long body lines,
    body lines of two sentences ("Read more about it on our site. Prices fell.").

    >>> from newsclean.engine import apply_edits
    >>> s = "First paragraph.\\nAdvertisement\\nSecond paragraph.\\n"
    >>> apply_edits(s, ad_and_related_links(s))
    'First paragraph.\\nSecond paragraph.\\n'
    """
    return _chrome_lines(text, _ADS, one_sentence=True)


def image_credit(text: str) -> Iterator[Edit]:
    """Image or photo credit or caption on its own line.

    **Why**: captions and credits ("Photo: Jane Doe/Getty Images", "Image is in the
    public domain …") are extracted between paragraphs and at the end.

    **Leaves alone**: sentences about photos inside paragraphs, long body lines.

    >>> from newsclean.engine import apply_edits
    >>> s = "The article ends with a sentence of its own here.\\nPhoto: A. Smith/Reuters\\n"
    >>> apply_edits(s, image_credit(s))
    'The article ends with a sentence of its own here.\\n'
    """
    return _chrome_lines(text, _CREDITS)


def legal_notice(text: str) -> Iterator[Edit]:
    """Copyright line or cookie and privacy notice.

    **Why**: page footers and consent banners ("© 2024 Example Media. All rights
    reserved.", "Copyright 2021 The Associated Press …", "We use cookies …") and
    republication notices ("This article was originally published by …") are not
    part of the article.

    **Leaves alone**: prose about copyright or privacy inside paragraphs ("Copyright
    law changed in 1998 …").

    >>> from newsclean.engine import apply_edits
    >>> s = "Last sentence of the story comes right here today.\\n© 2024 Example Media\\n"
    >>> apply_edits(s, legal_notice(s))
    'Last sentence of the story comes right here today.\\n'
    """
    return _chrome_lines(text, _LEGAL)


def tag_and_comment_footer(text: str) -> Iterator[Edit]:
    """Tag list, category line or comment prompt.

    **Why**: blog and news templates end articles with "Tags: …", "Filed under: …",
    "Leave a comment" and comment counters ("136 comments"), and frame them with
    page metadata: a reading time ("5 min read") or a time stamp whose words after
    "published", "updated" or "posted" are all words of dates and times ("Updated:
    Jan 5, 2021 10:32 a.m. ET", "Published 3 hours ago").

    **Leaves alone**: prose mentioning tags or comments inside paragraphs, and lines
    that go on past a date ("Published in 1998, the book sold two million copies.").

    >>> from newsclean.engine import apply_edits
    >>> s = "Last sentence of the story comes right here today.\\nTags: politics, europe\\n"
    >>> apply_edits(s, tag_and_comment_footer(s))
    'Last sentence of the story comes right here today.\\n'
    """
    return _chrome_lines(text, _FOOTER)


def _is_crumb(item: str) -> bool:
    words = item.split()
    return 0 < len(words) <= MAX_CRUMB_WORDS and not _ends_sentence(item)


def _same_line(a: str, b: str) -> bool:
    last_a, last_b = a.rsplit(None, 1)[-1:], b.rsplit(None, 1)[-1:]
    if not last_a or not last_b or last_a[0].casefold() != last_b[0].casefold():
        return False  # fast path: the last words differ
    normal = _normal(a)
    return bool(normal) and normal == _normal(b)


_ELLIPSIS = ("...", "…")


def _trail_root(first: str) -> bool:
    """Whether a trail's first crumb names the site's root ("Home", "You are here: Home").

    >>> _trail_root("You are here: Home"), _trail_root("Apple")
    (True, False)
    """
    words = first.casefold().replace(":", " ").split()
    roots = load_words("trail-roots.txt")
    return any(" ".join(words[:size]) in roots or " ".join(words[-size:]) in roots for size in (1, 2, 3))


def _trail_end(last: str, following: str) -> bool:
    """Whether the last part of a one-line trail is a crumb, not a headline's words.

    A crumb is a label ("Europe", "Health & Science"), the start of the headline on the
    next line ("News / World / Floods hit" above "Floods hit the north"), or cut off
    with an ellipsis. "Apple / Google / Microsoft earnings beat forecasts" is a headline.

    >>> _trail_end("Floods hit", "Floods hit the north"), _trail_end("Health & Science", "X")
    (True, True)
    >>> _trail_end("Microsoft earnings beat forecasts", "Shares rose on Tuesday.")
    False
    """
    if last.endswith(_ELLIPSIS):
        return True
    if following.strip().casefold().startswith(last.casefold()):
        return True
    return all(not word[:1].islower() or word in minor_words() for word in last.split())


def breadcrumbs(text: str) -> Iterator[Edit]:
    """Breadcrumb trail above the headline.

    **Why**: navigation trails extract as bullet lines ("- Home", "- Politics", "- <the
    headline>") or one line "Home > News > World" at the very top of the text, whose
    last crumb may be the headline cut short ("Home > News > Texas judge says...").

    **Leaves alone**: bullet lists below the first line of text, lists whose items are
    sentences (key points), a single bullet line, a document's only line, a headline
    with slashes ("Apple / Google / Microsoft earnings beat forecasts").

    >>> from newsclean.engine import apply_edits
    >>> s = "- Site\\n- News\\n- The Headline Here\\nThe Headline Here\\nBody.\\n"
    >>> apply_edits(s, breadcrumbs(s))
    'The Headline Here\\nBody.\\n'
    """
    lines = _nonblank_lines(text)
    first = next(lines, None)
    second = next(lines, None)
    if first is None or second is None:
        return  # a document's only line is its text, whatever it looks like
    items = first.text.strip()
    if _TRAIL_SEPARATOR.search(items):
        parts = _TRAIL_SEPARATOR.split(items)
        # The last crumb may be the headline cut short ("Texas federal judge says...") or
        # its start: longer than a label, and no sentence.
        last = parts[-1]
        cut_headline = last.endswith(_ELLIPSIS) or second.text.strip().casefold().startswith(last.casefold())
        last_crumb = _is_crumb(last) or (len(last.split()) <= MAX_WORDS_STANDALONE and cut_headline)
        if len(parts) >= 3 and all(map(_is_crumb, parts[:-1])) and last_crumb and (
            _trail_root(parts[0]) or _trail_end(last, second.text)
        ):
            yield Edit(first.start, first.end, "", "one-line trail")
            return
    lines = itertools.chain((second,), lines)
    run: list[_Line] = []
    following: _Line | None = first
    while following is not None and _BULLET.match(following.text):
        run.append(following)
        following = next(lines, None)
    if len(run) < 2:
        return
    last_item = _BULLET.sub("", run[-1].text).strip()
    last_is_headline = following is not None and _same_line(last_item, following.text)
    if all(_is_crumb(_BULLET.sub("", line.text).strip()) for line in run[:-1]) and (
        last_is_headline or _is_crumb(last_item)
    ):
        for line in run:
            yield Edit(line.start, line.end, "", "breadcrumb trail at the top")


def repeated_headline(text: str) -> Iterator[Edit]:
    """Headline repeated on the next line.

    **Why**: the page's title element and its visible headline are often both
    extracted, one after the other, at the top of the text.

    **Leaves alone**: repeated lines below the top of the text, repeated sentences.

    >>> from newsclean.engine import apply_edits
    >>> s = "Big News Today\\nBig News Today\\nBody.\\n"
    >>> apply_edits(s, repeated_headline(s))
    'Big News Today\\nBody.\\n'
    """
    lines = list(itertools.islice(_nonblank_lines(text), 4))
    for index, (previous, current) in enumerate(itertools.pairwise(lines[:3])):
        if not _same_line(previous.text, current.text) or _ends_sentence(current.text.strip()):
            continue
        if index + 2 < len(lines) and _same_line(current.text, lines[index + 2].text):
            return  # a run of identical lines is not a repeated headline
        duplicate = previous if _BULLET.match(previous.text) else current
        yield Edit(duplicate.start, duplicate.end, "", "same text as the line before")
        return
