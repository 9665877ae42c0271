"""Adversarial timings: the default pipeline on 100 KB and 1 MB of each hostile pattern.

Prints seconds for both sizes and their ratio (linear is about 10x, quadratic 100x).
tests/test_regex_safety.py guards the same property with a generous bound; this
script reports the figures.

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


def _seconds(text: str) -> float:
    start = time.perf_counter()
    newsclean.clean(text)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small-kb", type=int, default=100)
    parser.add_argument("--large-kb", type=int, default=1000)
    args = parser.parse_args(argv)
    small, large = args.small_kb * 1000, args.large_kb * 1000
    print(f"| pattern | {args.small_kb} KB (s) | {args.large_kb} KB (s) | ratio |")
    print("| --- | --- | --- | --- |")
    for name, unit in UNITS.items():
        small_time = _seconds(unit * (small // len(unit)))
        large_time = _seconds(unit * (large // len(unit)))
        shown = repr(unit) if len(unit) <= 60 else f"{unit[:20]!r}…{unit[-20:]!r}"
        print(f"| {name} {shown} | {small_time:.3f} | {large_time:.3f} | {large_time / max(small_time, 1e-3):.1f} |")
    for name, text in EXTRA.items():
        print(f"| {name} ({len(text.encode()) / 1e6:.1f} MB) | | {_seconds(text):.3f} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
