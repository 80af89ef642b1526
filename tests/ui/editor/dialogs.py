"""Answering the editor's modal questions in tests: the next dialog's button is clicked."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QWidget


class DialogAnswers:
    """Clicks buttons of modal dialogs as they open, in order, and keeps their titles."""

    def __init__(self) -> None:
        self.titles: list[str] = []
        self.texts: list[str] = []
        self._pending: list[tuple[str, Callable[[QDialog], None] | None]] = []

    def answer(self, button: str, before: Callable[[QDialog], None] | None = None) -> None:
        """Click the button whose text (without its "&") is button in the next dialog; before
        runs on the dialog first (to type into it)."""
        self._pending.append((button, before))
        if len(self._pending) == 1:
            QTimer.singleShot(0, self._click)

    @property
    def unanswered(self) -> int:
        """How many answers no dialog has taken yet."""
        return len(self._pending)

    def _click(self) -> None:
        if not self._pending:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(10, self._click)
            return
        text, before = self._pending.pop(0)
        self.titles.append(dialog.windowTitle())
        self.texts.append(_all_text(dialog))
        if before is not None:
            try:
                before(dialog)
            except BaseException:
                dialog.reject()
                raise
        buttons = {b.text().replace("&", ""): b for b in dialog.findChildren(QAbstractButton)}
        if text not in buttons:
            dialog.reject()  # never leave a test waiting on a dialog nobody answers
            raise AssertionError(f"no {text!r} in {dialog.windowTitle()!r}: {list(buttons)}")
        buttons[text].click()
        QTimer.singleShot(2000, lambda: _still_open(dialog, text))
        if self._pending:
            QTimer.singleShot(10, self._click)


def _all_text(dialog: QWidget) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


def _still_open(dialog: QDialog, clicked: str) -> None:
    """A dialog the click did not close (a disabled button) must not hang the test."""
    if shiboken6.isValid(dialog) and dialog.isVisible():
        dialog.reject()
        raise AssertionError(f"{clicked!r} did not close {dialog.windowTitle()!r}")
