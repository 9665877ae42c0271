"""TY: misspellings from a curated list, and real-word errors decided by the text itself."""

from __future__ import annotations

import bisect
import heapq
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from types import MappingProxyType

import regex

from ..data import load_lines, load_mapping, load_words
from ..language import english_probability
from ..model import Edit
from ._document import (
    LETTERS,
    LETTERS_BACKWARDS,
    LineIndex,
    cased_runs,
    cased_runs_lowercased,
    census_scores,
    english_words,
    foreign_function_words,
    in_prose,
    is_headline_line,
    letter_runs,
    looks_english,
    minor_words,
    never_names,
    search_ending_at,
    sentence_initial,
    titles,
    words_written,
    writes_any,
)
from ._evidence import find_listed_words, find_words, neighbours, phrase_counts
from .lexicon import (
    TOTAL_SCORE,
    association,
    corrections,
    corrections_two_slips,
    frequencies,
    is_compound,
    is_inflected,
    is_listed,
    more_words,
    near_common_word,
    one_slip,
    pair_score,
    same_stem,
    slips,
    word_pairs,
)

_SPACES = regex.compile(r"\s++")
_CONTEXT = 120  # characters each side: more than the longest office and the phrase windows


def _match_case(original: str, replacement: str) -> str:
    """Write ``replacement`` in the case pattern of ``original``."""
    if original.isupper() and len(original) > 1:
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


@cache
def _offices_by_word() -> Mapping[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for office in load_lines("offices.txt"):
        for word in office.lower().split():
            index.setdefault(word, []).append(office.lower())
    return {word: tuple(offices) for word, offices in index.items()}


def _completes_office(line: str, start: int, end: int, correction: str) -> str | None:
    """The office that ``correction`` at ``line[start:end]`` would complete, if any."""
    for office in _offices_by_word().get(correction.lower(), ()):
        window_start = max(0, start - len(office))
        window = line[window_start:start] + correction + line[end : end + len(office)]
        window = _SPACES.sub(" ", window).lower()
        position = start - window_start
        found = window.find(office)
        while found >= 0:
            if found <= position < found + len(office):
                return office
            found = window.find(office, found + 1)
    return None


@cache
def _misspelled_words() -> frozenset[str]:
    """The wrong forms of misspellings.txt, as a set: set & set walks the smaller one."""
    return frozenset(load_mapping("misspellings.txt"))


@cache
def _confusable_words() -> frozenset[str]:
    """Every member of a confusion set of confusables.txt."""
    return frozenset(_confusion_sets())


def misspelling(text: str) -> Iterator[Edit]:
    """Misspelled word.

    **Why**: frequent typing errors ("recieve", "goverment", "secratary") from a curated
    list (misspellings.txt), corrected in the case the writer used. A capitalised
    occurrence may be a name ("Bill Frist"), so it is corrected only when the
    correction completes a known title or institution from offices.txt ("Secratary
    of State" -> "Secretary of State") or the text itself writes the corrected phrase.

    **Leaves alone**: capitalised words without such evidence ("Senator Frist"), a
    capitalised misspelling of a minor word in mid-sentence ("Shares of Teh Corp": a
    name), lines that are not English, words inside compounds and contractions.

    >>> from newsclean.engine import apply_edits
    >>> s = "Former Secratary of State and Senator Bill Frist recieved it."
    >>> apply_edits(s, misspelling(s))
    'Former Secretary of State and Senator Bill Frist received it.'
    """
    mapping = load_mapping("misspellings.txt")
    present = words_written(text, _misspelled_words())
    if not present:
        return
    lines = LineIndex(text)
    english: dict[int, bool] = {}  # line start -> looks_english: one test per line
    phrases_of: dict[str, Mapping[tuple[str, str], int]] = {}  # one count per correction
    for match in find_words(text, present):
        word = match.group()
        correction = mapping.get(word.lower())
        if correction is None:  # a non-ASCII case variant ("ſ") the pattern let through
            continue
        line_start, line_end = lines.bounds(match.start())
        if line_start not in english:
            english[line_start] = looks_english(text[line_start:line_end])
        if not english[line_start]:
            continue
        replacement = _match_case(word, correction)
        note = None
        if not word.islower():
            if correction in minor_words() and not sentence_initial(text, match.start()):
                continue  # "Shares of Teh Corp": a capital "The" never stands mid-sentence
            # The words around it, within the line: never the whole of a long line.
            window_start = max(line_start, match.start() - _CONTEXT)
            line = text[window_start : min(line_end, match.end() + _CONTEXT)]
            start, end = match.start() - window_start, match.end() - window_start
            office = _completes_office(line, start, end, replacement)
            if office:
                note = f"completes the title '{office.title()}'"
            else:
                if correction not in phrases_of:
                    phrases_of[correction] = phrase_counts(text, correction.split())
                if not _text_writes_correction(phrases_of[correction], line, start, end, correction):
                    continue
                note = "the text writes the corrected phrase elsewhere"
        yield Edit(match.start(), match.end(), replacement, note)


def _dictionary_entry(right: str) -> tuple[str | None, str]:
    """A codespell right-hand side as (fix, note): several candidates, or one with a
    reason after a comma, are reported and not fixed, as codespell does.

    >>> _dictionary_entry("the"), _dictionary_entry("a lot, allot,")
    (('the', "in the user's dictionary"), (None, "in the user's dictionary: a lot or allot?"))
    >>> _dictionary_entry("class, disabled because of a name clash")
    (None, "in the user's dictionary: class? (disabled because of a name clash)")
    """
    right = right.strip()
    comma = right.rfind(",")
    if comma < 0:
        return right, "in the user's dictionary"
    candidates = [part.strip() for part in right[:comma].split(",") if part.strip()]
    reason = right[comma + 1 :].strip()
    note = f"in the user's dictionary: {' or '.join(candidates)}?"
    return None, f"{note} ({reason})" if reason else note


def leaving_words(
    check: Callable[[str], Iterator[Edit]], words: frozenset[str]
) -> Callable[[str], Iterator[Edit]]:
    """``check`` without its edits of ``words`` (lowercase): the words of the user's
    dictionary, which TY01 decides ("alot" is "a lot or allot?" there, no other fix).

    >>> from newsclean.engine import apply_edits
    >>> check = leaving_words(non_word_typo, frozenset({"alot"}))
    >>> s = "It was alot worse and they will intregrate it."
    >>> apply_edits(s, check(s))
    'It was alot worse and they will integrate it.'
    """

    def leaving(text: str) -> Iterator[Edit]:
        return (edit for edit in check(text) if text[edit.start : edit.end].lower() not in words)

    leaving.__doc__ = check.__doc__
    leaving.__name__ = check.__name__
    return leaving


def with_dictionary(pairs: tuple[tuple[str, str], ...]) -> Callable[[str], Iterator[Edit]]:
    """TY01 with the user's own misspellings (``wrong -> right`` pairs) before its list.

    A user's entry is matched as a whole word in any case and corrected in that case;
    the built-in list still corrects the words the user's entries do not touch.

    >>> from newsclean.engine import apply_edits
    >>> check = with_dictionary((("acmee", "Acme"),))
    >>> text = "The acmee plan was recieved well by the board today."
    >>> apply_edits(text, check(text))
    'The Acme plan was received well by the board today.'
    """
    entries = {wrong.strip().lower(): _dictionary_entry(right) for wrong, right in pairs if wrong.strip()}
    body = "|".join(regex.escape(word) for word in sorted(entries, key=len, reverse=True))
    pattern = regex.compile(rf"(?<![\w'’-])(?:{body})(?![\w-]|['’]\w)", regex.IGNORECASE)

    def check(text: str) -> Iterator[Edit]:
        own: list[Edit] = []
        for match in pattern.finditer(text):
            word = match.group()
            fix, note = entries[word.lower()]
            replacement = None if fix is None else _match_case(word, fix)
            if replacement != word:
                own.append(Edit(match.start(), match.end(), replacement, note))
        if not own:
            yield from misspelling(text)
            return
        starts = [edit.start for edit in own]
        listed = [
            edit for edit in misspelling(text)
            if not _overlaps_any(own, starts, edit)
        ]
        yield from sorted((*own, *listed), key=lambda edit: (edit.start, edit.end))

    check.__doc__ = misspelling.__doc__
    check.__name__ = misspelling.__name__
    return check


def _overlaps_any(edits: list[Edit], starts: list[int], edit: Edit) -> bool:
    """Whether ``edit`` shares a position with one of the sorted, disjoint ``edits``."""
    index = bisect.bisect_right(starts, edit.start)
    return any(
        other.start == edit.start or (other.start < edit.end and edit.start < other.end)
        for other in edits[max(0, index - 1) : index + 1]
    )


# A word standing alone between spaces, opening and closing marks, lowercase or
# capitalised (the words asked about have 4 to 25 letters, _CANDIDATE_LENGTH: no English
# word is longer, a run of letters can be megabytes): not part of a path, an address, a
# handle, a compound, a contraction or a number.
_PLAIN_WORD = regex.compile(r"(?:^|(?<=[\s(“\"‘]))([A-Z]?[a-z]{3,24})(?=[.,;:!?)”\"’]*+(?:\s|$))")
# The word after a match: a capital there makes a capitalised match part of a name.
_NEXT = regex.compile(r"[.,;:!?)”\"’]*+\s++(\S)")
_SHORT_LENGTH = 3  # letters: a lowercase word this short is asked about where both neighbours agree
_CANDIDATE_LENGTH = (4, 25)  # letters: shorter words have too many neighbours, none is longer


@cache
def _lexicon() -> frozenset[str]:
    """The words of both word lists, as one set for set arithmetic."""
    return frozenset(frequencies()) | english_words()


@cache
def _trusted_lexicon() -> frozenset[str]:
    """The words of both word lists but the rare ones only the frequency list has."""
    return frozenset(w for w, score in frequencies().items() if score >= _RARE_LISTED) | _scowl_words()


@cache
def _trusted_outside_lexicon() -> frozenset[str]:
    """The trusted words (SCOWL's) that neither word list of :func:`_lexicon` has."""
    return _trusted_lexicon() - _lexicon()


_RARE_LISTED = 600  # score: a word only the frequency list has, and below this, may be a slip
_FAR_COMMONER = 250  # when a SCOWL word one slip away is this much commoner: 300 times


@lru_cache(maxsize=16_384)
def _known_word(word: str) -> bool:
    """:func:`is_english`, memoised: names and terms recur from text to text. A word
    that only an inflection or two joined words make is not known when its dominant
    correction is a letter less of a doubled one ("allthough", "lookking",
    "sufferring") or a common word one slip away that leads every other ten million
    times ("demonstated", not "demon" and "stated"), or one of the most frequent words
    two slips away that does ("alltough", not "all" and "tough"); "manpages" stays. A
    word only the frequency list has, and rarely, is not known when the dominant
    correction one slip away is a SCOWL word three hundred times as frequent ("beng":
    "being")."""
    if is_listed(word):
        if _scowl_word(word) or frequencies().get(word, 0) >= _RARE_LISTED:
            return True
        near = _one_slip_correction(word) if near_common_word(word) or len(word) <= _SHORT_WORD else None
        return near is None or not _scowl_word(near[0]) or (
            dict(_one_slip(word))[near[0]] - frequencies().get(word, 0) < _FAR_COMMONER
        )
    if not (is_inflected(word) or is_compound(word)):
        return False
    if not any(a == b for a, b in itertools.pairwise(word)) and not near_common_word(word):
        return True  # no doubled letter, and no common word a slip away: the costly search is not needed
    found = _dominant_correction(word)
    return found is None or not (
        _doubled_letter_of(word, found[0])
        or (found[1] >= _UNMISTAKABLE and (not found[2] or _very_common(found[0])))
    )


_RUN_TOGETHER = 230  # association of the two words: written 200 times more often than chance


@lru_cache(maxsize=16_384)
def _run_together(word: str) -> tuple[str, str] | None:
    """The two English words that ``word`` runs together, a minor or function word first,
    if English writes them as a pair far more often than chance ("alot": "a lot",
    "infact": "in fact"; not "frontman", a compound)."""
    best: tuple[int, tuple[str, str]] | None = None
    small = never_names()
    for cut in range(1, len(word)):
        pair = (word[:cut], word[cut:])
        if pair[0] not in small:
            continue  # "frontman" is a compound, no "front man"
        strength = association(*pair)
        if strength is not None and strength >= _RUN_TOGETHER and (best is None or strength > best[0]):
            best = (strength, pair)
    return None if best is None else best[1]


def _doubled_letter_of(word: str, correction: str) -> bool:
    """Whether ``word`` is ``correction`` with one letter typed twice."""
    return any(
        word[i] == word[i + 1] and word[:i] + word[i + 1 :] == correction for i in range(len(word) - 1)
    )


_DOMINANCE = 50  # score units: the correction is three times as frequent as any other
_COMMON = 550  # score of a correction: ten to the 5.5 uses in the lexicon's source
_UNKNOWN_SHARE = 0.05  # above this share of unknown distinct words: no prose the lexicon describes


def non_word_typo(text: str) -> Iterator[Edit]:
    """A word that is no English word, one edit away from a common one.

    **Why**: typing slips the curated list (misspelling) does not hold: "intregrate",
    "uncomfirmed", "beleive". A lowercase word that is not in the English lexicon
    (english-frequencies.txt and SCOWL size 50, with inflections, common prefixes and two-word
    compounds) is replaced by the one word the text itself writes in lower case that
    near (one slip, two in a word of six letters or more: "peapel" -> "people"),
    else by the one English word a deletion, insertion,
    substitution or transposition away that is ten times as frequent as any other
    such word, or the only such common word that a neighbour pairs with ("in fatc" ->
    "in fact"), and no proper noun ("nabarro" stays, not "navarro"); a lowercase word of
    three letters only where English pairs the correction with both neighbours ("We kno
    that" -> "know"; "communities afe and" stays). Two words run
    together, a minor or function word first, are split when English writes the pair
    far more often than chance ("alot" -> "a lot"). A capitalised word is corrected
    only at a sentence start, or inside a name on strong evidence: the text writes
    the same name with the common word a slip away ("Stavanger Aiport" beside
    "Stavanger Airport"), English pairs the correction with the name's next word, or
    the name holds two more capitalised words, mostly common ones, and the correction
    of a word of six letters or more dominates tenfold ("Police Coutner Terrorism
    Command"; not "Matt Simister", a name of two words).

    **Leaves alone**: a word the text writes twice or capitalised elsewhere (its own
    term or a name), a word with no dominant correction, inflections and British or
    American variants ("epicenter"), another form of a word the text writes
    ("prorogating" beside "prorogation"), a name's slot after a title or a given name
    ("Dr. alison kock"), words inside paths, handles and compounds, and
    texts in which more than one word in twenty is unknown (not prose this lexicon
    describes).

    >>> from newsclean.engine import apply_edits
    >>> s = "They will intregrate the system and remain uncomfirmed."
    >>> apply_edits(s, non_word_typo(s))
    'They will integrate the system and remain unconfirmed.'
    """
    if _BLANKED in text:
        return  # the text holds code, commands or another language: not the lexicon's prose
    # The text's words from its letter runs (a set other rules share): most texts have
    # no unknown lowercase word, and only the few unknown words are searched for.
    runs = letter_runs(text)
    lexicon = _lexicon()
    shortest, longest = _CANDIDATE_LENGTH
    # Set arithmetic in C first: most runs are English words, and only the few left
    # are tested one by one. A lowercase word only the frequency list has, and rarely,
    # may be a slip ("beng"); a capitalised one ("Maio", not "NASA" or "McDonald") is
    # asked about only when no lexicon has it: a name more often than not.
    cased = cased_runs(text)
    lowercase_runs = runs - cased
    lowercase = lowercase_runs - _trusted_lexicon()
    capitalised = {word for word in cased_runs_lowercased(text) - lexicon if word.capitalize() in cased}
    unlisted = {
        word for word in itertools.chain(lowercase, capitalised)
        if shortest <= len(word) <= longest and word.isascii()
    }
    # Three-letter words too, written in lower case only: both neighbours must then agree.
    short = {word for word in lowercase if len(word) == _SHORT_LENGTH and word.isascii() and word.isalpha()}
    unknown = {word for word in unlisted | short if not _known_word(word)}
    if not unknown:
        return
    if len(unknown & runs - short) > max(3, _UNKNOWN_SHARE * len(lowercase_runs)):
        return  # names aside, too many words the lexicon does not know: not its prose
    occurrences = list(find_listed_words(text, unknown))
    uses = Counter(match.group().lower() for match in occurrences)
    decided: dict[str, tuple[str, int, bool] | None] = {}
    lines = LineIndex(text)
    english: dict[int, bool] = {}  # line start -> whether the line reads as English
    vocabulary: _DocumentWords | None = None  # built on first need

    def english_at(position: int) -> bool:
        line_start, line_end = lines.bounds(position)
        if line_start not in english:
            english[line_start] = _english_line(text[line_start:line_end])
        return english[line_start]

    for occurrence in occurrences:
        match = _PLAIN_WORD.match(text, occurrence.start())
        if match is None or match.end(1) != occurrence.end():
            continue  # inside a path, an address, a compound or a contraction
        written = match.group(1)
        word = written.lower()
        if uses[word] > 1:
            continue  # one the text writes twice: its own term
        if word in short and written != word:
            continue  # a short word is asked about in lower case only
        in_name = before_capital = False
        institution = 0
        if written != word and word in load_words("proper-nouns.txt"):
            continue  # a name English writes ("Somme"), at a sentence start too
        if written != word:
            named = _name_written_otherwise(text, match.start(1), match.end(1), written)
            if named is not None and english_at(match.start(1)):
                correction, pair = named
                yield Edit(match.start(1), match.end(1), correction,
                           f"'{written}' is no English word, a slip from '{correction}'; "
                           f"the text writes the name '{pair}'")
                continue
            place = _capitalised_typo(text, match)
            before_capital = place == _BEFORE_CAPITAL
            if place is None:
                institution = _in_common_word_name(text, match.start(1), match.end(1))
                in_name = (
                    institution > 0
                    or _unmistakable(word)
                    or _pairs_in_name(text, match.start(1), match.end(1), word)
                ) and not _foreign_words_near(text, match.start(1), match.end(1))
                if not in_name:
                    continue  # capitalised mid-sentence: a name
        if _quoted(text, match.start(1), match.end(1)):
            continue  # '"relatime" option', '"exim"': a term mentioned, not used
        if written == word and word.endswith(_LATIN_ENDINGS) and _after_name(text, match.start(1)):
            continue  # "Porites cylindrica", "Caudipteryx zoui": a species name
        if written == word and word in cased_runs_lowercased(text):
            continue  # also written capitalised: a name or the text's own term
        split = _run_together(word) if written == word and word not in short else None
        if split is not None:
            if english_at(match.start(1)):
                times = 10 ** ((association(*split) or 0) / 100)
                yield Edit(match.start(1), match.end(1), " ".join(split),
                           f"'{word}' is not an English word; English writes '{' '.join(split)}' "
                           f"{times:.0f}x more often than its words' frequencies predict")
            continue  # two words run together: no slip of a letter ("alot" is not "lot")
        name_slot = _after_name_word(text, match.start(1))
        if not in_name and not name_slot and word not in short:
            if vocabulary is None:
                vocabulary = _DocumentWords(text, lowercase_runs, lowercase)
            written_here = vocabulary.correction(word, two_slips=not before_capital)
            if written_here is not None and english_at(match.start(1)):
                correction, slips = written_here
                yield Edit(match.start(1), match.end(1), _match_case(written, correction),
                           f"'{word}' is not an English word; the text writes '{correction}', "
                           f"{'one slip' if slips == 1 else 'two slips'} away, and no other word that near")
                continue
        if word not in decided:
            decided[word] = _dominant_correction(word)
        found = decided[word]
        if name_slot:
            pass  # "Professor Carl lipo": a surname's slot, where "lip of" is no evidence
        elif found is None:
            found = _context_correction(text, match.start(1), match.end(1), word)
        elif not found[2]:
            found = _rival_in_context(text, match.start(1), match.end(1), word, found[0]) or found
        if found is None:
            continue
        if not english_at(match.start(1)):
            continue
        correction, margin, two_slips = found
        if correction in load_words("proper-nouns.txt"):
            continue  # "nabarro" -> "navarro": a name for a name, no slip of a common word
        known = _context_pairs(text, match.start(1), match.end(1), correction)
        if not known and two_slips and not (
            _very_common(correction) and margin >= _SOLE_TWO_SLIPS_LEAD and len(word) >= _LONG_WORD
        ) and not _alone_two_slips_away(word):
            continue  # two slips away: a neighbour must agree, or one of the most frequent words lead
        if word in short and len(known) < 2:
            continue  # "We kno that": three letters are a slip of many words; both neighbours must agree
        in_pairs = _name_pairs(text, match.start(1), match.end(1), correction)
        sole = (margin >= _SOLE_CORRECTION and len(word) >= _LONG_WORD) or (
            institution >= 2 and found is decided[word] and not two_slips
            and margin >= _INSTITUTION_LEAD and len(word) > _SHORT_WORD
        )
        if in_name and (
            not _scowl_word(correction)
            or (correction.capitalize() not in cased_runs(text) and not in_pairs and not sole)
        ):
            continue  # in a name: a common word the text capitalises elsewhere, that English
            # pairs with the name's next word ("Stock Excahnge"), or the only word near a long one
        if before_capital and not in_pairs and not sole and not _very_common(correction):
            continue  # "Tomasz Kubiak": a name, unless the pair is English, the correction
            # is a very common word ("Afetr Hunter" -> "After Hunter") or the only common word
            # near a long one ("Numberous Maker Clubs")
        sole_short = correction in english_words() and (
            margin >= _SOLE_SHORT_CORRECTION or (margin >= _SOLE_VERY_COMMON and _very_common(correction))
        )
        if len(word) <= _SHORT_WORD and not known and not sole_short:
            continue  # "a goto": a short word needs a neighbour to agree
        distance = "two slips" if two_slips else "one slip"
        if found is not decided[word]:  # chosen by its neighbours
            note = (f"'{word}' is not an English word; of the common words {distance} away, "
                    f"'{correction}' is the one English writes beside its neighbours")
        else:
            note = (f"'{word}' is not an English word; '{correction}' is {distance} away and "
                    f"{10 ** (margin / 100):.0f}x as frequent as any other")
        if known:
            note += f"; English writes '{known[0]}'"
        yield Edit(match.start(1), match.end(1), _match_case(written, correction), note)


_DOCUMENT_TWO_SLIPS = 6  # letters: a word this long may be two slips from the text's own word


class _DocumentWords:
    """The English words a text writes in lower case: the first source of corrections.

    A typist who writes "people" ten times and "peapel" once slipped once; the text's
    own words are a far smaller and likelier set of candidates than the lexicon. Words
    it writes only capitalised are candidates when they are common English words
    ("Although"), not names ("Ayacucho"). One slip away, the candidates are the
    lexicon's corrections of the word (memoised per word) that the text writes; two
    slips away, the text's own words of nearly the word's length."""

    def __init__(self, text: str, lowercase: AbstractSet[str], untrusted: AbstractSet[str]) -> None:
        # The text's lowercase words the lexicon has: those it trusts (all but the few
        # ``untrusted`` ones) less the trusted words it lacks, and the untrusted ones
        # it has; set arithmetic in C on small sets, not a probe of the lexicon per word.
        in_lexicon = ((lowercase - untrusted) - _trusted_outside_lexicon()) | (untrusted & _lexicon())
        self._words = in_lexicon | (
            cased_runs_lowercased(text) & english_words()  # "Although", a common word capitalised
        )
        self._by_length: dict[int, list[str]] | None = None  # for words two slips away

    def correction(self, word: str, *, two_slips: bool = True) -> tuple[str, int] | None:
        """The one word of the text nearest ``word``, and its slips: one slip, or two
        for a word of six letters or more (unless not ``two_slips``: before a name,
        "Shahid Soleymani" is no slip of "Said"); None when none is that near, two are
        equally near, the lexicon has a common word one slip away (two slips away) or
        one the slip makes far more likely (one slip away)."""
        near = [candidate for candidate, _ in _one_slip(word) if candidate in self._words]
        if near:
            if len(near) > 1:
                return None
            correction, nearest = near[0], 1
            scores = dict(_one_slip(word))
            if any(score >= scores[correction] + _DOMINANCE for score in scores.values()):
                return None  # English makes another word of the slip far likelier: "yout" is "you"
        else:
            if not two_slips or len(word) < _DOCUMENT_TWO_SLIPS or _common_corrections(word):
                return None  # two slips only in a long word no common word is one slip from
            found = self._two_slips(word)
            if found is None:
                return None
            correction, nearest = found, 2
        if same_stem(word, correction):
            return None  # another form of the same word: "prorogating"
        return correction, nearest

    def _two_slips(self, word: str) -> str | None:
        """The one word of the text two slips from ``word`` that begins or ends as it
        does, if there is one (two slips in a long word leave one of its ends alone):
        the lexicon's own search two slips away misses some ("peapel": "people")."""
        if self._by_length is None:
            self._by_length = _by_length(self._words)
        return _only_two_slips_from(word, self._by_length)


_BLANKED = "\ufffc"  # what the engine writes over out-of-scope spans (newsclean.scope)
_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\.\s++$")
_ENGLISH_LINE = 0.8  # the identifier's probability that a line with a typo is English
_ENGLISH_TOP = 0.5  # or, where its function words are English, its likeliest language


def _english_line(line: str) -> bool:
    """Whether a line reads as English: the identifier is sure of it, or English is its
    likeliest language and the line's function words are English (a slip and a few
    names lower the identifier's confidence in a plain English line: "Faktors cited
    for the drop in the monarch's overall population ..." reads 0.79 English). Without
    the identifier, the function words alone decide."""
    probability = english_probability(line)
    if probability is None:
        return looks_english(line)
    return probability >= _ENGLISH_LINE or (probability >= _ENGLISH_TOP and looks_english(line))


# The capitalised words (and the small words a name holds) on either side of a word.
_NAME_RUN_BEFORE = regex.compile(r"(?:(?:\p{Lu}[\p{L}'’.-]*+|of|and|for|the|&) )++$")
# The same, matched backwards from the end of its window (search_ending_at): each word
# taken from its first capital in the run of letters before the space.
_NAME_RUN_BEFORE_BACKWARDS = regex.compile(
    r"(?:(?>\p{Lu}[\p{L}'’.-]*|of|and|for|the|&) )++", flags=regex.REVERSE
)
_NAME_RUN_AFTER = regex.compile(r"(?: (?:\p{Lu}[\p{L}'’.-]*+|of|and|for|the|&))++")
_NAME_WINDOW = 80


def _in_common_word_name(text: str, start: int, end: int) -> int:
    """How many other capitalised words the name holds when the capitalised word at
    ``text[start:end]`` stands in a name whose other capitalised words are mostly common
    English words: an institution ("National Stock Excahnge", "Minister of
    Agricuture"), with common words beside it, not a person ("Senator Dana Frist");
    else 0."""
    before = search_ending_at(
        _NAME_RUN_BEFORE, _NAME_RUN_BEFORE_BACKWARDS, text, max(0, start - _NAME_WINDOW), start
    )
    after = _NAME_RUN_AFTER.match(text, end, min(len(text), end + _NAME_WINDOW))
    left = (before.group() if before else "").split()
    right = (after.group() if after else "").split()
    # A possessor ends the name before it: "Nikki Holland of the UK's National Crime Agancy".
    possessors = [index for index, word in enumerate(left) if word.endswith(("'s", "’s"))]
    if possessors:
        left = left[possessors[-1] + 1 :]
    common = english_words()
    beside = [words[index] for words, index in ((left, -1), (right, 0)) if words]
    beside = [word for word in beside if word[:1].isupper()]
    if any(word.lower() not in common for word in beside):
        return 0  # a given name or a surname beside it: "Abd Hamid Nor", "Andrew Leung"
    others = [word for word in left + right if word[:1].isupper() and word.isalpha()]
    return len(others) if 2 * sum(word.lower() in common for word in others) > len(others) else 0


_SENTENCE_START, _BEFORE_CAPITAL = "sentence start", "before a capital"


def _capitalised_typo(text: str, match: regex.Match[str]) -> str | None:
    """Where a capitalised word stands that a typo may be: at a sentence start (not
    after an initial: "Kevin M. Bealer"), before a lowercase word; or before a
    capitalised one ("Tomasz Kubiak", "Nabil Hasan" are names, so the caller then
    asks English word pairs to agree). None: mid-sentence or not before a word."""
    if not sentence_initial(text, match.start(1)):
        return None  # capitalised mid-sentence: a name
    if _INITIAL_BEFORE.search(text, max(0, match.start(1) - 8), match.start(1)):
        return None
    following = _NEXT.match(text, match.end(1))
    if following is None or not following.group(1).isalpha():
        return None
    return _BEFORE_CAPITAL if following.group(1).isupper() else _SENTENCE_START


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` stands alone inside quotes."""
    return start > 0 and text[start - 1] in "\"“‘'" and text[end : end + 1] in ("\"", "”", "’", "'")


_CAPITALISED_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\p{Ll}++ $")


def _after_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a capitalised word, one space between,
    that is a name: no common English word ("Dr. David nabarro", "Porites cylindrica";
    not "The zoui" or "his Constitutional repsonsibilities", a common word in title
    case)."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    return before.group().rstrip().lower() not in english_words()


# Endings of Latin species epithets ("cylindrica", "zoui", "sapiens"): after a name,
# such a word is the second half of a binomial, not a typo ("Wardak provicial" is).
_LATIN_ENDINGS = ("a", "ae", "i", "us", "um", "is", "es", "ens", "ans", "ix", "ex", "x")
_SHORT_WORD = 5  # letters: words this short are one edit from many others
# A lead this large: the correction is the only common word one edit away ("tyhat").
_SOLE_CORRECTION = 600
_INSTITUTION_LEAD = 100  # in an institution's name of three or more words: tenfold
_UNMISTAKABLE = 700  # and ten million times: no name is one slip from so common a word
_TWO_SLIPS_COMMON = 700  # score a correction two slips away needs: common words only
_SOLE_TWO_SLIPS_COMMON = 650  # or, the only common word two slips from a long word: 650 (4.5 million uses)
_SOLE_TWO_SLIPS_LEAD = 300  # a most frequent word two slips from a long word, leading a thousandfold
_SOLE_TWO_SLIPS_LENGTH = 9  # letters: "insuffient", "investiaged"


_VERY_COMMON = 780  # score: "although" (790) and "according" (786), not "saint" (759)
_SOLE_SHORT_CORRECTION = 750  # and for a short word, a very common one ("tyhat"; not "libc" -> "lib")
_SOLE_VERY_COMMON = 230  # or a most frequent word, 200 times any other ("sicne": "since", not "sine")
_LONG_WORD = 7  # letters: a word this long one edit from a single common word is a slip


_WORD_JUST_BEFORE = regex.compile(r"(?<![\p{L}'’-])\p{L}++ ++$")
# The same, matched backwards from the end of its window (search_ending_at): a step per
# character of the match, not a try at every position of the window.
_WORD_JUST_BEFORE_BACKWARDS = regex.compile(r"(?<![\p{L}'’-])\p{L}++ ++", flags=regex.REVERSE)


def _word_just_before(text: str, start: int) -> regex.Match[str] | None:
    """The word and spaces right before ``start`` (within 40 characters), or None."""
    return search_ending_at(_WORD_JUST_BEFORE, _WORD_JUST_BEFORE_BACKWARDS, text, max(0, start - 40), start)
_WORD_JUST_AFTER = regex.compile(r" ++(\p{L}++)(?![\p{L}'’-])")
# A title right before a word, its abbreviation's period too: "Dr. ", "President ".
_TITLE_JUST_BEFORE = regex.compile(r"(?<![\p{L}'’-])\p{L}++\.? ++$")
_TITLE_JUST_BEFORE_BACKWARDS = regex.compile(r"(?<![\p{L}'’-])\p{L}++\.? ++", flags=regex.REVERSE)


_ASSOCIATED = 150  # a pair written thirty times more often than its words' frequencies predict


def _very_common(word: str) -> bool:
    """A common English word among the few hundred most frequent ("after", "although",
    "without"; not "saint" or "judge", which stand before names themselves)."""
    return word in english_words() and frequencies().get(word, 0) >= _VERY_COMMON


@lru_cache(maxsize=16_384)
def _one_slip(word: str) -> tuple[tuple[str, int], ...]:
    """:func:`corrections` of ``word``, memoised: several tests ask for them."""
    return tuple(corrections(word))


def _common_corrections(word: str) -> tuple[tuple[str, int], ...]:
    """The common words one slip from ``word``, with their scores."""
    return tuple((c, score) for c, score in _one_slip(word) if score >= _COMMON)


def _context_correction(text: str, start: int, end: int, word: str) -> tuple[str, int, bool] | None:
    """The correction of ``word`` at ``text[start:end]`` that its neighbours choose, when no
    correction dominates alone: of the common words one slip away, the one that forms
    more pairs than any other with its neighbours, pairs English writes far more often
    than chance, and whose frequency with its pairs counted (as association,
    :func:`association`) leads every other's ("in fatc" -> "in fact": "fat" is nearly as
    frequent, but "in fact" is the pair; "in ened for" -> "in need for", where "ended
    for" is one pair)."""
    candidates = _common_corrections(word)
    if len(candidates) < 2:
        return None
    paired = {c: _context_pairs(text, start, end, c) for c, _ in candidates}
    scored = sorted(((score + _pairs_weight(paired[c]), c) for c, score in candidates), reverse=True)
    (best_score, best), (rival_score, _) = scored[0], scored[1]
    if any(len(pairs) >= len(paired[best]) for c, pairs in paired.items() if c != best):
        return None  # another fits as many neighbours: they do not choose
    lead = best_score - rival_score
    return (best, lead, False) if lead >= 2 * _DOMINANCE else None


def _pairs_weight(pairs: list[str]) -> int:
    """The association of each of ``pairs`` ("in fact"), summed."""
    return sum(association(*pair.split(" ")) or 0 for pair in pairs)


def _rival_in_context(
    text: str, start: int, end: int, word: str, dominant: str
) -> tuple[str, int, bool] | None:
    """Another common word one slip from ``word`` that more neighbours choose than the
    dominant correction ("the highest mumber of" -> "number": "highest number" and
    "number of", where "member" has only "member of"; "was pleasd with" -> "pleased"):
    its frequency with its pairs counted (as association, :func:`association`) leads
    the dominant correction's with its own."""
    scores = dict(_common_corrections(word))
    own = _context_pairs(text, start, end, dominant)
    own_score = scores.get(dominant, 0) + sum(association(*pair.split(" ")) or 0 for pair in own)
    for rival, score in scores.items():
        if rival == dominant:
            continue
        pairs = _context_pairs(text, start, end, rival)
        if len(pairs) <= len(own):
            continue
        lead = score + sum(association(*pair.split(" ")) or 0 for pair in pairs) - own_score
        if lead >= 2 * _DOMINANCE:
            return rival, lead, False
    return None


def _after_name_word(text: str, start: int) -> bool:
    """Whether ``start`` is in a name's slot: right after a capitalised word that starts
    no sentence and is a given name or no common English word ("Carl lipo", "Bill
    frist"; not "Supreme Cort": an institution of common words; not "Navalny
    aledged" where the text writes "Alexei Navalny"), or after a title or
    honorific and one word ("Professor carl lipo", "Dr. alison kock"; honorifics.txt
    and titles.txt)."""
    before = _word_just_before(text, start)
    if before is None:
        return False
    if before.group()[:1].isupper() and not sentence_initial(text, before.start()):
        written = before.group().rstrip(" ").lower()
        if written in census_scores("first-names.txt"):
            return True
        if written not in english_words() and not _surname_in_text(text, before.group().rstrip(" ")):
            return True
    title = search_ending_at(
        _TITLE_JUST_BEFORE, _TITLE_JUST_BEFORE_BACKWARDS, text, max(0, before.start() - 40), before.start()
    )
    return title is not None and title.group().rstrip(" .") in titles()



# Two capitalised words in a row ("Alexei Navalny"): each a whole word of a capital and
# lowercase letters, one space between.
_CAPITALISED_WORD = regex.compile(r"\p{Lu}\p{Ll}++")
_CAPITALISED_WORD_AT = regex.compile(r"\p{Lu}\p{Ll}++(?![\p{L}\p{N}])")
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")


def _written_after(text: str, first: str) -> set[str]:
    """The capitalised words the text writes right after the capitalised word ``first``,
    as two capitalised words in a row ("Navalny" after "Alexei"). A substring search
    for the few places ``first`` stands, not a scan of every capital."""
    found: set[str] = set()
    if not _CAPITALISED_WORD.fullmatch(first):
        return found
    needle = first + " "
    position = text.find(needle)
    while position >= 0:
        if not (position and _LETTER_OR_DIGIT.match(text, position - 1)):
            second = _CAPITALISED_WORD_AT.match(text, position + len(needle))
            if second is not None:
                found.add(second.group())
        position = text.find(needle, position + 1)
    return found


def _written_before(text: str, second: str) -> set[str]:
    """The capitalised words the text writes right before the capitalised word
    ``second``, as two capitalised words in a row ("Alexei" before "Navalny")."""
    found: set[str] = set()
    if not _CAPITALISED_WORD.fullmatch(second):
        return found
    needle = " " + second
    position = text.find(needle)
    while position >= 0:
        whole = _CAPITALISED_WORD_AT.match(text, position + 1)
        if whole is not None and whole.end() == position + len(needle):
            first = LETTERS_BACKWARDS.match(text, 0, position)  # the whole run of letters before
            if (
                first is not None
                and _CAPITALISED_WORD.fullmatch(first.group())
                and not (first.start() and _LETTER_OR_DIGIT.match(text, first.start() - 1))
            ):
                found.add(first.group())
        position = text.find(needle, position + 1)
    return found


@lru_cache(maxsize=2)
def _capitalised_common_words(text: str) -> dict[int, list[str]]:
    """The common words (SCOWL size 50) the text writes capitalised ("Airport"),
    lowercase, by length."""
    return _by_length(cased_runs_lowercased(text) & _scowl_words())  # set arithmetic in C


def _by_length(words: Iterable[str]) -> dict[int, list[str]]:
    """``words`` grouped by their length: the few near a word's length are compared."""
    grouped: dict[int, list[str]] = {}
    for word in words:
        grouped.setdefault(len(word), []).append(word)
    return grouped


@cache
def _scowl_words() -> frozenset[str]:
    """SCOWL size 50's lowercase words (see :func:`_scowl_word`), as one set."""
    return english_words() | more_words()


def _one_slip_from(word: str, by_length: Mapping[int, list[str]]) -> list[str]:
    """The words of ``by_length`` (words by their length) one slip from ``word``."""
    letters = frozenset(word)
    return [
        candidate
        for length in range(len(word) - 1, len(word) + 2)
        for candidate in by_length.get(length, ())
        if len(letters.symmetric_difference(candidate)) <= 2 and one_slip(word, candidate)
    ]


def _only_two_slips_from(word: str, by_length: Mapping[int, list[str]]) -> str | None:
    """The one word of ``by_length`` (words by their length) two slips from ``word``
    that begins or ends as it does, if there is one. A few comparisons of letters a
    word before any edit distance is counted."""
    letters = frozenset(word)
    first, last = word[0], word[-1]
    found = []
    for length in range(len(word) - 2, len(word) + 3):
        for candidate in by_length.get(length, ()):
            if (candidate[0] == first or candidate[-1] == last) and (  # two slips leave one end
                len(letters.symmetric_difference(candidate)) <= 4  # and change four letters at most
                and slips(word, candidate) == 2
            ):
                found.append(candidate)
    return found[0] if len(found) == 1 else None


def _surname_in_text(text: str, name: str) -> bool:
    """Whether the text writes ``name`` only as a surname: after a capitalised word
    ("Alexei Navalny") and never before one, so that no surname follows it."""
    return bool(_written_before(text, name)) and not _written_after(text, name)


def _name_written_otherwise(text: str, start: int, end: int, written: str) -> tuple[str, str] | None:
    """The capitalised common word a slip from ``written`` (one, two in a word of six
    letters or more) with which the text writes the same name elsewhere, and that name:
    "Thames Vally" where the text writes "Thames Valley Police". None where no such
    word, or more than one, is near; a name of common words only ("Senator Dana Frist"
    is no slip of "Dana First", a pair no text writes)."""
    lowered = written.lower()
    before = _word_just_before(text, start)
    previous = before.group().rstrip(" ") if before is not None else ""
    after = _WORD_JUST_AFTER.match(text, end, min(len(text), end + 40))
    following = after.group(1) if after is not None else ""
    # Only a word the text writes in a name beside this one can be the answer: most
    # capitalised words have none a slip away, and the text's common words are searched
    # only when one does.
    after_previous, before_following = _written_after(text, previous), _written_before(text, following)
    if not any(_near_enough(lowered, partner.lower()) for partner in after_previous | before_following):
        return None
    common = _capitalised_common_words(text)
    near = {word.capitalize() for word in _one_slip_from(lowered, common)}
    if not near and len(written) >= _DOCUMENT_TWO_SLIPS:
        found = _only_two_slips_from(lowered, common)
        near = {found.capitalize()} if found is not None else set()
    near = {name for name in near if not same_stem(lowered, name.lower())}
    if len(near) != 1:
        return None
    (correction,) = near
    if correction in after_previous:
        return correction, f"{previous} {correction}"
    if correction in before_following:
        return correction, f"{correction} {following}"
    return None


def _near_enough(word: str, candidate: str) -> bool:
    """Whether ``candidate`` is a common word (SCOWL size 50) that
    :func:`_name_written_otherwise` may find near ``word``: one slip away, or two in a
    word of six letters or more."""
    if candidate not in _scowl_words():
        return False
    alone = {len(candidate): [candidate]}
    return bool(_one_slip_from(word, alone)) or (
        len(word) >= _DOCUMENT_TWO_SLIPS and _only_two_slips_from(word, alone) is not None
    )


def _scowl_word(word: str) -> bool:
    """Whether lowercase ``word`` is a word of SCOWL size 50: a common word, no name."""
    return word in _scowl_words()


@lru_cache(maxsize=16_384)
def _unmistakable(word: str) -> bool:
    """Whether lowercase ``word`` is a slip even inside a name: a long word, in no
    lexicon and no list of names, one slip from a common word that leads every other
    correction ten million times ("Snowdonia Natioanl Park"; not "Dana Frist")."""
    if len(word) < _LONG_WORD or word in load_words("proper-nouns.txt"):
        return False
    if not near_common_word(word):
        return False  # no common word near: the costly search is not needed
    found = _one_slip_correction(word)
    return found is not None and found[1] >= _UNMISTAKABLE and _scowl_word(found[0])


_NAME_PARTICLES = frozenset(("de", "da", "do", "dos", "das"))  # "Institut National de Recherche"
_FOREIGN_REACH = 40  # characters either side


def _foreign_words_near(text: str, start: int, end: int) -> bool:
    """Whether a function word of another language stands near ``text[start:end]``: a
    name in that language ("Institut National de Recherche"), not an English slip."""
    # The words of the window, less the two at its edges, which it may cut ("y" of "University").
    window = text[max(0, start - _FOREIGN_REACH) : end + _FOREIGN_REACH].split()[1:-1]
    foreign = foreign_function_words()
    return any(word in foreign or word in _NAME_PARTICLES for word in window)


def _pairs_in_name(text: str, start: int, end: int, word: str) -> bool:
    """Whether the dominant correction of the capitalised ``word`` (one slip away), or
    with none dominant the only common word one slip away that can, makes a name of
    common words with a capitalised neighbour (see :func:`_name_pairs`)."""
    if not near_common_word(word):
        return False  # only a common word of five letters or more makes a name of common words
    if not _capitalised_neighbour(text, start, end):
        return False  # no rest of a name to pair with: the costly search is not needed
    found = _one_slip_correction(word)
    if found is not None:
        return _name_pairs(text, start, end, found[0])
    # No dominant correction: the one common word one slip away that makes such a name
    # ("U.S. Stae Department": "State Department"; not "stage", "star").
    return sum(_name_pairs(text, start, end, c) for c, _ in _common_corrections(word)) == 1


def _capitalised_neighbour(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands right before or after ``text[start:end]``, as
    :func:`_name_pairs` reads its neighbours."""
    before = _word_just_before(text, start)
    if before is not None and before.group()[:1].isupper():
        return True
    after = _WORD_JUST_AFTER.match(text, end, min(len(text), end + 40))
    return after is not None and after.group(1)[:1].isupper()


def _name_pairs(text: str, start: int, end: int, correction: str) -> bool:
    """Whether ``correction``, put at ``text[start:end]``, forms with a capitalised
    neighbour a pair English writes far more often than chance, or two words of a
    place of multiword-places.txt ("Sourth Korea")."""
    if _context_pairs(text, start, end, correction, capitalised=True):
        return True
    before = _word_just_before(text, start)
    after = _WORD_JUST_AFTER.match(text, end, min(len(text), end + 40))
    pairs = _place_word_pairs()
    previous = before.group().rstrip(" ") if before is not None else ""
    following = after.group(1) if after is not None else ""
    return (previous[:1].isupper() and f"{previous.lower()} {correction}" in pairs) or (
        following[:1].isupper() and f"{correction} {following.lower()}" in pairs
    )


@cache
def _place_word_pairs() -> frozenset[str]:
    """Each two words in a row of a name of multiword-places.txt, lowercase: "south korea"."""
    pairs: set[str] = set()
    for name in load_lines("multiword-places.txt"):
        words = name.lower().split()
        pairs.update(f"{one} {two}" for one, two in itertools.pairwise(words))
    return frozenset(pairs)


def _context_pairs(
    text: str, start: int, end: int, correction: str, *, capitalised: bool = False
) -> list[str]:
    """The pairs the correction forms with the words beside it (spaces only between)
    that English writes far more often than chance ("in fact", not "of mini"); with
    ``capitalised``, only with capitalised neighbours (the rest of a name)."""
    pairs = []
    before = _word_just_before(text, start)
    if before and (not capitalised or before.group()[:1].isupper()):
        pairs.append((before.group().rstrip(" ").lower(), correction))
    after = _WORD_JUST_AFTER.match(text, end, min(len(text), end + 40))
    if after and (not capitalised or after.group(1)[:1].isupper()):
        pairs.append((correction, after.group(1).lower()))
    return [f"{one} {two}" for one, two in pairs if (association(one, two) or 0) >= _ASSOCIATED]


@lru_cache(maxsize=16_384)
def _dominant_correction(word: str) -> tuple[str, int, bool] | None:
    """The correction of ``word``, its lead in score over the next, and whether it is
    two slips away, if it dominates.

    One slip first; a long word with no common word one slip away may be two slips
    from one ("multipul"), which must then lead by twice the margin (and the caller
    asks a neighbour to agree); a score of 700, or of 650 where it is the only common
    word two slips from a word of nine letters or more ("insuffient" -> "insufficient",
    669)."""
    found = _one_slip(word)
    if not found or found[0][1] < _COMMON:
        two = corrections_two_slips(word)
        sole = len(two) == 1 and not found and len(word) >= _SOLE_TWO_SLIPS_LENGTH
        if not two or two[0][1] < (_SOLE_TWO_SLIPS_COMMON if sole else _TWO_SLIPS_COMMON):
            return None
        rival = max(two[1][1] if len(two) > 1 else 0, found[0][1] if found else 0)
        lead = two[0][1] - rival
        return (two[0][0], lead, True) if lead >= 2 * _DOMINANCE else None
    one = _one_slip_correction(word)
    return None if one is None else (*one, False)


_ALONE_LENGTH = 10  # letters: a word this long that many slips from one word only is that word


def _alone_two_slips_away(word: str) -> bool:
    """Whether a long ``word`` (ten letters or more) has no English word one slip away
    and one word only two slips away, a common one (700): "recommdation",
    "facilititate"; not "travelator" ("translator", 671). Few strings that long come
    that near any word, let alone to one alone."""
    if len(word) < _ALONE_LENGTH or _one_slip(word):
        return False
    two = corrections_two_slips(word)
    return len(two) == 1 and two[0][1] >= _TWO_SLIPS_COMMON


@lru_cache(maxsize=16_384)
def _one_slip_correction(word: str) -> tuple[str, int] | None:
    """The correction one slip from ``word`` and its lead, if it is common and dominates.

    What the paths inside names ask for: the search two slips away costs far more,
    and a name word is never corrected that far."""
    found = _one_slip(word)
    if not found or found[0][1] < _COMMON:
        return None
    lead = found[0][1] - (found[1][1] if len(found) > 1 else 0)
    if lead < (_DOMINANCE if len(word) > 4 else 2 * _DOMINANCE):  # short words have many neighbours
        return None
    return found[0][0], lead


def _text_writes_correction(
    phrases: Mapping[tuple[str, str], int], line: str, start: int, end: int, correction: str
) -> bool:
    before = LETTERS.findall(line[max(0, start - 40) : start])
    after = LETTERS.findall(line[end : end + 40])
    key = correction.lower()
    return bool(
        (after and phrases.get((key, after[0].lower()), 0))
        or (before and phrases.get((before[-1].lower(), key), 0))
    )


@cache
def _confusion_sets() -> Mapping[str, tuple[str, ...]]:
    sets: dict[str, tuple[str, ...]] = {}
    for line in load_lines("confusables.txt"):
        members = line.split()
        for member in members:
            sets[member] = tuple(m for m in members if m != member)
    return sets


# Written last in a phrase, what must follow it: "<end>", sentence or clause
# punctuation ("is quite <end>" matches "is quite." and "is quite; but", not "quite,
# frankly"); "<pause>", that or a comma or colon ("usually quite <pause>" matches
# "usually quite, this year").
_PHRASE_ENDS = MappingProxyType({"<end>": frozenset(".;!?…"), "<pause>": frozenset(".,:;!?…")})
# What may stand between the words of a phrase: spaces only ("quiet a few", not
# "quiet, a few").
_PHRASE_SPACES = frozenset(" \t\u00a0")
_APOSTROPHES = frozenset("'’")
# "<poss>" stands for a possessive word: "Okafor's", "the ministers’" ("<poss> advise").
_POSSESSIVE = "<poss>"


@cache
def _phrase_slots() -> Mapping[str, frozenset[str]]:
    """phrase-slots.txt: each slot ("<det>", "<link>") and the words it stands for."""
    slots = {}
    for line in load_lines("phrase-slots.txt"):
        slot, *words = line.split()
        slots[slot] = frozenset(_fold(word) for word in words)
    return MappingProxyType(slots)


def _fold(word: str) -> str:
    """A word as phrases compare it: case-folded, either apostrophe as "'"."""
    return word.casefold().replace("’", "'")


def _is_possessive(token: str) -> bool:
    """ "Okafor's", "ministers’": letters, then 's, or letters ending in s, then '."""
    return len(token) > 2 and token[:-2].isalpha() and (
        (token[-2] in _APOSTROPHES and token[-1] in "sS") or (token[-2] in "sS" and token[-1] in _APOSTROPHES)
    )


def _part_matches(part: str, token: str) -> bool:
    """Whether one word of a phrase (a word, a slot, "<poss>") is the whole ``token``."""
    if part == _POSSESSIVE:
        return _is_possessive(token)
    slot = _phrase_slots().get(part)
    return _fold(token) in slot if slot is not None else _fold(token) == part


_LONGEST_PHRASE_WORD = 40  # letters: no word of a phrase is longer


def _token_before(text: str, end: int) -> int:
    """Where the run of letters and apostrophes that ends at ``end`` starts; ``end``
    when the run is longer than any word of a phrase (so the walk stays short)."""
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in _APOSTROPHES):
        start -= 1
        if end - start > _LONGEST_PHRASE_WORD:
            return end
    return start


def _left_matches(text: str, position: int, parts: tuple[str, ...], index: int) -> bool:
    """Whether ``parts[:index + 1]`` stand before ``position``, spaces between, as whole words."""
    if index < 0:  # the phrase starts at ``position``: no word, number or hyphen glued before it
        before = text[position - 1] if position else " "
        return not (before.isalpha() or before.isnumeric() or before in "'’-")
    end = position
    while end > 0 and text[end - 1] in _PHRASE_SPACES:
        end -= 1
    if end == position:
        return False
    start = _token_before(text, end)
    return start < end and _part_matches(parts[index], text[start:end]) and (
        _left_matches(text, start, parts, index - 1)
    )


def _right_matches(text: str, position: int, parts: tuple[str, ...], index: int, ending: str) -> bool:
    """Whether ``parts[index:]`` follow ``position``, spaces between, then the phrase's ending."""
    if index == len(parts):
        after = text[position : position + 1]
        if ending:
            return after != "" and after in _PHRASE_ENDS[ending]
        # Not glued to a word, number or hyphen, nor to an apostrophe and a letter ("few's").
        glued = after.isalpha() or after.isnumeric() or after == "-"
        return not glued and not (after in _APOSTROPHES and text[position + 1 : position + 2].isalpha())
    start = position
    while start < len(text) and text[start] in _PHRASE_SPACES:
        start += 1
    if start == position:
        return False
    return any(
        _right_matches(text, end, parts, index + 1, ending) for end in _part_ends(text, start, parts[index])
    )


def _part_ends(text: str, start: int, part: str) -> Iterator[int]:
    """Where one word of a phrase, standing at ``start``, may end (a prefix of the text there)."""
    if part == _POSSESSIVE:
        end = start
        while end < len(text) and text[end].isalpha():
            end += 1
            if end - start > 1 and text[end - 1] in "sS" and text[end : end + 1] in _APOSTROPHES:
                yield end + 1  # "ministers’"
        if end > start and text[end : end + 1] in _APOSTROPHES and text[end + 1 : end + 2] in ("s", "S"):
            yield end + 2  # "Okafor's"
        return
    slot = _phrase_slots().get(part)
    for word in slot if slot is not None else (part,):
        if _fold(text[start : start + len(word)]) == word:
            yield start + len(word)


# One phrase of real-word-phrases.txt: its words (without a final "<end>" or
# "<pause>"), that ending or "", and the position of the word that differs between
# the wrong and the right phrase.
_Phrase = tuple[tuple[str, ...], str, int]


def _phrase_at(text: str, start: int, end: int, phrase: _Phrase) -> bool:
    """Whether ``phrase`` stands in the text with its differing word at ``text[start:end]``."""
    parts, ending, index = phrase
    before = _left_matches(text, start, parts, index - 1)
    return before and _right_matches(text, end, parts, index + 1, ending)


@dataclass(frozen=True, slots=True)
class _Phrases:
    """real-word-phrases.txt read both ways.

    ``fixes``: for each wrong word, (the wrong phrase, the right word).
    ``protects``: for each right word, its right phrases ("quiet revolution" protects
    "quiet" from document evidence). A phrase's words must stand next to each other
    with only spaces between them ("quiet a few", not "quiet, a few"), and not inside
    a longer word or compound ("time-consuming"). Matched word by word around the
    word in question (:func:`_phrase_at`), with no pattern to compile.
    """

    fixes: Mapping[str, tuple[tuple[_Phrase, str], ...]]
    protects: Mapping[str, tuple[_Phrase, ...]]


def _split_phrase(phrase: str) -> tuple[tuple[str, ...], str]:
    words = phrase.split()
    if words[-1] in _PHRASE_ENDS:
        return tuple(words[:-1]), words[-1]
    return tuple(words), ""


@cache
def _phrases() -> _Phrases:
    fixes: dict[str, list[tuple[_Phrase, str]]] = {}
    protects: dict[str, list[_Phrase]] = {}
    for wrong, right in load_mapping("real-word-phrases.txt").items():
        (wrong_words, ending), (right_words, _) = _split_phrase(wrong), _split_phrase(right)
        for index, (a, b) in enumerate(zip(wrong_words, right_words, strict=True)):
            if a != b:
                fixes.setdefault(a, []).append(((wrong_words, ending, index), b))
                protects.setdefault(b, []).append((right_words, ending, index))
    return _Phrases(
        MappingProxyType({word: tuple(entries) for word, entries in fixes.items()}),
        MappingProxyType({word: tuple(entries) for word, entries in protects.items()}),
    )


def _protected(text: str, start: int, end: int) -> bool:
    """Whether a right phrase of real-word-phrases.txt holds the word at ``text[start:end]``."""
    phrases = _phrases().protects.get(text[start:end].lower(), ())
    return any(_phrase_at(text, start, end, phrase) for phrase in phrases)


_PHRASE_REACH = 120  # characters each side: far more than the longest phrase


@lru_cache(maxsize=65_536)
def _local_patterns(window: str, start: int, end: int) -> tuple[bool, str | None]:
    """Whether a right phrase protects ``window[start:end]``, and the right word a wrong
    phrase gives it. Memoised on the words around it: a repeated phrase is matched once."""
    if _protected(window, start, end):
        return True, None
    word = window[start:end].lower()
    return False, _local_pattern_fix(window, start, end) if word in _phrases().fixes else None


def _local_pattern_fix(text: str, start: int, end: int) -> str | None:
    """The right word if a strong local pattern (real-word-phrases.txt) matches here."""
    for phrase, right in _phrases().fixes.get(text[start:end].lower(), ()):
        if _phrase_at(text, start, end, phrase):
            return right
    return None


def _name_in_prose(text: str, start: int, lines: LineIndex) -> bool:
    """Whether the word at ``start`` is capitalised mid-sentence in a body line: a name.

    "the Isle of Man", "the Firth of Forth", "Peak District": a local pattern about
    the common word says nothing of them. A capital at a sentence start or in a
    title-cased headline ("Team Could Loose Final") is no such evidence.
    """
    if not text[start].isupper() or sentence_initial(text, start):
        return False
    line_start, line_end = lines.bounds(start)
    return not is_headline_line(text[line_start:line_end])


def _phrase_count(
    phrases: Mapping[tuple[str, str], int], around: tuple[str, str], word: str, skip: frozenset[str]
) -> int:
    """How often the text writes ``word`` beside the content words ``around`` this use.

    Function words, and single letters (the "n" of an escaped "\\n", a list's "b"),
    are no evidence.
    """
    previous, following = around[0].lower(), around[1].lower()
    count = 0
    if len(following) > 1 and following not in skip:
        count += phrases.get((word, following), 0)
    if len(previous) > 1 and previous not in skip:
        count += phrases.get((previous, word), 0)
    return count


# A tie between two phrases is broken only by a member the text writes this often,
# when the other is written just once.
_TIE_BREAK_USES = 3


def _document_evidence(word: str, best: str, own: int, other: int, uses: Counter[str]) -> str | None:
    """Why the text says ``best`` where it writes ``word``, or None.

    Next to the same word, the text writes ``best`` more often than ``word``; or as
    often, when this is the only use of ``word`` and the text writes ``best`` at least
    three times in all ("royal counsel" once beside "royal council" and two more
    "council").
    """
    if other > own:
        return (
            f"next to the same word, the text writes '{best}' {other} time(s)"
            f" and '{word}' {own} time(s) in its sentences"
        )
    if other == own > 0 and uses[word] == 1 and uses[best] >= _TIE_BREAK_USES:
        return (
            f"next to the same word, the text writes '{best}' as often as '{word}',"
            f" and '{best}' {uses[best]} times in all, '{word}' only here"
        )
    return None


_ABSENT = 650  # score of a pair the list lacks: fewer than its least count (6.4 million)
_OUTWEIGHS = 300  # a side that prefers the word as written is outweighed a thousandfold in all
_CONTEXT_MARGIN = 150  # the other member fits its neighbours thirty times better
_ONE_SIDED = 30  # more, when only one neighbour speaks
_SPEAKS = 30  # a side whose pairs differ less than twofold says nothing


# What may follow the last word of a clause, spaces aside: its punctuation, a bracket,
# a dash or a closing quote (a straight one not before a letter), the end of the line
# or of the text.
_CLAUSE_BREAK = regex.compile(r"[ \t]*+(?:[.,;:!?()\[\]—–”]|\"(?!\p{L})|\n|$)")


def _ends_clause(text: str, end: int) -> bool:
    """Whether the word that ends at ``end`` ends a clause ("used too.", "works on
    editable packages too (it was ...", "too" at the end of a line)."""
    if text[end : end + 1] == " " and text[end + 1 : end + 2].isalpha():
        return False  # the usual case, without a regex call: a word follows
    return _CLAUSE_BREAK.match(text, end) is not None


def _neighbour_words(text: str, start: int, end: int) -> tuple[str, str]:
    """The lowercase words right beside ``text[start:end]`` (spaces only between), ""
    where there is none; a capitalised neighbour is a name ("to May 1"), no evidence
    about common words, unless it starts the sentence."""
    before = _word_just_before(text, start)
    after = _WORD_JUST_AFTER.match(text, end, min(len(text), end + 40))
    left = ""
    if before is not None:
        written = before.group().rstrip(" ")
        if written.islower() or sentence_initial(text, before.start()):
            left = written.lower()
    right = after.group(1) if after and after.group(1).islower() else ""
    return left, right


def _pair_gains(left: str, right: str, word: str, other: str) -> tuple[int, int]:
    """How much better ``other`` than ``word`` fits the left and the right neighbour, as
    a bigram model counts (the right pair less the member's own frequency); 0 on a
    side without a neighbour or where the pair list has neither pair. A follower the
    list lacks after one of the most frequent words counts ten times rarer than the
    list's floor (:func:`_unlisted_follower`)."""
    known = frequencies()

    def gain(own_pair: int, other_pair: int, own_weight: int, other_weight: int) -> int:
        if not (own_pair or other_pair):
            return 0
        return ((other_pair or _ABSENT) - other_weight) - ((own_pair or _ABSENT) - own_weight)

    gain_left = gain(pair_score(left, word), pair_score(left, other), 0, 0) if left else 0
    gain_right = (
        gain(pair_score(word, right), pair_score(other, right), known.get(word, 0), known.get(other, 0))
        if right
        else 0
    )
    if right and _unlisted_follower(word, other, right):
        gain_right += _UNLISTED_FOLLOWER
    return gain_left, gain_right


# Where both members are among the hundred or so most frequent words ("their",
# "there", "than", "then"), the pair list holds nearly every word that follows either
# often: a follower it lists for one member only ("their chances", no "there chances")
# is far rarer after the other than the list's floor says, unless the word opens a
# clause, which any word may follow ("where four or more").
_MOST_FREQUENT = 850  # score: "then" (857) and up
_UNLISTED_FOLLOWER = 100  # ten times rarer than the floor


def _unlisted_follower(word: str, other: str, right: str) -> bool:
    """Whether the pair list has ``other right`` and lacks ``word right``, both members
    being among the most frequent words and ``word`` no clause opener."""
    known = frequencies()
    return (
        min(known.get(word, 0), known.get(other, 0)) >= _MOST_FREQUENT
        and not pair_score(word, right)
        and pair_score(other, right) > 0
        and word not in load_words("clause-openers.txt")
    )


def _prefers_written(gain: int, neighbour: str, word: str, other: str, *, after: bool = False) -> bool:
    """Whether one side prefers ``word`` to ``other``: any loss, or where English writes
    both pairs, a loss of twofold or more (less is noise: "and their is" against
    "and there is"). A pair the list lacks may be far rarer than its floor."""
    if gain >= 0:
        return False
    pairs = ((word, neighbour), (other, neighbour)) if after else ((neighbour, word), (neighbour, other))
    return gain <= -_SPEAKS or not all(pair_score(*pair) for pair in pairs)


@lru_cache(maxsize=65_536)
def _context_choice(
    left: str, right: str, clause_end: bool, word: str, others: tuple[str, ...]
) -> tuple[str, str | None, tuple[str, ...]]:
    """The member of the confusion set that English writes between these neighbours,
    if one fits them far better than ``word``: never worse on either side, and thirty
    times better in all (more when only one neighbour speaks), or a thousand times
    better in all, the side that prefers ``word`` counted ("reported their were" ->
    "there": "their were" is far rarer than "reported there"); and the members that no
    neighbour refuses (for :func:`_governed_choice`). Memoised: "from the" and "to be"
    recur in every text."""
    best, best_gain = word, 0
    unrefused: list[str] = []
    for other in others:
        if "'" in other or other not in frequencies():
            continue
        if clause_end and other in never_names():
            continue  # "may be used too." or "too" at a line end: what ends a clause, word pairs do not show
        gain_left, gain_right = _pair_gains(left, right, word, other)
        refused = _prefers_written(gain_left, left, word, other) or _prefers_written(
            gain_right, right, word, other, after=True
        )
        if refused:
            if min(gain_left, gain_right) + max(gain_left, gain_right) < _OUTWEIGHS:
                continue  # one side prefers the word as written
            total = gain_left + gain_right
            if total > best_gain:
                best, best_gain = other, total
            continue
        unrefused.append(other)
        if not (left or right):
            continue
        gain_left, gain_right = max(gain_left, 0), max(gain_right, 0)
        total = gain_left + gain_right
        if left and not (pair_score(left, word) or pair_score(left, other)):
            # English writes neither pair often: the left side backs off to how often
            # English writes each member, against a rarer one only ("portable to many":
            # "to" is fifteen times "too"; "algae form the" is no evidence for "from")
            total += min(0, frequencies()[other] - frequencies().get(word, 0))
        if min(gain_left, gain_right) < _SPEAKS:
            total -= _ONE_SIDED  # one neighbour alone decides only by a far wider margin
        if total > best_gain:
            best, best_gain = other, total
    if best_gain < _CONTEXT_MARGIN:
        return word, None, tuple(unrefused)
    context = " ".join(part for part in (left, "_", right) if part)
    times = 10 ** (best_gain / 100)
    return best, f"in '{context}' English writes '{best}' {times:.0f}x as often as '{word}'", tuple(unrefused)


def _neighbours_speak(left: str, right: str, word: str, others: tuple[str, ...]) -> bool:
    """Whether English writes a pair of a neighbour with ``word`` or with one of
    ``others``: neighbours that could refuse a member and did not."""
    return any(
        (left and pair_score(left, member)) or (right and pair_score(member, right))
        for member in (word, *others)
    )


_GOVERNS = 350  # association: three thousand times chance ("more than"; not "any form", 315)
_GOVERNING_REACH = 60  # characters before: three words and more


@cache
def _governors() -> Mapping[str, frozenset[str]]:
    """For each member of a confusion set, the words English follows with it three
    thousand times more often than chance ("more", "rather" for "than"): one pass
    over the pair list, on first need."""
    members, known = _confusable_words(), frequencies()
    found: dict[str, set[str]] = {}
    for first, second, score in word_pairs():
        if second in members and score - known.get(first, 0) - known.get(second, 0) + TOTAL_SCORE >= _GOVERNS:
            found.setdefault(second, set()).add(first)
    return MappingProxyType({member: frozenset(words) for member, words in found.items()})


def _governed_choice(text: str, start: int, word: str, others: tuple[str, ...]) -> tuple[str, str | None]:
    """The member of the confusion set that a word two or three words before, in the
    same clause, asks for: one English follows with that member three thousand times
    more often than chance, and with ``word`` thirty times less ("more freedom then
    people" -> "than": "more than"; "withdrew the US form a treaty" -> "from"), of
    ``others``, the members neither neighbour refuses, where the member is not already
    written between ("longer than any other then-"). The caller asks only about a
    lowercase word with no hyphen after it ("then-president")."""
    table = _governors()
    if not any(other in table for other in others):
        return word, None
    pieces = text[max(0, start - _GOVERNING_REACH) : start].rsplit(None, 3)
    if start > _GOVERNING_REACH and len(pieces) < 4:
        pieces = pieces[1:]  # the first may be cut
    governors: list[str] = []
    for piece in reversed(pieces[-3:]):
        if not piece.isalpha():
            break  # a clause ends, or a number or a path stands there
        governors.append(piece.lower())
    governors = governors[1:]  # the word right before is the left neighbour's own test
    for other in others:
        if other in governors:
            continue  # "longer than any other then-": the other member already answers it
        for governor in table.get(other, frozenset()).intersection(governors):
            strength = association(governor, other) or 0
            if (association(governor, word) or 0) > strength - _CONTEXT_MARGIN:
                continue
            return other, (f"'{governor}' stands before it; English writes '{governor} {other}' "
                           f"{10 ** (strength / 100):.0f}x as often as chance")
    return word, None


_TEXT_PRIOR = 100  # the neighbours lean tenfold
_TEXT_USES = 3  # the other member written this often, the word itself once


def _text_prefers(
    left: str, right: str, word: str, others: tuple[str, ...], uses: Counter[str]
) -> tuple[str, str | None]:
    """The member the text itself writes three times or more where it writes ``word``
    only here, when no neighbour refuses it and they lean that way tenfold in all
    (:func:`_pair_gains`): "the counsel chambers" in a text about the council.
    Content words only: every text writes "to" and "than" often."""
    if word in never_names():
        return word, None  # every text writes "to" and "than" often: no evidence about "too"
    for other in others:
        if uses[other] < _TEXT_USES or other in never_names():
            continue
        gain_left, gain_right = _pair_gains(left, right, word, other)
        if max(gain_left, 0) + max(gain_right, 0) >= _TEXT_PRIOR:
            return other, (f"the text writes '{other}' {uses[other]} times and '{word}' only here, "
                           "and English word pairs lean that way")
    return word, None


def _context_reverses(
    text: str, start: int, end: int, word: str, best: str, sets: Mapping[str, tuple[str, ...]]
) -> bool:
    """Whether the word pairs, asked about ``best`` written in place of ``word``, would
    choose ``word`` again: two kinds of evidence that disagree, where fixing by one
    would have the rule undo itself on the next pass."""
    left, right = _neighbour_words(text, start, end)
    choice, note, _ = _context_choice(left, right, _ends_clause(text, end), best, sets.get(best, ()))
    return note is not None and choice == word


def _pairs_disagree(text: str, start: int, end: int, word: str, other: str) -> bool:
    """Whether English word pairs prefer ``word`` as written on either side."""
    left, right = _neighbour_words(text, start, end)
    return min(_pair_gains(left, right, word, other)) < -_SPEAKS


# "its" and "it's" by the word after them. The pair list has no apostrophes ("its
# not" is "it's not" there), so the possessive is measured by the possessive words
# that never contract, and the contraction by "it is" and "it has".
_POSSESSIVES = ("their", "his", "our")
_CONTRACTED = ("is", "has")
# "its", "it's" and "It's" (not "ITS", an acronym as often as a shout).
_ITS = regex.compile(r"(?<![\p{L}\p{N}'’-])[Ii]t(?:s|['’]s)(?![\p{L}\p{N}'’-])")


def _shares_before(words: tuple[str, ...], following: str) -> list[int]:
    """How often English writes each of ``words`` before ``following``, as a share of
    the word's own uses (pair less frequency), for the pairs the list has."""
    known = frequencies()
    return [score - known[word] for word in words if (score := pair_score(word, following))]


def _shares_after(previous: str, words: tuple[str, ...]) -> list[int]:
    """How often English writes each of ``words`` after ``previous``, as a share of the
    word's own uses, for the pairs the list has."""
    known = frequencies()
    return [score - known[word] for word in words if (score := pair_score(previous, word))]


_MID_SENTENCE_MARGIN = 100  # "closed it's airspace": no clause starts there; "It's people" may


@lru_cache(maxsize=4096)
def _its_choice(written: str, following: str, mid_sentence: bool = False) -> tuple[str, str] | None:
    """"its" or "it's" for the lowercase ``written`` before ``following``, with the
    evidence, when English word pairs say the other one, else None; ``mid_sentence``:
    right after a lowercase word, where "it's" starts no clause.

    "it's" becomes "its" when a possessive word ("their", "his", "our") is written
    before ``following`` thirty times more often (as a share of its own uses) than
    "is" or "has" is; "its" becomes "it's" when "is" or "has" is written before it
    that much more often and no possessive word is, although the pair list would hold
    one if ``following`` were indifferent to what stands before it ("its not").
    """
    known = frequencies()
    if following not in known:
        return None
    contractions = _shares_before(_CONTRACTED, following)
    contraction = max(contractions) if contractions else None
    possessive_scores = _shares_before(_POSSESSIVES, following)
    if written == "its":
        if contraction is None or possessive_scores:
            return None
        if max(known[word] for word in _POSSESSIVES) + known[following] - TOTAL_SCORE < _ABSENT:
            return None  # the pair list would lack "their <following>" anyway: no evidence
        gain = contraction - max(_ABSENT - known[word] for word in _POSSESSIVES)
        choice = "it's"
    else:
        if not possessive_scores:
            return None
        if contraction is None:
            contraction = max(_ABSENT - known[word] for word in _CONTRACTED)
        gain = max(possessive_scores) - contraction
        choice = "its"
    if gain < (_MID_SENTENCE_MARGIN if choice == "its" and mid_sentence else _CONTEXT_MARGIN):
        return None
    other = "a possessive word" if choice == "its" else "'it is' or 'it has'"
    return choice, f"before '{following}' English writes {other} {10 ** (gain / 100):.0f}x as often"


# What stands between a word and the noun after "its": a determiner, as "their" and
# "our" do; what stands between a word and the verb after "it's": a subject, as "he",
# "she" and "they" do.
_DETERMINERS = ("their", "our")
_SUBJECTS = ("he", "she", "they")


@lru_cache(maxsize=4096)
def _possessive_after(previous: str) -> int | None:
    """How much more often English writes a possessive determiner than a subject
    pronoun right after ``previous`` (each as a share of its own uses), when the pair
    list has one of them: "of", "to", "within" lead by a hundred times and more; "and",
    "said", "that" do not."""
    determiner, subject = _shares_after(previous, _DETERMINERS), _shares_after(previous, _SUBJECTS)
    if not (determiner or subject):
        return None
    floor = max(_ABSENT - frequencies()[word] for word in (*_DETERMINERS, *_SUBJECTS))
    return max(determiner, default=floor) - max(subject, default=floor)


def _its_by_previous(previous: str, following: str) -> tuple[str, str] | None:
    """"its" for "it's" where the word before asks for a determiner far more than a
    subject ("of it's election", "to it's legal system") and the word after does not
    ask for "is" or "has" as much, where the word after alone decided nothing
    (:func:`_its_choice`)."""
    lead = _possessive_after(previous)
    if lead is None or lead < _CONTEXT_MARGIN:
        return None
    contraction, possessive = _shares_before(_CONTRACTED, following), _shares_before(_POSSESSIVES, following)
    if contraction and max(contraction) > max(possessive, default=_ABSENT - frequencies()["their"]) - _SPEAKS:
        return None  # "is" or "has" fits the next word as well: "to it's been"
    times = 10 ** (lead / 100)
    return "its", f"after '{previous}' English writes a possessive word {times:.0f}x as often as a subject"


def _its_edits(text: str) -> list[Edit]:
    """The "its"/"it's" slips of ``text`` (see :func:`_its_choice`)."""
    lowered = text.lower()
    if "its" not in lowered and "it's" not in lowered and "it’s" not in lowered:
        return []
    apostrophe = "’" if text.count("’") > text.count("'") else "'"
    edits = []
    for match in _ITS.finditer(text):
        written = match.group()
        after = _WORD_JUST_AFTER.match(text, match.end(), min(len(text), match.end() + 40))
        if after is None or not after.group(1).islower():
            continue
        before = _word_just_before(text, match.start())
        mid_sentence = written[0] == "i" and before is not None and before.group().rstrip(" ").islower()
        found = _its_choice("its" if len(written) == 3 else "it's", after.group(1), mid_sentence)
        if found is None and mid_sentence and len(written) > 3 and before is not None:
            found = _its_by_previous(before.group().rstrip(" "), after.group(1))
        if found is None:
            continue
        choice, note = found
        replacement = _match_case(written, choice.replace("'", apostrophe))
        edits.append(Edit(match.start(), match.end(), replacement, note))
    return edits


def real_word_error(text: str) -> Iterator[Edit]:
    """Real word used for a similar one.

    **Why**: "Quite Period Ends" in a headline over an article about "the quiet period";
    spell checkers cannot see these. A member of a confusion set (confusables.txt) is
    replaced when the sentences of the same text use another member with the same
    content word next to it more often than this one (or as often, when this is the
    word's only use and the text writes the other at least three times); when a
    strong local pattern from real-word-phrases.txt matches ("quiet a few", "to
    loose"); or when English word pairs (english-bigrams.txt.gz) say another member
    fits both neighbours far better: no side worse (where English writes both pairs,
    not twofold worse), thirty times better in all as a bigram model counts, more when
    only one neighbour speaks (a thousand times, where one side prefers the word: "CNBC
    reported their were" -> "there"), and where English writes neither pair with the left
    neighbour, less by how much rarer the other member is ("more then" -> "more
    than", "earned form her" -> "earned from her"; "portable to many" stays); after
    two of the most frequent words, a follower the list has for one member only is
    ten times rarer after the other ("sold there crops" -> "their crops"). A word
    two or three words before, in the same clause, that English follows with another
    member three thousand times more often than chance decides where the neighbours,
    which English writes beside one of the members, do not object ("more freedom then
    people" -> "than"; "already stopped allowing new sessions" stays). A content word written once
    where the text writes another member three times or more is that member when the
    neighbours lean its way tenfold ("the counsel chambers" in a text about the council).
    "it's" and "its" are decided by the next word: what English writes after
    "their", "his" and "our" against what it writes after "is" and "has" ("held
    it's own vote" -> "its own vote"), ten times rather than thirty right after a
    lowercase word, where no clause starts ("as well as it's reputation"); and
    there, by the word before too: after a word English follows with "their" far more
    than with "he" or "she" ("of it's election" -> "of its election").

    **Leaves alone**: "quite large", "quite a few", "discreet efforts" unless the
    text or English pairs say otherwise; evidence from function words ("the", "of")
    and single letters is ignored by the document test; capitalised neighbours
    (names, "to May 1") are no context; a word capitalised mid-sentence in a body
    line is a name ("across the Isle of Wight"); "its" and "it's" where the next
    word does not decide ("its time", "it's live").

    >>> from newsclean.engine import apply_edits
    >>> s = "Quite Period Ends\\nThe quiet period lasted a week. It is quite large."
    >>> apply_edits(s, real_word_error(s))
    'Quiet Period Ends\\nThe quiet period lasted a week. It is quite large.'
    >>> s = "We expect quiet a few people to loose money."
    >>> apply_edits(s, real_word_error(s))
    'We expect quite a few people to lose money.'
    >>> s = "The party held it's own vote. Its not over."
    >>> apply_edits(s, real_word_error(s))
    "The party held its own vote. It's not over."
    """
    return heapq.merge(_confusion_edits(text), _its_edits(text), key=lambda edit: edit.start)


def _confusion_edits(text: str) -> Iterator[Edit]:
    """The edits of :func:`real_word_error` to members of confusables.txt."""
    sets = _confusion_sets()
    # Every confusable word the text writes: the document, a local pattern or the
    # word pairs may decide it.
    present = words_written(text, _confusable_words())
    if not present:
        return
    candidates = [m for m in find_listed_words(text, present) if m.group().lower() in sets]
    # The document decides only words whose partner it also writes: count just those.
    documented = {word for word in present if writes_any(text, sets[word])}
    members = {member for word in documented for member in (word, *sets[word])}
    phrases = phrase_counts(text, members) if members else Counter()
    skip = never_names()
    uses = Counter(match.group().lower() for match in candidates)
    lines = LineIndex(text)
    patterns = _phrases()
    for match in candidates:
        word = match.group().lower()
        local = None
        if word in patterns.protects or word in patterns.fixes:
            origin = max(0, match.start() - _PHRASE_REACH)
            window = text[origin : match.end() + _PHRASE_REACH]
            protected, local = _local_patterns(window, match.start() - origin, match.end() - origin)
            if protected:
                # A strong local pattern says this word is right here ("quiet revolution").
                # When another says it is wrong ("is lose weight": "<link> lose" and "lose
                # weight"), the two disagree: no fix, or the rule would undo itself.
                continue
        if local is not None and not _name_in_prose(text, match.start(), lines):
            if in_prose(text, match.start(), match.end()):
                yield Edit(match.start(), match.end(), _match_case(match.group(), local),
                           "a strong local pattern (real-word-phrases.txt)")
            continue
        note = None
        if word in documented:
            around = neighbours(text, match.start(), match.end())
            own = _phrase_count(phrases, around, word, skip)
            best = max(sets[word], key=lambda o: _phrase_count(phrases, around, o, skip))
            other = _phrase_count(phrases, around, best, skip)
            note = _document_evidence(word, best, own, other, uses)
            if note is not None and best in skip and (
                _ends_clause(text, match.end())
                or _pairs_disagree(text, match.start(), match.end(), word, best)
            ):
                # "may be used too." or "used too and": the document's count of content
                # words beside it says nothing of a function word the words beside it refuse.
                note = None
            if note is not None and _context_reverses(text, match.start(), match.end(), word, best, sets):
                note = None  # the word pairs would undo it: "systems were also", not "where"
        if note is None:
            left, right = _neighbour_words(text, match.start(), match.end())
            clause_end = _ends_clause(text, match.end())
            best, note, unrefused = _context_choice(left, right, clause_end, word, sets[word])
            hyphen = text[match.end() : match.end() + 1] == "-"
            if note is None and unrefused and match.group().islower() and not hyphen and _neighbours_speak(
                left, right, word, unrefused
            ):
                best, note = _governed_choice(text, match.start(), word, unrefused)
            if note is None and unrefused and uses[word] == 1:
                best, note = _text_prefers(left, right, word, unrefused, uses)
            if note is not None and _name_in_prose(text, match.start(), lines):
                note = None
        if note is not None and in_prose(text, match.start(), match.end()):
            # not "advise.statusHints", "form_id", "@then": a name in code or a handle
            yield Edit(match.start(), match.end(), _match_case(match.group(), best), note)
