"""What the tone checker reports: findings with character spans, and metrics of the draft."""

from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("error", "warning", "suggestion")


@dataclass(frozen=True)
class Finding:
    """One risky or unkind passage: where it is, why it matters, and a fix when there is one."""

    rule: str
    category: str
    severity: str
    start: int
    end: int
    line: int
    column: int
    message: str
    replacement: str | None

    def as_dict(self) -> dict[str, object]:
        """The JSON form used by `kbassist tone --json`."""
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "message": self.message,
            "replacement": self.replacement,
        }


@dataclass(frozen=True)
class Metrics:
    """Length and readability of a draft, with the length target it is measured against."""

    words: int
    sentences: int
    avg_sentence_length: float
    reading_score: float | None
    reading_measure: str
    max_words: int
    language: str = ""
    # True when "words" counts each Chinese character as one (the pack's `count: characters`).
    by_character: bool = False

    def as_dict(self) -> dict[str, object]:
        """The JSON form used by `kbassist tone --json`."""
        return {
            "words": self.words,
            "sentences": self.sentences,
            "avg_sentence_length": self.avg_sentence_length,
            "reading_score": self.reading_score,
            "reading_measure": self.reading_measure,
            "max_words": self.max_words,
            "language": self.language,
            # What "words" and "max_words" count: "characters" in Chinese.
            "counts": "characters" if self.by_character else "words",
        }


@dataclass(frozen=True)
class ToneReport:
    """Every finding in a draft, in text order, plus its metrics and notes about the check."""

    findings: list[Finding]
    metrics: Metrics
    notes: tuple[str, ...] = field(default=())

    @property
    def has_errors(self) -> bool:
        """True when a finding must be fixed before the reply is sent."""
        return any(f.severity == "error" for f in self.findings)
