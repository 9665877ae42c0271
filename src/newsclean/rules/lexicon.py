"""An English lexicon with frequencies, and the corrections one edit away from a word.

The data (english-frequencies.txt, english-bigrams.txt.gz) are derived at build time
from the frequency lists symspellpy ships (scripts/build_lexicon.py records the
source and licence). Scores are round(100 * log10(count)): a difference of 100 is a
factor of ten.
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Mapping
from functools import cache, lru_cache
from types import MappingProxyType

from ..data import load_lines, read_lines
from ._document import english_words

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"

# Endings and beginnings that make a word from a word ("brash" -> "brashly",
# "shackle" -> "unshackle"): such a word is English even when the list lacks it.
_SUFFIXES = ("s", "es", "ed", "d", "ing", "ings", "ly", "er", "ers", "est", "ness", "ist", "ists", "ism",
             "ment", "ments", "able", "ful", "less", "ity", "ize", "ise", "ized", "ised", "izes", "ises")
_PREFIXES = ("un", "re", "non", "pre", "anti", "over", "under", "counter", "co", "sub", "super", "inter",
             "multi", "micro", "mis", "dis", "de", "out", "post", "semi", "mega", "cyber", "eco", "bio",
             "geo", "agro", "neo", "pro", "ex", "self", "mid", "tele", "auto", "hyper", "trans", "cross")
# The endings and beginnings a word may have, by its last and first letter: a few tests each.
_SUFFIXES_BY_LAST_LETTER = {
    letter: tuple(suffix for suffix in _SUFFIXES if suffix.endswith(letter))
    for letter in {suffix[-1] for suffix in _SUFFIXES}
}
_PREFIXES_BY_FIRST_LETTER = {
    letter: tuple(prefix for prefix in _PREFIXES if prefix.startswith(letter))
    for letter in {prefix[0] for prefix in _PREFIXES}
}
_STEM = 500  # score a stem needs outside SCOWL: rare entries of the list are often names
# Spelling variants, not typos: British and American endings and doublings.
_VARIANTS = (("our", "or"), ("re", "er"), ("ise", "ize"), ("yse", "yze"), ("ogue", "og"), ("lled", "led"),
             ("lling", "ling"), ("ller", "ler"), ("ae", "e"), ("oe", "e"), ("ence", "ense"), ("ised", "ized"),
             ("ising", "izing"))
# Letters a word needs for a variant's spelling inside it ("colourful"): a shorter word
# that differs so is a slip ("cort"), the variants of short words being in the lexicons.
_VARIANT_INSIDE = 6
# A word whose inflection scores this much would be in the lexicon itself: "alway" is
# no singular of "always", "thoses" no plural of "those".
_INFLECTION_SEEN = 700


@cache
def frequencies() -> Mapping[str, int]:
    """Each English word of english-frequencies.txt and its score."""
    scores: dict[str, int] = {}
    for line in read_lines("english-frequencies.txt"):  # the lines are not kept
        word, score = line.split()
        scores[word] = int(score)
    return MappingProxyType(scores)


@cache
def _followers() -> dict[str, dict[str, int]]:
    """Each first word of english-bigrams.txt.gz and the scores of the words after it.

    Nested by first word: a lookup hashes the two words the caller already holds
    instead of a new "first second" string, and the 242,342 pairs take a third of the
    memory of a flat map (the second words are shared). The file's lines are not kept.
    """
    followers: dict[str, dict[str, int]] = {}
    words: dict[str, str] = {}
    for line in read_lines("english-bigrams.txt.gz"):
        first, second, score = line.split(" ")
        after = followers.get(first)
        if after is None:
            after = followers[first] = {}
        after[words.setdefault(second, second)] = int(score)
    return followers


def word_pairs() -> Iterator[tuple[str, str, int]]:
    """Every pair of english-bigrams.txt.gz: first word, second word, score."""
    for first, after in _followers().items():
        for second, score in after.items():
            yield first, second, score


_NO_FOLLOWERS: dict[str, int] = {}


def pair_score(first: str, second: str) -> int:
    """The score of the pair "first second" (lowercase), 0 when the list lacks it."""
    return _followers().get(first, _NO_FOLLOWERS).get(second, 0)


TOTAL_SCORE = 1173  # score of the unigram list's total count, 5.4 * 10^11 words


@lru_cache(maxsize=65_536)
def association(first: str, second: str) -> int | None:
    """How much more often English writes "first second" than its words' frequencies
    predict (pointwise mutual information, in score units); None when the list lacks
    the pair. "in fact" scores 300, "of mini" 100."""
    pair = pair_score(first, second)
    if not pair:
        return None
    known = frequencies()
    return pair - known.get(first, 0) - known.get(second, 0) + TOTAL_SCORE


def _stem(word: str) -> bool:
    """Whether ``word`` may be the stem of an unlisted derived word: a common word
    (SCOWL size 50, or frequent and five letters or more), but not one so frequent that its
    derived words would be listed themselves ("those" has no plural "thoses")."""
    score = frequencies().get(word, 0)
    if score >= _INFLECTION_SEEN:
        return False
    return word in english_words() or word in more_words() or (score >= _STEM and len(word) >= 5)


@cache
def more_words() -> frozenset[str]:
    """SCOWL size 50's lowercase words that size 35 lacks ("rubles", "prep")."""
    return frozenset(load_lines("english-more-words.txt"))


def is_english(word: str) -> bool:
    """Whether lowercase ``word`` is in one of the lexicons (frequencies, SCOWL sizes 35
    and 50), or is made from a common word by an inflection or a common beginning, or
    joins two common words ("handpaws").

    >>> is_english("rubles"), is_english("brashly"), is_english("uncomfirmed")
    (True, True, False)
    """
    return is_listed(word) or is_derived(word)


def is_listed(word: str) -> bool:
    """Whether lowercase ``word`` is in one of the lexicons."""
    return word in frequencies() or word in english_words() or word in more_words()


_NOT_DOUBLED = frozenset("aeiouwxy")


def _doubles(stem: str) -> bool:
    """Whether ``stem`` doubles its last letter before an ending: a common word that ends
    in one vowel and one consonant ("stop" -> "stopped", "equip" -> "equipped"; not
    "accord" -> "accordding", "look" -> "lookking")."""
    return (
        len(stem) >= 3
        and stem[-1] not in _NOT_DOUBLED
        and stem[-2] in _VOWELS
        and (stem[-3] not in _VOWELS or stem[-4:-2] == "qu")  # "quit", "equip"
        and _stem(stem)
    )


def is_derived(word: str) -> bool:
    """Whether lowercase ``word`` is made from a common word by an inflection or a
    common beginning ("unsealed", "brashly"), or joins two common words."""
    return is_inflected(word) or is_compound(word)


def is_inflected(word: str) -> bool:
    """Whether lowercase ``word`` is made from a common word by an inflection or a
    common beginning ("unsealed", "brashly", "prepper")."""
    for suffix in _SUFFIXES_BY_LAST_LETTER.get(word[-1:], ()):
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3 or (suffix == "d" and not stem.endswith("e")):
            continue
        doubled = stem[-1:] == stem[-2:-1] and len(stem) <= 7 and _doubles(stem[:-1])  # "stopped"
        voiced = stem.endswith("v") and (_stem(stem[:-1] + "f") or _stem(stem[:-1] + "fe"))  # "hooved"
        dropped_e = suffix[0] in _VOWELS and _stem(stem + "e")  # "baking"; not "minnis"
        if _stem(stem) or dropped_e or doubled or voiced:
            return True
    for prefix in _PREFIXES_BY_FIRST_LETTER.get(word[:1], ()):
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) >= 4 and (rest in english_words() or _stem(rest)):
            return True
    return False


def is_compound(word: str) -> bool:
    """Whether lowercase ``word`` joins two common words ("handpaws"; "allthough" too)."""
    common = english_words()
    shortest = 3 if len(word) >= 8 else 4  # two common words: four letters each, or three and five
    return any(word[:cut] in common and word[cut:] in common for cut in range(shortest, len(word) - 3))


# How likely each kind of slip is, as a score penalty (100 = ten times less likely):
# a noisy-channel weight, so that "staus" is "status" (a dropped letter), not "stars".
_DROPPED, _SWAPPED, _DOUBLED = 0, 0, 0  # "staus", "fatc", "modell"
_NEAR_KEY, _VOWEL = 30, 30  # "mumber", "beleive"
_EXTRA = 60  # a letter typed in: "thoses"
_OTHER = 100  # any other letter for another
_FIRST_LETTER = 150  # a slip at the first letter: two typos in a hundred, most words of code
_FOREIGN_ENDING = 100  # a final vowel for another: how Latin and Romance words inflect
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_VOWELS = frozenset("aeiouy")


@cache
def _near_keys() -> Mapping[str, frozenset[str]]:
    """The keys beside each letter on a QWERTY keyboard (same row and the rows next to it)."""
    place = {key: (row, column) for row, keys in enumerate(_ROWS) for column, key in enumerate(keys)}
    return MappingProxyType({
        key: frozenset(other for other, (r, c) in place.items()
                       if other != key and abs(r - row) <= 1 and abs(c + 0.5 * r - column - 0.5 * row) <= 1)
        for key, (row, column) in place.items()
    })


def _substitution_penalty(typed: str, meant: str) -> int:
    if typed in _near_keys().get(meant, ()):
        return _NEAR_KEY
    if typed in _VOWELS and meant in _VOWELS:
        return _VOWEL
    return _OTHER


def _edits1(word: str, known: Container[str]) -> dict[str, int]:
    """Every string of ``known`` one deletion, transposition, substitution or insertion
    away, with the penalty of the most likely slip that would have turned it into
    ``word``. Each string is looked up before its penalty is weighed: most are no word."""
    found: dict[str, int] = {}

    def add(candidate: str, penalty: int) -> None:
        if candidate != word and penalty < found.get(candidate, 1_000):
            found[candidate] = penalty

    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        first = _FIRST_LETTER if i == 0 else 0  # "libc", "dpkg", "umount": no slip of the first key
        if right:  # the typist added right[0]: the word had it not
            candidate = left + right[1:]
            if candidate in known:
                doubled = right[0] == left[-1:] or right[0] == right[1:2]
                add(candidate, first + (_DOUBLED if doubled else _EXTRA))
            rest = right[1:]
            for letter in _ALPHABET:
                candidate = left + letter + rest
                if candidate in known:
                    penalty = first + _substitution_penalty(right[0], letter)
                    if not rest and right in _VOWELS:
                        penalty += _FOREIGN_ENDING  # "automata", "warranto": another language's ending
                    add(candidate, penalty)
        if len(right) > 1:
            candidate = left + right[1] + right[0] + right[2:]
            if candidate in known:
                add(candidate, _SWAPPED + first // 3)
        for letter in _ALPHABET:
            candidate = left + letter + right
            if candidate in known:
                add(candidate, first + _DROPPED)
    return found


def variant_or_inflection(word: str, candidate: str) -> bool:
    """Whether two spellings are one word: an inflection ("opioids", "opioid") or a
    British and American pair ("epicenter", "epicentre"), told by their endings, or
    inside a long word ("colourful", where "our" ends a stem English writes; not
    "accourding"). Not when ``candidate`` is a common word: the lexicons list both
    spellings of those, so an unlisted one is a slip ("numbres", "callled")."""
    short, long = sorted((word, candidate), key=len)
    if long.startswith(short) and long[len(short) :] in _SUFFIXES:
        return frequencies().get(candidate, 0) < _INFLECTION_SEEN
    if frequencies().get(candidate, 0) >= _INFLECTION_SEEN:
        return False  # a common word's other spelling is listed too: "numbres" is no "numbers"
    for one, other in _VARIANTS:
        for a, b in ((one, other), (other, one)):
            if word.endswith(a) and candidate.endswith(b) and word[: -len(a)] == candidate[: -len(b)]:
                return True
            inside = word.find(a)
            if len(word) >= _VARIANT_INSIDE and (inside > 0 or (inside == 0 and b == "e")) and (
                word.replace(a, b, 1) == candidate
            ):  # "colourful", "paediatric", "aesthetic"; not "cort" and "court", a dropped
                # letter, nor "erturn" and "return", a slip at the first letter; "our" ends
                # a stem English writes ("colour", "color"): "accourding" is a slip
                stem = word[: inside + len(a)]
                if a not in ("our", "or") or is_listed(stem) or is_listed(stem[: -len(a)] + b):
                    return True
    return False


def corrections(word: str) -> list[tuple[str, int]]:
    """The English words one edit away from lowercase ``word``, most likely first, with
    their score less the penalty of the slip; without its inflections and variants."""
    known = frequencies()
    found = [
        (candidate, known[candidate] - penalty)
        for candidate, penalty in _edits1(word, known).items()
        if not variant_or_inflection(word, candidate)
    ]
    return sorted(found, key=lambda pair: (-pair[1], pair[0]))


# The endings that make one word of another: two words of one stem with any two of
# them are forms of one word ("prorogating", "prorogation"), not one the slip of the other.
_STEM_ENDINGS = frozenset((
    "", "s", "es", "ed", "d", "ing", "ion", "ions", "ation", "er", "ers", "or", "ors", "ive",
    "al", "ally", "ly", "ment", "ness", "ity", "able", "ible", "ance", "ence", "ant", "ent",
    "ate", "ated", "ating", "y", "ies", "ied", "ism", "ist", "ize", "ise", "ous", "ary", "ory",
))


def same_stem(word: str, correction: str) -> bool:
    """Whether ``word`` is another form of ``correction``: a clipping of it, a syllable
    or more shorter ("approx", "approximately"; "althoug" is a slip of "although"), or
    the same stem with another ending ("prorogating", "prorogation")."""
    if correction.startswith(word) and len(correction) - len(word) >= 2:
        return True
    shortest = min(len(word), len(correction))
    return any(
        word[:cut] == correction[:cut] and word[cut:] in _STEM_ENDINGS and correction[cut:] in _STEM_ENDINGS
        for cut in range(max(3, shortest - 5), shortest + 1)
    )


# Two slips in one word ("multipul", "beleaved"): only long words, and only towards common
# words, found through a deletion index (SymSpell's idea: a word and its typo share a
# form with one letter deleted from each) of the 10,000 or so common words of five
# letters or more, built on first need (about 90,000 entries).
_TWO_SLIPS_LENGTH = 6
_TWO_SLIPS_SCORE = 650


@cache
def _deletion_index() -> Mapping[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for word, score in frequencies().items():
        if score >= _TWO_SLIPS_SCORE and len(word) >= 5 and word.isalpha():
            for form in {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}:
                index.setdefault(form, []).append(word)
    return MappingProxyType({form: tuple(words) for form, words in index.items()})


@lru_cache(maxsize=16_384)
def near_common_word(word: str) -> bool:
    """Whether lowercase ``word`` may be one or two slips from a common word of five
    letters or more (the deletion index): a few dictionary lookups, where
    :func:`corrections` builds every string one edit away. False rules both out."""
    index = _deletion_index()
    return word in index or any(word[:i] + word[i + 1 :] in index for i in range(len(word)))


def one_slip(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are exactly one slip apart (insert, delete, substitute,
    swap neighbours): :func:`slips` equal to 1, compared letter by letter."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > 1 or a == b:
        return False
    first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(b))
    if len(a) != len(b):
        return a[first + 1 :] == b[first:]  # one letter more in a
    return a[first + 1 :] == b[first + 1 :] or (  # one letter for another
        a[first + 2 :] == b[first + 2 :] and a[first : first + 2] == b[first : first + 2][::-1]
    )  # two neighbours swapped


def slips(a: str, b: str) -> int:
    """Edits (insert, delete, substitute, swap neighbours) from ``a`` to ``b``; 3 means
    three or more."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return min(previous[-1], 3)


@cache
def _starts_index() -> Mapping[tuple[str, int], tuple[tuple[str, frozenset[str]], ...]]:
    """The common words of :func:`_deletion_index` by their first three letters and
    length, each with its set of letters."""
    index: dict[tuple[str, int], list[tuple[str, frozenset[str]]]] = {}
    for word, score in frequencies().items():
        if score >= _TWO_SLIPS_SCORE and len(word) >= 5 and word.isalpha():
            index.setdefault((word[:3], len(word)), []).append((word, frozenset(word)))
    return MappingProxyType({key: tuple(words) for key, words in index.items()})


def _same_start(word: str) -> Iterator[str]:
    """The common words that begin with the same three letters as ``word`` and may be
    two slips from it: two slips the deletion index cannot pair ("insuffient": two
    letters dropped; "covarege": two letters for others) mostly leave a long word's
    first letters alone. A set operation a word before any edit distance is counted."""
    index = _starts_index()
    letters = frozenset(word)
    for length in range(len(word) - 2, len(word) + 3):
        for candidate, candidate_letters in index.get((word[:3], length), ()):
            if len(letters ^ candidate_letters) <= 4:  # two slips change at most four letters
                yield candidate


@lru_cache(maxsize=16_384)
def corrections_two_slips(word: str) -> tuple[tuple[str, int], ...]:
    """Common words two slips away from a long lowercase ``word`` (none one slip away is
    asked for first), most frequent first, with their scores.

    >>> corrections_two_slips("multipul")[0][0]
    'multiple'
    """
    if len(word) < _TWO_SLIPS_LENGTH:
        return ()
    index = _deletion_index()
    forms = {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}
    candidates = {candidate for form in forms for candidate in index.get(form, ())}
    candidates.update(_same_start(word))
    known = frequencies()
    found = [
        (candidate, known[candidate])
        for candidate in candidates
        if slips(word, candidate) == 2
        and not variant_or_inflection(word, candidate)
        and not same_stem(word, candidate)  # "molecularly" is no slip of "molecular"
    ]
    return tuple(sorted(found, key=lambda pair: (-pair[1], pair[0])))
