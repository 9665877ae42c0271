"""mkdocs hook: pages generated at build time, so the site cannot drift from the code.

- ``index.md`` is the README (its links into ``docs/`` made relative);
- ``changelog.md`` is CHANGELOG.md;
- ``rules/index.md`` is the rule table and ``rules/CODE.md`` one page per rule, from
  the registry: the rule's docstring and before -> after examples computed by running
  the rule (``newsclean.explain``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

from newsclean.explain import explain_markdown
from newsclean.registry import FAMILIES, FILE_RULES, RULES


def _rule_index() -> str:
    rules = sorted(RULES + FILE_RULES, key=lambda rule: rule.code)
    lines = ["# Rules", "", "Each rule has a stable code and name; select or ignore rules by code, "
             "prefix, family, name or `ALL`.", "", "| family | what |", "| --- | --- |"]
    lines += [f"| {family} | {what} |" for family, what in FAMILIES.items()]
    lines += ["", "| code | name | default | what it fixes |", "| --- | --- | --- | --- |"]
    for rule in rules:
        default = "yes" if rule.default else "no"
        lines.append(f"| [{rule.code}]({rule.code}.md) | {rule.name} | {default} | {rule.message} |")
    return "\n".join(lines) + "\n"


def on_files(files: Files, config: Any) -> Files:
    root = Path(config.config_file_path).parent
    readme = (root / "README.md").read_text(encoding="utf-8").replace("](docs/", "](")
    files.append(File.generated(config, "index.md", content=readme))
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    files.append(File.generated(config, "changelog.md", content=changelog))
    files.append(File.generated(config, "rules/index.md", content=_rule_index()))
    for rule in RULES + FILE_RULES:
        files.append(File.generated(config, f"rules/{rule.code}.md", content=explain_markdown(rule)))
    return files
