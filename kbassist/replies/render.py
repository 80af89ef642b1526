"""Rendering a reply: the writer's values checked and converted, then run in the sandbox."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from types import TracebackType

from jinja2 import StrictUndefined, Template, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from kbassist.common.languages import primary_language
from kbassist.content.articles import Article
from kbassist.content.folder import Content
from kbassist.content.replies import FieldSpec, ReplyTemplate, pattern_matches
from kbassist.facilities.address import address_block, map_url
from kbassist.facilities.model import Facility
from kbassist.facilities.opening import hours_on
from kbassist.replies.budget import TEMPLATE_FILENAME, Budget, BudgetExceeded, Meter, metered
from kbassist.replies.sandbox import StandIn, deepest_line, make_environment

AGENT_MARKER = "[Your name]"
_UNDEFINED_NAME = re.compile(r"^'([^']+)' is undefined$")
_NO_ATTRIBUTE = re.compile(r"^'(.+?)' has no attribute '([^']+)'$")
_NONE_WORD = re.compile(r"\bNone\b(?!\s+(?:of|at all|whatsoever|other|left|needed)\b)")
_UNDEFINED_WORD = re.compile(r"\bUndefined\b")
_PYTHON_LEAK = re.compile(
    r"<(?:function|built-in method|bound method|class|module)\b|\bobject at 0x[0-9a-fA-F]+>"
)
_TEMPLATE_SYNTAX = ("{{", "}}", "{%", "%}", "{#", "#}")
_DOUBLE_STOP = re.compile(r"(\d)\.\.(?!\.)")


@dataclass(frozen=True)
class FieldIssue:
    """A field the writer still has to fill in (missing) or correct (invalid)."""

    field: str
    label: str
    message: str
    missing: bool = False


@dataclass(frozen=True)
class RenderError:
    """A template that cannot be rendered; line is the line in the template file."""

    line: int | None
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Rendered:
    """A rendered reply and everything that stops it from going out."""

    subject: str
    body: str
    missing: list[str] = field(default_factory=list)
    errors: list[RenderError] = field(default_factory=list)
    field_issues: list[FieldIssue] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    # Field name (or "agent") -> the marker the preview shows in its place.
    markers: dict[str, str] = field(default_factory=dict)

    @property
    def sendable(self) -> bool:
        """True only when the text is complete and safe to copy or send."""
        return not (self.missing or self.errors or self.field_issues or self.problems)

    @property
    def reasons(self) -> list[str]:
        """Why the reply cannot go out yet, most important first, each said once."""
        found = [error.message for error in self.errors]
        missing = [i.label for i in self.field_issues if i.missing]
        if missing:
            found.append("Fill in: " + ", ".join(missing) + ".")
        found += [f"{i.label}: {i.message}" for i in self.field_issues if not i.missing]
        shown = {self.markers[i.field] for i in self.field_issues if i.field in self.markers}
        found += [p for p in self.problems if not any(m in p for m in shown)]
        return found


class Record:
    """Read-only values a template reads as attributes or items; a missing key names itself.

    Not a dict on purpose: a key such as `items` or `values` must not collide with a dict
    method, and the sandbox must see nothing it could modify.
    """

    __slots__ = ("_hint", "_text", "_values")

    def __init__(self, values: Mapping[str, object], hint: str, text: str = "") -> None:
        # hint is a message with {key} and {known}, shown when a template asks for a missing key.
        self._values = dict(values)
        self._hint = hint
        self._text = text

    def __getattr__(self, name: str) -> object:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, key: object) -> object:
        if isinstance(key, str) and key in self._values:
            return self._values[key]
        known = ", ".join(sorted(self._values)) or "none"
        return StrictUndefined(hint=self._hint.format(key=key, known=known))

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return f"Record({self._values!r})"


def facility_record(facility: Facility, today: dt.date, language: str = "en") -> Record:
    """What a template sees for a facility field; its hours in the reply's language."""
    values = {
        "id": facility.id,
        "name": facility.name,
        "address_block": address_block(facility),
        "hours_today": hours_on(facility, today, language),
        "phone": facility.phone,
        "email": facility.email,
        "map_url": map_url(facility),
        "url": facility.url,
        "city": facility.city,
        "postcode": facility.postcode,
        "notes": facility.notes,
        "accessibility": facility.accessibility,
    }
    hint = f"The facility '{facility.id}' has no '{{key}}' (it has: {{known}}). Fix the spelling."
    return Record(values, hint, facility.name)


def article_record(article: Article) -> Record:
    """What a template sees for an article field."""
    values = {
        "id": article.id,
        "title": article.title,
        "summary": article.summary,
        "facts": _facts_record(article),
    }
    hint = "The article field has no '{key}' (it has: {known}). Fix the spelling."
    return Record(values, hint, article.title)


def _facts_record(article: Article) -> Record:
    hint = (
        f"Article '{article.id}' has no fact '{{key}}' (its facts: {{known}}). "
        "Add it to the article's facts or fix the name."
    )
    return Record(article.facts, hint)


def build_context(
    template: ReplyTemplate,
    values: Mapping[str, object],
    content: Content,
    agent_name: str,
    today: dt.date,
) -> tuple[dict[str, object], list[FieldIssue]]:
    """The names a template sees, and every field that is missing or invalid.

    A missing required field, or one whose value cannot be used, is a StandIn marker
    ("[Customer's first name]"); an empty optional field is blank.
    """
    org_hint = (
        "org has no '{key}' (it has: {known}). Add it to the [org] table of kbassist.toml "
        f"(or to [org.{primary_language(template.language)}] for this language only), "
        "or fix the spelling."
    )
    kb_hint = "kb has no article '{key}'. Use the article's path under articles/ without .md."
    agent = agent_name.strip()
    context: dict[str, object] = {
        # The organisation as the reply's language names and signs it ([org.sl] over [org]).
        "org": Record(content.settings.org_for(template.language), org_hint),
        "agent": Record(
            {"name": agent or StandIn(AGENT_MARKER)},
            "agent has no '{key}'; only agent.name is available.",
        ),
        "today": today,
        "kb": Record({a.id: _facts_record(a) for a in content.articles.values()}, kb_hint),
    }
    issues: list[FieldIssue] = []
    for spec in template.fields:
        value, issue = _field_value(spec, values.get(spec.name), content, today, template.language)
        context[spec.name] = value
        if issue is not None:
            issues.append(issue)
    return context, issues


def marker(spec: FieldSpec) -> str:
    """The text a preview shows in place of a field that is not filled in."""
    return f"[{spec.label}]"


def _raw_text(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, bool):
        return "yes" if raw else "no"
    return str(raw)


def _field_value(
    spec: FieldSpec, raw: object, content: Content, today: dt.date, language: str = "en"
) -> tuple[object, FieldIssue | None]:
    text = _raw_text(raw).replace("\r\n", "\n").strip()
    if not text:
        text = _raw_text(spec.default).strip()
    if not text:
        if spec.required:
            issue = FieldIssue(spec.name, spec.label, "Required: fill it in.", missing=True)
            return StandIn(marker(spec)), issue
        return ("" if spec.type in ("text", "multiline", "choice") else StandIn()), None
    try:
        value = _convert(spec, text, content, today, language)
    except ValueError as exc:
        return StandIn(marker(spec)), FieldIssue(spec.name, spec.label, str(exc))
    matches = pattern_matches(spec.pattern, text) if spec.pattern else True
    if matches is None:
        message = (
            "The template's pattern for this field takes too long to check this value. "
            "Ask the template's editor to simplify it."
        )
        return value, FieldIssue(spec.name, spec.label, message)
    if not matches:
        expected = spec.help or f"it must match {spec.pattern}"
        message = f"'{text}' is not in the expected form ({expected})."
        return value, FieldIssue(spec.name, spec.label, message)
    return value, None


def _convert(
    spec: FieldSpec, text: str, content: Content, today: dt.date, language: str = "en"
) -> object:
    """The typed value of text for spec; ValueError says what to write instead."""
    if spec.type == "date":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValueError(
                f"'{text}' is not a date. Write it as YYYY-MM-DD, for example {today.isoformat()}."
            ) from None
    if spec.type == "number":
        return _number(text)
    if spec.type == "choice":
        for choice in spec.choices:
            if text.casefold() == choice.casefold():
                return choice
        raise ValueError(f"'{text}' is not one of the choices: {', '.join(spec.choices)}.")
    if spec.type == "facility":
        facility = content.facilities.get(text)
        if facility is None:
            raise ValueError(f"There is no facility with the id '{text}'.")
        return facility_record(facility, today, language)
    if spec.type == "article":
        article = content.articles.get(text)
        if article is None:
            raise ValueError(f"There is no article with the id '{text}'.")
        return article_record(article)
    if spec.type == "text":
        return " ".join(text.split())
    return "\n".join(line.rstrip() for line in text.split("\n"))


def _number(text: str) -> int | Decimal:
    """A whole number, or a Decimal that keeps the digits as written (12.50 stays 12.50)."""
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    if cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")  # 4,5 is how much of Europe writes 4.5
    try:
        return int(cleaned)
    except ValueError:
        pass
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        raise ValueError(f"'{text}' is not a number. Write it like 12 or 4.50.")
    return number


def render(
    template: ReplyTemplate,
    values: Mapping[str, object],
    content: Content,
    agent_name: str,
    today: dt.date,
    budget: Budget | None = None,
) -> Rendered:
    """Render subject and body within budget; never raises for anything in the template or
    the values. A template over its budget renders nothing and says which limit it hit."""
    context, issues = build_context(template, values, content, agent_name, today)
    env = make_environment(template.language)
    errors: list[RenderError] = []
    with metered(budget or Budget()) as meter:
        subject = _render_part(
            env, template.subject, template.subject_line, "subject", context, meter
        )
        body = _render_part(env, template.body, template.body_line, "body", context, meter)
    for part in (subject, body):
        if isinstance(part, RenderError):
            errors.append(part)
    markers = {spec.name: marker(spec) for spec in template.fields}
    markers["agent"] = AGENT_MARKER
    missing = [i.field for i in issues if i.missing]
    if errors or isinstance(subject, RenderError) or isinstance(body, RenderError):
        # Nothing of a broken or hostile template is shown, not even the part that worked.
        return Rendered("", "", missing, errors, issues, [], markers)
    subject_text = _one_full_stop(" ".join(subject.split()))
    body_text = _one_full_stop(tidy_body(body))
    problems = outgoing_problems(subject_text, body_text, markers.values())
    return Rendered(subject_text, body_text, missing, [], issues, problems, markers)


def _one_full_stop(text: str) -> str:
    """A date that ends with a full stop (Croatian "14. ožujka 2026.") ending a sentence
    too: one full stop, as Croatian writes it, not two."""
    return _DOUBLE_STOP.sub(r"\1.", text)


def tidy_body(text: str) -> str:
    """Trailing spaces and runs of blank lines left by template blocks removed."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    joined = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", joined).strip("\n")


def _render_part(
    env: ImmutableSandboxedEnvironment,
    source: str,
    first_line: int,
    part: str,
    context: Mapping[str, object],
    meter: Meter,
) -> str | RenderError:
    if not source:
        return ""
    compiled: Template | None = None
    try:
        compiled = env.from_string(source)
        chunks = []
        for chunk in compiled.generate(context):
            meter.add_output(chunk)
            chunks.append(chunk)
        return "".join(chunks)
    except BudgetExceeded as exc:
        line = _template_line(exc.__traceback__, first_line)
        if line is None and compiled is not None and meter.code_line:
            # Too much output is noticed between chunks: name the line that wrote last.
            line = first_line + compiled.get_corresponding_lineno(meter.code_line) - 1
        return _error(
            line,
            part,
            f"{exc}, so nothing was rendered. Make the template smaller or simpler there.",
        )
    except (RecursionError, MemoryError, SyntaxError):
        # Nested thousands deep: too deep for the parser, or for Python to compile.
        return _error(
            first_line + deepest_line(env, source) - 1,
            part,
            "the template nests too deep (brackets, filters or blocks inside each other "
            "thousands of times), so nothing was rendered. Simplify it there.",
        )
    except TemplateSyntaxError as exc:
        return _error(
            first_line + (exc.lineno or 1) - 1,
            part,
            f"syntax error: {exc.message}. Check that every '{{{{' has '}}}}' and every "
            "'{%' block is closed.",
        )
    except SecurityError as exc:
        return _error(
            _template_line(exc.__traceback__, first_line),
            part,
            f"the template reaches into Python internals ({exc}), so nothing was rendered. "
            "Remove that expression.",
        )
    except UndefinedError as exc:
        return _error(
            _template_line(exc.__traceback__, first_line), part, _undefined_message(str(exc))
        )
    except Exception as exc:  # any failure inside a template is a content problem, not a crash
        return _error(
            _template_line(exc.__traceback__, first_line),
            part,
            f"{exc} ({type(exc).__name__}). Check the expression there.",
        )


def _error(line: int | None, part: str, text: str) -> RenderError:
    where = f"Line {line}" if line is not None else "The template"
    if part == "subject":
        where += " (subject)"
    return RenderError(line, f"{where}: {text}")


def _template_line(tb: TracebackType | None, first_line: int) -> int | None:
    """The file line of the innermost template frame in tb."""
    found: int | None = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == TEMPLATE_FILENAME:
            found = tb.tb_lineno
        tb = tb.tb_next
    return None if found is None else first_line + found - 1


def _undefined_message(message: str) -> str:
    name = _UNDEFINED_NAME.match(message)
    if name:
        return f"'{name.group(1)}' is not defined — declare it under fields or fix the spelling."
    attribute = _NO_ATTRIBUTE.match(message)
    if attribute:
        owner, attr = attribute.groups()
        return f"{owner} has no '{attr}'. Fix the spelling."
    return message


def outgoing_problems(subject: str, body: str, markers: Iterable[str] = ()) -> list[str]:
    """Everything that must stop this text from being copied or sent, as plain sentences."""
    found: list[str] = []
    for part, text in (("subject", subject), ("body", body)):
        if not text.strip():
            found.append(f"The {part} is empty.")
            continue
        for token in _TEMPLATE_SYNTAX:
            if token in text:
                found.append(
                    f"The {part} contains '{token}', template code that was never filled in. "
                    "Remove it."
                )
                break
        if _NONE_WORD.search(text):
            found.append(f"The {part} contains 'None' where a value should be. Replace it.")
        if _UNDEFINED_WORD.search(text):
            found.append(f"The {part} contains 'Undefined' where a value should be. Replace it.")
        if _PYTHON_LEAK.search(text):
            found.append(f"The {part} contains program text (like '<function ...>'). Remove it.")
        for shown in dict.fromkeys(markers):
            if shown and shown in text:
                found.append(f"The {part} still has the placeholder {shown}. Fill it in.")
    return found


def marker_spans(text: str, markers: Iterable[str]) -> list[tuple[int, int]]:
    """(start, end) of each marker in text, for highlighting what is still missing."""
    spans = []
    for shown in dict.fromkeys(markers):
        if not shown:
            continue
        start = text.find(shown)
        while start != -1:
            spans.append((start, start + len(shown)))
            start = text.find(shown, start + len(shown))
    return sorted(spans)
