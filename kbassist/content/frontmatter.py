"""Splitting a markdown file into YAML front matter and body, keeping line numbers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kbassist.common.i18n import _
from kbassist.common.textfile import read_text
from kbassist.common.yamlio import LineMap, parse_yaml
from kbassist.problems import ProblemList


@dataclass
class Document:
    """A content file: its front matter (possibly empty), its body, and where each starts."""

    meta: dict[str, Any]
    body: str
    body_line: int
    lines: LineMap = field(default_factory=LineMap)
    has_front_matter: bool = True


def read_document(path: Path, problems: ProblemList) -> Document | None:
    """Read path and split it; None (with a problem recorded) when it cannot be used."""
    text = read_text(path, problems)
    if text is None:
        return None
    return split_document(text, path, problems)


def split_document(text: str, path: Path, problems: ProblemList) -> Document | None:
    """Parse front matter between `---` lines; None when it is present but unusable."""
    all_lines = text.split("\n")
    if not all_lines or all_lines[0].strip() != "---":
        return Document({}, text, 1, LineMap(), has_front_matter=False)
    end = next(
        (i for i in range(1, len(all_lines)) if all_lines[i].strip() in ("---", "...")), None
    )
    if end is None:
        problems.error(
            path,
            1,
            "unclosed-front-matter",
            _(
                "The front matter starts with '---' but has no closing '---' line. "
                "Add a line with '---' after the last front matter field."
            ),
        )
        return None
    parsed = parse_yaml("\n".join(all_lines[1:end]), path, problems, first_line=2)
    if parsed is None:
        return None
    meta, lines = parsed
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        problems.error(
            path,
            2,
            "wrong-type",
            _(
                "The front matter must be a set of 'key: value' lines, not a list or a single "
                "value."
            ),
        )
        return None
    body = "\n".join(all_lines[end + 1 :])
    return Document(meta, body, end + 2, lines)
