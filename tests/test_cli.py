"""The command line, in process through main(argv), and once through python -m."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARTICLES, run_cli
from newsclean.cli import main

DIRTY = "It ended.Then  it began.\n"
CLEAN = "It ended. Then it began.\n"


@pytest.fixture
def dirty(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(DIRTY, encoding="utf-8")
    return path


def test_prints_cleaned_text_of_one_file(dirty: Path) -> None:
    assert run_cli([str(dirty)]) == (0, CLEAN, "")


def test_reads_stdin_with_dash_or_no_path() -> None:
    assert run_cli(["-"], DIRTY.encode())[:2] == (0, CLEAN)
    assert run_cli([], DIRTY.encode())[:2] == (0, CLEAN)


def test_check_reports_and_exits_1_without_writing(dirty: Path) -> None:
    code, out, err = run_cli(["--check", str(dirty)])
    assert code == 1
    assert f"{dirty}:1:10: SP01 Missing space after a sentence-ending period" in out
    assert "'ended.Then' → 'ended. Then'" in out
    assert "would change 1 of 1" in err
    assert dirty.read_text(encoding="utf-8") == DIRTY


def test_check_on_clean_file_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "clean.txt"
    path.write_text(CLEAN, encoding="utf-8")
    assert run_cli(["--check", str(path)])[0] == 0


def test_quiet_check_prints_nothing(dirty: Path) -> None:
    assert run_cli(["--check", "-q", str(dirty)]) == (1, "", "")


def test_diff_shows_unified_diff(dirty: Path) -> None:
    code, out, _ = run_cli(["--diff", str(dirty)])
    assert code == 0
    assert f"--- a/{dirty}" in out
    assert "-It ended.Then  it began." in out
    assert "+It ended. Then it began." in out


def test_in_place_rewrites_atomically_keeping_mode_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(DIRTY.replace("\n", "\r\n").encode())
    path.chmod(0o640)
    assert run_cli(["-i", str(path)])[0] == 0
    assert path.read_bytes() == CLEAN.replace("\n", "\r\n").encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_in_place_does_not_rewrite_unchanged_files(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(CLEAN, encoding="utf-8")
    os.utime(path, (1_000_000, 1_000_000))
    assert run_cli(["-i", str(path)])[0] == 0
    assert path.stat().st_mtime == 1_000_000


def test_in_place_writes_utf8_for_legacy_input(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("It’s fine.\n".encode("cp1252"))
    code, out, _ = run_cli(["--check", str(path)])
    assert code == 1
    assert "EN00" in out
    assert "cp1252" in out
    assert run_cli(["-i", str(path)])[0] == 0
    assert path.read_bytes() == "It’s fine.\n".encode()


@pytest.mark.parametrize(
    "selection", [["--ignore", "EN00"], ["--ignore", "non-utf8-file"], ["--select", "SP"]]
)
def test_en00_off_keeps_the_file_encoding(tmp_path: Path, selection: list[str]) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Café talks.It went on.\n".encode("cp1252"))
    code, out, _ = run_cli(["--check", *selection, str(path)])
    assert code == 1
    assert "EN00" not in out
    assert "SP01" in out
    assert run_cli(["-i", *selection, str(path)])[0] == 0
    assert path.read_bytes() == "Café talks. It went on.\n".encode("cp1252")
    assert run_cli(["--check", *selection, str(path)])[0] == 0  # nothing left to change


def test_en00_off_keeps_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("\ufeffCafé talks.It went on.\n".encode("utf-16-le"))
    assert run_cli(["-i", "--ignore", "EN00", str(path)])[0] == 0
    assert path.read_bytes() == "\ufeffCafé talks. It went on.\n".encode("utf-16-le")


def test_en00_off_still_writes_utf8_when_the_encoding_cannot_hold_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Café &#x2192; here.\n".encode("cp1252"))
    code, out, _ = run_cli(["--check", "--ignore", "EN00", str(path)])
    assert code == 1
    assert "cp1252 cannot write '→'" in out
    assert run_cli(["-i", "--ignore", "EN00", str(path)])[0] == 0
    assert path.read_bytes() == "Café → here.\n".encode()


def test_a_closed_output_pipe_ends_quietly_with_141(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text("".join(json.dumps({"text": f"Line {n}.It ends."}) + "\n" for n in range(20000)))
    command = [sys.executable, "-m", "newsclean", "--jsonl", str(path)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.read(10)
        process.stdout.close()  # the reader goes away, as "| head -c 10" does
        error = process.stderr.read()
        assert process.wait(timeout=60) == 141
    assert error == b""


def test_en00_is_listed_and_explained() -> None:
    assert "| EN00 | non-utf8-file | yes |" in run_cli(["--list-rules"])[1]
    code, out, _ = run_cli(["--explain", "EN00"])
    assert code == 0
    assert "File is not UTF-8" in out


def test_in_place_follows_symlinks(tmp_path: Path) -> None:
    target = tmp_path / "target.txt"
    target.write_text(DIRTY, encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert run_cli(["-i", str(link)])[0] == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == CLEAN


def test_folders_are_searched_recursively_with_glob(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(DIRTY, encoding="utf-8")
    (tmp_path / "a.md").write_text(DIRTY, encoding="utf-8")
    code, out, _ = run_cli(["--check", str(tmp_path)])
    assert code == 1
    assert "b.txt" in out
    assert "a.md" not in out
    code, out, _ = run_cli(["--check", "--glob", "*.md", str(tmp_path)])
    assert code == 1
    assert "a.md" in out


def test_several_inputs_without_a_writing_mode_is_a_usage_error(dirty: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(CLEAN, encoding="utf-8")
    code, out, err = run_cli([str(dirty), str(other)])
    assert code == 2
    assert out == ""
    assert "several inputs" in err


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "no such file"),
        ("empty-folder", "no files matching"),
        ("binary", "binary data"),
        ("unknown-rule", "unknown rule selector"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(tmp_path: Path, setup: str, message: str) -> None:
    argv = ["--check"]
    if setup == "missing":
        argv.append(str(tmp_path / "nope.txt"))
    elif setup == "empty-folder":
        (tmp_path / "empty").mkdir()
        argv.append(str(tmp_path / "empty"))
    elif setup == "binary":
        path = tmp_path / "image.txt"
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
        argv.append(str(path))
    else:
        path = tmp_path / "a.txt"
        path.write_text(CLEAN, encoding="utf-8")
        argv += ["--select", "XX99", str(path)]
    code, _out, err = run_cli(argv)
    assert code == 2
    assert message in err
    assert err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read and write any file")
def test_unreadable_file_is_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(DIRTY, encoding="utf-8")
    path.chmod(0)
    code, _, err = run_cli(["--check", str(path)])
    assert code == 2
    assert "permission denied" in err


def test_read_only_file_is_refused_by_in_place(tmp_path: Path) -> None:
    path = tmp_path / "ro.txt"
    path.write_text(DIRTY, encoding="utf-8")
    path.chmod(0o444)
    code, _, err = run_cli(["-i", str(path)])
    assert code == 2
    assert "read-only" in err
    assert path.read_text(encoding="utf-8") == DIRTY


def test_a_bad_file_among_many_is_reported_and_the_others_are_cleaned(tmp_path: Path) -> None:
    # As ruff and black do: report the bad input, go on with the others, exit 2 at the end.
    good = tmp_path / "a.txt"
    good.write_text(DIRTY, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    later = tmp_path / "c.txt"
    later.write_text(DIRTY, encoding="utf-8")
    code, _, err = run_cli(["-i", str(tmp_path)])
    assert code == 2
    assert "b.txt" in err
    assert (tmp_path / "b.txt").read_bytes() == b"\x00\x01\x02binary"
    assert good.read_text(encoding="utf-8") != DIRTY
    assert later.read_text(encoding="utf-8") == good.read_text(encoding="utf-8")


def test_check_goes_on_after_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\x00binary")
    (tmp_path / "b.txt").write_text(DIRTY, encoding="utf-8")
    code, out, err = run_cli(["--check", str(tmp_path)])
    assert code == 2
    assert "a.txt" in err
    assert "b.txt" in out  # the file after the bad one was still checked


def test_a_read_only_file_among_many_does_not_stop_the_others(tmp_path: Path) -> None:
    locked = tmp_path / "a.txt"
    locked.write_text(DIRTY, encoding="utf-8")
    locked.chmod(0o444)
    other = tmp_path / "b.txt"
    other.write_text(DIRTY, encoding="utf-8")
    code, _, err = run_cli(["-i", str(tmp_path)])
    assert code == 2
    assert "read-only" in err
    assert locked.read_text(encoding="utf-8") == DIRTY
    assert other.read_text(encoding="utf-8") != DIRTY


def test_json_format_is_flat_objects(dirty: Path) -> None:
    code, out, _ = run_cli(["--check", "--format", "json", str(dirty)])
    assert code == 1
    items = json.loads(out)
    assert {item["code"] for item in items} == {"SP01", "WS02"}
    first = items[0]
    assert set(first) >= {"path", "line", "column", "code", "name", "message", "before", "after", "note"}
    assert all(not isinstance(value, (dict, list)) for value in first.values())


def test_github_format_escapes_properties(tmp_path: Path) -> None:
    path = tmp_path / "a,b:c.txt"
    path.write_text(DIRTY, encoding="utf-8")
    code, out, _ = run_cli(["--check", "--format", "github", str(path)])
    assert code == 1
    line = out.splitlines()[0]
    assert line.startswith("::error file=")
    assert "a%2Cb%3Ac.txt" in line
    assert ",line=1,col=10," in line


def test_statistics_count_per_rule(dirty: Path) -> None:
    code, _, err = run_cli(["--check", "--statistics", str(dirty)])
    assert code == 1
    assert "    1  SP01  missing-space-after-sentence" in err


def test_list_rules_and_explain() -> None:
    code, out, _ = run_cli(["--list-rules"])
    assert code == 0
    assert "| SP01 | missing-space-after-sentence | yes |" in out
    code, out, _ = run_cli(["--explain", "SP01"])
    assert code == 0
    assert "Leaves alone" in out
    assert "SP01 missing-space-after-sentence" in out
    assert run_cli(["--explain", "nope"])[0] == 2


def test_select_and_ignore(dirty: Path) -> None:
    assert run_cli(["--select", "WS", str(dirty)])[1] == "It ended.Then it began.\n"
    assert run_cli(["--ignore", "SP01,WS02", str(dirty)])[1] == DIRTY
    assert run_cli(["--select", "WS02", "--extend-select", "SP01", str(dirty)])[1] == CLEAN


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("newsclean ")


def test_python_dash_m_on_a_seed_article() -> None:
    seed = sorted(ARTICLES.glob("*.input.txt"))[0]
    expected = seed.with_name(seed.name.replace(".input.", ".expected.")).read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "newsclean", str(seed)], capture_output=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == expected
    bad = subprocess.run(
        [sys.executable, "-m", "newsclean", "/no/such/file.txt"],
        capture_output=True, check=False, timeout=120,
    )
    assert bad.returncode == 2
    assert b"Traceback" not in bad.stderr
