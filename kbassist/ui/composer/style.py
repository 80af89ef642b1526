"""How the reply composer draws: a one-line eliding label, readable accents, marked placeholders."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSizePolicy, QTextEdit, QWidget

from kbassist.replies.render import marker_spans
from kbassist.ui.theme import is_dark

# Placeholders keep the same yellow with dark text in both themes, like a highlighter pen.
MARKER_BACKGROUND = QColor("#f9e79f")
MARKER_TEXT = QColor("#1c1c1c")


def error_colour(palette: QPalette) -> QColor:
    """A red with enough contrast on the palette's window colour, light or dark."""
    return QColor("#f28b82" if is_dark(palette) else "#b03a2e")


def ok_colour(palette: QPalette) -> QColor:
    """A green with enough contrast on the palette's window colour, light or dark."""
    return QColor("#81c995" if is_dark(palette) else "#1e7e34")


def highlight_markers(edit: QPlainTextEdit, markers: Iterable[str]) -> None:
    """Mark every placeholder still in edit's text, so the writer sees what to fill in."""
    selections = []
    text = edit.toPlainText()
    for start, end in marker_spans(text, markers):
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(MARKER_BACKGROUND)
        fmt.setForeground(MARKER_TEXT)
        fmt.setToolTip(QCoreApplication.translate("style", "Fill in this field"))
        selection.format = fmt
        cursor = QTextCursor(edit.document())
        cursor.setPosition(_utf16(text, start))
        cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selections.append(selection)
    edit.setExtraSelections(selections)


def _utf16(text: str, index: int) -> int:
    """The document position of text[index]: Qt counts UTF-16 units, so an emoji counts twice."""
    return len(text[:index].encode("utf-16-le")) // 2


class ElidedLabel(QLabel):
    """A single line that ends in … when it does not fit; text() is always the whole text.

    The tooltip shows the detail given with set_detail, or the whole text when it is cut.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._detail = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        # The layout decides the width; the text never widens the column it sits in.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def setText(self, text: str, /) -> None:
        """Show text (cut to the width) and keep the tooltip in step."""
        super().setText(text)
        self._update_tip()

    def set_detail(self, detail: str) -> None:
        """The tooltip text: the longer story behind the line (empty: the line itself)."""
        self._detail = detail
        self._update_tip()

    def is_elided(self) -> bool:
        """True when the text is wider than the label and shows cut."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def minimumSizeHint(self) -> QSize:
        """As high as a line, as narrow as an ellipsis."""
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("…") * 3, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The cut moves with the width, and so does the need for a tooltip."""
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the text cut with … to the label's width."""
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            rect,
            int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            shown,
            self.foregroundRole(),
        )

    def _update_tip(self) -> None:
        if self._detail and self._detail != self.text():
            self.setToolTip(self._detail)
        else:
            self.setToolTip(self.text() if self.is_elided() else "")
