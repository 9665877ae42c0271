"""The same input gives the same result in every process, whatever its hash seed or order.

Python randomises the order of sets of strings per process. A rule that lets that
order decide anything (which word of a pair is visited first, which rule claims an
edit) gives different diagnostics under ``-j`` workers, or from one run to the next.
Memoised facts are kept per text: what one text leaves behind must not change the
next one's result, so each process also takes the texts in its own order.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import regex

from conftest import ARTICLES, corpus

# Two capitalised words side by side: "Democratic Party", "Prime Minister".
_PAIR = regex.compile(r"(?<=[a-z,] )\p{Lu}\p{Ll}++ (\p{Lu})\p{Ll}++")

# Each process cleans the texts in its own order (memoised facts of one text must not
# leak into the next) and prints a digest of the results in input order.
_SCRIPT = """
import hashlib, json, random, sys
import newsclean
texts = json.load(sys.stdin)
order = list(range(len(texts)))
random.Random(int(sys.argv[1])).shuffle(order)
results = {index: newsclean.run(texts[index]) for index in order}
in_order = repr([results[index] for index in range(len(texts))])
print(hashlib.sha256(in_order.encode("utf-8", "surrogatepass")).hexdigest())
"""


def _damaged(text: str) -> list[str]:
    """Copies of the text, each with one word of one two-word name lowercased.

    Names the text also writes with a possessive ("Democratic Party’s") first: whether
    the possessive counts as the same name must not depend on which word of the pair
    is visited first.
    """
    pairs = list(_PAIR.finditer(text))
    possessive = [pair for pair in pairs if pair.group() + "'s" in text or pair.group() + "’s" in text]
    copies = []
    for pair in possessive + pairs[:1]:
        for start in (pair.start(), pair.start(1)):
            copies.append(text[:start] + text[start].lower() + text[start + 1 :])
    return copies


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.input.txt"))]
    for article in corpus():
        texts += [article["text"] + "\n", *_damaged(article["text"] + "\n")]
    texts.append(
        "The Democratic Party’s base met. Then the Democratic Party voted.\n"
        "But the Democratic party was split, and President trump spoke.\n"
        "President Trump said Trump would win.\n"
    )
    return texts


def _digests(texts: list[str], seeds: range) -> set[str]:
    """The digest of every result, from one process per seed (hash seed and order; side by side)."""
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", _SCRIPT, str(seed)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, env={**os.environ, "PYTHONHASHSEED": str(seed)},
        )
        for seed in seeds
    ]
    digests = set()
    for process in processes:
        output, _ = process.communicate(json.dumps(texts))
        assert process.returncode == 0
        digests.add(output.strip())
    return digests


def test_results_do_not_depend_on_the_hash_seed() -> None:
    digests = _digests(_texts(), range(1, 5))
    assert len(digests) == 1, f"{len(digests)} different results from 4 hash seeds"
