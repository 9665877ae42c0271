"""newsclean: repair the text of scraped news articles, and explain every change.

>>> import newsclean
>>> newsclean.clean("Itâ€™s here.It works  ")
'It’s here. It works'
"""

from __future__ import annotations

__version__ = "0.1.0"

from . import filters
from .batch import clean_batch, clean_many, run_many
from .decode import Decoded, decode
from .dictionary import read_dictionary, read_words
from .documents import clean_bytes, run_bytes
from .engine import check, clean, configure, make_pipeline, run
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
    "clean_batch",
    "clean_bytes",
    "clean_many",
    "configure",
    "decode",
    "filters",
    "make_pipeline",
    "read_dictionary",
    "read_words",
    "run",
    "run_bytes",
    "run_many",
]

