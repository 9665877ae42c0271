"""Write src/newsclean/filters.py: one typed ``str -> str`` function per rule.

    python scripts/generate_filters.py          # rewrite the module
    python scripts/generate_filters.py --check  # exit 1 if it differs from the registry

The module is generated so editors and type checkers see every function (a module
``__getattr__`` would hide them and accept any name); tests/test_registry.py runs
``--check`` so it can never drift from RULES.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from newsclean.registry import RULES  # noqa: E402

TARGET = ROOT / "src" / "newsclean" / "filters.py"

HEADER = '''"""One plain ``str -> str`` function per rule, named after it (generated: do not edit).

Each runs its one rule to a fixpoint, with the rule's scope (English-only rules act on
English prose only), and returns the text; ``newsclean --explain CODE`` tells what
the rule fixes and leaves alone. Regenerate with ``python scripts/generate_filters.py``.

>>> from newsclean import filters
>>> filters.missing_space_after_sentence("It ended.Then it began.")
'It ended. Then it began.'
"""

from __future__ import annotations

from functools import cache

from .engine import run_rules
from .model import Rule
from .registry import RULES

__all__ = [
{names}
]


@cache
def _rule(code: str) -> Rule:
    (rule,) = (rule for rule in RULES if rule.code == code)
    return rule


def _apply(code: str, text: str) -> str:
    return run_rules(text, (_rule(code),), diagnostics=False).text
'''

FUNCTION = '''

def {function}(text: str) -> str:
    """{message}.

    Rule {code} ({name}).
    """
    return _apply("{code}", text)
'''


def render() -> str:
    rules = sorted(RULES, key=lambda rule: rule.function_name)
    names = "\n".join(f'    "{rule.function_name}",' for rule in rules)
    body = "".join(
        FUNCTION.format(function=rule.function_name, message=rule.message.replace('"', "'"),
                        code=rule.code, name=rule.name)
        for rule in rules
    )
    return HEADER.format(names=names) + body


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} differs from the registry: run python scripts/generate_filters.py")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
