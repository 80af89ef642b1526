"""Markdown and Jinja highlighting, read back from the formats Qt lays out."""

from __future__ import annotations

import time

from PySide6.QtGui import QTextCharFormat, QTextDocument
from pytestqt.qtbot import QtBot

from kbassist.ui.editor.highlighter import FRONT_MATTER, IN_FENCE, INLINE_CHARS, MarkdownHighlighter
from kbassist.ui.theme import dark_palette

SOURCE = """---
title: Refund
subject: "Order {{ order }}"
---
# Refund

Some **bold** and *soft* words, a [link](other.md) and `code`.
- an item
```
# not a heading
```
Dear {{ name }}, {% if vip %}thanks{% endif %} {# note #}
"""


def _formats_at(document: QTextDocument, line: int, column: int) -> QTextCharFormat:
    block = document.findBlockByNumber(line)
    spans = block.layout().formats()  # kept alive while its formats are copied
    for span in spans:
        if span.start <= column < span.start + span.length:
            return QTextCharFormat(span.format)
    return QTextCharFormat()


def _same(first: QTextCharFormat, second: QTextCharFormat) -> bool:
    return (
        first.foreground().color() == second.foreground().color()
        and first.fontWeight() == second.fontWeight()
        and first.fontItalic() == second.fontItalic()
        and first.background().color() == second.background().color()
    )


def test_markdown_parts_get_their_formats(qtbot: QtBot) -> None:
    document = QTextDocument(SOURCE)
    highlighter = MarkdownHighlighter(document)
    assert document.findBlockByNumber(1).userState() == FRONT_MATTER
    assert document.findBlockByNumber(9).userState() == IN_FENCE
    assert _same(_formats_at(document, 1, 0), highlighter.format_of("front_key"))
    assert _same(_formats_at(document, 4, 2), highlighter.format_of("heading"))
    line = SOURCE.split("\n")[6]
    assert _same(_formats_at(document, 6, line.index("bold")), highlighter.format_of("strong"))
    assert _same(_formats_at(document, 6, line.index("soft")), highlighter.format_of("emphasis"))
    assert _same(_formats_at(document, 6, line.index("link")), highlighter.format_of("link"))
    assert _same(_formats_at(document, 6, line.index("code")), highlighter.format_of("code"))
    assert _same(_formats_at(document, 7, 0), highlighter.format_of("list"))
    # A # inside a code fence is code, not a heading.
    assert _same(_formats_at(document, 9, 0), highlighter.format_of("fence"))
    # Jinja tags are plain text in an article.
    last = SOURCE.split("\n")[11]
    tag = _formats_at(document, 11, last.index("{{"))
    assert not _same(tag, highlighter.format_of("expression"))


def test_jinja_mode_marks_expressions_statements_and_comments(qtbot: QtBot) -> None:
    document = QTextDocument(SOURCE)
    highlighter = MarkdownHighlighter(document, jinja=True)
    last = SOURCE.split("\n")[11]
    for token, name in (("{{", "expression"), ("{%", "statement"), ("{#", "comment")):
        at = _formats_at(document, 11, last.index(token) + 1)
        assert _same(at, highlighter.format_of(name)), name
    subject = SOURCE.split("\n")[2]
    at = _formats_at(document, 2, subject.index("{{"))
    assert _same(at, highlighter.format_of("expression"))


def test_dark_colours_differ_from_light_ones(qtbot: QtBot) -> None:
    document = QTextDocument(SOURCE)
    highlighter = MarkdownHighlighter(document)
    light = highlighter.format_of("front_key").foreground().color()
    highlighter.use_palette(dark_palette())
    dark = highlighter.format_of("front_key").foreground().color()
    assert light != dark
    assert dark.lightness() > light.lightness()


def test_emphasis_is_coloured_only_in_a_long_lines_first_part(qtbot: QtBot) -> None:
    line = "**early** " + "x" * INLINE_CHARS + " **late** `code`"
    document = QTextDocument(line)
    highlighter = MarkdownHighlighter(document)
    strong = highlighter.format_of("strong")
    assert _same(_formats_at(document, 0, line.index("early")), strong)
    assert not _same(_formats_at(document, 0, line.index("late")), strong)
    assert not _same(_formats_at(document, 0, line.index("code")), highlighter.format_of("code"))


def test_a_long_line_of_unclosed_markers_highlights_at_once(qtbot: QtBot) -> None:
    hostile = "**a " * 20_000 + "\n" + "*a _b " * 14_000  # 80 KB lines nothing closes
    started = time.perf_counter()
    MarkdownHighlighter(QTextDocument(hostile))
    assert time.perf_counter() - started < 2.0
