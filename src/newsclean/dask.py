"""Clean text on a Dask cluster: a bag of strings, or a string column of a dataframe.

Needs the ``dask`` extra (``pip install "newsclean[dask]"``). Each partition is
cleaned by one task with :func:`newsclean.run`, so the work spreads over every
worker of the cluster; nothing is collected on the client. For example::

    import dask.bag as db
    clean_bag(db.from_sequence(["It works.Yes"])).compute()  # ['It works. Yes\\n']
    clean_column(ddf, "text", ignore=["CA"])  # a lazy dataframe
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from .engine import run
from .model import Config

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = ["clean_bag", "clean_column"]


def _clean_partition(texts: Iterable[str], config: Config) -> list[str]:
    return [run(text, config, diagnostics=False).text for text in texts]


def _clean_series(series: Any, config: Config) -> Any:
    """Clean a pandas Series of strings; missing values (None, NaN, NA) stay missing."""
    return series.map(
        lambda value: run(value, config, diagnostics=False).text if isinstance(value, str) else value
    )


def clean_bag(
    bag: dask.bag.Bag,
    *,
    select: Iterable[str] | None = None,
    extend_select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> dask.bag.Bag:
    """A lazy bag of the cleaned texts of ``bag``, partition for partition."""
    config = Config.from_selectors(select, extend_select, ignore)
    return cast("dask.bag.Bag", bag.map_partitions(_clean_partition, config))


def clean_column(
    frame: dask.dataframe.DataFrame,
    column: str,
    *,
    select: Iterable[str] | None = None,
    extend_select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> dask.dataframe.DataFrame:
    """A lazy dataframe like ``frame`` with ``column`` cleaned; other columns untouched."""
    if column not in frame.columns:
        raise KeyError(f"no column {column!r} in the dataframe (columns: {list(frame.columns)})")
    config = Config.from_selectors(select, extend_select, ignore)
    series = frame[column]
    cleaned = series.map_partitions(_clean_series, config, meta=series._meta)
    return cast("dask.dataframe.DataFrame", frame.assign(**{column: cleaned}))
