"""Paints a result row: kind, title, language when it differs, and the highlighted snippet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kbassist.common.languages import same_language
from kbassist.ui.row_model import Index
from kbassist.ui.search.results_model import (
    ByMeaningRole,
    KindRole,
    LanguageRole,
    PinnedRole,
    SectionRole,
    SnippetRole,
    TitleRole,
    kind_label,
)
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

PADDING = 6
SECTION_LABELS = {
    "pinned": QT_TRANSLATE_NOOP("result_delegate", "Pinned"),
    "recent": QT_TRANSLATE_NOOP("result_delegate", "Recent"),
}
# After the kind, for a result that none of the query's words matched.
BY_MEANING_LABEL = QT_TRANSLATE_NOOP("result_delegate", "found by meaning")


class ResultDelegate(QStyledItemDelegate):
    """Two-line rows; the snippet keeps the <b> highlights the search core puts in."""

    def __init__(self, agent_language: str = "en") -> None:
        super().__init__()
        self.agent_language = agent_language

    def _snippet_document(
        self, html: str, option: QStyleOptionViewItem, width: int
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(html)
        doc.setTextWidth(max(width, 50))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Height for the title line and up to two snippet lines."""
        metrics = QFontMetrics(option.font)
        snippet = str(index.data(SnippetRole) or "")
        lines = 1 + (2 if snippet else 0)
        return QSize(300, PADDING * 2 + metrics.height() * lines + (4 if snippet else 0))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> None:
        """Draw the row in the current palette, selected or not."""
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        opt_text = option.text
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = opt_text
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect: QRect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        painter.save()
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.85)
        section = QCoreApplication.translate(
            "result_delegate", SECTION_LABELS.get(str(index.data(SectionRole) or ""), "")
        )
        badge = kind_label(str(index.data(KindRole)))
        if section:
            badge = f"{section} · {badge}"
        if index.data(PinnedRole) and section != "pinned":
            badge = self.tr("Pinned · {badge}").format(badge=badge)
        painter.setFont(small)
        painter.setPen(
            palette.color(
                QPalette.ColorGroup.Normal,
                QPalette.ColorRole.PlaceholderText if not selected else text_role,
            )
        )
        badge_width = QFontMetrics(small).horizontalAdvance(badge) + 10
        painter.drawText(
            QRect(rect.left(), rect.top(), badge_width, metrics.height()),
            Qt.AlignmentFlag.AlignVCenter,
            badge,
        )
        language = str(index.data(LanguageRole) or "")
        lang_width = 0
        # On the right, so titles stay aligned: how it was found, and its language when it is
        # not the agent's.
        marks = (
            [QCoreApplication.translate("result_delegate", BY_MEANING_LABEL)]
            if index.data(ByMeaningRole)
            else []
        )
        if language and not same_language(language, self.agent_language):
            marks.append(language.upper())
        if marks:
            lang_text = " · ".join(marks)
            lang_width = QFontMetrics(small).horizontalAdvance(lang_text) + 8
            painter.drawText(
                QRect(rect.right() - lang_width, rect.top(), lang_width, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                lang_text,
            )
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        title_rect = QRect(
            rect.left() + badge_width,
            rect.top(),
            rect.width() - badge_width - lang_width,
            metrics.height(),
        )
        title = QFontMetrics(bold).elidedText(
            str(index.data(TitleRole) or ""), Qt.TextElideMode.ElideRight, title_rect.width()
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignVCenter, title)
        snippet = str(index.data(SnippetRole) or "")
        if snippet:
            doc = self._snippet_document(snippet, option, rect.width())
            painter.translate(rect.left(), rect.top() + metrics.height() + 4)
            clip = QRect(0, 0, rect.width(), metrics.height() * 2)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, palette.color(text_role))
            context.clip = QRectF(clip)
            doc.documentLayout().draw(painter, context)
        painter.restore()
