"""In-place writes keep what the file was: owner, group, links, concurrent appends."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsclean.files import TEMPORARY_SUFFIX, AtomicWriter, WriteError, write_atomic


def test_a_long_file_name_gets_a_short_temporary_name(tmp_path: Path) -> None:
    path = tmp_path / ("長" * 80 + ".txt")  # 80 CJK characters: 243 bytes of name
    path.write_text("old\n", encoding="utf-8")
    write_atomic(path, b"new\n")
    assert path.read_bytes() == b"new\n"
    assert not list(tmp_path.glob("*" + TEMPORARY_SUFFIX))


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file away")
def test_root_keeps_the_owner_and_group(tmp_path: Path) -> None:
    path = tmp_path / "theirs.txt"
    path.write_text("old\n", encoding="utf-8")
    os.chown(path, 65534, 65534)
    os.chmod(path, 0o640)
    write_atomic(path, b"new\n")
    info = path.stat()
    assert (info.st_uid, info.st_gid, info.st_mode & 0o777) == (65534, 65534, 0o640)


def test_a_hard_linked_file_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("old\n", encoding="utf-8")
    os.link(path, tmp_path / "b.txt")
    with pytest.raises(WriteError, match="hard links"):
        write_atomic(path, b"new\n")
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == "old\n"


def test_a_file_that_changed_meanwhile_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "growing.log.txt"
    path.write_text("old\n", encoding="utf-8")
    writer = AtomicWriter(path)

    def clean_while_another_process_appends() -> None:
        with writer:
            writer.write(b"new\n")
            with path.open("a", encoding="utf-8") as handle:
                handle.write("appended meanwhile\n")

    with pytest.raises(WriteError, match="changed while"):
        clean_while_another_process_appends()
    assert path.read_text(encoding="utf-8") == "old\nappended meanwhile\n"
    assert not list(tmp_path.glob("*" + TEMPORARY_SUFFIX))


def _dead_pid() -> int:
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_stale_temporary_files_of_a_killed_run_are_removed(tmp_path: Path) -> None:
    from conftest import run_cli

    article = tmp_path / "a.txt"
    article.write_text("It ended.Then it began.\n", encoding="utf-8")
    stale = tmp_path / f".nc-{_dead_pid()}-abcd1234{TEMPORARY_SUFFIX}"
    stale.write_bytes(b"half a file")
    os.utime(stale, (1_000_000_000, 1_000_000_000))
    live = tmp_path / f".nc-{os.getpid()}-efgh5678{TEMPORARY_SUFFIX}"  # a run in progress
    live.write_bytes(b"being written")
    os.utime(live, (1_000_000_000, 1_000_000_000))
    fresh = tmp_path / f".nc-{_dead_pid()}-ijkl9012{TEMPORARY_SUFFIX}"  # too recent to judge
    fresh.write_bytes(b"just now")
    someone_elses = tmp_path / ".nc-notes.txt"
    someone_elses.write_bytes(b"not ours")
    code, _, err = run_cli(["-i", str(article)])
    assert code == 0
    assert not stale.exists()
    assert "left by a run that was killed" in err
    assert live.exists()
    assert fresh.exists()
    assert someone_elses.exists()
