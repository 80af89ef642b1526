"""Tone rule packs per language: built-in packs and a team's own files merged and compiled."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from kbassist.common.i18n import _
from kbassist.problems import Problem, ProblemList
from kbassist.tone.rules import ALL_LANGUAGES, Rule, RuleFile, RulePatch, parse_rule_file, spaced
from kbassist.tone.text import is_cjk, without_accents

TONE_DIR = "tone"
DEFAULT_ENDERS = ".!?"
# Where a whole word starts and ends. In a language written without spaces (Chinese) only a
# Latin letter or digit continues a Latin word, so "T2" in "转给T2团队" is a whole word. (A
# class of the CJK ranges would say the same but takes about 10 ms to compile each time.)
_WORD_EDGES = (r"(?<!\w)", r"(?!\w)")
_LATIN = "0-9A-Za-z_\u00c0-\u024f"
_SPACELESS_WORD_EDGES = (rf"(?<![{_LATIN}])", rf"(?![{_LATIN}])")


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
    sources: tuple[Rule, ...]
    # The rules are compiled without accents and run on the draft without accents.
    ignore_accents: bool = False

    @functools.cached_property
    def rules(self) -> tuple[CompiledRule, ...]:
        """The pack's rules, compiled on first use: most agents write in one or two languages,
        and compiling every pack's expressions would slow every start."""
        return tuple(compile_rule(r, self.ignore_accents, self.by_character) for r in self.sources)

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


def tokens_pattern(tokens: Iterable[str], fold_case: bool = True, spaceless: bool = False) -> str:
    """One expression for many tokens, shaped as a trie so shared beginnings are tried once
    (a plain alternation of 40 phrases costs 40 attempts at every position of the draft).

    With spaceless, a Latin token next to a Chinese character is still a whole word."""
    before, after = _SPACELESS_WORD_EDGES if spaceless else _WORD_EDGES
    bounded: dict[str, Any] = {}
    free: dict[str, Any] = {}
    for token in {t.strip() for t in tokens if t.strip()}:
        node = bounded if _is_word_edge(token[0]) else free
        for key, _atom in _pieces(token, fold_case):
            node = node.setdefault(key, {})
        node[""] = after if _is_word_edge(token[-1]) else ""
    atoms = {key: atom for t in tokens for key, atom in _pieces(t.strip(), fold_case)}
    parts = []
    if bounded:
        parts.append(before + _emit(bounded, atoms))
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


def _alternation(
    tokens: Iterable[str], flags: int, spaceless: bool = False
) -> re.Pattern[str] | None:
    listed = [t for t in tokens if t.strip()]
    if not listed:
        return None
    return re.compile(tokens_pattern(listed, bool(flags & re.IGNORECASE), spaceless), flags)


@functools.lru_cache(maxsize=1024)
def compile_rule(rule: Rule, ignore_accents: bool = False, spaceless: bool = False) -> CompiledRule:
    """Build the rule's expressions (cached: the same rule compiles once per process).

    With ignore_accents the words are compiled without accents, to run on a draft passed
    through without_accents: then 'λάθος', 'λαθος' and 'ΛΑΘΟΣ' are one word. With spaceless
    (Chinese) a Chinese character next to a Latin token counts as a word edge.
    """
    bare = without_accents if ignore_accents else _same
    flags = 0 if rule.match_case else re.IGNORECASE
    if rule.kind == "capitalisation":
        return CompiledRule(rule, acronyms=frozenset(t.upper() for t in rule.exceptions))
    matchers: list[re.Pattern[str]] = []
    tokens = _alternation((bare(t) for t in rule.tokens), flags, spaceless)
    if tokens is not None:
        matchers.append(tokens)
    matchers.extend(re.compile(spaced(bare(p)), flags) for p in rule.patterns)
    exceptions = _alternation((bare(t) for t in rule.exceptions), flags, spaceless)
    if rule.regex:
        swaps = tuple((re.compile(spaced(bare(key)), flags), value) for key, value in rule.swap)
        return CompiledRule(rule, tuple(matchers), exceptions, swaps)
    # Literal phrases share one expression; the matched text finds its replacement.
    fold = bool(flags & re.IGNORECASE)
    lookup = {swap_key(bare(key), fold): value for key, value in rule.swap}
    combined = _alternation((bare(key) for key, _value in rule.swap), flags, spaceless)
    swaps = ((combined, ""),) if combined is not None else ()
    return CompiledRule(rule, tuple(matchers), exceptions, swaps, swap_lookup=lookup)


def _same(text: str) -> str:
    return text


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
            message = _("Cannot read the file: {reason}.").format(reason=exc.strerror)
            problems.error(path, None, "unreadable", message)
            continue
        except UnicodeDecodeError:
            message = _("The file is not UTF-8 text. Save it as UTF-8.")
            problems.error(path, None, "not-utf8", message)
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
                    _(
                        "'extends: {target}' names no rule of this language. Use the id of a "
                        "built-in rule (see docs/tone.md) or of a rule defined in a tone file."
                    ).format(target=patch.target),
                )
        for ident, line in source.disable:
            if ident not in merge.known_ids:
                problems.warning(
                    source.path,
                    line,
                    "tone-rule-disable",
                    _("'disable' names '{id}', which is no tone rule. Check the id.").format(
                        id=ident
                    ),
                )
    if settings_path is not None:
        for ident in disabled:
            if ident not in merge.known_ids:
                problems.warning(
                    settings_path,
                    None,
                    "tone-rule-disable",
                    _("[tone] disable names '{id}', which is no tone rule. Check the id.").format(
                        id=ident
                    ),
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
    ignore_accents = False
    abbreviations: set[str] = set()
    for source in layers:
        name = source.name or name
        count = source.count or count
        enders = source.sentence_end or enders
        if source.ignore_accents is not None:
            ignore_accents = source.ignore_accents
        abbreviations.update(a.lower().rstrip(".") for a in source.abbreviations)
        for rule in source.rules:
            rules[rule.id] = rule
        for patch in source.patches:
            _apply_patch(patch, rules, merge)
        off.update(ident for ident, _line in source.disable)
    merge.known_ids.update(rules)
    return LanguagePack(
        language=language,
        name=name,
        by_character=count == "characters",
        enders=enders,
        abbreviations=frozenset(abbreviations),
        sources=tuple(r for ident, r in rules.items() if ident not in off),
        ignore_accents=ignore_accents,
    )


def _apply_patch(patch: RulePatch, rules: dict[str, Rule], merge: _Merge) -> None:
    base = rules.get(patch.target)
    if base is None:
        merge.patch_hits.setdefault(id(patch), False)
        return
    merge.patch_hits[id(patch)] = True
    rules[patch.target] = patch.apply(base)
