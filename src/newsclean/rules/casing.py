"""CA: proper nouns written in lower case, broken headline case, title-casing damage.

Casing rules only change the case of letters, and only on evidence: how the same text
writes the word elsewhere, an honorific in front of it, or a gazetteer of names that
are never common words. They never lowercase what the publisher capitalised.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from functools import cache

import regex

from ..data import load_lines, load_words
from ..model import Edit
from ._document import (
    QUOTATION,
    LineIndex,
    base_word,
    cased_runs,
    cased_runs_lowercased,
    census_scores,
    english_words,
    find_all,
    foreign_function_words,
    gazetteer_names,
    headline_words,
    in_prose,
    is_headline_line,
    is_title_word,
    letter_runs,
    looks_english,
    lowercase_positions,
    matches_at,
    minor_words,
    never_names,
    occurrences,
    search_ending_at,
    sentence_initial,
    titles,
    tokens,
)
from ._evidence import USAGE_EVIDENCE, Headlines, gather, neighbours
from ._name_evidence import after_modifier, capitalise, derived_english_word, title_before, why_a_name
from .lexicon import frequencies, is_derived, is_inflected, is_listed, more_words, pair_score

_NO_PERIOD_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Mx"})


def _capital_edit(text: str, start: int, note: str) -> Edit | None:
    """Capitalise the letter at ``start``, or None if it has no one-letter capital.

    "ß" -> "SS" would change the word's length and "ĸ" or "ˇ" have no capital form;
    such words are left alone.
    """
    letter = text[start]
    capital = letter.upper()
    if len(capital) != 1 or capital == letter:
        return None
    return Edit(start, start + 1, capital, note)


def proper_noun_from_document(text: str) -> Iterator[Edit]:
    """Proper noun written in lower case where the text capitalises it elsewhere.

    **Why**: "between Spain and portugal" in an article that writes "Portugal" in the
    middle of sentences, or "New york" beside "New York". A word the text only ever
    capitalises inside longer names ("Kirsten Gillibrand") is fixed next to the same
    name word, or when it is not English, not a short name particle ("bin") and
    written lowercase just once. A word that is also a common English word ("bill",
    "states", "china") needs stronger evidence, and this must be its only lowercase
    use: the text writes the same two-word name at least twice ("United States" …
    "United states"), or once when the word ends two-word names of different first
    words ("Linwood Mosque", "Noor Mosque" … "Al Noor mosque"); or the same two
    words capitalised at least twice inside
    longer names, not always before the same word ("United States Navy", "United
    States Senate" … "United states Speaker"); or the same name run starting with it
    ("Prime Minister" … "prime Minister"); or the same three-word run in a body line
    ("Fire and Rescue" … "Fire and rescue"); or the word capitalised before names at least twice and
    here before a name, not after a modifier ("united Kingdom"); or the word between
    two capitalised words, written capitalised beside one of them or before names
    twice, and not a title ("Detroit pistons Chauncey" beside "Detroit Pistons"); or
    the word alone,
    capitalised, at least twice, once beside the same lowercase word ("from China"
    … "from china"; not a determiner: "the court" may be house style). A word
    written capitalised before the same name ("Bill Osei" … "bill Osei") is fixed
    when never lowercase elsewhere; a word English writes only capitalised
    (proper-nouns.txt) when the text capitalises it anywhere, a sentence start too,
    and writes it lowercase just once ("along with boeing" beside "Boeing's first
    capsule"); and so is one that completes an office or
    institution of offices.txt whose other words stand there capitalised, not at a
    sentence start ("US Secretary of state Mike Pompeo", "the Supreme court"; not
    titles: "Health minister Bloomfield" may be the house style).

    **Leaves alone**: common words in ordinary use ("the bill passed" beside "Bill
    Osei"), a word written lowercase twice that English does not write only capitalised
    ("fontconfig" twice beside "Fontconfig": the text's own spelling of a program's
    name), words capitalised only at sentence starts or in headlines, words the
    text capitalises only in another spelling ("openssl" beside "OpenSSL": the fix
    would be "Openssl"), handles, hashtags, paths and addresses.

    >>> from newsclean.engine import apply_edits
    >>> s = "Talks with Portugal went on. Aid for Portugal grew. He left portugal."
    >>> apply_edits(s, proper_noun_from_document(s))
    'Talks with Portugal went on. Aid for Portugal grew. He left Portugal.'
    """
    evidence = gather(text)
    capitalised = evidence.capitalised_mid
    written = cased_runs(text)
    # The fix must be a spelling the text writes: not "Parenmatch" beside "ParenMatch".
    common = english_words()
    candidates = sorted(
        key
        for key in evidence.possible_names
        if len(key) > 1 and capitalise(key) in written and (capitalised[key] or key not in common)
    )
    edits: list[Edit] = []
    for key in candidates:
        for start in evidence.lowercase_at[key]:
            end = start + len(key)
            note = why_a_name(text, start, end, key, evidence, key in common)
            edit = None if note is None else _capital_edit(text, start, note)
            if edit is not None:
                edits.append(edit)
    edits.sort(key=lambda edit: edit.start)
    yield from edits


@cache
def _after_title(title: str) -> regex.Pattern[str]:
    # The title, an optional period, one space, a lowercase word: "Mrs. okafor",
    # "President mensah". Not matched: "Mrs. Okafor", "president mensah" (lowercase title).
    return regex.compile(
        r"(?<![\p{L}\p{N}])(" + regex.escape(title) + r")(\.?) (\p{Ll}\p{L}*+)(?!['’]?\p{L})"
    )


def _lowercase_after_titles(text: str) -> Iterator[regex.Match[str]]:
    """Matches of :func:`_after_title` for the titles the text writes, in text order.

    One scan per title present (usually none or one), not one pass of every title
    over the text. Two matches never overlap: a title starts with a capital letter,
    the word a match ends with is lowercase.
    """
    present = sorted(titles() & letter_runs(text))
    scans = [_literal_matches(_after_title(title), text, title) for title in present]
    return heapq.merge(*scans, key=lambda match: match.start())


def _literal_matches(pattern: regex.Pattern[str], text: str, literal: str) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts with ``literal``.

    The literal is found with str.find, and the pattern matched there only: a pattern
    that begins with a lookbehind costs the regex engine a step at every character.
    """
    return matches_at(pattern, text, find_all(text, (literal,)))


def name_after_honorific(text: str) -> Iterator[Edit]:
    """Name written in lower case after an honorific or title.

    **Why**: "Mrs. okafor", "Dr. smith". After an abbreviated honorific a lowercase
    word is a name. After a title written in full ("President", "Senator", "Justice")
    the text must also write the word capitalised elsewhere ("President mensah" beside
    "President Mensah"), or the word must be one SCOWL writes only capitalised
    ("President donald", proper-nouns.txt). After an honorific and a given name ("Dr. Tristan smith"),
    the text must write the word capitalised (mid-sentence, or anywhere when the text
    never writes it in lower case otherwise: "Trump spoke." ... "President Donald
    trump"), or the word must be no English word or far more common as a surname than
    as a word (surnames.txt, from the 1990 US Census: "Dr. Andrew smith"), and the
    text writes it lowercase nowhere else.

    **Leaves alone**: function words and common verbs ("the President said", "Dr.
    who"), lowercase titles ("the president met"), capitalised names, a title that
    only starts a sentence ("General elections") unless the text writes the word
    capitalised after it elsewhere.

    >>> from newsclean.engine import apply_edits
    >>> s = "Mrs. okafor met Dr. who and the President said so."
    >>> apply_edits(s, name_after_honorific(s))
    'Mrs. Okafor met Dr. who and the President said so.'
    """
    honorifics = load_words("honorifics.txt")
    function_words = load_words("function-words.txt")
    edits = {edit.start: edit for edit in _names_after_titles(text, honorifics, function_words)}
    for edit in _surnames_after_honorifics(text, honorifics, function_words):
        edits.setdefault(edit.start, edit)
    yield from sorted(edits.values(), key=lambda edit: edit.start)  # two scans, one text order


def _no_common_word(word: str) -> bool:
    """Whether a lowercase word is neither a common English word (SCOWL), nor made from
    one ("unsealed"), nor a function word of another language: after a title, it can
    only be a name ("President donald", "Prime Minister eshkol")."""
    return (
        len(word) >= 3
        and word not in english_words()
        and word not in foreign_function_words()
        and not is_derived(word)
    )


def _names_after_titles(
    text: str, honorifics: frozenset[str], function_words: frozenset[str]
) -> Iterator[Edit]:
    """A lowercase word right after an honorific or title (see :func:`name_after_honorific`)."""
    evidence = None
    for match in _lowercase_after_titles(text):
        title, period, word = match.group(1), match.group(2), match.group(3)
        if word in function_words or word in minor_words():
            continue
        if not in_prose(text, match.start(3), match.end(3)):
            continue
        if title in honorifics:
            if not period and title not in _NO_PERIOD_HONORIFICS:
                continue
            note = f"follows the honorific '{title}{period}'"
        else:
            evidence = evidence or gather(text)
            proper = word in load_words("proper-nouns.txt")
            unknown = _no_common_word(word)
            if (
                sentence_initial(text, match.start(1))
                and not proper
                and not unknown
                and not title_before(text, capitalise(word), title)
            ):
                # "General elections were held": a capital at the start of a sentence
                # does not make a word a title; "General Elections" or "President
                # Donald Trump" elsewhere would, and so does a word SCOWL writes only
                # capitalised ("President donald").
                continue
            if proper:
                note = f"follows the title '{title}'; '{capitalise(word)}' is a proper noun (SCOWL)"
            elif evidence.capitalised_mid[word]:
                note = f"follows the title '{title}'; written '{capitalise(word)}' elsewhere"
            elif unknown:
                note = f"follows the title '{title}'; '{word}' is no English word: a name"
            elif _given_name_before_name(text, match.end(3), word):
                note = (f"follows the title '{title}', before a name; '{word}' is far more common as a"
                        " given name (US Census) than as an English word")
            else:
                continue
        edit = _capital_edit(text, match.start(3), note)
        if edit is not None:
            yield edit


@cache
def _after_honorific_and_name(honorific: str) -> regex.Pattern[str]:
    # The honorific, an optional period, a capitalised given name and perhaps a middle
    # one, a lowercase word: "Dr. Tristan smith", "Judge Amy Coney barrett". Group 3 is
    # the lowercase word, "middle" the middle name.
    return regex.compile(
        r"(?<![\p{L}\p{N}])(" + regex.escape(honorific) + r")(\.?) "
        r"\p{Lu}\p{Ll}++(?: (?P<middle>\p{Lu}\p{Ll}++))?+ (\p{Ll}\p{L}*+)(?!['’]?\p{L})"
    )


def _surnames_after_honorifics(
    text: str, honorifics: frozenset[str], function_words: frozenset[str]
) -> Iterator[Edit]:
    """A surname written lowercase after an honorific or title and a given name (and
    perhaps a middle name): "Dr. Tristan smith", "President Andrzej duda", "Judge Amy
    Coney barrett".

    Only when the text writes the word lowercase nowhere else, and either capitalised
    in the middle of a sentence or it is no English word: "Mr. Smith said" stays, and
    so does a given name followed by an ordinary word.
    """
    present = sorted(titles() & letter_runs(text))
    if not present:
        return
    evidence = None
    scans = [_literal_matches(_after_honorific_and_name(honorific), text, honorific) for honorific in present]
    for match in heapq.merge(*scans, key=lambda match: match.start()):
        honorific, period, word = match.group(1), match.group(2), match.group(4)
        if honorific in honorifics and not period and honorific not in _NO_PERIOD_HONORIFICS:
            continue
        if word in function_words or word in minor_words():
            continue
        if not in_prose(text, match.start(4), match.end(4)):
            continue
        middle = match.group("middle")
        if middle is not None and middle.lower() in english_words():
            continue  # "General Santos City hospital": a common word is no middle name
        if len(lowercase_positions(text, word, limit=2)) != 1:
            continue  # written lowercase elsewhere too: the text's own usage
        evidence = evidence or gather(text)
        times = evidence.capitalised_mid[word]
        if times:
            note = (
                f"follows '{honorific}{period}' and a given name; "
                f"written '{capitalise(word)}' {times} time(s) mid-sentence, never lowercase elsewhere"
            )
        elif _no_common_word(word):
            note = f"follows '{honorific}{period}' and a given name; '{word}' is no English word: a surname"
        elif _surname_more_than_word(word):
            note = (f"follows '{honorific}{period}' and a given name; '{word}' is far more common as a"
                    " surname (US Census) than as an English word")
        elif capitalise(word) in cased_runs(text):
            note = (f"follows '{honorific}{period}' and a given name; written '{capitalise(word)}' "
                    "elsewhere, never lowercase")
        else:
            continue
        edit = _capital_edit(text, match.start(4), note)
        if edit is not None:
            yield edit


_SURNAME_LEAD = 100  # score units: "smith" 193, "ford" 102; "young" 89, "held" -67


def _surname_more_than_word(word: str) -> bool:
    """Whether lowercase ``word`` is far more common as a surname (1990 US Census) than
    as an English word (english-frequencies.txt): "smith", "ford", "chamberlain"; not
    "held", "young" or "drew"."""
    surname = census_scores("surnames.txt").get(word)
    return surname is not None and surname - frequencies().get(word, 0) >= _SURNAME_LEAD


# The word after a given name: a capitalised word, or a lowercase one English lacks.
_WORD_AFTER = regex.compile(r" (\p{L}++)(?![\p{L}\p{N}'’-])")


def _given_name_before_name(text: str, end: int, word: str) -> bool:
    """Whether lowercase ``word``, ending at ``end``, is a given name: far more common as
    a given name (1990 US Census) than as an English word ("mike", "john"; not "may",
    "will", "bill"), written lowercase nowhere else, and followed by a capitalised word
    or one that is no English word ("President mike Pence", "Vice President mike pence")."""
    given = census_scores("first-names.txt").get(word)
    if given is None or given - frequencies().get(word, 0) < _SURNAME_LEAD:
        return False
    following = _WORD_AFTER.match(text, end)
    if following is None:
        return False
    name = following.group(1)
    if not (name[:1].isupper() or _no_common_word(name.lower()) or _surname_more_than_word(name)):
        return False
    return len(lowercase_positions(text, word, limit=2)) == 1


# A capitalised word one space after a position: the name after a title.
_NAME_AFTER = regex.compile(r" (\p{Lu}\p{L}*+)(?!['’]?\p{L})")


def title_before_name(text: str) -> Iterator[Edit]:
    """Title written in lower case before a name, where the text capitalises it.

    **Why**: "a speech by queen Elizabeth" in an article that writes "the Queen"
    elsewhere. A title the text writes capitalised at least twice in the middle of
    sentences, and lowercase only this once, directly before a name, is the
    article's title in its own style.

    **Leaves alone**: articles that also write the title lowercase elsewhere ("the
    queen said": their style lowercases it), titles after a modifier, a capitalised
    word or a possessive ("former president George Bush", "Turkish president
    Erdoğan", "Egypt's president": a description many styles write lowercase;
    title-modifiers.txt) unless the text itself capitalises the title after one
    ("Chinese President Xi") and this is not a headline ("US president Bush visits
    Canada": sentence case), titles not before a name.

    >>> from newsclean.engine import apply_edits
    >>> s = "He met the Queen. Then the Queen spoke. Later a speech by queen Elizabeth."
    >>> apply_edits(s, title_before_name(s))
    'He met the Queen. Then the Queen spoke. Later a speech by Queen Elizabeth.'
    """
    runs = letter_runs(text)
    present = sorted(title for title in load_words("titles.txt") & runs if title.lower() in runs)
    if not present:
        return
    skip = never_names()
    evidence = gather(text)
    edits: list[Edit] = []
    for title in present:
        key = title.lower()
        times = evidence.capitalised_mid[key]
        found = lowercase_positions(text, key, limit=2)
        if times < USAGE_EVIDENCE or len(found) != 1:
            continue  # no house style, or the text writes the title lowercase elsewhere
        start = found[0]
        name = _NAME_AFTER.match(text, start + len(key))
        if name is None or not is_title_word(name.group(1)) or name.group(1).lower() in skip:
            continue
        if not in_prose(text, start, start + len(key)):
            continue
        note = f"written '{title}' {times} times mid-sentence in this text, never lowercase"
        if after_modifier(text, start):
            example = "" if Headlines(text)(start) else _capitalised_after_modifier(text, title)
            if not example:
                continue  # "former president George Bush" may be the text's style
            note += f", and '{example}' before a name after a modifier"
        edit = _capital_edit(text, start, note)
        if edit is not None:
            edits.append(edit)
    edits.sort(key=lambda edit: edit.start)
    yield from edits


@cache
def _title_before_capital(title: str) -> regex.Pattern[str]:
    # The title as written, one space, then a capitalised word: "President Hu".
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(title)} (?=\p{{Lu}}\p{{Ll}})")


def _capitalised_after_modifier(text: str, title: str) -> str:
    """The text's own "Chinese President", "former President" before a name, or "".

    A title capitalised after a modifier (not a function word or a sentence's first
    word), right before a capitalised name: the text's style capitalises titles even
    there.
    """
    for match in _literal_matches(_title_before_capital(title), text, title):
        previous = neighbours(text, match.start(), match.start())[0]
        if previous.lower() in never_names() or not after_modifier(text, match.start()):
            continue
        if previous[0].isupper() and sentence_initial(text, match.start() - 1 - len(previous)):
            continue  # "Former President Obama said": capitalised as the sentence's start
        return f"{previous} {title}"
    return ""


@cache
def _gazetteer() -> Mapping[str, str]:
    """Lowercase key -> the name as written: gazetteer.txt and subdivisions.txt."""
    return {name.lower(): name for name in gazetteer_names()}


# The pronoun "i" standing alone or in a contraction: "and i think", "i’m".
# Not matched: "i.e.", "(i)", "iPhone", "i-th"; a variable in code, after an operator
# ("a + i") or before a verb the pronoun never takes ("# i is updated").
_PRONOUN_I = regex.compile(
    r"(?<=[ \t]|^)(?<![-+*/%=<>] )i(?=[ \t,]|['’](?:m|ve|d|ll)\b)(?! (?:is|was|has|does)\b)",
    regex.MULTILINE,
)


# Where _PRONOUN_I can match: an "i" before a space, a tab, a comma or an apostrophe,
# after a space, a tab or a line break (or at the start).
_PRONOUN_I_NEEDLES = ("i ", "i\t", "i,", "i'", "i’")


# The word after an "i": English writes "i think", "i had", "i dunno"; not "IBM i
# systems", "dotless i" before a name, "Blanch i Torne".
_NEXT_WORD = regex.compile(r"[ \t]++(\p{Ll}++)(?![\p{L}\p{N}])")


def _subject(text: str, end: int) -> bool:
    """Whether the "i" that ends at ``end`` is a subject, as the pronoun is: in a
    contraction ("i've"), or before a word English writes after "I" (the pair list:
    "i think", "i wanted"; not "IBM i systems", "the letter i and j" is no evidence
    either way and stays)."""
    if text[end : end + 1] in "'’":
        return True
    following = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    return following is not None and pair_score("i", following.group(1)) > 0


def _pronouns_i(text: str) -> Iterator[regex.Match[str]]:
    """``_PRONOUN_I.finditer(text)``, matched only at the "i"s that stand alone."""
    found = find_all(text, _PRONOUN_I_NEEDLES)
    starts = [position for position in found if position == 0 or text[position - 1] in " \t\n"]
    return matches_at(_PRONOUN_I, text, starts)


# Two names joined by a slash, the other one capitalised, as a whole token:
# "afghanistan/Pakistan", "Israel/gaza". A path or address has more slashes, dots or
# colons, or lowercase on both sides ("usr/lib").
_SLASH_PAIR = regex.compile(r"\p{L}++/\p{Lu}\p{L}*+|\p{Lu}\p{L}*+/\p{L}++")
_TOKEN_BEFORE = regex.compile(r"\S*+$")
_TOKEN_BEFORE_BACKWARDS = regex.compile(r"\S*+", flags=regex.REVERSE)
_TOKEN_AFTER = regex.compile(r"\S*+")
_TOKEN_WINDOW = 60
_TOKEN_PUNCTUATION = "\"'“”‘’()[],.;:!?"


def _names_joined_by_slash(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start`` and a capitalised name are joined by a slash.

    "the afghanistan/Pakistan region": the whitespace-delimited token, without quotes
    and punctuation around it, is just the two words.
    """
    if text[end : end + 1] != "/" and text[start - 1 : start] != "/":
        return False
    window_start, window_end = max(0, start - _TOKEN_WINDOW), min(len(text), end + _TOKEN_WINDOW)
    before = search_ending_at(_TOKEN_BEFORE, _TOKEN_BEFORE_BACKWARDS, text, window_start, start)
    after = _TOKEN_AFTER.match(text, end, window_end)
    if before is None or after is None:
        return False
    if (before.start() == window_start > 0) or (after.end() == window_end < len(text)):
        return False  # a token longer than the window: no pair of names
    token = text[before.start() : after.end()].strip(_TOKEN_PUNCTUATION)
    return _SLASH_PAIR.fullmatch(token) is not None


def gazetteer_proper_noun(text: str) -> Iterator[Edit]:
    """Country, nationality, language, weekday or month in lower case, or a lone "i".

    **Why**: "between spain and portugal", "on monday", "i think". The gazetteer
    (gazetteer.txt and subdivisions.txt, generated from pycountry and SCOWL: also
    states and provinces such as "Texas", "Ontario", "Scotland") holds only names
    whose lower case form is not an English word, so "turkey", "china", "march" and
    "may" are never touched here.

    **Leaves alone**: lines that are not English (no common English function word),
    handles, hashtags, addresses, "i.e.", "(i)", an "i" in a quotation without any
    capital (a search query: "how do i fix it"), an "i" that is no subject: not in a
    contraction nor before a word English writes after "I" ("IBM i systems").

    >>> from newsclean.engine import apply_edits
    >>> s = "The talks in portugal on monday, and i think a turkey dinner."
    >>> apply_edits(s, gazetteer_proper_noun(s))
    'The talks in Portugal on Monday, and I think a turkey dinner.'
    """
    gazetteer = _gazetteer()
    names = sorted(gazetteer.keys() & letter_runs(text))
    pronouns = list(_pronouns_i(text))
    if not names and not pronouns:
        return
    english_lines: dict[int, bool] = {}
    edits: list[Edit] = []
    lines = LineIndex(text)

    def english(position: int) -> bool:
        start, end = lines.bounds(position)
        if start not in english_lines:
            english_lines[start] = looks_english(text[start:end])
        return english_lines[start]

    for word in names:
        for start in lowercase_positions(text, word):
            end = start + len(word)
            prose = in_prose(text, start, end) or _names_joined_by_slash(text, start, end)
            if prose and english(start):
                edits.append(Edit(start, end, gazetteer[word], "a name in the gazetteer"))
    for match in pronouns:
        if not _subject(text, match.end()):
            continue
        if english(match.start()) and not _in_lowercase_quotation(text, lines, match.start()):
            edits.append(Edit(match.start(), match.end(), "I", "the pronoun I"))
    edits.sort(key=lambda edit: edit.start)
    yield from edits


def _in_lowercase_quotation(text: str, lines: LineIndex, position: int) -> bool:
    """Whether ``position`` is inside a quotation with no capital letter: a search query
    or a quoted lowercase style ('searched for "how do i fix it"'), kept as written."""
    start, end = lines.bounds(position)
    return any(
        quote.start() < position < quote.end() and not any(map(str.isupper, quote.group()))
        for quote in QUOTATION.finditer(text, start, end)
    )


def _capitalised_mid_sentence(text: str, body_start: int, word: str) -> bool:
    """Whether the body writes ``word`` capitalised in the middle of a sentence."""
    position = text.find(word, body_start)
    while position >= 0:
        end = position + len(word)
        whole_word = (position == 0 or not text[position - 1].isalpha()) and (
            end == len(text) or not text[end].isalpha()
        )
        if whole_word and not sentence_initial(text, position):
            return True
        position = text.find(word, end)
    return False


def _headline_evidence(text: str, headline: str, body_start: int) -> bool:
    """A title-cased headline: its capitalised common words are not names.

    A common word the headline capitalises ("Quiet", "Efforts") counts as title-case
    evidence when the body never capitalises it mid-sentence; "President" or "China"
    written capitalised in the body are names, not evidence. At least two such words,
    and twice as many as the headline's lowercase common words; or, with one
    lowercase common word, one such capital past the first word that the body writes
    in lower case ("Japan to reduce Aid to China" over "aid to China"); with two, one
    such capital in no run of capitals that holds a name ("U.S. House to Decide on
    sending articles of Impeachment"); or one that ends a run of capitals after a name
    the body never writes it with ("Hurricane Dorian Leaves trail of destruction").
    """
    common = english_words()
    minor = minor_words()
    title_cased = lowercase = written_lowercase = inner = away = away_lowercase = detached = 0
    words = list(headline_words(headline))
    beside_name, in_named_run = _name_runs(text, body_start, [word for word, _, _ in words])
    for position, (word, in_compound, in_quotation) in enumerate(words):
        key = base_word(word).lower()
        if key in minor or key not in common:
            continue
        if word.islower():
            lowercase += 0 if in_compound or in_quotation else 1
        elif in_quotation:
            continue  # a quotation's own capital: 'He said: "We will win"'
        elif not _capitalised_mid_sentence(text, body_start, base_word(word)):
            title_cased += 1
            if position and beside_name[position] and _detached(text, body_start, words, position):
                detached += 1
            inner += position > 0 and not beside_name[position]
            away += position > 0 and not in_named_run[position]
            if position and lowercase_positions(text[body_start:], key, limit=1):
                written_lowercase += 1  # "Aid" in the headline, "aid" in the body
                away_lowercase += not in_named_run[position]
    if title_cased >= 2 and title_cased >= 2 * lowercase:
        return True
    # A small word capitalised between two words ("lunches With Brazilian", "Crashes Upon
    # landing"): sentence case never writes one so, title case does.
    if lowercase and any(
        match.group(1).lower() in minor and match.group(1).lower() not in _NOT_TITLE_EVIDENCE
        for match in _INNER_CAPITAL.finditer(headline)
    ):
        return True
    # Two capitalised common words past the first, no fewer than the lowercase ones:
    # a sentence-case headline capitalises only its first word and its names.
    if inner >= 2 and inner >= lowercase:
        return True
    # A capital past the first word that the body writes in lower case ("Japan to reduce
    # Aid to China" over "aid to China") is no name, so the headline is title-cased:
    # with one lowercase word among the capitals, or with a capital in no run of capitals
    # that holds a name and no more lowercase words than capitals ("Fire erupts in
    # Parking structure at Sola"; not "Northern Ireland Peace Process").
    # Such a capital away from every name outweighs two lowercase words ("Fire erupts in
    # Parking structure at Sola Airport": "parking" in the body).
    if away_lowercase and lowercase <= 2 * away_lowercase:
        return True
    # So does a capital that ends a run after a name the body never writes it with
    # ("Hurricane Dorian Leaves trail of destruction": "Hurricane Dorian", no "Dorian
    # Leaves"): the name ends before it.
    if detached and lowercase <= 2 * detached:
        return True
    return written_lowercase >= 1 and title_cased >= lowercase and (lowercase == 1 or away >= 1)


# A capitalised word between two words, one space either side: "lunches With Brazilian".
_INNER_CAPITAL = regex.compile(r"(?<=[\p{L}\p{N}] )(\p{Lu}\p{Ll}*+)(?= [\p{L}\p{N}])")
# Small words that names capitalise themselves ("The Hague", "Van Halen", "La Paz").
_NOT_TITLE_EVIDENCE = frozenset(("a", "an", "the", "al", "bin", "da", "de", "del", "der", "di", "du",
                                 "en", "la", "le", "van", "von", "so", "up"))


def _detached(text: str, body_start: int, words: list[tuple[str, bool, bool]], position: int) -> bool:
    """Whether the capitalised headline word at ``position`` ends a run of capitals
    after a name that the body never writes together with it ("Hurricane Dorian
    Leaves": the body writes "Hurricane Dorian", never "Dorian Leaves")."""
    word = words[position][0]
    previous = words[position - 1][0]
    following = [found for found, _, _ in words[position + 1 : position + 4]]
    if not previous[:1].isupper() or (following and following[0][:1].isupper()):
        return False
    minor = minor_words()
    if len(following) > 1 and following[0].lower() in minor and (
        following[1][:1].isupper()
        or (following[1].lower() in minor and len(following) > 2 and following[2][:1].isupper())
    ):
        return False  # the name goes on: "Time Person of the Year"
    return text.find(f"{previous} {word}", body_start) < 0


def _name_runs(text: str, body_start: int, words: list[str]) -> tuple[list[bool], list[bool]]:
    """For each headline word, whether it stands in a run of capitalised words right
    next to a name (a word English lacks, or one the body capitalises mid-sentence:
    "Ireland Peace", "Tongan Prime", "Minister Akilisi"), and whether it stands in a
    run that holds a name at all ("Peace" and "Process" in "Northern Ireland Peace
    Process"). A capital beside a name may be the name's own, so it is no evidence of
    title case; one a word further may be ("Samoan Government Ends State": "Ends").
    """
    beside = [False] * len(words)
    in_run = [False] * len(words)
    start = 0
    while start < len(words):
        if not words[start][:1].isupper():
            start += 1
            continue
        end = start
        while end < len(words) and words[end][:1].isupper():
            end += 1
        names = [_is_name_word(text, body_start, word) for word in words[start:end]]
        for offset in range(end - start):
            beside[start + offset] = end - start > 1 and (
                (offset > 0 and names[offset - 1]) or (offset + 1 < end - start and names[offset + 1])
            )
        in_run[start:end] = [any(names)] * (end - start)
        start = end
    return beside, in_run


def _is_name_word(text: str, body_start: int, word: str) -> bool:
    """A word English lacks, or one the body capitalises mid-sentence."""
    base = base_word(word)
    return base.lower() not in english_words() or _capitalised_mid_sentence(text, body_start, base)


def headline_case(text: str) -> Iterator[Edit]:
    """Lowercase word in a title-cased headline.

    **Why**: "Border Talks in portugal-Spain water Deal": a
    headline that capitalises its words but has lowercase ones among them, often from
    a broken title-casing step. Applies to the first line only, when it is a
    title-cased headline: short, no closing period, and at least two of its
    capitalised common words, twice as many as its lowercase ones, are words the
    body never capitalises mid-sentence (so they are not names); or a capital past
    its first word, in no run of capitals that holds a name, is a word the body
    writes in lower case, and the headline has no more lowercase common words than
    such capitals.

    **Leaves alone**: minor words (a, of, in, with …) and name particles (von, da),
    quoted words ("Says He 'can'", "How 'upside-down Rivers' Form"), the lowercase
    part of a compound whose first part is capitalised or a number ("Anti-spam",
    "High-profile", "11-month": a house style), sentence-case
    headlines full of proper nouns ("President of China meets …"), all-caps
    headlines, names the body writes only in lower case ("rustc", "npm"), body text.

    >>> from newsclean.engine import apply_edits
    >>> s = "Border Talks in portugal-Spain water Deal\\nThe border talks on water went on."
    >>> apply_edits(s, headline_case(s))
    'Border Talks in Portugal-Spain Water Deal\\nThe border talks on water went on.'
    """
    edits = {edit.start: edit for edit in _headline_edits(text)}
    # Capitalising a word can change what its neighbour is ("Ho[e-l…": a compound part
    # after a capital): reach the headline's own fixpoint here, so that one call gives
    # every edit and the engine needs no pass per word. Each round capitalises one
    # letter or more of a line of twenty words at most.
    current = _with_letters(text, edits.values()) if edits else text
    for _ in range(_HEADLINE_ROUNDS):
        more = [edit for edit in _headline_edits(current) if edit.start not in edits]
        if not more:
            break
        edits.update((edit.start, edit) for edit in more)
        current = _with_letters(current, more)
    yield from sorted(edits.values(), key=lambda edit: edit.start)


_HEADLINE_ROUNDS = 25


def _with_letters(text: str, edits: Iterable[Edit]) -> str:
    """``text`` with one-letter case edits applied (each keeps the length)."""
    parts: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda edit: edit.start):
        parts.append(text[position : edit.start])
        parts.append(edit.replacement or "")
        position = edit.end
    parts.append(text[position:])
    return "".join(parts)


def _headline_edits(text: str) -> Iterator[Edit]:
    """One round of :func:`headline_case`: the lowercase words of a title-cased first line."""
    stripped = text.lstrip()
    start = len(text) - len(stripped)
    end = text.find("\n", start)
    end = end if end >= 0 else len(text)
    headline = text[start:end]
    if _wrapped_paragraph(text, headline, end):
        return  # the first line of a hard-wrapped paragraph, not a headline
    if not is_headline_line(headline, ratio=1.0) or not _headline_evidence(text, headline, end):
        return
    minor = minor_words()
    quoted = [match.span() for match in QUOTATION.finditer(text, start, end)]
    for token in tokens(text[:end]):
        if token.start < start:
            continue
        word = token.word
        if not word.islower() or (word in minor and token.start != start):
            continue
        if any(left < token.start < right for left, right in quoted):
            continue  # a quoted word keeps the case of the quotation: Says He 'can'
        before = text[token.start - 1] if token.start > start else ""
        after_number = text[token.start - 2 : token.start - 1].isdigit()
        if before == "-" and (is_title_word(token.previous) or after_number):
            continue  # the publisher's compound style: "Anti-spam", "High-profile", "11-month"
        if _lowercase_name(text, end, word):
            continue  # "The rustc book": a name its owner writes in lower case
        edit = _capital_edit(text, token.start, "title-cased headline")
        if edit is not None and in_prose(text, token.start, token.end):
            yield edit


# Lines of a hard-wrapped paragraph: each this long, in characters (a headline above a
# one-line paragraph meets a longer line; a headline above a blank line meets none).
_WRAP_WIDTH = range(40, 101)
_SENTENCE_END_MARKS = ".!?…\"”’)"


def _wrapped_paragraph(text: str, line: str, end: int) -> bool:
    """Whether ``line`` (ending at ``end``) and the line after it are wrapped prose: both
    of a wrapping width, and the sentence goes on past the second."""
    following_end = text.find("\n", end + 1)
    following = text[end + 1 : following_end if following_end >= 0 else len(text)].strip()
    return (
        len(line.strip()) in _WRAP_WIDTH
        and len(following) in _WRAP_WIDTH
        and following[-1:] not in _SENTENCE_END_MARKS
    )


def _lowercase_name(text: str, body_start: int, word: str) -> bool:
    """Whether ``word`` is a name the body writes only in lower case ("rustc", "npm").

    Not an English word (SCOWL size 50: "landfall", "spaceflight"), nor one with a
    deriving ending or an inflection ("impeachment", "foreigners"), written lowercase
    in the body and never capitalised there.
    """
    if word in english_words() or word in more_words() or derived_english_word(word) or is_inflected(word):
        return False
    body = text[body_start:]
    return bool(lowercase_positions(body, word, limit=1)) and capitalise(word) not in body


# str.title() damage to an apostrophe: "Okafor'S", "Don'T", "We'Ll".
# Not matched: "OKAFOR'S" (all caps), "O'Neill", "D'Angelo".
# The apostrophe comes first so that the engine's fast scan for it finds candidates.
# After a lowercase letter, or (checked in code) right after the previous fix, so a
# chain "a'S'S" is decided in one pass.
_TITLE_APOSTROPHE = regex.compile(r"['’](?<=\p{L}['’])(S|T|D|M|Ll|Re|Ve)(?!\p{L})")
# Where a match can start: an apostrophe before one of these capitals.
_CAPITALS_AFTER_APOSTROPHE = frozenset("STDMLRV")


def title_case_apostrophe(text: str) -> Iterator[Edit]:
    """Capital letter after an apostrophe, from str.title().

    **Why**: Python's str.title() capitalises after every apostrophe: "Okafor'S",
    "Don'T", "They'Re".

    An acronym's "'S" before a title-cased or lowercase word is lowered too ("UN'S
    Refugee Agency", "the AFL'S new season").

    **Leaves alone**: names with an apostrophe ("O'Neill", "D'Angelo"), all-caps words
    and lines ("TRUMP'S PLAN").

    >>> from newsclean.engine import apply_edits
    >>> apply_edits("Okafor'S Plan Don'T", title_case_apostrophe("Okafor'S Plan Don'T"))
    "Okafor's Plan Don't"
    """
    if "'" not in text and "’" not in text:
        return
    chain_end = -1  # where the last fix ended
    starts = occurrences(text, "'’", _CAPITALS_AFTER_APOSTROPHE.__contains__)
    for match in matches_at(_TITLE_APOSTROPHE, text, starts):
        if text[match.start() - 1].islower() or match.start() == chain_end:
            chain_end = match.end()
            yield Edit(match.start(1), match.end(1), match.group(1).lower())
        elif match.group(1) == "S" and _acronym_in_mixed_case(text, match.start(), match.end()):
            yield Edit(match.start(1), match.end(1), "s", "an acronym's possessive in a line not in capitals")


# An acronym right before a possessive apostrophe, and the capitalised word after it.
_ACRONYM_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{2,6}+$")
_MIXED_CASE_WORD_AFTER = regex.compile(r"[ \t]++(?:\p{Lu}\p{Ll}|\p{Ll})")


def _acronym_in_mixed_case(text: str, start: int, end: int) -> bool:
    """Whether "UN'S", "NASA'S" stands before a title-cased or lowercase word ("UN'S
    Refugee Agency", "the AFL'S new season"): the line is not written in capitals, so
    the capital S is str.title()'s or a slip."""
    return (
        _ACRONYM_BEFORE.search(text, max(0, start - 6), start) is not None
        and _MIXED_CASE_WORD_AFTER.match(text, end) is not None
    )


# A run of capitalised words, with the small words names hold between them: "United
# States", "Van Halen", "Republic of Korea". Two to four capitalised words.
_CAPITALISED_PHRASE = regex.compile(
    r"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}++(?: (?:of |de |van |von |the |and )?+\p{Lu}\p{Ll}++){1,3}+"
    r"(?![\p{L}\p{N}'’-])"
)


_PARTICLES = frozenset({"de", "van", "von"})  # small words a name may start with: "Van Halen"


@cache
def _places() -> Mapping[str, str]:
    """multiword-places.txt: each name by its lower case."""
    return {name.lower(): name for name in load_lines("multiword-places.txt")}


def multiword_name(text: str) -> Iterator[Edit]:
    """A name of several words written in lower case.

    **Why**: "the united states", "new zealand", "a van halen concert": lowercasing
    damage across a whole name, which single-word evidence cannot see ("united" and
    "states" are common words). Fixed when the phrase is a country, territory, state
    or province of several words (multiword-places.txt, from pycountry; written partly
    in lower case, its lowercase words that are no common English word: "Tamil
    nadu"), or when the text itself
    writes the phrase capitalised more often than in lower case, or as often with
    one capitalised use in the prose of a body line that no capitalised word follows
    (not a title before a name: "Loco Pilot Surekha Yadav"; not a heading or a quotation),
    and one of its words is a name's: in no lexicon, written only capitalised, or a
    surname ("Van Halen", "De Zoysa", "Bob Lazar", "the european council" beside "at
    the European Council building"; not a manual's "performance timeline"). An institution
    of three common words after "the" ("the selective service system") is fixed when
    the text capitalises it as often, not as the end of a longer name
    (:func:`_lowercase_institutions`).

    **Leaves alone**: phrases of two common words the text also capitalises ("the
    conservative party" beside "Conservative Party", "presidential debates"), a thing
    named by three ("a logical volume manager" beside "Logical Volume Manager"),
    phrases inside URLs, paths and handles.

    >>> from newsclean.engine import apply_edits
    >>> s = "Talks with new zealand ended. Van Halen and Van Halen fans; a van halen fan."
    >>> apply_edits(s, multiword_name(s))
    'Talks with New Zealand ended. Van Halen and Van Halen fans; a Van Halen fan.'
    """
    runs = letter_runs(text)
    last_words, by_last_word = _places_by_last_word()
    wanted = {
        lower: name
        for word in last_words & runs
        for lower, name, words in by_last_word[word]
        if runs.issuperset(words)
    }
    # A name of the text's own needs a word that is no common English word, written
    # both capitalised and in lower case: most texts have none, and pay no scan.
    # (One letter is no such word: the "S" of "U.S." beside the "s" of "it's".)
    both_ways = {word for word in (cased_runs_lowercased(text) & runs) - english_words() if len(word) > 1}
    half = _half_lowercase_places(text, runs)
    half.update((at, edit) for at, edit in _lowercase_institutions(text).items() if at not in half)
    if not wanted and not both_ways:
        yield from (half[position] for position in sorted(half))
        return
    written: Counter[str] = Counter()
    # Uses in a body line's prose that end their capitalised run: no title before a
    # name ("Loco Pilot Surekha Yadav"), no heading, quotation or "key=Value".
    run_ends: dict[str, list[regex.Match[str]]] = {}  # asked only when the counts tie
    for match in _CAPITALISED_PHRASE.finditer(text) if both_ways else ():
        # The name and the names after a small word or a sentence's first word inside
        # it: "Fans of Van Halen" counts "Van Halen" too, "The United States" counts
        # "United States"; "Extensible Markup Language" does not count "Markup Language".
        words = match.group().split(" ")
        opening = sentence_initial(text, match.start())
        for first in range(len(words) - 1):
            lead = words[first].lower()
            if not words[first][:1].isupper() or (lead in never_names() and lead not in _PARTICLES):
                continue
            previous = words[first - 1] if first else ""
            if previous[:1].isupper() and not (first == 1 and (opening or previous.lower() in never_names())):
                continue  # inside a longer name
            # After a capitalised first word of a sentence, it may be a longer name's
            # end ("Extensible Markup Language"): counted, but not as a use of its own.
            own = not previous[:1].isupper() or previous.lower() in never_names()
            for last in range(first + 1, len(words)):
                if words[last][:1].isupper():
                    written[" ".join(words[first : last + 1])] += 1
                    if own and last == len(words) - 1:
                        run_ends.setdefault(" ".join(words[first : last + 1]), []).append(match)
    for phrase, times in written.items():
        if phrase.lower().split(" ", 1)[0] not in runs:
            continue  # its lower case is nowhere in the text
        if times >= 1 and any(_name_word(word.lower()) for word in phrase.split(" ")):
            wanted.setdefault(phrase.lower(), phrase)
    edits: dict[int, Edit] = {}  # by position: a letter two names share is fixed once
    positions = _phrase_positions(text, set(wanted))
    in_headline = Headlines(text)
    for lower, name in sorted(wanted.items()):
        places = positions.get(lower, [])
        if not places:
            continue
        if lower not in _places() and len(places) >= written[name] and not (
            len(places) == written[name]
            and any(_alone_in_prose(text, *match.span(), in_headline) for match in run_ends.get(name, ()))
        ):
            continue  # lowercase as often, capitalised only before a name, in a heading or a quotation
        note = (f"'{name}' is a country or territory" if lower in _places()
                else f"the text writes '{name}' {written[name]} time(s)")
        _capitalise_phrase(text, places, lower, name, note, edits)
    for at, edit in half.items():
        edits.setdefault(at, edit)
    yield from (edits[position] for position in sorted(edits))


def _name_word(word: str) -> bool:
    """Whether lowercase ``word`` marks a phrase as a name: no common English word (SCOWL
    size 35) and either in no lexicon ("halen", "zoysa", "flyboard": a compound the
    lexicons do not list), or one English writes only capitalised ("european"), or a
    surname of the US Census ("lazar"). A manual's terms are English words the lexicons
    list ("timeline", "callbacks"): "the performance timeline" stays beside a heading
    "Performance Timeline"."""
    if word in english_words():
        return False
    return (
        not is_listed(word)
        or word in load_words("proper-nouns.txt")
        or word in census_scores("surnames.txt")
    )


# "the" and three lowercase words, "of" between them: where an institution's name of
# common words may stand in lower case ("the selective service system", "the department
# of homeland security"). Plain ASCII, for stdlib re's literal search for "the ".
_THE_THREE = re.compile(r"the (([a-z]++) (?:of )?([a-z]++) (?:of )?([a-z]++))")
_CAPITALISED_NEXT = regex.compile(r"[ ]++\p{Lu}")
# A capitalised word right before, but "The" or an acronym ("U.S."): the end of a
# longer name ("African Continental Free Trade Area" holds no "Free Trade Area" of its own).
_CAPITALISED_BEFORE = regex.compile(r"(?<![\p{L}\p{N}'’-])(?!The )\p{Lu}\p{Ll}[\p{L}'’-]*+ $")


def _lowercase_institutions(text: str) -> dict[int, Edit]:
    """An institution's name of three common words written in lower case after "the"
    where the text writes it capitalised at least as often ("by the government
    accountability office" beside "the Government Accountability Office"): as often only
    when a capitalised use stands alone in a body line's prose (no name after it,
    "Supreme Court Justice John Roberts"; no heading). Only after "the": "a logical
    volume manager" beside "Logical Volume Manager (LVM)" is a thing, not a name."""
    edits: dict[int, Edit] = {}
    # The common words the text also capitalises (set arithmetic in C), and the words
    # after each "the" as plain tuples (no match objects): most texts have no such name.
    wanted = (cased_runs_lowercased(text) & english_words()) - never_names()
    found: dict[str, list[int]] = {}
    for phrase in {phrase for phrase, *words in _THE_THREE.findall(text) if wanted.issuperset(words)}:
        starts = [
            start + 4 for start in _occurrences(text, "the " + phrase)
            if not (start and (text[start - 1].isalnum() or text[start - 1] in "'’-"))  # "breathe"
        ]
        if starts:
            found[phrase] = starts
    if not found:
        return edits
    in_headline = Headlines(text)
    for lower, starts in found.items():
        name = " ".join(word if word == "of" else word.capitalize() for word in lower.split(" "))
        uses = [
            start for start in _occurrences(text, name)
            if _whole_words(text, start, start + len(name))
            and _CAPITALISED_BEFORE.search(text, max(0, start - 40), start) is None
        ]
        places = [at for at in _occurrences(text, lower) if _whole_words(text, at, at + len(lower))]
        if len(places) > len(uses) or not uses:
            continue
        if len(places) == len(uses) and not any(
            _CAPITALISED_NEXT.match(text, start + len(name)) is None
            and _alone_in_prose(text, start, start + len(name), in_headline)
            for start in uses
        ):
            continue  # as often in lower case, and capitalised only before a name or in a heading
        _capitalise_phrase(text, starts, lower, name, f"the text writes '{name}' {len(uses)} time(s)", edits)
    return edits


def _capitalise_phrase(
    text: str, starts: Iterable[int], lower: str, name: str, note: str, edits: dict[int, Edit]
) -> None:
    """Add to ``edits`` the capitals that write the lowercase ``lower`` at each of
    ``starts`` as ``name``, where it stands in prose; a letter already edited keeps
    its first edit."""
    for start in starts:
        if not in_prose(text, start, start + len(lower)):
            continue
        offset = 0
        for word, target in zip(lower.split(" "), name.split(" "), strict=True):
            if word != target:
                at = start + offset
                edits.setdefault(at, Edit(at, at + 1, target[0], note))
            offset += len(word) + 1


def _occurrences(text: str, phrase: str) -> Iterator[int]:
    """Where ``phrase`` stands in ``text``, overlapping uses aside."""
    start = text.find(phrase)
    while start >= 0:
        yield start
        start = text.find(phrase, start + len(phrase))


_QUOTES = frozenset("\"“”‘’'")


def _alone_in_prose(text: str, start: int, end: int, in_headline: Headlines) -> bool:
    """Whether a capitalised run stands in prose of a body line: not in a headline, not
    quoted ('the "Chromium Web Browser"'), not in a path, handle or "GenericName=Web Browser"."""
    if text[start - 1 : start] in _QUOTES or text[end : end + 1] in _QUOTES:
        return False
    if not in_prose(text, start, end) or text[start - 1 : start] == "=" or in_headline(start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not any(
        quoted.start() < start - line_start < quoted.end() for quoted in QUOTATION.finditer(line)
    )


@cache
def _places_by_last_word() -> tuple[frozenset[str], dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]]]:
    """The places of multiword-places.txt by their last lowercase word, with their words:
    a text whose letter runs lack that word needs no further test."""
    index: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for lower, name in _places().items():
        words = tuple(lower.split(" "))
        index.setdefault(words[-1], []).append((lower, name, words))
    return frozenset(index), {word: tuple(places) for word, places in index.items()}


@cache
def _places_by_uncommon_word() -> dict[str, tuple[str, ...]]:
    """The lowercase places of multiword-places.txt, by each of their words that is no
    common English word ("nadu" -> "tamil nadu")."""
    index: dict[str, list[str]] = {}
    for lower in _places():
        for word in lower.split(" "):
            if word not in english_words():
                index.setdefault(word, []).append(lower)
    return {word: tuple(places) for word, places in index.items()}


def _half_lowercase_places(text: str, runs: AbstractSet[str]) -> dict[int, Edit]:
    """Places written partly in lower case ("Tamil nadu", "Nova scotia"): the lowercase
    words that are no common English word are capitalised ("western Australia" stays:
    "western" is an ordinary word there)."""
    edits: dict[int, Edit] = {}
    by_word = _places_by_uncommon_word()
    present = runs & by_word.keys()  # a lowercase word that could be fixed: usually none
    if not present:
        return edits
    lowered = text.lower()
    if len(lowered) != len(text):
        return edits
    lowered_runs = cased_runs_lowercased(text)
    common = english_words()
    places = _places()
    for lower in sorted({place for word in present for place in by_word[word]}):
        name = places[lower]
        if not all(word in runs or word in lowered_runs for word in lower.split(" ")):
            continue
        start = lowered.find(lower)
        while start >= 0:
            end = start + len(lower)
            written = text[start:end]
            if written not in (lower, name) and _whole_words(text, start, end) and in_prose(text, start, end):
                offset = 0
                for word, target in zip(written.split(" "), name.split(" "), strict=True):
                    if word != target and word.islower() and word not in common:
                        at = start + offset
                        edits[at] = Edit(at, at + 1, target[0], f"'{name}' is a place (pycountry)")
                    offset += len(word) + 1
            start = lowered.find(lower, end)
    return edits


_LOWER_WORD_START = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Ll}")


def _phrase_positions(text: str, phrases: set[str]) -> dict[str, list[int]]:
    """Where each lowercase phrase stands in ``text`` as whole words.

    A few phrases are found by a substring search each; many, in one scan of the
    text's word starts, each tested against the phrases that begin with its word, so
    a text of thousands of names is not scanned once per name.
    """
    found: dict[str, list[int]] = {}
    if len(phrases) <= _FEW_PHRASES:
        for phrase in phrases:
            start = text.find(phrase)
            while start >= 0:
                if _whole_words(text, start, start + len(phrase)):
                    found.setdefault(phrase, []).append(start)
                start = text.find(phrase, start + len(phrase))
        return found
    by_first: dict[str, list[str]] = {}
    for phrase in phrases:
        by_first.setdefault(phrase.split(" ", 1)[0] + " ", []).append(phrase)
    for match in _LOWER_WORD_START.finditer(text):
        start = match.start()
        space = text.find(" ", start, start + 64)
        for phrase in by_first.get(text[start : space + 1], ()) if space > 0 else ():
            if text.startswith(phrase, start) and _whole_words(text, start, start + len(phrase)):
                found.setdefault(phrase, []).append(start)
    return found


_FEW_PHRASES = 32


def _whole_words(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands as whole words: not inside a word, compound or
    contraction; a possessive after it is fine ("new zealand's", "united states'")."""
    before = text[start - 1] if start else " "
    after = text[end : end + 1]
    if after in ("'", "’"):
        possessive = text[end + 1 : end + 2]
        if possessive in ("s", "S"):
            possessive = text[end + 2 : end + 3]
        return not (before.isalnum() or before in "'’-") and not (possessive.isalnum() or possessive in "'’-")
    return not (before.isalnum() or before in "'’-") and not (after.isalnum() or after == "-")
