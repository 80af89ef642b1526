"""Editing an article's front matter in place, keeping every byte the edit does not touch.

The front matter is read twice: once by the content loader's hardened parser (which refuses
alias bombs and reports syntax errors with the file's line numbers), then by ruamel.yaml's
round-trip loader, which keeps comments, key order and quoting. Only the top-level keys whose
values change are written again; every other line, and the body after the closing `---`, is
copied through unchanged. Unknown tags (`!!python/object ...`) are kept as text and never
turned into Python objects.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq, TaggedScalar
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

from kbassist.content.articles import ARTICLE_KEYS
from kbassist.content.frontmatter import split_document
from kbassist.problems import ProblemList, Severity

# What a front matter value is once read: what YAML scalars, lists and mappings hold.
Value = Any
# Lists the starter content writes on one line (`tags: [a, b]`); others get one item a line.
FLOW_LISTS = frozenset({"tags", "related"})
# Wide enough for the starter articles' longest wrapped lines, so a rewrite keeps their shape.
LINE_WIDTH = 100
# Where comments above the first key are kept while splicing.
_TOP = object()
_DIRECTIVE = re.compile(r"\A%YAML[^\n]*\n---\n")


class FrontMatterError(ValueError):
    """The front matter cannot be edited safely; line (in the whole file) and message say why."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"Line {line}: {message}")
        self.line = line
        self.message = message


class _LenientConstructor(RoundTripConstructor):
    """Round-trip constructor that reads a malformed date or number as the text it is.

    The content loader reports `review_by: 2027-02-30` as a problem instead of failing, so the
    editor must be able to open that article to fix it.
    """

    def construct_lenient(self, node: Any) -> Any:
        constructor = _STRICT[node.tag]
        try:
            value = constructor(self, node)
        except ValueError:
            return str(node.value)
        if node.style is None and node.tag != f"{_TAG}timestamp":
            # `yes`, `~`, `0x1f`, `1:30`: ruamel would write them back as `true`, ``, `31`, `90`.
            return Written(value, str(node.value))
        return value


@dataclass(frozen=True)
class Written:
    """A plain bool, int, float or null as read, with the text it was written as, so a
    rewrite of its key gives that text back."""

    value: Any
    text: str

    def __hash__(self) -> int:
        value = plain(self.value)
        return hash((type(value), value))

    def __eq__(self, other: object) -> bool:
        return same(plain(self), plain(other))


class _WrittenRepresenter(RoundTripRepresenter):
    """Writes a Written value as its original text."""

    def represent_written(self, data: Written) -> Any:
        value = data.value
        kinds = ((bool, "bool"), (int, "int"), (float, "float"))
        tag = next((name for kind, name in kinds if isinstance(value, kind)), "null")
        return self.represent_scalar(f"{_TAG}{tag}", data.text)


_WrittenRepresenter.add_representer(Written, _WrittenRepresenter.represent_written)


_TAG = "tag:yaml.org,2002:"
_STRICT = {
    f"{_TAG}timestamp": RoundTripConstructor.construct_yaml_timestamp,
    f"{_TAG}int": RoundTripConstructor.construct_yaml_int,
    f"{_TAG}float": RoundTripConstructor.construct_yaml_float,
    f"{_TAG}bool": RoundTripConstructor.construct_yaml_bool,
    f"{_TAG}null": RoundTripConstructor.construct_yaml_null,
}
for _tag in _STRICT:
    _LenientConstructor.add_constructor(_tag, _LenientConstructor.construct_lenient)


# The content loader's rules for plain scalars (PyYAML SafeLoader, YAML 1.1 without `y`/`n`
# booleans); ruamel's own 1.1 rules read `y` and `n` as booleans where the loader reads text.
_SAFE_LOADER_RULES: dict[Any, list[tuple[str, Any]]] = {
    first: list(rules) for first, rules in pyyaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _SafeLoaderResolver(VersionedResolver):
    """Resolves plain scalars (bool, int, float, null, timestamp) exactly as SafeLoader does."""

    @property
    def versioned_resolver(self) -> dict[Any, list[tuple[str, Any]]]:
        return _SAFE_LOADER_RULES


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _LenientConstructor
    yaml.Resolver = _SafeLoaderResolver
    yaml.Representer = _WrittenRepresenter
    yaml.preserve_quotes = True
    # The content loader reads YAML 1.1 (PyYAML), where `yes` is true: read and write the same.
    yaml.version = (1, 1)
    yaml.width = LINE_WIDTH
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _dump(data: CommentedMap) -> str:
    stream = io.StringIO()
    _yaml().dump(data, stream)
    # The version directive is for our own loader only; files never carry one.
    return _DIRECTIVE.sub("", stream.getvalue(), count=1)


class FrontMatterEdit:
    """One article source whose front matter can be read, changed and written back.

    `FrontMatterEdit(source)` raises FrontMatterError when the front matter is broken (bad
    YAML, no closing `---`, not a set of `key: value` lines); the source is never altered.
    """

    def __init__(self, source: str) -> None:
        self.original = source
        # Windows editors save CRLF; edit in "\n" and give the file back as it came.
        self._crlf = "\r\n" in source and source.count("\r\n") == source.count("\n")
        text = source.replace("\r\n", "\n") if self._crlf else source
        self._bom = "\ufeff" if text.startswith("\ufeff") else ""
        text = text.removeprefix(self._bom)
        lines = text.split("\n")
        self.has_front_matter = bool(lines) and lines[0].strip() == "---"
        self._dirty: list[str] = []
        if not self.has_front_matter:
            self._head, self._yaml_lines, self._tail = "", [], text
            self._data = CommentedMap()
            self._starts: dict[Any, int] = {}
            return
        _validate(text)
        end = next(i for i in range(1, len(lines)) if lines[i].strip() in ("---", "..."))
        self._head = lines[0] + "\n"
        self._yaml_lines = lines[1:end]
        self._tail = "\n".join(lines[end:])
        self._data = _load("\n".join(self._yaml_lines) + "\n")
        self._starts = _key_starts(self._data, self._yaml_lines)

    @property
    def fields(self) -> dict[str, Value]:
        """Every field as plain Python values (str, int, float, bool, date, list, dict)."""
        return {str(plain(key)): plain(value) for key, value in self._data.items()}

    def get(self, key: str, default: Value = None) -> Value:
        """The plain value of key, or default when the front matter does not set it."""
        return plain(self._data[key]) if key in self._data else default

    def set(self, key: str, value: Value) -> None:
        """Give key a new value; a value equal to the present one (type included) is a no-op."""
        if key in self._data and same(plain(self._data[key]), value):
            return
        old = self._data.get(key)
        converted = _styled(value, old, flow=key in FLOW_LISTS)
        if key in self._data:
            self._data[key] = converted
        else:
            self._data.insert(_insert_position(self._data, key), key, converted)
        self._dirty.append(key)

    def remove(self, key: str) -> None:
        """Remove key from the front matter (nothing happens when it is not there)."""
        if key in self._data:
            del self._data[key]
            self._dirty.append(key)

    def line_of(self, key: str, item: str | int | None = None) -> int:
        """The file line (1-based) of key, or of one item of its list or mapping, as loaded."""
        offset = 1 + int(self.has_front_matter)
        value = self._data.get(key)
        try:
            if isinstance(value, CommentedSeq) and isinstance(item, int):
                return int(value.lc.item(item)[0]) + offset
            if isinstance(value, CommentedMap) and item is not None:
                return int(value.lc.key(item)[0]) + offset
            return int(self._data.lc.key(key)[0]) + offset
        except (KeyError, IndexError, TypeError, AttributeError):
            return offset

    @property
    def changed(self) -> bool:
        """True when some set() or remove() changed a value."""
        return bool(self._dirty)

    def text(self) -> str:
        """The whole source with the changes made; the original text when nothing changed."""
        if not self._dirty:
            return self.original
        expected = plain(self._data)
        yaml_text = self._spliced() if self._starts else None
        if yaml_text is None or not _reads_as(yaml_text, expected):
            # Anchors shared between keys, merge keys or unusual layouts: write it all anew.
            yaml_text = _dump(self._data) if self._data else ""
        if self.has_front_matter:
            result = self._head + yaml_text + self._tail
        elif yaml_text:
            result = "---\n" + yaml_text + "---\n" + self._tail
        else:
            result = self._tail
        result = self._bom + result
        return result.replace("\n", "\r\n") if self._crlf else result

    def _spliced(self) -> str | None:
        """The YAML text with only the changed keys rewritten; None when it cannot be done."""
        lines = self._yaml_lines
        order = list(self._starts)
        bounds = [self._starts[k] for k in order] + [len(lines)]
        segments = {key: lines[bounds[i] : bounds[i + 1]] for i, key in enumerate(order)}
        # A removed key leaves its trailing comments, which describe what follows it, behind
        # the nearest earlier key that stays (or the comments at the top).
        kept_after: dict[Any, list[str]] = {_TOP: lines[: bounds[0]]}
        survivor: Any = _TOP
        for name in order:
            if name in self._data:
                survivor = name
                kept_after.setdefault(name, [])
            else:
                kept_after[survivor] = kept_after.get(survivor, []) + _trailer(segments[name])
        joined = list(kept_after[_TOP])
        # Comments after a key's value describe the next original key: a new key goes
        # before them, so they stay above what they describe.
        pending: list[str] = []
        dirty = set(self._dirty)
        for key in self._data:
            name = key
            original = segments.get(name)
            if original is None:
                joined += _content(_dump_key(self._data, key).rstrip("\n").split("\n"))
                continue
            joined += pending
            if name in dirty:
                joined += _content(_dump_key(self._data, key).rstrip("\n").split("\n"))
            else:
                joined += _content(original)
            pending = _trailer(original) + kept_after.get(name, [])
        joined += pending
        return "\n".join(joined) + "\n" if joined else ""


def read_fields(source: str) -> dict[str, Value]:
    """The front matter fields of an article source as plain values; raises FrontMatterError."""
    return FrontMatterEdit(source).fields


def update_front_matter(
    source: str, changes: Mapping[str, Value], remove: Iterable[str] = ()
) -> str:
    """source with changes set and the keys in remove removed; raises FrontMatterError."""
    edit = FrontMatterEdit(source)
    for key, value in changes.items():
        edit.set(key, value)
    for key in remove:
        edit.remove(key)
    return edit.text()


def plain(value: Value) -> Value:
    """A ruamel value as plain Python: CommentedMap -> dict, tagged scalars -> their text."""
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, Written):
        return plain(value.value)
    if isinstance(value, TaggedScalar):
        return str(value.value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, dt.datetime):
        return dt.datetime.fromisoformat(value.isoformat())
    return value


def same(first: Value, second: Value) -> bool:
    """Equal values of equal types (True is not 1, '24' is not 24), at every level."""
    if type(first) is not type(second):
        return False
    if isinstance(first, dict):
        return list(first) == list(second) and all(same(first[k], second[k]) for k in first)
    if isinstance(first, list):
        return len(first) == len(second) and all(map(same, first, second))
    return bool(first == second)


def scalar_from_text(text: str) -> Value:
    """A value typed in a form, read as YAML reads it: '24' -> 24, 'true' -> True, else text."""
    stripped = text.strip()
    if not stripped:
        return ""
    try:
        value = _yaml().load(stripped)
    except (YAMLError, ValueError):
        return text
    if isinstance(value, dict | list) or value is None or isinstance(value, TaggedScalar):
        return text
    return plain(value)


def scalar_to_text(value: Value) -> str:
    """How a scalar is shown in a form: the text scalar_from_text reads back as value."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and not same(scalar_from_text(value), value):
        # Text that would read as a number or a yes/no is quoted, so it stays text.
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def _validate(text: str) -> None:
    problems = ProblemList()
    if split_document(text, Path("article.md"), problems) is None:
        error = next(p for p in problems if p.severity is Severity.ERROR)
        raise FrontMatterError(error.line or 1, error.message)


def _load(yaml_text: str) -> CommentedMap:
    try:
        data = _yaml().load(yaml_text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line if mark is not None else 0) + 2
        what = exc.problem or exc.context or "invalid YAML"
        raise FrontMatterError(
            line, f"The front matter cannot be edited: {what}. Fix the YAML at this line."
        ) from exc
    except (YAMLError, ValueError, RecursionError) as exc:
        raise FrontMatterError(2, f"The front matter cannot be edited: {exc}.") from exc
    if data is None:
        return CommentedMap()
    if not isinstance(data, CommentedMap):
        raise FrontMatterError(2, "The front matter must be a set of 'key: value' lines.")
    return data


def _key_starts(data: CommentedMap, lines: list[str]) -> dict[Any, int]:
    """The first line (0-based) of each top-level key; empty when splicing is not safe."""
    if data.fa.flow_style() or getattr(data, "merge", None):
        return {}
    starts: dict[Any, int] = {}
    previous = -1
    for key in data:
        if isinstance(key, dict | list | tuple | TaggedScalar):
            return {}
        line, column = data.lc.key(key)
        # A key that is not text (`1: x`, `2026-01-01: y`) is written as the line starts.
        start = key if isinstance(key, str) else lines[line][:1]
        if column != 0 or line <= previous or not start or not lines[line].startswith(start):
            return {}
        if not isinstance(key, str) and lines[line][0] in "#-?[{ \t\"'":
            return {}
        starts[key] = previous = line
    return starts


def _dump_key(data: CommentedMap, key: Any) -> str:
    single = CommentedMap()
    single[key] = data[key]
    comment = data.ca.items.get(key)
    if comment is not None:
        single.ca.items[key] = comment
    return _dump(single)


def _is_trailer_line(line: str) -> bool:
    return not line.strip() or line.startswith("#")


def _trailer(lines: list[str]) -> list[str]:
    """The blank and column-0 comment lines that end a key's lines."""
    cut = len(lines)
    while cut > 0 and _is_trailer_line(lines[cut - 1]):
        cut -= 1
    return lines[cut:]


def _content(lines: list[str]) -> list[str]:
    trailer = _trailer(lines)
    return lines[: len(lines) - len(trailer)]


def _reads_as(yaml_text: str, expected: Value) -> bool:
    try:
        data = _yaml().load(yaml_text)
    except (YAMLError, ValueError):
        return False
    return same(plain(data if data is not None else CommentedMap()), expected)


def _insert_position(data: CommentedMap, key: str) -> int:
    """Where a new key goes: after the last present key that comes before it in house order."""
    if key not in ARTICLE_KEYS:
        return len(data)
    rank = ARTICLE_KEYS.index(key)
    position = 0
    for index, present in enumerate(data):
        if present in ARTICLE_KEYS and ARTICLE_KEYS.index(present) < rank:
            position = index + 1
    return position


_STRING_STYLES = (
    DoubleQuotedScalarString,
    SingleQuotedScalarString,
    LiteralScalarString,
    FoldedScalarString,
)


def _styled(value: Value, old: Any, *, flow: bool = False) -> Any:
    """value as a ruamel object, in old's style (quotes, flow or block, comments) where it can."""
    if old is not None and same(plain(old), value):
        return old
    if isinstance(value, str):
        if "\n" in value.strip("\n"):
            return LiteralScalarString(value)
        for style in _STRING_STYLES[:2]:
            if isinstance(old, style):
                return style(value)
        return str(value)
    if isinstance(value, list | tuple):
        seq = old if isinstance(old, CommentedSeq) else CommentedSeq()
        if not isinstance(old, CommentedSeq) and flow:
            seq.fa.set_flow_style()
        items = list(value)
        while len(seq) > len(items):
            del seq[-1]
        for index, item in enumerate(items):
            if index < len(seq):
                seq[index] = _styled(item, seq[index])
            else:
                seq.append(_styled(item, None))
        return seq
    if isinstance(value, Mapping):
        mapping = old if isinstance(old, CommentedMap) else CommentedMap()
        for key in [k for k in mapping if k not in value]:
            del mapping[key]
        for key, item in value.items():
            if key in mapping:
                mapping[key] = _styled(item, mapping[key])
            else:
                mapping[key] = _styled(item, None)
        if list(mapping) != list(value):
            for key in value:
                mapping.move_to_end(key)
        return mapping
    return value
