"""Readability of a draft for its language, with textstat where it has a formula for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Language -> (textstat method, measure shown to the writer, True when higher is harder).
# English uses Coleman-Liau because it counts letters, not syllables: textstat's English
# syllable counter fetches the CMU dictionary over the network on first use, which the app
# must never do. The other formulas count syllables with pyphen's bundled dictionaries.
FORMULAS: dict[str, tuple[str, str, bool]] = {
    "en": ("coleman_liau_index", "Coleman-Liau grade", True),
    "de": ("flesch_reading_ease", "Flesch reading ease (Amstad)", False),
    "es": ("fernandez_huerta", "Fernández Huerta reading ease", False),
    "fr": ("flesch_reading_ease", "Flesch reading ease (Kandel-Moles)", False),
    "it": ("gulpease_index", "Gulpease index", False),
    "nl": ("flesch_reading_ease", "Flesch-Douma reading ease", False),
    "ru": ("flesch_reading_ease", "Flesch reading ease (Oborneva)", False),
}
NO_FORMULA = "words per sentence"


@dataclass(frozen=True)
class Readability:
    """A reading score, the formula that gave it, and which direction means harder."""

    score: float | None
    measure: str
    harder_when_higher: bool = True


class ReadabilityMeter:
    """Scores text with the formula for its language; one textstat instance per language."""

    def __init__(self) -> None:
        self._instances: dict[str, Any] = {}

    def measure(self, sentences: list[str], language: str) -> Readability:
        """Score the sentences (each already trimmed); no formula gives a None score."""
        formula = FORMULAS.get(language)
        if formula is None or not sentences:
            return Readability(None, NO_FORMULA)
        method, name, harder_when_higher = formula
        # Every sentence gets an end mark, so textstat counts sentences the way we split them.
        text = " ".join(s if s[-1] in ".!?" else f"{s}." for s in sentences)
        score = float(getattr(self._instance(language), method)(text))
        return Readability(round(score, 1), name, harder_when_higher)

    def _instance(self, language: str) -> Any:
        instance = self._instances.get(language)
        if instance is None:
            # Imported on first use: textstat pulls in nltk, which takes a good part of a second.
            from textstat.textstat import textstatistics

            instance = textstatistics()
            instance.set_lang(language)
            self._instances[language] = instance
        return instance
