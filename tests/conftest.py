"""Shared test helpers: fixture paths, the clean corpus, and the CLI run in process."""

from __future__ import annotations

import io
import json
import os
from functools import cache
from pathlib import Path

from newsclean.cli import main

# Hypothesis effort, chosen by the environment: "fast" (the default, for every run of
# the suite) or "thorough" (ten times the examples, for releases):
#   NEWSCLEAN_HYPOTHESIS_PROFILE=thorough python -m pytest
HYPOTHESIS_PROFILE = os.environ.get("NEWSCLEAN_HYPOTHESIS_PROFILE", "fast")
if HYPOTHESIS_PROFILE not in ("fast", "thorough"):
    raise ValueError(f"NEWSCLEAN_HYPOTHESIS_PROFILE is 'fast' or 'thorough', not {HYPOTHESIS_PROFILE!r}")


def examples(count: int) -> int:
    """How many examples a property test runs under the chosen profile."""
    return count * 10 if HYPOTHESIS_PROFILE == "thorough" else count


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


class _Stdin(io.TextIOWrapper):
    """A text stdin with a binary buffer, as sys.stdin has."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8")


def run_cli(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    """Run ``newsclean argv`` in process; return the exit code, stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err, stdin=_Stdin(stdin))
    return code, out.getvalue(), err.getvalue()
