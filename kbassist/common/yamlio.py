"""YAML parsing that remembers the line of every key, so problems can point at it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kbassist.problems import ProblemList

Key = tuple[str | int, ...]


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


def _record(node: yaml.Node, prefix: Key, lines: LineMap) -> None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key: Key = (*prefix, str(key_node.value))
            lines.lines[key] = key_node.start_mark.line + 1 + lines.offset
            _record(value_node, key, lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            key = (*prefix, index)
            lines.lines[key] = item.start_mark.line + 1 + lines.offset
            _record(item, key, lines)


# libyaml's parser is several times faster and reports the same marks (line numbers).
_SafeBase: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeBase):  # type: ignore[valid-type,misc]
    """Safe loader that keeps dates as text, so a bad date is reported rather than raised."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_yaml(
    text: str, path: Path, problems: ProblemList, first_line: int = 1
) -> tuple[Any, LineMap] | None:
    """Parse text that starts at first_line of path; None (and a problem) on a syntax error."""
    lines = LineMap(offset=first_line - 1)
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, lines
        _record(node, (), lines)
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + first_line if mark is not None else first_line
        # An unclosed bracket is only noticed at the end of the text; point at its last line.
        line = min(line, first_line + text.rstrip("\n").count("\n"))
        what = exc.problem or "invalid YAML"
        problems.error(
            path,
            line,
            "yaml-syntax",
            f"YAML syntax error: {what}. Check the indentation and quoting on this line "
            "(values containing ': ' or starting with a special character need quotes).",
        )
        return None
    except yaml.YAMLError as exc:
        problems.error(path, first_line, "yaml-syntax", f"YAML error: {exc}.")
        return None
    finally:
        loader.dispose()
    return data, lines
