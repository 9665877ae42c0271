"""A datatrove pipeline step: clean ``doc.text`` and count each rule's edits in the stats.

Needs the ``datatrove`` extra (``pip install "newsclean[datatrove]"``). It stands where
datatrove's own ``FTFYFormatter`` would::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from newsclean.datatrove import NewscleanFormatter

    LocalPipelineExecutor(pipeline=[
        JsonlReader("raw/"),
        NewscleanFormatter(ignore="CA04", diagnostics_key="newsclean"),
        JsonlWriter("clean/"),
    ], tasks=4).run()

The step's statistics (datatrove's ``stats.json`` and the summary it logs) hold, besides
the document count and time, one counter per rule code that acted (``SP01``,
``CA01``, ...: how many edits of that rule the shard got) and ``changed`` (how many
documents changed).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.formatters.base import BaseFormatter
from datatrove.utils.typeshelper import StatHints

from .engine import configure, run
from .model import Config, Misspellings, Selectors
from .report import diagnostic_dict

__all__ = ["NewscleanFormatter"]


class NewscleanFormatter(BaseFormatter):  # type: ignore[misc]  # datatrove is untyped
    """Clean each document's text with newsclean; the keywords are those of :func:`newsclean.clean`.

    ``diagnostics_key`` names a ``doc.metadata`` key that receives the document's
    diagnostics as a list of flat dicts (as ``--format json`` writes them); by
    default none is kept.
    """

    name = "🧹 newsclean"

    def __init__(
        self,
        config: Config | None = None,
        *,
        select: Selectors | None = None,
        extend_select: Selectors | None = None,
        ignore: Selectors | None = None,
        known_words: Iterable[str] | None = None,
        dictionary: Misspellings | None = None,
        diagnostics_key: str | None = None,
    ) -> None:
        super().__init__()
        self.config = configure(
            config, select=select, extend_select=extend_select, ignore=ignore,
            known_words=known_words, dictionary=dictionary,
        )
        self.diagnostics_key = diagnostics_key

    def format(self, text: str) -> str:
        """The cleaned text (what ``clean`` returns)."""
        return run(text, self.config, diagnostics=False).text

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update(StatHints.total)
            with self.track_time():
                result = run(doc.text, self.config)
            counts: Counter[str] = Counter(d.code for d in result.diagnostics)
            for code, count in sorted(counts.items()):
                self.stat_update(code, value=count)
            if result.text != doc.text:
                self.stat_update("changed")
            if self.diagnostics_key is not None:
                doc.metadata[self.diagnostics_key] = [diagnostic_dict(d) for d in result.diagnostics]
            doc.text = result.text
            yield doc
