"""Commit changed content files: which files, the message, and who the commit will be by."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kbassist.common.plural import count
from kbassist.problems import shown_path
from kbassist.revisions.repository import (
    Change,
    ContentRepository,
    FileChange,
    FileStatus,
    Identity,
    RevisionsError,
)
from kbassist.ui.jobs import JobRunner
from kbassist.ui.plaintext import plain_label
from kbassist.ui.row_model import Index, RoleSpec, RowModel

FileChangeRole = Qt.ItemDataRole.UserRole + 1


class CheckableFiles(RowModel[FileChange]):
    """The changed files, each with a check box saying whether it goes into the commit."""

    def __init__(self, repository: ContentRepository, parent: QObject | None = None) -> None:
        self._content_root = repository.content_root
        super().__init__(
            [
                RoleSpec("display", Qt.ItemDataRole.DisplayRole, self.describe),
                RoleSpec("change", FileChangeRole, lambda change: change),
            ],
            parent,
        )
        self._unchecked: set[FileChange] = set()

    def describe(self, change: FileChange) -> str:
        """ "modified — articles/returns.md", with where a renamed file came from."""
        text = f"{change.status.value} — {self._shown(change.path)}"
        if change.old_path is not None:
            text += self.tr(" (from {shown})").format(shown=self._shown(change.old_path))
        if change.status is FileStatus.UNSUPPORTED:
            text += self.tr(" — use your git tool for it")
        return text

    def _shown(self, path: Path) -> str:
        return shown_path(path, self._content_root).as_posix()

    def set_rows(self, rows: Iterable[FileChange]) -> None:
        """Replace the files; every file starts checked."""
        self._unchecked = set()
        super().set_rows(rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Rows are checkable, except links and other files only git tools commit."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is not None and row.status is FileStatus.UNSUPPORTED:
            # Greyed, so it reads as listed for information, not as a choice.
            return super().flags(index) & ~Qt.ItemFlag.ItemIsEnabled
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The row's roles, and its check state."""
        if role == Qt.ItemDataRole.CheckStateRole:
            row = self.row_at(index.row()) if index.isValid() else None
            if row is None or row.status is FileStatus.UNSUPPORTED:
                return None
            unchecked = row in self._unchecked
            return Qt.CheckState.Unchecked if unchecked else Qt.CheckState.Checked
        return super().data(index, role)

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        """Check or uncheck a file."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if row.status is FileStatus.UNSUPPORTED:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._unchecked.discard(row)
        else:
            self._unchecked.add(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def checked(self) -> list[FileChange]:
        """The files that go into the commit."""
        return [
            row
            for row in self.rows()
            if row not in self._unchecked and row.status is not FileStatus.UNSUPPORTED
        ]


@dataclass(frozen=True)
class _State:
    files: list[FileChange]
    identity: Identity | None
    error: str = ""


@dataclass(frozen=True)
class _Outcome:
    change: Change | None
    committed: list[FileChange]
    error: str = ""


class CommitDialog(QDialog):
    """Lists the content files that differ from the last commit, each checked; commits the
    checked ones with the message, as the author from git config. Git work runs on runner."""

    # A commit was made: its short id (the status bar and the article's last change follow).
    committed = Signal(str)

    def __init__(
        self, repository: ContentRepository, runner: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revisions-commit")
        self.setWindowTitle(self.tr("Commit content changes"))
        self._repository = repository
        self._runner = runner
        self._identity: Identity | None = None
        # What the last commit made, kept in view above what is left to commit.
        self._done = ""

        files_label = QLabel(
            self.tr("Changed content &files (only the checked ones are committed):")
        )
        self.model = CheckableFiles(repository, self)
        self.files = QListView()
        self.files.setObjectName("revisions-files")
        self.files.setAccessibleName(self.tr("Changed content files"))
        self.files.setModel(self.model)
        files_label.setBuddy(self.files)
        message_label = QLabel(self.tr("&Message:"))
        self.message = QPlainTextEdit()
        self.message.setObjectName("revisions-message")
        self.message.setAccessibleName(self.tr("Commit message"))
        self.message.setPlaceholderText(
            self.tr(
                "What changed and why. The first line is the summary people see in the history."
            )
        )
        self.message.setTabChangesFocus(True)
        message_label.setBuddy(self.message)
        self.author = plain_label("")
        self.author.setObjectName("revisions-author")
        self.author.setWordWrap(True)
        self.outcome = plain_label(self.tr("Looking for changes…"))
        self.outcome.setObjectName("revisions-result")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.commit_button = QPushButton(self.tr("&Commit"))
        self.commit_button.setObjectName("revisions-commit-button")
        self.commit_button.setEnabled(False)
        self.commit_button.setDefault(True)
        self.commit_button.clicked.connect(self.commit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.commit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(files_label)
        layout.addWidget(self.files, 3)
        layout.addWidget(message_label)
        layout.addWidget(self.message, 2)
        layout.addWidget(self.author)
        layout.addWidget(self.outcome)
        layout.addWidget(buttons)
        self.resize(640, 520)

        self.model.dataChanged.connect(self._update_button)
        self.message.textChanged.connect(self._update_button)
        self.refresh()

    def refresh(self) -> None:
        """Read the changed files and the identity again (off the GUI thread)."""
        self.commit_button.setEnabled(False)
        self._runner.submit(self._read_state, self._show_state)

    def commit(self) -> None:
        """Commit the checked files with the message."""
        files = self.model.checked()
        message = self.message.toPlainText()
        if not files or not message.strip() or self._identity is None:
            return
        self.commit_button.setEnabled(False)
        self.outcome.setText(self.tr("Committing…"))
        self._runner.submit(lambda: self._commit(files, message), self._committed)

    # Background work

    def _read_state(self) -> _State:
        try:
            files = self._repository.changed_content_files()
        except RevisionsError as exc:
            return _State([], None, str(exc))
        try:
            return _State(files, self._repository.identity())
        except RevisionsError as exc:
            return _State(files, None, str(exc))

    def _commit(self, files: list[FileChange], message: str) -> _Outcome:
        paths = [file.path for file in files]
        try:
            return _Outcome(self._repository.commit(paths, message), files)
        except RevisionsError as exc:
            return _Outcome(None, [], str(exc))

    # Results

    def _show_state(self, state: _State) -> None:
        if not shiboken6.isValid(self):
            return
        self.model.set_rows(state.files)
        self._identity = state.identity
        if state.identity is not None:
            name, email = state.identity
            self.author.setText(
                self.tr("The commit will be by {name} <{email}> (from your git config).").format(
                    name=name, email=email
                )
            )
        else:
            self.author.setText("")
        if state.error:
            left = state.error
        elif not state.files:
            left = self.tr("Nothing to commit: the content is as in the last commit.")
        else:
            left = self.tr("{count} changed.").format(count=count(len(state.files), "file"))
        self.outcome.setText(f"{self._done}\n{left}" if self._done else left)
        self._update_button()

    def _committed(self, outcome: _Outcome) -> None:
        if not shiboken6.isValid(self):
            return
        if outcome.change is None:
            self.outcome.setText(outcome.error)
            self._update_button()
            return
        change = outcome.change
        files = count(len(outcome.committed), "file")
        self.outcome.setText(
            self.tr(
                "Committed {short_id}: {summary} ({files}). Push with your git tool to share it."
            ).format(short_id=change.short_id, summary=change.summary, files=files)
        )
        self._done = self.outcome.text()
        self.message.clear()
        self.committed.emit(change.short_id)
        self.refresh()

    def _update_button(self) -> None:
        ready = bool(self.model.checked()) and bool(self.message.toPlainText().strip())
        self.commit_button.setEnabled(ready and self._identity is not None)
