"""Throughput of newsclean beside ftfy alone, on clean and on damaged news text.

Articles from the corpus are cleaned one at a time (as a pipeline would), repeated
until the input reaches the requested size. Prints, in one run: MB/s (UTF-8 bytes in)
of the default pipeline, of the default less the casing (CA) and typo (TY) families,
of each rule family alone, and of ftfy.fix_text alone, with the ratio newsclean /
ftfy, on clean and on damaged text; the cost of 20 MB against 1 MB; ``-j 1`` against
``-j 2`` of the CLI on a JSONL file; and the peak resident memory of this process and
of the CLI runs. newsclean and ftfy are timed in alternating
rounds and each keeps its best round, so a slow spell of a shared machine does not
fall on one of them only.

Run:  python benchmarks/throughput.py [--size-mb 1] [--rounds 5] [--scaling 20] [--jsonl-mb 20] [--jsonl-rounds 3]
      python benchmarks/throughput.py --memory-mb 500   # only: RSS of the CLI on a big JSONL
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import ftfy

import newsclean
from newsclean.engine import run_rules
from newsclean.registry import FAMILIES, RULES

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus" / "articles.jsonl"


def _load(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] + "\n" for line in handle]


def _damage(text: str, rng: random.Random) -> str:
    """A few typical defects per article: mojibake, glue, tokens, chrome, spaces."""
    damaged = text.replace(". ", ".", 1).replace(", ", ",", 1)
    if rng.random() < 0.5:
        damaged = damaged.encode("utf-8").decode("cp1252", errors="ignore")
    lines = damaged.split("\n")
    lines.insert(0, "- Home\n- News")
    lines.insert(len(lines) // 2, "Advertisement")
    lines.append("Share this article")
    damaged = "\n".join(lines)
    return damaged.replace(". ", " :contentReference[oaicite:1]{index=1}. ", 1) + "\n\n\n"


def _repeat(texts: list[str], size: int) -> list[str]:
    out: list[str] = []
    total = 0
    while total < size:
        for text in texts:
            out.append(text)
            total += len(text.encode("utf-8"))
            if total >= size:
                break
    return out


def _rate(function: Callable[[str], object], texts: list[str]) -> float:
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    for text in texts:
        function(text)
    return size / (time.perf_counter() - start) / 1e6


def _best_rates(functions: dict[str, Callable[[str], object]], texts: list[str], rounds: int) -> dict[str, float]:
    """The best MB/s of each function over ``rounds`` rounds that alternate between them.

    On a shared machine speed drifts during a run; alternating and keeping each
    function's best round compares the two at their best rather than at different
    moments.
    """
    best = dict.fromkeys(functions, 0.0)
    for _ in range(rounds):
        for name, function in functions.items():
            best[name] = max(best[name], _rate(function, texts))
    return best


def _seconds(texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        newsclean.clean(text)
    return time.perf_counter() - start


def _scaling(articles: list[str], small_size: int, large_size: int, rounds: int) -> tuple[float, float]:
    """Seconds for the large input, and the median seconds for the small one.

    The large input is cleaned in ``rounds`` parts with one small run after each, so
    that both see the same moments of a shared machine; the small runs are not part
    of the large time.
    """
    small = _repeat(articles, small_size)
    large = _repeat(articles, large_size)
    step = -(-len(large) // rounds)
    large_time = 0.0
    small_times = []
    for part in range(rounds):
        large_time += _seconds(large[part * step : (part + 1) * step])
        small_times.append(_seconds(small))
    return large_time, statistics.median(small_times)


# The default pipeline less its document-evidence families, for a user who trades
# casing and spelling repairs for speed (``--ignore CA``): timed with ftfy and the default.
_LIGHTER: dict[str, Callable[[str], object]] = {
    "without CA": functools.partial(newsclean.clean, ignore=["CA"]),
    "without CA, TY": functools.partial(newsclean.clean, ignore=["CA", "TY"]),
}


def _family(code: str) -> Callable[[str], object]:
    rules = tuple(rule for rule in RULES if rule.family == code and rule.default)
    return lambda text: run_rules(text, rules)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _write_jsonl(path: Path, articles: list[str], size: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        written = number = 0
        while written < size:
            for text in articles:
                line = json.dumps({"id": number, "text": text}, ensure_ascii=False) + "\n"
                handle.write(line)
                written += len(line.encode("utf-8"))
                number += 1
                if written >= size:
                    break


def _cli(arguments: list[str]) -> tuple[float, float, float]:
    """Seconds, CPU seconds of all its processes and the largest resident set (MB) of one CLI run."""
    cpu_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with subprocess.Popen([sys.executable, "-m", "newsclean", *arguments],
                          stdout=subprocess.DEVNULL) as process:
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    if process.returncode not in (0, 1):
        raise SystemExit(f"newsclean {' '.join(arguments)} failed with exit {process.returncode}")
    cpu_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return elapsed, cpu, max(usage.ru_maxrss / 1024, cpu_after.ru_maxrss / 1024)


def _jsonl_jobs(articles: list[str], megabytes: float, rounds: int) -> None:
    """``-j 1`` against ``-j 2`` on one JSONL file: the best of ``rounds`` alternating runs each.

    As for the ratio to ftfy, alternating and keeping each setting's best run
    compares the two at the same moments of a shared machine. The CPU seconds of all
    processes show what the workers cost beyond one process's work.
    """
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "articles.jsonl"
        _write_jsonl(path, articles, int(megabytes * 1e6))
        size = path.stat().st_size / 1e6
        best: dict[int, tuple[float, float, float]] = {}
        for _ in range(rounds):
            for jobs in (1, 2):
                run = _cli(["--jsonl", "--no-progress", "-j", str(jobs), str(path)])
                if jobs not in best or run[0] < best[jobs][0]:
                    best[jobs] = run
        for jobs, (elapsed, cpu, rss) in best.items():
            print(f"| JSONL {size:.0f} MB | CLI -j {jobs} | {size / elapsed:.2f} MB/s | "
                  f"{elapsed:.1f} s, {cpu:.1f} CPU s | peak RSS {rss:.0f} MB |")
        print(f"-j 2 / -j 1 throughput: {best[1][0] / best[2][0]:.2f}x on {os.cpu_count()} core(s), "
              f"best of {rounds} alternating runs each")


def _memory(articles: list[str], megabytes: float) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "articles.jsonl"
        _write_jsonl(path, articles, int(megabytes * 1e6))
        size = path.stat().st_size / 1e6
        elapsed, _, rss = _cli(["--jsonl", "--no-progress", "-j", "2", str(path)])
        print(f"JSONL {size:.0f} MB, CLI -j 2: {elapsed:.0f} s ({size / elapsed:.2f} MB/s), "
              f"largest resident set of any process: {rss:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=5,
                        help="alternating rounds per input; each function's best round is reported")
    parser.add_argument("--scaling", type=float, default=20.0,
                        help="also time the pipeline on this many MB and report the cost ratio (0: skip)")
    parser.add_argument("--jsonl-rounds", type=int, default=3,
                        help="alternating -j 1 / -j 2 runs on the JSONL file; each setting's best is reported")
    parser.add_argument("--jsonl-mb", type=float, default=20.0,
                        help="size of the JSONL file for -j 1 against -j 2 (0: skip)")
    parser.add_argument("--memory-mb", type=float, default=0.0,
                        help="only measure the CLI's resident memory on a JSONL file this big")
    args = parser.parse_args(argv)
    if args.memory_mb:
        _memory(_load(CORPUS), args.memory_mb)
        return 0
    articles = _load(CORPUS)
    rng = random.Random(0)
    size = int(args.size_mb * 1e6)
    inputs = {"clean": _repeat(articles, size), "dirty": _repeat([_damage(a, rng) for a in articles], size)}
    newsclean.clean(articles[0])  # load data files before timing
    print(f"newsclean {newsclean.__version__}, ftfy {ftfy.__version__}, Python {sys.version.split()[0]}")
    print(f"{len(articles)} corpus articles repeated to {args.size_mb:g} MB per input, one article a call\n")
    print("| input | what | MB/s |\n| --- | --- | --- |")
    results: dict[tuple[str, str], float] = {}
    for label, texts in inputs.items():
        contenders = {"ftfy": ftfy.fix_text, "newsclean": newsclean.clean, **_LIGHTER}
        best = _best_rates(contenders, texts, args.rounds)
        results.update(((label, name), rate) for name, rate in best.items())
        print(f"| {label} | ftfy.fix_text alone | {results[(label, 'ftfy')]:.2f} |")
        print(f"| {label} | newsclean default pipeline | {results[(label, 'newsclean')]:.2f} |")
        for name in _LIGHTER:
            print(f"| {label} | newsclean default {name} | {results[(label, name)]:.2f} |")
        families = _best_rates({code: _family(code) for code in FAMILIES}, texts, max(1, args.rounds // 2))
        for code, rate in families.items():
            print(f"| {label} | family {code} alone | {rate:.2f} |")
    print()
    for label in inputs:
        ratio = results[(label, "newsclean")] / results[(label, "ftfy")]
        lighter = ", ".join(f"{name}: {results[(label, name)] / results[(label, 'ftfy')]:.2f}" for name in _LIGHTER)
        print(f"ratio newsclean / ftfy on {label} text: {ratio:.2f} (default {lighter})")
    if args.scaling:
        large_time, small_time = _scaling(articles, size, int(args.scaling * 1e6), 2 * args.rounds)
        print(f"scaling {args.size_mb:g} MB -> {args.scaling:g} MB: cost x{large_time / small_time:.1f}"
              f" (linear: x{args.scaling / args.size_mb:g})")
    print(f"peak resident memory of this process: {_peak_rss_mb():.0f} MB\n")
    if args.jsonl_mb:
        print("| input | what | throughput | time | memory |\n| --- | --- | --- | --- | --- |")
        _jsonl_jobs(articles, args.jsonl_mb, args.jsonl_rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
