"""Resident memory of `newsclean --parquet` on a large file (issue 22: under 300 MB for 200 MB).

    python benchmarks/parquet_memory.py [--megabytes 200] [--jobs 1] [--keep]

Builds a Parquet file of about --megabytes of article text (the corpus articles, half
of them damaged, each copy made distinct) with four other columns, cleans it with the
default rules into a second file, checks that every other column is equal after the
round trip, and prints the largest resident set of the cleaning process and of its
workers (ru_maxrss), the time, and the text size.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus" / "articles.jsonl"
DAMAGE = "Story {n} ended.Then  it began. Itâ€™s here.\n\n"


def build(path: Path, megabytes: float) -> float:
    articles = [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8")]
    texts = [DAMAGE.format(n=n) + text if n % 2 else text for n, text in enumerate(articles)]
    base = pa.array(texts, pa.string())
    size = sum(len(text.encode()) for text in texts)
    rounds = max(1, round(megabytes * 1e6 / size))
    schema = pa.schema([("id", pa.int64()), ("text", pa.large_string()), ("score", pa.float64()),
                        ("url", pa.string()), ("tags", pa.list_(pa.string()))])
    total = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for r in range(rounds):
            suffix = pa.array([f" (copy {r})"] * len(texts))
            column = pc.binary_join_element_wise(base, suffix, "").cast(pa.large_string())
            ids = pa.array(range(r * len(texts), (r + 1) * len(texts)), pa.int64())
            table = pa.table({
                "id": ids, "text": column, "score": pc.divide(pc.cast(ids, pa.float64()), 7.0),
                "url": pa.array([f"https://example.org/{r}/{n}" for n in range(len(texts))]),
                "tags": pa.array([[f"t{n % 5}", "news"] for n in range(len(texts))]),
            }, schema=schema)
            writer.write_table(table, row_group_size=2048)
            total += sum(len(t.encode()) for t in column.to_pylist())
    return total / 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=200)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the files (printed)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="newsclean-parquet-"))
    source, target = folder / "in.parquet", folder / "out.parquet"
    text_mb = build(source, args.megabytes)
    started = time.perf_counter()
    command = [sys.executable, "-m", "newsclean", "--parquet", "-j", str(args.jobs), "-o", str(target), str(source)]
    subprocess.run(command, check=True)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    before, after = pq.ParquetFile(source), pq.ParquetFile(target)
    for name in ("id", "score", "url", "tags"):
        for group in range(before.metadata.num_row_groups):
            assert before.read_row_group(group, [name]).column(0).equals(
                pq.read_table(target, columns=[name]).slice(
                    sum(before.metadata.row_group(g).num_rows for g in range(group)),
                    before.metadata.row_group(group).num_rows,
                ).column(0)
            ), name
    print(f"text {text_mb:.0f} MB in {before.metadata.num_rows} rows ({source.stat().st_size / 1e6:.0f} MB on disk); "
          f"-j {args.jobs}: {elapsed:.0f} s, {text_mb / elapsed:.2f} MB/s; largest resident set {peak:.0f} MB; "
          f"other columns equal after the round trip: yes; rows {after.metadata.num_rows}")
    if args.keep:
        print(folder)
    else:
        source.unlink()
        target.unlink()
        folder.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())
