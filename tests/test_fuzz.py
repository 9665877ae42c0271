"""A short, bounded run of the atheris harness in fuzz/ (the long run is in fuzz/README.md).

A fixed seed keeps CI reproducible; the long, randomly seeded runs find new inputs,
which then become regression tests (tests/test_properties.py FUZZ_FINDINGS).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("atheris")

ROOT = Path(__file__).resolve().parent.parent
HARNESS = ROOT / "fuzz" / "fuzz_newsclean.py"


def test_bounded_fuzz_run_finds_no_crash(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "fuzz" / "seeds", corpus)
    completed = subprocess.run(
        [sys.executable, str(HARNESS), "-seed=1", "-runs=3000", "-max_total_time=120", "-rss_limit_mb=2048",
         f"-artifact_prefix={tmp_path}/", str(corpus)],
        capture_output=True, text=True, timeout=300, check=False,
    )
    log = completed.stderr[-3000:]
    assert completed.returncode == 0, log
    assert "Done" in completed.stderr, log
    assert not list(tmp_path.glob("crash-*")), log
