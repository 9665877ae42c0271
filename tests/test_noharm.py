"""The no-harm gate: real clean text in nine languages that nobody here wrote.

Runs ``../shared/eval/noharm.py`` (the Debian Reference in five languages, the fortunes
in nine) with the reviewed allow-list ``fixtures/noharm-allow.tsv``: every other change
of a non-whitespace character counts as harm. Skipped where the shared evaluation is
not beside the repository; it fetches its Debian packages once into
``~/.cache/newsclean-eval``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES

ROOT = Path(__file__).resolve().parent.parent
NOHARM = ROOT.parent / "shared" / "eval" / "noharm.py"
MAX_HARM = 0.3  # non-whitespace characters changed per 10,000, per source
MAX_HARM_PER_LANGUAGE = 0.5
MAX_LAYOUT_CHANGE_DEBREF = 0.5  # whitespace changes per 10,000: code blocks and tables keep theirs

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not NOHARM.exists(), reason="../shared/eval/noharm.py is not beside the repository"),
]


@pytest.fixture(scope="module")
def summary(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    out = tmp_path_factory.mktemp("noharm") / "noharm.json"
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    completed = subprocess.run(
        [sys.executable, str(NOHARM), "newsclean:clean", "--allow", str(FIXTURES / "noharm-allow.tsv"),
         "--max-harm", str(MAX_HARM), "--json", str(out)],
        capture_output=True, text=True, env=env, timeout=900, check=False,
    )
    if not out.exists():
        pytest.skip(f"noharm.py could not run here: {completed.stderr[-500:]}")
    assert completed.returncode == 0, completed.stdout
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["crashes"] == 0
    summary: dict[str, dict[str, float]] = result["summary"]
    return summary


def test_no_source_is_harmed(summary: dict[str, dict[str, float]]) -> None:
    for source in ("debref", "fortune"):
        assert summary[source]["nonws_per_10k"] <= MAX_HARM, (source, summary[source])


def test_no_language_is_harmed(summary: dict[str, dict[str, float]]) -> None:
    languages = {name: row for name, row in summary.items() if "/" in name}
    assert len(languages) == 14
    for name, row in languages.items():
        assert row["nonws_per_10k"] <= MAX_HARM_PER_LANGUAGE, (name, row)


def test_code_blocks_and_tables_keep_their_layout(summary: dict[str, dict[str, float]]) -> None:
    assert summary["debref"]["ws_per_10k"] <= MAX_LAYOUT_CHANGE_DEBREF, summary["debref"]


def test_the_allow_list_is_short_and_well_formed() -> None:
    lines = [
        line for line in (FIXTURES / "noharm-allow.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert 0 < len(lines) <= 20
    for line in lines:
        source, doc_id, before, after = line.split("\t")
        assert source in ("debref", "fortune")
        assert doc_id.startswith(source + "/")
        assert before != after
