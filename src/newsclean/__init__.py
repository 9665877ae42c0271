"""newsclean: repair the text of scraped news articles, and explain every change.

>>> import newsclean
>>> newsclean.clean("Itâ€™s here.It works  ")
'It’s here. It works\\n'
"""

from __future__ import annotations

__version__ = "0.1.0"

from . import filters
from .batch import clean_many, run_many
from .decode import Decoded, decode
from .engine import check, clean, make_pipeline, run
from .model import (
    Config,
    ConvergenceError,
    DecodeError,
    Diagnostic,
    Edit,
    NewscleanError,
    Result,
    Rule,
    UnknownRuleError,
)
from .registry import RULES

__all__ = [
    "RULES",
    "Config",
    "ConvergenceError",
    "DecodeError",
    "Decoded",
    "Diagnostic",
    "Edit",
    "NewscleanError",
    "Result",
    "Rule",
    "UnknownRuleError",
    "__version__",
    "check",
    "clean",
    "clean_bytes",
    "clean_many",
    "decode",
    "filters",
    "make_pipeline",
    "run",
    "run_many",
]


def clean_bytes(
    data: bytes, *, select: list[str] | tuple[str, ...] | None = None,
    ignore: list[str] | tuple[str, ...] | None = None,
) -> str:
    """Decode bytes of unknown encoding (see :func:`decode`), then clean the text.

    >>> clean_bytes("It’s fine.".encode("cp1252"))
    'It’s fine.\\n'
    """
    return clean(decode(data).text, select=select, ignore=ignore)
