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
    names = ["cp1252"]
    for match in charset_normalizer.from_bytes(data[:_SAMPLE]):
        if match.encoding not in names:
            names.append(match.encoding)
    return names


def _decode_legacy(data: bytes) -> Decoded:
    best: tuple[float, int, str, str] | None = None
    for order, name in enumerate(_candidates(data)):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _implausibility(text[:_SAMPLE])
        if best is None or (score, order) < (best[0], best[1]):
            best = (score, order, name, text)
    if best is None:
        raise DecodeError("not text: no encoding decodes these bytes")
    return _finish(best[3], best[2], bom=False)


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
