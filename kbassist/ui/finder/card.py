"""One facility in full: address for its country, contacts, this week's hours, map, actions."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kbassist.common.clock import Clock
from kbassist.content.folder import Content
from kbassist.facilities.address import address_block, address_lines, map_url
from kbassist.facilities.message import text_message
from kbassist.facilities.model import Facility
from kbassist.facilities.opening import DayLine, local_date, open_status, week_hours
from kbassist.facilities.wording import day_hours_text, day_label, day_note, phrase
from kbassist.ui.finder.colours import status_colour
from kbassist.ui.links import open_link
from kbassist.ui.plaintext import plain_tooltip
from kbassist.ui.textscale import scaled_font

NAME_SCALE = 1.3
# The narrowest a contact line gets: its label and a few characters of the value.
_MIN_LINE_CHARS = 12


def _link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>'


def _tel(phone: str) -> str:
    """A tel: URI: the digits and a leading +, as dialers want them."""
    return "tel:" + "".join(c for c in phone if c.isdigit() or c == "+")


def _hours_row(line: DayLine, language: str) -> str:
    text = day_hours_text(line.ranges, language)
    closed = not line.ranges
    note = day_note(
        exception=line.exception, closed=closed, holiday=line.holiday, language=language
    )
    if note:
        text += f" — {note}"
    dated = line.exception or line.holiday is not None
    day = day_label(line.day, language, dated=dated, today=line.today)
    if line.today:
        day, text = f"<b>{html.escape(day)}</b>", f"<b>{html.escape(text)}</b>"
    else:
        day, text = html.escape(day), html.escape(text)
    return f"<tr><td>{day}&nbsp;&nbsp;</td><td>{text}</td></tr>"


class LinkLine(NamedTuple):
    """One contact line: "Email: " and the linked value."""

    prefix: str
    href: str
    text: str


class LinkLinesLabel(QLabel):
    """Lines of "Label: link" that shorten the link text in the middle to fit the width.

    E-mail addresses and web addresses have no spaces to wrap at, so at a narrow width or
    a large text size they would push the card wider than its column. The full text is
    the tooltip and the link targets are never shortened.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[LinkLine] = []
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_lines(self, lines: list[LinkLine]) -> None:
        """Show these lines, shortened to the width now and after every resize."""
        self._lines = list(lines)
        self.setToolTip(plain_tooltip("\n".join(line.prefix + line.text for line in lines)))
        self._render()
        self.updateGeometry()

    def clear(self) -> None:
        """No lines."""
        self._lines = []
        self.setToolTip("")
        super().clear()

    def minimumSizeHint(self) -> QSize:
        """Room for a few characters of each line, however long the addresses are."""
        metrics = self.fontMetrics()
        width = metrics.horizontalAdvance("W" * _MIN_LINE_CHARS)
        return QSize(width, metrics.lineSpacing() * max(1, len(self._lines)))

    def sizeHint(self) -> QSize:
        """The lines at full length."""
        metrics = self.fontMetrics()
        widths = [metrics.horizontalAdvance(line.prefix + line.text) for line in self._lines]
        lines = max(1, len(self._lines))
        return QSize(max(widths, default=0) + 4, metrics.lineSpacing() * lines)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Shorten the lines again for the new width."""
        super().resizeEvent(event)
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        """A new text size changes how much of each line fits."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._render()

    def _render(self) -> None:
        if not self._lines:
            return
        metrics = self.fontMetrics()
        # A little to spare: rich text lays out links with a slightly different advance.
        width = self.contentsRect().width() - 4
        rows = []
        for line in self._lines:
            room = max(0, width - metrics.horizontalAdvance(line.prefix))
            shown = metrics.elidedText(line.text, Qt.TextElideMode.ElideMiddle, room)
            rows.append(html.escape(line.prefix) + _link(line.href, shown or "…"))
        super().setText("<br>".join(rows))


class FlowButtons(QWidget):
    """Buttons side by side while they fit the width, else on as many rows as they need.

    Three buttons at a large text size are wider than the card's column at 1024×700; a plain
    row would push the card wider than the window and clip its right edge.
    """

    def __init__(self, buttons: Iterable[QPushButton], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons = list(buttons)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._arrange(len(self._buttons))

    def minimumSizeHint(self) -> QSize:
        """As narrow as the widest button, on rows of their own."""
        width = max((b.sizeHint().width() for b in self._buttons), default=0)
        return QSize(width, self._grid.minimumSize().height())

    def sizeHint(self) -> QSize:
        """All the buttons in one row."""
        spacing = self._grid.horizontalSpacing()
        width = sum(b.sizeHint().width() for b in self._buttons)
        return QSize(width + spacing * (len(self._buttons) - 1), self._grid.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Put as many buttons on a row as fit the new width."""
        super().resizeEvent(event)
        self._arrange(self._fitting_columns(event.size().width()))

    def changeEvent(self, event: QEvent) -> None:
        """A new text size makes the buttons wider or narrower."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._arrange(self._fitting_columns(self.width()))

    def _fitting_columns(self, width: int) -> int:
        spacing = self._grid.horizontalSpacing()
        widths = [b.sizeHint().width() for b in self._buttons]
        for columns in range(len(widths), 1, -1):
            # The widest row of this many columns, column by column.
            column_widths = [max(widths[c::columns]) for c in range(columns)]
            if sum(column_widths) + spacing * (columns - 1) <= width:
                return columns
        return 1

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for button in self._buttons:
            self._grid.removeWidget(button)
        for index, button in enumerate(self._buttons):
            self._grid.addWidget(button, index // columns, index % columns)
        # Left-aligned, as in a dialog's button row: the spare width goes to the last column.
        for column in range(len(self._buttons) + 1):
            self._grid.setColumnStretch(column, 1 if column == columns else 0)
        self.updateGeometry()


class FacilityCard(QWidget):
    """A facility card the agent reads from, copies from, or sends into a reply."""

    # The agent wants this facility in the reply being written: the facility id.
    use_in_reply = Signal(str)
    # Text was put on the clipboard (the window shows a short note).
    copied = Signal(str)

    def __init__(
        self,
        clock: Clock,
        facilities: Mapping[str, Facility] | Iterable[Facility] = (),
        parent: QWidget | None = None,
        *,
        open_url: Callable[[str], object] = open_link,
        language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        # The agent's language: week days, country and holiday names.
        self.language = language
        # Every link on the card opens through this (the vetted open_link outside tests).
        self._open_url = open_url
        self.facilities = _by_id(facilities)
        self.facility: Facility | None = None
        self._shown_at: dt.datetime | None = None
        self.setAccessibleName(self.tr("Facility"))
        self.name = self._label(self.tr("Facility name"))
        self.status = self._label(self.tr("Opening status"))
        self.address = self._label(self.tr("Address"))
        self.contacts = LinkLinesLabel()
        self._make_label(self.contacts, self.tr("Phone, email and website"), links=True)
        self.contacts.setWordWrap(False)
        self.hours = self._label(self.tr("Opening hours this week"))
        self.details = self._label(self.tr("Services, notes and accessibility"))
        self.map_link = self._label(self.tr("Map"), links=True)
        self.copy_button = QPushButton(self.tr("&Copy address"))
        self.copy_button.setAccessibleName(self.tr("Copy address"))
        self.copy_button.setToolTip(self.tr("Copy the name and address to the clipboard"))
        self.copy_button.clicked.connect(self.copy_address)
        self.reply_button = QPushButton(self.tr("Use in &reply"))
        self.reply_button.setAccessibleName(self.tr("Use in reply"))
        self.reply_button.setToolTip(self.tr("Put this facility into the reply being written"))
        self.reply_button.clicked.connect(self._use_in_reply)
        self.message_button = QPushButton(self.tr("Copy as te&xt message"))
        self.message_button.setAccessibleName(self.tr("Copy as text message"))
        self.message_button.setToolTip(
            self.tr(
                "Copy a short text message (name, address, today's hours, phone) to the clipboard"
            )
        )
        self.message_button.clicked.connect(self.copy_text_message)
        self._layout()
        self._scale_name()
        self.clear()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a new theme (the status colour) and a new text size (the name)."""
        super().changeEvent(event)
        kind = event.type()
        # Events can arrive while __init__ is still building the labels.
        if not hasattr(self, "name"):
            return
        if kind in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._scale_name()
        palettes = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if kind in palettes and self.facility is not None and self._shown_at is not None:
            self._show_status(self.facility, self._shown_at)

    def _scale_name(self) -> None:
        # From the card's own font, which follows the application's text size.
        self.name.setFont(scaled_font(self.font(), NAME_SCALE, bold=True))

    def _label(self, accessible: str, links: bool = False) -> QLabel:
        label = QLabel()
        self._make_label(label, accessible, links)
        return label

    def _make_label(self, label: QLabel, accessible: str, links: bool = False) -> None:
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        flags = Qt.TextInteractionFlag.TextSelectableByMouse
        if links:
            flags |= Qt.TextInteractionFlag.LinksAccessibleByMouse
            flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            # Not Qt's own opening: every link goes through the vetted open_link.
            label.setOpenExternalLinks(False)
            label.linkActivated.connect(self._open_url)
        label.setTextInteractionFlags(flags)

    def _layout(self) -> None:
        body = QWidget()
        column = QVBoxLayout(body)
        for widget in (
            self.name,
            self.status,
            self.address,
            self.contacts,
            self.hours,
            self.details,
            self.map_link,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Every line wraps or shortens to the width: the card only ever scrolls down.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = scroll
        buttons = FlowButtons((self.copy_button, self.message_button, self.reply_button))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(scroll, 1)
        outer.addWidget(buttons)

    def set_content(self, content: Content) -> None:
        """Use these facilities from now on; the card follows the shown facility's new data."""
        self.facilities = dict(content.facilities)
        if self.facility is not None:
            current = self.facilities.get(self.facility.id)
            if current is None:
                self.clear()
            else:
                self.show_facility(current, self.clock())

    def show_facility_id(self, facility_id: str) -> None:
        """Show a facility by id, as it is now."""
        facility = self.facilities.get(facility_id)
        if facility is None:
            self.clear()
            return
        self.show_facility(facility, self.clock())

    def show_facility(self, facility: Facility, now: dt.datetime) -> None:
        """Show facility with its status at the aware instant now and the hours of that week."""
        self.facility = facility
        self._shown_at = now
        self.name.setText(html.escape(facility.name))
        self.name.setToolTip(plain_tooltip(facility.name))
        self._show_status(facility, now)
        self.address.setText(
            "<br>".join(html.escape(line) for line in address_lines(facility, True, self.language))
        )
        contacts = []
        if facility.phone:
            contacts.append(LinkLine(self.tr("Phone: "), _tel(facility.phone), facility.phone))
        if facility.email:
            contacts.append(
                LinkLine(self.tr("Email: "), f"mailto:{facility.email}", facility.email)
            )
        if facility.url:
            contacts.append(LinkLine(self.tr("Web: "), facility.url, facility.url))
        self.contacts.set_lines(contacts)
        self.contacts.setVisible(bool(contacts))
        self.hours.setText(self._hours_html(facility, now))
        self.details.setText(self._details_html(facility))
        self.map_link.setText(
            _link(map_url(facility), self.tr("Open map")) + self.tr(" (OpenStreetMap)")
        )
        for button in self._buttons():
            button.setEnabled(True)

    def _show_status(self, facility: Facility, now: dt.datetime) -> None:
        status = open_status(facility, now, self.language)
        colour = status_colour(status.open, self.palette()).name()
        self.status.setText(f'<span style="color:{colour}">{html.escape(status.text)}</span>')

    def _hours_html(self, facility: Facility, now: dt.datetime) -> str:
        zone = html.escape(facility.timezone)
        if facility.hours is None:
            unknown = html.escape(phrase("hours_unknown_call", self.language))
            return self.tr("<b>Opening hours</b><br>{unknown}.").format(unknown=unknown)
        week = week_hours(facility, local_date(facility, now), self.language)
        rows = "".join(_hours_row(line, self.language) for line in week)
        return self.tr("<b>Opening hours</b> (local time, {zone})<table>{rows}</table>").format(
            zone=zone, rows=rows
        )

    def _details_html(self, facility: Facility) -> str:
        parts = []
        if facility.services:
            parts.append(self.tr("<b>Services:</b> ") + html.escape(", ".join(facility.services)))
        if facility.notes:
            parts.append(
                self.tr("<b>Notes:</b> ") + html.escape(facility.notes).replace("\n", "<br>")
            )
        if facility.accessibility:
            parts.append(self.tr("<b>Accessibility:</b> ") + html.escape(facility.accessibility))
        return "<br>".join(parts)

    def clear(self) -> None:
        """Show that no facility is selected."""
        self.facility = None
        self._shown_at = None
        self.name.setText(self.tr("No facility selected"))
        self.name.setToolTip("")
        for label in (self.status, self.address, self.contacts, self.hours, self.details):
            label.clear()
        self.map_link.clear()
        for button in self._buttons():
            button.setEnabled(False)

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.copy_button, self.message_button, self.reply_button)

    def address_text(self) -> str:
        """The name and address, as copied; empty when nothing is shown."""
        if self.facility is None:
            return ""
        return f"{self.facility.name}\n{address_block(self.facility)}"

    def copy_address(self) -> None:
        """Put the name and address on the clipboard."""
        text = self.address_text()
        if text:
            QApplication.clipboard().setText(text)
            self.copied.emit(text)

    def message_text(self) -> str:
        """The short text message for the shown facility, for its hours today."""
        if self.facility is None:
            return ""
        return text_message(self.facility, self._shown_at or self.clock(), self.language)

    def copy_text_message(self) -> None:
        """Put a short text message about the facility on the clipboard."""
        text = self.message_text()
        if text:
            QApplication.clipboard().setText(text)
            self.copied.emit(text)

    def _use_in_reply(self) -> None:
        if self.facility is not None:
            self.use_in_reply.emit(self.facility.id)


def _by_id(facilities: Mapping[str, Facility] | Iterable[Facility]) -> dict[str, Facility]:
    if isinstance(facilities, Mapping):
        return dict(facilities)
    return {f.id: f for f in facilities}
