"""Compressed JSON-lines files: gzip, bzip2 and xz, told by their magic bytes.

A dump named ``.jsonl`` may be compressed and one named ``.gz`` may not be: the first
bytes decide. Reading decompresses as a stream; ``--in-place`` writes the cleaned
lines back through the same codec, so the file stays what it was.
"""

from __future__ import annotations

import bz2
import gzip
import lzma
import zlib
from typing import BinaryIO, Protocol

__all__ = ["Compressor", "codec_of", "compressor", "decompressed"]

_MAGIC = ((b"\x1f\x8b", "gzip"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"))


def codec_of(head: bytes) -> str | None:
    """The codec whose magic bytes start ``head``, or None for plain bytes.

    >>> codec_of(b"\\x1f\\x8b\\x08"), codec_of(b"BZh91AY"), codec_of(b'{"text": 1}')
    ('gzip', 'bzip2', None)
    """
    return next((codec for magic, codec in _MAGIC if head.startswith(magic)), None)


def decompressed(source: BinaryIO, codec: str) -> BinaryIO:
    """A stream of ``source``'s decompressed bytes (read line by line as they come)."""
    if codec == "gzip":
        return gzip.GzipFile(fileobj=source, mode="rb")  # type: ignore[return-value]
    if codec == "bzip2":
        return bz2.BZ2File(source, mode="rb")  # type: ignore[return-value]
    return lzma.LZMAFile(source, mode="rb")  # type: ignore[return-value]


class Compressor(Protocol):
    def compress(self, data: bytes, /) -> bytes: ...

    def flush(self) -> bytes: ...


def compressor(codec: str) -> Compressor:
    """A streaming compressor for ``codec``: ``compress`` each chunk, then ``flush``.

    >>> c = compressor("gzip")
    >>> gzip.decompress(c.compress(b"ab") + c.flush())
    b'ab'
    """
    if codec == "gzip":
        return zlib.compressobj(wbits=31)  # 31: a gzip header and trailer
    if codec == "bzip2":
        return bz2.BZ2Compressor()
    return lzma.LZMACompressor()
