"""Keeping the reply in progress as a draft: saved while it changes, listed for reopening."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMenu

from kbassist.common.clock import Clock
from kbassist.content.folder import Content
from kbassist.drafts import Draft, DraftError, DraftStore, edited_when

AUTOSAVE_MS = 3000
RECENT_DRAFTS = 10
# How long the Undo for a deleted draft stays offered.
UNDO_DELETE_MS = 8000
_FIRST_LINE = 40


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
        store.clean_leftovers(clock())

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

    def latest(self) -> Draft | None:
        """The most recently saved draft, if there is one."""
        recent = self.store.recent(1)
        return recent[0] if recent else None

    def put_back(self, draft: Draft) -> bool:
        """Save a deleted draft again as it was (undo); False (with the reason told) on failure."""
        try:
            self.store.save(draft, now=self._clock(), restamp=False)
        except DraftError as exc:
            self.failed.emit(str(exc))
            return False
        return True

    def stop(self) -> None:
        """No more saves by the timer."""
        self._timer.stop()


def draft_label(draft: Draft, content: Content | None, now: dt.datetime) -> str:
    """A draft as the menu lists it: its template, its first line and when it was edited."""
    title = draft.template_id
    if content is not None and draft.template_id in content.replies:
        title = content.replies[draft.template_id].title
    first = next((line for line in draft.body.splitlines() if line.strip()), "")
    first = first if len(first) <= _FIRST_LINE else first[: _FIRST_LINE - 1] + "…"
    when = edited_when(draft.updated_at, now)
    return f"{title} — {first}" + (f" · {when}" if when else "")


def fill_drafts_menu(
    menu: QMenu,
    store: DraftStore,
    content: Content | None,
    now: dt.datetime,
    open_draft: Callable[[str], object],
    delete_draft: Callable[[str], object],
) -> None:
    """List the recent drafts in menu by template title, first line and time of the last
    edit, then any unreadable; a submenu deletes one."""
    menu.clear()
    recent = store.recent(RECENT_DRAFTS)
    if not recent:
        menu.addAction(QCoreApplication.translate("drafts", "No drafts")).setEnabled(False)
    labels = [(draft.id, draft_label(draft, content, now).replace("&", "&&")) for draft in recent]
    for ident, label in labels:
        action = menu.addAction(label)
        action.triggered.connect(lambda _checked=False, i=ident: open_draft(i))
    for problem in store.problems:
        menu.addAction(f"⚠ {problem.message}").setEnabled(False)
    if labels:
        menu.addSeparator()
        delete = menu.addMenu(QCoreApplication.translate("drafts", "De&lete a draft"))
        for ident, label in labels:
            action = delete.addAction(label)
            action.triggered.connect(lambda _checked=False, i=ident: delete_draft(i))
