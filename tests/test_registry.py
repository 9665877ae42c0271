"""The rule table: unique codes and names, documented rules, selection, filters, README."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean import filters
from newsclean.cli import main
from newsclean.registry import FAMILIES, RULES, resolve, select_rules

README = Path(__file__).parent.parent / "README.md"


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [rule.code for rule in RULES]
    names = [rule.name for rule in RULES]
    assert len(set(codes)) == len(codes)
    assert len(set(names)) == len(names)
    for rule in RULES:
        assert re.fullmatch(r"[A-Z]{2}\d{2}", rule.code)
        assert rule.code[:2] == rule.family
        assert rule.family in FAMILIES
        assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", rule.name)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_docstring_has_message_why_leaves_alone_and_examples(rule: newsclean.Rule) -> None:
    doc = rule.description
    assert rule.message
    assert not rule.message.endswith(".")
    assert "**Why**" in doc
    assert "**Leaves alone**" in doc
    assert ">>>" in doc
    assert all(ch.isprintable() or ch == "\n" for ch in doc), "escape invisible characters"


def test_selection_by_code_prefix_name_family_and_all() -> None:
    assert [r.code for r in select_rules("SP01")] == ["SP01"]
    assert {r.code for r in select_rules("SP")} == {r.code for r in RULES if r.family == "SP"}
    assert [r.name for r in select_rules("headline-case")] == ["headline-case"]
    assert select_rules("ALL") == RULES
    with pytest.raises(newsclean.UnknownRuleError):
        select_rules("XX99")


def test_config_select_extend_and_ignore() -> None:
    only_ws = resolve(newsclean.Config(select=("WS",)))
    assert {r.family for r in only_ws} == {"WS"}
    extended = resolve(newsclean.Config(select=("WS",), extend_select=("SP01",)))
    assert {r.code for r in extended} == {r.code for r in only_ws} | {"SP01"}
    ignored = resolve(newsclean.Config(ignore=("CA", "TY02")))
    assert not any(r.family == "CA" or r.code == "TY02" for r in ignored)
    assert [r.code for r in resolve(newsclean.Config())] == [r.code for r in RULES if r.default]


def test_clean_select_and_ignore_keywords() -> None:
    text = "It ended.Then  it began.\n"
    assert newsclean.clean(text, select=["WS"]) == "It ended.Then it began.\n"
    assert newsclean.clean(text, ignore=["SP01"]) == "It ended.Then it began.\n"
    assert newsclean.clean(text) == "It ended. Then it began.\n"


def test_every_rule_has_a_filter_function() -> None:
    assert sorted(filters.__all__) == sorted(rule.function_name for rule in RULES)
    for rule in RULES:
        function = getattr(filters, rule.function_name)
        assert callable(function)
        assert function.__name__ == rule.function_name
    assert filters.missing_space_after_sentence("It ended.Then it began.") == "It ended. Then it began."
    with pytest.raises(AttributeError):
        _ = filters.no_such_rule  # type: ignore[attr-defined]


def test_filters_module_is_generated_from_the_registry() -> None:
    script = Path(__file__).parent.parent / "scripts" / "generate_filters.py"
    result = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout


def test_make_pipeline_composes_codes_names_and_callables() -> None:
    def shout(text: str) -> str:
        return text.upper()

    pipeline = newsclean.make_pipeline("SP01", "final-newline", shout)
    assert pipeline("It ended.Then it began.\n\n") == "IT ENDED. THEN IT BEGAN.\n"
    with pytest.raises(newsclean.UnknownRuleError):
        newsclean.make_pipeline("no-such-rule")
    with pytest.raises(TypeError):
        newsclean.make_pipeline(3)  # type: ignore[arg-type]


def test_public_api_is_explicit() -> None:
    for name in newsclean.__all__:
        assert hasattr(newsclean, name)
    assert re.fullmatch(r"\d+\.\d+\.\d+", newsclean.__version__)


def test_readme_rule_table_matches_list_rules() -> None:
    out = io.StringIO()
    assert main(["--list-rules"], stdout=out) == 0
    assert out.getvalue() in README.read_text(encoding="utf-8")


@pytest.mark.parametrize("diagnostics", [True, False])
def test_convergence_error_names_the_rules_still_firing(diagnostics: bool) -> None:
    def flip(text: str):  # type: ignore[no-untyped-def]
        yield newsclean.Edit(0, 1, "b" if text[:1] == "a" else "a")

    rule = newsclean.Rule("ZZ01", "flip", "ZZ", flip)
    from newsclean.engine import run_rules

    with pytest.raises(newsclean.ConvergenceError, match="ZZ01"):
        run_rules("abc", (rule,), max_passes=3, diagnostics=diagnostics)


@pytest.mark.parametrize("diagnostics", [True, False])
def test_engine_checks_edits_with_or_without_diagnostics(diagnostics: bool) -> None:
    from newsclean.engine import InvalidEditError, run_rules

    def report_backwards(text: str):  # type: ignore[no-untyped-def]
        yield newsclean.Edit(2, 3, None)
        yield newsclean.Edit(0, 1, None)

    rule = newsclean.Rule("ZZ01", "backwards", "ZZ", report_backwards)
    with pytest.raises(InvalidEditError, match="ZZ01"):
        run_rules("abc", (rule,), diagnostics=diagnostics)


def test_text_only_run_reports_nothing_and_keeps_report_only_edits_out() -> None:
    from newsclean.engine import run_rules

    def report(text: str):  # type: ignore[no-untyped-def]
        yield newsclean.Edit(0, 1, None)

    rules = (newsclean.Rule("ZZ01", "report", "ZZ", report),)
    assert run_rules("abc", rules).diagnostics  # the report, with diagnostics
    assert run_rules("abc", rules, diagnostics=False) == newsclean.Result("abc")


@pytest.mark.parametrize("diagnostics", [True, False])
def test_engine_asks_a_settled_rule_again_only_after_the_text_changes(diagnostics: bool) -> None:
    from newsclean.engine import run_rules

    seen: list[str] = []

    def watch(text: str):  # type: ignore[no-untyped-def]
        seen.append(text)
        return iter(())

    def x_to_y(text: str):  # type: ignore[no-untyped-def]
        position = text.find("x")
        if position >= 0:
            yield newsclean.Edit(position, position + 1, "y")

    rules = (
        newsclean.Rule("ZZ01", "watch-before", "ZZ", watch),
        newsclean.Rule("ZZ02", "x-to-y", "ZZ", x_to_y),
        newsclean.Rule("ZZ03", "watch-after", "ZZ", watch),
    )
    assert run_rules("axbx", rules, diagnostics=diagnostics).text == "ayby"
    # Pass 1: watch-before sees "axbx", x-to-y fixes one x, watch-after sees "aybx".
    # Pass 2: watch-before sees "aybx", x-to-y fixes the other, watch-after "ayby".
    # Pass 3: only watch-before has not seen "ayby"; x-to-y settles; pass 4 runs nothing.
    assert seen == ["axbx", "aybx", "aybx", "ayby", "ayby"]


def test_diagnostics_locate_edits_in_the_input() -> None:
    text = "Title\n\n\nFirst line.Second  line.\n"
    result = newsclean.run(text)
    where = {(d.code, d.line, d.column) for d in result.diagnostics}
    assert ("SP01", 4, 12) in where  # after "First line." on input line 4
    assert ("WS02", 4, 18) in where
    assert ("WS05", 1, 6) in where


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    readme = README.read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if line.endswith("python -m pytest"))
    ci_script = (README.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert ci_script.rstrip().splitlines()[-1] == command


def test_misspellings_are_fixed_before_casing_counts_the_words() -> None:
    # "parliment" hides one of the two lowercase "parliament": counted first, the other
    # would look like the text's only lowercase use, a slip, and be capitalised.
    text = ("He spoke in Parliament. She sat in Parliament today. A vote of Parliament passed. "
            "The British parliment voted, and members of parliament left.")
    assert newsclean.clean(text) == text.replace("parliment", "parliament")
    codes = [rule.code for rule in newsclean.RULES]
    assert codes.index("TY01") < min(i for i, code in enumerate(codes) if code.startswith("CA"))
