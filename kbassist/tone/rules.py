"""Tone rule files: reading and validating the YAML packs, with a problem per broken entry."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from kbassist.common.yamlio import LineMap, parse_yaml
from kbassist.problems import ProblemList
from kbassist.tone.findings import SEVERITIES

RULE_KINDS = (
    "existence",
    "substitution",
    "occurrence",
    "capitalisation",
    "sentence_length",
    "length",
    "readability",
    "required",
    "card_number",
)
WHERE = ("anywhere", "start", "end")
ALL_LANGUAGES = "*"
FILE_KEYS = ("language", "name", "count", "sentence_end", "abbreviations", "disable", "rules")
COUNT_MODES = ("words", "characters")
# Fields each message may name, in braces: "{match}" and so on.
MESSAGE_FIELDS = frozenset(
    {"match", "replacement", "count", "max", "min", "words", "target", "score", "measure"}
)
_LIST_FIELDS = ("tokens", "patterns", "exceptions", "kinds", "not_kinds")
_RULE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class Rule:
    """One tone rule as written in a pack: what to look for and what to tell the writer."""

    id: str
    kind: str
    category: str
    severity: str
    message: str
    tokens: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()
    swap: tuple[tuple[str, str], ...] = ()
    regex: bool = False
    match_case: bool = False
    maximum: float | None = None
    minimum: float | None = None
    where: str = "anywhere"
    min_words: int = 0
    kinds: tuple[str, ...] = ()
    not_kinds: tuple[str, ...] = ()
    policy_exempt: bool = False
    replacement: str | None = None
    path: Path = Path()
    line: int = 1


@dataclass(frozen=True)
class RulePatch:
    """An `extends:` entry: more words for a rule defined elsewhere, or new settings for it."""

    target: str
    values: Mapping[str, Any]
    path: Path
    line: int

    def apply(self, rule: Rule) -> Rule:
        """The rule with this patch's lists appended and its other settings replacing."""
        changes: dict[str, Any] = {}
        for name, value in self.values.items():
            if name in (*_LIST_FIELDS, "swap"):
                changes[name] = (*getattr(rule, name), *value)
            else:
                changes[name] = value
        return replace(rule, **changes)


@dataclass(frozen=True)
class RuleFile:
    """One pack file: a language's settings, its rules, patches and the ids it switches off."""

    path: Path
    language: str
    name: str = ""
    count: str | None = None
    sentence_end: str | None = None
    abbreviations: tuple[str, ...] = ()
    disable: tuple[tuple[str, int], ...] = ()
    rules: tuple[Rule, ...] = ()
    patches: tuple[RulePatch, ...] = ()


# YAML key -> Rule field (or "extends", which makes the entry a patch).
_KEYS: dict[str, str] = {
    "id": "id",
    "extends": "extends",
    "kind": "kind",
    "category": "category",
    "severity": "severity",
    "message": "message",
    "tokens": "tokens",
    "patterns": "patterns",
    "exceptions": "exceptions",
    "swap": "swap",
    "regex": "regex",
    "match_case": "match_case",
    "max": "maximum",
    "min": "minimum",
    "where": "where",
    "min_words": "min_words",
    "kinds": "kinds",
    "not_kinds": "not_kinds",
    "policy_exempt": "policy_exempt",
    "replacement": "replacement",
}
_RULE_FIELDS = {f.name for f in fields(Rule)}


def parse_rule_file(text: str, path: Path, problems: ProblemList) -> RuleFile | None:
    """Read one pack file; None when it cannot be used at all, problems name each bad line."""
    parsed = parse_yaml(text, path, problems)
    if parsed is None:
        return None
    data, lines = parsed
    if not isinstance(data, dict):
        problems.error(
            path,
            1,
            "tone-rule-file",
            "A tone rule file must be a set of 'key: value' lines with 'language:' and 'rules:'.",
        )
        return None
    reader = _Reader(path, lines, problems)
    for key in data:
        if key not in FILE_KEYS:
            problems.warning(
                path,
                lines.line(str(key)),
                "tone-rule-unknown-key",
                f"Unknown key '{key}' in a tone rule file (known: {', '.join(FILE_KEYS)}). "
                "Check the spelling.",
            )
    language = data.get("language")
    if not isinstance(language, str) or not language.strip():
        problems.error(
            path,
            lines.line("language"),
            "tone-rule-missing",
            "The tone rule file names no language. Add 'language: en' (or '*' for every "
            "language) at the top.",
        )
        return None
    count = reader.choice(data, ("count",), COUNT_MODES)
    sentence_end = reader.text(data, ("sentence_end",))
    abbreviations = reader.text_list(data, ("abbreviations",))
    disable = reader.text_list(data, ("disable",))
    raw_rules = data.get("rules", [])
    if raw_rules is None:
        raw_rules = []
    if not isinstance(raw_rules, list):
        problems.error(
            path,
            lines.line("rules"),
            "tone-rule-type",
            "'rules' must be a list, each entry starting with '- id:' (or '- extends:').",
        )
        raw_rules = []
    rules: list[Rule] = []
    patches: list[RulePatch] = []
    seen: set[str] = set()
    for index, entry in enumerate(raw_rules):
        item = reader.rule_entry(entry, ("rules", index))
        if isinstance(item, Rule):
            if item.id in seen:
                problems.error(
                    path,
                    item.line,
                    "tone-rule-duplicate",
                    f"Rule id '{item.id}' is used twice in this file. Give each rule its own id.",
                )
                continue
            seen.add(item.id)
            rules.append(item)
        elif isinstance(item, RulePatch):
            patches.append(item)
    disable_lines = tuple(
        (ident, lines.line("disable", index)) for index, ident in enumerate(disable)
    )
    return RuleFile(
        path=path,
        language=language.strip().lower(),
        name=reader.text(data, ("name",)) or "",
        count=count,
        sentence_end=sentence_end,
        abbreviations=abbreviations,
        disable=disable_lines,
        rules=tuple(rules),
        patches=tuple(patches),
    )


@dataclass
class _Reader:
    """Typed access to one file's values, reporting each wrong one at its line."""

    path: Path
    lines: LineMap
    problems: ProblemList
    bad: bool = False

    def _wrong(self, key: tuple[str | int, ...], what: str) -> None:
        self.bad = True
        name = str(key[-1])
        self.problems.error(
            self.path, self.lines.line(*key), "tone-rule-type", f"'{name}' must be {what}."
        )

    def text(self, data: Mapping[str, Any], key: tuple[str | int, ...]) -> str | None:
        value = data.get(str(key[-1]))
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self._wrong(key, "text")
            return None
        return str(value)

    def text_list(self, data: Mapping[str, Any], key: tuple[str | int, ...]) -> tuple[str, ...]:
        value = data.get(str(key[-1]))
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(
            isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
        ):
            self._wrong(key, "a list of text, for example [one, two words]")
            return ()
        return tuple(str(v) for v in value if str(v).strip())

    def choice(
        self, data: Mapping[str, Any], key: tuple[str | int, ...], allowed: tuple[str, ...]
    ) -> str | None:
        value = self.text(data, key)
        if value is not None and value not in allowed:
            self._wrong(key, f"one of {', '.join(allowed)} (not '{value}')")
            return None
        return value

    def flag(self, data: Mapping[str, Any], key: tuple[str | int, ...]) -> bool | None:
        value = data.get(str(key[-1]))
        if value is None:
            return None
        if not isinstance(value, bool):
            self._wrong(key, "yes or no (true or false)")
            return None
        return value

    def number(self, data: Mapping[str, Any], key: tuple[str | int, ...]) -> float | None:
        value = data.get(str(key[-1]))
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            self._wrong(key, "a number, 0 or more")
            return None
        return float(value)

    def swap(
        self, data: Mapping[str, Any], key: tuple[str | int, ...]
    ) -> tuple[tuple[str, str], ...]:
        value = data.get(str(key[-1]))
        if value is None:
            return ()
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            self._wrong(key, "a set of 'phrase: better phrase' lines")
            return ()
        return tuple((k, v) for k, v in value.items() if k.strip())

    def rule_entry(self, entry: Any, key: tuple[str | int, ...]) -> Rule | RulePatch | None:
        """One item of 'rules': a whole rule (id) or a patch to another (extends)."""
        line = self.lines.line(*key)
        if not isinstance(entry, dict):
            self.problems.error(
                self.path,
                line,
                "tone-rule-type",
                "Each rule must be a set of 'key: value' lines starting with '- id:'.",
            )
            return None
        for name in entry:
            if name not in _KEYS:
                self.problems.warning(
                    self.path,
                    self.lines.line(*key, str(name)),
                    "tone-rule-unknown-key",
                    f"Unknown rule key '{name}' (known: {', '.join(_KEYS)}). Check the spelling.",
                )
        self.bad = False
        values = self._values(entry, key)
        if self.bad:
            return None
        if "extends" in values:
            target = str(values.pop("extends"))
            if "id" in values or "kind" in values:
                self.problems.error(
                    self.path,
                    line,
                    "tone-rule-extends",
                    f"A rule that extends '{target}' takes no 'id' or 'kind' of its own. "
                    "Remove them, or drop 'extends' to define a new rule.",
                )
                return None
            return RulePatch(target, values, self.path, line)
        return self._rule(values, entry, key)

    def _values(self, entry: Mapping[str, Any], key: tuple[str | int, ...]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name in ("id", "extends", "category", "message", "replacement"):
            text = self.text(entry, (*key, name))
            if text is not None:
                values[_KEYS[name]] = text.strip() if name != "message" else text
        kind = self.choice(entry, (*key, "kind"), RULE_KINDS)
        if kind is not None:
            values["kind"] = kind
        severity = self.choice(entry, (*key, "severity"), SEVERITIES)
        if severity is not None:
            values["severity"] = severity
        where = self.choice(entry, (*key, "where"), WHERE)
        if where is not None:
            values["where"] = where
        for name in _LIST_FIELDS:
            items = self.text_list(entry, (*key, name))
            if name in entry:
                values[name] = tuple(i.lower() for i in items) if "kinds" in name else items
        for name in ("regex", "match_case", "policy_exempt"):
            flag = self.flag(entry, (*key, name))
            if flag is not None:
                values[name] = flag
        for name in ("max", "min", "min_words"):
            number = self.number(entry, (*key, name))
            if number is not None:
                values[_KEYS[name]] = int(number) if name == "min_words" else number
        if "swap" in entry:
            values["swap"] = self.swap(entry, (*key, "swap"))
        if "message" in values:
            self._check_message(values["message"], (*key, "message"))
        if not self.bad:
            self._check_patterns(values, key)
        return values

    def _check_message(self, message: str, key: tuple[str | int, ...]) -> None:
        try:
            names = {name for _, name, _, _ in string.Formatter().parse(message) if name}
        except ValueError:
            names = {"{"}
        unknown = names - MESSAGE_FIELDS
        if unknown:
            self.bad = True
            self.problems.error(
                self.path,
                self.lines.line(*key),
                "tone-rule-message",
                f"The message names {', '.join(sorted(unknown))} in braces; it may only use "
                f"{', '.join('{' + n + '}' for n in sorted(MESSAGE_FIELDS))}. "
                "Write '{{' and '}}' for literal braces.",
            )

    def _check_patterns(self, values: Mapping[str, Any], key: tuple[str | int, ...]) -> None:
        checks: list[tuple[str, str | None, tuple[str | int, ...]]] = [
            (p, None, (*key, "patterns", i)) for i, p in enumerate(values.get("patterns", ()))
        ]
        if values.get("regex"):
            checks += [(p, r, (*key, "swap", p)) for p, r in values.get("swap", ())]
        for pattern, replacement, where in checks:
            try:
                compiled = re.compile(spaced(pattern))
                if replacement is not None:
                    # Checks the replacement's group references (\1) against the pattern.
                    compiled.sub(replacement, "")
            except re.error as exc:
                self.bad = True
                self.problems.error(
                    self.path,
                    self.lines.line(*where),
                    "tone-rule-regex",
                    f"Invalid regular expression '{pattern}': {exc}. Fix it, or list the words "
                    "under 'tokens' instead, which needs no escaping.",
                )

    def _rule(
        self, values: dict[str, Any], entry: Mapping[str, Any], key: tuple[str | int, ...]
    ) -> Rule | None:
        line = self.lines.line(*key)
        missing = [name for name in ("id", "kind", "message") if name not in values]
        if missing:
            self.problems.error(
                self.path,
                line,
                "tone-rule-missing",
                f"The rule has no {' and no '.join(missing)}. Every rule needs 'id', 'kind' "
                "and 'message' (or 'extends: ID' to add to an existing rule).",
            )
            return None
        if not _RULE_ID.match(values["id"]):
            self.problems.error(
                self.path,
                self.lines.line(*key, "id"),
                "tone-rule-id",
                f"Rule id '{values['id']}' must be lower-case letters, digits, '-' and '_'.",
            )
            return None
        values.setdefault("category", "style")
        values.setdefault("severity", "warning")
        rule = Rule(**{k: v for k, v in values.items() if k in _RULE_FIELDS}, path=self.path)
        rule = replace(rule, line=line)
        problem = rule_problem(rule)
        if problem is not None:
            self.problems.error(self.path, line, "tone-rule-missing", problem)
            return None
        return rule


def rule_problem(rule: Rule) -> str | None:
    """What a rule of its kind lacks to be usable, or None when it is complete."""
    needs_words = rule.kind in ("existence", "occurrence", "required")
    if needs_words and not (rule.tokens or rule.patterns):
        return f"Rule '{rule.id}' ({rule.kind}) needs 'tokens' or 'patterns' to look for."
    if rule.kind == "substitution" and not rule.swap:
        return f"Rule '{rule.id}' (substitution) needs 'swap': a set of 'phrase: better phrase'."
    if rule.kind in ("occurrence", "sentence_length") and rule.maximum is None:
        return f"Rule '{rule.id}' ({rule.kind}) needs 'max', the most that is still fine."
    if rule.kind == "readability" and rule.maximum is None and rule.minimum is None:
        return (
            f"Rule '{rule.id}' (readability) needs 'max' (highest grade) or 'min' "
            "(lowest reading ease)."
        )
    return None


def spaced(pattern: str) -> str:
    """The pattern with each plain space matching any run of whitespace, line breaks included.

    Drafts wrap lines anywhere, so "you failed to" must match "you\nfailed to". Spaces inside
    [character classes] and escaped spaces keep their meaning; a space before a quantifier
    becomes a single whitespace character, so "a ?b" still means an optional space.
    """
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
            out.append(char)
        elif char == "[":
            in_class = True
            out.append(char)
            # A "]" right after "[" or "[^" is a literal, not the end of the class.
            for literal in ("^", "]"):
                if pattern.startswith(literal, index + 1):
                    index += 1
                    out.append(literal)
        elif char == " ":
            while pattern.startswith(" ", index + 1):
                index += 1
            follows = pattern[index + 1 : index + 2]
            out.append(r"\s" if follows and follows in "?*+{" else r"\s+")
        else:
            out.append(char)
        index += 1
    return "".join(out)
