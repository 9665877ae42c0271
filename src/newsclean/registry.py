"""RULES: the one ordered table of rules, and selector resolution.

The order of the table is the order rules run in each pass: encoding repairs first
(later rules need real characters), then deletions (artifacts, chrome), spacing, and
whitespace, which tidies what they left; casing and spelling last. Their edits change
letters only, never spaces, and they are the costliest rules: placed last, they see
the text once it has settled and need not run again (see engine.run_rules).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from .model import Config, Rule, UnknownRuleError
from .rules import artifacts, boilerplate, casing, encoding, spacing, spelling, whitespace

__all__ = ["FAMILIES", "RULES", "resolve", "select_rules"]

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
    Rule("EN02", "lossy-mojibake", "EN", encoding.lossy_mojibake),
    Rule("EN01", "mojibake", "EN", encoding.mojibake),
    Rule("EN03", "c1-controls", "EN", encoding.c1_controls),
    Rule("EN04", "html-entities", "EN", encoding.html_entities),
    Rule("EN05", "invisible-characters", "EN", encoding.invisible_characters),
    Rule("EN06", "control-characters", "EN", encoding.control_characters),
    Rule("EN07", "unusual-spaces", "EN", encoding.unusual_spaces),
    Rule("EN08", "line-separators", "EN", encoding.line_separators),
    Rule("EN09", "unicode-normalization", "EN", encoding.unicode_normalization),
    Rule("AR01", "llm-citation-tokens", "AR", artifacts.llm_citation_tokens),
    Rule("AR02", "markdown-images", "AR", artifacts.markdown_images),
    Rule("AR03", "markdown-links", "AR", artifacts.markdown_links),
    Rule("AR04", "html-tags", "AR", artifacts.html_tags),
    Rule("BP01", "breadcrumbs", "BP", boilerplate.breadcrumbs),
    Rule("BP02", "repeated-headline", "BP", boilerplate.repeated_headline),
    Rule("BP03", "share-prompt", "BP", boilerplate.share_prompt),
    Rule("BP04", "ad-and-related-links", "BP", boilerplate.ad_and_related_links),
    Rule("BP05", "image-credit", "BP", boilerplate.image_credit),
    Rule("BP06", "legal-notice", "BP", boilerplate.legal_notice),
    Rule("BP07", "tag-and-comment-footer", "BP", boilerplate.tag_and_comment_footer),
    Rule("SP03", "missing-space-after-honorific", "SP", spacing.missing_space_after_honorific),
    Rule("SP01", "missing-space-after-sentence", "SP", spacing.missing_space_after_sentence),
    Rule("SP02", "missing-space-after-comma", "SP", spacing.missing_space_after_comma),
    Rule("SP04", "space-before-punctuation", "SP", spacing.space_before_punctuation),
    Rule("SP05", "lost-possessive-apostrophe", "SP", spacing.lost_possessive_apostrophe),
    Rule("WS01", "trailing-whitespace", "WS", whitespace.trailing_whitespace),
    Rule("WS02", "space-runs", "WS", whitespace.space_runs),
    Rule("WS03", "indentation", "WS", whitespace.indentation),
    Rule("WS04", "leading-blank-lines", "WS", whitespace.leading_blank_lines),
    Rule("WS05", "blank-lines", "WS", whitespace.blank_lines),
    Rule("WS06", "final-newline", "WS", whitespace.final_newline),
    Rule("CA05", "title-case-apostrophe", "CA", casing.title_case_apostrophe),
    Rule("CA01", "proper-noun-from-document", "CA", casing.proper_noun_from_document),
    Rule("CA02", "name-after-honorific", "CA", casing.name_after_honorific),
    Rule("CA03", "gazetteer-proper-noun", "CA", casing.gazetteer_proper_noun),
    Rule("CA06", "title-before-name", "CA", casing.title_before_name),
    Rule("TY01", "misspelling", "TY", spelling.misspelling),
    Rule("TY02", "real-word-error", "TY", spelling.real_word_error),
    Rule("CA04", "headline-case", "CA", casing.headline_case),
)


def select_rules(selector: str) -> tuple[Rule, ...]:
    """Rules a selector names: ``ALL``, a code, a code prefix, a family or a name.

    >>> [rule.code for rule in select_rules("final-newline")]
    ['WS06']
    >>> len(select_rules("WS"))
    6
    """
    wanted = selector.strip()
    if wanted.upper() == "ALL":
        return RULES
    by_name = tuple(rule for rule in RULES if rule.name == wanted.lower())
    if by_name:
        return by_name
    by_code = tuple(rule for rule in RULES if rule.code.startswith(wanted.upper()))
    if by_code and wanted:
        return by_code
    raise UnknownRuleError(f"unknown rule selector {selector!r} (see --list-rules)")


def _union(selectors: Iterable[str]) -> set[str]:
    return {rule.code for selector in selectors for rule in select_rules(selector)}


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
    return tuple(rule for rule in RULES if rule.code in enabled)
