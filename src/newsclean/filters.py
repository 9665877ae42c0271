"""One plain ``str -> str`` function per rule, named after it.

>>> from newsclean import filters
>>> filters.missing_space_after_sentence("It ended.Then it began.")
'It ended. Then it began.'
"""

from __future__ import annotations

from collections.abc import Callable

from .engine import run_rules
from .registry import RULES

__all__ = sorted(rule.function_name for rule in RULES)

_BY_FUNCTION_NAME = {rule.function_name: rule for rule in RULES}


def __getattr__(name: str) -> Callable[[str], str]:
    rule = _BY_FUNCTION_NAME.get(name)
    if rule is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def apply(text: str) -> str:
        return run_rules(text, (rule,), diagnostics=False).text

    apply.__name__ = name
    apply.__qualname__ = name
    apply.__doc__ = rule.description
    return apply


def __dir__() -> list[str]:
    return list(__all__)
