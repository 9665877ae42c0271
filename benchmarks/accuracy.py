"""Restoration rates on damaged copies of the clean corpus, and harm on the clean corpus.

Each generator takes a clean article and returns (damaged, expected) or None when the
article offers no place for that damage. "Exact" means clean(damaged) is byte for
byte the undamaged article, or what the pipeline makes of the undamaged article
(the harm table reports those changes on their own: five real slips in the corpus).
Run:  python benchmarks/accuracy.py [--corpus PATH] [--show N]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path

import regex

import newsclean
from newsclean.data import load_lines, load_mapping

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "corpus" / "articles.jsonl"
Case = tuple[str, str] | None
Generator = Callable[[dict[str, str], random.Random], Case]


def _doc(article: dict[str, str]) -> str:
    return article["text"] + "\n"


# --- EN: encoding damage -------------------------------------------------------------

def _browser_cp1252(data: bytes) -> str:
    """Bytes read as windows-1252 the way browsers do (undefined bytes become C1)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


def mojibake_document(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    if text.isascii():
        return None
    return _browser_cp1252(text.encode("utf-8")), text


def mojibake_sentence(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    sentences = list(regex.finditer(r"[^.!?\n]*[^\x00-\x7f][^.!?\n]*[.!?]", text))
    if not sentences:
        return None
    m = rng.choice(sentences)
    return text[: m.start()] + _browser_cp1252(m.group().encode("utf-8")) + text[m.end() :], text


def lossy_mojibake(article: dict[str, str], rng: random.Random) -> Case:
    """Closing quotes ” whose last byte (0x9D) was dropped by the decoder."""
    text = _doc(article)
    if "”" not in text:
        return None
    return text.encode("utf-8").decode("cp1252", errors="ignore"), text


_LOSSY_LETTERS = frozenset(
    letter
    for lead in range(0xC2, 0xE0)
    for second in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    if (letter := bytes([lead, second]).decode("utf-8")).isalpha() and not letter.isascii()
)


def lossy_letter(article: dict[str, str], rng: random.Random) -> Case:
    """One sentence read as cp1252 by a decoder that drops undefined bytes ("BRASÃLIA"),
    in an article that writes the same word intact elsewhere."""
    text = _doc(article)
    sentences = [m.span() for m in regex.finditer(r"[^.\n]+[.\n]", text)]
    damaged = [
        (a, b) for a, b in sentences
        if any(ch in _LOSSY_LETTERS for ch in text[a:b])
        and all(ord(ch) < 0x100 or ch in _LOSSY_LETTERS for ch in text[a:b])
    ]
    if not damaged:
        return None
    a, b = rng.choice(damaged)
    lossy = text[a:b].encode("utf-8").decode("cp1252", errors="ignore")
    return text[:a] + lossy + text[b:], text


def c1_controls(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    try:
        data = text.encode("cp1252")
    except UnicodeEncodeError:
        return None
    if not regex.search(r"[\x80-\x9f]", data.decode("latin-1")):
        return None
    return data.decode("latin-1"), text


_ENTITIES = {"&": "&amp;", "’": "&#8217;", "“": "&ldquo;", "”": "&rdquo;", "é": "&eacute;", "—": "&#x2014;"}


def html_entities(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    spots = [i for i, ch in enumerate(text) if ch in _ENTITIES]
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    chosen = set(rng.sample(spots, min(3, len(spots)))) if spots else set()
    nbsp = set(rng.sample(spaces, 2))
    if not chosen and not nbsp:
        return None
    damaged = "".join(
        _ENTITIES[ch] if i in chosen else "&nbsp;" if i in nbsp else ch for i, ch in enumerate(text)
    )
    return damaged, text


def invisible_characters(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    words = list(regex.finditer(r"\b[a-z]{6,}\b", text))
    if len(words) < 3:
        return None
    inserts = {}
    for m in rng.sample(words, 3):
        inserts[m.start() + 3] = rng.choice(["\u200b", "\u00ad", "\u2060", "\ufeff"])
    damaged = "".join(inserts.get(i, "") + ch for i, ch in enumerate(text))
    return "\ufeff" + damaged, text


def unusual_spaces(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    chosen = set(rng.sample(spaces, min(4, len(spaces))))
    return "".join(rng.choice("\u00a0\u2002\u2003") if i in chosen else ch for i, ch in enumerate(text)), text


def decomposed_accents(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    nfd = unicodedata.normalize("NFD", text)
    return (nfd, text) if nfd != text else None


# --- SP: spacing damage --------------------------------------------------------------

_SENTENCE_GAP = regex.compile(r"(?<=\p{Ll}{2}[.!?][\"”’)]?) (?=[“\"]?\p{Lu}\p{Ll})")
_COMMA_GAP = regex.compile(r"(?<=\p{Ll}{2},) (?=\p{L}{2}|a )")
# Gaps the patterns above leave out: after a closing bracket or quote ("(AP). The"),
# and before a sentence that starts with "A" or "I" ("agencies. A spokesman").
_OTHER_SENTENCE_GAP = regex.compile(
    r"(?<=\p{L}{2}[)\"”][.!?]) (?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2}[.!?]) (?=[AI] |I['’]\p{Ll})"
)


def _remove_spaces(pattern: regex.Pattern[str], article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    gaps = [m.start() for m in pattern.finditer(text)]
    if not gaps:
        return None
    chosen = set(rng.sample(gaps, min(len(gaps), rng.randint(1, 3))))
    return "".join(ch for i, ch in enumerate(text) if i not in chosen), text


def glued_sentences(article: dict[str, str], rng: random.Random) -> Case:
    return _remove_spaces(_SENTENCE_GAP, article, rng)


def glued_commas(article: dict[str, str], rng: random.Random) -> Case:
    return _remove_spaces(_COMMA_GAP, article, rng)


def glued_sentences_other(article: dict[str, str], rng: random.Random) -> Case:
    return _remove_spaces(_OTHER_SENTENCE_GAP, article, rng)


_POSSESSIVE = regex.compile(r"\b(\p{Lu}\p{Ll}+)(['’])s\b")


def _broken_possessive(article: dict[str, str], keep_group: int) -> Case:
    """The title with its possessive's "'s" after ``keep_group`` written "S"."""
    match = _POSSESSIVE.search(article["title"])
    if not match:
        return None
    expected = article["title"] + "\n" + _doc(article)
    broken = article["title"][: match.end(keep_group)] + "S" + article["title"][match.end() :]
    return broken + "\n" + _doc(article), expected


def broken_possessive_headline(article: dict[str, str], rng: random.Random) -> Case:
    """A title-cased first line whose possessive lost its apostrophe: "OkaforS"."""
    return _broken_possessive(article, 1)


def title_case_apostrophe(article: dict[str, str], rng: random.Random) -> Case:
    """A title-cased first line with str.title() damage: "Okafor'S"."""
    return _broken_possessive(article, 2)


# --- CA / TY: casing, typos, real-word errors -------------------------------------------

_MID_CAPITAL = regex.compile(r"(?<=\p{Ll}[,;]? )(\p{Lu}\p{Ll}{2,})(?=[ ,.;:])")


_COMMON = frozenset(load_lines("english-words.txt"))


def _lowercased_proper_noun(article: dict[str, str], rng: random.Random, common: bool) -> Case:
    """Lowercase one mid-sentence use of a word the article always capitalises.

    ``common`` picks words that are also common English words ("China", "Court"),
    which the rules deliberately fix only on stronger evidence.
    """
    text = _doc(article)
    counts: dict[str, list[int]] = {}
    for m in _MID_CAPITAL.finditer(text):
        counts.setdefault(m.group(1), []).append(m.start(1))
    names = [w for w, spots in counts.items() if len(spots) >= 3
             and not regex.search(rf"\b{w.lower()}\b", text) and (w.lower() in _COMMON) == common]
    if not names:
        return None
    word = rng.choice(sorted(names))
    spot = rng.choice(counts[word])
    return text[:spot] + word[0].lower() + text[spot + 1 :], text


def lowercased_name(article: dict[str, str], rng: random.Random) -> Case:
    return _lowercased_proper_noun(article, rng, common=False)


def lowercased_common_word_name(article: dict[str, str], rng: random.Random) -> Case:
    return _lowercased_proper_noun(article, rng, common=True)


_TITLES = "|".join(sorted(load_lines("titles.txt"), key=len, reverse=True))
_TITLE_BEFORE_NAME = regex.compile(rf"(?<=\p{{Ll}}[,;]? |\p{{Lu}}\p{{L}}*['’]s )({_TITLES}) (?=\p{{Lu}}\p{{Ll}})")


def lowercased_title_before_name(article: dict[str, str], rng: random.Random) -> Case:
    """Lowercase one title before a name ("queen Elizabeth") in an article that writes
    the title capitalised at least three times and never lowercase."""
    text = _doc(article)
    spots = list(_TITLE_BEFORE_NAME.finditer(text))
    titles = {m.group(1) for m in spots if len(regex.findall(rf"(?<=\p{{Ll}}[,;]? ){m.group(1)}\b", text)) >= 3
              and not regex.search(rf"\b{m.group(1).lower()}\b", text)}
    spots = [m for m in spots if m.group(1) in titles]
    if not spots:
        return None
    spot = rng.choice(spots).start(1)
    return text[:spot] + text[spot].lower() + text[spot + 1 :], text


def lowercased_country(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    once = []
    for name in load_lines("gazetteer.txt"):
        spots = [m.start() for m in regex.finditer(rf"(?<!\p{{L}}){name}(?!\p{{L}})", text)]
        if len(spots) == 1 and spots[0] > 0 and text[spots[0] - 2] not in ".!?":
            once.append((name, spots[0]))
    if not once:
        return None
    name, spot = rng.choice(once)
    return text[:spot] + name[0].lower() + text[spot + 1 :], text


_MINOR = {"a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
          "or", "so", "the", "to", "up", "with", "via"}


def broken_headline_case(article: dict[str, str], rng: random.Random) -> Case:
    """The article's title, title-cased, with one capitalised word lowercased again."""
    words = article["title"].split()
    headline = [w if i and w.lower() in _MINOR else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    candidates = [i for i, w in enumerate(headline) if i and w.lower() not in _MINOR and w[:1].isupper()
                  and w[1:].islower() and w.isalpha()]
    if len(candidates) < 3:
        return None
    broken = list(headline)
    i = rng.choice(candidates)
    broken[i] = broken[i].lower()
    return " ".join(broken) + "\n" + _doc(article), " ".join(headline) + "\n" + _doc(article)


def injected_misspelling(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    reverse = {right: wrong for wrong, right in load_mapping("misspellings.txt").items() if " " not in right}
    spots = [m for m in regex.finditer(r"(?<![\p{L}'’-])[a-z]{4,}(?![\p{L}'’-])", text) if m.group() in reverse]
    if not spots:
        return None
    m = rng.choice(spots)
    return text[: m.start()] + reverse[m.group()] + text[m.end() :], text


def _confusions() -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    for line in load_lines("confusables.txt"):
        members = line.split()
        for member in members:
            sets[member] = [m for m in members if m != member]
    return sets


_FUNCTION = set(load_lines("function-words.txt")) | set(load_lines("minor-words.txt"))


def real_word_swap(article: dict[str, str], rng: random.Random) -> Case:
    """Swap a confusion-set word in a phrase with a content word that the article repeats.

    The phrase is the word with its next or previous word ("quiet period",
    "illicit drugs"); only one member fits where the article writes it twice.
    """
    text = _doc(article)
    sets = _confusions()
    spots = []
    for m in regex.finditer(r"\b([a-z]+) ([a-z]{3,})\b", text, overlapped=True):
        for word, other, group in ((m.group(1), m.group(2), 1), (m.group(2), m.group(1), 2)):
            if word in sets and other not in _FUNCTION and text.count(m.group()) >= 2:
                spots.append((m.start(group), m.end(group), word))
    if not spots:
        return None
    start, end, word = rng.choice(sorted(set(spots)))
    return text[:start] + rng.choice(sets[word]) + text[end:], text


_QUIET_QUITE = regex.compile(r"\b(quiet|quite)\b")


def quiet_quite_swap(article: dict[str, str], rng: random.Random) -> Case:
    """Swap one 'quiet' for 'quite' or back, wherever the article uses either."""
    text = _doc(article)
    spots = list(_QUIET_QUITE.finditer(text))
    if not spots:
        return None
    match = rng.choice(spots)
    other = "quite" if match.group() == "quiet" else "quiet"
    return text[: match.start()] + other + text[match.end() :], text


# --- AR / BP: artifacts and chrome ---------------------------------------------------------

_TOKENS = [":contentReference[oaicite:3]{index=3}", "[oaicite:0]", "【4†source】", "【12:3†source】",
           "【7†L10-L20】", "citeturn0search3", "citeturn0search3turn0news12",
           "\ue200cite\ue202turn0search3\ue201", "\ue200filecite\ue202turn0file1\ue201"]
_SENTENCE_END = regex.compile(r"(?<=\p{Ll}{2})\.(?= \p{Lu})")


def _sentence_end(text: str, rng: random.Random) -> int | None:
    """The position of a randomly chosen sentence-ending period, or None if none."""
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    return rng.choice(ends) if ends else None


def _citation(form: str) -> Generator:
    def generate(article: dict[str, str], rng: random.Random) -> Case:
        text = _doc(article)
        spot = _sentence_end(text, rng)
        if spot is None:
            return None
        before = rng.random() < 0.5  # "word TOKEN." or "word.TOKEN"
        damaged = text[:spot] + " " + form + text[spot:] if before else text[: spot + 1] + form + text[spot + 1 :]
        return damaged, text

    return generate


def chatgpt_utm(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    spot = _sentence_end(text, rng)
    if spot is None:
        return None
    url = " (https://example.org/news/story-123)"
    expected = text[:spot] + url + text[spot:]
    damaged = text[:spot] + url.replace(")", "?utm_source=chatgpt.com)") + text[spot:]
    return damaged, expected


def image_markdown_line(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    lines = text.split("\n")
    spot = rng.randrange(1, len(lines))
    image = "![Market Report: How [Brand] Grows [Fast]](https://cdn.example.org/a.jpg?resize=150%2C150&ssl=1)"
    return "\n".join([*lines[:spot], image, *lines[spot:]]), text


def inline_image(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    period = _sentence_end(text, rng)
    if period is None:
        return None
    spot = period + 1
    return text[:spot] + " ![photo](https://x.org/p.jpg \"A photo\")" + text[spot:], text


_CHROME_TOP = ["- Home", "- World News", "Advertisement", "Share this article", "Skip to content"]
_CHROME_BOTTOM = ["Share this article or subscribe to our newsletter for more updates.",
                  "Photo: Jane Doe/Getty Images", "© 2024 Example News. All rights reserved.",
                  "Tags: politics, world", "Read more: Markets rally as rates fall",
                  "Image is in the public domain.", "Leave a comment", "Follow us on Twitter"]
_CHROME_MIDDLE = ["Advertisement", "Read more: Markets rally as rates fall", "Photo: Jane Doe/Reuters",
                  "Related: What the ruling means", "Subscribe to our newsletter"]


def chrome_lines(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    paragraphs = text.rstrip("\n").split("\n")
    top = rng.sample(_CHROME_TOP[2:], rng.randint(0, 1)) + (["- Home", "- World News"] if rng.random() < 0.3 else [])
    bottom = rng.sample(_CHROME_BOTTOM, rng.randint(1, 3))
    middle = list(paragraphs)
    if len(paragraphs) > 2:
        middle.insert(rng.randrange(1, len(paragraphs)), rng.choice(_CHROME_MIDDLE))
    return "\n".join(top + middle + bottom) + "\n", text


_PROSE_NEGATIVES = ["The company said it would share the data with regulators next month.",
                    "Subscribers to the newsletter received the report a day earlier, the paper said.",
                    "Photo agencies reported record demand for pictures of the event, according to the survey.",
                    "Readers were asked to share their experiences of the flood with local officials."]


def prose_negative(article: dict[str, str], rng: random.Random) -> Case:
    text = _doc(article)
    paragraphs = text.rstrip("\n").split("\n")
    paragraphs.insert(rng.randrange(0, len(paragraphs) + 1), rng.choice(_PROSE_NEGATIVES))
    document = "\n".join(paragraphs) + "\n"
    return document, document


FAMILIES: dict[str, dict[str, Generator]] = {
    "EN": {"mojibake-document": mojibake_document, "mojibake-sentence": mojibake_sentence,
           "lossy-mojibake": lossy_mojibake, "lossy-letter": lossy_letter, "c1-controls": c1_controls, "html-entities": html_entities,
           "invisible-characters": invisible_characters, "unusual-spaces": unusual_spaces,
           "decomposed-accents": decomposed_accents},
    "SP": {"glued-sentences": glued_sentences, "glued-commas": glued_commas,
           "glued-after-bracket-or-before-a-i": glued_sentences_other,
           "possessive-lost-apostrophe": broken_possessive_headline,
           "possessive-title-cased": title_case_apostrophe},
    "CA": {"lowercased-proper-noun": lowercased_name,
           "lowercased-name-that-is-a-common-word": lowercased_common_word_name,
           "lowercased-country": lowercased_country,
           "lowercased-title-before-name": lowercased_title_before_name,
           "broken-headline-case": broken_headline_case},
    "TY": {"misspelling": injected_misspelling, "real-word-swap": real_word_swap,
           "quiet-quite-swap": quiet_quite_swap},
    "AR": {f"citation {form[:18]!r}": _citation(form) for form in _TOKENS}
    | {"chatgpt-utm": chatgpt_utm, "image-markdown-line": image_markdown_line, "inline-image": inline_image},
    "BP": {"chrome-lines": chrome_lines, "prose-negative": prose_negative},
}


def _articles(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def _changed_characters(before: str, after: str) -> int:
    import difflib

    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")


@lru_cache(maxsize=4096)
def _baseline(expected: str) -> str:
    """The undamaged text as the pipeline leaves it.

    A damaged case counts as restored when it comes out as the undamaged article
    does: the few changes the pipeline makes to undamaged articles (real slips in
    the corpus, listed in tests/test_corpus.py) are measured by the harm table, not
    counted again as a miss in every damage type.
    """
    return newsclean.clean(expected)


# The issue's case type "lowercase one proper noun the article writes capitalised
# elsewhere", which the table splits by whether the name is also a common word.
_POOLED = ("lowercased-proper-noun", "lowercased-name-that-is-a-common-word")


def run_cases(articles: list[dict[str, str]], show: int) -> Iterator[str]:
    pooled = [0, 0]
    for family, generators in FAMILIES.items():
        for name, generate in generators.items():
            rng = random.Random(f"{family}/{name}")
            total = exact = 0
            misses: list[tuple[str, str]] = []
            for article in articles:
                case = generate(article, rng)
                if case is None:
                    continue
                damaged, expected = case
                total += 1
                cleaned = newsclean.clean(damaged)
                if cleaned in (expected, _baseline(expected)):
                    exact += 1
                elif len(misses) < show:
                    misses.append((article["id"], _first_difference(cleaned, expected)))
            rate = exact / total if total else float("nan")
            yield f"| {family} | {name} | {total} | {exact} | {rate:.3f} |"
            for article_id, where in misses:
                yield f"|    | miss {article_id} | {where} | | |"
            if name in _POOLED:
                pooled = [pooled[0] + total, pooled[1] + exact]
                if name == _POOLED[-1]:
                    rate = pooled[1] / pooled[0] if pooled[0] else float("nan")
                    yield f"| {family} | lowercased-proper-noun, both kinds | {pooled[0]} | {pooled[1]} | {rate:.3f} |"


def _first_difference(actual: str, expected: str) -> str:
    i = next((k for k, (a, b) in enumerate(zip(actual, expected, strict=False)) if a != b), min(len(actual), len(expected)))
    return f"got {actual[max(0, i - 25) : i + 25]!r} want {expected[max(0, i - 25) : i + 25]!r}"


def harm(articles: list[dict[str, str]]) -> Iterator[str]:
    for label, build in (("body", _doc), ("title + body", lambda a: a["title"] + "\n" + _doc(a))):
        changed_docs = changed_chars = 0
        for article in articles:
            document = build(article)
            cleaned = newsclean.clean(document)
            if cleaned != document:
                changed_docs += 1
                changed_chars += _changed_characters(document, cleaned)
        yield f"| clean corpus, {label} | {len(articles)} documents | {changed_docs} changed | {changed_chars} characters |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--show", type=int, default=0, help="print up to N misses per case type")
    args = parser.parse_args(argv)
    articles = _articles(args.corpus)
    print(f"newsclean {newsclean.__version__}, corpus {args.corpus.name} ({len(articles)} articles)\n")
    print("| family | damage | cases | exact | rate |\n| --- | --- | --- | --- | --- |")
    for row in run_cases(articles, args.show):
        print(row)
    print("\n| harm | | | |\n| --- | --- | --- | --- |")
    for row in harm(articles):
        print(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
