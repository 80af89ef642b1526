"""The preview's markdown rendered a section at a time, so a keystroke re-renders one section.

Python-Markdown's time grows faster than the text (it rebuilds a paragraph for every inline
element), so a 20 KB article takes tens of milliseconds each time. Typing changes one section:
the others are taken from the last render. Each section goes through the same
markdown_to_html as the article view; a text with reference-style link definitions (which
may sit in any section) is rendered whole.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from kbassist.content.markdown_html import MAX_MARKDOWN_CHARS, markdown_to_html
from kbassist.content.sections import FENCE, HEADING

# Sections are grouped into chunks of at least this many characters: each render call costs
# about a millisecond before any text, so a chunk per heading would make the first preview
# slower than rendering the whole text once.
CHUNK_CHARS = 2_000
_REFERENCE_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:", re.MULTILINE)


def split_sections(text: str, chunk_chars: int = CHUNK_CHARS) -> list[str]:
    """text cut before headings outside code fences, in parts of at least chunk_chars
    (the last may be shorter); joined, the parts are text."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    fenced = False
    for line in text.split("\n"):
        if FENCE.match(line):
            fenced = not fenced
        elif not fenced and HEADING.match(line) and size >= chunk_chars:
            parts.append("\n".join(current) + "\n")
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    parts.append("\n".join(current))
    return parts


class SectionCache:
    """Renders markdown section by section, reusing the sections that did not change."""

    def __init__(self) -> None:
        self._known: frozenset[str] = frozenset()
        self._base = ""
        self._sections: dict[str, str] = {}
        # Sections rendered (not reused) by the last call, for tests and the benchmark.
        self.rendered_last = 0

    def render(self, text: str, known_ids: Collection[str], *, base: str = "") -> str:
        """The HTML of text, as markdown_to_html gives it section by section.

        Raises MarkdownTooComplexError past MAX_MARKDOWN_CHARS, as markdown_to_html does.
        """
        known = frozenset(known_ids)
        if known != self._known or base != self._base:
            # Links resolve against the ids and the article's folder: a change there
            # changes every section.
            self._sections = {}
            self._known, self._base = known, base
        if len(text) > MAX_MARKDOWN_CHARS or _REFERENCE_DEFINITION.search(text):
            self.rendered_last = 1
            return markdown_to_html(text, known, base=base)
        fresh: dict[str, str] = {}
        parts: list[str] = []
        rendered = 0
        for section in split_sections(text):
            html = fresh.get(section) or self._sections.get(section)
            if html is None:
                html = markdown_to_html(section, known, base=base)
                rendered += 1
            fresh[section] = html
            parts.append(html)
        self._sections = fresh
        self.rendered_last = rendered
        return "".join(parts)
