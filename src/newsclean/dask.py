"""Clean text on a Dask cluster: a bag of strings, or a string column of a dataframe.

Needs the ``dask`` extra (``pip install "newsclean[dask]"``). Each partition is
cleaned by one task with :func:`newsclean.run`, so the work spreads over every
worker of the cluster; nothing is collected on the client. The keywords are those of
:func:`newsclean.clean`, checked when the graph is built (an unknown selector raises
there, not on a worker at ``.compute()``). For example::

    import dask.bag as db
    clean_bag(db.from_sequence(["It works.Yes"])).compute()  # ['It works. Yes']
    run_bag(bag).compute()  # Results: text and diagnostics
    clean_column(ddf, "text", ignore="CA", diagnostics="newsclean")  # a lazy dataframe
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from .engine import configure, run
from .model import Config, Misspellings, Result, Selectors
from .report import diagnostic_dict

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = ["clean_bag", "clean_column", "run_bag"]



def _clean_partition(texts: Iterable[str], config: Config) -> list[str]:
    return [run(text, config, diagnostics=False).text for text in texts]


def _run_partition(texts: Iterable[str], config: Config) -> list[Result]:
    return [run(text, config) for text in texts]


def _clean_series(series: Any, config: Config) -> Any:
    """Clean a pandas Series of strings; missing values (None, NaN, NA) stay missing."""
    return series.map(
        lambda value: run(value, config, diagnostics=False).text if isinstance(value, str) else value
    )


def _clean_frame(frame: Any, column: str, diagnostics: str, config: Config) -> Any:
    """Clean ``column`` of a pandas DataFrame and add its diagnostics as lists of dicts."""
    texts, found = [], []
    for value in frame[column]:
        if isinstance(value, str):
            result = run(value, config)
            texts.append(result.text)
            found.append([diagnostic_dict(d) for d in result.diagnostics])
        else:
            texts.append(value)
            found.append([])
    frame = frame.copy()
    frame[column] = frame[column].__class__(texts, index=frame.index, dtype=frame[column].dtype)
    frame[diagnostics] = frame[column].__class__(found, index=frame.index, dtype=object)
    return frame


def clean_bag(
    bag: dask.bag.Bag,
    config: Config | None = None,
    *,
    select: Selectors | None = None,
    extend_select: Selectors | None = None,
    ignore: Selectors | None = None,
    known_words: Iterable[str] | None = None,
    dictionary: Misspellings | None = None,
) -> dask.bag.Bag:
    """A lazy bag of the cleaned texts of ``bag``, partition for partition."""
    config = configure(
        config, select=select, extend_select=extend_select, ignore=ignore,
        known_words=known_words, dictionary=dictionary,
    )
    return cast("dask.bag.Bag", bag.map_partitions(_clean_partition, config))


def run_bag(
    bag: dask.bag.Bag,
    config: Config | None = None,
    *,
    select: Selectors | None = None,
    extend_select: Selectors | None = None,
    ignore: Selectors | None = None,
    known_words: Iterable[str] | None = None,
    dictionary: Misspellings | None = None,
) -> dask.bag.Bag:
    """A lazy bag of :class:`newsclean.Result` (text and diagnostics) for ``bag``."""
    config = configure(
        config, select=select, extend_select=extend_select, ignore=ignore,
        known_words=known_words, dictionary=dictionary,
    )
    return cast("dask.bag.Bag", bag.map_partitions(_run_partition, config))


def clean_column(
    frame: dask.dataframe.DataFrame,
    column: str,
    config: Config | None = None,
    *,
    select: Selectors | None = None,
    extend_select: Selectors | None = None,
    ignore: Selectors | None = None,
    known_words: Iterable[str] | None = None,
    dictionary: Misspellings | None = None,
    diagnostics: str | None = None,
) -> dask.dataframe.DataFrame:
    """A lazy dataframe like ``frame`` with ``column`` cleaned; other columns untouched.

    ``diagnostics`` names a new column that receives each row's diagnostics, a list
    of flat dicts (as ``--format json`` writes them; empty for missing values).
    """
    if column not in frame.columns:
        raise KeyError(f"no column {column!r} in the dataframe (columns: {list(frame.columns)})")
    config = configure(
        config, select=select, extend_select=extend_select, ignore=ignore,
        known_words=known_words, dictionary=dictionary,
    )
    if diagnostics is not None:
        if diagnostics in frame.columns:
            raise ValueError(f"the dataframe already has a column {diagnostics!r}")
        meta = frame._meta.assign(**{diagnostics: frame._meta[column].astype(object)})
        return cast(
            "dask.dataframe.DataFrame",
            frame.map_partitions(_clean_frame, column, diagnostics, config, meta=meta),
        )
    series = frame[column]
    cleaned = series.map_partitions(_clean_series, config, meta=series._meta)
    return cast("dask.dataframe.DataFrame", frame.assign(**{column: cleaned}))
