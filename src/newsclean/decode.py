"""Bytes to text: byte-order marks, strict UTF-8, then the most plausible legacy encoding.

charset-normalizer proposes candidate encodings; on short, mostly-ASCII news text its
first answer is often wrong (cp1252 text with a few curly quotes comes back as
big5hkscs or cp775). So every candidate, plus cp1252, is decoded and ranked by how
plausible the resulting text is: words in one script, sensible letter case, few
accented letters in a row, no control characters.
"""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

import charset_normalizer
import regex

from . import language
from .model import DecodeError

__all__ = ["Decoded", "decode"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The byte-order mark of each encoding that has one, for writing a file back.
BOM_OF: dict[str, bytes] = {encoding: bom for bom, encoding in _BOMS}
_WORD = regex.compile(r"\S++")
_SCRIPT = regex.compile(
    r"(?P<latin>\p{Latin})|(?P<cyrillic>\p{Cyrillic})|(?P<greek>\p{Greek})|(?P<cjk>[\p{Han}\p{Hiragana}"
    r"\p{Katakana}\p{Hangul}])|(?P<arabic>[\p{Arabic}\p{Hebrew}])|(?P<other>\p{L})"
)
_ALLOWED_CONTROLS = frozenset("\t\n\r\x0c")
_MAX_CONTROL_SHARE = 0.01
# Penalty per non-ASCII character above which a decoding reads as misdecoded (a curly
# quote read as a control character costs 10; a Turkish file read correctly, 0.05).
_IMPLAUSIBLE = 0.5
_FEW = 16  # non-ASCII characters
_CONTENDERS = 4  # charset-normalizer's best answers compared with cp1252
_CLEARER = 0.05  # how much surer the identifier must be of another decoding
_IDENTIFIABLE = 200  # characters: below this, the identifier's confidence is noise
_SAMPLE = 200_000  # bytes of a large legacy file used to rank encodings


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text with LF line breaks, and what the bytes were."""

    text: str
    encoding: str
    newline: str
    bom: bool

    @property
    def is_utf8(self) -> bool:
        """True when the bytes were UTF-8 without a byte-order mark."""
        return self.encoding == "utf-8" and not self.bom


def _newline_style(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    counts = {"\r\n": crlf, "\r": cr, "\n": lf}
    return max(counts, key=lambda style: (counts[style], style == "\n"))


def _finish(text: str, encoding: str, bom: bool) -> Decoded:
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise DecodeError("binary data: too many control characters to be text")
    style = _newline_style(text) if "\r" in text else "\n"
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, encoding, style, bom)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(
        1 for ch in text
        if (ch < "\x20" and ch not in _ALLOWED_CONTROLS) or "\x7f" <= ch <= "\x9f"
    )
    return controls / len(text)


def _implausibility(text: str) -> float:
    """Penalty per non-ASCII character: 0 for clean text, higher for misdecoded text."""
    penalty = 0
    non_ascii = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if word.isascii():
            continue
        scripts = set()
        accented_run = longest_run = 0
        previous = ""
        for ch in word:
            if ch.isascii():
                accented_run = 0
                previous = ch
                continue
            non_ascii += 1
            category = unicodedata.category(ch)
            if category in ("Cc", "Co", "Cn", "Cs"):
                penalty += 10
            elif category in ("So", "Sk", "Sm") and ch not in "©®°±×÷€£¥¢™§¶•·":
                penalty += 2
            script = _SCRIPT.match(ch)
            if script:
                scripts.add(script.lastgroup)
                if script.lastgroup == "latin":
                    accented_run += 1
                    longest_run = max(longest_run, accented_run)
                if ch.isupper() and previous.islower():
                    penalty += 3  # "ItĘs": a capital inside a lowercase word
            else:
                accented_run = 0
            previous = ch
        mixes_ascii = scripts - {"latin"} and any(c.isascii() and c.isalpha() for c in word)
        if len(scripts) > 1 or mixes_ascii:
            penalty += 5
        if longest_run >= 3:
            penalty += 3
    return penalty / max(non_ascii, 1)


def _candidates(data: bytes) -> list[str]:
    """charset-normalizer's answers, best first, then cp1252 (the Western fallback)."""
    names: list[str] = []
    for match in charset_normalizer.from_bytes(data[:_SAMPLE]):
        if match.encoding not in names:
            names.append(match.encoding)
    if "cp1252" not in names:
        names.append("cp1252")
    return names


_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not chr(b).isascii() or not chr(b).isalpha())


def _ascii_letters(data: bytes) -> int:
    """How many bytes of ``data`` are ASCII letters."""
    return len(data.translate(None, _NOT_ASCII_LETTERS))


def _most_like_a_language(candidates: list[tuple[str, str]]) -> tuple[str, str]:
    """Of plausible decodings, the one the language identifier is surest about.

    "naïve" read as cp1257 is "naļve": still letters, but no language writes it, and
    the identifier's confidence in French drops. Another candidate replaces the first
    only when the identifier is clearly surer of it.
    """
    if len({text for _, text in candidates}) < 2 or len(candidates[0][1]) < _IDENTIFIABLE:
        return candidates[0]  # nothing to choose, or too short for the identifier
    scores = [language.confidence(text[:_SAMPLE]) for _, text in candidates]
    if any(score is None for score in scores):
        return candidates[0]
    best = 0
    for index, score in enumerate(scores):
        if (score or 0.0) > (scores[best] or 0.0) + _CLEARER:
            best = index
    return candidates[best]


def _decode_legacy(data: bytes) -> Decoded:
    """charset-normalizer's best answer, unless it reads implausibly and another does not.

    charset-normalizer decides between scripts (Turkish cp1254, Arabic ISO-8859-6,
    Russian mac_cyrillic); its answer stands. The plausibility check only overrides
    an answer whose text shows misdecoding (control characters, symbols or mixed
    scripts inside words) or that swallows ASCII letters into multi-byte characters
    (a short cp1252 text read as Big5), with the candidate that reads best: a cp1252
    file with curly quotes that charset-normalizer took for another code page.
    """
    decoded: list[tuple[str, str]] = []
    for name in _candidates(data):
        try:
            decoded.append((name, data.decode(name)))
        except (UnicodeDecodeError, LookupError):
            continue
    if not decoded:
        raise DecodeError("not text: no encoding decodes these bytes")
    letters = _ascii_letters(data)

    def rank(candidate: tuple[str, str]) -> tuple[bool, bool, float]:
        text = candidate[1]
        score = _implausibility(text[:_SAMPLE])
        ascii_part = text.encode("ascii", "ignore")
        # A few multi-byte characters made of ASCII letters: too little text for
        # charset-normalizer to be right ("It’s" in cp1252 read as two Big5 characters).
        swallowed = len(text) - len(ascii_part) < _FEW and _ascii_letters(ascii_part) < letters
        return swallowed, score >= _IMPLAUSIBLE, score

    ranks = [rank(candidate) for candidate in decoded[: _CONTENDERS] + decoded[-1:]]
    if ranks[0][0] or ranks[0][1]:
        name, text = min(decoded, key=rank)  # min keeps the first of equal ranks
    else:
        contenders = decoded[:_CONTENDERS] + decoded[-1:]
        plausible = [c for c, r in zip(contenders, ranks, strict=True) if not (r[0] or r[1])]
        name, text = _most_like_a_language(plausible)
    # The same text as cp1252 gives ("Café" in cp1250): name the commoner code page.
    name = next((n for n, t in decoded if n == "cp1252" and t == text), name)
    return _finish(text, name, bom=False)


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """UTF-16 text saved without a BOM: NUL in every other byte."""
    if len(data) % 2:
        return None
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    half = len(data) // 2
    if odd_nuls > 0.4 * half and even_nuls == 0:
        encoding = "utf-16-le"
    elif even_nuls > 0.4 * half and odd_nuls == 0:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return _finish(data.decode(encoding), encoding, bom=False)
    except (UnicodeDecodeError, DecodeError):
        return None


def decode(data: bytes) -> Decoded:
    """Decode bytes of unknown encoding; raise DecodeError for binary data.

    >>> decode("It’s".encode("cp1252")).text
    'It’s'
    >>> decode(b"a\\r\\nb\\r\\n").newline
    '\\r\\n'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _finish(data[len(bom) :].decode(encoding), encoding, bom=True)
            except UnicodeDecodeError as error:
                raise DecodeError(f"invalid {encoding} after its byte-order mark: {error.reason}") from None
    if b"\x00" in data:
        decoded = _utf16_without_bom(data)
        if decoded is None:
            raise DecodeError("binary data: contains NUL bytes")
        return decoded
    try:
        return _finish(data.decode("utf-8"), "utf-8", bom=False)
    except UnicodeDecodeError:
        pass
    mixed = _mixed_utf8(data)
    return mixed if mixed is not None else _decode_legacy(data)


_ESCAPED_BYTE = regex.compile("[\udc80-\udcff]")


def _mixed_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few stray bytes: keep the UTF-8, read the strays as cp1252.

    A file whose multi-byte characters are valid UTF-8 but that has some bytes in
    another encoding (pasted-in cp1252 text) is decoded per byte run, not misread
    whole as cp1252.
    """
    text = data.decode("utf-8", "surrogateescape")
    strays = len(_ESCAPED_BYTE.findall(text))
    valid_multibyte = sum(1 for ch in text if ch > "\x7f" and not "\udc80" <= ch <= "\udcff")
    if not valid_multibyte or strays > valid_multibyte:
        return None
    text = _ESCAPED_BYTE.sub(
        lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", "replace"), text
    )
    return _finish(text, "utf-8+cp1252", bom=False)
