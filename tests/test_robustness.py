"""Crash-safe writes and hostile files: each gets a defined, tested outcome."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import newsclean.files
from conftest import run_cli
from newsclean.files import AtomicWriter, WriteError

DIRTY = "It ended.Then  it began.\n"


def _only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- crash-safe writes ------------------------------------------------------------


@pytest.mark.parametrize("failing", ["fsync", "replace", "chmod"])
def test_failure_in_the_middle_of_in_place_keeps_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(DIRTY.encode())

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(newsclean.files.os, failing, fail)
    code, _, err = run_cli(["-i", str(path)])
    assert code == 2
    assert "No space left on device" in err
    assert path.read_bytes() == DIRTY.encode()
    assert _only(tmp_path) == ["a.txt"]  # no temporary file behind


def test_interrupt_while_writing_keeps_the_original(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"original\n")

    def interrupted_write() -> None:
        with AtomicWriter(path) as writer:
            writer.write(b"half of the new")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted_write()
    assert path.read_bytes() == b"original\n"
    assert _only(tmp_path) == ["a.txt"]


def test_failure_in_the_middle_of_a_jsonl_rewrite_keeps_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.jsonl"
    original = b'{"text": "a.Then"}\n' * 50
    path.write_bytes(original)
    calls = 0
    real_write = AtomicWriter.write

    def write_then_fail(self: AtomicWriter, data: bytes) -> None:
        nonlocal calls
        calls += 1
        if calls == 20:
            raise OSError(5, "Input/output error")
        real_write(self, data)

    monkeypatch.setattr(AtomicWriter, "write", write_then_fail)
    code, _, err = run_cli(["--jsonl", "-i", str(path)])
    assert code == 2
    assert "Input/output error" in err
    assert path.read_bytes() == original
    assert _only(tmp_path) == ["a.jsonl"]


def test_discard_keeps_the_original(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"original\n")
    with AtomicWriter(path) as writer:
        writer.write(b"new\n")
        writer.discard()
    assert path.read_bytes() == b"original\n"
    assert _only(tmp_path) == ["a.txt"]


def test_symlink_target_is_replaced_and_link_kept(tmp_path: Path) -> None:
    target = tmp_path / "target.jsonl"
    target.write_bytes(b'{"text": "It ended.Then"}\n')
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    assert run_cli(["--jsonl", "-i", str(link)])[0] == 0
    assert link.is_symlink()
    assert target.read_bytes() == b'{"text": "It ended. Then"}\n'


def test_dangling_symlink_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "missing.txt")
    code, _, err = run_cli(["-i", str(link)])
    assert code == 2
    assert "no such file" in err
    assert link.is_symlink()


def test_read_only_file_gives_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "ro.jsonl"
    path.write_bytes(b'{"text": "a.Then"}\n')
    path.chmod(0o444)
    code, _, err = run_cli(["--jsonl", "-i", str(path)])
    assert code == 2
    assert "read-only" in err
    with pytest.raises(WriteError, match="read-only"):
        AtomicWriter(path)


# --- hostile files ------------------------------------------------------------------


def test_empty_file_stays_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert run_cli([str(path)]) == (0, "", "")
    assert run_cli(["--check", str(path)])[0] == 0
    assert run_cli(["-i", str(path)])[0] == 0
    assert path.read_bytes() == b""


def test_whitespace_only_file_becomes_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \t\n\n   \n\t\n")
    assert run_cli([str(path)])[:2] == (0, "")
    assert run_cli(["-i", str(path)])[0] == 0
    assert path.read_bytes() == b""


def test_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # 100 MB of one line
        chunk = b"word " * 200_000
        for _ in range(100):
            handle.write(chunk)
    code, out, err = run_cli(["--check", str(path)])
    assert (code, out) == (2, "")
    assert "100.0 MB, over the limit of 20.0 MB" in err
    assert err.count("\n") == 1


def test_size_limit_is_configurable_and_applies_to_stdin_and_records(tmp_path: Path) -> None:
    assert run_cli(["--max-bytes", "10", "-"], stdin=b"0123456789AB")[0] == 2
    assert run_cli(["--max-bytes", "0", "-"], stdin=b"a  b") == (0, "a b\n", "")
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "' + b"x" * 100 + b'.Then"}\n{"text": "It ended.Then"}\n')
    code, out, err = run_cli(["--jsonl", "--max-bytes", "50", str(path)])
    assert code == 0
    assert ":1: record of 118 bytes, over the limit of 50 bytes" in err
    assert out.splitlines()[1] == '{"text": "It ended. Then"}'


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(os.urandom(64) + b"\x00\x00\x00")
    code, _, err = run_cli(["--check", str(path)])
    assert code == 2
    assert "binary data" in err


def test_invalid_utf8_in_the_middle_of_utf8_keeps_the_utf8(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes("Café in Zürich.\n".encode() + b"It\x92s fine.\n")
    code, out, _ = run_cli([str(path)])
    assert code == 0
    assert out == "Café in Zürich.\nIt’s fine.\n"
    code, out, _ = run_cli(["--check", str(path)])
    assert code == 1
    assert "EN00" in out
    assert "utf-8+cp1252" in out


def test_mixed_line_endings_are_written_in_the_majority_style(tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"One.\r\nTwo.\r\nThree.\nFour.Then\r\n")
    assert run_cli(["-i", str(path)])[0] == 0
    assert path.read_bytes() == b"One.\r\nTwo.\r\nThree.\r\nFour. Then\r\n"


def test_lone_carriage_returns_are_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "mac.txt"
    path.write_bytes(b"One.\rTwo.Then\r")
    assert run_cli([str(path)])[1] == "One.\nTwo. Then\n"
    assert run_cli(["-i", str(path)])[0] == 0
    assert path.read_bytes() == b"One.\rTwo. Then\r"
