"""Why a lowercase word is the name its text capitalises elsewhere (for CA01).

Each function returns the evidence as a note for the diagnostic, or None when the
text gives too little: a common English word needs more than a word that is not one.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from ..data import load_lines, load_words
from ._document import (
    base_word,
    english_words,
    gazetteer_names,
    in_prose,
    is_title_word,
    looks_english,
    minor_words,
    never_names,
    sentence_initial,
)
from ._evidence import (
    NAME_CONNECTORS,
    USAGE_EVIDENCE,
    Evidence,
    Headlines,
    adjacent_after,
    adjacent_before,
    before_a_number,
    neighbours,
)

# How often the text must write a two-word name ("United States") before its one
# lowercase variant ("United states") counts as a slip rather than a house style.
_PAIR_EVIDENCE = 2
# A text that writes a word lowercase more often than this means it ("the mutex" beside
# the type "Mutex", "ok" beside "Ok"): slips are one or two, two only of a word English
# writes only capitalised ("portugal" twice beside "Portugal"; not "fontconfig" twice
# beside "Fontconfig", a manual's spelling of a program's name).
_MAX_SLIPS = 2
# Name particles are short and lowercase by convention: "bin", "van", "da", "al".
_PARTICLE_LENGTH = 4
# Endings that derive English words from English words: "congressional",
# "presidential", "reporters". A word list of base forms misses such words.
_DERIVING_SUFFIXES = (
    "s", "es", "ed", "ing", "er", "ers", "al", "ial", "ional", "ly", "ive", "ous", "ment", "ness",
    "ity", "ist", "ists", "ism", "ation", "ations", "able", "ful", "less",
)
# Before a determiner, a lowercase noun is the ordinary word as often as the name:
# "the court" beside "the Court's decision" may be house style.
_DETERMINERS = frozenset(
    "the a an this that these those his her its their our your my every each any some no".split()
)

# What may stand right before the subject of a clause: its punctuation, or an opener
# (clause-openers.txt); a coordinator only after a comma.
_CLAUSE_PUNCTUATION = frozenset(",;:(\"“—–")
_COORDINATORS = frozenset({"and", "or", "nor", "but"})


def capitalise(word: str) -> str:
    """The word with its first letter capitalised: "portugal" -> "Portugal"."""
    return word[:1].upper() + word[1:]


def why_a_name(text: str, start: int, end: int, key: str, evidence: Evidence, common: bool) -> str | None:
    """Why the lowercase ``key`` at ``start`` is the name the text capitalises, or None."""
    if not in_prose(text, start, end) or not _may_follow_hyphen(text, start):
        return None
    if common:
        return _common_word_evidence(text, start, end, key, evidence)
    times = evidence.capitalised_mid[key]
    if not times:
        return _capitalised_only_elsewhere(text, start, key, evidence)
    slips = _MAX_SLIPS if key in load_words("proper-nouns.txt") else 1
    if evidence.lowercase[key] > min(times, slips):
        return None  # written lowercase again and again: a usage ("mutex" beside "Mutex")
    if evidence.standalone_mid[key] or any(
        (key, base_word(word).lower()) in evidence.name_neighbours
        for word in neighbours(text, start, end)
        if is_title_word(word)
    ):
        return f"written '{capitalise(key)}' {times} time(s) mid-sentence in this text"
    if (
        evidence.lowercase[key] == 1
        and (times >= _PAIR_EVIDENCE or key in load_words("proper-nouns.txt") or _reports(text, end))
        and len(key) >= _PARTICLE_LENGTH
        and not derived_english_word(key)
        and looks_english(_line_at(text, start))
    ):
        # Only ever inside longer names ("Kirsten Gillibrand"), but not an English word
        # and written lowercase just this once: a slip, not a name particle ("bin").
        # Once is enough for a word SCOWL writes only capitalised ("Boeing Starliner" …
        # "contract with boeing"), or one that a reporting verb follows here, as a
        # speaker's name ("coach Ben Radmall" … "radmall said").
        return f"written '{capitalise(key)}' {times} time(s) mid-sentence in longer names in this text"
    return None


def _capitalised_only_elsewhere(text: str, start: int, key: str, evidence: Evidence) -> str | None:
    """A word English writes only capitalised (proper-nouns.txt: "boeing"), that the
    text capitalises only where any word is (a sentence start, a headline) and writes
    in lower case just this once: "along with boeing" beside "Boeing's first capsule".
    Not before a capitalised word, where a common noun may describe a name ("film
    Mister America"). Words no lexicon knows are left alone: in a manual they are
    mostly the manual's own terms ("colorized", "multilingualization")."""
    following = neighbours(text, start, start + len(key))[1]
    if is_title_word(following) and adjacent_after(text, start + len(key), following):
        return None
    if (
        evidence.lowercase[key] == 1
        and len(key) >= _PARTICLE_LENGTH
        and key in load_words("proper-nouns.txt")
        and not derived_english_word(key)
        and looks_english(_line_at(text, start))
    ):
        return f"English writes it only capitalised; written '{capitalise(key)}' elsewhere in this text"
    return None


_REPORTING = regex.compile(r" (\p{Ll}++)(?![\p{L}\p{N}'’-])")


def _reports(text: str, end: int) -> bool:
    """Whether a reporting verb follows the word ending at ``end`` ("radmall said")."""
    following = _REPORTING.match(text, end)
    return following is not None and following.group(1) in load_words("reporting-verbs.txt")


def _may_follow_hyphen(text: str, start: int) -> bool:
    """Whether a name may start at ``start`` as far as a hyphen before it goes.

    After a hyphen, only after a prefix or particle (name-prefixes.txt: "anti-trump",
    "al-qaeda") or a capitalised word ("Russia-ukraine"); not as the last part of a
    lowercase compound ("unix-word-rubout") or an option ("--acls").
    """
    if not text.endswith("-", 0, start):
        return True
    part = neighbours(text, start - 1, start - 1)[0]
    if not text.endswith(part + "-", 0, start):
        return False  # "--acls", "rate- limited"
    return part[:1].isupper() or part.lower() in load_words("name-prefixes.txt")


def _line_at(text: str, position: int) -> str:
    """The line holding ``position``, without its line break."""
    end = text.find("\n", position)
    return text[text.rfind("\n", 0, position) + 1 : end if end >= 0 else len(text)]


def derived_english_word(word: str) -> bool:
    """Whether ``word`` is a common English word plus a deriving ending.

    >>> derived_english_word("congressional"), derived_english_word("gillibrand")
    (True, False)
    """
    common = english_words()
    for suffix in _DERIVING_SUFFIXES:
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) >= 3 and (stem in common or stem + "e" in common):
            return True
    return False


def _common_word_evidence(text: str, start: int, end: int, key: str, evidence: Evidence) -> str | None:
    """Why a common word ("bill", "states") is part of a name here, or None.

    When this is its only lowercase use, any of:

    - the same two-word name, capitalised, at least twice, and this occurrence
      stands next to the capitalised other word ("United States" … "United states");
    - a run starting with it ("Prime Minister" … "prime Minister");
    - a three-word run it stands in, written capitalised in a body line ("Fire and
      Rescue" … "Fire and rescue", "States National Hurricane" … "States national
      Hurricane");
    - the word written capitalised before names at least twice, and this occurrence
      before a name and not after a modifier ("United States" … "united Kingdom");
    - the word capitalised on its own at least twice and once beside the same
      ordinary word, not a determiner ("from China" … "from china");
    - the word capitalised before a number at least twice, and here before a number
      after a determiner or preposition ("Category 4", "Category 5" … "at category 5").

    Otherwise: the text writes it capitalised before the same name ("Bill Osei" …
    "bill Osei") and never uses it lowercase anywhere else.
    """
    previous, following = neighbours(text, start, end)
    if evidence.lowercase[key] == 1:  # this is the only lowercase use
        note = _beside_name_evidence(
            text, start, end, (previous, following), key, evidence
        ) or _usage_evidence(previous, following, key, evidence)
        note = (
            note
            or _subject_evidence(text, start, end, (previous, following), key, evidence)
            or _place_evidence(text, start, end, (previous, following), key, evidence)
            or _number_evidence(text, start, end, previous, key, evidence)
        )
        if note:
            return note
    name = following.lower()
    only_before_name = evidence.lowercase_before[(key, name)] == evidence.lowercase[key]
    if (
        (key, name) in evidence.name_followers
        and only_before_name
        and is_title_word(following)
        and adjacent_after(text, end, following)
    ):
        # Before the same name, one space between: "bill Osei" beside "Bill Osei"; not
        # "little endian" beside a table's "Little Endian", nor the compound "big-endian".
        return f"written '{capitalise(key)} {following}' elsewhere in this text"
    office = _office_completed(text, start, key)
    if office:
        return f"completes '{office}' (offices.txt), its other words capitalised here"
    return None


def _beside_name_evidence(
    text: str, start: int, end: int, words_around: tuple[str, str], key: str, evidence: Evidence
) -> str | None:
    """The same two-word name ("United states"), or name run ("prime Minister"), elsewhere.

    ``words_around`` are the words before and after the occurrence (:func:`neighbours`).
    """
    previous, following = words_around
    skip = never_names()
    if (
        is_title_word(previous)
        and previous.lower() not in skip
        and adjacent_before(text, start, previous)
        and _written_together(previous.lower(), key, evidence)
    ):
        return f"written '{previous} {capitalise(key)}' elsewhere in this text"
    continuations = evidence.after_capitalised.get((previous.lower(), key), ())
    if (
        is_title_word(previous)
        and previous.lower() not in skip
        and base_word(previous) == previous
        and adjacent_before(text, start, previous)
        and _name_of_its_own(continuations)
    ):
        # "the United states Speaker" beside "United States Navy" and "United States
        # Senate": the same two capitalised words, a name of their own inside longer ones.
        return f"written '{previous} {capitalise(key)}' {len(continuations)} times in names in this text"
    run = _name_run(text, start, end, words_around, key)
    if run and _written_outside_headlines(text, run):
        # "Fire and rescue" beside "Fire and Rescue": the same name run, capitalised in
        # the body elsewhere.
        return f"written '{run}' elsewhere in this text"
    if not (is_title_word(following) and adjacent_after(text, end, following)):
        return None
    name = base_word(following)
    if name.lower() not in skip and evidence.name_pairs[(key, name.lower())] >= _PAIR_EVIDENCE:
        return f"written '{capitalise(key)} {name}' elsewhere in this text"
    if (key, name.lower()) in evidence.capitalised_before_name:
        # "prime Minister" beside "Prime Minister": a name run starts lowercase.
        return f"written '{capitalise(key)} {name}' elsewhere in this text"
    if (
        evidence.names_after[key] >= USAGE_EVIDENCE
        and not after_modifier(text, start)
        and not _written_without(text, name, key)
    ):
        # "united Kingdom" in a text that writes "United States" again and again. Not
        # before a name the text also writes on its own: "northern Syria" beside
        # "Syria" is an adjective before a name, whatever "Northern Ireland" is.
        return f"written '{capitalise(key)}' before a name {evidence.names_after[key]} times in this text"
    return _inside_name(text, start, (previous, following), key, evidence)


def _inside_name(
    text: str, start: int, words_around: tuple[str, str], key: str, evidence: Evidence
) -> str | None:
    """A lowercase word between two capitalised ones that the text writes in names.

    "Detroit pistons Chauncey" beside "Detroit Pistons", "United States national
    Hurricane Center" beside "National Guard" and "National Weather": one space on
    each side, the word before not starting a sentence, and the text writes this
    word capitalised with the word before or after it, or before names at least
    ``USAGE_EVIDENCE`` times. Not a title ("Turkish president Erdoğan" may be the
    text's style, CA06 decides), nor before a name that is capitalised by rule
    ("New York state Monday": a weekday, month, country or nationality).
    """
    previous, following = words_around
    name = base_word(following)
    before, after = previous.lower(), name.lower()
    skip = never_names()
    if not (is_title_word(previous) and adjacent_before(text, start, previous)):
        return None
    if before in skip or after in skip or after in _gazetteer_keys() or key in _title_keys():
        return None
    if sentence_initial(text, start - 1 - len(previous)):
        return None
    pair = (
        f"{previous} {capitalise(key)}" if evidence.name_pairs[(before, key)]
        else f"{capitalise(key)} {name}" if evidence.name_pairs[(key, after)]
        else ""
    )
    if pair:
        return f"between two capitalised words, and written '{pair}' elsewhere in this text"
    if evidence.names_after[key] >= USAGE_EVIDENCE:
        return (
            f"between two capitalised words, and written '{capitalise(key)}' before a name "
            f"{evidence.names_after[key]} times in this text"
        )
    return None


@cache
def _title_keys() -> frozenset[str]:
    """titles.txt and honorifics.txt, lowercased: "president", "queen", "mr"."""
    return frozenset(title.lower() for title in load_lines("titles.txt") + load_lines("honorifics.txt"))


@cache
def _gazetteer_keys() -> frozenset[str]:
    """Names capitalised by rule, lowercased: gazetteer, subdivisions, common-word countries."""
    return frozenset(name.lower() for name in gazetteer_names()) | _common_word_countries()


def _written_together(first: str, key: str, evidence: Evidence) -> bool:
    """Whether the text writes the capitalised ``first`` and ``key`` together often enough.

    The two-word name at least ``_PAIR_EVIDENCE`` times ("United States" …
    "United states"); or once, alone or inside a longer name, when ``key`` ends
    names of different first words (:func:`_ends_names`): "Al Noor mosque" beside
    "Noor Mosque" and "Linwood Mosque"; "New Mexico State university" beside
    "Arizona State University" and "Princeton University". Not for a title, which
    has a generic use after a modifier ("the French president's suggestion").
    """
    pairs = evidence.name_pairs[(first, key)]
    if pairs >= _PAIR_EVIDENCE:
        return True
    if key in _title_keys():
        return False  # "the French president's suggestion" beside "French President Macron"
    return bool(pairs or evidence.after_capitalised.get((first, key))) and _ends_names(key, evidence)


def _ends_names(key: str, evidence: Evidence) -> bool:
    """Whether the text writes ``key`` capitalised after different capitalised words.

    "Linwood Mosque" and "Noor Mosque", "Arizona State University" and "Princeton
    University": the word is the head of names in this text, so one more use of the
    same name ("Al Noor mosque" beside "Noor Mosque") is a slip, not a house style
    for that one name.
    """
    skip = never_names()
    firsts = {first for first, second in evidence.name_pairs if second == key}
    firsts.update(first for first, second in evidence.after_capitalised if second == key)
    return len(firsts - skip) >= _PAIR_EVIDENCE  # not "The" of "The State Department"


@cache
def _offices_by_word() -> dict[str, tuple[tuple[str, int], ...]]:
    """offices.txt by lowercase word: each office holding it, and where it starts there.

    Offices whose word is a title ("Health Minister", "First Lady") are left out: a
    title after a capitalised word is often the house style ("Health minister
    Bloomfield").
    """
    titles = _title_keys()
    index: dict[str, list[tuple[str, int]]] = {}
    for office in load_lines("offices.txt"):
        position = 0
        for word in office.split():
            if word[:1].isupper() and word.lower() not in titles:
                index.setdefault(word.lower(), []).append((office, position))
            position += len(word) + 1
    return {word: tuple(entries) for word, entries in index.items()}


def _office_completed(text: str, start: int, key: str) -> str | None:
    """The office of offices.txt this lowercase word completes, as written around it, or None.

    "US Secretary of state Mike Pompeo", "the Supreme court ruled": every other word
    of the office stands there capitalised, and the office does not start a sentence
    (a sentence's first capital says nothing: "Foreign office staff").
    """
    for office, offset in _offices_by_word().get(key, ()):
        office_start = start - offset
        if office_start < 0 or len(office) == len(key):
            continue
        written = office[:offset] + key + office[offset + len(key) :]
        office_end = office_start + len(office)
        if text[office_start:office_end] != written:
            continue
        before = text[office_start - 1 : office_start]
        after = text[office_end : office_end + 1]
        if before.isalnum() or before in "'’-" or after.isalnum() or after == "-":
            continue
        if offset and sentence_initial(text, office_start):
            continue
        return office
    return None


def _name_of_its_own(continuations: tuple[str, ...]) -> bool:
    """Whether two capitalised words, written with these continuations, are a name alone.

    ``continuations`` holds, for each time the text writes the two words capitalised,
    the capitalised word after them ("" if none). At least ``_PAIR_EVIDENCE`` times,
    and not always before the same word: "United States" before "Navy" and "Senate",
    or ending the name, is a name; "Georgian Tennis" only ever before "Federation" is
    part of that name, and says nothing of "a Georgian tennis player".

    >>> _name_of_its_own(("navy", "senate")), _name_of_its_own(("federation", "federation"))
    (True, False)
    """
    return len(continuations) >= _PAIR_EVIDENCE and (len(set(continuations)) > 1 or continuations[0] == "")


def _written_without(text: str, name: str, key: str) -> bool:
    """Whether the text writes ``name`` somewhere not right after ``key`` ("Syria" alone)."""
    for match in _whole_word(name).finditer(text):
        before = text[max(0, match.start() - len(key) - 1) : match.start()]
        if before.lower() != f"{key} ":
            return True
    return False


def _name_run(text: str, start: int, end: int, words_around: tuple[str, str], key: str) -> str:
    """The three-word name run the word at ``start`` would stand in, capitalised, or "".

    Capitalised words on both sides ("States national Hurricane"), two after it
    ("house Judiciary Committee", written so mid-sentence elsewhere), or a capitalised
    word beyond a connector ("Fire and rescue", "university of Miami"). Two-word runs
    are left to the pair counts: "Democratic party" may be house style. A word
    capitalised because it starts a sentence ("Fire and rescue teams arrived") does
    not start a run.
    """
    previous, following = words_around
    before = adjacent_before(text, start, previous)
    after = adjacent_after(text, end, following)
    if (
        before
        and after
        and is_title_word(previous)
        and is_title_word(following)
        and not sentence_initial(text, start - 1 - len(previous))
    ):
        return f"{previous} {capitalise(key)} {following}"
    if after and is_title_word(following):
        # "house Judiciary Committee" beside "the House Judiciary Committee": two
        # capitalised words after it, the three written mid-sentence elsewhere (a
        # sentence may start with "House" for other reasons).
        beyond_start = end + 1 + len(following)
        beyond = base_word(neighbours(text, beyond_start, beyond_start)[1])
        run = f"{capitalise(key)} {following} {beyond}"
        if (
            is_title_word(beyond)
            and adjacent_after(text, beyond_start, beyond)
            and _written_mid_sentence(text, run)
        ):
            return run
    if after and following in NAME_CONNECTORS:
        beyond = neighbours(text, end + 1, end + 1 + len(following))[1]
        if is_title_word(beyond) and adjacent_after(text, end + 1 + len(following), beyond):
            return f"{capitalise(key)} {following} {beyond}"
    if before and previous in NAME_CONNECTORS:
        beyond_end = start - 1 - len(previous) - 1
        beyond = neighbours(text, start - 1 - len(previous), start - 1)[0]
        if (
            is_title_word(beyond)
            and adjacent_before(text, start - 1 - len(previous), beyond)
            and not sentence_initial(text, beyond_end - len(beyond))
        ):
            return f"{beyond} {previous} {capitalise(key)}"
    return ""


def _written_mid_sentence(text: str, phrase: str) -> bool:
    """Whether ``phrase`` stands, as written and as whole words, mid-sentence outside headlines.

    A substring search, not a pattern: each lowercase word asks about its own phrase.
    """
    in_headline = Headlines(text)
    position = text.find(phrase)
    while position >= 0:
        end = position + len(phrase)
        before = text[position - 1] if position else " "
        whole = not (before.isalnum() or before in "'’-") and (end == len(text) or not text[end].isalnum())
        if whole and not sentence_initial(text, position) and not in_headline(position):
            return True
        position = text.find(phrase, position + 1)
    return False


def _written_outside_headlines(text: str, phrase: str) -> bool:
    """Whether ``phrase`` stands, as written, in a line that is not a headline."""
    in_headline = Headlines(text)
    position = text.find(phrase)
    while position >= 0:
        if not in_headline(position):
            return True
        position = text.find(phrase, position + 1)
    return False


def after_modifier(text: str, start: int) -> bool:
    """Whether a word that describes the word at ``start`` stands just before it.

    "former president Bush", "Turkish president Erdoğan", "Egypt's president": a
    title after a modifier, a capitalised word or a possessive describes the person,
    and many styles write it lowercase (title-modifiers.txt). Verbs and prepositions
    ("impeached president Trump", "against president Trump") are no such modifier.
    """
    previous = neighbours(text, start, start)[0]
    if not previous or not adjacent_before(text, start, previous):
        return False
    return (
        previous[0].isupper()
        or previous.lower() in load_words("title-modifiers.txt")
        or base_word(previous) != previous
    )


def _usage_evidence(previous: str, following: str, key: str, evidence: Evidence) -> str | None:
    """The word alone, capitalised, beside the same ordinary word elsewhere ("from China")."""
    alone = evidence.alone_mid[key]
    if alone < USAGE_EVIDENCE:
        return None
    if _usage_neighbour(previous) and (previous.lower(), key) in evidence.word_before_capitalised:
        return (
            f"written '{capitalise(key)}' alone {alone} times mid-sentence, "
            f"and '{previous} {capitalise(key)}' elsewhere in this text"
        )
    after = (key, base_word(following).lower())  # "Democratic party’s" … "democratic party"
    if _usage_neighbour(following) and after in evidence.capitalised_before_word:
        return (
            f"written '{capitalise(key)}' alone {alone} times mid-sentence, "
            f"and '{capitalise(key)} {following}' elsewhere in this text"
        )
    return None


def _subject_evidence(
    text: str, start: int, end: int, words_around: tuple[str, str], key: str, evidence: Evidence
) -> str | None:
    """A person's name, written alone elsewhere; here the bare subject of a clause.

    "saying trump has", ", bush said": after a clause opener (clause-openers.txt) or
    clause punctuation, right before a finite verb (finite-verbs.txt). A bare
    singular common noun cannot stand there. Mass and abstract nouns can ("because
    labour is cheap", "rice was served"), so the text must also write the word after
    a title or honorific ("President Trump"), and on its own, capitalised, at least
    ``USAGE_EVIDENCE`` times. "a trump card", "that bush was" stay: a determiner, or
    no verb, is not this evidence.
    """
    alone = evidence.alone_mid[key]
    if alone < USAGE_EVIDENCE:
        return None
    if _bare_subject(text, start, end, words_around):
        why = f"the subject of '{words_around[1]}'"
    elif _quoted_speaker(text, start, end, words_around):
        why = f"the speaker after a quotation and '{words_around[0]}'"
    else:
        return None
    title = title_before(text, capitalise(key))
    if not title:
        return None
    return (
        f"written '{title} {capitalise(key)}', and '{capitalise(key)}' alone {alone} times "
        f"mid-sentence; here {why}"
    )


def _bare_subject(text: str, start: int, end: int, words_around: tuple[str, str]) -> bool:
    """Whether the word at ``start`` stands alone as the subject of a clause.

    After a clause opener or clause punctuation, right before a finite verb: "if
    turkey does", ", bush said".
    """
    previous, following = words_around
    if following not in load_words("finite-verbs.txt") or not adjacent_after(text, end, following):
        return False
    return _after_clause_punctuation(text, start) or _after_opener(text, start, previous)


# What closes a quotation before its reporting verb: ',” said', '?" asked'.
_QUOTATION_CLOSES = ('," ', ',” ', '?" ', '?” ', '!" ', '!” ', '." ', '.” ')


def _quoted_speaker(text: str, start: int, end: int, words_around: tuple[str, str]) -> bool:
    """Whether the word at ``start`` names the speaker of a quotation: '," wrote trump on'.

    Right after a reporting verb (reporting-verbs.txt) that follows the quotation's
    closing punctuation and quote, and before punctuation, a minor word ("on",
    "in") or the end of the text.
    """
    previous, following = words_around
    if previous not in load_words("reporting-verbs.txt") or not adjacent_before(text, start, previous):
        return False
    if not text.endswith(_QUOTATION_CLOSES, 0, start - len(previous) - 1):
        return False
    if end == len(text) or text[end] in ".,;:!?":
        return True
    return following in minor_words() and adjacent_after(text, end, following)


def _place_evidence(
    text: str, start: int, end: int, words_around: tuple[str, str], key: str, evidence: Evidence
) -> str | None:
    """A country whose name is a common word, used as a place ("in china", "if turkey does").

    Only for common-word-countries.txt, in a text that writes the name capitalised
    on its own at least ``USAGE_EVIDENCE`` times. Here it follows a preposition of
    place (place-prepositions.txt, which leaves out "of", "from", "with" and "at": "a
    piece of china", "gravy with turkey"), or "and" or "or" after a capitalised word
    that does not start a sentence ("Japan and china"), or it is the bare subject of
    a clause. "fine china", "a turkey dinner", "the turkey was" stay.
    """
    if key not in _common_word_countries():
        return None
    alone = evidence.alone_mid[key]
    if alone < USAGE_EVIDENCE:
        return None
    previous = words_around[0]
    if not adjacent_before(text, start, previous):
        return None  # "in (china)", "to: china"
    if previous in load_words("place-prepositions.txt"):
        why = f"after '{previous}'"
    elif previous in ("and", "or") and _capitalised_before(text, start - len(previous) - 1):
        why = f"after '{previous}' and a name"
    elif _bare_subject(text, start, end, words_around):
        why = f"the subject of '{words_around[1]}'"
    else:
        return None
    return f"a country written '{capitalise(key)}' alone {alone} times mid-sentence; here {why}"


def _number_evidence(
    text: str, start: int, end: int, previous: str, key: str, evidence: Evidence
) -> str | None:
    """A numbered name ("Category 5", "March 8"), here lowercase before a number.

    The text writes the word capitalised before a number mid-sentence at least
    ``USAGE_EVIDENCE`` times; here it follows a determiner or preposition
    (numbered-name-openers.txt), so it is no verb: "at category 5", "in its march
    8 release"; not "protesters march 5 miles", "to march 5 miles".
    """
    times = evidence.before_number[key]
    if (
        times < USAGE_EVIDENCE
        or not before_a_number(text, end)
        or previous.lower() not in load_words("numbered-name-openers.txt")
        or not adjacent_before(text, start, previous)
    ):
        return None
    return f"written '{capitalise(key)}' before a number {times} times mid-sentence in this text"


def _capitalised_before(text: str, position: int) -> bool:
    """Whether a capitalised word, not at a sentence start, ends one space before ``position``."""
    word = neighbours(text, position, position)[0]
    return (
        is_title_word(word)
        and adjacent_before(text, position, word)
        and not sentence_initial(text, position - 1 - len(word))
    )


@cache
def _common_word_countries() -> frozenset[str]:
    """common-word-countries.txt, lowercased: "china", "turkey"."""
    return frozenset(name.lower() for name in load_lines("common-word-countries.txt"))


def title_before(text: str, name: str, title: str = "") -> str:
    """A title or honorific (``title`` if given) the text writes before ``name``, or "".

    Right before it, or before at most two given names or initials: "President Trump",
    "President Donald Trump", "President George W. Bush".
    """
    match = _title_then_name(name, title).search(text)
    return match.group(1) if match else ""


@lru_cache(maxsize=1024)
def _title_then_name(name: str, title: str) -> regex.Pattern[str]:
    """The pattern of :func:`title_before` for one name (compiled once per name)."""
    titles = regex.escape(title) if title else _title_alternation()
    return regex.compile(
        rf"(?<![\p{{L}}'’.])({titles})\.?+ (?:\p{{Lu}}[\p{{Ll}}.]*+ ){{0,2}}"
        rf"{regex.escape(name)}(?![\p{{L}}\p{{N}}])"
    )


@lru_cache(maxsize=1024)
def _whole_word(word: str) -> regex.Pattern[str]:
    """``word`` as written, as a whole word (compiled once per word)."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}'’-]){regex.escape(word)}(?![\p{{L}}\p{{N}}])")


@cache
def _title_alternation() -> str:
    """titles.txt and honorifics.txt as one regex alternation, longest first."""
    titles = load_lines("titles.txt") + load_lines("honorifics.txt")
    return "|".join(regex.escape(title) for title in sorted(set(titles), key=len, reverse=True))


def _after_clause_punctuation(text: str, start: int) -> bool:
    """Whether clause punctuation and one space stand right before ``start``: ", trump"."""
    return text.endswith(" ", 0, start) and text[start - 2 : start - 1] in _CLAUSE_PUNCTUATION


def _after_opener(text: str, start: int, previous: str) -> bool:
    """Whether a clause opener stands one space before ``start``.

    A coordinator opens a clause only after a comma (", and trump was"): without one
    it may join nouns ("chicken and rice was served"). "that" opens one only after a
    verb of saying or thinking (that-verbs.txt: "feel that china should"); else it
    may point at a thing ("that china was").
    """
    if previous == "that" and adjacent_before(text, start, previous):
        verb = neighbours(text, start - len(previous) - 1, start - len(previous) - 1)[0]
        return verb in load_words("that-verbs.txt") and adjacent_before(text, start - len(previous) - 1, verb)
    if previous not in load_words("clause-openers.txt") or not adjacent_before(text, start, previous):
        return False
    if previous in _COORDINATORS:
        return _after_clause_punctuation(text, start - len(previous) - 1)
    return True


def _usage_neighbour(word: str) -> bool:
    """A lowercase word whose company tells a name from the common word ("in", "said")."""
    return word.islower() and word not in _DETERMINERS
