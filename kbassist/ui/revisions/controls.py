"""The window's git: the content folder's repository, its status-bar line, history and commits."""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kbassist.revisions.repository import ContentRepository, RevisionsError, open_repository
from kbassist.ui.jobs import JobRunner
from kbassist.ui.revisions.commit_dialog import CommitDialog
from kbassist.ui.revisions.history_dialog import HistoryDialog
from kbassist.ui.revisions.status_text import last_change_text, tracking_text

T = TypeVar("T")


class RepositoryControls(QObject):
    """Owns the repository the content folder is in (if any) and the one thread that reads
    it: dulwich objects are used from that thread only, so a slow history walk never
    freezes the window and two walks never share a repository object."""

    # Whether the content folder is in a git repository (History and Commit need one).
    available = Signal(bool)
    # A line for the status bar when something went wrong.
    message = Signal(str)

    def __init__(
        self,
        *,
        tracking_label: QLabel,
        show_last_change: Callable[[Path, str], None],
        restore: Callable[[Path, str], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._tracking_label = tracking_label
        self._show_last_change = show_last_change
        self._restore = restore
        self._runner = JobRunner("kbassist-git")
        self._runner.failed.connect(self.message.emit)
        self._root: Path | None = None
        self.repository: ContentRepository | None = None

    def open(self, content_root: Path) -> None:
        """Find the repository holding content_root (after a start or a folder switch)."""
        old, self.repository, self._root = self.repository, None, content_root
        self.available.emit(False)

        def job() -> tuple[ContentRepository | None, str]:
            if old is not None:
                old.close()
            try:
                repository = open_repository(content_root)
            except RevisionsError as exc:
                return None, str(exc)
            status = repository.tracking_status() if repository is not None else None
            return repository, tracking_text(status)

        def done(result: tuple[ContentRepository | None, str]) -> None:
            repository, text = result
            if not shiboken6.isValid(self) or content_root != self._root:
                if repository is not None:
                    self._runner.submit(repository.close, lambda _closed: None)
                return
            self.repository = repository
            self._tracking_label.setText(text)
            self.available.emit(repository is not None)

        self._runner.submit(job, done)

    def refresh_tracking(self) -> None:
        """Say again how the branch stands (after a reload or a commit)."""
        repository = self.repository
        if repository is None:
            return

        def shown(text: str) -> None:
            if shiboken6.isValid(self):
                self._tracking_label.setText(text)

        self._runner.submit(lambda: tracking_text(repository.tracking_status()), shown)

    def last_change(self, path: Path) -> None:
        """Look up who changed path last; the answer goes to show_last_change(path, text)."""
        repository = self.repository
        if repository is None:
            return

        def job() -> str:
            return last_change_text(repository.last_change(path))

        def shown(text: str) -> None:
            if shiboken6.isValid(self):
                self._show_last_change(path, text)

        self._runner.submit(
            job,
            shown,
            lane="last-change",
            on_failed=lambda _message: None,  # a line of detail: never worth an alarm
        )

    def show_history(
        self, path: Path, title: str, known_ids: Collection[str], article_id: str
    ) -> None:
        """The history dialog of one article; a restored version goes to the editor."""
        repository = self.repository
        if repository is None:
            self.message.emit(self.tr("The content folder is not in a git repository."))
            return
        dialog = HistoryDialog(
            repository, path, title, self._runner, known_ids, article_id, self._parent
        )
        dialog.restore_requested.connect(lambda text: self._restore(path, text))
        dialog.exec()
        self._delete_after_its_jobs(dialog)

    def show_commit(self, after: Callable[[], None]) -> None:
        """The commit dialog; after runs once something was committed."""
        repository = self.repository
        if repository is None:
            self.message.emit(self.tr("The content folder is not in a git repository."))
            return
        dialog = CommitDialog(repository, self._runner, self._parent)
        dialog.committed.connect(lambda _short_id: self.refresh_tracking())
        dialog.committed.connect(lambda _short_id: after())
        dialog.exec()
        self._delete_after_its_jobs(dialog)

    def _delete_after_its_jobs(self, dialog: QWidget) -> None:
        # Jobs the dialog queued may still run: the dialog goes after them (the runner keeps
        # its order), never while a job of its own is reading its fields.
        def delete(_done: None) -> None:
            if shiboken6.isValid(dialog):
                dialog.deleteLater()

        self._runner.submit(lambda: None, delete)

    def run(self, work: Callable[[], T], on_done: Callable[[T], None], *, lane: str) -> None:
        """Other work that reads the repository's history (the review's translation dates),
        on the git thread, latest wins in its lane."""
        self._runner.submit(work, on_done, lane=lane)

    def stop(self) -> None:
        """Close the repository and end the git thread (the window is closing)."""
        repository, self.repository = self.repository, None
        if repository is not None:
            self._runner.submit(repository.close, lambda _closed: None)
        self._runner.stop()
