"""JSON lines through the CLI: one field cleaned, the rest kept, no record dropped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run_cli
from newsclean.jsonl import LineCleaner
from newsclean.model import Config

RECORDS = [
    b'{"id": 1, "text": "It ended.Then  it began.", "meta": {"lang": "en"}}\n',
    b'{"id": 2, "text": "Fine.\\n"}\n',
    b"not json at all\n",
    b'{"id":3,"text":"caf\\u00e9 ok.Yes"}\r\n',
    b"[1, 2]\n",
    b'{"id": 4, "body": "no text field"}\n',
    b"\n",
    b'{"id": 5, "text": "It\xe2\x80\x99s here.Yes"}',
]


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"".join(RECORDS))
    return path


def _lines(data: bytes) -> list[bytes]:
    return data.splitlines(keepends=True)


def test_cleans_the_field_and_keeps_everything_else(dump: Path) -> None:
    code, out, err = run_cli(["--jsonl", str(dump)])
    assert code == 0
    lines = _lines(out.encode())
    assert len(lines) == len(RECORDS)
    first = json.loads(lines[0])
    assert first == {"id": 1, "text": "It ended. Then it began.", "meta": {"lang": "en"}}
    assert list(first) == ["id", "text", "meta"]  # key order kept
    assert lines[1] == RECORDS[1]  # unchanged records are written back byte for byte
    # The style of the line is kept: compact separators, ASCII escapes, CRLF.
    assert lines[3] == b'{"id":3,"text":"caf\\u00e9 ok. Yes"}\r\n'
    assert lines[7] == '{"id": 5, "text": "It’s here. Yes"}'.encode()
    assert f"{dump}:3: malformed JSON" in err
    assert f"{dump}:5: not a JSON object" in err
    assert f"{dump}:6: record has no field 'text'" in err
    assert ":7:" not in err  # a blank line is not a record


def test_malformed_lines_pass_through_unchanged(dump: Path) -> None:
    out = run_cli(["--jsonl", str(dump)])[1].encode()
    lines = _lines(out)
    for index in (2, 4, 5, 6):
        assert lines[index] == RECORDS[index]


def test_strict_stops_with_exit_2_and_leaves_the_file_alone(dump: Path) -> None:
    before = dump.read_bytes()
    code, _, err = run_cli(["--jsonl", "--strict", "-i", str(dump)])
    assert code == 2
    assert f"{dump}:3: malformed JSON" in err
    assert dump.read_bytes() == before
    assert [p.name for p in dump.parent.iterdir()] == [dump.name]


def test_other_field(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "a  b", "body": "It ended.Then"}\n', encoding="utf-8")
    out = run_cli(["--jsonl", "--field", "body", str(path)])[1]
    assert json.loads(out) == {"text": "a  b", "body": "It ended. Then"}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_in_place_rewrites_changed_records(dump: Path, jobs: str) -> None:
    code, _, err = run_cli(["--jsonl", "-i", "-j", jobs, str(dump)])
    assert code == 0
    assert "3 of 4 record(s) changed" in err
    lines = _lines(dump.read_bytes())
    assert len(lines) == len(RECORDS)
    assert json.loads(lines[0])["text"] == "It ended. Then it began."
    assert lines[2] == RECORDS[2]
    assert run_cli(["--jsonl", "--check", str(dump)])[0] == 0  # idempotent


def test_in_place_leaves_an_unchanged_file_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(RECORDS[1])
    mtime = path.stat().st_mtime_ns
    assert run_cli(["--jsonl", "-i", str(path)])[0] == 0
    assert path.stat().st_mtime_ns == mtime


def test_check_reports_record_line_and_exits_1(dump: Path) -> None:
    code, out, err = run_cli(["--jsonl", "--check", "--statistics", str(dump)])
    assert code == 1
    assert f"{dump}:1:1:10: SP01" in out
    assert f"{dump}:4:1:9: SP01" in out
    assert "SP01  missing-space-after-sentence" in err
    assert "would change 3 of 4 record(s)" in err


def test_check_json_format_is_one_array(dump: Path) -> None:
    code, out, _ = run_cli(["--jsonl", "--check", "--format", "json", "-q", str(dump)])
    assert code == 1
    assert out == ""  # -q prints nothing
    code, out, _ = run_cli(["--jsonl", "--check", "--format", "json", str(dump)])
    items = json.loads(out)
    assert {(item["path"], item["record"]) for item in items} == {(str(dump), n) for n in (1, 4, 8)}
    assert all(item["end_line"] >= item["line"] for item in items)


def test_diff_has_one_hunk_per_changed_record(dump: Path) -> None:
    code, out, _ = run_cli(["--jsonl", "--diff", str(dump)])
    assert code == 0
    assert out.count(f"--- a/{dump}") == 1
    assert "@@ -1 +1 @@" in out
    assert "@@ -4 +4 @@" in out
    assert "@@ -2 +2 @@" not in out


def test_annotate_adds_diagnostics_to_every_record(dump: Path) -> None:
    out = run_cli(["--jsonl", "--annotate", str(dump)])[1]
    lines = _lines(out.encode())
    first, second = json.loads(lines[0]), json.loads(lines[1])
    assert [d["code"] for d in first["newsclean"]] == ["SP01", "WS02"]
    assert first["newsclean"][0]["context_after"] == "ended. Then"
    assert second["newsclean"] == []
    assert lines[2] == RECORDS[2]


def test_reads_stdin() -> None:
    code, out, _ = run_cli(["--jsonl", "-"], stdin=RECORDS[0])
    assert code == 0
    assert json.loads(out)["text"] == "It ended. Then it began."


def test_invalid_utf8_line_is_reported_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "caf\xe9"}\n' + RECORDS[0])
    code, _, err = run_cli(["--jsonl", "-i", str(path)])
    assert code == 0
    assert ":1: not UTF-8" in err
    assert path.read_bytes().startswith(b'{"text": "caf\xe9"}\n')


@pytest.mark.parametrize("flag", ["--annotate", "--strict", "--field=x"])
def test_jsonl_flags_need_jsonl(flag: str, tmp_path: Path) -> None:
    code, _, err = run_cli([flag, "-"])
    assert code == 2
    assert "works with --jsonl" in err


def test_in_place_refuses_stdin() -> None:
    assert run_cli(["--jsonl", "-i", "-"])[0] == 2


def test_line_cleaner_is_picklable() -> None:
    import pickle

    cleaner = pickle.loads(pickle.dumps(LineCleaner("body", Config(ignore=("WS",)), annotate=True)))
    assert (cleaner.field, cleaner.config.ignore, cleaner.annotate) == ("body", ("WS",), True)


# Issue 20: only the cleaned field's bytes change; no traceback on any line; compressed
# dumps; a run with no usable record is an error.


def test_only_the_field_value_bytes_change() -> None:
    cleaner = LineCleaner("text", Config())
    raw = b'{"id": 1.10, "n": 1e5, "text": "It works.Yes", "text" : "Dup works.Yes", "k": [1.0]}\n'
    out = cleaner(raw).output
    expected = b'{"id": 1.10, "n": 1e5, "text": "It works.Yes", "text" : "Dup works. Yes", "k": [1.0]}\n'
    assert out == expected
    assert json.loads(out)["text"] == "Dup works. Yes"  # json.loads reads the last duplicate


def test_escapes_follow_the_value_and_lone_surrogates_stay_escaped() -> None:
    cleaner = LineCleaner("text", Config())
    escaped = cleaner(b'{"text": "caf\\u00e9 ok.Yes", "z": "\xc3\xa9"}\n').output
    assert escaped == b'{"text": "caf\\u00e9 ok. Yes", "z": "\xc3\xa9"}\n'
    surrogate = cleaner(b'{"text": "The man said it was bad \\ud800 here.Yes \xc3\xa9"}\n').output
    assert surrogate == b'{"text": "The man said it was bad \\ud800 here. Yes \\u00e9"}\n'


def test_deep_nesting_is_passed_through_not_raised() -> None:
    cleaner = LineCleaner("text", Config())
    raw = b'{"a": ' + b"[" * 5000 + b"]" * 5000 + b', "text": "x"}\n'
    outcome = cleaner(raw)
    assert outcome.output == raw
    assert outcome.problem == "nested too deeply to read; passed through"


def test_annotations_are_added_in_the_line_style() -> None:
    cleaner = LineCleaner("text", Config(), annotate=True)
    out = cleaner(b'{"id":1,"text":"It works.Yes"}\n').output
    assert out.startswith(b'{"id":1,"text":"It works. Yes","newsclean":[{')
    assert json.loads(out)["newsclean"][0]["code"] == "SP01"


@pytest.mark.parametrize("codec", ["gzip", "bz2", "lzma"])
def test_compressed_dumps_are_read_and_written_back_compressed(tmp_path: Path, codec: str) -> None:
    import bz2
    import gzip
    import lzma

    module = {"gzip": gzip, "bz2": bz2, "lzma": lzma}[codec]
    path = tmp_path / "dump.jsonl"  # the name says nothing: the magic bytes do
    path.write_bytes(module.compress(b'{"text": "It ended.Then it began."}\n{"text": "Fine.\\n"}\n'))
    code, out, _ = run_cli(["--jsonl", "--check", str(path)])
    assert code == 1
    assert "SP01" in out
    assert run_cli(["--jsonl", "-i", str(path)])[0] == 0
    expected = b'{"text": "It ended. Then it began."}\n{"text": "Fine.\\n"}\n'
    assert module.decompress(path.read_bytes()) == expected


def test_a_run_without_a_usable_record_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "binary.jsonl"
    path.write_bytes(b"\x00\x01 not json\nstill not\n")
    code, _, err = run_cli(["--jsonl", "--check", str(path)])
    assert code == 2
    assert "no usable record" in err
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"\n")
    assert run_cli(["--jsonl", "--check", str(empty)])[0] == 0
