"""AR: chat-assistant citation debris, markdown images and links, stray HTML tags."""

from __future__ import annotations

import json
from collections.abc import Iterator

import regex

from ..model import Edit
from .lexicon import frequencies

# Citation and entity tokens chat assistants leave in copied text. Each alternative has
# a distinct literal start, and every repeat is bounded, so matching is linear.
#   ":contentReference[oaicite:1]{index=1}", "[oaicite:0]", "【4†source】",
#   "【12:3†L10-L20】", "\ue200cite\ue202turn0search3\ue201", "citeturn0search3turn0news12",
#   "[oai_citation:1‡Reuters](https://…)" (a conversation exported as markdown)
# Not matched: "[1]", "【注】", "return0", "turn 10 search".
_CITATION = regex.compile(
    r":?contentReference\[oaicite:\d{1,6}\]\{index=\d{1,6}\}"
    r"|\[oaicite:\d{1,6}\]"
    r"|\[oai_citation(?:_attribution)?+:\d{1,6}‡[^\[\]\n]{0,200}+\](?:\([^()\s]{1,4000}+\))?+"
    r"|【\d{1,5}(?::\d{1,5})?†[^【】\n]{0,200}】"
    r"|\ue200[^\ue200\ue201\n]{1,500}\ue201"
    r"|(?<![A-Za-z])turn\d{1,3}[a-z]{3,12}\d{1,4}(?:turn\d{1,3}[a-z]{3,12}\d{1,4}){0,50}"
    r"|(?:filecite|cite|navlist)(?:turn\d{1,3}[a-z]{3,12}\d{1,4}){1,50}"
)
# The tracking parameter ChatGPT adds to the links it cites.
#   "?utm_source=chatgpt.com" at the end, "?utm_source=chatgpt.com&a=1", "&utm_source=chatgpt.com"
_UTM = regex.compile(r"[?&]utm_source=chatgpt\.com(&?)")
# A chat assistant's source link, with the space before: one whose text is only a
# domain, with or without brackets around it (" ([reuters.com](https://…))", "
# [apnews.com](https://…)"), or any link that brackets hold alone (" ([AP News](https://…))"),
# its URL carrying "utm_source=chatgpt.com". A link in a sentence with words for text
# ("according to [the report](…)") is the writer's and keeps its text.
_DOMAIN_CITATION = regex.compile(
    r" ?+(?:\(\[[^\[\]\n]{1,200}+\]\([^()\s]{1,4000}+\)\)"
    r"|\[(?:[A-Za-z0-9-]{1,63}+\.){1,8}+[A-Za-z]{2,24}+\]\([^()\s]{1,4000}+\))"
)
_CITATION_REACH = 4200  # characters before "utm_source" where its link may start


def _domain_link(text: str, parameter: int) -> regex.Match[str] | None:
    """The domain-only source link whose URL holds the "utm_source" at ``parameter``:
    found from the nearest "](" before it, so each parameter costs bounded work."""
    middle = text.rfind("](", max(0, parameter - _CITATION_REACH), parameter)
    opening = text.rfind("[", max(0, middle - 300), middle) if middle > 0 else -1
    if opening < 0:
        return None
    for start in (opening - 2, opening - 1, opening):  # " ([", "([" or " [", "["
        if start >= 0:
            link = _DOMAIN_CITATION.match(text, start, min(len(text), parameter + 600))
            if link is not None and link.end() > parameter:
                return link
    return None
_ENTITY_MARKUP = regex.compile(r"\ue200entity\ue202(\[[^\n\ue201]*\])\ue201")
_HSPACE = frozenset(" \t")
_CLOSING = frozenset(".,;:!?)]}”’\"'")


def _entity_name(token: str) -> str | None:
    """The display name inside an assistant's entity markup, if any."""
    match = _ENTITY_MARKUP.fullmatch(token)
    if not match:
        return None
    try:
        fields = json.loads(match.group(1))
    except ValueError:
        return None
    if isinstance(fields, list) and len(fields) >= 2 and isinstance(fields[1], str):
        return fields[1]
    return None


def _removal_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a deletion so that no double space or space before punctuation remains.

    A token that fills its whole line takes the line break with it, so paragraphs
    stay one a line.
    """
    line_start = start == 0 or text[start - 1] == "\n"
    if line_start and text.startswith("\n", end):
        return start, end + 1
    next_char = text[end] if end < len(text) else "\n"
    if next_char in _CLOSING or next_char == "\n" or next_char in _HSPACE:
        while start > 0 and text[start - 1] in _HSPACE:
            start -= 1
    if (line_start or start == 0 or text[start - 1] == "\n") and next_char in _HSPACE:
        while end < len(text) and text[end] in _HSPACE:
            end += 1
    return start, end


def _missing_word_note(text: str, start: int, end: int) -> str | None:
    """A token between two words may stand where the assistant rendered a name."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if len(before) == 2 and len(after) == 2 and before[0].isalpha() and before[1] == " " \
            and after[0] == " " and after[1].islower():
        return "citation token removed mid-sentence: a name may be missing here"
    return None


# Every citation token holds a marker ("oaicite", "†", U+E200, "turn" and a digit) at
# most this many characters after its start, and is at most _LONGEST characters long.
_MARKER_REACH = 20
_LONGEST = 1200


def _marker_positions(text: str) -> list[int]:
    """Where the markers stand, by substring search; "turn" counts before a digit only.

    >>> _marker_positions("He turned to turn 3 pages"), _marker_positions("citeturn0news1")
    ([], [4])
    """
    positions = []
    for marker in ("oaicite", "oai_citation", "†", "\ue200", "turn"):
        position = text.find(marker)
        while position >= 0:
            if marker != "turn" or text[position + 4 : position + 5].isdigit():
                positions.append(position)
            position = text.find(marker, position + 1)
    return sorted(positions)


def _citations(text: str, markers: list[int] | None = None) -> Iterator[regex.Match[str]]:
    """The matches of ``_CITATION.finditer(text)``, searched for near ``markers`` only
    (default: every marker of the text).

    A match containing the marker at ``m`` starts in [m - _MARKER_REACH, m] and ends
    before m + _LONGEST, so trying those starts, leftmost first, finds it; text far
    from any marker is never scanned, and each marker costs a bounded amount.
    """
    position = 0
    for marker in _marker_positions(text) if markers is None else markers:
        if marker < position:
            continue
        window_end = min(len(text), marker + _LONGEST)
        for start in range(max(position, marker - _MARKER_REACH), marker + 1):  # leftmost first
            match = _CITATION.match(text, start, window_end)
            if match is not None:
                yield match
                position = match.end()
                break


def llm_citation_tokens(text: str) -> Iterator[Edit]:
    """Citation tokens left by chat assistants.

    **Why**: text copied from ChatGPT and similar tools carries its citation markup
    (":contentReference[oaicite:1]{index=1}", "【4†source】", "citeturn0search3",
    "[oai_citation:1‡Reuters](…)", private-use delimited tokens) and
    "utm_source=chatgpt.com" in links; such a link is a citation when its text is a
    domain or brackets hold it alone (" ([AP News](…))"), and goes with its brackets.
    Entity markup keeps the name it carries; a token that sits where a word seems
    missing gets a note.

    **Leaves alone**: footnote marks ("[1]"), CJK brackets without a dagger ("【注】"),
    words that merely contain "turn" ("return0").

    >>> from newsclean.engine import apply_edits
    >>> s = "Russian President :contentReference[oaicite:1]{index=1} in an effort."
    >>> apply_edits(s, llm_citation_tokens(s))
    'Russian President in an effort.'
    >>> s = "See https://x.org/a?utm_source=chatgpt.com and growth.【4†source】"
    >>> apply_edits(s, llm_citation_tokens(s))
    'See https://x.org/a and growth.'
    """
    markers = _marker_positions(text)
    if not markers and "chatgpt.com" not in text:
        return  # fast path: every token holds a marker
    edits: list[Edit] = []
    for match in _citations(text, markers):
        name = _entity_name(match.group())
        if name is not None:
            edits.append(Edit(match.start(), match.end(), name, "entity markup: kept its name"))
            continue
        start, end = _removal_span(text, match.start(), match.end())
        edits.append(Edit(start, end, "", _missing_word_note(text, match.start(), match.end())))
    taken = -1
    for utm in _UTM.finditer(text) if "utm_source=chatgpt.com" in text else ():
        if utm.start() < taken:
            continue
        link = _domain_link(text, utm.start())
        if link is not None:
            edits.append(Edit(link.start(), link.end(), "", "a chat assistant's source link"))
            taken = link.end()
    for match in _UTM.finditer(text) if "utm_source=chatgpt.com" in text else ():
        if match.group(1):  # "?utm...&a=1" -> "?a=1"; "&utm...&a=1" -> "&a=1"
            edits.append(Edit(match.start() + 1, match.end(), ""))
        else:  # "?utm..." or "&utm..." at the end of the query
            edits.append(Edit(match.start(), match.end(), ""))
    yield from _without_overlaps(edits)


def _without_overlaps(edits: list[Edit]) -> Iterator[Edit]:
    """Sorted edits; a deletion widened into the previous one is clamped to its end."""
    end = 0
    for edit in sorted(edits, key=lambda e: e.start):
        if edit.start < end:
            if edit.replacement != "" or edit.end <= end:
                continue
            edit = Edit(end, edit.end, "", edit.note)
        yield edit
        end = edit.end


# Reference marks glued to the word or mark before them: "[1]", "[12][13]", "[^1]".
_REFERENCE_MARKS = regex.compile(r"(?:\[\^?+\d{1,3}+\]){1,20}+(?=[\s.,;:!?)\"”’]|$)")
# A footnote defined at the start of a line: "[1] Footnote text", "[^1]: Footnote text".
_FOOTNOTE_DEFINITION = regex.compile(r"^[ \t]*+\[\^?+\d{1,3}+\]", regex.MULTILINE)
_MARK_AFTER = frozenset(".,;:!?)\"”’")
_WORD_BEFORE_MARK = regex.compile(r"(?<![\p{L}\p{N}_./-])\p{L}++$")


def citation_marks(text: str) -> Iterator[Edit]:
    """Reference marks with no footnote to point to.

    **Why**: text taken from an encyclopaedia page or an answer engine keeps the marks
    of its references glued to the words ("on Tuesday[1][3].", "said.[^2]") while
    the references themselves are gone. A mark is dropped when it follows, with no
    space, a sentence's punctuation, a capitalised word, a word of another script
    than Latin's ASCII letters, or an English word of three letters or more
    (english-frequencies.txt), and the text defines no footnote of its own (no line
    that starts with "[1]" or "[^1]").

    **Leaves alone**: the marks of a text that defines footnotes (a manual's "[1]"
    and its note), marks after a space ("see [1]"), after identifiers and code
    ("argv[1]", "$f[1]", "a[2]"), after numbers ("1990[4]"), link text ("[1](https://…)").

    >>> from newsclean.engine import apply_edits
    >>> s = "The vote was held on Tuesday[1][3]. It passed.[^2]"
    >>> apply_edits(s, citation_marks(s))
    'The vote was held on Tuesday. It passed.'
    """
    marks = []
    position = text.find("[")
    while position >= 0:
        match = _REFERENCE_MARKS.match(text, position)
        if match is None:
            position = text.find("[", position + 1)
            continue
        if position > 0 and _glued(text, position):
            marks.append(match.span())
        position = text.find("[", match.end())
    if marks and not _FOOTNOTE_DEFINITION.search(text):  # the text's own footnotes keep their marks
        for start, end in marks:
            yield Edit(start, end, "", "a reference mark; the text defines no footnote")


def _glued(text: str, position: int) -> bool:
    """Whether a reference mark at ``position`` is glued to a sentence's punctuation or
    to an English or capitalised word."""
    before = text[position - 1]
    if before in _MARK_AFTER:
        return True
    word = _WORD_BEFORE_MARK.search(text, max(0, position - 40), position)
    if word is None:
        return False
    written = word.group()
    if written[0].isupper() or not written.isascii():
        return True  # a name, or a word of a script identifiers are not written in
    return len(written) >= 3 and written in frequencies()  # not "a[2]", "argv[1]"


# Image markdown, optionally wrapped in a link: "![alt](src)", "![a [b] c](src "t")",
# "[![alt](src)](href)". The alt text allows one level of brackets; the URL one level of
# parentheses. Alternatives start with distinct characters and quantifiers are
# possessive, so "![[[[" runs stay linear. Not matched: "[text](url)", "! [x]".
_ALT = r"(?:[^\[\]\n]|\[[^\[\]\n]{0,500}\]){0,2000}+"
_URL = r"(?:[^()\s]|\([^()\s]{0,500}\)){0,4000}+(?:\s{1,20}+(?:\"[^\"\n]{0,500}\"|'[^'\n]{0,500}'))?"
_IMAGE = regex.compile(
    rf"\[!\[{_ALT}\]\({_URL}\)\]\({_URL}\)|!\[{_ALT}\]\({_URL}\)"
)
# A markdown link whose target is a URL, path or anchor: "[text](https://x.org/a)".
# Not matched: "[sic]", "[1]", an image (preceded by "!"), "[a](b c)".
_LINK = regex.compile(
    r"(?<![!\]\\])\[([^\[\]\n]{1,300})\]\((?:https?://|www\.|mailto:|/|#)[^()\s]{0,4000}+\)"
)


def markdown_images(text: str) -> Iterator[Edit]:
    """Image markdown in plain text.

    **Why**: extractors that convert pages to markdown keep thumbnails and related-post
    images as "![alt](https://…jpg)"; the alt text is rarely the article's text.

    **Leaves alone**: links (see markdown-links), bracketed editorial insertions
    ("[e]xtremely"), an exclamation mark before brackets with no URL.

    >>> from newsclean.engine import apply_edits
    >>> s = "Text ![Logo [Co]](https://x.org/a.jpg?w=1) more."
    >>> apply_edits(s, markdown_images(s))
    'Text more.'
    """
    if "](" not in text:
        return
    edits = [Edit(*_removal_span(text, m.start(), m.end()), "") for m in _IMAGE.finditer(text)]
    yield from _without_overlaps(edits)


def markdown_links(text: str) -> Iterator[Edit]:
    """Markdown links in plain text.

    **Why**: the link text is part of the sentence; the URL is markup the reader of the
    plain text never sees.

    **Leaves alone**: bracketed text without a URL, footnote marks, images.

    >>> from newsclean.engine import apply_edits
    >>> s = "Read the [full report](https://x.org/r) today."
    >>> apply_edits(s, markdown_links(s))
    'Read the full report today.'
    """
    if "](" not in text:
        return
    for match in _LINK.finditer(text):
        yield Edit(match.start(), match.end(), match.group(1))


# A tag of a known HTML element in plain text: "<br>", "</p>", "<div class=\"x\">".
# Not matched: "<3", "a < b", "<https://x.org>", "vector<int>".
_STRAY_TAG = regex.compile(
    r"</?(a|abbr|b|blockquote|br|div|em|figcaption|figure|h[1-6]|hr|i|li|ol|p|section|"
    r"small|span|strong|sub|sup|table|tbody|td|th|thead|tr|u|ul)(?:\s[^<>\n]{0,200})?/?>",
    regex.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    "blockquote br div figcaption figure h1 h2 h3 h4 h5 h6 hr li ol p section table tbody "
    "td th thead tr ul".split()
)


def html_tags(text: str) -> Iterator[Edit]:
    """HTML tags left in plain text.

    **Why**: partial extraction leaves "<br>", "</p>" and "<span …>" in the text.
    A block tag between two words becomes a space so the words stay apart.

    **Leaves alone**: "<" used as less-than, "<3", autolinks "<https://…>", and tags of
    unknown elements ("vector<int>").

    >>> from newsclean.engine import apply_edits
    >>> s = "One<br>two <b>bold</b></p>"
    >>> apply_edits(s, html_tags(s))
    'One two bold'
    """
    if "<" not in text:
        return
    for match in _STRAY_TAG.finditer(text):
        start, end = match.start(), match.end()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        block = match.group(1).lower() in _BLOCK_TAGS
        glue = block and not before.isspace() and not after.isspace() and after != "<"
        yield Edit(start, end, " " if glue else "")
