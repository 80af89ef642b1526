"""Quoting an article in a reply: its summary and sections as plain email text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kbassist.content.articles import Article
from kbassist.content.plaintext import plain_markdown


@dataclass(frozen=True)
class Quotable:
    """A piece of an article a writer can insert into a reply: its summary or a section."""

    title: str
    text: str
    # For the team only: from an internal article, or a section such as "Questions to ask".
    internal: bool = False


# Sections written for the agent, not the customer, in any article.
INTERNAL_SECTIONS = frozenset({"questions to ask", "escalate when"})
# Lines shorter than this are too common ("Thank you.") to tell internal text by.
_TELLING_LINE = 24

_SECTION_HEADING = re.compile(r"^(#{2,6})\s+(.+?)\s*#*\s*$")


def quotable_parts(article: Article) -> list[Quotable]:
    """The article's summary, then each of its sections, as plain text."""
    internal = article.audience == "internal"
    parts = [Quotable("Summary", article.summary, internal)] if article.summary else []
    for title, lines in _sections(article):
        text = _plain_paragraphs(lines)
        if text:
            inside = internal or title.strip().casefold() in INTERNAL_SECTIONS
            parts.append(Quotable(title, text, inside))
    return parts


def _sections(article: Article) -> Iterator[tuple[str, list[str]]]:
    """Each section's heading and its markdown lines (sub-sections included)."""
    lines = article.body.splitlines()
    starts = [
        (i, len(m.group(1)), m.group(2))
        for i, line in enumerate(lines)
        if (m := _SECTION_HEADING.match(line))
    ]
    for n, (start, level, title) in enumerate(starts):
        end = next((s for s, lv, _ in starts[n + 1 :] if lv <= level), len(lines))
        yield title, lines[start + 1 : end]


@dataclass(frozen=True)
class InternalLine:
    """A telling line of internal text, and where it comes from ("Refund policy: Questions
    to ask")."""

    source: str
    line: str


def internal_lines(articles: Iterable[Article]) -> list[InternalLine]:
    """The lines of internal text in articles that are long enough to recognise in a reply."""
    found: list[InternalLine] = []
    for article in articles:
        if article.audience == "internal":
            parts = quotable_parts(article)
        else:
            # Only the agent-only sections: plain text of the rest would be made for nothing.
            parts = [
                Quotable(title, _plain_paragraphs(lines), True)
                for title, lines in _sections(article)
                if title.strip().casefold() in INTERNAL_SECTIONS
            ]
        for part in parts:
            for line in part.text.splitlines():
                line = line.strip().lstrip("-0123456789. ").strip()
                if len(line) >= _TELLING_LINE:
                    found.append(InternalLine(f"{article.title}: {part.title}", line))
    return found


def internal_text_in(text: str, lines: Iterable[InternalLine]) -> list[str]:
    """Where the internal text found in text comes from, each source once, in order."""
    sources: dict[str, None] = {}
    for item in lines:
        if item.line in text:
            sources[item.source] = None
    return list(sources)


_LIST_ITEM = re.compile(r"^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$")


def _plain_paragraphs(lines: list[str]) -> str:
    """Markdown lines as email text: wrapped lines joined, list items kept as '- item'."""
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(plain_markdown(" ".join(current)))
            current.clear()

    for line in lines:
        item = _LIST_ITEM.match(line)
        if not line.strip():
            flush()
            blocks.append("")
        elif item:
            flush()
            bullet = f"{item.group(2)}." if item.group(2) else "-"
            current.append(item.group(3).strip())
            flush()
            blocks[-1] = f"{bullet} {blocks[-1]}"
        elif blocks and blocks[-1] and not current and line[:1].isspace():
            blocks[-1] += " " + plain_markdown(line.strip())  # a list item wrapped in the source
        else:
            current.append(line.strip())
    flush()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(blocks)).strip()
