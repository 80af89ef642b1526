"""The window's own shortcuts win over the text-editing keys of the field that has the focus."""

from __future__ import annotations

from collections.abc import Iterable

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

# Keys a text field must keep even if an action were bound to them: clipboard, undo, select.
_EDITING_KEYS = (
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.SelectAll,
)


def _editing_keys() -> frozenset[str]:
    # Asked of the platform theme, which exists only once the application does.
    return frozenset(s.toString() for key in _EDITING_KEYS for s in QKeySequence.keyBindings(key))


class WindowShortcutsFirst(QObject):
    """An event filter on the focused field that lets the window's shortcuts through.

    On X11 a line edit or text edit claims Ctrl+E (end of line), Ctrl+K (delete to the end of
    the line) and other Emacs keys before shortcuts are looked at, so Ctrl+E in the search box
    would move the cursor instead of opening the editor, and Ctrl+K in the source would delete
    text instead of going to the search box. A key bound to one of the window's actions is
    not claimed by a field inside that window, so the action runs.
    """

    def __init__(self, window: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(window)
        self._window = window
        # Only the widget with the focus is watched (not every event of the application):
        # the filter moves with the focus, so a keystroke costs one extra call at most.
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
        editing = _editing_keys()
        self._keys = frozenset(
            text
            for action in actions
            for sequence in action.shortcuts()
            if (text := sequence.toString()) and text not in editing
        )

    def _follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
        if new is not None and new.window() is self._window:
            new.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refuse a field's claim on one of the window's keys (the shortcut then runs)."""
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if QKeySequence(event.keyCombination()).toString() not in self._keys:
            return False
        # Only fields of this window: a dialog's fields keep their keys.
        return isinstance(watched, QWidget) and watched.window() is self._window
