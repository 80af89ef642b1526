"""Keeping the reply in progress as a draft: saved while it changes, listed for reopening."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMenu

from kbassist.common.clock import Clock
from kbassist.content.folder import Content
from kbassist.drafts import Draft, DraftError, DraftStore

AUTOSAVE_MS = 3000
RECENT_DRAFTS = 10


class DraftKeeper(QObject):
    """Writes the current draft to the store every few seconds, and on demand, if it changed."""

    # The draft was written to disk: its id.
    saved = Signal(str)
    # The store could not save, read or delete a draft: what to do about it.
    failed = Signal(str)

    def __init__(
        self,
        store: DraftStore,
        clock: Clock,
        current: Callable[[], Draft | None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._clock = clock
        self._current = current
        # Set when the reply changes; a save clears it, so an idle reply is not written again.
        self.changed = False
        self._timer = QTimer(self)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save)
        self._timer.start()

    def save(self) -> None:
        """Write the draft now if it changed since the last save."""
        draft = self._current()
        if draft is None or not self.changed:
            return
        try:
            self.store.save(draft, now=self._clock())
        except DraftError as exc:
            self.failed.emit(str(exc))
            return
        self.changed = False
        self.saved.emit(draft.id)

    def load(self, draft_id: str) -> Draft | None:
        """The saved draft; None (with the reason told) when it cannot be read."""
        try:
            return self.store.load(draft_id)
        except DraftError as exc:
            self.failed.emit(str(exc))
            return None

    def discard(self, draft_id: str) -> None:
        """Remove a draft that is no longer needed (the reply went out)."""
        try:
            self.store.delete(draft_id)
        except DraftError as exc:
            self.failed.emit(str(exc))

    def latest(self) -> str | None:
        """The id of the most recently saved draft, if there is one."""
        recent = self.store.recent(1)
        return recent[0].id if recent else None

    def stop(self) -> None:
        """No more saves by the timer."""
        self._timer.stop()


def fill_drafts_menu(
    menu: QMenu, store: DraftStore, content: Content | None, open_draft: Callable[[str], object]
) -> None:
    """List the recent drafts in menu by template title and first line, then any unreadable."""
    menu.clear()
    recent = store.recent(RECENT_DRAFTS)
    if not recent:
        menu.addAction("No drafts").setEnabled(False)
    for draft in recent:
        title = draft.template_id
        if content is not None and draft.template_id in content.replies:
            title = content.replies[draft.template_id].title
        first = next((line for line in draft.body.splitlines() if line.strip()), "")
        action = menu.addAction(f"{title} — {first[:40]}")
        action.triggered.connect(lambda _checked=False, i=draft.id: open_draft(i))
    for problem in store.problems:
        menu.addAction(f"⚠ {problem.message}").setEnabled(False)
