"""Griffe extension for the docs: show a docstring's doctest lines as a code block.

Without it, Markdown reads ``>>> [x]`` followed by ``['y']`` as a reference link.
"""

from __future__ import annotations

from typing import Any

import griffe


def _fenced(text: str) -> str:
    out: list[str] = []
    inside = False
    for line in text.splitlines():
        starts = line.lstrip().startswith(">>>")
        if starts and not inside:
            out.append("```pycon")
            inside = True
        elif inside and not line.strip():
            out.append("```")
            inside = False
        out.append(line)
    if inside:
        out.append("```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Wrap each run of doctest lines (up to a blank line) in a ``pycon`` fence."""

    def on_object(self, *, obj: griffe.Object, **_: Any) -> None:
        if obj.docstring is not None and ">>>" in obj.docstring.value:
            obj.docstring.value = _fenced(obj.docstring.value)
