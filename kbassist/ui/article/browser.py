"""A QTextBrowser for sanitised article HTML that never loads anything from outside."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPalette,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from kbassist.search.snippets import Highlight
from kbassist.ui.textscale import scaled_font

# The only resources the browser may resolve: inline data and the app's own bundled files.
# Articles carry no images (the sanitiser drops them), so refusing files and the network
# costs nothing and rules out tracking pixels and reading local files by relative paths.
LOCAL_SCHEMES = frozenset({"qrc", "data"})
# The whole of any real article is marked; a pasted novel stops somewhere.
MARK_SCAN = 400_000
MARK_MOST = 2_000
# Spacing only; colours come from the palette so light and dark themes both read well.
ARTICLE_CSS = """
h2 { font-size: large; margin-top: 16px; margin-bottom: 6px; }
h3, h4 { font-size: medium; margin-top: 12px; margin-bottom: 4px; }
p { margin-top: 0; margin-bottom: 8px; line-height: 125%; }
li { margin-bottom: 3px; line-height: 125%; }
th { text-align: left; }
th, td { padding: 3px 12px 3px 0; }
pre { margin-left: 12px; }
blockquote { margin-left: 16px; }
"""


class ArticleBrowser(QTextBrowser):
    """Shows article HTML; links only emit anchorClicked and remote resources stay unloaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Article text"))
        self.document().setDefaultStyleSheet(ARTICLE_CSS)
        self.document().setDocumentMargin(12)
        self._monospace = False
        self._highlight: Highlight | None = None
        self._base = QFont(self.font())
        self._factor = 1.0

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        """Images, style sheets and the like: only inline data and bundled resources."""
        if QUrl(name).scheme().lower() not in LOCAL_SCHEMES:
            return None
        return super().loadResource(type, name)

    def show_html(self, html: str) -> None:
        """Sanitised article HTML in the proportional font."""
        self._monospace = False
        self._html = html
        self._apply_font()
        self.setHtml(html)

    def mark(self, highlight: Highlight | None) -> int:
        """Mark the query's words in the text shown; returns how many were marked."""
        self._highlight = highlight
        selections: list[QTextEdit.ExtraSelection] = []
        if highlight is not None and not highlight.empty:
            marked = QTextCharFormat()
            marked.setBackground(_mark_colour(self.palette()))
            # Positions in the document are those of its plain text (a block break is one).
            text = self.document().toPlainText()
            for start, end in highlight.whole_words().spans(text, MARK_SCAN, MARK_MOST):
                cursor = QTextCursor(self.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = marked
                selections.append(selection)
        self.setExtraSelections(selections)
        return len(selections)

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: mark the words again in a colour blended from the new palette."""
        super().changeEvent(event)
        palettes = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() not in palettes:
            return
        html = getattr(self, "_html", None)
        if html is not None and not self._monospace:
            # Qt fixes link colours when the HTML is set: set it again, at the same place.
            place = self.verticalScrollBar().value()
            self.setHtml(html)
            self.verticalScrollBar().setValue(place)
        if getattr(self, "_highlight", None) is not None:
            self.mark(self._highlight)

    def go_to(self, anchor: str) -> None:
        """Scroll to a heading once the document is laid out (now, or right after)."""
        if not anchor:
            self.verticalScrollBar().setValue(0)
            return
        self.scrollToAnchor(anchor)
        # A document just set may not be laid out yet: try again when it is.
        QTimer.singleShot(0, lambda: self.scrollToAnchor(anchor))

    def show_plain(self, text: str) -> None:
        """Text as it is, in a monospace font (templates, raw records)."""
        self._monospace = True
        self._apply_font()
        self.setPlainText(text)

    def set_scale(self, base: QFont, factor: float) -> None:
        """The document font relative to base, times factor."""
        self._base = QFont(base)
        self._factor = factor
        self._apply_font()

    def _apply_font(self) -> None:
        font = QFont(self._base)
        if self._monospace:
            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            if self._base.pointSizeF() > 0:
                font.setPointSizeF(self._base.pointSizeF())
            else:
                font.setPixelSize(self._base.pixelSize())
        self.document().setDefaultFont(scaled_font(font, self._factor))


def _mark_colour(palette: QPalette) -> QColor:
    """The selection colour blended into the page, so marked words keep the text colour and
    stay readable in the light and the dark theme."""
    mark = palette.color(QPalette.ColorRole.Highlight)
    page = palette.color(QPalette.ColorRole.Base)
    share = 0.35
    return QColor(
        round(mark.red() * share + page.red() * (1 - share)),
        round(mark.green() * share + page.green() * (1 - share)),
        round(mark.blue() * share + page.blue() * (1 - share)),
    )
