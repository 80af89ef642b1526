"""How review rows are drawn: headings with room above them, items indented, overdue in amber."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from kbassist.review.report import Reason, ReviewItem
from kbassist.ui.article.answer_card import warning_colour
from kbassist.ui.review.model import ItemRole

# In widths of an "M" of the view's font, so they grow with the text size.
INDENT_EMS = 1.5
# Above a heading (but the first), in lines: the groups stand apart.
HEADING_GAP_LINES = 0.5


class ReviewDelegate(QStyledItemDelegate):
    """Draws the Review list's headings and items."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """A heading at the foot of its taller row; an item indented, overdue in amber."""
        shown = QStyleOptionViewItem(option)
        item = index.data(ItemRole)
        metrics = option.fontMetrics
        if isinstance(item, ReviewItem):
            shown.rect = option.rect.adjusted(
                round(metrics.horizontalAdvance("M") * INDENT_EMS), 0, 0, 0
            )
            if item.reason is Reason.OVERDUE:
                shown.palette.setColor(QPalette.ColorRole.Text, warning_colour(option.palette))
        elif index.row() > 0:
            shown.rect = option.rect.adjusted(0, self._gap(option), 0, 0)
        super().paint(painter, shown, index)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Headings but the first are taller by the gap above them."""
        size = super().sizeHint(option, index)
        if index.data(ItemRole) is None and index.row() > 0:
            size.setHeight(size.height() + self._gap(option))
        return size

    @staticmethod
    def _gap(option: QStyleOptionViewItem) -> int:
        return round(option.fontMetrics.lineSpacing() * HEADING_GAP_LINES)
