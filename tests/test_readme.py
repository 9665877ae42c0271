"""The README's examples run: Python blocks, the settings file, and the shell examples
of configuration, exclusions and the user's words."""

from __future__ import annotations

import ast
import importlib
import importlib.util
import re
import shlex
from pathlib import Path

import pytest

from conftest import run_cli
from newsclean.settings import load_settings

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
BLOCK = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)
# "newsclean.clean(...)   # 'result'": a call whose comment is a string literal is a claim.
CLAIM = re.compile(r"^(?P<code>[^#\n]+?)\s+# (?P<value>'(?:[^'\\]|\\.)*')\s*$")


def _blocks(language: str) -> list[str]:
    return [body for lang, body in BLOCK.findall(README) if lang == language]


def _namespace() -> dict[str, object]:
    texts = ["It ended.Then  it began.", "Itâ€™s here."]
    namespace: dict[str, object] = {"text": texts[0], "texts": texts, "raw_bytes": "Café.".encode("cp1252")}
    namespace["newsclean"] = importlib.import_module("newsclean")
    if importlib.util.find_spec("dask") is not None and importlib.util.find_spec("pandas") is not None:
        import dask.bag as db
        import dask.dataframe as dd
        import pandas as pd

        namespace["bag"] = db.from_sequence(texts, npartitions=1)
        namespace["ddf"] = dd.from_pandas(pd.DataFrame({"text": texts}), npartitions=1)
    if importlib.util.find_spec("datasets") is not None:
        import datasets

        namespace["dataset"] = datasets.Dataset.from_dict({"text": texts})
    return namespace


@pytest.mark.parametrize("index", range(len(_blocks("python"))))
def test_python_examples_run_and_their_claims_hold(
    index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _blocks("python")[index]
    for marker, module in (("newsclean.dask", "dask.dataframe"), ("datatrove", "datatrove"),
                           ("orjson", "orjson"), ("dataset.map", "datasets")):
        if marker in source or (marker == "orjson" and "JsonlReader" in source):
            pytest.importorskip(module)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "raw").mkdir()
    record = '{"id": "1", "text": "It ended.Then it began."}\n'
    (tmp_path / "raw" / "a.jsonl").write_text(record, encoding="utf-8")
    namespace = _namespace()
    exec(compile(source, f"README python block {index}", "exec"), namespace)
    for line in source.splitlines():
        claim = CLAIM.match(line)
        if claim and "=" not in claim.group("code").split("(")[0]:
            value = eval(claim.group("code"), namespace)
            assert value == ast.literal_eval(claim.group("value")), line


def test_the_settings_example_is_valid(tmp_path: Path) -> None:
    (toml,) = _blocks("toml")
    (tmp_path / "pyproject.toml").write_text(toml, encoding="utf-8")
    (tmp_path / "words.txt").write_text("# ours\nNew Acme Times\n", encoding="utf-8")
    (tmp_path / "spelling.txt").write_text("acmee->Acme\n", encoding="utf-8")
    settings = load_settings(tmp_path / "pyproject.toml")
    assert settings.ignore == ("CA04",)
    assert settings.per_file_ignores == (("wire/*.txt", ("TY",)),)
    story = tmp_path / "wire" / "story.txt"
    story.parent.mkdir()
    story.write_text("The acmee board met.Then it left.\n", encoding="utf-8")
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text("It ended.Then it began.\n", encoding="utf-8")
    code, out, _ = run_cli(["--check", str(tmp_path)])
    assert code == 1
    assert "archive" not in out  # extend-exclude
    assert "SP01" in out
    assert "TY01" not in out  # per-file-ignores: no TY in wire/
    assert run_cli(["--show-settings", str(tmp_path)])[0] == 0


def test_the_dictionary_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    block = next(body for body in _blocks("sh") if "--dictionary" in body)
    printf, command = block.strip().splitlines()
    monkeypatch.chdir(tmp_path)
    content = shlex.split(printf)[1].replace("\\n", "\n")
    (tmp_path / "spelling.txt").write_text(content, encoding="utf-8")
    (tmp_path / "story.txt").write_text(
        "The acmee board met on Monday, said teh chair. Its plan was alot worse.\n", encoding="utf-8"
    )
    code, out, _ = run_cli(shlex.split(command)[1:])
    assert code == 1
    assert "'acmee' → 'Acme'" in out
    assert "'alot' (not fixed)" in out
    assert "teh" not in out  # a known word


def test_parquet_examples(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    block = next(body for body in _blocks("sh") if "--parquet" in body)
    monkeypatch.chdir(tmp_path)
    table = pa.table({"text": ["It ended.Then it began.", None], "body": ["Fine.", "It ended.Then"]})
    pq.write_table(table, tmp_path / "articles.parquet")
    (tmp_path / "shards").mkdir()
    pq.write_table(table, tmp_path / "shards" / "0.parquet")
    codes = []
    for line in block.strip().splitlines():
        command = shlex.split(line.split("  #")[0])
        codes.append(run_cli(command[1:])[0])
    assert codes == [1, 0, 0]
    assert pq.read_table(tmp_path / "clean.parquet")["body"].to_pylist() == ["Fine.", "It ended. Then"]
    shard = pq.read_table(tmp_path / "shards" / "0.parquet")
    assert shard["text"].to_pylist() == ["It ended. Then it began.", None]
