"""The answer card: an article's title, its one-line answer in large type, and a Copy button."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kbassist.common.localformat import format_day
from kbassist.content.articles import Article
from kbassist.content.last_good import being_fixed_notice
from kbassist.ui.insights.rating import AnswerRating
from kbassist.ui.textscale import scaled_font
from kbassist.ui.theme import is_dark, set_text_colour
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

SUMMARY_SCALE = 1.4
TITLE_SCALE = 1.1
META_SCALE = 0.9
COPY_TOOLTIP = QT_TRANSLATE_NOOP("answer_card", "Copy the answer (Ctrl+Shift+C)")
# The frame is painted from the palette at each paint, never from a style sheet: a sheet
# resolves palette() once, and a widget with one no longer hears of a new theme.
EDGE_WIDTH = 4
RADIUS = 6.0
PASSAGE_GAP = 6
PASSAGE_SCALE = 1.0
# Amber text for what the agent must not miss (an overdue review, an answer being fixed),
# at least 4.5:1 on the card's page colour in the light and the dark theme.
WARNING_ON_LIGHT = "#8a4b00"
WARNING_ON_DARK = "#fbbc04"
BEING_FIXED_TIP = QT_TRANSLATE_NOOP(
    "answer_card",
    "The article's file has a problem (see the Problems panel), so this is the last version "
    "that could be read. It may change once the file is fixed.",
)


def warning_colour(palette: QPalette) -> QColor:
    """The warning colour that reads on the card in the palette's theme, light or dark."""
    return QColor(WARNING_ON_DARK if is_dark(palette) else WARNING_ON_LIGHT)


def freshness_text(review_by: dt.date, today: dt.date) -> str:
    """The review mark: "Reviewed until <date>", or "Review overdue since <date>" once past."""
    when = format_day(review_by)  # as the interface language writes dates
    return (
        QCoreApplication.translate("answer_card", "Review overdue since {when}").format(when=when)
        if review_by < today
        else QCoreApplication.translate("answer_card", "Reviewed until {when}").format(when=when)
    )


class AnswerCard(QFrame):
    """Title, summary and provenance of one article, framed so the answer stands out."""

    # The Copy button was pressed; the owner decides what goes on the clipboard.
    copy_requested = Signal()
    # "Did this answer it?": True for Yes, False for No (once per answer shown).
    answer_rated = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Answer"))
        self.title = _label(self.tr("Article title"))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = _label(self.tr("Answer summary"))
        self.summary.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # The section that answers the agent's query, with the query's words in bold. Rich
        # text, but only ever our own: heading and snippet are HTML-escaped where they are
        # made (search.snippets.render), and the only tags are <b> and the ones added here.
        self.passage = QLabel()
        self.passage.setTextFormat(Qt.TextFormat.RichText)
        self.passage.setWordWrap(True)
        self.passage.setAccessibleName(self.tr("Answering passage"))
        self.passage.setContentsMargins(0, PASSAGE_GAP, 0, 0)
        self.passage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passage.hide()
        self.meta = _label(self.tr("Article details"))
        # Drawn in the hint colour of whatever palette is current.
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(QCoreApplication.translate("answer_card", COPY_TOOLTIP))
        self.copy_button.setAccessibleName(self.tr("Copy the answer"))
        self.copy_button.clicked.connect(self.copy_requested)
        # Marks that set themselves apart from the meta line: how fresh the answer is, and
        # that it is an older version kept while the current file is broken.
        self.being_fixed = _label(self.tr("Being fixed"))
        self.being_fixed.setToolTip(QCoreApplication.translate("answer_card", BEING_FIXED_TIP))
        self.being_fixed.hide()
        self.freshness = _label(self.tr("Review status"))
        self.freshness.hide()
        self._freshness_warns = False

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title, 1)
        top.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.being_fixed)
        layout.addWidget(self.summary)
        layout.addWidget(self.passage)
        layout.addWidget(self.meta)
        layout.addWidget(self.freshness)
        self.rating = AnswerRating()
        self.rating.rated.connect(self.answer_rated)
        self.rating.hide()
        layout.addWidget(self.rating)
        self._colour_marks()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The page colour, a thin border, and the highlight edge that marks the answer."""
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(outline, RADIUS, RADIUS)
        painter.fillPath(path, palette.color(QPalette.ColorRole.Base))
        painter.save()
        painter.setClipPath(path)
        edge = QRectF(outline.left(), outline.top(), EDGE_WIDTH, outline.height())
        painter.fillRect(edge, palette.color(QPalette.ColorRole.Highlight))
        painter.restore()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawPath(path)
        if self.passage.isVisible():
            top = self.passage.geometry().top()
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Midlight), 1))
            painter.drawLine(
                self.passage.geometry().left(), top, self.passage.geometry().right(), top
            )
        painter.end()

    def show_answer(self, title: str, summary: str, meta: str) -> None:
        """An article: the summary is the answer; without one there is nothing to copy."""
        self.title.setText(title)
        self.summary.setText(summary)
        self.summary.setVisible(bool(summary))
        self.copy_button.setVisible(True)
        self.copy_button.setEnabled(bool(summary))
        self.meta.setText(meta)
        self.meta.setVisible(bool(meta))
        self.rating.reset(visible=bool(summary))
        self.clear_marks()

    def show_marks(self, article: Article, today: dt.date) -> None:
        """The review mark from review_by and today, and the being-fixed mark when the
        article is a kept older version; call after show_answer, which clears them."""
        if article.review_by is None:
            self.freshness.hide()
        else:
            self.freshness.setText(freshness_text(article.review_by, today))
            self._freshness_warns = article.review_by < today
            self.freshness.show()
        if article.kept_from is None:
            self.being_fixed.hide()
        else:
            self.being_fixed.setText(being_fixed_notice(article.kept_from))
            self.being_fixed.show()
        self._colour_marks()

    def clear_marks(self) -> None:
        """No marks: the item shown has no review date and is its current version."""
        self.freshness.clear()
        self.freshness.hide()
        self._freshness_warns = False
        self.being_fixed.clear()
        self.being_fixed.hide()

    def changeEvent(self, event: QEvent) -> None:
        """A new theme: the marks take the colours that read on it."""
        super().changeEvent(event)
        palettes = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in palettes and hasattr(self, "freshness"):
            self._colour_marks()

    def _colour_marks(self) -> None:
        warning = warning_colour(self.palette())
        set_text_colour(self.being_fixed, warning)
        # Overdue in the warning colour; otherwise muted like the meta line.
        set_text_colour(self.freshness, warning if self._freshness_warns else None)
        self.freshness.setForegroundRole(
            QPalette.ColorRole.WindowText
            if self._freshness_warns
            else QPalette.ColorRole.PlaceholderText
        )

    def show_passage(self, path: tuple[str, ...], snippet_html: str) -> None:
        """Under the summary: where in the article the query is answered, and how."""
        where = " › ".join(html.escape(part) for part in path)
        self.passage.setText(f"<i>{where}</i><br>{snippet_html}" if where else snippet_html)
        self.passage.setAccessibleDescription(
            self.tr("From {source}").format(source=" › ".join(path)) if path else ""
        )
        self.passage.setVisible(bool(snippet_html))

    def clear_passage(self) -> None:
        """No passage: the article was opened without a query (pins, history, links)."""
        self.passage.clear()
        self.passage.hide()

    def show_heading(self, title: str, meta: str) -> None:
        """Something that is not an article: a title and a label, no answer to copy."""
        self.show_answer(title, "", meta)
        self.copy_button.setVisible(False)
        self.rating.hide()

    def set_scale(self, base: QFont, factor: float) -> None:
        """Fonts relative to base, times factor."""
        self.title.setFont(scaled_font(base, TITLE_SCALE * factor, bold=True))
        self.summary.setFont(scaled_font(base, SUMMARY_SCALE * factor))
        self.meta.setFont(scaled_font(base, META_SCALE * factor))
        self.freshness.setFont(scaled_font(base, META_SCALE * factor))
        self.being_fixed.setFont(scaled_font(base, factor, bold=True))
        self.passage.setFont(scaled_font(base, PASSAGE_SCALE * factor))
        self.copy_button.setFont(scaled_font(base, factor))


def _label(accessible_name: str) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(accessible_name)
    return label
