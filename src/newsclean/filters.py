"""One plain ``str -> str`` function per rule, named after it (generated: do not edit).

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
    "ad_and_related_links",
    "blank_lines",
    "breadcrumbs",
    "c1_controls",
    "citation_marks",
    "control_characters",
    "final_newline",
    "gazetteer_proper_noun",
    "headline_case",
    "html_entities",
    "html_tags",
    "image_credit",
    "indentation",
    "invisible_characters",
    "leading_blank_lines",
    "legal_notice",
    "line_separators",
    "llm_citation_tokens",
    "lossy_mojibake",
    "lost_possessive_apostrophe",
    "markdown_images",
    "markdown_links",
    "missing_space_after_comma",
    "missing_space_after_honorific",
    "missing_space_after_sentence",
    "misspelling",
    "mojibake",
    "multiword_name",
    "name_after_honorific",
    "non_word_typo",
    "proper_noun_from_document",
    "real_word_error",
    "repeated_headline",
    "share_prompt",
    "space_before_punctuation",
    "space_runs",
    "tag_and_comment_footer",
    "title_before_name",
    "title_case_apostrophe",
    "trailing_whitespace",
    "unicode_normalization",
    "unusual_spaces",
]


@cache
def _rule(code: str) -> Rule:
    (rule,) = (rule for rule in RULES if rule.code == code)
    return rule


def _apply(code: str, text: str) -> str:
    return run_rules(text, (_rule(code),), diagnostics=False).text


def ad_and_related_links(text: str) -> str:
    """Advertising marker or related-content teaser on its own line.

    Rule BP04 (ad-and-related-links).
    """
    return _apply("BP04", text)


def blank_lines(text: str) -> str:
    """More than one blank line in a row.

    Rule WS05 (blank-lines).
    """
    return _apply("WS05", text)


def breadcrumbs(text: str) -> str:
    """Breadcrumb trail above the headline.

    Rule BP01 (breadcrumbs).
    """
    return _apply("BP01", text)


def c1_controls(text: str) -> str:
    """C1 control characters standing for cp1252 punctuation.

    Rule EN03 (c1-controls).
    """
    return _apply("EN03", text)


def citation_marks(text: str) -> str:
    """Reference marks with no footnote to point to.

    Rule AR05 (citation-marks).
    """
    return _apply("AR05", text)


def control_characters(text: str) -> str:
    """Control characters in text.

    Rule EN06 (control-characters).
    """
    return _apply("EN06", text)


def final_newline(text: str) -> str:
    """Blank lines or spaces at the end of the text.

    Rule WS06 (final-newline).
    """
    return _apply("WS06", text)


def gazetteer_proper_noun(text: str) -> str:
    """Country, nationality, language, weekday or month in lower case, or a lone 'i'.

    Rule CA03 (gazetteer-proper-noun).
    """
    return _apply("CA03", text)


def headline_case(text: str) -> str:
    """Lowercase word in a title-cased headline.

    Rule CA04 (headline-case).
    """
    return _apply("CA04", text)


def html_entities(text: str) -> str:
    """HTML character references left in plain text.

    Rule EN04 (html-entities).
    """
    return _apply("EN04", text)


def html_tags(text: str) -> str:
    """HTML tags left in plain text.

    Rule AR04 (html-tags).
    """
    return _apply("AR04", text)


def image_credit(text: str) -> str:
    """Image or photo credit or caption on its own line.

    Rule BP05 (image-credit).
    """
    return _apply("BP05", text)


def indentation(text: str) -> str:
    """Indentation before a line of prose.

    Rule WS03 (indentation).
    """
    return _apply("WS03", text)


def invisible_characters(text: str) -> str:
    """Invisible characters inside Latin-script text.

    Rule EN05 (invisible-characters).
    """
    return _apply("EN05", text)


def leading_blank_lines(text: str) -> str:
    """Blank lines before the first line of text.

    Rule WS04 (leading-blank-lines).
    """
    return _apply("WS04", text)


def legal_notice(text: str) -> str:
    """Copyright line or cookie and privacy notice.

    Rule BP06 (legal-notice).
    """
    return _apply("BP06", text)


def line_separators(text: str) -> str:
    """Unicode line and paragraph separators and NEL.

    Rule EN08 (line-separators).
    """
    return _apply("EN08", text)


def llm_citation_tokens(text: str) -> str:
    """Citation tokens left by chat assistants.

    Rule AR01 (llm-citation-tokens).
    """
    return _apply("AR01", text)


def lossy_mojibake(text: str) -> str:
    """Lossy mojibake: a character whose last byte was lost in decoding.

    Rule EN02 (lossy-mojibake).
    """
    return _apply("EN02", text)


def lost_possessive_apostrophe(text: str) -> str:
    """Possessive that lost its apostrophe and was title-cased.

    Rule SP05 (lost-possessive-apostrophe).
    """
    return _apply("SP05", text)


def markdown_images(text: str) -> str:
    """Image markdown in plain text.

    Rule AR02 (markdown-images).
    """
    return _apply("AR02", text)


def markdown_links(text: str) -> str:
    """Markdown links in plain text.

    Rule AR03 (markdown-links).
    """
    return _apply("AR03", text)


def missing_space_after_comma(text: str) -> str:
    """Missing space after a comma, semicolon or colon between words.

    Rule SP02 (missing-space-after-comma).
    """
    return _apply("SP02", text)


def missing_space_after_honorific(text: str) -> str:
    """Missing space between an honorific and a name.

    Rule SP03 (missing-space-after-honorific).
    """
    return _apply("SP03", text)


def missing_space_after_sentence(text: str) -> str:
    """Missing space after a sentence-ending period, question or exclamation mark.

    Rule SP01 (missing-space-after-sentence).
    """
    return _apply("SP01", text)


def misspelling(text: str) -> str:
    """Misspelled word.

    Rule TY01 (misspelling).
    """
    return _apply("TY01", text)


def mojibake(text: str) -> str:
    """Mojibake: text encoded as UTF-8 and decoded as another encoding.

    Rule EN01 (mojibake).
    """
    return _apply("EN01", text)


def multiword_name(text: str) -> str:
    """A name of several words written in lower case.

    Rule CA07 (multiword-name).
    """
    return _apply("CA07", text)


def name_after_honorific(text: str) -> str:
    """Name written in lower case after an honorific or title.

    Rule CA02 (name-after-honorific).
    """
    return _apply("CA02", text)


def non_word_typo(text: str) -> str:
    """A word that is no English word, one edit away from a common one.

    Rule TY03 (non-word-typo).
    """
    return _apply("TY03", text)


def proper_noun_from_document(text: str) -> str:
    """Proper noun written in lower case where the text capitalises it elsewhere.

    Rule CA01 (proper-noun-from-document).
    """
    return _apply("CA01", text)


def real_word_error(text: str) -> str:
    """Real word used for a similar one.

    Rule TY02 (real-word-error).
    """
    return _apply("TY02", text)


def repeated_headline(text: str) -> str:
    """Headline repeated on the next line.

    Rule BP02 (repeated-headline).
    """
    return _apply("BP02", text)


def share_prompt(text: str) -> str:
    """Share, follow or subscribe prompt on its own line.

    Rule BP03 (share-prompt).
    """
    return _apply("BP03", text)


def space_before_punctuation(text: str) -> str:
    """Space before a comma or period.

    Rule SP04 (space-before-punctuation).
    """
    return _apply("SP04", text)


def space_runs(text: str) -> str:
    """Runs of spaces or tabs inside a line.

    Rule WS02 (space-runs).
    """
    return _apply("WS02", text)


def tag_and_comment_footer(text: str) -> str:
    """Tag list, category line or comment prompt.

    Rule BP07 (tag-and-comment-footer).
    """
    return _apply("BP07", text)


def title_before_name(text: str) -> str:
    """Title written in lower case before a name, where the text capitalises it.

    Rule CA06 (title-before-name).
    """
    return _apply("CA06", text)


def title_case_apostrophe(text: str) -> str:
    """Capital letter after an apostrophe, from str.title().

    Rule CA05 (title-case-apostrophe).
    """
    return _apply("CA05", text)


def trailing_whitespace(text: str) -> str:
    """Whitespace at the end of a line.

    Rule WS01 (trailing-whitespace).
    """
    return _apply("WS01", text)


def unicode_normalization(text: str) -> str:
    """Text not in Unicode normal form C.

    Rule EN09 (unicode-normalization).
    """
    return _apply("EN09", text)


def unusual_spaces(text: str) -> str:
    """No-break and typographic spaces.

    Rule EN07 (unusual-spaces).
    """
    return _apply("EN07", text)
