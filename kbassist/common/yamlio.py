"""YAML parsing that remembers the line of every key, so problems can point at it."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kbassist.common.i18n import _
from kbassist.problems import ProblemList

log = logging.getLogger(__name__)

Key = tuple[str | int, ...]

# Content comes from anyone on the team: an alias bomb (`a: &a [*b, *b, ...]`) must not expand
# into millions of values, and nesting deeper than any real file must not exhaust the stack.
MAX_NODES = 10_000
MAX_DEPTH = 64
# Longer integers cost quadratic time to convert (and Python refuses more than 4300 digits).
MAX_NUMBER_CHARS = 100

_TAG = "tag:yaml.org,2002:"
_STR, _MAP, _SEQ = f"{_TAG}str", f"{_TAG}map", f"{_TAG}seq"


@dataclass
class LineMap:
    """File line (1-based) of each mapping key or list item, addressed by its path."""

    offset: int = 0
    lines: dict[Key, int] = field(default_factory=dict)

    def line(self, *key: str | int) -> int:
        """The line of the deepest known part of key, else the start of the document."""
        probe: Key = tuple(key)
        while probe:
            if probe in self.lines:
                return self.lines[probe]
            probe = probe[:-1]
        return self.offset + 1


# libyaml's parser is several times faster and reports the same marks (line numbers).
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeBase):  # type: ignore[valid-type,misc]
    """Safe loader that keeps dates as text, so a bad date is reported rather than raised."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _RefusedError(Exception):
    """The document cannot be used as a whole; line, code and message say why."""

    def __init__(self, line: int, code: str, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.code = code
        self.message = message


class _Builder:
    """Turns composed YAML nodes into plain values, recording lines and refusing the hostile.

    PyYAML's own constructor follows aliases without limit (a self-referring alias recurses
    for ever), raises on explicit tags it cannot honour (`!!int abc`) and keeps the last of two
    equal keys without a word, so the document is built here instead.
    """

    def __init__(self, loader: _Loader, path: Path, problems: ProblemList, lines: LineMap):
        self.loader = loader
        self.path = path
        self.problems = problems
        self.lines = lines
        self.nodes = 0
        self.active: set[int] = set()

    def line_of(self, node: yaml.Node) -> int:
        return int(node.start_mark.line) + 1 + self.lines.offset

    def build(self, node: yaml.Node, key: Key, depth: int = 0) -> Any:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _RefusedError(
                self.lines.offset + 1,
                "yaml-too-large",
                f"The YAML has more than {MAX_NODES:,} values once its aliases (*name) are "
                "expanded. Write the values out, or split the file.",
            )
        if depth > MAX_DEPTH:
            raise _RefusedError(
                self.line_of(node),
                "yaml-too-deep",
                f"The YAML is nested more than {MAX_DEPTH} levels deep here. "
                "Flatten it: no content file needs this many levels.",
            )
        if id(node) in self.active:
            raise _RefusedError(
                self.line_of(node),
                "yaml-alias-loop",
                "An alias (*name) refers to the value that contains it, so the value never "
                "ends. Write the value out instead of using the alias.",
            )
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        self.active.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                self.check_tag(node, _SEQ)
                items = []
                for index, item in enumerate(node.value):
                    self.lines.lines[(*key, index)] = self.line_of(item)
                    items.append(self.build(item, (*key, index), depth + 1))
                return items
            self.check_tag(node, _MAP)
            return self.mapping(node, key, depth)
        finally:
            self.active.discard(id(node))

    def mapping(self, node: yaml.Node, key: Key, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == f"{_TAG}merge":
                self.merge(result, value_node, key, depth)
                continue
            name = self.build(key_node, key, depth + 1)
            line = self.line_of(key_node)
            if isinstance(name, list | dict):
                raise _RefusedError(
                    line,
                    "yaml-key",
                    "A key here is a list or a mapping. Keys must be plain words, like 'title:'.",
                )
            if name in seen:
                self.problems.warning(
                    self.path,
                    line,
                    "duplicate-key",
                    _(
                        "'{name}' is set twice, at lines {seen} and {line}; the value at line "
                        "{line2} is used. Delete one of them."
                    ).format(name=name, seen=seen[name], line=line, line2=line),
                )
            seen[name] = line
            child: Key = (*key, str(name))
            self.lines.lines[child] = line
            result[name] = self.build(value_node, child, depth + 1)
        return result

    def merge(self, into: dict[Any, Any], node: yaml.Node, key: Key, depth: int) -> None:
        merged = self.build(node, key, depth + 1)
        sources = merged if isinstance(merged, list) else [merged]
        if not all(isinstance(source, dict) for source in sources):
            raise _RefusedError(
                self.line_of(node),
                "yaml-merge",
                "'<<:' must be followed by an alias of a mapping (<<: *defaults).",
            )
        for source in reversed(sources):
            into.update(source)

    def check_tag(self, node: yaml.Node, expected: str) -> None:
        if node.tag != expected:
            self.tag_warning(node, "read as an ordinary " + expected.removeprefix(_TAG))

    def tag_warning(self, node: yaml.Node, how: str) -> None:
        self.problems.warning(
            self.path,
            self.line_of(node),
            "yaml-tag",
            _(
                "The YAML tag '{short_tag}' is not supported here; the value is {how}. Remove "
                "the tag (the part starting with '!')."
            ).format(short_tag=_short_tag(node.tag), how=how),
        )

    def scalar(self, node: yaml.ScalarNode) -> Any:
        value = str(node.value)
        plain = node.style in (None, "")
        expected = self.loader.resolve(yaml.ScalarNode, value, (plain, True))
        tag = node.tag
        if tag not in (expected, _STR):
            self.tag_warning(node, "read as text")
            return value
        if tag == f"{_TAG}null":
            return None
        if tag == f"{_TAG}bool":
            return yaml.constructor.SafeConstructor.bool_values[value.lower()]
        if tag in (f"{_TAG}int", f"{_TAG}float") and len(value) > MAX_NUMBER_CHARS:
            self.problems.warning(
                self.path,
                self.line_of(node),
                "yaml-long-number",
                _(
                    "A number here has {value} characters; it is read as text. Write a shorter "
                    "number, or put it in quotes if it is meant as text."
                ).format(value=len(value)),
            )
            return value
        if tag == f"{_TAG}int":
            return self.loader.construct_yaml_int(node)
        if tag == f"{_TAG}float":
            return self.loader.construct_yaml_float(node)
        # Only str is left (the value tag '=' too is taken as the text it is).
        return value


def parse_yaml(
    text: str, path: Path, problems: ProblemList, first_line: int = 1
) -> tuple[Any, LineMap] | None:
    """Parse text that starts at first_line of path; None (and a problem) when it is unusable."""
    lines = LineMap(offset=first_line - 1)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, lines
        data = _Builder(loader, path, problems, lines).build(node, ())
    except _RefusedError as exc:
        problems.error(path, exc.line, exc.code, exc.message)
        return None
    except yaml.MarkedYAMLError as exc:
        problems.error(path, *_syntax_problem(exc, text, first_line))
        return None
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + first_line
        problems.error(
            path,
            line,
            "yaml-syntax",
            _(
                "YAML cannot contain the character {char} (line {line}). Delete it or replace it "
                "with ordinary text."
            ).format(char=_char(exc.character), line=line),
        )
        return None
    except RecursionError:
        problems.error(
            path,
            first_line,
            "yaml-too-deep",
            _(
                "The YAML is nested too deeply to read. Flatten it: no content file needs "
                "this many levels."
            ),
        )
        return None
    except Exception as exc:  # one hostile file must never take the tool down
        log.warning("Unexpected YAML failure in %s", path, exc_info=True)
        problems.error(
            path,
            first_line,
            "yaml-syntax",
            _("The YAML cannot be read ({exc}). Check the file for unusual syntax.").format(
                exc=exc
            ),
        )
        return None
    finally:
        loader.dispose()
    return data, lines


def _syntax_problem(exc: yaml.MarkedYAMLError, text: str, first_line: int) -> tuple[int, str, str]:
    """Line, code and message for a syntax error: where it was found and where it started."""
    last = first_line + text.rstrip("\n").count("\n")
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + first_line if mark is not None else first_line
    # An unclosed bracket is only noticed at the end of the text; point at its last line.
    line = min(line, last)
    what = exc.problem or "invalid YAML"
    started = ""
    if exc.context_mark is not None and exc.context:
        start = min(exc.context_mark.line + first_line, last)
        if start != line:
            started = f" ({exc.context} that starts at line {start})"
        else:
            started = f" ({exc.context})"
    return (
        line,
        "yaml-syntax",
        f"YAML syntax error at line {line}: {what}{started}. Check the indentation and quoting "
        "(values containing ': ' or starting with a special character need quotes).",
    )


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag


def _char(character: object) -> str:
    code = character if isinstance(character, int) else ord(str(character)[:1] or "\0")
    return f"U+{code:04X}"
