"""EN: mojibake, lost bytes, control and invisible characters, odd spaces, NFC."""

from __future__ import annotations

import bisect
import html
import html.entities
import unicodedata
from collections.abc import Iterator
from types import MappingProxyType

import ftfy
import regex
from ftfy.badness import is_bad

from ..model import Edit
from ._document import has_any, letter_runs, unusual_characters

# ftfy repairs encodings only: quotes, widths, ligatures, entities, controls, line
# breaks and normalisation are separate rules here so each change has its own code.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)

# The cp1252 characters for bytes 0x80-0xBF: what a UTF-8 continuation byte looks like
# when read as windows-1252 (or latin-1, the C1 range).
_CONTINUATION = "\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
# A UTF-8 lead byte read as cp1252, then a continuation: "Ã©", "â€™", "Ð¿".
# Does not match correct accented text: "é" followed by a letter or a space.
_MOJIBAKE_HINT = regex.compile(f"[\u00c2-\u00f4][{_CONTINUATION}]|\u00c3 ")
_LEAD_BYTES = frozenset(map(chr, range(0xC2, 0xF5)))
_LATIN_LETTER = regex.compile(r"\p{Latin}")
# Characters that UTF-8 read as cp1251 ("вЂ™", "Р°"), MacRoman ("√©", "‚Äô"), cp437
# ("╨┐", "ß║") or cp1250 ("Ă©", "Ĺ‚") produces and clean text seldom holds: a line
# with one is handed to ftfy's own badness measure (too costly to run on every line).
_OTHER_CODE_PAGE_MARKS = frozenset("√ƒ≈◊ЂЃѓЉЊЌЋЏђљњќћџЎўЈҐґЄєЇїІіĂĹĺĽľŘŮ\ufffd") | frozenset(
    map(chr, range(0x2500, 0x2580))
)
_LINE = regex.compile(r"[^\n]+")
_WHITESPACE_SPLIT = regex.compile(r"(\s+)")


def _token_edits(start: int, old: str, new: str, note: str) -> Iterator[Edit]:
    """Edits turning ``old`` (at ``start``) into ``new``, one per changed token."""
    old_parts = _WHITESPACE_SPLIT.split(old)
    new_parts = _WHITESPACE_SPLIT.split(new)
    if len(old_parts) != len(new_parts):
        old_parts, new_parts = [old], [new]
    position = start
    for old_part, new_part in zip(old_parts, new_parts, strict=True):
        if old_part != new_part:
            prefix = 0
            limit = min(len(old_part), len(new_part))
            while prefix < limit and old_part[prefix] == new_part[prefix]:
                prefix += 1
            suffix = 0
            while (
                suffix < limit - prefix
                and old_part[len(old_part) - 1 - suffix] == new_part[len(new_part) - 1 - suffix]
            ):
                suffix += 1
            yield Edit(
                position + prefix,
                position + len(old_part) - suffix,
                new_part[prefix : len(new_part) - suffix],
                note,
            )
        position += len(old_part)


# A two-byte UTF-8 letter read as cp1252, inside a word, whose second byte reads as a
# cp1252 letter: "ErdoÄŸan" (ğ = C4 9F). ftfy's badness measure lets these pass. Only
# letters as the second character: "CAFÉ’S" (É then an apostrophe) is correct text.
_CP1252_CONTINUATION_LETTERS = "ŠŒŽšœžŸƒªµº"
# A letter of Latin Extended-A (lead byte C4 or C5: Polish, Czech, Hungarian, Turkish
# letters) read as cp1252, with letters on both sides, whatever its second byte reads
# as: "GdaÅ„sk" (ń = C5 84), "WaÅ‚Ä™sa", "GyÅ‘r". No correct word has "Å„" or "Ä™"
# inside it; an apostrophe before a final s is a possessive ("HÅ’S"), not a byte.
# Nor a no-break space or a soft hyphen: "SELKÄ\u00a0EDELLÄ" is correct Finnish, and
# these stand between letters in correct text; ftfy decides such lines.
_NOT_QUOTES = (
    _CONTINUATION.replace("‘", "").replace("’", "").replace("\x80-\xbf", "\x80-\x9f\xa1-\xac\xae-\xbf")
)
_EXTENDED_A_IN_WORD = rf"(?<=\p{{L}})[\u00c4\u00c5](?:[{_NOT_QUOTES}]|[‘’](?![sS](?!\p{{L}})))(?=\p{{L}})"
_WORD_MOJIBAKE = regex.compile(
    rf"(?:(?<=\p{{L}})[\u00c2-\u00df][{_CP1252_CONTINUATION_LETTERS}]"
    rf"|[\u00c2-\u00df][{_CP1252_CONTINUATION_LETTERS}](?=\p{{L}})"
    rf"|{_EXTENDED_A_IN_WORD})"
)
# UTF-8 lead bytes of two-byte characters, read as cp1252: "Â" to "ß".
_LEAD_LETTERS = frozenset(map(chr, range(0xC2, 0xE0)))
_PAIR_CHARACTERS = _LEAD_LETTERS | frozenset(_CP1252_CONTINUATION_LETTERS)


def _decode_pair(match: regex.Match[str]) -> str:
    """The letter a :data:`_WORD_MOJIBAKE` pair stands for, or the pair unchanged.

    A letter that could itself be half of such a pair ("Ãƒ" gives "Ã", "Âª" gives
    "ª") is double-encoded text, left to ftfy, so one pass settles the line.
    """
    try:
        letter = match.group().encode("cp1252").decode("utf-8")
    except UnicodeError:
        return match.group()
    if not _LATIN_LETTER.match(letter) or letter in _PAIR_CHARACTERS:
        return match.group()  # "Úž" is no Arabic letter inside a Czech word: "Úžasný"
    text = match.string
    around = text[match.start() - 1 : match.start()] + text[match.end() : match.end() + 1]
    if (around.isupper() and letter.islower()) or (around.islower() and letter.isupper()):
        return match.group()  # "MÄ£ÄM": a lowercase "ģ" inside capitals is no letter of the word
    return letter


def non_utf8_file(text: str) -> Iterator[Edit]:
    """File is not UTF-8 without a byte-order mark.

    **Why**: a file in cp1252, Latin-1, UTF-16 or UTF-8 with a byte-order mark is read
    in its own encoding (see ``newsclean.decode``); writing it back as plain UTF-8 is
    the fix. A finding about a file's bytes, reported by the command line when it
    reads a file: a ``str`` has no encoding, so on text this rule finds nothing.

    **Leaves alone**: with this rule ignored (``--ignore EN00``) or not selected, a
    file is written back in its own encoding and byte-order mark, unless it mixes
    UTF-8 with stray cp1252 bytes or the cleaned text has a character its encoding
    cannot write: then it is written as UTF-8 and the finding says why.

    >>> list(non_utf8_file("Café"))
    []
    """
    return iter(())


def mojibake(text: str) -> Iterator[Edit]:
    """Mojibake: text encoded as UTF-8 and decoded as another encoding.

    **Why**: a page or file read with the wrong encoding turns "It’s" into "Itâ€™s"
    and "José" into "JosÃ©". ftfy undoes it; the note carries ftfy's plan.

    A two-byte letter read as cp1252 inside a word, which ftfy lets pass ("ErdoÄŸan"),
    is then decoded when its second character is a cp1252 letter.

    **Leaves alone**: correct accented and non-Latin text, curly quotes, fullwidth CJK
    punctuation (ftfy's quote and width fixes are off), "CAFÉ’S". Lines without a lead
    byte followed by a continuation byte (as cp1252) are never handed to ftfy.

    >>> from newsclean.engine import apply_edits
    >>> apply_edits("Itâ€™s JosÃ©", mojibake("Itâ€™s JosÃ©"))
    'It’s José'
    >>> apply_edits("Recep ErdoÄŸan, CAFÉ’S", mojibake("Recep ErdoÄŸan, CAFÉ’S"))
    'Recep Erdoğan, CAFÉ’S'
    >>> list(mojibake("José’s café – “ok”（12月10日），"))
    []
    """
    if text.isascii():
        return
    hinted = has_any(text, _LEAD_BYTES) and _MOJIBAKE_HINT.search(text) is not None
    other = has_any(text, _OTHER_CODE_PAGE_MARKS)
    if not hinted and not other:
        return
    for line in _LINE.finditer(text):
        if not _MOJIBAKE_HINT.search(line.group()) and not (
            other and has_any(line.group(), _OTHER_CODE_PAGE_MARKS) and is_bad(line.group())
        ):
            continue
        fixed, plan = ftfy.fix_and_explain(line.group(), config=_FTFY_CONFIG)
        notes = []
        if fixed != line.group():
            notes.append("ftfy: " + ", ".join(f"{step} {arg}" for step, arg in plan or []))
        decoded = _WORD_MOJIBAKE.sub(_decode_pair, fixed)
        if decoded != fixed:
            notes.append("a UTF-8 letter read as cp1252 inside a word")
        if notes:
            yield from _token_edits(line.start(), line.group(), decoded, "; ".join(notes))


# "â€" (the first two bytes of a UTF-8 quote) whose third byte was lost: followed by
# U+FFFD, a space, punctuation or the end of the line rather than a continuation byte.
_LOSSY_QUOTE = regex.compile(f"â€(?:\ufffd|(?![{_CONTINUATION}]))")
# U+FFFD for an apostrophe inside a contraction or possessive: "It\ufffds", "don\ufffdt".
_LOST_APOSTROPHE = regex.compile(r"(?<=\p{L})\ufffd(?=(?:s|t|d|m|ll|re|ve)\b)")
_REPLACEMENTS = regex.compile("\ufffd++")
# Opening and closing double quotes, intact or as mojibake: one scan per line.
_QUOTE = regex.compile("(?P<open>“|â€œ)|(?P<close>”|â€\x9d)")


def _open_quote_positions(line: str, positions: list[int]) -> set[int]:
    """Which of the sorted ``positions`` lie inside an open “ … (not yet closed)."""
    inside: set[int] = set()
    depth = 0
    quotes = _QUOTE.finditer(line)
    quote = next(quotes, None)
    for position in positions:
        while quote is not None and quote.start() < position:
            depth = depth + 1 if quote.lastgroup == "open" else max(depth - 1, 0)
            quote = next(quotes, None)
        if depth > 0:
            inside.add(position)
    return inside


def _lost_bytes(start: int, end: int) -> Edit:
    """A report of a run of U+FFFD that nothing here can decide."""
    return Edit(start, end, None, "U+FFFD: bytes were lost and the context does not decide them")


def lossy_mojibake(text: str) -> Iterator[Edit]:
    """Lossy mojibake: a character whose last byte was lost in decoding.

    **Why**: cp1252 has no character for byte 0x9D, so a closing ” (E2 80 9D) decoded
    by a browser becomes "â€" or "â€\\ufffd"; other lost bytes leave U+FFFD. The
    intended character is recovered only where the context decides it: a closing ”
    that pairs with an open “ in the same line, an apostrophe inside a contraction,
    a letter whose second byte was dropped ("BRASÃLIA": Í is C3 8D) when the text
    writes the word with one of the five candidate letters elsewhere ("Brasília").
    Anything else is reported, not fixed.

    **Leaves alone**: U+FFFD in any other position (reported only), "SÃO PAULO" and
    other words the text never writes with a candidate letter.

    >>> from newsclean.engine import apply_edits
    >>> s = "“hello\\u2060â€\\ufffd and it\\ufffds"
    >>> apply_edits(s, lossy_mojibake(s))
    '“hello\\u2060” and it’s'
    """
    edits = list(_lost_letters(text))
    if "\ufffd" not in text and "â€" not in text:
        yield from edits
        return
    for line in _LINE.finditer(text):
        segment = line.group()
        if "\ufffd" not in segment and "â€" not in segment:
            continue
        taken: set[int] = set()
        lossy = list(_LOSSY_QUOTE.finditer(segment))
        open_at = _open_quote_positions(segment, [match.start() for match in lossy])
        for match in lossy:
            if match.start() in open_at:
                edits.append(Edit(line.start() + match.start(), line.start() + match.end(), "”",
                                  "a closing quote that pairs with an open “ lost its last byte"))
                taken.update(range(match.start(), match.end()))
        for match in _LOST_APOSTROPHE.finditer(segment):
            if match.start() not in taken:
                edits.append(Edit(line.start() + match.start(), line.start() + match.end(), "’",
                                  "U+FFFD inside a contraction"))
                taken.add(match.start())
        cuts = sorted(taken)
        for match in _REPLACEMENTS.finditer(segment):
            # One report per run of U+FFFD, split around the characters fixed above.
            start = match.start()
            for cut in cuts[bisect.bisect_left(cuts, start) : bisect.bisect_left(cuts, match.end())]:
                if cut > start:
                    edits.append(_lost_bytes(line.start() + start, line.start() + cut))
                start = cut + 1
            if start < match.end():
                edits.append(_lost_bytes(line.start() + start, line.start() + match.end()))
    edits.sort(key=lambda edit: edit.start)
    yield from edits


# The bytes cp1252 leaves undefined: decoders drop them, so a two-byte UTF-8 letter
# ending in one keeps only its lead byte, read as cp1252 ("Í" = C3 8D -> "Ã").
_UNDEFINED_CP1252 = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
# A lead byte read as cp1252, inside a word (a letter on at least one side), and not
# before a continuation byte: "ParÃ¡" is whole mojibake, ftfy's to fix.
# The character class comes first, so the scan skips ahead to candidates.
_LEAD_IN_WORD = regex.compile(
    f"[\u00c2-\u00df](?![{_CONTINUATION}])(?:(?<=\\p{{L}}.)|(?=\\p{{L}}))"
)


def _lost_letters(text: str) -> Iterator[Edit]:
    """Letters whose second byte was dropped, restored where the text writes the word.

    "BRASÃLIA" beside "Brasília": of the five letters the lead byte could have begun
    (C3 81, 8D, 8F, 90, 9D: Á Í Ï Ð Ý), the one that spells a word the text writes
    elsewhere, compared without case. Never a guess: no such word, no edit.
    """
    if not has_any(text, _LEAD_LETTERS):
        return
    words = None
    for match in _LEAD_IN_WORD.finditer(text):
        words = words if words is not None else {run.casefold() for run in letter_runs(text)}
        start, end = _word_span(text, match.start())
        word = text[start:end]
        offset = match.start() - start
        found = [
            letter
            for letter in _CANDIDATE_LETTERS[match.group()]
            if (word[:offset] + letter + word[offset + 1 :]).casefold() in words
        ]
        if len(found) == 1:
            yield Edit(match.start(), match.end(), found[0],
                       f"a letter whose last byte was lost: the text writes "
                       f"'{word[:offset] + found[0] + word[offset + 1:]}' elsewhere")



# Longest word looked at around a lead byte: a longer run of letters is no word, and
# the bound keeps a run of lead bytes linear.
_MAX_WORD = 40


def _word_span(text: str, position: int) -> tuple[int, int]:
    """The run of letters around ``position`` (at most ``_MAX_WORD`` each side)."""
    start = position
    while start > 0 and position - start < _MAX_WORD and text[start - 1].isalpha():
        start -= 1
    end = position + 1
    while end < len(text) and end - position < _MAX_WORD and text[end].isalpha():
        end += 1
    return start, end


# For each lead byte read as cp1252, the letters it begins with an undefined byte.
_CANDIDATE_LETTERS = MappingProxyType({
    lead: tuple(
        letter
        for second in _UNDEFINED_CP1252
        if (letter := bytes([ord(lead), second]).decode("utf-8")).isalpha()
    )
    for lead in _LEAD_LETTERS
})


_C1 = regex.compile("[\x80-\x9f]")
_C1_CHARS = frozenset(map(chr, range(0x80, 0xA0)))
_NEL = "\x85"


def _nel_is_line_break(text: str) -> bool:
    """U+0085 ends lines only in text that has no other line breaks and no other C1.

    In web text it is nearly always a cp1252 ellipsis decoded as latin-1.
    """
    return "\n" not in text and all(ch == _NEL for ch in _C1.findall(text))


def c1_controls(text: str) -> Iterator[Edit]:
    """C1 control characters standing for cp1252 punctuation.

    **Why**: cp1252 text decoded as latin-1 turns ’ “ ” – … into U+0092, U+0093 and
    so on. No real text contains C1 controls, so they are decoded as cp1252; the
    five bytes cp1252 leaves undefined are removed.

    **Leaves alone**: U+0085 (NEL) in a text that uses it as its only line break (no
    newline, no other C1 character): handled by line-separators.

    >>> from newsclean.engine import apply_edits
    >>> apply_edits("It\\x92s \\x93ok\\x94", c1_controls("It\\x92s \\x93ok\\x94"))
    'It’s “ok”'
    """
    if text.isascii() or not has_any(text, _C1_CHARS):
        return
    nel_breaks_lines = _NEL in text and _nel_is_line_break(text)
    for match in _C1.finditer(text):
        char = match.group()
        if char == _NEL and nel_breaks_lines:
            continue
        try:
            replacement = bytes([ord(char)]).decode("cp1252")
        except UnicodeDecodeError:
            replacement = ""
        yield Edit(match.start(), match.end(), replacement)


# "&amp;", "&#8217;", "&#x2019;", "&nbsp;": the strict form with a semicolon only, so
# "AT&T" and "R&D;" stay. Known entity names are checked in code.
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A real HTML tag of a known element, "<p>", "</div>", "<br/>": the text is HTML then.
_HTML_TAG = regex.compile(
    r"</?(?:a|abbr|b|blockquote|br|div|em|figure|figcaption|h[1-6]|hr|i|img|li|ol|p|"
    r"script|section|small|span|strong|style|sub|sup|table|td|th|tr|u|ul)\b[^<>\n]{0,200}>",
    regex.IGNORECASE,
)


def html_entities(text: str) -> Iterator[Edit]:
    """HTML character references left in plain text.

    **Why**: extractors that strip tags but forget to unescape leave "&amp;", "&#8217;"
    and "&nbsp;" in the text.

    **Leaves alone**: text that is still HTML (it has tags: unescaping would change
    its meaning); bare ampersands ("AT&T", "R&D"); references to unknown names or to
    control characters.

    >>> from newsclean.engine import apply_edits
    >>> apply_edits("AT&T &amp; it&#8217;s", html_entities("AT&T &amp; it&#8217;s"))
    'AT&T & it’s'
    """
    if "&" not in text or _HTML_TAG.search(text):
        return
    for match in _ENTITY.finditer(text):
        reference = match.group()
        if reference[1] != "#" and reference[1:] not in html.entities.html5:
            continue
        replacement = html.unescape(reference)
        if replacement == reference or any(
            unicodedata.category(ch) in ("Cc", "Cs", "Co") or ch == "\ufffd" for ch in replacement
        ):
            continue
        yield Edit(match.start(), match.end(), replacement)


_INVISIBLE = regex.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]")
_INVISIBLE_CHARS = frozenset(
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\u061c"
)
_BIDI = frozenset("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
_JOINERS = frozenset("\u200c\u200d")
# Scripts and symbols where zero-width characters carry meaning: word separators in
# Thai or Khmer, joiners in Indic and Arabic scripts, emoji ZWJ sequences.
_MEANINGFUL_CONTEXT = regex.compile(
    r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}\p{Han}\p{Hiragana}\p{Katakana}"
    r"\p{Hangul}\p{Arabic}\p{Hebrew}\p{Syriac}\p{Thaana}\p{Devanagari}\p{Bengali}"
    r"\p{Gurmukhi}\p{Gujarati}\p{Oriya}\p{Tamil}\p{Telugu}\p{Kannada}\p{Malayalam}"
    r"\p{Sinhala}\p{Mongolian}\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u20e3]"
)
_RTL = regex.compile(r"[\p{Arabic}\p{Hebrew}\p{Syriac}\p{Thaana}\p{Nko}]")


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The nearest visible characters before ``start`` and after ``end``."""
    before = start - 1
    while before >= 0 and _INVISIBLE.match(text[before]):
        before -= 1
    after = end
    while after < len(text) and _INVISIBLE.match(text[after]):
        after += 1
    return (text[before] if before >= 0 else ""), (text[after] if after < len(text) else "")


def _line_has_rtl(text: str, position: int) -> bool:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return bool(_RTL.search(text, start, end if end >= 0 else len(text)))


def _is_junk(text: str, position: int, char: str) -> bool:
    if char == "\ufeff" and position == 0:
        return True
    if char in _BIDI:
        return not _line_has_rtl(text, position)
    before, after = _neighbours(text, position, position + 1)
    if char in _JOINERS:
        return bool(before and after and _LATIN_LETTER.match(before) and _LATIN_LETTER.match(after))
    return not any(ch and _MEANINGFUL_CONTEXT.match(ch) for ch in (before, after))


def invisible_characters(text: str) -> Iterator[Edit]:
    """Invisible characters inside Latin-script text.

    **Why**: zero-width spaces, word joiners, soft hyphens, stray byte-order marks and
    bidi marks come from CMS editors and copy-paste; they split words for search and
    tokenisers.

    **Leaves alone**: ZWJ in emoji sequences and Indic scripts, ZWNJ in Persian and
    Indic scripts, zero-width spaces in Thai, Khmer and CJK, bidi marks on lines with
    right-to-left text, U+202F (a visible narrow space).

    >>> from newsclean.engine import apply_edits
    >>> apply_edits("in\\u00adfor\\u200bmation", invisible_characters("in\\u00adfor\\u200bmation"))
    'information'
    >>> list(invisible_characters("می\\u200cخواهم 👩\\u200d💻"))
    []
    """
    if text.isascii() or not has_any(text, _INVISIBLE_CHARS):
        return
    for match in _INVISIBLE.finditer(text):
        if _is_junk(text, match.start(), match.group()):
            yield Edit(match.start(), match.end(), "")


# C0 controls but tab and newline, DEL, and whole ANSI terminal escape sequences.
_CONTROL = regex.compile(r"\x1b\[[0-9;?]{0,32}[A-Za-z]|[\x00-\x08\x0b-\x1f\x7f]")
_BREAKING_CONTROLS = frozenset("\x0b\x0c\x1c\x1d\x1e")
_CONTROL_CHARS = frozenset(map(chr, [*range(0x09), *range(0x0B, 0x20), 0x7F]))  # with ESC


def control_characters(text: str) -> Iterator[Edit]:
    """Control characters in text.

    **Why**: C0 controls (bell, backspace, escape sequences, NUL) are never part of an
    article; vertical tab, form feed and the separators stand for line breaks.

    **Leaves alone**: tab and newline.

    >>> from newsclean.engine import apply_edits
    >>> s = "a\\x07b\\x1b[31mc\\x0cd"
    >>> apply_edits(s, control_characters(s))
    'abc\\nd'
    """
    if not has_any(text, _CONTROL_CHARS):
        return
    for match in _CONTROL.finditer(text):
        char = match.group()
        yield Edit(match.start(), match.end(), "\n" if char in _BREAKING_CONTROLS else "")


# No-break and typographic spaces. Thin and hair spaces are typography (nested quotes
# “ ‘, before a bracket, digit groups "10 000") except between two letters, where
# they stand for a word space.
_ODD_SPACE = regex.compile("[\u00a0\u2000-\u200a\u205f\u180e]")
_ODD_SPACE_CHARS = frozenset("\u00a0\u205f\u180e") | frozenset(map(chr, range(0x2000, 0x200B)))


def unusual_spaces(text: str) -> Iterator[Edit]:
    """No-break and typographic spaces.

    **Why**: NBSP and the U+2000 range come from HTML (&nbsp;) and word processors;
    tokenisers and search treat them unlike a space.

    **Leaves alone**: U+202F (narrow no-break space in French and numbers), U+3000
    (ideographic space), thin and hair spaces except between two letters.

    >>> from newsclean.engine import apply_edits
    >>> s = "10\\u00a0km “\\u2009‘a’\\u2009” x\\u2009)"
    >>> apply_edits(s, unusual_spaces(s))
    '10 km “\\u2009‘a’\\u2009” x\\u2009)'
    """
    if text.isascii() or not has_any(text, _ODD_SPACE_CHARS):
        return
    for match in _ODD_SPACE.finditer(text):
        start, end = match.start(), match.end()
        if match.group() in "\u2009\u200a" and not (
            start and end < len(text) and text[start - 1].isalpha() and text[end].isalpha()
        ):
            continue
        yield Edit(start, end, " ")


_LINE_SEPARATOR = regex.compile("[\u2028\u2029\x85]")
_LINE_SEPARATOR_CHARS = frozenset("\u2028\u2029\x85")


def line_separators(text: str) -> Iterator[Edit]:
    """Unicode line and paragraph separators and NEL.

    **Why**: U+2028, U+2029 and U+0085 break lines in some programs and not in others;
    a newline is what every tool understands.

    **Leaves alone**: U+0085 in text that has newlines or other C1 characters (it is
    then a cp1252 ellipsis, fixed by c1-controls).

    >>> from newsclean.engine import apply_edits
    >>> apply_edits("a\\u2028b\\u2029c", line_separators("a\\u2028b\\u2029c"))
    'a\\nb\\nc'
    """
    if text.isascii() or not has_any(text, _LINE_SEPARATOR_CHARS):
        return
    nel_breaks_lines = _NEL in text and _nel_is_line_break(text)
    for match in _LINE_SEPARATOR.finditer(text):
        if match.group() == _NEL and not nel_breaks_lines:
            continue
        yield Edit(match.start(), match.end(), "\n")


# A run of more than 30 combining marks (other than the CGJ this rule inserts): beyond
# the Stream-Safe Text Format of UAX #15. "e" + 31 x U+0301 matches; "é" does not.
_MARK_RUN = regex.compile(r"[\p{M}--\u034f]{31,}", regex.V1)
_NON_SPACE = regex.compile(r"\S+")
_STREAM_SAFE_LIMIT = 30
_CGJ = "\u034f"  # combining grapheme joiner, a starter that blocks reordering


def _stream_safe(run: str) -> str:
    return _CGJ.join(run[i : i + _STREAM_SAFE_LIMIT] for i in range(0, len(run), _STREAM_SAFE_LIMIT))


def unicode_normalization(text: str) -> Iterator[Edit]:
    """Text not in Unicode normal form C.

    **Why**: decomposed accents ("e" + U+0301) look like "é" but do not compare or
    search equal. Runs of over 30 combining marks ("Zalgo") first get a combining
    grapheme joiner every 30 marks, as the Stream-Safe Text Format prescribes, so
    normalisation stays linear.

    **Leaves alone**: text already in NFC; compatibility characters (no NFKC).

    >>> from newsclean.engine import apply_edits
    >>> apply_edits("Jose\\u0301", unicode_normalization("Jose\\u0301"))
    'José'
    """
    if text.isascii():
        return
    has_marks = any(unicodedata.category(ch)[0] == "M" for ch in unusual_characters(text))
    long_runs = list(_MARK_RUN.finditer(text)) if has_marks else []
    if long_runs:
        for match in long_runs:
            yield Edit(match.start(), match.end(), _stream_safe(match.group()))
        return
    if unicodedata.is_normalized("NFC", text):
        return
    for match in _NON_SPACE.finditer(text):
        word = match.group()
        if not word.isascii() and not unicodedata.is_normalized("NFC", word):
            normal = unicodedata.normalize("NFC", word)
            yield Edit(match.start(), match.end(), normal)
