"""An article's sections: each heading with the path of headings above it, its anchor, its text.

Search keeps each article's sections with it and scores them, so the passage that answers a
question can be shown and scrolled to; the anchors are the ids the article view gives its
headings (the markdown toc extension's), so a section found by search is a place the view
can go to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown.extensions.toc import slugify, unique

from kbassist.content.plaintext import plain_markdown

# A markdown heading line (group 1 its #s, group 2 its text) and a code fence line: the one
# rule for both, which the editor's colours, preview and scrolling use too.
HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
FENCE = re.compile(r"^ {0,3}(```|~~~)")


@dataclass(frozen=True)
class Section:
    """The text under one heading, up to the next heading of any level."""

    # Headings from the top of the article down to this one ("Returns", "Furniture").
    path: tuple[str, ...]
    # The heading's id in the article view; empty for the text before the first heading.
    anchor: str
    # Line of the heading (or of the text, for the opening) within the body, from 0.
    line: int
    # The section's text as plain words, without its heading.
    text: str

    @property
    def heading(self) -> str:
        """The section's own heading ("" for the opening text)."""
        return self.path[-1] if self.path else ""


def sections(body: str) -> list[Section]:
    """The sections of a markdown body, in order; sections without text are kept (a heading
    alone can still be what a caller asks about)."""
    found: list[Section] = []
    path: list[tuple[int, str]] = []
    ids: set[str] = set()
    anchor, line = "", 0
    heading_path: tuple[str, ...] = ()
    lines: list[str] = []
    fenced = False

    def close() -> None:
        text = plain_markdown("\n".join(lines))
        if text or heading_path:
            found.append(Section(heading_path, anchor, line, text))

    for number, raw in enumerate(body.splitlines()):
        if FENCE.match(raw):
            fenced = not fenced
        match = None if fenced else HEADING.match(raw)
        if match is None:
            lines.append(raw)
            continue
        close()
        level, title = len(match.group(1)), plain_markdown(match.group(2))
        while path and path[-1][0] >= level:
            path.pop()
        path.append((level, title))
        anchor = unique(slugify(title, "-"), ids)
        line, heading_path, lines = number, tuple(t for _, t in path), []
    close()
    return found
