"""Colours for markdown source: headings, emphasis, links, lists, code, front matter, Jinja."""

from __future__ import annotations

import re

from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from kbassist.content.sections import FENCE, HEADING
from kbassist.ui.theme import blend, is_dark

# Block states: what a line continues from the line before it.
PLAIN, FRONT_MATTER, IN_FENCE = 0, 1, 2
# Emphasis, links and code spans are coloured in a line's first this many characters only:
# their patterns take time growing with the square of the line (a pasted 80 KB line of
# "**a " took half a minute), and the editor must keep up with typing.
INLINE_CHARS = 2_000

_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])(?=[ \t])")
_QUOTE = re.compile(r"^ {0,3}>")
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_\w])")
_LINK = re.compile(r"!?\[[^\]\n]*\]\([^)\n]*\)|!?\[[^\]\n]*\]\[[^\]\n]*\]|<https?://[^>\s]+>")
_YAML_KEY = re.compile(r"^[ \t]*(?:- )?([\w.-]+)(?=:(?:[ \t]|$))")
_YAML_COMMENT = re.compile(r"(?:^|[ \t])#.*$")
_JINJA = {
    "expression": re.compile(r"\{\{.*?(?:\}\}|$)"),
    "statement": re.compile(r"\{%.*?(?:%\}|$)"),
    "comment": re.compile(r"\{#.*?(?:#\}|$)"),
}


class MarkdownHighlighter(QSyntaxHighlighter):
    """Highlights an article's markdown; with jinja=True also a reply template's tags."""

    def __init__(self, document: QTextDocument, *, jinja: bool = False) -> None:
        super().__init__(document)
        self._jinja = jinja
        self._formats: dict[str, QTextCharFormat] = {}
        self.use_palette(_app_palette())

    @property
    def jinja(self) -> bool:
        """Whether Jinja tags ({{ }}, {% %}, {# #}) are highlighted."""
        return self._jinja

    def set_jinja(self, jinja: bool) -> None:
        """Highlight Jinja tags too (reply templates), or not (articles)."""
        if jinja != self._jinja:
            self._jinja = jinja
            self.rehighlight()

    def use_palette(self, palette: QPalette) -> None:
        """Colours derived from palette (called again when the theme changes)."""
        dark = is_dark(palette)
        page = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        link = palette.color(QPalette.ColorRole.Link)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        accent = QColor("#e8a33d" if dark else "#a0460a")
        jinja = QColor("#c58af9" if dark else "#7b1fa2")
        formats: dict[str, QTextCharFormat] = {}

        def fmt(
            name: str,
            colour: QColor | None = None,
            *,
            bold: bool = False,
            italic: bool = False,
            background: QColor | None = None,
        ) -> None:
            form = QTextCharFormat()
            if colour is not None:
                form.setForeground(colour)
            if bold:
                form.setFontWeight(QFont.Weight.Bold)
            if italic:
                form.setFontItalic(True)
            if background is not None:
                form.setBackground(background)
            formats[name] = form

        fmt("heading", link, bold=True)
        fmt("strong", text, bold=True)
        fmt("emphasis", text, italic=True)
        fmt("link", link)
        fmt("list", accent, bold=True)
        fmt("quote", muted, italic=True)
        code_page = blend(text, page, 0.08)
        fmt("code", text, background=code_page)
        fmt("fence", muted, background=code_page)
        fmt("front", muted)
        fmt("front_key", accent)
        fmt("front_fence", muted, bold=True)
        fmt("expression", jinja, bold=True, background=blend(jinja, page, 0.12))
        fmt("statement", jinja, bold=True, background=blend(jinja, page, 0.12))
        fmt("comment", muted, italic=True)
        self._formats = formats
        self.rehighlight()

    def format_of(self, name: str) -> QTextCharFormat:
        """The format used for one kind of markup (tests read it to check the colours)."""
        return self._formats[name]

    def highlightBlock(self, text: str) -> None:
        """Colour one line, continuing the front matter or code fence of the line before."""
        previous = self.previousBlockState()
        block_number = self.currentBlock().blockNumber()
        self.setCurrentBlockState(PLAIN)
        if block_number == 0 and text.strip() == "---":
            self._whole(text, "front_fence")
            self.setCurrentBlockState(FRONT_MATTER)
            return
        if previous == FRONT_MATTER:
            if text.strip() in ("---", "..."):
                self._whole(text, "front_fence")
                return
            self._front_matter_line(text)
            # A template's subject line is Jinja too.
            self._jinja_tags(text)
            self.setCurrentBlockState(FRONT_MATTER)
            return
        if previous == IN_FENCE:
            self._whole(text, "fence")
            if not FENCE.match(text):
                self.setCurrentBlockState(IN_FENCE)
            self._jinja_tags(text)
            return
        if FENCE.match(text):
            self._whole(text, "fence")
            self.setCurrentBlockState(IN_FENCE)
            return
        self._markdown_line(text)
        self._jinja_tags(text)

    def _whole(self, text: str, name: str) -> None:
        self.setFormat(0, len(text), self._formats[name])

    def _front_matter_line(self, text: str) -> None:
        self._whole(text, "front")
        key = _YAML_KEY.match(text)
        if key:
            self.setFormat(key.start(1), len(key.group(1)), self._formats["front_key"])
        comment = _YAML_COMMENT.search(text)
        if comment:
            self.setFormat(comment.start(), len(text) - comment.start(), self._formats["comment"])

    def _markdown_line(self, text: str) -> None:
        if HEADING.match(text) or (_SETEXT.match(text) and self._after_paragraph()):
            self._whole(text, "heading")
            return
        if _QUOTE.match(text):
            self._whole(text, "quote")
        listed = _LIST.match(text)
        if listed:
            self.setFormat(0, listed.end(), self._formats["list"])
        inline = text[:INLINE_CHARS]
        for pattern, name in ((_STRONG, "strong"), (_EMPHASIS, "emphasis"), (_LINK, "link")):
            for match in pattern.finditer(inline):
                self.setFormat(match.start(), match.end() - match.start(), self._formats[name])
        # Last: nothing inside a code span is markup.
        for match in _CODE_SPAN.finditer(inline):
            self.setFormat(match.start(), match.end() - match.start(), self._formats["code"])

    def _after_paragraph(self) -> bool:
        """A line of === or --- is a heading's underline only under a line of text."""
        before = self.currentBlock().previous()
        return before.isValid() and bool(before.text().strip()) and before.userState() == PLAIN

    def _jinja_tags(self, text: str) -> None:
        if not self._jinja:
            return
        for name, pattern in _JINJA.items():
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._formats[name])


def _app_palette() -> QPalette:
    app = QApplication.instance()
    return app.palette() if isinstance(app, QApplication) else QPalette()
