"""Quoting an article in a reply: its summary and sections as plain email text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kbassist.content.articles import Article
from kbassist.content.plaintext import plain_markdown


@dataclass(frozen=True)
class Quotable:
    """A piece of an article a writer can insert into a reply: its summary or a section."""

    title: str
    text: str


_SECTION_HEADING = re.compile(r"^(#{2,6})\s+(.+?)\s*#*\s*$")


def quotable_parts(article: Article) -> list[Quotable]:
    """The article's summary, then each of its sections, as plain text."""
    parts = [Quotable("Summary", article.summary)] if article.summary else []
    lines = article.body.splitlines()
    starts = [
        (i, len(m.group(1)), m.group(2))
        for i, line in enumerate(lines)
        if (m := _SECTION_HEADING.match(line))
    ]
    for n, (start, level, title) in enumerate(starts):
        end = next((s for s, lv, _ in starts[n + 1 :] if lv <= level), len(lines))
        text = _plain_paragraphs(lines[start + 1 : end])
        if text:
            parts.append(Quotable(title, text))
    return parts


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
