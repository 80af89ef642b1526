"""Reply templates: Jinja2 bodies with YAML front matter declaring the fields to fill in."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex

from kbassist.common.fields import FieldReader
from kbassist.common.textfile import read_text
from kbassist.content.articles import item_id
from kbassist.content.frontmatter import split_document
from kbassist.problems import ProblemList

REPLY_KEYS = (
    "title", "kind", "language", "tags", "subject", "max_words", "fields", "translations"
)  # fmt: skip
# "sample" is a made-up value the editor's preview renders with; replies never use it.
FIELD_KEYS = (
    "label", "type", "required", "default", "sample", "choices", "pattern", "help"
)  # fmt: skip
FIELD_TYPES = ("text", "multiline", "date", "number", "choice", "facility", "article")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# A field's pattern is checked as the writer types: it gets this long per value, and a
# pattern that backtracks for longer than that (like (a|aa)+) is a content problem.
PATTERN_TIMEOUT_SECONDS = 0.1
# Values that make a backtracking pattern run away: runs of one kind of character, then a
# character that fails the match at the very end.
_PROBES = (*(c * 40 + "!" for c in "a1 .-_@A"), "aA1 -" * 8 + "!")
_PROBE_TIMEOUT_SECONDS = 0.05


def pattern_matches(pattern: str, text: str) -> bool | None:
    """Whether text matches all of pattern; None when the pattern takes too long to tell."""
    try:
        return regex.fullmatch(pattern, text, timeout=PATTERN_TIMEOUT_SECONDS) is not None
    except TimeoutError:
        return None


def _pattern_problem(pattern: str) -> str | None:
    """Why pattern cannot be used for a field; None when it can."""
    try:
        compiled = regex.compile(pattern)
    except regex.error as exc:
        return f"an invalid pattern: {exc}. Fix the regular expression"
    for probe in _PROBES:
        try:
            compiled.fullmatch(probe, timeout=_PROBE_TIMEOUT_SECONDS)
        except TimeoutError:
            return (
                f"a pattern that takes too long on a value like '{probe[:12]}…' (it backtracks "
                "catastrophically, as nested repeats like (a+)+ or (a|aa)+ do). Rewrite it "
                "without a repeat inside a repeat"
            )
    return None


@dataclass(frozen=True)
class FieldSpec:
    """One value the writer fills in before a reply can go out."""

    name: str
    label: str
    type: str = "text"
    required: bool = False
    default: Any = None
    sample: Any = None
    choices: tuple[str, ...] = ()
    pattern: str = ""
    help: str = ""
    line: int = 1


@dataclass(frozen=True)
class ReplyTemplate:
    """A reply template; its id is its path under replies/ without .md."""

    id: str
    path: Path
    title: str
    body: str
    kind: str = "information"
    language: str = "en"
    tags: tuple[str, ...] = ()
    subject: str = ""
    max_words: int | None = None
    fields: tuple[FieldSpec, ...] = ()
    # The same reply in other languages, as articles list theirs: language -> template id.
    translations: dict[str, str] = dataclasses.field(default_factory=dict)
    body_line: int = 1
    subject_line: int = 1
    # Line of each translations entry (by language) and of the fields key, for problems.
    ref_lines: dict[str, int] = dataclasses.field(default_factory=dict, compare=False, repr=False)

    def field(self, name: str) -> FieldSpec | None:
        """The field called name, if the template declares it."""
        return next((f for f in self.fields if f.name == name), None)


def load_reply(
    path: Path, folder: Path, default_language: str, problems: ProblemList
) -> ReplyTemplate | None:
    """Read one reply template file; None when it cannot be used at all."""
    text = read_text(path, problems)
    if text is None:
        return None
    return parse_reply(text, path, folder, default_language, problems)


def parse_reply(
    text: str, path: Path, folder: Path, default_language: str, problems: ProblemList
) -> ReplyTemplate | None:
    """The template text would be once saved at path (the editor checks unsaved text so)."""
    doc = split_document(text, path, problems)
    if doc is None:
        return None
    reader = FieldReader(doc.meta, path, doc.lines, problems)
    title = reader.text("title")
    if not title:
        problems.error(
            path,
            reader.line("title") if "title" in doc.meta else 1,
            "missing-title",
            "The reply template has no title. Add 'title: ...' to its front matter.",
        )
        return None
    reader.unknown_keys(REPLY_KEYS, "reply template")
    translations_raw = reader.mapping("translations", "a set of language: template-id pairs")
    translations = {str(lang): str(target) for lang, target in translations_raw.items()}
    ref_lines = {lang: reader.lines.line("translations", lang) for lang in translations}
    ref_lines["fields"] = reader.line("fields")
    return ReplyTemplate(
        id=item_id(path, folder),
        path=path,
        title=title,
        body=doc.body.strip("\n"),
        kind=reader.text("kind", "information") or "information",
        language=reader.text("language", default_language) or default_language,
        tags=reader.text_list("tags"),
        subject=reader.text("subject"),
        max_words=reader.whole_number("max_words"),
        fields=_read_fields(reader),
        translations=translations,
        body_line=doc.body_line + _leading_blank_lines(doc.body),
        subject_line=reader.line("subject"),
        ref_lines=ref_lines,
    )


def _leading_blank_lines(body: str) -> int:
    return len(body) - len(body.lstrip("\n"))


def _read_fields(reader: FieldReader) -> tuple[FieldSpec, ...]:
    raw = reader.mapping("fields", "a set of field-name: {label, type, ...} entries")
    specs: list[FieldSpec] = []
    for name, spec in raw.items():
        line = reader.lines.line("fields", name)
        if not _IDENTIFIER.match(name):
            reader.problems.error(
                reader.path,
                line,
                "invalid-field-name",
                f"Field name '{name}' must be letters, digits and underscores, "
                "starting with a letter (for example customer_name).",
            )
            continue
        if spec is None:
            spec = {}
        if not isinstance(spec, dict):
            reader.problems.error(
                reader.path,
                line,
                "wrong-type",
                f"Field '{name}' must be a set of settings (label, type, required, ...).",
            )
            continue
        specs.append(_read_field(name, spec, reader))
    return tuple(specs)


def _read_field(name: str, spec: dict[str, Any], parent: FieldReader) -> FieldSpec:
    reader = FieldReader(spec, parent.path, parent.lines, parent.problems, ("fields", name))
    reader.unknown_keys(FIELD_KEYS, f"'{name}'")
    kind = reader.choice("type", FIELD_TYPES, "text")
    choices = reader.text_list("choices")
    pattern = reader.text("pattern")
    problem = _pattern_problem(pattern) if pattern else None
    if problem is not None:
        parent.problems.error(
            parent.path,
            reader.line("pattern"),
            "invalid-pattern",
            f"Field '{name}' has {problem}.",
        )
        pattern = ""
    if kind == "choice" and not choices:
        parent.problems.error(
            parent.path,
            reader.line("type"),
            "missing-choices",
            f"Field '{name}' is a choice but lists no choices. Add 'choices: [a, b]'.",
        )
    return FieldSpec(
        name=name,
        label=reader.text("label", name.replace("_", " ").capitalize()),
        type=kind,
        required=reader.flag("required"),
        default=spec.get("default"),
        sample=spec.get("sample"),
        choices=choices,
        pattern=pattern,
        help=reader.text("help"),
        line=parent.lines.line("fields", name),
    )
