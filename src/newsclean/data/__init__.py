"""Curated data files (one entry a line, ``#`` comments), read once on first use."""

from __future__ import annotations

import gzip
from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

__all__ = ["load_lines", "load_mapping", "load_words", "read_lines"]


@cache
def load_lines(name: str) -> tuple[str, ...]:
    """:func:`read_lines`, kept for the process: the small lists rules ask for often."""
    return read_lines(name)


def read_lines(name: str) -> tuple[str, ...]:
    """Non-blank, non-comment lines of the data file ``name``, stripped (a ``.gz`` file
    is decompressed). Not kept: for a large file read once into another structure."""
    path = resources.files(__name__).joinpath(name)
    if name.endswith(".gz"):
        raw = gzip.decompress(path.read_bytes()).decode("utf-8")
    else:
        raw = path.read_text(encoding="utf-8")
    lines = (line.split(" #", 1)[0].strip() for line in raw.splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@cache
def load_words(name: str) -> frozenset[str]:
    """The entries of ``name`` as a frozen set."""
    return frozenset(load_lines(name))


@cache
def load_mapping(name: str) -> Mapping[str, str]:
    """``wrong->right`` entries of ``name`` as a read-only mapping."""
    mapping: dict[str, str] = {}
    for line in load_lines(name):
        wrong, _, right = line.partition("->")
        mapping[wrong.strip()] = right.strip()
    return MappingProxyType(mapping)
