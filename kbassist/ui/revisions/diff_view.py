"""Two versions of an article shown as a coloured unified diff and rendered with changes marked."""

from __future__ import annotations

import html
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QFontDatabase, QPalette, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from kbassist.content.markdown_html import MarkdownTooComplexError, markdown_to_html
from kbassist.revisions.blocks import Block, BlockChange, block_diff
from kbassist.revisions.repository import Versions, unified_diff
from kbassist.ui.theme import blend, is_dark
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

_LIGHT = {"+": "#1e7b34", "-": "#b3261e"}
_DARK = {"+": "#81c995", "-": "#f28b82"}
_MARKS = {BlockChange.ADDED: "+", BlockChange.REMOVED: "-"}
_WORDS = {
    BlockChange.ADDED: QT_TRANSLATE_NOOP("diff_view", "Added"),
    BlockChange.REMOVED: QT_TRANSLATE_NOOP("diff_view", "Removed"),
}


@dataclass(frozen=True)
class Comparison:
    """What the diff views show for two versions, made off the GUI thread."""

    versions: Versions
    source: list[str]
    # Each block of both versions, in reading order: how it changed, its safe HTML, and
    # whether it is the front matter.
    rendered: list[tuple[BlockChange, str, bool]]


def compare(
    versions: Versions, root: Path, known_ids: Collection[str], article_id: str
) -> Comparison:
    """The source diff (paths shown from root) and the rendered blocks of versions; pure
    work, for a background job."""
    blocks = block_diff(versions.old.text, versions.new.text)
    rendered = [
        (b.change, block_html(b.block, known_ids, article_id), b.block.front_matter) for b in blocks
    ]
    return Comparison(versions, unified_diff(versions, root), rendered)


def block_html(block: Block, known_ids: Collection[str], article_id: str) -> str:
    """One block as sanitised HTML; front matter (and markdown too big to format) as text."""
    if not block.front_matter:
        try:
            return markdown_to_html(block.text, known_ids, base=article_id)
        except MarkdownTooComplexError:
            pass
    return f"<pre>{html.escape(block.text)}</pre>"


def change_colours(palette: QPalette) -> dict[str, QColor]:
    """Text colours for added (+) and removed (-) lines that read on the palette's base."""
    return {mark: QColor(name) for mark, name in (_DARK if is_dark(palette) else _LIGHT).items()}


def tint(palette: QPalette, colour: QColor) -> QColor:
    """A background: colour faintly over the palette's base, so text keeps its contrast."""
    share = 0.22 if is_dark(palette) else 0.14
    return blend(colour, palette.color(QPalette.ColorRole.Base), share)


def rendered_html(comparison: Comparison, palette: QPalette) -> str:
    """Both versions as one article: unchanged blocks as they are, removed and added ones
    in tinted boxes named Removed and Added (colour is never the only sign)."""
    colours = change_colours(palette)
    parts = []
    for change, block, front_matter in comparison.rendered:
        if change is BlockChange.SAME:
            # Unchanged front matter is not part of the article people read: leave it out.
            if not front_matter:
                parts.append(block)
            continue
        what = (
            QCoreApplication.translate("diff_view", "{WORDS} in the details (front matter)").format(
                WORDS=QCoreApplication.translate("diff_view", _WORDS[change])
            )
            if front_matter
            else QCoreApplication.translate("diff_view", _WORDS[change])
        )
        colour = colours[_MARKS[change]]
        style = "text-decoration: line-through;" if change is BlockChange.REMOVED else ""
        parts.append(
            f'<table width="100%" cellpadding="6" cellspacing="0" '
            f'bgcolor="{tint(palette, colour).name()}" style="margin-top: 4px; '
            f'margin-bottom: 8px;"><tr><td><p style="color: {colour.name()};">'
            f"<b>{what}</b></p><div style='{style}'>{block}</div></td></tr></table>"
        )
    if not any(change is not BlockChange.SAME for change, _, _ in comparison.rendered):
        parts.insert(0, QCoreApplication.translate("diff_view", "<p><i>No differences.</i></p>"))
    return "".join(parts)


class SourceDiffView(QPlainTextEdit):
    """A unified diff, read-only, in a monospace font, added and removed lines coloured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setAccessibleName(self.tr("Differences in the source"))
        self._lines: list[str] = []

    def show_lines(self, lines: list[str]) -> None:
        """Show the diff lines ("No differences." when there are none)."""
        self._lines = lines
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF())
        self.document().setDefaultFont(font)
        self.setPlainText("\n".join(lines) if lines else self.tr("No differences."))
        self._colour()

    def changeEvent(self, event: QEvent) -> None:
        """Recolour when the theme (palette) changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour()

    def _colour(self) -> None:
        colours = change_colours(self.palette())
        hunk = self.palette().color(QPalette.ColorRole.PlaceholderText)
        selections: list[QTextEdit.ExtraSelection] = []
        block = self.document().firstBlock()
        while block.isValid():
            text = block.text()
            mark = text[:1]
            if mark in colours and text[:3] not in ("+++", "---"):
                selection = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setForeground(colours[mark])
                fmt.setBackground(tint(self.palette(), colours[mark]))
                fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selection.format = fmt
                selection.cursor = QTextCursor(block)
                selections.append(selection)
            elif text.startswith("@@"):
                selection = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setForeground(hunk)
                cursor = QTextCursor(block)
                cursor.select(QTextCursor.SelectionType.LineUnderCursor)
                selection.format = fmt
                selection.cursor = cursor
                selections.append(selection)
            block = block.next()
        self.setExtraSelections(selections)
