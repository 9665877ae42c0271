"""Settings files, exclusions, the user's words and the command line's reporting options."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import run_cli
from newsclean import cli

DIRTY = "It ended.Then  it began.\n"


def _write(root: Path, name: str, text: str = DIRTY) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _reported(out: str) -> set[str]:
    return {line.split(":", 1)[0] for line in out.splitlines() if ":" in line}


# --- exclusions -------------------------------------------------------------------


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A folder like a repository: articles, a virtualenv, hidden and build folders."""
    _write(tmp_path, "news/a.txt")
    _write(tmp_path, "news/drafts/b.txt")
    _write(tmp_path, ".venv/lib/site-packages/pkg/LICENSE.txt")
    _write(tmp_path, "env/pyvenv.cfg", "home = /usr/bin\n")
    _write(tmp_path, "env/lib/c.txt")
    _write(tmp_path, ".git/d.txt")
    _write(tmp_path, "build/e.txt")
    _write(tmp_path, "dist/f.txt")
    _write(tmp_path, "node_modules/g.txt")
    return tmp_path


def test_folders_skip_virtualenvs_hidden_and_build_folders(project: Path) -> None:
    code, out, _ = run_cli(["--check", str(project)])
    assert code == 1
    assert _reported(out) == {str(project / "news/a.txt"), str(project / "news/drafts/b.txt")}


def test_gitignore_is_honoured_and_can_be_turned_off(project: Path) -> None:
    (project / ".git").mkdir(exist_ok=True)
    _write(project, ".gitignore", "drafts/\n")
    out = run_cli(["--check", str(project)])[1]
    assert _reported(out) == {str(project / "news/a.txt")}
    # A .gitignore in a subfolder applies below it; searching from a subfolder still
    # sees the repository's top-level .gitignore.
    _write(project, "news/.gitignore", "a.txt\n")
    assert run_cli(["--check", str(project / "news")])[0] == 2  # nothing left to read
    out = run_cli(["--check", "--no-respect-gitignore", str(project / "news")])[1]
    assert _reported(out) == {str(project / "news/a.txt"), str(project / "news/drafts/b.txt")}


def test_exclude_replaces_and_extend_exclude_adds(project: Path) -> None:
    out = run_cli(["--check", "--extend-exclude", "drafts/", str(project)])[1]
    assert _reported(out) == {str(project / "news/a.txt")}
    out = run_cli(["--check", "--exclude", "news/", str(project)])[1]
    found = _reported(out)
    assert str(project / "build/e.txt") in found  # the defaults are replaced ...
    assert str(project / "news/a.txt") not in found
    # ... but a virtualenv is never read.
    assert not any(path.startswith(str(project / "env")) for path in found)


def test_named_files_are_read_unless_force_exclude(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    named = str(project / "build/e.txt")
    assert run_cli(["--check", named])[0] == 1
    monkeypatch.chdir(project)
    assert run_cli(["--check", "--force-exclude", named]) == (0, "", "")
    assert run_cli(["--check", "--force-exclude", str(project / "env/lib/c.txt")])[0] == 0
    assert run_cli(["--check", "--force-exclude", str(project / "news/a.txt")])[0] == 1


def test_the_repository_check_reads_no_file_of_its_virtualenv(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As `newsclean --check .` in a repository root with a virtualenv inside it.
    _write(tmp_path, "README.txt", "Fine.\n")
    _write(tmp_path, "venv-ci/pyvenv.cfg", "home = /usr\n")
    _write(tmp_path, "venv-ci/lib/python3.11/site-packages/x/LICENSE.txt")
    monkeypatch.chdir(tmp_path)
    assert run_cli(["--check", "."]) == (0, "", "newsclean: nothing to change in 1 of 1 file(s)\n")


# --- configuration ----------------------------------------------------------------


def test_pyproject_settings_are_found_from_the_inputs_upwards(tmp_path: Path) -> None:
    _write(tmp_path, "pyproject.toml", '[tool.newsclean]\nignore = ["SP01"]\n')
    path = _write(tmp_path, "deep/er/a.txt")
    code, out, _ = run_cli(["--check", str(path)])
    assert code == 1
    assert "SP01" not in out
    assert "WS02" in out
    # --isolated ignores it, --config names another one.
    assert "SP01" in run_cli(["--check", "--isolated", str(path)])[1]
    other = _write(tmp_path, "other.toml", 'ignore = ["WS"]\n')
    out = run_cli(["--check", "--config", str(other), str(path)])[1]
    assert "SP01" in out
    assert "WS02" not in out


def test_newsclean_toml_wins_and_a_pyproject_without_the_table_is_skipped(tmp_path: Path) -> None:
    _write(tmp_path, "newsclean.toml", 'ignore = ["WS"]\n')
    _write(tmp_path, "sub/pyproject.toml", "[project]\nname = 'x'\n")
    path = _write(tmp_path, "sub/a.txt")
    out = run_cli(["--check", str(path)])[1]
    assert "WS02" not in out
    assert "SP01" in out


def test_unknown_key_or_bad_value_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path, "newsclean.toml", 'ignore = ["WS"]\nselekt = ["SP"]\n')
    path = _write(tmp_path, "a.txt")
    code, out, err = run_cli(["--check", str(path)])
    assert (code, out) == (2, "")
    assert "unknown key 'selekt'" in err
    _write(tmp_path, "newsclean.toml", "jobs = 'many'\n")
    code, _, err = run_cli(["--check", str(path)])
    assert code == 2
    assert "'jobs' must be a whole number" in err
    _write(tmp_path, "newsclean.toml", 'per-file-ignores = { "*.txt" = ["XX99"] }\n')
    code, _, err = run_cli(["--check", str(path)])
    assert code == 2
    assert "unknown rule selector 'XX99'" in err


def test_command_line_options_override_the_file(tmp_path: Path) -> None:
    _write(tmp_path, "newsclean.toml", 'select = ["WS"]\nmax-bytes = 5\njobs = 2\n')
    path = _write(tmp_path, "a.txt")
    assert run_cli(["--check", str(path)])[0] == 2  # over max-bytes from the file
    code, out, _ = run_cli(["--check", "--max-bytes", "0", "--select", "SP", str(path)])
    assert code == 1
    assert "SP01" in out
    assert "WS02" not in out


def test_per_file_ignores(tmp_path: Path) -> None:
    _write(tmp_path, "newsclean.toml", '[per-file-ignores]\n"wire/*.txt" = ["SP"]\n')
    wire, own = _write(tmp_path, "wire/a.txt"), _write(tmp_path, "own/a.txt")
    out = run_cli(["--check", str(tmp_path)])[1]
    assert f"{wire}:1:10: SP01" not in out
    assert f"{wire}:1:14: WS02" in out
    assert f"{own}:1:10: SP01" in out


def test_show_settings_prints_the_resolved_values(tmp_path: Path) -> None:
    config = _write(tmp_path, "newsclean.toml", 'ignore = ["CA04"]\nknown-words = ["acme"]\nfield = "body"\n')
    code, out, _ = run_cli(["--show-settings", "--extend-exclude", "old/", str(tmp_path)])
    assert code == 0
    settings = dict(line.split(" = ", 1) for line in out.splitlines())
    assert json.loads(settings["config-file"]) == str(config)
    assert json.loads(settings["ignore"]) == ["CA04"]
    assert "CA04" not in json.loads(settings["rules"])
    assert json.loads(settings["exclude"])[-1] == "old/"
    assert json.loads(settings["known-words"]) == ["acme"]
    assert json.loads(settings["field"]) == "body"


def test_config_discovery_through_the_real_command(tmp_path: Path) -> None:
    _write(tmp_path, "pyproject.toml", '[tool.newsclean]\nextend-exclude = ["skip/"]\nignore = ["WS02"]\n')
    _write(tmp_path, "keep/a.txt")
    _write(tmp_path, "skip/b.txt")
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", "--check", "."],
        cwd=tmp_path, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 1
    assert result.stdout.startswith(os.path.join("keep", "a.txt") + ":1:10: SP01")
    assert "skip" not in result.stdout
    assert "WS02" not in result.stdout


# --- the user's words -------------------------------------------------------------

WORDY = "The acme board met on Monday. The board said teh plan was recieved well.\n"


def test_known_words_are_never_changed(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", WORDY)
    out = run_cli([str(path)])[1]
    assert "the plan" in out
    assert "received" in out
    out = run_cli(["--known-words", "teh,Recieved", str(path)])[1]
    assert out == WORDY
    words = _write(tmp_path, "words.txt", "# our spellings\nteh\n")
    out = run_cli(["--known-words-file", str(words), str(path)])[1]
    assert "teh plan" in out
    assert "received" in out


def test_known_words_from_the_settings_file(tmp_path: Path) -> None:
    _write(tmp_path, "words.txt", "recieved\n")
    _write(tmp_path, "newsclean.toml", 'known-words = ["teh"]\nknown-words-files = ["words.txt"]\n')
    path = _write(tmp_path, "sub/a.txt", WORDY)
    assert run_cli([str(path)])[1] == WORDY


def test_dictionary_adds_misspellings_in_codespell_format(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "The acmee board met on Monday. Its plan was bad and alot worse.\n")
    spelling = _write(tmp_path, "spelling.txt", "acmee->Acme\nalot->a lot, allot,\n")
    code, out, _ = run_cli(["--check", "--dictionary", str(spelling), str(path)])
    assert code == 1
    assert "TY01" in out
    assert "'acmee' → 'Acme'" in out
    assert "'alot' (not fixed) [in the user's dictionary: a lot or allot?]" in out
    assert "The Acme board" in run_cli(["--dictionary", str(spelling), str(path)])[1]
    bad = _write(tmp_path, "bad.txt", "acmee Acme\n")
    code, _, err = run_cli(["--dictionary", str(bad), str(path)])
    assert code == 2
    assert "bad.txt:1: expected 'wrong->right'" in err


# --- reporting options --------------------------------------------------------------


def test_format_without_check_is_a_usage_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt")
    code, out, err = run_cli(["--format", "json", str(path)])
    assert (code, out) == (2, "")
    assert "--format chooses how --check reports" in err


def test_json_diagnostics_have_end_positions_and_record_fields(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", "Fine.\nThe goverment  spoke.\n")
    items = json.loads(run_cli(["--check", "--format", "json", str(path)])[1])
    typo = next(item for item in items if item["code"] == "TY01")
    assert (typo["line"], typo["column"], typo["end_line"], typo["end_column"]) == (2, 5, 2, 14)
    assert typo["record"] is None
    assert typo["path"] == str(path)


def test_output_file_receives_the_output(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt")
    target = tmp_path / "report.txt"
    code, out, _ = run_cli(["--check", "--output-file", str(target), str(path)])
    assert (code, out) == (1, "")
    assert f"{path}:1:10: SP01" in target.read_text(encoding="utf-8")
    assert run_cli(["--output-file", str(target), str(path)])[0] == 0
    assert target.read_text(encoding="utf-8") == "It ended. Then it began.\n"


def test_stdin_filename_names_reports_and_selects_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, "newsclean.toml", 'extend-exclude = ["vendor/"]\n[per-file-ignores]\n"*.md" = ["WS"]\n')
    monkeypatch.chdir(tmp_path)
    code, out, _ = run_cli(["--check", "--stdin-filename", "story.txt", "-"], DIRTY.encode())
    assert code == 1
    assert out.startswith("story.txt:1:10: SP01")
    out = run_cli(["--check", "--stdin-filename", "story.md", "-"], DIRTY.encode())[1]
    assert "SP01" in out
    assert "WS02" not in out
    # An excluded name under --force-exclude: the text comes back unchanged.
    argv = ["--force-exclude", "--stdin-filename", "vendor/x.txt", "-"]
    assert run_cli(argv, DIRTY.encode()) == (0, DIRTY, "")


def test_ctrl_c_exits_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "a.txt")

    def interrupt(*_: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_execute", interrupt)
    assert run_cli(["--check", str(path)]) == (130, "", "newsclean: interrupted\n")


def test_a_rule_that_never_settles_fails_one_file_not_the_run(tmp_path: Path) -> None:
    # Lines of chrome that each continue the line above used to go one per pass.
    chrome = "Photo courtesy\nPhoto credit\nPhoto:\nPhotograph by\nPhotograph:\nPhotos:\nPicture:\n"
    _write(tmp_path, "chrome.txt", chrome)
    _write(tmp_path, "b.txt")
    code, _out, err = run_cli(["--check", str(tmp_path)])
    assert code == 1
    assert err.endswith("would change 2 of 2 file(s)\n")


def test_explain_is_plain_text_with_computed_examples() -> None:
    code, out, _ = run_cli(["--explain", "CA02"])
    assert code == 0
    assert out.startswith("CA02 name-after-honorific (CA, default on)\n")
    assert "**" not in out
    assert ">>>" not in out
    assert "``" not in out
    assert "Leaves alone:" in out
    assert '"Mrs. okafor met Dr. who and the President said so."\n    → "Mrs. Okafor met' in out
    every = run_cli(["--explain", "ALL"])[1]
    assert every.count("Examples:") >= 40  # every text rule shows one
