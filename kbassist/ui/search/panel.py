"""The search column: the search box, filters, the results list and its empty state."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from kbassist.common.plural import count
from kbassist.search.query import MAX_QUERY_CHARS
from kbassist.ui.languages import endonym
from kbassist.ui.search.result_delegate import ResultDelegate
from kbassist.ui.search.results_model import ResultItem, ResultsModel
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

# Keystrokes that arrive in one pass of the event loop (a paste, a fast typist, a barcode
# scanner) fold into one search here; keystrokes typed while a search runs fold into one
# in the search thread's mailbox. So no fixed delay is added to what the agent sees.
DEBOUNCE_MS = 0
# Search by meaning costs a question's vector (10-20 ms), so it runs once typing pauses this
# long: a "settled" search, fused with meaning, replaces the word results of the same query.
SETTLE_MS = 150
# The answer pane follows the chosen result once the agent pauses on it: ↑ ↓ held down or
# pressed in a run skip through without rendering every article on the way.
PREVIEW_MS = 250
KIND_FILTERS = (
    (QT_TRANSLATE_NOOP("panel", "All"), ""),
    (QT_TRANSLATE_NOOP("panel", "Articles"), "article"),
    (QT_TRANSLATE_NOOP("panel", "Replies"), "reply"),
    (QT_TRANSLATE_NOOP("panel", "Facilities"), "facility"),
)


class SearchBox(QLineEdit):
    """The search field; arrow keys and Enter act on the results without leaving it."""

    # Up (-1) or Down (+1) pressed.
    move_requested = Signal(int)
    # Enter pressed.
    open_requested = Signal()
    # Tab pressed while a "did you mean" suggestion is showing.
    suggestion_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.suggestion_available = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Route navigation keys to the results; everything else types."""
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
        elif key == Qt.Key.Key_Escape:
            self.clear()
        else:
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """Tab applies the suggestion instead of moving focus when there is one."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and self.suggestion_available
        ):
            self.suggestion_requested.emit()
            return True
        return super().event(event)


class SearchPanel(QWidget):
    """Search box, kind and language filters, results; asks for searches, never runs them."""

    # Debounced: (query text, kind filter or "", language filter or "").
    search_requested = Signal(str, str, str)
    # The same query once typing has paused SETTLE_MS (never on every keystroke): the search
    # worth spending more on (search by meaning). Only the latest pause asks.
    settled_search_requested = Signal(str, str, str)
    # An item to open: (kind, id).
    open_requested = Signal(str, str)
    # The chosen result after a pause, to show without opening it: (kind, id).
    preview_requested = Signal(str, str)
    # The list was scrolled to its end and the search has more results than it shows.
    more_requested = Signal()

    def __init__(self, agent_language: str = "en") -> None:
        super().__init__()
        self.search_box = SearchBox()
        self.search_box.setPlaceholderText(
            self.tr("Search articles, replies and facilities   (Ctrl+K)")
        )
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setClearButtonEnabled(True)
        big = self.search_box.font()
        big.setPointSizeF(big.pointSizeF() * 1.3)
        self.search_box.setFont(big)
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show kind"))
        for label, value in KIND_FILTERS:
            self.kind_filter.addItem(QCoreApplication.translate("panel", label), value)
        self.language_filter = QComboBox()
        self.language_filter.setAccessibleName(self.tr("Language"))
        self.language_filter.addItem(self.tr("All languages"), "")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Index progress"))
        self.progress.setMaximumHeight(6)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.status.setWordWrap(True)
        self.status.linkActivated.connect(lambda _link: self.apply_suggestion())
        self.model = ResultsModel()
        self.delegate = ResultDelegate(agent_language)
        self.results = QListView()
        self.results.setAccessibleName(self.tr("Results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(self.delegate)
        self.results.setUniformItemSizes(False)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.activated.connect(self._open_index)
        self.results.clicked.connect(self._open_index)
        self._suggestion: str | None = None
        # The results' query (text, kind, language); a list for the same query again (the
        # content was re-read, more were loaded) keeps the agent's choice instead of row 1.
        self._shown_query: tuple[str, str, str] | None = None
        self.total = 0
        self._loading_more = False
        # Selection changes made by the window to match what it shows trigger no preview.
        self._quiet = False
        self._preview = QTimer(self)
        self._preview.setSingleShot(True)
        self._preview.setInterval(PREVIEW_MS)
        self._preview.timeout.connect(self._emit_preview)
        self.results.selectionModel().currentChanged.connect(self._current_changed)
        self.results.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.results.verticalScrollBar().rangeChanged.connect(lambda _lo, _hi: self._scrolled())
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit_search)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._emit_settled)
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        self.search_box.textChanged.connect(lambda _text: self._settle.start())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._emit_search())
        self.language_filter.currentIndexChanged.connect(lambda _i: self._emit_search())
        for combo in (self.kind_filter, self.language_filter):
            combo.currentIndexChanged.connect(lambda _i: self._settle.start())
        self.search_box.move_requested.connect(self.move_selection)
        self.search_box.open_requested.connect(self.open_selected)
        self.search_box.suggestion_requested.connect(self.apply_suggestion)
        self._layout()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.language_filter)
        filters.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 4, 8)
        column.addWidget(self.search_box)
        column.addWidget(self.progress)
        column.addLayout(filters)
        column.addWidget(self.status)
        column.addWidget(self.results, 1)

    @property
    def kind(self) -> str:
        """The kind filter ("" for all)."""
        return str(self.kind_filter.currentData() or "")

    @property
    def language(self) -> str:
        """The language filter ("" for all)."""
        return str(self.language_filter.currentData() or "")

    def set_languages(self, languages: list[str]) -> None:
        """Offer these languages in the language filter, keeping the current choice."""
        current = self.language
        self.language_filter.blockSignals(True)
        self.language_filter.clear()
        self.language_filter.addItem(self.tr("All languages"), "")
        for code in sorted(languages):
            self.language_filter.addItem(endonym(code), code)
        found = self.language_filter.findData(current)
        self.language_filter.setCurrentIndex(max(found, 0))
        self.language_filter.blockSignals(False)

    def requested_query(self) -> tuple[str, str, str]:
        """The query the box and filters ask for now: (text, kind, language)."""
        return (self.search_box.text(), self.kind, self.language)

    @property
    def shown_query(self) -> tuple[str, str, str] | None:
        """The query of the results on screen, or None for the home list."""
        return self._shown_query

    def more_finished(self) -> None:
        """No more results are on their way (the search failed, was dropped or found none)."""
        self._loading_more = False

    def _emit_search(self) -> None:
        self.search_requested.emit(*self.requested_query())

    def _emit_settled(self) -> None:
        query = self.requested_query()
        if query[0].strip():
            self.settled_search_requested.emit(*query)

    def refresh(self) -> None:
        """Ask for the current search again (the content changed), then its settled search."""
        self._emit_search()
        self._settle.start()

    def refresh_settled(self) -> None:
        """Ask for the settled search of the current query again (search by meaning became
        ready), without the word search before it."""
        self._emit_settled()

    def show_results(
        self,
        items: list[ResultItem],
        total: int,
        suggestion: str | None,
        *,
        truncated: bool = False,
        query: tuple[str, str, str] | None = None,
    ) -> None:
        """Show hits of query (text, kind, language; the box's by default), or the empty
        state with a suggestion and a filter hint.

        For a new query the first result is chosen and previewed after the pause; for the same
        query again the chosen result stays chosen.
        """
        query = query or self.requested_query()
        same = query == self._shown_query
        self._shown_query = query
        self.total = total
        self._loading_more = False
        self._set_items(items, keep_choice=same)
        if not same and items:
            self._preview.start()
        self._suggestion = suggestion
        self.search_box.suggestion_available = bool(suggestion)
        cut = (
            self.tr("Searched the first {MAX_QUERY_CHARS} characters only.").format(
                MAX_QUERY_CHARS=MAX_QUERY_CHARS
            )
            if truncated
            else ""
        )
        if items:
            hint = self.count_text()
            if any(item.by_meaning for item in items):
                hint += self.tr(" · some found by meaning")
            if suggestion:
                hint += self.tr(" · Did you mean <a href='#'>{suggestion}</a>? (Tab)").format(
                    suggestion=html.escape(suggestion)
                )
            self.status.setText(f"{hint} · {cut}" if cut else hint)
            return
        lines = [
            self.tr("<b>No results for “{query}”.</b>").format(query=html.escape(query[0].strip()))
        ]
        if cut:
            lines.append(cut)
        if suggestion:
            lines.append(
                self.tr("Did you mean <a href='#'>{suggestion}</a>? Press Tab to use it.").format(
                    suggestion=html.escape(suggestion)
                )
            )
        if self.kind and self.language:
            lines.append(self.tr("The kind and language filters are on: try All."))
        elif self.kind:
            lines.append(self.tr("The kind filter is on: try All."))
        elif self.language:
            lines.append(self.tr("The language filter is on: try All languages."))
        lines.append(
            self.tr(
                "Tip: fewer words, or filters in the query: <i>kind:reply</i>, <i>lang:sl</i>, "
                '<i>tag:refund</i>, <i>"exact phrase"</i>.'
            )
        )
        self.status.setText("<br>".join(lines))

    def count_text(self) -> str:
        """What the list holds: "1 result", "30 of 147 results · scroll for more"."""
        shown = self.model.rowCount()
        if self.total <= shown:
            return count(shown, "result")
        return self.tr("{shown} of {count} · scroll for more").format(
            shown=shown, count=count(self.total, "result")
        )

    def show_home(self, items: list[ResultItem]) -> None:
        """The empty search box: pinned and recent items, one keystroke away."""
        self._shown_query = None
        self._loading_more = False
        self.total = len(items)
        self._preview.stop()
        self._set_items(items, keep_choice=False)
        self._suggestion = None
        self.search_box.suggestion_available = False
        self.status.setText(
            self.tr("Pinned and recent items (Ctrl+D pins the open item)")
            if items
            else self.tr("Type to search. Ctrl+D pins an open item so it shows here.")
        )

    def _set_items(self, items: list[ResultItem], *, keep_choice: bool) -> None:
        current = self.current_item()
        had_choice = current is not None
        scroll = self.results.verticalScrollBar().value()
        self._quiet = True
        try:
            self.model.set_rows(items)
            if keep_choice:
                # Chosen before, chosen now (or nothing, when the window shows an item the
                # list does not hold): the list never points at something not on screen.
                if had_choice and current is not None:
                    self._select_key(current.key)
                self.results.verticalScrollBar().setValue(scroll)
            elif items:
                self.results.setCurrentIndex(self.model.index(0, 0))
        finally:
            self._quiet = False

    def current_item(self) -> ResultItem | None:
        """The chosen result, or None."""
        index = self.results.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _select_key(self, key: str) -> bool:
        row = next((n for n, item in enumerate(self.model.rows()) if item.key == key), -1)
        selection = self.results.selectionModel()
        if row < 0:
            selection.clear()
            self.results.setCurrentIndex(self.model.index(-1, 0))
            return False
        self.results.setCurrentIndex(self.model.index(row, 0))
        return True

    def select_key(self, key: str) -> None:
        """Choose the row of key, or no row when the list does not hold it, without a preview:
        the window calls this to make the list agree with what it shows."""
        self._preview.stop()
        self._quiet = True
        try:
            self._select_key(key)
        finally:
            self._quiet = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet:
            return
        if current.isValid():
            self._preview.start()
        else:
            self._preview.stop()

    def _emit_preview(self) -> None:
        item = self.current_item()
        if item is not None:
            self.preview_requested.emit(item.kind, item.id)

    def _scrolled(self) -> None:
        bar = self.results.verticalScrollBar()
        if (
            not self._loading_more
            and self._shown_query is not None
            and self.model.rowCount() < self.total
            and bar.value() >= bar.maximum()
            and self.model.rowCount() > 0
            and (bar.maximum() > 0 or self.results.isVisible())
        ):
            self._loading_more = True
            self.more_requested.emit()

    def extend_results(self, items: list[ResultItem], total: int) -> None:
        """Show more results of the same query under those already shown."""
        self._loading_more = False
        self.total = total
        known = {item.key for item in self.model.rows()}
        self.model.extend([item for item in items if item.key not in known])
        if self.suggestion is None:
            self.status.setText(self.count_text())
        else:
            self.status.setText(
                self.tr("{count_text} · Did you mean <a href='#'>{suggestion}</a>? (Tab)").format(
                    count_text=self.count_text(), suggestion=html.escape(self.suggestion)
                )
            )

    def apply_suggestion(self) -> None:
        """Replace the query with the "did you mean" suggestion."""
        if self._suggestion:
            self.search_box.setText(self._suggestion)
            self.search_box.setFocus()

    @property
    def suggestion(self) -> str | None:
        """The suggestion showing now."""
        return self._suggestion

    def move_selection(self, step: int) -> None:
        """Move the selected result up or down, staying in the search box."""
        count = self.model.rowCount()
        if not count:
            return
        row = self.results.currentIndex().row()
        row = min(count - 1, max(0, (row if row >= 0 else -1) + step))
        self.results.setCurrentIndex(self.model.index(row, 0))

    def open_selected(self) -> None:
        """Open the selected result (Enter)."""
        self._open_index(self.results.currentIndex())

    def open_nth(self, number: int) -> None:
        """Open result number (1-based; Alt+1..9)."""
        self._open_index(self.model.index(number - 1, 0))

    def _open_index(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row()) if index.isValid() else None
        if item is not None:
            self.open_requested.emit(item.kind, item.id)

    def set_progress(self, done: int, total: int) -> None:
        """Show index build progress; hidden when done."""
        if total <= 0 or done >= total:
            self.progress.hide()
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.show()
