"""Adversarial input: every rule, and the pipeline, grow linearly with input size.

Not a speed test: it compares the time for input of size n with size 10n, and a
generous bound (ratio under 40, where linear is about 10 and quadratic 100) catches a
catastrophic-backtracking or quadratic-loop regression.
"""

from __future__ import annotations

import time
from collections.abc import Callable

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
}
SMALL, LARGE = 10_000, 100_000
MAX_RATIO = 40.0


def _elapsed(function: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - start)
    return best


def _growth(function: Callable[[str], object], unit: str, small: int, large: int) -> float:
    """Time for ``large`` over time for ``small``; measured again when over the bound.

    A busy machine can stall one timing; a quadratic path is over the bound every
    time (about 100 for 10x the input), so the lower of two measurements is kept.
    """
    small_text = unit * (small // len(unit))
    large_text = unit * (large // len(unit))
    ratio = float("inf")
    for _ in range(2):
        small_time = max(_elapsed(function, small_text), 1e-3)  # below a millisecond is noise
        ratio = min(ratio, _elapsed(function, large_text) / small_time)
        if ratio < MAX_RATIO:
            break
    return ratio


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
    assert cleaned.endswith("\n")
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
    small = max(_elapsed(newsclean.clean, _distinct_names(SMALL * 2)), 1e-3)
    ratio = _elapsed(newsclean.clean, _distinct_names(LARGE * 2)) / small
    assert ratio < MAX_RATIO, f"distinct names: 10x input -> {ratio:.1f}x time"
