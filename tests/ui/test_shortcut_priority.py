"""The window's keys reach its actions even when a text field would claim them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kbassist.ui.shortcut_priority import WindowShortcutsFirst


def _override(key: Qt.Key, modifiers: Qt.KeyboardModifier) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)


def test_a_window_key_is_not_left_to_the_field_and_other_keys_are(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    field = QLineEdit()
    QVBoxLayout(window).addWidget(field)
    edit = QAction(window)
    edit.setShortcut(QKeySequence("Ctrl+E"))
    # An action on a clipboard key never takes it from a text field.
    copy = QAction(window)
    copy.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Copy))
    first = WindowShortcutsFirst(window, [edit, copy])
    ctrl = Qt.KeyboardModifier.ControlModifier
    assert first.eventFilter(field, _override(Qt.Key.Key_E, ctrl))
    assert not first.eventFilter(field, _override(Qt.Key.Key_C, ctrl))
    assert not first.eventFilter(field, _override(Qt.Key.Key_A, ctrl))
    assert not first.eventFilter(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_E, ctrl))


def test_a_dialog_keeps_its_keys(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    dialog = QDialog(window)
    field = QLineEdit(dialog)
    edit = QAction(window)
    edit.setShortcut(QKeySequence("Ctrl+E"))
    first = WindowShortcutsFirst(window, [edit])
    ctrl = Qt.KeyboardModifier.ControlModifier
    assert not first.eventFilter(field, _override(Qt.Key.Key_E, ctrl))
