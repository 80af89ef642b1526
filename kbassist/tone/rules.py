"""Tone rule files: reading and validating the YAML packs, with a problem per broken entry."""

from __future__ import annotations

import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from kbassist.common.fields import FieldReader
from kbassist.common.i18n import _
from kbassist.common.languages import normalise_tag
from kbassist.common.yamlio import parse_yaml
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
FILE_KEYS = (
    "language",
    "name",
    "count",
    "sentence_end",
    "abbreviations",
    "ignore_accents",
    "disable",
    "rules",
)
COUNT_MODES = ("words", "characters")
# Fields each message may name, in braces: "{match}" and so on.
MESSAGE_FIELDS = frozenset(
    {"match", "replacement", "count", "max", "min", "words", "target", "score", "measure"}
)
_LIST_FIELDS = ("tokens", "patterns", "exceptions", "kinds", "not_kinds", "placeholders")
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
    # Template fields that supply what a required rule asks for ("org.sign_off").
    placeholders: tuple[str, ...] = ()
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
    # True: words match with or without accents ('λάθος' = 'λαθος', 'greška' = 'greska').
    ignore_accents: bool | None = None
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
    "placeholders": "placeholders",
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
            _(
                "A tone rule file must be a set of 'key: value' lines with 'language:' and "
                "'rules:'."
            ),
        )
        return None
    reader = FieldReader(data, path, lines, problems)
    reader.unknown_keys(FILE_KEYS, "tone rule file")
    language = normalise_tag(reader.text("language"))
    if not language:
        if not reader.wrong_values:
            problems.error(
                path,
                lines.line("language"),
                "tone-rule-missing",
                _(
                    "The tone rule file names no language. Add 'language: en' (or '*' for "
                    "every language) at the top."
                ),
            )
        return None
    rules: list[Rule] = []
    patches: list[RulePatch] = []
    seen: set[str] = set()
    entries = reader.entries("rules", "a list, each entry starting with '- id:' (or '- extends:')")
    for index, entry in enumerate(entries):
        item = _rule_entry(entry, ("rules", index), reader)
        if isinstance(item, Rule):
            if item.id in seen:
                problems.error(
                    path,
                    item.line,
                    "tone-rule-duplicate",
                    _(
                        "Rule id '{id}' is used twice in this file. Give each rule its own id."
                    ).format(id=item.id),
                )
                continue
            seen.add(item.id)
            rules.append(item)
        elif isinstance(item, RulePatch):
            patches.append(item)
    return RuleFile(
        path=path,
        language=language,
        name=reader.text("name"),
        count=reader.choice("count", COUNT_MODES, None),
        sentence_end=reader.text("sentence_end", None) or None,
        abbreviations=reader.text_list("abbreviations"),
        ignore_accents=reader.flag("ignore_accents", None),
        disable=reader.text_items("disable"),
        rules=tuple(rules),
        patches=tuple(patches),
    )


def _rule_entry(
    entry: Any, key: tuple[str | int, ...], parent: FieldReader
) -> Rule | RulePatch | None:
    """One item of 'rules': a whole rule (id) or a patch to another (extends)."""
    path, lines, problems = parent.path, parent.lines, parent.problems
    line = lines.line(*key)
    if not isinstance(entry, dict):
        problems.error(
            path,
            line,
            "wrong-type",
            _("Each rule must be a set of 'key: value' lines starting with '- id:'."),
        )
        return None
    reader = FieldReader(entry, path, lines, problems, key)
    reader.unknown_keys(_KEYS, "rule")
    values = _values(reader)
    if values is None:
        return None
    if "extends" in values:
        target = str(values.pop("extends"))
        if "id" in values or "kind" in values:
            problems.error(
                path,
                line,
                "tone-rule-extends",
                _(
                    "A rule that extends '{target}' takes no 'id' or 'kind' of its own. "
                    "Remove them, or drop 'extends' to define a new rule."
                ).format(target=target),
            )
            return None
        return RulePatch(target, values, path, line)
    return _rule(values, reader)


def _values(reader: FieldReader) -> dict[str, Any] | None:
    """The settings an entry gives, by Rule field; None when any of them is wrong."""
    entry = reader.meta
    values: dict[str, Any] = {}
    for name in ("id", "extends", "category", "message", "replacement"):
        text = reader.text(name, None)
        if text is not None:
            values[_KEYS[name]] = text
    for name, allowed in (("kind", RULE_KINDS), ("severity", SEVERITIES), ("where", WHERE)):
        word = reader.choice(name, allowed, None)
        if word is not None:
            values[name] = word
    for name in _LIST_FIELDS:
        items = reader.text_list(name)
        if name in entry:
            values[name] = tuple(i.lower() for i in items) if "kinds" in name else items
    for name in ("regex", "match_case", "policy_exempt"):
        flag = reader.flag(name, None)
        if flag is not None:
            values[name] = flag
    for name in ("max", "min"):
        number = reader.number(name, minimum=0)
        if number is not None:
            values[_KEYS[name]] = number
    min_words = reader.whole_number("min_words", minimum=0)
    if min_words is not None:
        values["min_words"] = min_words
    if "swap" in entry:
        swap = reader.text_mapping("swap", "a set of 'phrase: better phrase' lines")
        values["swap"] = tuple(swap.items())
    if reader.wrong_values:
        return None
    if "message" in values and not _message_fields_known(values["message"], reader):
        return None
    if not _patterns_compile(values, reader):
        return None
    return values


def _message_fields_known(message: str, reader: FieldReader) -> bool:
    """True when the message names only fields a finding fills in; else a problem."""
    try:
        names = {part[1] for part in string.Formatter().parse(message) if part[1]}
    except ValueError:
        names = {"{"}
    unknown = names - MESSAGE_FIELDS
    if unknown:
        reader.problems.error(
            reader.path,
            reader.line("message"),
            "tone-rule-message",
            _(
                "The message names {unknown} in braces; it may only use {known}. "
                "Write '{{{{' and '}}}}' for literal braces."
            ).format(
                unknown=", ".join(sorted(unknown)),
                known=", ".join("{" + n + "}" for n in sorted(MESSAGE_FIELDS)),
            ),
        )
    return not unknown


def _patterns_compile(values: Mapping[str, Any], reader: FieldReader) -> bool:
    """True when every pattern (and regex swap) compiles; else a problem at each that does not."""
    # The patterns were read without a problem already, so reading them again reports none.
    checks: list[tuple[str, str | None, int]] = [
        (p, None, line) for p, line in reader.text_items("patterns")
    ]
    if values.get("regex"):
        where = reader.lines.line
        checks += [(p, r, where(*reader.prefix, "swap", p)) for p, r in values.get("swap", ())]
    ok = True
    for pattern, replacement, line in checks:
        try:
            compiled = re.compile(spaced(pattern))
            if replacement is not None:
                # Checks the replacement's group references (\1) against the pattern.
                compiled.sub(replacement, "")
        except re.error as exc:
            ok = False
            reader.problems.error(
                reader.path,
                line,
                "tone-rule-regex",
                _(
                    "Invalid regular expression '{pattern}': {error}. Fix it, or list the "
                    "words under 'tokens' instead, which needs no escaping."
                ).format(pattern=pattern, error=exc),
            )
    return ok


def _rule(values: dict[str, Any], reader: FieldReader) -> Rule | None:
    """The rule the values define, once it has all its kind needs; else a problem."""
    path, problems = reader.path, reader.problems
    line = reader.lines.line(*reader.prefix)
    missing = [name for name in ("id", "kind", "message") if name not in values]
    if missing:
        problems.error(
            path,
            line,
            "tone-rule-missing",
            _(
                "The rule has no {missing}. Every rule needs 'id', 'kind' and 'message' "
                "(or 'extends: ID' to add to an existing rule)."
            ).format(missing=_(" and no ").join(missing)),
        )
        return None
    if not _RULE_ID.match(values["id"]):
        problems.error(
            path,
            reader.line("id"),
            "tone-rule-id",
            _("Rule id '{id}' must be lower-case letters, digits, '-' and '_'.").format(
                id=values["id"]
            ),
        )
        return None
    values.setdefault("category", "style")
    values.setdefault("severity", "warning")
    rule = Rule(**{k: v for k, v in values.items() if k in _RULE_FIELDS}, path=path)
    rule = replace(rule, line=line)
    problem = rule_problem(rule)
    if problem is not None:
        problems.error(path, line, "tone-rule-missing", problem)
        return None
    return rule


def rule_problem(rule: Rule) -> str | None:
    """What a rule of its kind lacks to be usable, or None when it is complete."""
    needs_words = rule.kind in ("existence", "occurrence", "required")
    if needs_words and not (rule.tokens or rule.patterns):
        return _("Rule '{id}' ({kind}) needs 'tokens' or 'patterns' to look for.").format(
            id=rule.id, kind=rule.kind
        )
    if rule.kind == "substitution" and not rule.swap:
        return _(
            "Rule '{id}' (substitution) needs 'swap': a set of 'phrase: better phrase'."
        ).format(id=rule.id)
    if rule.kind in ("occurrence", "sentence_length") and rule.maximum is None:
        return _("Rule '{id}' ({kind}) needs 'max', the most that is still fine.").format(
            id=rule.id, kind=rule.kind
        )
    if rule.kind == "readability" and rule.maximum is None and rule.minimum is None:
        return _(
            "Rule '{id}' (readability) needs 'max' (highest grade) or 'min' (lowest reading ease)."
        ).format(id=rule.id)
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
