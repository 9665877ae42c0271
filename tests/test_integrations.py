"""LLM-data pipelines: a datatrove step, Parquet files, Hugging Face datasets.

Each part is skipped when its extra is not installed (CI installs them all).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from conftest import corpus, run_cli

GLUED = "Story {n} ended.Then  it began. Itâ€™s here."


def _texts(count: int) -> list[str]:
    """Real articles, half of them damaged, for the pipelines to clean."""
    articles = [record["text"] for record in corpus()]
    texts = []
    for n in range(count):
        text = articles[n % len(articles)]
        texts.append(text if n % 2 else GLUED.format(n=n) + "\n\n" + text)
    return texts


# --- clean_batch (needs nothing) ---------------------------------------------------


def test_clean_batch_cleans_one_column_and_keeps_the_rest() -> None:
    batch = {"id": [1, 2, 3], "text": ["It works.Yes", None, "Fine."], "lang": ["en", "en", "en"]}
    out = newsclean.clean_batch(batch)
    assert out == {"id": [1, 2, 3], "text": ["It works. Yes", None, "Fine."], "lang": ["en", "en", "en"]}
    assert batch["text"][0] == "It works.Yes"  # the input is not modified
    found = newsclean.clean_batch({"body": ["It works.Yes"]}, "body", ignore="WS", diagnostics="d")
    assert [d["code"] for d in json.loads(found["d"][0])] == ["SP01"]
    with pytest.raises(KeyError, match="no column 'text'"):
        newsclean.clean_batch({"body": ["x"]})
    with pytest.raises(TypeError, match="not a string"):
        newsclean.clean_batch({"text": [3]})
    with pytest.raises(newsclean.UnknownRuleError):
        newsclean.clean_batch({"text": ["x"]}, select="XX99")


# --- Hugging Face datasets ------------------------------------------------------------


def test_datasets_map_recipe() -> None:
    datasets = pytest.importorskip("datasets")
    texts = _texts(40)
    rows = {"id": list(range(41)), "text": [*texts, None]}
    dataset = datasets.Dataset.from_dict(rows)
    cleaned = dataset.map(newsclean.clean_batch, batched=True, batch_size=8, num_proc=2)
    assert cleaned["text"][:-1] == list(newsclean.clean_many(texts))
    assert cleaned["text"][-1] is None
    assert cleaned["id"] == rows["id"]
    options = {"ignore": "CA", "diagnostics": "newsclean"}
    annotated = dataset.map(newsclean.clean_batch, batched=True, fn_kwargs=options)
    assert annotated.column_names == ["id", "text", "newsclean"]
    assert "SP01" in {d["code"] for d in json.loads(annotated["newsclean"][0])}


# --- datatrove ---------------------------------------------------------------------


def test_datatrove_pipeline_gives_the_texts_of_clean_many_and_per_rule_stats(tmp_path: Path) -> None:
    pytest.importorskip("datatrove")
    pytest.importorskip("orjson")
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from newsclean.datatrove import NewscleanFormatter

    texts = _texts(1000)
    source = tmp_path / "raw"
    source.mkdir()
    with (source / "part.jsonl").open("w", encoding="utf-8") as handle:
        for n, text in enumerate(texts):
            handle.write(json.dumps({"id": str(n), "text": text}) + "\n")
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(source)),
            NewscleanFormatter(diagnostics_key="newsclean"),
            JsonlWriter(str(tmp_path / "clean"), compression=None),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()
    records = []
    for path in sorted((tmp_path / "clean").glob("*.jsonl")):
        records += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    records.sort(key=lambda record: int(record["id"]))
    assert [record["text"] for record in records] == list(newsclean.clean_many(texts))
    assert [d["code"] for d in records[0]["metadata"]["newsclean"]][:2] == ["EN01", "SP01"]
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    (step,) = (entry for entry in stats if "newsclean" in entry["name"])
    counts = {
        key: value["total"] if isinstance(value, dict) else value for key, value in step["stats"].items()
    }
    assert counts["total"] == 1000
    assert counts["SP01"] >= 500  # every damaged text has a glued sentence
    assert counts["EN01"] >= 500
    assert counts["changed"] >= 500


# --- Parquet -----------------------------------------------------------------------


@pytest.fixture
def parquet_file(tmp_path: Path) -> Path:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    texts = _texts(1200)
    table = pa.table(
        {
            "id": pa.array(range(1201), pa.int64()),
            "text": pa.array([*texts[:600], None, *texts[600:]], pa.large_string()),
            "score": pa.array([n / 7 for n in range(1201)], pa.float64()),
            "tags": pa.array([[f"t{n % 5}"] for n in range(1201)], pa.list_(pa.string())),
        },
        metadata={b"source": b"newsclean test"},
    )
    path = tmp_path / "articles.parquet"
    pq.write_table(table, path, row_group_size=500, compression="zstd")
    return path


def test_parquet_round_trip_keeps_every_other_column_and_nulls(parquet_file: Path, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    target = tmp_path / "out.parquet"
    code, out, err = run_cli(["--parquet", "-o", str(target), str(parquet_file)])
    assert (code, out, err) == (0, "", "")
    before, after = pq.read_table(parquet_file), pq.read_table(target)
    assert after.schema.equals(before.schema, check_metadata=True)
    for name in ("id", "score", "tags"):
        assert after[name].equals(before[name])
    texts = before["text"].to_pylist()
    expected = [None if text is None else newsclean.clean(text) for text in texts]
    assert after["text"].to_pylist() == expected
    assert after["text"][600].as_py() is None
    assert pq.ParquetFile(target).metadata.row_group(0).column(0).compression == "ZSTD"


def test_parquet_check_reports_rows_and_in_place_is_atomic(parquet_file: Path) -> None:
    import pyarrow.parquet as pq

    original = parquet_file.read_bytes()
    code, out, err = run_cli(["--parquet", "--check", str(parquet_file)])
    assert code == 1
    assert out.startswith(f"{parquet_file}:0:1:15: SP01 ")  # file:ROW:LINE:COLUMN, rows from 0
    texts = [t for t in pq.read_table(parquet_file)["text"].to_pylist() if t is not None]
    changing = sum(newsclean.clean(text) != text for text in texts)
    assert err.endswith(f"would change {changing} of 1201 row(s)\n")
    assert parquet_file.read_bytes() == original
    items = json.loads(run_cli(["--parquet", "--check", "--format", "json", str(parquet_file)])[1])
    assert {item["record"] for item in items if item["code"] == "SP01"} == set(range(0, 600, 2)) | set(
        range(601, 1201, 2)
    )
    assert run_cli(["--parquet", "-i", str(parquet_file)])[0] == 0
    assert parquet_file.read_bytes() != original
    assert run_cli(["--parquet", "--check", str(parquet_file)])[0] == 0
    assert not [name for name in os.listdir(parquet_file.parent) if name.startswith(".newsclean")]


def test_parquet_errors_stop_before_anything_is_written(parquet_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.parquet"
    code, _, err = run_cli(["--parquet", "--field", "id", "-o", str(target), str(parquet_file)])
    assert code == 2
    assert "column 'id' is int64, not a string column" in err
    assert not target.exists()
    code, _, err = run_cli(["--parquet", "--field", "body", "-i", str(parquet_file)])
    assert code == 2
    assert "no column 'body'" in err
    assert run_cli(["--parquet", str(parquet_file)])[0] == 2  # nowhere to write
    assert run_cli(["-o", str(target), str(parquet_file)])[0] == 2  # -o is for Parquet
    not_parquet = tmp_path / "x.parquet"
    not_parquet.write_text("hello", encoding="utf-8")
    code, _, err = run_cli(["--parquet", "--check", str(not_parquet)])
    assert code == 2
    assert "not a readable Parquet file" in err


def _peak_megabytes(argv: list[str]) -> int:
    script = (
        "import resource, sys\n"
        "from newsclean.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n"
        "sys.exit(code)\n"
    )
    command = [sys.executable, "-c", script, *argv]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split()[-1])


def test_parquet_memory_does_not_grow_with_the_file(parquet_file: Path, tmp_path: Path) -> None:
    """The file is read and written in batches: four times the rows, the same memory.
    (benchmarks/parquet_memory.py measures a 200 MB file.)"""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(parquet_file)
    peaks = []
    for rounds in (4, 16):
        big = tmp_path / f"big{rounds}.parquet"
        with pq.ParquetWriter(big, table.schema, compression="zstd") as writer:
            for number in range(rounds):  # distinct rows, so compression cannot hide the size
                suffix = pa.array([f" Round {number}."] * table.num_rows)
                texts = pc.binary_join_element_wise(table["text"].cast(pa.string()), suffix, "")
                writer.write_table(table.set_column(1, "text", texts.cast(pa.large_string())))
        argv = ["--parquet", "--select", "WS,EN07", "-o", str(tmp_path / "out.parquet"), str(big)]
        peaks.append(_peak_megabytes(argv))
    assert pq.ParquetFile(tmp_path / "big16.parquet").metadata.num_rows == 16 * 1201
    assert peaks[1] - peaks[0] < 40, peaks  # MB; the text grew by about 30 MB
