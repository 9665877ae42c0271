"""clean_many / run_many: order, equivalence with clean, worker processes, laziness."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsclean
from newsclean.batch import map_ordered, resolve_jobs, run_many

TEXTS = [f"Story {n} ended.Then  it began.\n" if n % 3 else f"Story {n} is fine.\n" for n in range(300)]


def test_clean_many_equals_clean_in_order() -> None:
    assert list(newsclean.clean_many(TEXTS)) == [newsclean.clean(t) for t in TEXTS]


def test_clean_many_in_two_worker_processes_keeps_order() -> None:
    expected = [newsclean.clean(t) for t in TEXTS]
    assert list(newsclean.clean_many(TEXTS, jobs=2, chunk_size=7)) == expected


def test_clean_many_passes_rule_selection() -> None:
    texts = ["It ended.Then  it began."]
    assert list(newsclean.clean_many(texts, select=["WS02"])) == ["It ended.Then it began."]
    assert list(newsclean.clean_many(texts, ignore=["SP01"], jobs=2)) == ["It ended.Then it began."]


def test_run_many_returns_diagnostics() -> None:
    results = list(run_many(["a  b\n\n", "fine\n"], jobs=2))
    assert [r.text for r in results] == ["a b\n", "fine\n"]
    assert [d.code for d in results[0].diagnostics] == ["WS02", "WS06"]
    assert results[1].diagnostics == ()


def test_empty_input_gives_nothing() -> None:
    assert list(newsclean.clean_many([], jobs=2)) == []


def _counting(consumed: list[int]) -> Iterator[str]:
    for n in itertools.count():
        consumed.append(n)
        yield f"text {n}.Next"


@pytest.mark.parametrize("jobs", [1, 2])
def test_input_is_consumed_lazily_with_bounded_read_ahead(jobs: int) -> None:
    consumed: list[int] = []
    results = newsclean.clean_many(_counting(consumed), jobs=jobs, chunk_size=4)
    first = list(itertools.islice(results, 3))
    assert first == ["text 0. Next", "text 1. Next", "text 2. Next"]
    # At most 2 * jobs chunks in flight, plus the chunk being filled.
    assert len(consumed) <= (2 * jobs + 1) * 4 + 1
    results.close()  # type: ignore[attr-defined]


def test_map_ordered_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError, match="chunk_size"):
        list(map_ordered(str.upper, ["a"], chunk_size=0))
    with pytest.raises(ValueError, match="jobs"):
        resolve_jobs(-1)
    assert resolve_jobs(0) >= 1


def test_errors_in_workers_reach_the_caller() -> None:
    with pytest.raises(TypeError):
        list(map_ordered(str.upper, ["a", 3, "b"], jobs=2, chunk_size=1))  # type: ignore[list-item]


def test_warm_up_text_exercises_every_family() -> None:
    # Worker processes inherit what the warm-up loaded: every family must have run.
    from newsclean.batch import _WARM_UP_TEXT
    from newsclean.registry import FAMILIES

    result = newsclean.run(_WARM_UP_TEXT, newsclean.Config(select=("ALL",)))
    assert {diagnostic.code[:2] for diagnostic in result.diagnostics} == set(FAMILIES)



WORKER_SCRIPT = """
import os, sys, time
from newsclean.batch import map_ordered

def slow(item):
    with open(sys.argv[1], "a") as handle:
        handle.write(f"{os.getpid()}\\n")
    time.sleep(60)
    return item

if __name__ == "__main__":
    for _ in map_ordered(slow, range(8), jobs=2, chunk_size=1):
        pass
"""


def test_workers_exit_when_the_parent_is_killed(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    script = tmp_path / "pool.py"
    script.write_text(WORKER_SCRIPT, encoding="utf-8")
    pids_file = tmp_path / "pids.txt"
    parent = subprocess.Popen([sys.executable, str(script), str(pids_file)])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(_pids(pids_file)) < 2:
            time.sleep(0.1)
        workers = _pids(pids_file)
        assert len(workers) >= 2
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in workers)
    finally:
        if parent.poll() is None:
            parent.kill()


def _pids(path: Path) -> list[int]:
    return [int(line) for line in path.read_text().split()] if path.exists() else []


def _alive(pid: int) -> bool:
    import os

    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie waiting for its new parent to reap it has exited.
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().split()[2] != "Z"
    except OSError:
        return False
