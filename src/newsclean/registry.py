"""RULES: the one ordered table of rules, and selector resolution.

The order of the table is the order rules run in each pass: encoding repairs first
(later rules need real characters), then deletions (artifacts, chrome), spacing, and
whitespace, which tidies what they left; casing and spelling last. Their edits change
letters only, never spaces, and they are the costliest rules: placed last, they see
the text once it has settled and need not run again (see engine.run_rules). The
misspelling list (TY01) comes before the casing rules, which count how the text
writes each word: "British parliment" must be "parliament" before CA01 counts the
lowercase uses of "parliament". Names of several words (CA07) come before single
words (CA01): "van halen" must be seen whole, before "halen" alone becomes "Halen" and
leaves "van Halen" half lowercase.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from .model import Config, Rule, UnknownRuleError
from .rules import artifacts, boilerplate, casing, encoding, spacing, spelling, whitespace

__all__ = [
    "FAMILIES", "FILE_RULES", "RULES", "file_rule_enabled", "resolve", "select_file_rules", "select_rules",
]

FAMILIES: dict[str, str] = {
    "EN": "encoding and Unicode damage",
    "AR": "artifacts: citation tokens, markdown, HTML tags",
    "BP": "boilerplate: site chrome lines",
    "SP": "spacing: glued sentences, lost apostrophes",
    "CA": "casing",
    "TY": "typos and real-word errors",
    "WS": "whitespace and layout",
}

RULES: tuple[Rule, ...] = (
    Rule("EN02", "lossy-mojibake", "EN", encoding.lossy_mojibake, scope="any"),
    Rule("EN01", "mojibake", "EN", encoding.mojibake, scope="any"),
    Rule("EN03", "c1-controls", "EN", encoding.c1_controls, scope="any"),
    Rule("EN05", "invisible-characters", "EN", encoding.invisible_characters, scope="any"),
    Rule("EN06", "control-characters", "EN", encoding.control_characters, scope="any"),
    Rule("EN07", "unusual-spaces", "EN", encoding.unusual_spaces, scope="any"),
    Rule("EN08", "line-separators", "EN", encoding.line_separators, scope="any"),
    Rule("EN09", "unicode-normalization", "EN", encoding.unicode_normalization, scope="any"),
    # The rules without a scope come first: the scope is computed when the first rule
    # with one runs, on text without control characters, mojibake or citation tokens
    # (":contentReference[oaicite:1]{index=1}" is no code).
    Rule("AR01", "llm-citation-tokens", "AR", artifacts.llm_citation_tokens, scope="any"),
    Rule("EN04", "html-entities", "EN", encoding.html_entities),
    Rule("AR02", "markdown-images", "AR", artifacts.markdown_images),
    Rule("AR03", "markdown-links", "AR", artifacts.markdown_links),
    Rule("AR04", "html-tags", "AR", artifacts.html_tags),
    Rule("AR05", "citation-marks", "AR", artifacts.citation_marks),
    Rule("BP01", "breadcrumbs", "BP", boilerplate.breadcrumbs, scope="lines"),
    Rule("BP02", "repeated-headline", "BP", boilerplate.repeated_headline, scope="lines"),
    Rule("BP03", "share-prompt", "BP", boilerplate.share_prompt, scope="lines"),
    Rule("BP04", "ad-and-related-links", "BP", boilerplate.ad_and_related_links, scope="lines"),
    Rule("BP05", "image-credit", "BP", boilerplate.image_credit, scope="lines"),
    Rule("BP06", "legal-notice", "BP", boilerplate.legal_notice, scope="lines"),
    Rule("BP07", "tag-and-comment-footer", "BP", boilerplate.tag_and_comment_footer, scope="lines"),
    Rule(
        "SP03", "missing-space-after-honorific", "SP", spacing.missing_space_after_honorific, scope="english"
    ),
    Rule("SP01", "missing-space-after-sentence", "SP", spacing.missing_space_after_sentence, scope="english"),
    Rule("SP02", "missing-space-after-comma", "SP", spacing.missing_space_after_comma, scope="english"),
    Rule("SP04", "space-before-punctuation", "SP", spacing.space_before_punctuation, scope="english"),
    Rule("SP05", "lost-possessive-apostrophe", "SP", spacing.lost_possessive_apostrophe, scope="english"),
    Rule("WS01", "trailing-whitespace", "WS", whitespace.trailing_whitespace),
    Rule("WS02", "space-runs", "WS", whitespace.space_runs),
    Rule("WS03", "indentation", "WS", whitespace.indentation),
    Rule("WS04", "leading-blank-lines", "WS", whitespace.leading_blank_lines),
    Rule("WS05", "blank-lines", "WS", whitespace.blank_lines),
    Rule("WS06", "final-newline", "WS", whitespace.final_newline),
    Rule("TY01", "misspelling", "TY", spelling.misspelling, scope="english"),
    Rule("TY03", "non-word-typo", "TY", spelling.non_word_typo, scope="english"),
    Rule("CA05", "title-case-apostrophe", "CA", casing.title_case_apostrophe, scope="english"),
    Rule("CA07", "multiword-name", "CA", casing.multiword_name, scope="english"),
    Rule("CA01", "proper-noun-from-document", "CA", casing.proper_noun_from_document, scope="english"),
    Rule("CA02", "name-after-honorific", "CA", casing.name_after_honorific, scope="english"),
    Rule("CA03", "gazetteer-proper-noun", "CA", casing.gazetteer_proper_noun, scope="english"),
    Rule("CA06", "title-before-name", "CA", casing.title_before_name, scope="english"),
    Rule("TY02", "real-word-error", "TY", spelling.real_word_error, scope="english"),
    Rule("CA04", "headline-case", "CA", casing.headline_case, scope="english"),
)


# Rules about a file's bytes rather than its text: the command line reports them when
# it reads a file. Selected and ignored like the others; never run on text.
FILE_RULES: tuple[Rule, ...] = (
    Rule("EN00", "non-utf8-file", "EN", encoding.non_utf8_file, scope="any"),
)


def _matching(rules: tuple[Rule, ...], selector: str) -> tuple[Rule, ...]:
    wanted = selector.strip()
    if wanted.upper() == "ALL":
        return rules
    by_name = tuple(rule for rule in rules if rule.name == wanted.lower())
    if by_name:
        return by_name
    return tuple(rule for rule in rules if wanted and rule.code.startswith(wanted.upper()))


def select_rules(selector: str) -> tuple[Rule, ...]:
    """Text rules a selector names: ``ALL``, a code, a code prefix, a family or a name.

    A selector that names only a file rule ("EN00") is valid and selects no text rule.

    >>> [rule.code for rule in select_rules("final-newline")]
    ['WS06']
    >>> len(select_rules("WS")), select_rules("EN00")
    (6, ())
    """
    found = _matching(RULES, selector)
    if found or _matching(FILE_RULES, selector):
        return found
    raise UnknownRuleError(f"unknown rule selector {selector!r} (see --list-rules)")


def select_file_rules(selector: str) -> tuple[Rule, ...]:
    """File rules a selector names (none for an unknown selector)."""
    return _matching(FILE_RULES, selector)


def _union(selectors: Iterable[str]) -> set[str]:
    return {rule.code for selector in selectors for rule in select_rules(selector)}


def file_rule_enabled(config: Config, code: str) -> bool:
    """Whether ``config`` enables the file rule ``code`` (on by default, like the text rules).

    >>> file_rule_enabled(Config(), "EN00"), file_rule_enabled(Config(ignore=("EN00",)), "EN00")
    (True, False)
    >>> file_rule_enabled(Config(select=("SP",)), "EN00"), file_rule_enabled(Config(select=("EN",)), "EN00")
    (False, True)
    """
    (rule,) = (rule for rule in FILE_RULES if rule.code == code)

    def named(selectors: Iterable[str]) -> bool:
        return any(rule in _matching(FILE_RULES, selector) for selector in selectors)

    enabled = rule.default if config.select is None else named(config.select)
    return (enabled or named(config.extend_select)) and not named(config.ignore)


# WS06 as files need it: exactly one final newline (Config.final_newline).
_FILE_ENDING = Rule("WS06", "final-newline", "WS", whitespace.final_newline_of_file)


def _configured(rule: Rule, config: Config) -> Rule:
    """``rule`` as ``config`` asks for it: WS06 for a file, TY01 with the user's dictionary,
    and the other spelling rules leaving the words of that dictionary to it."""
    if rule.code == "WS06" and config.final_newline:
        return _FILE_ENDING
    if rule.code == "TY01" and config.dictionary:
        return replace(rule, check=spelling.with_dictionary(config.dictionary))
    if rule.code in ("TY02", "TY03") and config.dictionary:
        words = frozenset(wrong.strip().lower() for wrong, _ in config.dictionary)
        return replace(rule, check=spelling.leaving_words(rule.check, words))
    return rule


@lru_cache(maxsize=256)
def resolve(config: Config) -> tuple[Rule, ...]:
    """The rules ``config`` enables, in table order.

    Memoised: ``clean`` resolves its selectors on every call, and a Config is an
    immutable value.
    """
    if config.select is None:
        enabled = {rule.code for rule in RULES if rule.default}
    else:
        enabled = _union(config.select)
    enabled |= _union(config.extend_select)
    enabled -= _union(config.ignore)
    return tuple(_configured(rule, config) for rule in RULES if rule.code in enabled)
