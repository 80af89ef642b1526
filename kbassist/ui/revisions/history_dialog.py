"""An article's git history: its versions, what changed between two, and restoring one."""

from __future__ import annotations

import os
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kbassist.common.localformat import format_moment
from kbassist.problems import shown_path
from kbassist.revisions.repository import Change, ContentRepository, RevisionsError
from kbassist.ui.article.browser import ArticleBrowser
from kbassist.ui.jobs import JobRunner
from kbassist.ui.plaintext import plain_label
from kbassist.ui.revisions.diff_view import Comparison, SourceDiffView, compare, rendered_html
from kbassist.ui.row_model import RoleSpec, RowModel
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

ChangeRole = Qt.ItemDataRole.UserRole + 1
DIFF_LANE = "revisions-diff"
HINT = QT_TRANSLATE_NOOP(
    "history_dialog",
    "Select one version to compare it with the working copy, or two (Ctrl+click) to compare them.",
)


@dataclass(frozen=True)
class VersionRow:
    """A row of the list: a commit, or (change None) the file as it is on disk now."""

    change: Change | None

    def text(self) -> str:
        """What the row reads: date, author and message, or that it is the working copy."""
        change = self.change
        if change is None:
            return QCoreApplication.translate("VersionRow", "Working copy — the file as it is now")
        when = format_moment(change.when)
        return f"{when}  ·  {change.author_name}\n{change.summary}"

    def tip(self) -> str:
        """The full message, the id and the author's e-mail."""
        change = self.change
        if change is None:
            return QCoreApplication.translate(
                "VersionRow", "The file on disk, with any changes not committed yet"
            )
        return (
            f"{change.message.strip()}\n\n{change.commit_id}\n"
            f"{change.author_name} <{change.author_email}>\n{change.path.name}"
        )


@dataclass(frozen=True)
class _Loaded:
    changes: list[Change]
    error: str = ""
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Compared:
    comparison: Comparison | None
    error: str = ""


@dataclass(frozen=True)
class _Restored:
    text: str | None
    error: str = ""


def version_model(parent: QWidget | None = None) -> RowModel[VersionRow]:
    """The list model of versions, newest first, the working copy on top."""
    return RowModel(
        [
            RoleSpec("display", Qt.ItemDataRole.DisplayRole, VersionRow.text),
            RoleSpec("tooltip", Qt.ItemDataRole.ToolTipRole, VersionRow.tip),
            RoleSpec("change", ChangeRole, lambda row: row.change),
        ],
        parent,
    )


class HistoryDialog(QDialog):
    """Lists the commits of one article; shows the difference between the chosen versions
    as source and rendered; restores an old version into the editor (which saves nothing
    until the editor does). Every git read runs on runner, off the GUI thread."""

    # The text of the chosen old version, for the editor to take in place of its own.
    restore_requested = Signal(str)

    def __init__(
        self,
        repository: ContentRepository,
        path: Path,
        title: str,
        runner: JobRunner,
        known_ids: Collection[str] = (),
        article_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revisions-history")
        self.setWindowTitle(self.tr("History of {title}").format(title=title))
        self._repository = repository
        self._path = path
        self._runner = runner
        self._known_ids = frozenset(known_ids)
        self._article_id = article_id
        self._ticket = 0
        self._comparison: Comparison | None = None

        shown = shown_path(Path(os.path.realpath(path)), repository.content_root).as_posix()
        self.heading = plain_label(f"{title}  ·  {shown}")
        self.heading.setObjectName("revisions-heading")
        heading_font = self.heading.font()
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.model = version_model(self)
        self.versions = QListView()
        self.versions.setObjectName("revisions-versions")
        self.versions.setAccessibleName(self.tr("Versions, newest first"))
        self.versions.setModel(self.model)
        self.versions.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.versions.setAlternatingRowColors(True)
        self.versions.setSpacing(2)
        self.versions.setWordWrap(True)
        self.hint = plain_label(QCoreApplication.translate("history_dialog", HINT))
        self.hint.setWordWrap(True)
        self.status = plain_label(self.tr("Reading the history…"))
        self.status.setObjectName("revisions-status")
        self.status.setWordWrap(True)
        self.source = SourceDiffView()
        self.rendered = ArticleBrowser()
        self.rendered.setAccessibleName(self.tr("Differences, rendered"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rendered, self.tr("&Rendered"))
        self.tabs.addTab(self.source, self.tr("S&ource"))
        self.restore_button = QPushButton(self.tr("Restore this version into the &editor"))
        self.restore_button.setObjectName("revisions-restore")
        self.restore_button.setToolTip(
            self.tr(
                "Put the selected version's text in the editor; nothing is saved until you save"
            )
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.versions, 1)
        left_layout.addWidget(self.hint)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        self.skipped = plain_label("")
        self.skipped.setObjectName("revisions-skipped")
        self.skipped.setWordWrap(True)
        self.skipped.setVisible(False)
        layout.addWidget(self.skipped)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1024, 700)

        self.versions.selectionModel().selectionChanged.connect(self._selection_changed)
        self._runner.submit(self._load, self._loaded)

    # Background work (these run on the runner's thread and touch no widget)

    def _load(self) -> _Loaded:
        try:
            skipped: list[str] = []
            changes = self._repository.history(self._path, skipped)
            return _Loaded(changes, skipped=tuple(skipped))
        except RevisionsError as exc:
            return _Loaded([], str(exc))

    def _compare(self, old: str, new: str | None) -> _Compared:
        try:
            versions = self._repository.versions(self._path, old, new)
            root = self._repository.root
            comparison = compare(versions, root, self._known_ids, self._article_id)
        except RevisionsError as exc:
            return _Compared(None, str(exc))
        return _Compared(comparison)

    def _read_version(self, change: Change) -> _Restored:
        try:
            return _Restored(self._repository.text_at(change.path, change.commit_id))
        except RevisionsError as exc:
            return _Restored(None, str(exc))

    # Results, on the GUI thread

    def _loaded(self, loaded: _Loaded) -> None:
        if not shiboken6.isValid(self):
            return
        if loaded.error:
            self.status.setText(loaded.error)
            return
        # Commits that could not be read stay named above the list, whatever is compared.
        self.skipped.setText("\n".join(loaded.skipped))
        self.skipped.setVisible(bool(loaded.skipped))
        self.model.set_rows([VersionRow(None), *(VersionRow(c) for c in loaded.changes)])
        if not loaded.changes:
            self.status.setText(
                self.tr("This article has not been committed yet: it has no history.")
            )
            return
        # The last change made, to begin with: the newest commit against the one before it.
        self.select_rows([1, 2] if len(loaded.changes) > 1 else [1])

    def select_rows(self, rows: list[int]) -> None:
        """Select these rows of the list (the comparison follows)."""
        selection = self.versions.selectionModel()
        selection.clearSelection()
        if rows:
            flag = QItemSelectionModel.SelectionFlag.NoUpdate
            selection.setCurrentIndex(self.model.index(rows[0]), flag)
        for row in rows:
            selection.select(self.model.index(row), QItemSelectionModel.SelectionFlag.Select)

    def selected_rows(self) -> list[VersionRow]:
        """The selected rows, newest first."""
        indexes = sorted(i.row() for i in self.versions.selectionModel().selectedRows())
        return [row for row in (self.model.row_at(i) for i in indexes) if row is not None]

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        single = len(rows) == 1 and rows[0].change is not None
        self.restore_button.setEnabled(single)
        if not rows:
            return
        newest, oldest = rows[0], rows[-1]
        if len(rows) == 1:
            if newest.change is None:
                # The working copy alone: against the last commit, what is not committed yet.
                oldest = self.model.row_at(1) or newest
            else:
                newest = VersionRow(None)
        if oldest.change is None:
            self.status.setText(
                self.tr("This article has not been committed yet: nothing to compare.")
            )
            return
        old = oldest.change.commit_id
        new = newest.change.commit_id if newest.change is not None else None
        self._ticket += 1
        ticket = self._ticket
        self.status.setText(self.tr("Comparing…"))
        self._runner.submit(
            lambda: self._compare(old, new),
            lambda result: self._compared(ticket, result),
            lane=DIFF_LANE,
        )

    def _compared(self, ticket: int, result: _Compared) -> None:
        if not shiboken6.isValid(self) or ticket != self._ticket:
            return  # a newer choice is on its way
        if result.comparison is None:
            self.status.setText(result.error)
            return
        self._comparison = result.comparison
        old, new = result.comparison.versions
        moved = ""
        if old.path != new.path and old.path.is_relative_to(self._repository.content_root):
            moved = self.tr(" (then {as_posix})").format(
                as_posix=old.path.relative_to(self._repository.content_root).as_posix()
            )
        self.status.setText(
            self.tr("From {label}{moved} to {label2}").format(
                label=old.label, moved=moved, label2=new.label
            )
        )
        self.source.show_lines(result.comparison.source)
        self._show_rendered()

    def _show_rendered(self) -> None:
        if self._comparison is not None:
            self.rendered.show_html(rendered_html(self._comparison, self.rendered.palette()))

    def changeEvent(self, event: QEvent) -> None:
        """The theme changed: mark the rendered blocks in the new palette's tints."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_rendered()

    def _restore(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or rows[0].change is None:
            return
        change = rows[0].change
        self.restore_button.setEnabled(False)
        self._runner.submit(lambda: self._read_version(change), self._restored)

    def _restored(self, result: _Restored) -> None:
        if not shiboken6.isValid(self):
            return
        self.restore_button.setEnabled(True)
        if result.text is None:
            self.status.setText(result.error)
            return
        self.restore_requested.emit(result.text)
        self.status.setText(self.tr("Restored into the editor. Save there to keep it, or undo."))
