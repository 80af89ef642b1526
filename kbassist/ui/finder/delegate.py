"""Paints a finder result as a small card: name and distance, open status, address."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kbassist.ui.finder.colours import status_colour
from kbassist.ui.finder.model import (
    AddressRole,
    DistanceRole,
    GroupHeadingRole,
    NameRole,
    OpenRole,
    StatusTextRole,
)
from kbassist.ui.row_model import Index

PADDING = 6


class FinderDelegate(QStyledItemDelegate):
    """Three-line rows; the status line is coloured by whether the facility is open."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Room for the three lines, and a group heading above them where one starts."""
        height = QFontMetrics(option.font).height()
        heading = height + PADDING * 2 if index.data(GroupHeadingRole) else 0
        return QSize(280, PADDING * 2 + height * 3 + 4 + heading)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: Index,
    ) -> None:
        """Draw the row in the current palette, selected or not."""
        self.initStyleOption(option, index)
        option.text = ""
        heading = str(index.data(GroupHeadingRole) or "")
        if heading:
            self._paint_heading(painter, option, heading)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect: QRect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        height = QFontMetrics(option.font).height()
        painter.save()
        bold = QFont(option.font)
        bold.setBold(True)
        distance = str(index.data(DistanceRole) or "")
        distance_width = QFontMetrics(option.font).horizontalAdvance(distance) + 8
        painter.setPen(palette.color(text_role))
        painter.setFont(option.font)
        line = QRect(rect.left(), rect.top(), rect.width(), height)
        painter.drawText(
            line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, distance
        )
        painter.setFont(bold)
        name_rect = line.adjusted(0, 0, -distance_width, 0)
        name = QFontMetrics(bold).elidedText(
            str(index.data(NameRole) or ""), Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(option.font)
        status_pen = (
            palette.color(text_role) if selected else status_colour(index.data(OpenRole), palette)
        )
        painter.setPen(status_pen)
        line.translate(0, height + 2)
        status = QFontMetrics(option.font).elidedText(
            str(index.data(StatusTextRole) or ""), Qt.TextElideMode.ElideRight, line.width()
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, status)
        painter.setPen(
            palette.color(text_role)
            if selected
            else palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.PlaceholderText)
        )
        line.translate(0, height + 2)
        address = QFontMetrics(option.font).elidedText(
            str(index.data(AddressRole) or ""), Qt.TextElideMode.ElideRight, line.width()
        )
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, address)
        painter.restore()

    def _paint_heading(self, painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
        """The group heading above the row, in the window's colours; the row paints below it."""
        metrics = QFontMetrics(option.font)
        band = QRect(option.rect)
        band.setHeight(metrics.height() + PADDING * 2)
        palette: QPalette = option.palette
        painter.save()
        painter.fillRect(band, palette.color(QPalette.ColorRole.Window))
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        shown = QFontMetrics(bold).elidedText(
            text, Qt.TextElideMode.ElideRight, band.width() - PADDING * 2
        )
        painter.drawText(
            band.adjusted(PADDING, 0, -PADDING, 0), Qt.AlignmentFlag.AlignVCenter, shown
        )
        painter.restore()
        option.rect = option.rect.adjusted(0, band.height(), 0, 0)
