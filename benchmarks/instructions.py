"""Instructions executed by newsclean and by ftfy.fix_text on the same articles (valgrind).

Wall-clock figures on a shared machine drift by 10% or more between runs, too much to
see what one change does. The count of machine instructions does not drift: this
runs each function under valgrind's cachegrind (instruction counts only) on N corpus
articles, clean or damaged as in throughput.py, after a warm-up on other articles
(data files loaded, per-word patterns compiled), and subtracts a run without the
measured articles. Instructions are not time (newsclean's mix is slower per
instruction than ftfy's), but a change that saves instructions saves time.

Needs valgrind (Debian: apt-get install valgrind). Each figure takes valgrind about
15-40 s.

Run:  python benchmarks/instructions.py [--articles 100] [--source DIR]
      (--source: import newsclean from another checkout's src/, to compare revisions)
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

from throughput import CORPUS, _damage, _load

_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")
_WARM_UP = 150  # articles cleaned before the measured ones (the corpus has 304)


def _worker(function: str, label: str, count: int) -> None:
    """Clean ``count`` articles after the warm-up, in this (valgrind-run) process."""
    import ftfy

    import newsclean

    articles = _load(CORPUS)
    if label == "damaged":
        rng = random.Random(0)
        articles = [_damage(article, rng) for article in articles]
    clean = ftfy.fix_text if function == "ftfy" else newsclean.clean
    for text in articles[-_WARM_UP:]:
        clean(text)
    for text in articles[:count]:
        clean(text)


def _instructions(function: str, label: str, count: int, source: Path | None) -> int:
    environment = {**os.environ, "PYTHONHASHSEED": "0"}
    if source is not None:
        environment["PYTHONPATH"] = str(source)
    command = [
        "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
        sys.executable, __file__, "--worker", function, label, str(count),
    ]
    completed = subprocess.run(command, capture_output=True, text=True, env=environment, check=True)
    match = _REFS.search(completed.stderr)
    if match is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{completed.stderr[-2000:]}")
    return int(match.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100, help="articles measured (at most 154)")
    parser.add_argument("--source", type=Path, help="a src/ folder to import newsclean from")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        function, label, count = args.worker
        _worker(function, label, int(count))
        return 0
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    count = min(args.articles, len(_load(CORPUS)) - _WARM_UP)
    print(f"million instructions for {count} corpus articles, after a warm-up on {_WARM_UP} others\n")
    print("| input | ftfy.fix_text | newsclean | ftfy / newsclean |\n| --- | --- | --- | --- |")
    for label in ("clean", "damaged"):
        figures = {}
        for function in ("ftfy", "newsclean"):
            measured = _instructions(function, label, count, args.source)
            baseline = _instructions(function, label, 0, args.source)
            figures[function] = (measured - baseline) / 1e6
        ratio = figures["ftfy"] / figures["newsclean"]
        print(f"| {label} | {figures['ftfy']:.0f} | {figures['newsclean']:.0f} | {ratio:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
