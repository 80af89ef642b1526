"""Tone rule packs per language: built-in packs and a team's own files merged and compiled."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from kbassist.problems import Problem, ProblemList
from kbassist.tone.rules import ALL_LANGUAGES, Rule, RuleFile, RulePatch, parse_rule_file, spaced
from kbassist.tone.text import is_cjk

TONE_DIR = "tone"
DEFAULT_ENDERS = ".!?"


@dataclass(frozen=True)
class CompiledRule:
    """A rule with its regular expressions built once, ready to run on any draft."""

    rule: Rule
    matchers: tuple[re.Pattern[str], ...] = ()
    exceptions: re.Pattern[str] | None = None
    swaps: tuple[tuple[re.Pattern[str], str], ...] = ()
    acronyms: frozenset[str] = frozenset()
    swap_lookup: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LanguagePack:
    """Every rule in force for one language, with how that language splits words and sentences."""

    language: str
    name: str
    by_character: bool
    enders: str
    abbreviations: frozenset[str]
    rules: tuple[CompiledRule, ...]

    def rule(self, ident: str) -> CompiledRule | None:
        """The rule with id ident, if the pack has it."""
        return next((r for r in self.rules if r.rule.id == ident), None)


@dataclass
class PackSet:
    """The packs of every known language plus the generic pack for all other languages."""

    generic: LanguagePack
    packs: dict[str, LanguagePack] = field(default_factory=dict)


def _pieces(token: str, fold_case: bool = True) -> list[tuple[str, str]]:
    """(trie key, regular expression) per character: any spacing, either apostrophe."""
    pieces: list[tuple[str, str]] = []
    for index, word in enumerate(token.split()):
        if index:
            pieces.append((" ", r"\s+"))
        for char in word:
            if char in "'’":
                pieces.append(("'", "['’]"))
            else:
                pieces.append((char.lower() if fold_case else char, re.escape(char)))
    return pieces


def _is_word_edge(char: str) -> bool:
    return (char.isalnum() or char == "_") and not is_cjk(char)


def tokens_pattern(tokens: Iterable[str], fold_case: bool = True) -> str:
    """One expression for many tokens, shaped as a trie so shared beginnings are tried once
    (a plain alternation of 40 phrases costs 40 attempts at every position of the draft)."""
    bounded: dict[str, Any] = {}
    free: dict[str, Any] = {}
    for token in {t.strip() for t in tokens if t.strip()}:
        node = bounded if _is_word_edge(token[0]) else free
        for key, _ in _pieces(token, fold_case):
            node = node.setdefault(key, {})
        node[""] = r"(?!\w)" if _is_word_edge(token[-1]) else ""
    atoms = {key: atom for t in tokens for key, atom in _pieces(t.strip(), fold_case)}
    parts = []
    if bounded:
        parts.append(r"(?<!\w)" + _emit(bounded, atoms))
    if free:
        parts.append(_emit(free, atoms))
    return "|".join(parts)


def _emit(node: dict[str, Any], atoms: dict[str, str]) -> str:
    end = node.get("")
    branches = [atoms[key] + _emit(child, atoms) for key, child in node.items() if key != ""]
    if not branches:
        return str(end)
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Longer tokens come first in the alternation, so "sorry for" wins over "sorry".
    return body if end is None else f"(?:{body}|{end})"


def _alternation(tokens: Iterable[str], flags: int) -> re.Pattern[str] | None:
    listed = [t for t in tokens if t.strip()]
    if not listed:
        return None
    return re.compile(tokens_pattern(listed, bool(flags & re.IGNORECASE)), flags)


@functools.lru_cache(maxsize=1024)
def compile_rule(rule: Rule) -> CompiledRule:
    """Build the rule's expressions (cached: the same rule compiles once per process)."""
    flags = 0 if rule.match_case else re.IGNORECASE
    if rule.kind == "capitalisation":
        return CompiledRule(rule, acronyms=frozenset(t.upper() for t in rule.exceptions))
    matchers: list[re.Pattern[str]] = []
    tokens = _alternation(rule.tokens, flags)
    if tokens is not None:
        matchers.append(tokens)
    matchers.extend(re.compile(spaced(p), flags) for p in rule.patterns)
    exceptions = _alternation(rule.exceptions, flags)
    if rule.regex:
        swaps = tuple((re.compile(spaced(key), flags), value) for key, value in rule.swap)
        return CompiledRule(rule, tuple(matchers), exceptions, swaps)
    # Literal phrases share one expression; the matched text finds its replacement.
    fold = bool(flags & re.IGNORECASE)
    lookup = {swap_key(key, fold): value for key, value in rule.swap}
    combined = _alternation((key for key, _ in rule.swap), flags)
    swaps = ((combined, ""),) if combined is not None else ()
    return CompiledRule(rule, tuple(matchers), exceptions, swaps, swap_lookup=lookup)


def swap_key(phrase: str, fold_case: bool) -> str:
    """A phrase as the lookup of literal swaps stores it: single spaces, one apostrophe."""
    key = " ".join(phrase.split()).replace("’", "'")
    return key.lower() if fold_case else key


@functools.lru_cache(maxsize=1)
def builtin_files() -> tuple[tuple[RuleFile, ...], tuple[Problem, ...]]:
    """The packs shipped with KB Assist, parsed once per process (they never change)."""
    problems = ProblemList()
    files: list[RuleFile] = []
    folder = resources.files("kbassist.tone.packs")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yaml"):
            parsed = parse_rule_file(entry.read_text("utf-8"), Path(str(entry)), problems)
            if parsed is not None:
                files.append(parsed)
    return tuple(files), tuple(problems)


def team_files(content_root: Path | None, problems: ProblemList) -> list[RuleFile]:
    """A content folder's own rule files, tone/*.yaml, in name order."""
    if content_root is None:
        return []
    folder = content_root / TONE_DIR
    if not folder.is_dir():
        return []
    files: list[RuleFile] = []
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in (".yaml", ".yml")):
        try:
            text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n")
        except OSError as exc:
            problems.error(path, None, "unreadable", f"Cannot read the file: {exc.strerror}.")
            continue
        except UnicodeDecodeError:
            problems.error(path, None, "not-utf8", "The file is not UTF-8 text. Save it as UTF-8.")
            continue
        parsed = parse_rule_file(text, path, problems)
        if parsed is not None:
            files.append(parsed)
    return files


@dataclass
class _Merge:
    """Bookkeeping across languages, so a patch or disable that never applies is reported once."""

    patch_hits: dict[int, bool] = field(default_factory=dict)
    known_ids: set[str] = field(default_factory=set)


def build_packs(
    builtin: Sequence[RuleFile],
    team: Sequence[RuleFile],
    disabled: Iterable[str],
    problems: ProblemList,
    settings_path: Path | None = None,
) -> PackSet:
    """Merge the layers (built-in all-language, built-in per language, then the team's) per
    language: a rule replaces one of the same id, `extends` adds to one, `disable` removes."""
    merge = _Merge()
    disabled = tuple(disabled)
    languages = sorted({f.language for f in (*builtin, *team) if f.language != ALL_LANGUAGES})
    generic = _build(ALL_LANGUAGES, builtin, team, disabled, merge)
    packs = {lang: _build(lang, builtin, team, disabled, merge) for lang in languages}
    for source in (*builtin, *team):
        for patch in source.patches:
            if not merge.patch_hits.get(id(patch)):
                problems.error(
                    patch.path,
                    patch.line,
                    "tone-rule-extends",
                    f"'extends: {patch.target}' names no rule of this language. Use the id of "
                    "a built-in rule (see docs/tone.md) or of a rule defined in a tone file.",
                )
        for ident, line in source.disable:
            if ident not in merge.known_ids:
                problems.warning(
                    source.path,
                    line,
                    "tone-rule-disable",
                    f"'disable' names '{ident}', which is no tone rule. Check the id.",
                )
    if settings_path is not None:
        for ident in disabled:
            if ident not in merge.known_ids:
                problems.warning(
                    settings_path,
                    None,
                    "tone-rule-disable",
                    f"[tone] disable names '{ident}', which is no tone rule. Check the id.",
                )
    return PackSet(generic, packs)


def _build(
    language: str,
    builtin: Sequence[RuleFile],
    team: Sequence[RuleFile],
    disabled: tuple[str, ...],
    merge: _Merge,
) -> LanguagePack:
    def layer(files: Sequence[RuleFile], lang: str) -> list[RuleFile]:
        return [f for f in files if f.language == lang]

    layers = [*layer(builtin, ALL_LANGUAGES), *layer(team, ALL_LANGUAGES)]
    if language != ALL_LANGUAGES:
        layers = [
            *layer(builtin, ALL_LANGUAGES),
            *layer(builtin, language),
            *layer(team, ALL_LANGUAGES),
            *layer(team, language),
        ]
    rules: dict[str, Rule] = {}
    off = set(disabled)
    name, count, enders = language, "words", DEFAULT_ENDERS
    abbreviations: set[str] = set()
    for source in layers:
        name = source.name or name
        count = source.count or count
        enders = source.sentence_end or enders
        abbreviations.update(a.lower().rstrip(".") for a in source.abbreviations)
        for rule in source.rules:
            rules[rule.id] = rule
        for patch in source.patches:
            _apply_patch(patch, rules, merge)
        off.update(ident for ident, _ in source.disable)
    merge.known_ids.update(rules)
    compiled = tuple(compile_rule(r) for ident, r in rules.items() if ident not in off)
    return LanguagePack(
        language=language,
        name=name,
        by_character=count == "characters",
        enders=enders,
        abbreviations=frozenset(abbreviations),
        rules=compiled,
    )


def _apply_patch(patch: RulePatch, rules: dict[str, Rule], merge: _Merge) -> None:
    base = rules.get(patch.target)
    if base is None:
        merge.patch_hits.setdefault(id(patch), False)
        return
    merge.patch_hits[id(patch)] = True
    rules[patch.target] = patch.apply(base)
