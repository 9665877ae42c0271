"""newsclean.dask on a real dask.distributed LocalCluster with two worker processes."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

import newsclean

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

from newsclean.dask import clean_bag, clean_column  # noqa: E402

TEXTS = [f"Story {n} ended.Then  it began." for n in range(40)] + ["Fine.\n", "Itâ€™s here."]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as connected:
        yield connected


def test_two_worker_processes(client: Any) -> None:
    assert len(client.scheduler_info()["workers"]) == 2


def test_clean_bag_matches_clean(client: Any) -> None:
    bag = db.from_sequence(TEXTS, npartitions=6)
    result = clean_bag(bag).compute()
    assert result == [newsclean.clean(text) for text in TEXTS]


def test_clean_bag_rule_selection(client: Any) -> None:
    bag = db.from_sequence(["It ended.Then  it began."], npartitions=1)
    assert clean_bag(bag, select=["WS02"]).compute() == ["It ended.Then it began."]


def test_clean_column_keeps_other_columns_and_missing_values(client: Any) -> None:
    frame = pd.DataFrame({"id": range(len(TEXTS) + 1), "text": [*TEXTS, None]})
    result = clean_column(dd.from_pandas(frame, npartitions=4), "text").compute()
    assert list(result["id"]) == list(frame["id"])
    assert list(result["text"][:-1]) == [newsclean.clean(text) for text in TEXTS]
    assert pd.isna(result["text"].iloc[-1])


def test_clean_column_names_a_missing_column(client: Any) -> None:
    frame = dd.from_pandas(pd.DataFrame({"body": ["a"]}), npartitions=1)
    with pytest.raises(KeyError, match="no column 'text'"):
        clean_column(frame, "text")


def test_bad_selector_fails_when_the_graph_is_built() -> None:
    bag = db.from_sequence(["a"], npartitions=1)
    with pytest.raises(newsclean.UnknownRuleError):
        clean_bag(bag, select="XX99")
    frame = dd.from_pandas(pd.DataFrame({"text": ["a"]}), npartitions=1)
    with pytest.raises(newsclean.UnknownRuleError):
        clean_column(frame, "text", ignore="XX99")


def test_run_bag_and_the_diagnostics_column(client: Any) -> None:
    from newsclean.dask import run_bag

    bag = db.from_sequence(TEXTS[:3], npartitions=2)
    results = run_bag(bag, select="SP").compute()
    assert results == [newsclean.run(text, select="SP") for text in TEXTS[:3]]
    frame = pd.DataFrame({"id": [1, 2, 3], "text": ["It ended.Then", None, "Fine."]})
    out = clean_column(dd.from_pandas(frame, npartitions=2), "text", diagnostics="found").compute()
    assert list(out.columns) == ["id", "text", "found"]
    assert out["text"].iloc[0] == "It ended. Then"
    assert [d["code"] for d in out["found"].iloc[0]] == ["SP01"]
    assert out["found"].iloc[1] == []
    assert out["found"].iloc[2] == []
    assert pd.isna(out["text"].iloc[1])
