"""Searches per day as bars and the no-result rate as a line, drawn with QPainter (no QtCharts)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kbassist.analytics.insights import Day
from kbassist.ui.theme import is_dark

MARGIN_LEFT = 44
MARGIN_RIGHT = 44
MARGIN_TOP = 22
MARGIN_BOTTOM = 24
BAR_GAP = 0.25
# The widest a day's bar and its slot get (pixels), however few days there are.
MAX_SLOT = 36.0
# The rate line in a colour apart from the bars, readable on light and dark pages.
RATE_ON_LIGHT = "#b3261e"
RATE_ON_DARK = "#f2b8b5"


class DailyChart(QWidget):
    """Bars: searches on each day (left scale). Line: share of them that found nothing
    (right scale, 0–100 %). Days without searches are drawn as gaps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[Day] = []
        self.setAccessibleName(self.tr("Searches per day and no-result rate"))
        self.setMinimumHeight(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        return QSize(560, 200)

    def set_days(self, days: Sequence[Day]) -> None:
        """Show these days (oldest first), filling the days between with zero."""
        self.days = _filled(days)
        if self.days:
            first, last = self.days[0], self.days[-1]
            busiest = max(self.days, key=lambda d: d.searches)
            self.setAccessibleDescription(
                self.tr(
                    "{days} days from {first} to {last}; most searches: {count} on {day}."
                ).format(
                    days=len(self.days),
                    first=first.day.isoformat(),
                    last=last.day.isoformat(),
                    count=busiest.searches,
                    day=busiest.day.isoformat(),
                )
            )
        else:
            self.setAccessibleDescription(self.tr("No searches in this period."))
        self.update()

    def rate_colour(self) -> QColor:
        """The colour of the no-result line in the current palette."""
        return QColor(RATE_ON_DARK if is_dark(self.palette()) else RATE_ON_LIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = palette.color(QPalette.ColorRole.WindowText)
        hint = palette.color(QPalette.ColorRole.PlaceholderText)
        plot = QRectF(self.rect()).adjusted(MARGIN_LEFT, MARGIN_TOP, -MARGIN_RIGHT, -MARGIN_BOTTOM)
        painter.setPen(QPen(hint, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if not self.days or plot.width() <= 0 or plot.height() <= 0:
            painter.setPen(text)
            painter.drawText(
                QRectF(self.rect()), Qt.AlignmentFlag.AlignCenter, self.tr("No searches yet")
            )
            painter.end()
            return
        top = max(max(day.searches for day in self.days), 1)
        # A few days do not fill the width with slabs: a day is at most MAX_SLOT wide.
        slot = min(plot.width() / len(self.days), MAX_SLOT)
        bar = palette.color(QPalette.ColorRole.Highlight)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bar)
        for n, day in enumerate(self.days):
            height = plot.height() * day.searches / top
            left = plot.left() + n * slot + slot * BAR_GAP / 2
            painter.drawRect(QRectF(left, plot.bottom() - height, slot * (1 - BAR_GAP), height))
        rate = QPainterPath()
        started = False
        for n, day in enumerate(self.days):
            if not day.searches:
                started = False  # a gap, not a drop to zero
                continue
            point = QPointF(
                plot.left() + (n + 0.5) * slot, plot.bottom() - plot.height() * day.no_result_rate
            )
            if started:
                rate.lineTo(point)
            else:
                rate.moveTo(point)
                started = True
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(self.rate_colour(), 2))
        painter.drawPath(rate)
        for n, day in enumerate(self.days):
            if day.searches:
                centre = QPointF(
                    plot.left() + (n + 0.5) * slot,
                    plot.bottom() - plot.height() * day.no_result_rate,
                )
                painter.drawEllipse(centre, 2.5, 2.5)
        # Scales and dates.
        painter.setPen(text)
        metrics = painter.fontMetrics()
        left_box = QRectF(0, plot.top() - metrics.height() / 2, MARGIN_LEFT - 6, metrics.height())
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(left_box, right, str(top))
        painter.drawText(left_box.translated(0, plot.height()), right, "0")
        painter.setPen(self.rate_colour())
        right_box = QRectF(plot.right() + 6, left_box.top(), MARGIN_RIGHT - 6, metrics.height())
        leading = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(right_box, leading, "100%")
        painter.drawText(right_box.translated(0, plot.height()), leading, "0%")
        painter.setPen(hint)
        dates = QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height())
        painter.drawText(dates, leading, self.days[0].day.isoformat())
        if len(self.days) > 1:
            # The last date under the last bar, never over the first date.
            first_width = metrics.horizontalAdvance(self.days[0].day.isoformat())
            span = max(slot * len(self.days), 2 * first_width + 12)
            under = QRectF(plot.left(), dates.top(), min(span, plot.width()), dates.height())
            painter.drawText(under, right, self.days[-1].day.isoformat())
        legend = QRectF(plot.left(), 2, plot.width(), metrics.height())
        painter.setPen(bar)
        painter.drawText(legend, leading, self.tr("■ searches per day"))
        painter.setPen(self.rate_colour())
        painter.drawText(legend, right, self.tr("● found nothing (%)"))
        painter.end()


def _filled(days: Sequence[Day]) -> list[Day]:
    """days with the missing dates between the first and the last added as empty days."""
    if not days:
        return []
    known = {day.day: day for day in days}
    first, last = min(known), max(known)
    span = (last - first).days
    return [
        known.get(first + dt.timedelta(days=n), Day(first + dt.timedelta(days=n), 0, 0))
        for n in range(span + 1)
    ]
