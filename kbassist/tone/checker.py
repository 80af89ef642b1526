"""The tone checker: runs a language's rule pack over a draft and reports findings by span."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kbassist.common.i18n import _
from kbassist.common.languages import primary_language
from kbassist.common.luhn import luhn_valid
from kbassist.content.settings import SETTINGS_FILE, ContentSettings, load_settings
from kbassist.problems import ProblemList
from kbassist.tone.findings import SEVERITIES, Finding, Metrics, ToneReport
from kbassist.tone.metrics import Readability, ReadabilityMeter
from kbassist.tone.pack import (
    CompiledRule,
    LanguagePack,
    PackSet,
    build_packs,
    builtin_files,
    swap_key,
    team_files,
)
from kbassist.tone.text import (
    LineIndex,
    Prepared,
    nonblank_lines,
    paragraph_bounds,
    prepare,
    sentence_spans,
    without_accents,
    word_spans,
)

__all__ = ["Finding", "Metrics", "ToneChecker", "ToneReport", "apply_fix"]

_SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
_CARD = re.compile(r"(?<![\w.,-])\d(?:[ -]?\d){12,18}(?![\w-])")
_CAPS_WORD = re.compile(r"(?<![\w-])[^\W\d_]{2,}(?:['’][^\W\d_]+)*(?![\w]|-\d)")
_CAPS_GAP = re.compile(r"[ \t,;:'’\"&/-]*")
_SENTENCE_OPENERS = ".!?。！？\n"
_END_LINES = 4


def apply_fix(text: str, finding: Finding) -> str:
    """text with the finding's span replaced by its suggestion; unchanged when it has none."""
    if finding.replacement is None:
        return text
    if not 0 <= finding.start <= finding.end <= len(text):
        raise ValueError(f"The finding's span {finding.start}-{finding.end} is outside the text.")
    return text[: finding.start] + finding.replacement + text[finding.end :]


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    replacement: str | None = None
    count: int = 0


@dataclass
class _Draft:
    """One check's view of the draft, shared by every rule."""

    prepared: Prepared
    words: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    kind: str | None
    target: int
    readability: Readability
    # What words are matched against: the text, or the text without accents (same offsets).
    match_text: str = ""

    def __post_init__(self) -> None:
        self._starts = [w[0] for w in self.words]
        self.match_text = self.match_text or self.prepared.text

    @property
    def text(self) -> str:
        return self.prepared.text

    def words_between(self, start: int, end: int) -> int:
        """How many words start inside [start, end)."""
        return bisect.bisect_left(self._starts, end) - bisect.bisect_left(self._starts, start)


class ToneChecker:
    """Checks drafts against the rule pack of their language; build it once with load()."""

    def __init__(self, packs: PackSet, settings: ContentSettings) -> None:
        self._packs = packs
        self._settings = settings
        self._meter = ReadabilityMeter()

    @classmethod
    def load(
        cls,
        content_root: Path | None,
        settings: ContentSettings | None = None,
        problems: ProblemList | None = None,
    ) -> ToneChecker:
        """Built-in packs plus the content folder's tone/*.yaml; broken files become problems."""
        problems = problems if problems is not None else ProblemList()
        if settings is None:
            settings = (
                load_settings(content_root, problems)
                if content_root is not None
                else ContentSettings()
            )
        builtin, builtin_problems = builtin_files()
        problems.extend(builtin_problems)
        team = team_files(content_root, problems)
        settings_path = content_root / SETTINGS_FILE if content_root is not None else None
        packs = build_packs(builtin, team, settings.disabled_rules, problems, settings_path)
        return cls(packs, settings)

    @property
    def settings(self) -> ContentSettings:
        """The content settings the checker was built with."""
        return self._settings

    def languages(self) -> tuple[str, ...]:
        """Language codes that have a rule pack of their own."""
        return tuple(sorted(self._packs.packs))

    def pack(self, language: str) -> LanguagePack:
        """The pack for a language tag, or the generic pack when the language has none."""
        return self._packs.packs.get(primary_language(language), self._packs.generic)

    def check(
        self,
        text: str,
        *,
        language: str = "en",
        kind: str | None = None,
        max_words: int | None = None,
    ) -> ToneReport:
        """Every finding in text, in order, with its metrics; never raises for any text."""
        code = primary_language(language)
        pack = self.pack(language)
        notes: tuple[str, ...] = ()
        if pack is self._packs.generic:
            notes = (
                _(
                    "No tone rules for language '{language}': only the checks for every "
                    "language ran (length, shouting, card numbers). Add tone/{code}.yaml to "
                    "the content folder to give it rules."
                ).format(language=language or "?", code=code or "LANG"),
            )
        prepared = prepare(text)
        words = word_spans(prepared.text, pack.by_character)
        sentences = sentence_spans(prepared.text, pack.enders, pack.abbreviations)
        readability = self._meter.measure([prepared.text[a:b] for a, b in sentences], code)
        target = max_words if max_words and max_words > 0 else self._settings.max_words
        draft = _Draft(
            prepared,
            words,
            sentences,
            kind.strip().lower() if kind else None,
            target,
            readability,
            without_accents(prepared.text) if pack.ignore_accents else prepared.text,
        )
        lines = LineIndex(text)
        findings = [
            _finding(rule, hit, draft, lines)
            for rule in pack.rules
            if _applies(rule, draft)
            for hit in _RUNNERS[rule.rule.kind](rule, draft)
        ]
        findings.sort(key=lambda f: (f.start, f.end, _SEVERITY_RANK.get(f.severity, 9), f.rule))
        count = len(words)
        metrics = Metrics(
            words=count,
            sentences=len(sentences),
            avg_sentence_length=round(count / len(sentences), 1) if sentences else 0.0,
            reading_score=readability.score,
            reading_measure=readability.measure,
            max_words=target,
            language=pack.language,
            by_character=pack.by_character,
        )
        return ToneReport(findings, metrics, notes)


def _applies(compiled: CompiledRule, draft: _Draft) -> bool:
    rule = compiled.rule
    if rule.kinds and draft.kind not in rule.kinds:
        return False
    if draft.kind is not None and draft.kind in rule.not_kinds:
        return False
    return len(draft.words) >= rule.min_words


def _finding(compiled: CompiledRule, hit: _Hit, draft: _Draft, lines: LineIndex) -> Finding:
    rule = compiled.rule
    original = draft.prepared.original
    line, column = lines.locate(hit.start)
    score = draft.readability.score
    values = {
        "match": original[hit.start : hit.end],
        "replacement": hit.replacement or "",
        "count": str(hit.count),
        "max": _number(rule.maximum),
        "min": _number(rule.minimum),
        "words": str(len(draft.words)),
        "target": str(draft.target),
        "score": _number(score),
        "measure": draft.readability.measure,
    }
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=rule.severity,
        start=hit.start,
        end=hit.end,
        line=line,
        column=column,
        message=rule.message.format_map(values).strip(),
        replacement=hit.replacement,
    )


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else str(value)


def _matches(compiled: CompiledRule, draft: _Draft) -> list[_Hit]:
    """Matches of the rule's tokens and patterns, minus exceptions and nested duplicates."""
    text = draft.match_text
    spans = sorted(
        {
            m.span()
            for matcher in compiled.matchers
            for m in matcher.finditer(text)
            if m.end() > m.start()
        }
    )
    if compiled.exceptions is not None and spans:
        excepted = [m.span() for m in compiled.exceptions.finditer(text)]
        spans = [s for s in spans if not any(a <= s[0] and s[1] <= b for a, b in excepted)]
    if compiled.rule.policy_exempt and draft.prepared.regions:
        spans = [s for s in spans if not _cites_policy(draft, s[0])]
    # Overlapping matches of one rule are one passage ("will never" + "never happen again").
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [_Hit(start, end) for start, end in merged]


def _cites_policy(draft: _Draft, offset: int) -> bool:
    # In a template, an amount or refund in the same paragraph as a kb[...] fact comes from
    # the linked policy, so it is not a promise beyond it.
    start, end = paragraph_bounds(draft.text, offset)
    return any(r.policy and start <= r.start < end for r in draft.prepared.regions)


def _existence(compiled: CompiledRule, draft: _Draft) -> Iterator[_Hit]:
    yield from _matches(compiled, draft)


def _occurrence(compiled: CompiledRule, draft: _Draft) -> Iterator[_Hit]:
    hits = _matches(compiled, draft)
    allowed = int(compiled.rule.maximum or 0)
    if len(hits) > allowed:
        for hit in hits[allowed:]:
            yield _Hit(hit.start, hit.end, count=len(hits))


def _substitution(compiled: CompiledRule, draft: _Draft) -> Iterator[_Hit]:
    text = draft.match_text
    found: dict[tuple[int, int], str] = {}
    for pattern, replacement in compiled.swaps:
        for match in pattern.finditer(text):
            if match.end() == match.start() or match.span() in found:
                continue
            if compiled.rule.regex:
                try:
                    better: str | None = match.expand(replacement)
                except (re.error, IndexError):
                    better = None  # a replacement naming a group the match lacks
            else:
                key = swap_key(match.group(), not compiled.rule.match_case)
                better = compiled.swap_lookup.get(key)
            if better is not None and better.casefold() != match.group().casefold():
                sentence_start = _at_sentence_start(text, match.start())
                found[match.span()] = _same_case(match.group(), better, sentence_start)
    reach = -1
    for (start, end), better in sorted(found.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        if end <= reach:
            continue
        reach = end
        yield _Hit(start, end, better)


def _same_case(found: str, better: str, sentence_start: bool) -> str:
    """The replacement written with the capital letter the original had (or needs)."""
    if not better:
        return better
    capital = sentence_start and found[:1].isupper()
    return better[0].upper() + better[1:] if capital else better


def _at_sentence_start(text: str, offset: int) -> bool:
    index = offset - 1
    while index >= 0 and text[index] in " \t\"'“‘(":
        index -= 1
    return index < 0 or text[index] in _SENTENCE_OPENERS


def _capitalisation(compiled: CompiledRule, draft: _Draft) -> Iterator[_Hit]:
    text = draft.text
    shortest = int(compiled.rule.minimum or 3)
    runs: list[list[tuple[int, int]]] = []
    for match in _CAPS_WORD.finditer(text):
        word = match.group()
        if not word.isupper() or word.upper() in compiled.acronyms:
            continue
        if runs and _CAPS_GAP.fullmatch(text, runs[-1][-1][1], match.start()):
            runs[-1].append(match.span())
        else:
            runs.append([match.span()])
    for run in runs:
        if not any(end - start >= shortest for start, end in run):
            continue
        start, end = run[0][0], run[-1][1]
        lower = text[start:end].lower()
        yield _Hit(start, end, _same_case(text[start:end], lower, _at_sentence_start(text, start)))


def _sentence_length(compiled: CompiledRule, draft: _Draft) -> Iterator[_Hit]:
    limit = compiled.rule.maximum or 0
    for start, end in draft.sentences:
        count = draft.words_between(start, end)
        if count > limit:
            yield _Hit(start, end, count=count)


def _length(compiled: CompiledRule, draft: _Draft) -> Iterator[_Hit]:
    if len(draft.words) > draft.target:
        yield _Hit(draft.words[draft.target][0], draft.words[-1][1], count=len(draft.words))


def _readability(compiled: CompiledRule, draft: _Draft) -> Iterator[_Hit]:
    reading = draft.readability
    rule = compiled.rule
    if reading.score is None or not draft.sentences:
        return
    if reading.harder_when_higher:
        too_hard = rule.maximum is not None and reading.score > rule.maximum
    else:
        too_hard = rule.minimum is not None and reading.score < rule.minimum
    if too_hard:
        # Point at the longest sentence: the best place to start simplifying.
        start, end = max(draft.sentences, key=lambda s: draft.words_between(*s))
        yield _Hit(start, end, count=draft.words_between(start, end))


def _required(compiled: CompiledRule, draft: _Draft) -> Iterator[_Hit]:
    lines = nonblank_lines(draft.text)
    if not lines:
        return
    where = compiled.rule.where
    if where == "start":
        region = lines[0]
    elif where == "end":
        region = (lines[-_END_LINES:][0][0], lines[-1][1])
    else:
        region = (0, len(draft.text))
    if any(region[0] <= h.start and h.end <= region[1] for h in _matches(compiled, draft)):
        return
    if compiled.rule.placeholders and _placeholder_in(compiled.rule.placeholders, draft, region):
        return
    if where == "start":
        yield _Hit(*lines[0])
    elif where == "end":
        yield _Hit(*lines[-1])
    else:
        # The first sentence after the greeting line is where the missing words belong.
        body = [s for s in draft.sentences if s[0] >= lines[0][1]] or draft.sentences
        if body:
            yield _Hit(*body[0])


def _placeholder_in(names: tuple[str, ...], draft: _Draft, region: tuple[int, int]) -> bool:
    """True when a template field named in names is filled in inside region: the sign-off a
    template takes from the settings ({{ org.sign_off }}) is a sign-off."""
    return any(
        r.expression.split("|")[0].strip() in names and r.end > region[0] and r.start < region[1]
        for r in draft.prepared.regions
    )


def _card_number(compiled: CompiledRule, draft: _Draft) -> Iterator[_Hit]:
    template = compiled.rule.replacement
    for match in _CARD.finditer(draft.text):
        digits = re.sub(r"\D", "", match.group())
        if 13 <= len(digits) <= 19 and luhn_valid(digits):
            better = template.replace("{last4}", digits[-4:]) if template else None
            yield _Hit(match.start(), match.end(), better)


_RUNNERS = {
    "existence": _existence,
    "substitution": _substitution,
    "occurrence": _occurrence,
    "capitalisation": _capitalisation,
    "sentence_length": _sentence_length,
    "length": _length,
    "readability": _readability,
    "required": _required,
    "card_number": _card_number,
}
