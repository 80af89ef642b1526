"""One facility in full: address for its country, contacts, this week's hours, map, actions."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kbassist.common.clock import Clock
from kbassist.content.folder import Content
from kbassist.facilities.address import address_block, address_lines, map_url
from kbassist.facilities.model import Facility
from kbassist.facilities.opening import MONTH_NAMES, DayLine, local_date, open_status, week_hours
from kbassist.ui.finder.colours import status_colour


def _link(href: str, text: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(text)}</a>'


def _tel(phone: str) -> str:
    """A tel: URI: the digits and a leading +, as dialers want them."""
    return "tel:" + "".join(c for c in phone if c.isdigit() or c == "+")


def _hours_row(line: DayLine) -> str:
    text = line.text
    if line.exception:
        text += " — special hours" if line.text != "Closed" else " — special closing"
    month = MONTH_NAMES[line.day.month - 1]
    day = f"{line.weekday[:3]} {line.day.day} {month}" if line.exception else line.weekday
    if line.today:
        day, text = f"<b>{html.escape(day)} (today)</b>", f"<b>{html.escape(text)}</b>"
    else:
        day, text = html.escape(day), html.escape(text)
    return f"<tr><td>{day}&nbsp;&nbsp;</td><td>{text}</td></tr>"


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
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.facilities = _by_id(facilities)
        self.facility: Facility | None = None
        self.setAccessibleName("Facility")
        self.name = self._label("Facility name")
        big = self.name.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.name.setFont(big)
        self.status = self._label("Opening status")
        self.address = self._label("Address")
        self.contacts = self._label("Phone, email and website", links=True)
        self.hours = self._label("Opening hours this week")
        self.details = self._label("Services, notes and accessibility")
        self.map_link = self._label("Map", links=True)
        self.copy_button = QPushButton("&Copy address")
        self.copy_button.setAccessibleName("Copy address")
        self.copy_button.setToolTip("Copy the name and address to the clipboard")
        self.copy_button.clicked.connect(self.copy_address)
        self.reply_button = QPushButton("Use in &reply")
        self.reply_button.setAccessibleName("Use in reply")
        self.reply_button.setToolTip("Put this facility into the reply being written")
        self.reply_button.clicked.connect(self._use_in_reply)
        self._layout()
        self.clear()

    def _label(self, accessible: str, links: bool = False) -> QLabel:
        label = QLabel()
        label.setAccessibleName(accessible)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        flags = Qt.TextInteractionFlag.TextSelectableByMouse
        if links:
            flags |= Qt.TextInteractionFlag.LinksAccessibleByMouse
            flags |= Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            label.setOpenExternalLinks(True)
        label.setTextInteractionFlags(flags)
        return label

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
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.reply_button)
        buttons.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

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
        status = open_status(facility, now)
        self.name.setText(html.escape(facility.name))
        colour = status_colour(status.open, self.palette()).name()
        self.status.setText(f'<span style="color:{colour}">{html.escape(status.text)}</span>')
        self.address.setText(
            "<br>".join(html.escape(line) for line in address_lines(facility, True))
        )
        contacts = []
        if facility.phone:
            contacts.append("Phone: " + _link(_tel(facility.phone), facility.phone))
        if facility.email:
            contacts.append("Email: " + _link(f"mailto:{facility.email}", facility.email))
        if facility.url:
            contacts.append("Web: " + _link(facility.url, facility.url))
        self.contacts.setText("<br>".join(contacts))
        self.contacts.setVisible(bool(contacts))
        self.hours.setText(self._hours_html(facility, now))
        self.details.setText(self._details_html(facility))
        self.map_link.setText(_link(map_url(facility), "Open the map (OpenStreetMap)"))
        for button in (self.copy_button, self.reply_button):
            button.setEnabled(True)

    def _hours_html(self, facility: Facility, now: dt.datetime) -> str:
        zone = html.escape(facility.timezone)
        if facility.hours is None:
            return "<b>Opening hours</b><br>Hours unknown: ask the customer to call ahead."
        rows = "".join(_hours_row(line) for line in week_hours(facility, local_date(facility, now)))
        return f"<b>Opening hours</b> (local time, {zone})<table>{rows}</table>"

    def _details_html(self, facility: Facility) -> str:
        parts = []
        if facility.services:
            parts.append("<b>Services:</b> " + html.escape(", ".join(facility.services)))
        if facility.notes:
            parts.append("<b>Notes:</b> " + html.escape(facility.notes).replace("\n", "<br>"))
        if facility.accessibility:
            parts.append("<b>Accessibility:</b> " + html.escape(facility.accessibility))
        return "<br>".join(parts)

    def clear(self) -> None:
        """Show that no facility is selected."""
        self.facility = None
        self.name.setText("No facility selected")
        for label in (self.status, self.address, self.contacts, self.hours, self.details):
            label.clear()
        self.map_link.clear()
        for button in (self.copy_button, self.reply_button):
            button.setEnabled(False)

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

    def _use_in_reply(self) -> None:
        if self.facility is not None:
            self.use_in_reply.emit(self.facility.id)


def _by_id(facilities: Mapping[str, Facility] | Iterable[Facility]) -> dict[str, Facility]:
    if isinstance(facilities, Mapping):
        return dict(facilities)
    return {f.id: f for f in facilities}
