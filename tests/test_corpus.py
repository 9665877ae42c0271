"""No harm: the default pipeline changes nothing in 304 clean news articles."""

from __future__ import annotations

import newsclean
from conftest import corpus


def _changes(document: str) -> list[str]:
    result = newsclean.run(document)
    return [
        f"{d.code} {d.line}:{d.column} {d.context_before!r} -> {d.context_after!r}"
        for d in result.diagnostics
    ]


def test_corpus_has_all_articles() -> None:
    assert len(corpus()) == 304


def test_default_pipeline_changes_no_clean_article() -> None:
    failures = {}
    for article in corpus():
        for document in (article["text"] + "\n", article["title"] + "\n" + article["text"] + "\n"):
            changes = _changes(document)
            if changes:
                failures[article["id"]] = changes
    assert failures == {}


def test_every_rule_selected_changes_no_clean_article() -> None:
    everything = newsclean.Config(select=("ALL",))
    changed = []
    for article in corpus():
        document = article["text"] + "\n"
        if newsclean.run(document, everything).text != document:
            changed.append(article["id"])
    assert changed == []
