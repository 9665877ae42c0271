"""Shared test helpers: fixture paths and the clean corpus."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles"
CORPUS = FIXTURES / "corpus" / "articles.jsonl"


@cache
def corpus() -> tuple[dict[str, str], ...]:
    """The 304 clean Wikinews articles."""
    with CORPUS.open(encoding="utf-8") as handle:
        return tuple(json.loads(line) for line in handle)


def article_ids() -> list[str]:
    return sorted(p.name.removesuffix(".input.txt") for p in ARTICLES.glob("*.input.txt"))
