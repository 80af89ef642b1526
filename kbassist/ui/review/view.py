"""The Review view: what needs review, grouped by owner or reason, filtered by owner and window."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kbassist.common.plural import count
from kbassist.content.folder import Content
from kbassist.review.report import (
    NO_OWNER_LABEL,
    Reason,
    ReviewItem,
    ReviewReport,
    build_report,
)
from kbassist.ui.review.delegate import ReviewDelegate
from kbassist.ui.review.model import Grouping, ReviewModel, ReviewRow, report_rows
from kbassist.ui.settings import REVIEW_WINDOW_DAYS, AppSettings
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

ALL_OWNERS = QT_TRANSLATE_NOOP("view", "All owners")
MAX_WINDOW_DAYS = 3650
NOTHING_LOADED = QT_TRANSLATE_NOOP("view", "The review appears once the content has been read.")
NOTHING_TO_REVIEW = QT_TRANSLATE_NOOP(
    "view", "Nothing to review: every article is owned, summarised and within its dates."
)
# The owner filter's data for "No owner" and for every owner, besides real owner names.
_NOBODY = ""
_EVERYONE = None


class ReviewView(QWidget):
    """The review report as a grouped list; Enter or a double-click opens the article."""

    # Open an item: its kind ("article") and id, as the main window's open_item takes them.
    open_requested = Signal(str, str)
    # Open this article (its id) in the editor.
    edit_requested = Signal(str)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._content: Content | None = None
        self._today = dt.date.today()
        self._more: tuple[ReviewItem, ...] = ()
        self.report: ReviewReport | None = None

        self.grouping = QComboBox()
        self.grouping.setAccessibleName(self.tr("Group by"))
        for grouping in Grouping:
            self.grouping.addItem(QCoreApplication.translate("model", grouping.value), grouping)
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Owner"))
        self.owner_filter.addItem(QCoreApplication.translate("view", ALL_OWNERS), _EVERYONE)
        self.window_days = QSpinBox()
        self.window_days.setAccessibleName(self.tr("Due soon within days"))
        self.window_days.setRange(1, MAX_WINDOW_DAYS)
        self.window_days.setSuffix(self.tr(" days"))
        self.window_days.setValue(settings.get(REVIEW_WINDOW_DAYS))
        self.window_days.setToolTip(
            self.tr("Reviews due in this many days or fewer count as due soon")
        )
        self.summary = QLabel(QCoreApplication.translate("view", NOTHING_LOADED))
        self.summary.setAccessibleName(self.tr("Review summary"))
        self.summary.setWordWrap(True)
        self.model = ReviewModel(self)
        self.list = QListView()
        self.list.setAccessibleName(self.tr("Articles to review"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(ReviewDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the article"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setAccessibleName(self.tr("Edit the article"))
        self.edit_button.setToolTip(self.tr("Open the article in the editor"))

        bar = QHBoxLayout()
        for text, control, stretch in (
            (self.tr("Group by"), self.grouping, 0),
            (self.tr("Owner"), self.owner_filter, 1),
            (self.tr("Due soon within"), self.window_days, 0),
        ):
            label = QLabel(text)
            label.setBuddy(control)
            if bar.count():
                bar.addSpacing(12)
            bar.addWidget(label)
            bar.addWidget(control, stretch)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self.grouping.currentIndexChanged.connect(lambda _index: self._show())
        self.owner_filter.currentIndexChanged.connect(lambda _index: self._show())
        self.window_days.valueChanged.connect(self._window_changed)
        # Enter, and a double-click (Fusion activates on double-click), open the article.
        self.list.activated.connect(self._activated)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._enable_buttons())
        self.open_button.clicked.connect(self.open_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self._enable_buttons()

    def refresh(self, content: Content, today: dt.date, more: Iterable[ReviewItem] = ()) -> None:
        """Review content as of today; more: items found elsewhere, such as translations
        older than their source (worked out off the GUI thread from the content's history)."""
        self._content = content
        self._today = today
        self._more = tuple(more)
        self._show()

    def selected_item(self) -> ReviewItem | None:
        """The item chosen in the list; None when nothing (or a heading) is."""
        row = self.model.row_at(self.list.currentIndex().row())
        return row.item if row is not None else None

    def open_selected(self) -> None:
        """Ask for the chosen item's article to be shown."""
        item = self.selected_item()
        if item is not None:
            self.open_requested.emit("article", item.article_id)

    def edit_selected(self) -> None:
        """Ask for the chosen item's article to be opened in the editor."""
        item = self.selected_item()
        if item is not None:
            self.edit_requested.emit(item.article_id)

    def _window_changed(self, days: int) -> None:
        self._settings.set(REVIEW_WINDOW_DAYS, days)
        self._show()

    def _show(self) -> None:
        """Rebuild the list from the content, keeping the chosen item when it is still there."""
        if self._content is None:
            return
        chosen = self.selected_item()
        full = build_report(
            self._content, self._today, within_days=self.window_days.value(), more=self._more
        )
        self._set_owners(full.owners())
        report = full.for_owner(self.owner_filter.currentData())
        self.report = report
        grouping = self.grouping.currentData()
        assert isinstance(grouping, Grouping)
        rows = report_rows(report, grouping)
        self.model.set_rows(rows)
        self.summary.setText(
            _summary(report)
            if report.items
            else QCoreApplication.translate("view", NOTHING_TO_REVIEW)
        )
        self._choose(rows, chosen)
        self._enable_buttons()

    def _set_owners(self, owners: list[str]) -> None:
        """The owner filter lists every owner in the report; the choice made stays."""
        wanted = self.owner_filter.currentData()
        choices: list[tuple[str, str | None]] = [
            (QCoreApplication.translate("view", ALL_OWNERS), _EVERYONE)
        ]
        choices += [(owner or NO_OWNER_LABEL, owner) for owner in owners]
        if wanted is not _EVERYONE and wanted not in owners:
            choices.append((wanted or NO_OWNER_LABEL, wanted))  # nothing left, still chosen
        current = [
            (self.owner_filter.itemText(i), self.owner_filter.itemData(i))
            for i in range(self.owner_filter.count())
        ]
        if current == choices:
            return
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        for text, owner in choices:
            self.owner_filter.addItem(text, owner)
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(wanted)))
        self.owner_filter.blockSignals(False)

    def _choose(self, rows: list[ReviewRow], chosen: ReviewItem | None) -> None:
        items = [(n, row.item) for n, row in enumerate(rows) if row.item is not None]
        if not items:
            return
        same = [n for n, item in items if chosen is not None and _same(item, chosen)]
        self.list.setCurrentIndex(self.model.index((same or [items[0][0]])[0]))

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None and row.item is not None:
            self.open_requested.emit("article", row.item.article_id)

    def _enable_buttons(self) -> None:
        chosen = self.selected_item() is not None
        self.open_button.setEnabled(chosen)
        self.edit_button.setEnabled(chosen)


def _same(item: ReviewItem, other: ReviewItem) -> bool:
    """The same finding about the same article, in a report made again."""
    return (item.article_id, item.reason) == (other.article_id, other.reason)


def _summary(report: ReviewReport) -> str:
    """The report's line, then how many items of each reason."""
    counts = report.counts()
    parts = [f"{reason.label}: {counts[reason]}" for reason in Reason if counts[reason]]
    return QCoreApplication.translate("view", "{count} to look at — ").format(
        count=count(report.article_count, "article")
    ) + " · ".join(parts)
