"""What a rule fixes and leaves alone, as plain text for ``--explain`` or Markdown for the docs.

The prose is the rule's docstring. The examples are not copied from it: every string
the docstring's examples use is run through the rule's check, and each one the rule
changes is shown as before → after, so an example can never disagree with the code.
"""

from __future__ import annotations

import ast
import doctest
import re

from .engine import apply_edits
from .model import Rule

__all__ = ["examples", "explain_markdown", "explain_text"]

_PARSER = doctest.DocTestParser()
_STRONG = re.compile(r"\*\*([^*]+)\*\*")
_LITERAL = re.compile(r"``([^`]+)``|`([^`]+)`")
_MIN_EXAMPLE = 3  # characters: shorter strings in an example are arguments, not texts


def _prose(description: str) -> str:
    """The docstring without its examples."""
    parts = [part for part in _PARSER.parse(description) if isinstance(part, str)]
    return re.sub(r"\n{3,}", "\n\n", "".join(parts)).strip()


def _strings(description: str) -> list[str]:
    """The string constants the docstring's examples use, in order, once each."""
    found: dict[str, None] = {}
    for example in _PARSER.get_examples(description):
        try:
            tree = ast.parse(example.source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and len(value.strip()) >= _MIN_EXAMPLE:
                found.setdefault(value)
    return list(found)


def examples(rule: Rule) -> list[tuple[str, str]]:
    """(before, after) for each string of the rule's docstring examples that it changes.

    The rule's own check decides, as in its docstring; an English-only rule run by
    the engine also needs the text to read as English, which a one-line example may not.
    """
    pairs = []
    for text in _strings(rule.description):
        after = apply_edits(text, list(rule.check(text)))
        if after != text:
            pairs.append((text, after))
    return pairs


def _quoted(text: str) -> str:
    return repr(text) if "\n" in text or not text.isprintable() else f'"{text}"'


def _header(rule: Rule) -> str:
    default = "on" if rule.default else "off"
    return f"{rule.code} {rule.name} ({rule.family}, default {default})"


def explain_text(rule: Rule) -> str:
    """The rule for a terminal: prose without Markdown, then computed examples."""
    prose = _LITERAL.sub(lambda m: m.group(1) or m.group(2), _STRONG.sub(r"\1", _prose(rule.description)))
    lines = [_header(rule), "", prose]
    pairs = examples(rule)
    if pairs:
        lines += ["", "Examples:"]
        lines += [f"  {_quoted(before)}\n    → {_quoted(after)}" for before, after in pairs]
    return "\n".join(lines) + "\n"


def explain_markdown(rule: Rule) -> str:
    """The rule as a Markdown page of the documentation site."""
    lines = [f"# {rule.code} {rule.name}", "", f"Family {rule.family}, "
             f"{'on' if rule.default else 'off'} by default, acts on: {rule.scope} text.", "",
             _prose(rule.description)]
    pairs = examples(rule)
    if pairs:
        lines += ["", "## Examples", "", "| before | after |", "| --- | --- |"]
        for before, after in pairs:
            lines.append(f"| `{_cell(before)}` | `{_cell(after)}` |")
    lines += ["", f"Select or ignore it with `{rule.code}`, `{rule.name}` or `{rule.family}`."]
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    return text.replace("\n", "\\n").replace("|", "\\|").replace("`", "'")
