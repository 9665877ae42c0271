"""Digest every result of the default pipeline on a fixed set of inputs, to compare revisions.

A change meant to keep behaviour (a speed-up, a tidy-up) must leave every diagnostic,
note and text as it was. This cleans about 1,550 inputs: each clean corpus article
(body, and title + body), each article damaged by benchmarks/throughput.py with
three seeds, and every text fixture; and writes one short
digest of ``repr(newsclean.run(text))`` a line. Run it before and after the change
and compare: the line numbers that differ are the inputs to look at.

Run:  python scripts/result_snapshot.py before.txt          # on the old revision
      python scripts/result_snapshot.py after.txt --compare before.txt
      python scripts/result_snapshot.py after.txt --show 12  # input number 12 and its result
      (--eval on both: also every case of ../shared/eval's devset and no-harm sets)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import throughput  # noqa: E402  (benchmarks/ is not a package)

import newsclean  # noqa: E402

_EVAL = ROOT.parent / "shared" / "eval"  # the shared evaluation, where the checkout has one


def eval_inputs() -> list[str]:
    """Every input of the shared evaluation: the devset's cases of every class (default
    seed and size) and the no-harm documents (Debian Reference, fortunes)."""
    sys.path.insert(0, str(_EVAL))
    import devset  # the shared evaluation's scripts, found at run time
    import noharm

    docs = devset.load_docs("1")
    resources = devset.Resources(docs)
    texts = [
        bad for name in devset.CLASSES for _, bad, _, _ in devset.build_cases(name, docs, resources, 80, "1")
    ]
    return texts + [doc[-1] for doc in (*noharm.load_debref(), *noharm.load_fortunes())]


def inputs(with_eval: bool = False) -> list[str]:
    """The inputs, always in the same order."""
    lines = throughput.CORPUS.read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines if line.strip()]
    texts: list[str] = []
    for article in articles:
        texts += [article["text"] + "\n", article["title"] + "\n" + article["text"] + "\n"]
    for seed in range(3):
        rng = random.Random(seed)
        texts += [throughput._damage(article["text"] + "\n", rng) for article in articles]
    fixtures = sorted((ROOT / "tests" / "fixtures").rglob("*.txt"))
    for path in fixtures:
        try:
            texts.append(path.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue  # the decoder's legacy-encoding samples are bytes, not text inputs
    return texts + eval_inputs() if with_eval else texts


def digest(text: str) -> str:
    """A short digest of everything ``newsclean.run`` returns for ``text``."""
    return hashlib.sha256(repr(newsclean.run(text)).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("output", type=Path, help="where to write the digests, one a line")
    parser.add_argument("--compare", type=Path, help="digests of another revision: list inputs that differ")
    parser.add_argument("--show", type=int, help="print input number N (1-based) and its diagnostics")
    parser.add_argument("--eval", action="store_true",
                        help=f"add every input of the shared evaluation ({_EVAL}): about 5,000 more")
    args = parser.parse_args(argv)
    if args.eval and not _EVAL.is_dir():
        parser.error(f"--eval needs the shared evaluation at {_EVAL}")
    texts = inputs(args.eval)
    if args.show:
        text = texts[args.show - 1]
        print(repr(text[:2000]))
        for diagnostic in newsclean.run(text).diagnostics:
            print(diagnostic)
        return 0
    digests = [digest(text) for text in texts]
    args.output.write_text("\n".join(digests) + "\n", encoding="utf-8")
    print(f"{len(digests)} inputs -> {args.output}")
    if args.compare:
        old = args.compare.read_text(encoding="utf-8").split()
        changed = [number for number, (a, b) in enumerate(zip(old, digests, strict=False), 1) if a != b]
        if len(old) != len(digests):
            print(f"the input sets differ in size: {len(old)} against {len(digests)}")
            return 1
        print(f"{len(changed)} results differ" + (f": inputs {changed[:50]}" if changed else ""))
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
