"""In every language each Alt+letter of a window, dialog and menu is taken once, as in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu, QTabBar
from pytestqt.qtbot import QtBot

from kbassist.i18n import LANGUAGES
from kbassist.ui.app import build_window
from kbassist.ui.settings import AppSettings
from kbassist.ui.settings_dialog import SettingsDialog
from kbassist.ui.shortcuts_dialog import ShortcutsDialog
from tests.i18n.conftest import Switch
from tests.ui.test_workspace_trust import (
    _duplicates,
    _menu_problems,
    _widget_mnemonics,
    _window_problems,
)

WAIT_MS = 60_000


@pytest.mark.parametrize("language", LANGUAGES)
def test_dialog_mnemonics_are_unique_in_each_language(
    qtbot: QtBot, interface_language: Switch, language: str
) -> None:
    interface_language(language)
    settings = SettingsDialog(AppSettings())
    qtbot.addWidget(settings)
    settings.show()
    tabs = settings.findChild(QTabBar)
    assert tabs is not None
    problems: list[str] = []
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        problems += _duplicates(_widget_mnemonics(settings))
    shortcuts = ShortcutsDialog()
    qtbot.addWidget(shortcuts)
    shortcuts.show()
    problems += _duplicates(_widget_mnemonics(shortcuts))
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_window_and_menu_mnemonics_are_unique_in_each_language(
    qtbot: QtBot, starter_copy: Path, interface_language: Switch, language: str
) -> None:
    interface_language(language)
    window = build_window(starter_copy, AppSettings())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.reload_content()
    content = window.content
    assert content is not None
    states = {
        "article": lambda: window.open_item("article", sorted(content.articles)[0]),
        "facility": lambda: window.open_item("facility", sorted(content.facilities)[0]),
        "reply": lambda: window.open_item("reply", sorted(content.replies)[0]),
        "facilities": window._show_finder,
    }
    problems: list[str] = []
    for name, show in states.items():
        show()
        problems += [f"{name}: {p}" for p in _window_problems(window)]
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        problems += _menu_problems(menu)
    window.close()
    assert problems == [], "\n".join(problems)
