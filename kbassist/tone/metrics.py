"""Readability of a draft, by a published formula where one is valid for its language."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# The counts follow textstat 0.7's definitions exactly (which the scores were first computed
# with), so a draft keeps its score: words are whitespace-separated after punctuation is
# removed, letters are word characters, and a "sentence" of two words or fewer is not counted.
_NON_CONTRACTION_APOSTROPHE = re.compile(r"'(?!(?:[tsd]|ve|ll|re))")
_PUNCTUATION = re.compile(r"[^\w\s']")
_PUNCTUATION_AND_APOSTROPHE = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*")

NO_FORMULA = "words per sentence"


@dataclass(frozen=True)
class Readability:
    """A reading score, the formula that gave it, and which direction means harder."""

    score: float | None
    measure: str
    harder_when_higher: bool = True


@dataclass(frozen=True)
class _Counts:
    words: int
    sentences: int
    letters: int
    characters: int
    tokens: int  # whitespace-separated pieces, punctuation included (Gulpease counts these)
    syllables: int


def _words(text: str) -> list[str]:
    bare = _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text))
    return bare.split()


def _sentence_count(text: str) -> int:
    if not text:
        return 0
    found = _SENTENCE.findall(text)
    counted = sum(1 for sentence in found if len(_words(sentence)) > 2)
    return max(1, counted)


@functools.lru_cache(maxsize=16)
def _hyphenator(language: str) -> Any:
    # pyphen's dictionaries ship inside the package: nothing is fetched.
    from pyphen import Pyphen  # type: ignore[import-untyped]

    return Pyphen(lang=language)


def _counts(text: str, language: str, syllables: bool) -> _Counts:
    words = _words(text)
    syllable_count = 0
    if syllables:
        hyphenator = _hyphenator(language)
        syllable_count = sum(len(hyphenator.positions(w.lower())) + 1 for w in words)
    no_space = _SPACE.sub("", text)
    return _Counts(
        words=len(words),
        sentences=_sentence_count(text),
        letters=len(_PUNCTUATION_AND_APOSTROPHE.sub("", no_space)),
        characters=len(no_space),
        tokens=len(text.split()),
        syllables=syllable_count,
    )


def coleman_liau(c: _Counts) -> float:
    """Coleman-Liau grade: letters and sentences per 100 words (no syllables needed)."""
    if not c.words or not c.letters or not c.sentences:
        return 0.0
    letters = c.letters / c.words * 100
    sentences = c.sentences / c.words * 100
    return 0.058 * letters - 0.296 * sentences - 15.8


def _flesch(base: float, per_sentence: float, per_syllable: float) -> Callable[[_Counts], float]:
    """Flesch reading ease with one language's constants."""

    def score(c: _Counts) -> float:
        if not c.words or not c.syllables:
            return 0.0
        return (
            base - per_sentence * (c.words / c.sentences) - per_syllable * (c.syllables / c.words)
        )

    return score


def fernandez_huerta(c: _Counts) -> float:
    """Fernández Huerta reading ease (Spanish): syllables per word and words per sentence."""
    if not c.words or not c.syllables:
        return 0.0
    return 206.84 - 60 * (c.syllables / c.words) - 1.02 * (c.words / c.sentences)


def gulpease(c: _Counts) -> float:
    """Gulpease index (Italian): sentences per word and characters per word."""
    if not c.words or not c.tokens or not c.characters or not c.sentences:
        return 0.0
    return 300 * (c.sentences / c.words) - 10 * (c.characters / c.tokens) + 89


@dataclass(frozen=True)
class Formula:
    """A readability formula validated for one language."""

    measure: str
    score: Callable[[_Counts], float]
    harder_when_higher: bool
    syllables: bool


# Only languages with a formula published and validated for them. English uses Coleman-Liau
# because it counts letters: English syllable counts need a pronouncing dictionary. The others
# count syllables with pyphen's hyphenation dictionaries. Languages without one (Slovenian,
# Croatian, Greek, Chinese) get no score rather than a formula fitted to another language.
FORMULAS: dict[str, Formula] = {
    "en": Formula("Coleman-Liau grade", coleman_liau, True, False),
    "de": Formula("Flesch reading ease (Amstad)", _flesch(180, 1, 58.5), False, True),
    "es": Formula("Fernández Huerta reading ease", fernandez_huerta, False, True),
    "fr": Formula("Flesch reading ease (Kandel-Moles)", _flesch(207, 1.015, 73.6), False, True),
    "it": Formula("Gulpease index", gulpease, False, False),
    "nl": Formula("Flesch-Douma reading ease", _flesch(206.835, 0.93, 77), False, True),
    "ru": Formula("Flesch reading ease (Oborneva)", _flesch(206.835, 1.3, 60.1), False, True),
}


class ReadabilityMeter:
    """Scores text with the formula for its language, or says there is none."""

    def measure(self, sentences: list[str], language: str) -> Readability:
        """Score the sentences (each already trimmed); no formula gives a None score."""
        formula = FORMULAS.get(language)
        if formula is None or not sentences:
            return Readability(None, NO_FORMULA)
        # Every sentence gets an end mark, so the formula counts sentences the way we split them.
        text = " ".join(s if s[-1] in ".!?" else f"{s}." for s in sentences)
        score = formula.score(_counts(text, language, formula.syllables))
        return Readability(round(score, 1), formula.measure, formula.harder_when_higher)
