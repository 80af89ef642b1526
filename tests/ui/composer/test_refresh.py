"""While a reply is being written: a content reload moves nothing of the writer's work, and
a new setting reaches the open reply at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from kbassist.ui.app import build_window, open_settings
from kbassist.ui.composer.composer import ComposerWidget
from kbassist.ui.main_window import MainWindow
from kbassist.ui.settings import AGENT_NAME, AppSettings
from kbassist.ui.settings_dialog import SettingsDialog
from tests.contentkit import article, write

WAIT_MS = 8000

TEMPLATE = """
---
title: Apology for a late refund
kind: apology
fields:
  name: {label: Name, required: true}
  order: {label: Order number, required: true}
---
Dear {{ name }}, I am sorry your refund for {{ order }} is late.

{{ agent.name }}
"""


def _reload(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.reload_content()


def _window(qtbot: QtBot, root: Path, settings: AppSettings | None = None) -> MainWindow:
    article(root, "refunds/policy", "Refund policy", "Money back in 30 days.", summary="30 days.")
    write(root, "replies/apology/late.md", TEMPLATE)
    window = build_window(root, settings or AppSettings())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.show()
        window.reload_content()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def test_a_content_reload_keeps_the_tab_focus_cursor_and_every_field(
    qtbot: QtBot, tmp_path: Path
) -> None:
    root = tmp_path / "content"
    window = _window(qtbot, root)
    composer = window.composer
    assert isinstance(composer, ComposerWidget)
    window.open_item("article", "refunds/policy")  # the last item shown is an article
    window.open_item("reply", "apology/late")
    assert window.tabs.currentWidget() is composer
    name = composer.form.editors["name"].input
    order = composer.form.editors["order"].input
    assert isinstance(name, QLineEdit) and isinstance(order, QLineEdit)
    qtbot.keyClicks(name, "Ana")
    qtbot.keyClicks(order, "LK-123456")
    composer.refresh()
    body = composer.body_edit
    body.setPlainText(body.toPlainText() + "\nI have checked it myself.")
    draft_id = composer.draft_id
    order.setFocus()
    order.setCursorPosition(3)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is order)

    # An unrelated article changes: nothing in the composer moves.
    article(root, "refunds/policy", "Refund policy", "Money back in 31 days.", summary="31 days.")
    _reload(qtbot, window)
    assert window.tabs.currentWidget() is composer
    assert composer.draft_id == draft_id
    assert composer.form.editors["order"].input is order
    assert QApplication.focusWidget() is order
    assert order.cursorPosition() == 3
    assert composer.form.values() == {"name": "Ana", "order": "LK-123456"}
    assert body.toPlainText().endswith("I have checked it myself.")
    assert composer.form.notice_label.isHidden()

    # The template itself changes: it is updated in place, and the form says so.
    write(root, "replies/apology/late.md", TEMPLATE.replace("I am sorry", "we are sorry"))
    _reload(qtbot, window)
    assert window.tabs.currentWidget() is composer
    assert composer.draft_id == draft_id
    assert composer.form.values() == {"name": "Ana", "order": "LK-123456"}
    new_order = composer.form.editors["order"].input
    assert isinstance(new_order, QLineEdit)
    assert QApplication.focusWidget() is new_order
    assert new_order.cursorPosition() == 3
    text = body.toPlainText()
    assert "we are sorry" in text
    assert text.endswith("I have checked it myself.")
    assert not composer.form.notice_label.isHidden()
    assert "updated on disk; your edits are kept" in composer.form.notice_label.text()
    window.close()


def test_a_new_name_in_settings_reaches_the_open_reply_at_once(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = AppSettings()
    settings.set(AGENT_NAME, "Maja")
    window = _window(qtbot, tmp_path / "content", settings)
    composer = window.composer
    assert isinstance(composer, ComposerWidget)
    window.open_item("reply", "apology/late")
    qtbot.keyClicks(composer.form.editors["name"].input, "Ana")
    composer.refresh()
    assert composer.body_edit.toPlainText().endswith("\nMaja")
    composer.body_edit.setPlainText("P.S. Thank you.\n" + composer.body_edit.toPlainText())

    def rename() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.agent_name.setText("Maja Novak")
        dialog.accept()

    QTimer.singleShot(0, rename)
    open_settings(window)
    text = composer.body_edit.toPlainText()
    assert text.endswith("\nMaja Novak")
    assert text.startswith("P.S. Thank you.")  # the writer's edit stays
    window.close()
