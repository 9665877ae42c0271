"""Adversarial input: every rule, and the pipeline, grow linearly with input size.

Not a speed test: it measures how CPU time grows with input size, not how long a
run takes. Each function runs three times at three sizes (n, about 3.2n, 10n); the
fastest run of each size is kept (a busy machine only ever slows a run down) and the
slope of log time over log size is fitted through the three points, so one stalled
measurement cannot make a linear path look quadratic. The bound, growth under 40x for
10x the input (slope 1.6), sits between linear (10x, slope 1) and quadratic (100x,
slope 2): a catastrophic-backtracking or quadratic-loop regression cannot pass it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import newsclean
from newsclean.engine import run_rules
from newsclean.model import Rule
from newsclean.registry import RULES

UNITS: dict[str, str] = {
    "spaces": " ",
    "tabs-spaces": " \t",
    "dots": ".",
    "a-dot": "a.",
    "capital-dot": "Aa.",
    "apostrophe-chain": "'S",
    "honorific-chain": "Mr.",
    "a-comma": "a,",
    "comma": ",",
    "image-open": "![",
    "bracket": "[",
    "link-like": "[a](",
    "cjk-bracket": "【",
    "citation-prefix": ":contentReference[oaicite:",
    "turn-token": "turn0search",
    "mojibake": "â€",
    "replacement": "\ufffd",
    "newlines": "\n",
    "blank-lines": " \n",
    "bullets": "- a\n",
    "ampersand": "&amp",
    "tag-open": "<b ",
    "capitals": "ABC",
    "title-words": "Word ",
    "apostrophes": "a'S ",
    "letters": "a",
    "word-mojibake": "ErdoÄŸan ",
    "bracket-glue": "(ab).A ",
    "names-both-ways": "from China, from china. ",
    "title-before-name": "by Queen Anne, queen Anne. ",
    "title-given-names": "President Ann Bo Ci Di, Trump said, trump was ",
    "lead-bytes": "ÄÃb Brasília BRASÃLIA ",
    "honorific-given-name": "Dr. Ann Smith, Dr. Ann smith ",
    # Session 7's evidence: phrases matched word by word, numbered names, offices,
    # names between capitals and the heads of names.
    "real-word-phrases": "was quiet good, a quite voice, it's lose ",
    "long-token-phrase": "x" * 3000 + " quiet good ",
    "numbered-names": "at category 5, Category 5 ",
    "office-words": "Secretary of state Mike, State Department ",
    "names-between-capitals": "Detroit pistons Chauncey, Detroit Pistons, Noor mosque, Noor Mosque ",
    # Session 8's candidate searches: marks found by str.find, patterns matched there.
    "lost-possessives": "OkaforS Okafor2 ",
    "spaces-before-marks": "a   , b \t. ",
    "glued-marks": "a.(Ab a,bc a;b Don'T ",
    "pronoun-i": " i i, i’m ",
    "titles-lowercase": "President okafor Mr. okafor Dr. Ann smith ",
    # A misspelling repeated on one line, and capitalised at each line start.
    "misspelling-one-line": "the recieve ",
    "misspelling-capitalised": "Recieve the letter.\n",
    # Session 10: chat-assistant source links, and their parameter without a link.
    "domain-links": "([a.bc](https://a.bc/x?utm_source=chatgpt.com)) ",
    "utm-without-link": "[a](?utm_source=chatgpt.com",
    "multiword-names": "Van Halen and De Zoysa of Cape Town, van halen, de zoysa, new zealand ",
}
SMALL, LARGE = 10_000, 100_000
MAX_RATIO = 40.0


def _elapsed(function: Callable[[str], object], text: str, runs: int = 3) -> float:
    """The least CPU time of ``runs`` calls (process time: other processes do not count)."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        function(text)
        best = min(best, time.process_time() - start)
    return max(best, _NOISE_FLOOR)


_NOISE_FLOOR = 1e-3  # seconds: below a millisecond, timings are noise


def _growth(function: Callable[[str], object], unit: str, small: int, large: int) -> float:
    """How many times longer ``large`` takes than ``small``, from a fit over three sizes.

    The slope of log time over log size, least squares through the best times at
    ``small``, their geometric mean and ``large``, raised back to the size ratio.
    """
    sizes = [small, round(math.sqrt(small * large)), large]
    xs = [math.log(size) for size in sizes]
    ys = [math.log(_elapsed(function, unit * max(1, size // len(unit)))) for size in sizes]
    x_mean, y_mean = sum(xs) / 3, sum(ys) / 3
    slope = sum((x - x_mean) * (y - y_mean) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - x_mean) ** 2 for x in xs
    )
    return float((large / small) ** slope)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_is_linear_on_adversarial_input(rule: Rule) -> None:
    def apply(text: str) -> object:
        return run_rules(text, (rule,))

    slow = {name: round(ratio, 1) for name, unit in UNITS.items()
            if (ratio := _growth(apply, unit, SMALL, LARGE)) > MAX_RATIO}
    assert slow == {}, f"{rule.code} grows faster than linear (10x input -> {slow}x time)"


@pytest.mark.parametrize("name", ["spaces", "a-dot", "image-open", "citation-prefix", "title-words"])
def test_pipeline_is_linear_up_to_one_megabyte(name: str) -> None:
    ratio = _growth(newsclean.clean, UNITS[name], 100_000, 1_000_000)
    assert ratio < MAX_RATIO, f"pipeline on {name}: 10x input -> {ratio:.1f}x time"


def test_title_before_name_search_is_linear() -> None:
    from newsclean.rules._name_evidence import title_before

    unit = "President Ann Bo Ci Mr. "
    ratio = _growth(lambda text: title_before(text, "Trump"), unit, SMALL * 10, LARGE * 10)
    assert ratio < MAX_RATIO, f"10x input -> {ratio:.1f}x time"


def test_one_megabyte_single_line_of_prose_is_cleaned() -> None:
    line = "It ended.Then  it began, said Mrs.smith of ukraine. " * 20_000
    cleaned = newsclean.clean(line)
    assert cleaned.endswith("Ukraine.")
    assert "ended. Then" in cleaned


def test_combining_mark_flood_is_normalised_in_linear_time() -> None:
    zalgo = "e" + "\u0301\u0316" * 100_000
    start = time.perf_counter()
    cleaned = newsclean.clean(zalgo)
    assert time.perf_counter() - start < 30
    assert newsclean.clean(cleaned) == cleaned


SCOPE_UNITS: dict[str, str] = {
    "table-rows": "a | b | c\n",
    "one-bar-rows": "Key | Value\n",
    "aligned": "drwxr-xr-x  2 root  root  4096\n",
    "indented": "    x = 1\n",
    "chat": "<nick> said a thing\n",
    "chat-actions": "<nick> hi\n* nick waves\n",
    "options": "run -a -b --c ",
    "variables": "$HOME $PATH ${x} ",
    "blank-separated-code": "find . -name x\n\n\n",
    "foreign-paragraphs": "Oggi i funerali del sindaco si sono svolti a Roma.\n\n",
    "mixed": "The talks went on and the unions agreed.\nDas ist gut, sagte er gestern.\n",
}


@pytest.mark.parametrize("name", sorted(SCOPE_UNITS))
def test_scope_is_linear(name: str) -> None:
    from newsclean.scope import _scope

    ratio = _growth(_scope, SCOPE_UNITS[name], SMALL * 10, LARGE * 10)
    assert ratio < MAX_RATIO, f"scope on {name}: 10x input -> {ratio:.1f}x time"


def _distinct_names(size: int) -> str:
    """Many distinct names, each written capitalised and in lower case: 'Bxab met bxab.'"""
    parts: list[str] = []
    total = 0
    for index in range(26**4):
        name = "".join(chr(97 + index // 26**k % 26) for k in range(4))
        part = f"B{name} met b{name}. "
        parts.append(part)
        total += len(part)
        if total >= size:
            break
    return "".join(parts)


def test_many_distinct_names_cost_linear_time() -> None:
    small = _elapsed(newsclean.clean, _distinct_names(SMALL * 2))
    ratio = _elapsed(newsclean.clean, _distinct_names(LARGE * 2)) / small
    assert ratio < MAX_RATIO, f"distinct names: 10x input -> {ratio:.1f}x time"


_ARTICLES = sorted((Path(__file__).parent / "fixtures" / "articles").glob("*.input.txt"))


@pytest.mark.slow
def test_real_prose_grows_linearly() -> None:
    """The seed articles (real prose with real damage) repeated to 100 KB and to 1 MB."""
    prose = "\n\n".join(path.read_text(encoding="utf-8") for path in _ARTICLES) + "\n\n"
    ratio = _growth(newsclean.clean, prose, 100_000, 1_000_000)
    assert ratio < MAX_RATIO, f"real prose: 10x input -> {ratio:.1f}x time"


def test_growth_measure_tells_quadratic_from_linear() -> None:
    """The measure itself: a quadratic function fails the bound, a linear one passes."""

    def quadratic(text: str) -> int:
        return sum(text.count(text[i : i + 2]) for i in range(0, len(text), 20))

    def linear(text: str) -> int:
        return sum(ord(ch) for ch in text)

    assert _growth(quadratic, "ab", 10_000, 100_000) > MAX_RATIO
    assert _growth(linear, "ab", 20_000, 200_000) < MAX_RATIO
