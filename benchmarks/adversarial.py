"""Adversarial timings: the default pipeline on 100 KB and 1 MB of each hostile pattern.

Prints CPU seconds for both sizes, their ratio (linear is about 10x, quadratic 100x)
and seconds per MB at the larger size. The last rows are real prose: the seed
articles as scraped (with their damage) repeated to each size.
tests/test_regex_safety.py guards the growth with a bound; this script reports the
figures.

Run:  python benchmarks/adversarial.py [--small-kb 100] [--large-kb 1000]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import newsclean

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from test_regex_safety import UNITS

EXTRA = {
    "combining-marks": "a" + "\u0301" * 199_999,  # 200k combining marks on one letter
    "one-long-line": "word " * 199_999 + "end.",
}


ARTICLES = sorted((Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "articles").glob("*.input.txt"))


def _seconds(text: str) -> float:
    start = time.process_time()
    newsclean.clean(text)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small-kb", type=int, default=100)
    parser.add_argument("--large-kb", type=int, default=1000)
    args = parser.parse_args(argv)
    small, large = args.small_kb * 1000, args.large_kb * 1000
    print(f"| pattern | {args.small_kb} KB (s) | {args.large_kb} KB (s) | ratio | s/MB |")
    print("| --- | --- | --- | --- | --- |")
    units = dict(UNITS)
    units["real prose (seed articles)"] = "\n\n".join(path.read_text(encoding="utf-8") for path in ARTICLES) + "\n\n"
    for name, unit in units.items():
        small_time = _seconds(unit * (small // len(unit)))
        large_text = unit * (large // len(unit))
        large_time = _seconds(large_text)
        shown = repr(unit) if len(unit) <= 60 else f"{unit[:20]!r}…{unit[-20:]!r}"
        if name.startswith("real prose"):
            shown = ""
        per_mb = large_time / (len(large_text.encode()) / 1e6)
        print(f"| {name} {shown} | {small_time:.3f} | {large_time:.3f} | "
              f"{large_time / max(small_time, 1e-3):.1f} | {per_mb:.2f} |", flush=True)
    for name, text in EXTRA.items():
        print(f"| {name} ({len(text.encode()) / 1e6:.1f} MB) | | {_seconds(text):.3f} | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
