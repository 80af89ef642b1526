"""The Insights view: what agents could not find, what they used, questions to add to articles."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kbassist.analytics.database import EventDatabase
from kbassist.analytics.insights import Count, Insights, Suggestion, read_insights
from kbassist.content.folder import Content
from kbassist.ui.insights.chart import DailyChart
from kbassist.ui.jobs import JobRunner
from kbassist.ui.row_model import RoleSpec, RowModel

log = logging.getLogger(__name__)

ItemKeyRole = Qt.ItemDataRole.UserRole + 1
ItemKindRole = Qt.ItemDataRole.UserRole + 2
# The periods offered, in days; 0 is everything the log keeps.
PERIODS = (7, 30, 90, 0)
DEFAULT_PERIOD = 30
ROWS_PER_LIST = 20

# Adds a question to an article in the editor: (article id, question) -> None when done,
# else why not (the view then copies the YAML instead).
AddQuestion = Callable[[str, str], "str | None"]
Source = Callable[[], EventDatabase]


@dataclass(frozen=True)
class InsightRow:
    """One line of a list: its text, and what it is about (an article id, a query)."""

    text: str
    key: str
    kind: str
    tooltip: str = ""
    suggestion: Suggestion | None = None


ROW_ROLES: tuple[RoleSpec[InsightRow], ...] = (
    RoleSpec("display", Qt.ItemDataRole.DisplayRole, lambda row: row.text),
    RoleSpec("toolTip", Qt.ItemDataRole.ToolTipRole, lambda row: row.tooltip or row.text),
    RoleSpec("itemKey", ItemKeyRole, lambda row: row.key),
    RoleSpec("itemKind", ItemKindRole, lambda row: row.kind),
)


@dataclass(frozen=True)
class _Loaded:
    ticket: int
    insights: Insights | None
    error: str
    seconds: float


class InsightsView(QWidget):
    """The usage log summarised for a period, with a chart; reading runs off the GUI thread.

    source: opens a connection to the configured log (called on the view's own thread).
    add_question: puts a suggested question into the article in the editor.
    """

    # Open an item: its kind ("article") and id, as the main window's open_item takes them.
    open_requested = Signal(str, str)
    # A one-line message for the status bar.
    message = Signal(str)
    # The insights on screen changed (tests, and the time the view took to open).
    loaded = Signal()

    def __init__(
        self,
        source: Source,
        *,
        add_question: AddQuestion | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._add_question = add_question
        self._content: Content | None = None
        self._runner = JobRunner("kbassist-insights")
        self._ticket = 0
        self.insights: Insights | None = None
        self.load_seconds = 0.0
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for days in PERIODS:
            label = self.tr("Last {days} days").format(days=days) if days else self.tr("All")
            self.period.addItem(label, days)
        self.period.setCurrentIndex(PERIODS.index(DEFAULT_PERIOD))
        self.period.currentIndexChanged.connect(lambda _index: self.refresh())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.summary = QLabel(self.tr("Reading the usage log…"))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.chart = DailyChart()

        self.suggestions = self._list(self.tr("Questions to add to articles"))
        self.add_button = QPushButton(self.tr("&Add to the article"))
        self.add_button.setToolTip(
            self.tr("Add the query to the article's questions in the editor (then save)")
        )
        self.copy_button = QPushButton(self.tr("Copy as &YAML"))
        self.copy_button.setToolTip(self.tr("Copy the questions line to paste into the article"))
        self.add_button.clicked.connect(self.accept_current)
        self.copy_button.clicked.connect(self.copy_current)
        self.suggestions.view.doubleClicked.connect(lambda _index: self.accept_current())
        selection = self.suggestions.view.selectionModel()
        selection.currentChanged.connect(lambda _now, _before: self._update_buttons())
        self.no_result = self._list(self.tr("Searches that found nothing"))
        self.nothing_opened = self._list(self.tr("Searches where nothing was opened"))
        self.top_searches = self._list(self.tr("Top searches"))
        self.top_articles = self._list(self.tr("Top articles"))
        self.rated_no = self._list(self.tr("Articles rated “No” most"))
        self.templates = self._list(self.tr("Templates by use"))
        self.facilities = self._list(self.tr("Facilities looked up most"))
        for section in (self.top_articles, self.rated_no):
            section.view.activated.connect(self._open)
            section.view.doubleClicked.connect(self._open)

        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Period:")))
        head.addWidget(self.period)
        head.addWidget(self.refresh_button)
        head.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        suggestion_layout = self.suggestions.box.layout()
        assert isinstance(suggestion_layout, QVBoxLayout)
        suggestion_layout.addLayout(buttons)
        grid = QGridLayout()
        sections = (
            self.no_result,
            self.nothing_opened,
            self.top_searches,
            self.top_articles,
            self.rated_no,
            self.templates,
            self.facilities,
        )
        for n, section in enumerate(sections):
            grid.addWidget(section.box, n // 2, n % 2)
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.summary)
        column.addWidget(self.chart)
        column.addWidget(self.suggestions.box)
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(scroll, 1)
        self._update_buttons()

    def _list(self, title: str) -> _Section:
        box = QGroupBox(title)
        view = QListView()
        view.setAccessibleName(title)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setMinimumHeight(90)
        model: RowModel[InsightRow] = RowModel(ROW_ROLES, self)
        view.setModel(model)
        layout = QVBoxLayout(box)
        layout.addWidget(view)
        return _Section(box, view, model)

    # -- loading ----------------------------------------------------------------------------

    def set_content(self, content: Content | None) -> None:
        """The content the rows name (titles) and the suggestions check (questions asked)."""
        self._content = content
        if self.insights is not None:
            self._show(self.insights)
        if self.isVisible():
            # A question accepted and saved is in the content now: its suggestion goes.
            self.refresh()

    def since(self) -> dt.datetime | None:
        """The start of the period chosen (None: everything)."""
        days = int(self.period.currentData() or 0)
        if not days:
            return None
        today = dt.datetime.now(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)
        return today - dt.timedelta(days=days - 1)

    def refresh(self) -> None:
        """Read the log again for the period chosen (the newest request wins)."""
        self._ticket += 1
        ticket, since, source = self._ticket, self.since(), self._source
        questions = (
            {a.id: list(a.questions) for a in self._content.articles.values()}
            if self._content is not None
            else None
        )

        def job() -> _Loaded:
            began = time.perf_counter()
            try:
                database = source()
            except Exception as exc:  # the message names the database and what to do
                return _Loaded(ticket, None, str(exc), time.perf_counter() - began)
            try:
                found = read_insights(database, since, limit=ROWS_PER_LIST, questions=questions)
            except Exception as exc:  # a damaged file or a dropped connection
                log.warning("Cannot read the usage log %s: %s", database.where, exc)
                message = self.tr("Cannot read the usage log {where}: {error}").format(
                    where=database.where, error=exc
                )
                return _Loaded(ticket, None, message, time.perf_counter() - began)
            finally:
                database.close()
            return _Loaded(ticket, found, "", time.perf_counter() - began)

        self._runner.submit(job, self._on_loaded, lane="insights")

    def _on_loaded(self, loaded: _Loaded) -> None:
        if not shiboken6.isValid(self) or loaded.ticket != self._ticket:
            return
        self.load_seconds = loaded.seconds
        if loaded.insights is None:
            self.summary.setText(loaded.error)
            self.message.emit(loaded.error)
        else:
            self._show(loaded.insights)
        self.loaded.emit()

    def shutdown(self) -> None:
        """End the view's reading thread (at exit)."""
        self._runner.stop()

    # -- showing ----------------------------------------------------------------------------

    def _title(self, article_id: str) -> str:
        article = self._content.articles.get(article_id) if self._content else None
        return article.title if article is not None else article_id

    def _show(self, insights: Insights) -> None:
        self.insights = insights
        if insights.searches:
            self.summary.setText(
                # Counts after a colon: no noun has to agree with a number in any language.
                self.tr("Searches: {searches} · agents: {agents} · found nothing: {rate}%").format(
                    searches=insights.searches,
                    agents=insights.agents,
                    rate=round(insights.no_result_rate * 100),
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "No searches recorded in this period. Searches appear here once agents "
                    "pause typing in the search box."
                )
            )
        self.chart.set_days(insights.days)
        self.suggestions.model.set_rows(
            InsightRow(
                self.tr("Add “{query}” to the questions of {title} ({times}×)").format(
                    query=s.query, title=self._title(s.article_id), times=s.times
                ),
                s.article_id,
                "suggestion",
                s.yaml(),
                suggestion=s,
            )
            for s in insights.suggestions
        )
        self._counts(self.no_result, insights.no_result, "query")
        self._counts(self.nothing_opened, insights.nothing_opened, "query")
        self._counts(self.top_searches, insights.top_searches, "query")
        self._counts(self.top_articles, insights.top_articles, "article")
        self.rated_no.model.set_rows(
            InsightRow(
                self.tr("{no} No · {yes} Yes  {title}").format(
                    no=r.no, yes=r.yes, title=self._title(r.article_id)
                ),
                r.article_id,
                "article",
            )
            for r in insights.rated_no
        )
        self._counts(self.templates, insights.templates, "template")
        self._counts(self.facilities, insights.facilities, "facility")
        if self.suggestions.model.rowCount():
            self.suggestions.view.setCurrentIndex(self.suggestions.model.index(0, 0))
        self._update_buttons()

    def _counts(self, section: _Section, counts: list[Count], kind: str) -> None:
        titled = kind == "article"
        section.model.set_rows(
            InsightRow(f"{c.count:>4}  {self._title(c.key) if titled else c.label}", c.key, kind)
            for c in counts
        )

    def _update_buttons(self) -> None:
        current = self.current_suggestion() is not None
        self.add_button.setEnabled(current and self._add_question is not None)
        self.copy_button.setEnabled(current)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(ItemKindRole) == "article":
            self.open_requested.emit("article", str(index.data(ItemKeyRole)))

    # -- suggestions ------------------------------------------------------------------------

    def current_suggestion(self) -> Suggestion | None:
        """The suggestion chosen in the list (the first one after a load)."""
        index = self.suggestions.view.currentIndex()
        rows = self.suggestions.model.rows()
        if not index.isValid() or not 0 <= index.row() < len(rows):
            return None
        return rows[index.row()].suggestion

    def accept_current(self) -> None:
        """Put the chosen suggestion into its article in the editor; when that cannot be
        done, copy it as YAML instead and say where it goes."""
        suggestion = self.current_suggestion()
        if suggestion is None:
            return
        title = self._title(suggestion.article_id)
        why = (
            self._add_question(suggestion.article_id, suggestion.query)
            if self._add_question is not None
            else self.tr("no editor")
        )
        if why is None:
            self.message.emit(
                self.tr(
                    "Added “{query}” to the questions of {title} in the editor; save to keep it."
                ).format(query=suggestion.query, title=title)
            )
            rows = [r for r in self.suggestions.model.rows() if r.suggestion != suggestion]
            self.suggestions.model.set_rows(rows)
            if rows:
                self.suggestions.view.setCurrentIndex(self.suggestions.model.index(0, 0))
            self._update_buttons()
            return
        self._copy(suggestion, title, why)

    def copy_current(self) -> None:
        """Copy the chosen suggestion as the YAML line for the article's front matter."""
        suggestion = self.current_suggestion()
        if suggestion is not None:
            self._copy(suggestion, self._title(suggestion.article_id), "")

    def _copy(self, suggestion: Suggestion, title: str, why: str) -> None:
        QGuiApplication.clipboard().setText(suggestion.yaml())
        text = self.tr("Copied as YAML: paste it into the front matter of {title}.").format(
            title=title
        )
        self.message.emit(f"{why}. {text}" if why else text)


@dataclass(frozen=True)
class _Section:
    """A titled list of the view."""

    box: QGroupBox
    view: QListView
    model: RowModel[InsightRow]
