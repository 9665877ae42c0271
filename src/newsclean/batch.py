"""Cleaning many texts: streaming, order-preserving, optionally in worker processes.

Memory stays bounded whatever the input size: texts are read from the iterable in
chunks, and at most ``2 * jobs`` chunks are in flight at any time.
"""

from __future__ import annotations

import json
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import partial
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from .engine import configure, run
from .model import Config, Misspellings, Result, Selectors
from .report import diagnostic_dict

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["DEFAULT_CHUNK_SIZE", "clean_batch", "clean_many", "map_ordered", "resolve_jobs", "run_many"]

DEFAULT_CHUNK_SIZE = 64
Item = TypeVar("Item")
Output = TypeVar("Output")


def resolve_jobs(jobs: int) -> int:
    """The number of worker processes ``jobs`` asks for: 0 means one per core.

    >>> resolve_jobs(3)
    3
    """
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (all cores) or more, not {jobs}")
    return jobs or os.cpu_count() or 1


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _apply(function: Callable[[Item], Output], chunk: list[Item]) -> list[Output]:
    return [function(item) for item in chunk]


# A short article that makes every rule load its data files and compile its patterns,
# so that worker processes forked afterwards inherit them instead of each paying for it.
_WARM_UP_TEXT = (
    "Talks Resume In portugal\nMr. okafor said the goverment was quite.Then it rained.\n"
    "Police said that multipul people were hurt.\n"
    "It’s â€œokâ€ &amp; [oaicite:1] ![a](b) <p>\u00a0\nShare this article\n\n\n"
)


def _warm_up() -> None:
    run(_WARM_UP_TEXT, Config(select=("ALL",)))


_PARENT_POLL_SECONDS = 1.0


def _exit_with_parent() -> None:
    """In a worker: end the process when the parent that started it is gone.

    A parent killed with SIGKILL cannot tell its pool to stop, and its workers would
    wait for work forever; a daemon thread sees the process reparented and exits.
    """
    import threading
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(_PARENT_POLL_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="newsclean-parent-watch", daemon=True).start()


def map_ordered(
    function: Callable[[Item], Output],
    items: Iterable[Item],
    *,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[Output]:
    """``map(function, items)`` in ``jobs`` worker processes, streaming and in order.

    ``function`` must be picklable (a module-level function or a ``functools.partial``
    of one). With ``jobs=1`` everything runs in this process.

    >>> list(map_ordered(str.upper, ["a", "b"], jobs=1))
    ['A', 'B']
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    workers = resolve_jobs(jobs)
    if workers == 1:
        yield from map(function, items)
        return
    from concurrent.futures import ProcessPoolExecutor  # only here: it imports multiprocessing

    _warm_up()
    with ProcessPoolExecutor(max_workers=workers, initializer=_exit_with_parent) as executor:
        pending: deque[Future[list[Output]]] = deque()
        for chunk in _chunks(items, chunk_size):
            pending.append(executor.submit(_apply, function, chunk))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def _run_text(config: Config, text: str) -> Result:
    return run(text, config)


def _clean_text(config: Config, text: str) -> str:
    return run(text, config, diagnostics=False).text


def run_many(
    texts: Iterable[str],
    config: Config | None = None,
    *,
    select: Selectors | None = None,
    extend_select: Selectors | None = None,
    ignore: Selectors | None = None,
    known_words: Iterable[str] | None = None,
    dictionary: Misspellings | None = None,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[Result]:
    """:func:`newsclean.run` over many texts: results in input order, streaming.

    Takes the keywords of :func:`newsclean.run`; selectors are checked before the
    first text is read. See :func:`clean_many` for ``jobs`` and ``chunk_size``.

    >>> [r.text for r in run_many(["It works.Yes"], select="SP")]
    ['It works. Yes']
    """
    config = configure(
        config, select=select, extend_select=extend_select, ignore=ignore,
        known_words=known_words, dictionary=dictionary,
    )
    return map_ordered(partial(_run_text, config), texts, jobs=jobs, chunk_size=chunk_size)


def clean_many(
    texts: Iterable[str],
    config: Config | None = None,
    *,
    select: Selectors | None = None,
    extend_select: Selectors | None = None,
    ignore: Selectors | None = None,
    known_words: Iterable[str] | None = None,
    dictionary: Misspellings | None = None,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[str]:
    """Clean many texts, yielding each result in input order as soon as it is ready.

    ``jobs > 1`` cleans in that many worker processes (``0``: one per core), sending
    texts in chunks of ``chunk_size`` so the per-text overhead stays small. The input
    may be any iterable, a generator over a huge file included: it is consumed
    lazily and at most ``2 * jobs`` chunks are held at once. Each text keeps its own
    ending: no newline is added.

    >>> list(clean_many(["It works.Yes", "fine  "]))
    ['It works. Yes', 'fine']
    """
    config = configure(
        config, select=select, extend_select=extend_select, ignore=ignore,
        known_words=known_words, dictionary=dictionary,
    )
    return map_ordered(partial(_clean_text, config), texts, jobs=jobs, chunk_size=chunk_size)


def clean_batch(
    batch: Mapping[str, Sequence[Any]],
    column: str = "text",
    config: Config | None = None,
    *,
    select: Selectors | None = None,
    extend_select: Selectors | None = None,
    ignore: Selectors | None = None,
    known_words: Iterable[str] | None = None,
    dictionary: Misspellings | None = None,
    diagnostics: str | None = None,
) -> dict[str, list[Any]]:
    """A batch of columns in, the same batch out with ``column`` cleaned: the shape of
    Hugging Face ``datasets.Dataset.map(..., batched=True)``.

    Missing values (None) stay missing; every other column is passed through.
    ``diagnostics`` names a new column that receives each row's diagnostics as a JSON
    array (a string, the objects ``--format json`` writes): one Arrow type for every
    row and every worker, whatever the diagnostics hold. With ``datasets``::

        dataset = dataset.map(newsclean.clean_batch, batched=True, num_proc=4)
        dataset = dataset.map(newsclean.clean_batch, batched=True,
                              fn_kwargs={"column": "body", "ignore": "CA"})

    >>> clean_batch({"id": [1, 2], "text": ["It works.Yes", None]})
    {'id': [1, 2], 'text': ['It works. Yes', None]}
    """
    if column not in batch:
        raise KeyError(f"no column {column!r} in the batch (columns: {list(batch)})")
    if diagnostics is not None and diagnostics in batch:
        raise ValueError(f"the batch already has a column {diagnostics!r}")
    config = configure(
        config, select=select, extend_select=extend_select, ignore=ignore,
        known_words=known_words, dictionary=dictionary,
    )
    texts: list[Any] = []
    found: list[str] = []
    for value in batch[column]:
        if value is None:
            texts.append(None)
            found.append("[]")
            continue
        if not isinstance(value, str):
            raise TypeError(f"column {column!r} holds a {type(value).__name__}, not a string")
        result = run(value, config, diagnostics=diagnostics is not None)
        texts.append(result.text)
        found.append(json.dumps([diagnostic_dict(d) for d in result.diagnostics], ensure_ascii=False))
    out = {name: list(values) for name, values in batch.items()}
    out[column] = texts
    if diagnostics is not None:
        out[diagnostics] = found
    return out
