"""The facility finder: a postcode or town in, the nearest facilities and their hours out."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import zoneinfo
from collections.abc import Iterable, Mapping

from PySide6.QtCore import (
    QDateTime,
    QEvent,
    QItemSelection,
    QModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kbassist.common.clock import Clock
from kbassist.common.languages import primary_language
from kbassist.content.folder import Content
from kbassist.facilities.finder import Finder, FinderResult, all_services
from kbassist.facilities.geo import Units
from kbassist.facilities.locate import Gazetteer, Location, PlaceSource, UnknownPlaceError
from kbassist.facilities.model import Facility, Place, Placement
from kbassist.facilities.opening import open_status
from kbassist.ui.finder.card import FacilityCard
from kbassist.ui.finder.delegate import FinderDelegate
from kbassist.ui.finder.model import FacilityIdRole, FinderResultsModel

# Long enough to fold a burst of typing into one search, short enough to feel immediate.
DEBOUNCE_MS = 60
# "Closes in 40 minutes" must not go stale while the panel sits open during a call.
REFRESH_MS = 60_000
COMPLETIONS = 10
RESULTS = 10
# Facilities with unknown hours listed under "Open only": enough to call, not to crowd.
UNKNOWN_RESULTS = 3
NOW, AT = 0, 1
# Equal starting widths of the results and the card (QSplitter scales them to fit).
CARD_SHARE = 1000


class LocationBox(QLineEdit):
    """The location field; Up, Down and Enter act on the results without leaving it."""

    # Up (-1) or Down (+1) pressed.
    move_requested = Signal(int)
    # Enter pressed.
    accept_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Route navigation keys to the results; everything else types."""
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_requested.emit()
        else:
            super().keyPressEvent(event)


class FinderPanel(QWidget):
    """Location, service and time filters, ranked result cards, and the selected facility."""

    # The agent wants a facility in the reply being written: the facility id.
    use_in_reply = Signal(str)
    # Text was put on the clipboard (the window shows a short note).
    copied = Signal(str)
    # Results for this location text are on screen (tests and benchmarks wait for it).
    results_shown = Signal(str)

    def __init__(
        self,
        facilities: Mapping[str, Facility] | Iterable[Facility],
        places: Iterable[Place],
        clock: Clock,
        units: Units = Units.KM,
        parent: QWidget | None = None,
        *,
        language: str = "en",
        more_places: PlaceSource | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.units = units
        self.finder = Finder(facilities)
        # The imported postcode list (placestore.PlaceStore), asked for what places lack.
        self.more_places = more_places
        self.gazetteer = Gazetteer(places, more_places)
        self.location: Location | None = None
        self.location_box = LocationBox()
        self.location_box.setPlaceholderText(self.tr("Postcode, town or lat,lon"))
        self.location_box.setAccessibleName(self.tr("Customer location"))
        self.location_box.setClearButtonEnabled(True)
        self.completions = QStringListModel(self)
        self.completer = QCompleter(self.completions, self)
        # The gazetteer already matched ignoring accents; Qt must not filter again.
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.location_box.setCompleter(self.completer)
        self.service_combo = QComboBox()
        self.service_combo.setAccessibleName(self.tr("Service"))
        self.when_combo = QComboBox()
        self.when_combo.setAccessibleName(self.tr("Open when"))
        self.when_combo.addItems([self.tr("Now"), self.tr("At…")])
        self.when_edit = QDateTimeEdit()
        self.when_edit.setAccessibleName(self.tr("Open at date and time"))
        self.when_edit.setDisplayFormat("ddd d MMM yyyy HH:mm")
        self.when_edit.setDateTime(_qdatetime(clock()))
        self.when_edit.setEnabled(False)
        # Back to the time now, following the clock, after the agent chose a time.
        self.now_button = QPushButton(self.tr("&Now"))
        self.now_button.setAccessibleName(self.tr("Back to now"))
        self.now_button.setToolTip(
            self.tr("Show opening status for the time now, following the clock")
        )
        self.now_button.clicked.connect(lambda: self.set_when(None))
        self.now_button.hide()
        self.open_only = QCheckBox(self.tr("&Open only"))
        self.open_only.setAccessibleName(self.tr("Open only"))
        self.open_only.setToolTip(
            self.tr(
                "Only facilities open then; those with unknown hours are listed apart, to call "
                "first"
            )
        )
        self.message = QLabel()
        self.message.setAccessibleName(self.tr("Finder status"))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.linkActivated.connect(self._use_suggestion)
        self.model = FinderResultsModel(units, language)
        self.results = QListView()
        self.results.setAccessibleName(self.tr("Nearest facilities"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(FinderDelegate(self.results))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # The agent's language: holiday, week-day and country names in statuses and the card.
        self.language = language
        self.card = FacilityCard(clock, self.finder.facilities, language=language)
        self.card.use_in_reply.connect(self.use_in_reply)
        self.card.copied.connect(self.copied)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        # Ticks once a minute: "Now" follows the clock and the statuses stay current.
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._refresh_now)
        self.refresh_timer.start()
        self._set_services()
        self._connect()
        self._layout()
        self.setFocusProxy(self.location_box)
        self.message.setText(self.tr("Type the customer's postcode or town."))
        self._fit_when_edit()

    def changeEvent(self, event: QEvent) -> None:
        """A new text size widens the date and time box to keep all of it readable."""
        super().changeEvent(event)
        fonts = (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange)
        if event.type() in fonts and hasattr(self, "when_edit"):
            self._fit_when_edit()

    def _fit_when_edit(self) -> None:
        # The widest date the format can show, plus the frame and the arrows.
        metrics = self.when_edit.fontMetrics()
        widest = metrics.horizontalAdvance("Wed 28 Sep 2026 00:00")
        arrows = self.when_edit.sizeHint().width() - metrics.horizontalAdvance(
            self.when_edit.text()
        )
        self.when_edit.setMinimumWidth(widest + max(arrows, 0) + metrics.averageCharWidth())

    def _connect(self) -> None:
        self.location_box.textEdited.connect(self._on_text_edited)
        self.location_box.move_requested.connect(self.move_selection)
        self.location_box.accept_requested.connect(self.select_first)
        self.completer.activated.connect(self._on_completion)
        self.service_combo.currentIndexChanged.connect(lambda _i: self.search_now())
        self.when_combo.currentIndexChanged.connect(self._on_when_changed)
        self.when_edit.dateTimeChanged.connect(lambda _v: self.search_now())
        self.open_only.toggled.connect(lambda _on: self.search_now())
        selection = self.results.selectionModel()
        selection.selectionChanged.connect(self._on_selection)

    def _layout(self) -> None:
        # Two rows, so that the date and time never get squeezed at a large text size.
        filters = QHBoxLayout()
        filters.addWidget(self.service_combo)
        filters.addWidget(self.open_only)
        filters.addStretch(1)
        when = QHBoxLayout()
        when.addWidget(self.when_combo)
        when.addWidget(self.when_edit)
        when.addWidget(self.now_button)
        when.addStretch(1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.location_box)
        column.addLayout(filters)
        column.addLayout(when)
        column.addWidget(self.message)
        column.addWidget(self.results, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # The card as wide as the results: its hours and buttons then fit on one line each.
        splitter.setSizes([CARD_SHARE, CARD_SHARE])
        self.splitter = splitter
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(splitter)

    def _set_services(self) -> None:
        current = self.service
        self.service_combo.blockSignals(True)
        self.service_combo.clear()
        self.service_combo.addItem(self.tr("All services"), "")
        for service in all_services(self.finder.facilities):
            self.service_combo.addItem(service.replace("-", " ").capitalize(), service)
        self.service_combo.setCurrentIndex(max(self.service_combo.findData(current), 0))
        self.service_combo.blockSignals(False)

    # -- state ------------------------------------------------------------------------------

    @property
    def service(self) -> str:
        """The service filter ("" for all)."""
        return str(self.service_combo.currentData() or "")

    def at(self) -> dt.datetime:
        """The instant the statuses are for: now, or the chosen time in the clock's zone."""
        now = self.clock()
        if self.when_combo.currentIndex() == NOW:
            return now
        chosen = self.when_edit.dateTime()
        day, clock = chosen.date(), chosen.time()
        naive = dt.datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())
        if isinstance(now.tzinfo, zoneinfo.ZoneInfo):
            return naive.replace(tzinfo=now.tzinfo)
        # A fixed offset is only right for today; the machine's zone knows daylight saving.
        return naive.astimezone()

    def set_when(self, when: dt.datetime | None) -> None:
        """Statuses for now (None) or for a wall-clock time in the clock's zone."""
        if when is None:
            if self.when_combo.currentIndex() == NOW:
                self._follow_clock()
            self.when_combo.setCurrentIndex(NOW)
            return
        for widget in (self.when_combo, self.when_edit):
            widget.blockSignals(True)
        self.when_combo.setCurrentIndex(AT)
        self.when_edit.setDateTime(_qdatetime(when))
        self.when_edit.setEnabled(True)
        self.now_button.show()
        for widget in (self.when_combo, self.when_edit):
            widget.blockSignals(False)
        self.search_now()

    @property
    def follows_clock(self) -> bool:
        """Whether the statuses are for the time now (the agent has not chosen a time)."""
        return self.when_combo.currentIndex() == NOW

    def _follow_clock(self) -> None:
        """Show the time now in the (disabled) date and time box."""
        self.when_edit.blockSignals(True)
        self.when_edit.setDateTime(_qdatetime(self.clock()))
        self.when_edit.blockSignals(False)

    def prepared_finder(self, content: Content) -> Finder:
        """A finder over content's facilities with what its first query needs worked out
        (holiday calendars, today's exceptions). Safe off the GUI thread: it reads the clock
        and the language and touches no widget."""
        finder = Finder(content.facilities)
        finder.prepare(self.clock(), self.language)
        return finder

    def set_content(self, content: Content, finder: Finder | None = None) -> None:
        """Use this content's facilities and gazetteer from now on.

        finder, built off the GUI thread from content.facilities, saves building it here
        (about 0.4 s for 50,000 facilities).
        """
        self.finder = finder or Finder(content.facilities)
        self.gazetteer = Gazetteer(content.places, self.more_places)
        self._set_services()
        self.card.set_content(content)
        if self.location_box.text().strip():
            self.search_now()

    # -- searching --------------------------------------------------------------------------

    def _on_text_edited(self, text: str) -> None:
        names = [p.name for p in self.gazetteer.complete(text, COMPLETIONS)]
        self.completions.setStringList(names)
        self._debounce.start()

    def _on_completion(self, text: str) -> None:
        self.location_box.setText(text)
        self.select_first()

    def _on_when_changed(self, index: int) -> None:
        at_time = index == AT
        if not at_time or not self.when_edit.isEnabled():
            # At…: start from now, as the customer usually means later today or tomorrow.
            self._follow_clock()
        self.when_edit.setEnabled(at_time)
        self.now_button.setVisible(at_time)
        self.search_now()

    def _refresh_now(self) -> None:
        if not self.follows_clock:
            return
        self._follow_clock()
        if self.location is not None:
            self.search_now()

    def search_now(self) -> None:
        """Locate the text in the location box and show the nearest facilities."""
        self._debounce.stop()
        text = self.location_box.text()
        if not text.strip():
            self._show([], [], self.tr("Type the customer's postcode or town."))
            self.location = None
            self.results_shown.emit(text)
            return
        try:
            self.location = self.gazetteer.locate(text)
            note = ""
        except UnknownPlaceError as exc:
            completions = self.gazetteer.complete(text, 1)
            if not completions:
                self.location = None
                # The agent may have typed the facility itself, or a town nobody placed.
                named = self.finder.by_name(text, self.at(), service=self.service or None)
                found = self.tr(
                    "“{place}” is no place in the gazetteer. Facilities it names (distance "
                    "unknown):"
                ).format(place=html.escape(text.strip()))
                self._show(named, [], found if named else self._unknown_html(exc))
                self.results_shown.emit(text)
                return
            # Typing is still going on: show the nearest to the best completion meanwhile.
            place = completions[0]
            self.location = Location(place.lat, place.lon, place.name, place.kind)
            note = self.tr(" (best match so far)")
        else:
            self._close_popup()
        at = self.at()
        lat, lon, service = self.location.lat, self.location.lon, self.service or None
        open_only = self.open_only.isChecked()
        results = self.finder.nearest(
            lat,
            lon,
            at,
            service=service,
            open_only=open_only,
            limit=RESULTS,
            unknown=False,
            query=text,
        )
        # Never promised as open, never hidden: unknown hours get a group of their own.
        unknown = (
            self.finder.unknown_hours_near(lat, lon, at, service=service, limit=UNKNOWN_RESULTS)
            if open_only
            else []
        )
        results, unknown = self._in_language(results, at), self._in_language(unknown, at)
        where = html.escape(self.location.label) + note
        if results or unknown:
            summary = self.tr("Nearest to <b>{where}</b>").format(where=where)
            if any(r.facility.placement is not Placement.GIVEN for r in (*results, *unknown)):
                summary += self.tr(" · ≈ placed by postcode or town, not surveyed")
        else:
            summary = self.tr("No facility near <b>{where}</b> matches the filters.").format(
                where=where
            )
        self._show(results, unknown, summary)
        self.results_shown.emit(text)

    def _in_language(self, results: list[FinderResult], at: dt.datetime) -> list[FinderResult]:
        """The statuses told in the agent's language (the finder tells them in English)."""
        if primary_language(self.language) == "en":
            return results
        return [
            dataclasses.replace(r, status=open_status(r.facility, at, self.language))
            for r in results
        ]

    def _close_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible():
            popup.hide()

    def _unknown_html(self, error: UnknownPlaceError) -> str:
        text = self.tr("No place called “{place}” is in the gazetteer.").format(
            place=html.escape(error.query.strip())
        )
        if error.suggestions:
            links = ", ".join(
                f'<a href="{html.escape(p.name, quote=True)}">{html.escape(p.name)}</a>'
                for p in error.suggestions
            )
            return self.tr("{problem}<br>Did you mean: {links}?").format(problem=text, links=links)
        return self.tr("{problem}<br>Type a postcode, a town, or coordinates as lat,lon.").format(
            problem=text
        )

    def _use_suggestion(self, name: str) -> None:
        self.location_box.setText(name)
        self.location_box.setFocus()
        self.search_now()

    def _show(self, results: list[FinderResult], unknown: list[FinderResult], message: str) -> None:
        previous = self.card.facility.id if self.card.facility is not None else None
        self.model.set_results(results, unknown)
        self.message.setText(message)
        row = self.model.row_of(previous) if previous else -1
        if row >= 0:
            self.results.setCurrentIndex(self.model.index(row, 0))
        else:
            self.card.clear()

    # -- selection --------------------------------------------------------------------------

    def move_selection(self, step: int) -> None:
        """Move the selected result up (-1) or down (+1), from the location box."""
        if self._debounce.isActive():
            self.search_now()
        count = self.model.rowCount()
        if not count:
            return
        current = self.results.currentIndex()
        row = current.row() + step if current.isValid() else (0 if step > 0 else count - 1)
        self.results.setCurrentIndex(self.model.index(max(0, min(count - 1, row)), 0))

    def select_first(self) -> None:
        """Search now if typing is pending, then select the nearest result."""
        self.search_now()
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0, 0))

    def selected_id(self) -> str | None:
        """The id of the selected facility, if any."""
        current = self.results.currentIndex()
        return str(current.data(FacilityIdRole)) if current.isValid() else None

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        self._show_card(indexes[0])

    def _show_card(self, index: QModelIndex) -> None:
        result = self.model.row_at(index.row())
        if result is not None:
            self.card.show_facility(result.facility, self.at())


def _qdatetime(when: dt.datetime) -> QDateTime:
    """The wall-clock time of when, as the date-time editor shows it."""
    return QDateTime(when.year, when.month, when.day, when.hour, when.minute, 0)
