"""Requests from other programs and the tray, run on a real window over real content."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from kbassist.desktop.links import ArticleRequest, FacilityRequest, SearchRequest, refusal
from kbassist.ui.app import build_window
from kbassist.ui.finder.panel import FinderPanel
from kbassist.ui.main_window import MainWindow
from kbassist.ui.settings import SEMANTIC_SEARCH, TRAY_ICON, AppSettings
from kbassist.ui.settings_dialog import SettingsDialog
from kbassist.ui.single_instance import run_request
from kbassist.ui.tray import TrayIcon, install_tray
from tests.contentkit import article

WAIT_MS = 30_000


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    article(root, "returns/late-returns", "Late returns", "Returns after 30 days.")
    article(root, "returns/vracila", "Pozna vračila", "Vračila po 30 dneh.", language="sl")
    return root


@pytest.fixture
def window(qtbot: QtBot, content: Path) -> Iterator[MainWindow]:
    settings = AppSettings()
    settings.set(SEMANTIC_SEARCH, False)
    win = build_window(content, settings)
    qtbot.addWidget(win)
    yield win
    win.close()


def _loaded(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.show()
        window.reload_content()


def test_a_search_request_fills_the_box_and_the_language_filter(
    qtbot: QtBot, window: MainWindow
) -> None:
    _loaded(qtbot, window)
    window.tabs.setCurrentIndex(1)  # the agent was writing a reply
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        run_request(window, SearchRequest("vračila", "sl"))
    panel = window.search_panel
    assert panel.search_box.text() == "vračila" and panel.language == "sl"
    assert window.tabs.currentWidget() is window.detail
    assert panel.search_box.hasFocus() or not window.isActiveWindow()
    # A language the content does not have searches all of them, and says so.
    run_request(window, SearchRequest("late", "el"))
    assert (
        panel.language == "" and "searching every language" in window.statusBar().currentMessage()
    )


def test_an_article_asked_for_before_the_content_is_read_opens_once_it_is(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.content is None
    run_request(window, ArticleRequest("returns/late-returns"))
    _loaded(qtbot, window)
    qtbot.waitUntil(lambda: "Returns after 30 days." in window.article_view.browser.toPlainText())


def test_a_search_in_one_language_asked_for_at_start_keeps_its_language(
    qtbot: QtBot, window: MainWindow
) -> None:
    run_request(window, SearchRequest("vračila", "sl"))
    _loaded(qtbot, window)
    qtbot.waitUntil(lambda: window.search_panel.search_box.text() == "vračila")
    assert window.search_panel.language == "sl"


def test_an_unknown_article_is_said_and_the_last_one_is_not_left_showing(
    qtbot: QtBot, window: MainWindow
) -> None:
    _loaded(qtbot, window)
    run_request(window, ArticleRequest("returns/late-returns"))
    qtbot.waitUntil(lambda: "Returns after 30 days." in window.article_view.browser.toPlainText())
    assert window.detail.currentWidget() is window.article_view
    run_request(window, ArticleRequest("does/not-exist"))
    assert window.statusBar().currentMessage() == (
        "There is no article 'does/not-exist' in the content."
    )
    # The card of the article opened before is not on screen as if it were the answer.
    assert window.detail.currentWidget() is not window.article_view
    assert not window.article_view.isVisible()
    assert window.tabs.currentWidget() is window.detail


def test_a_refused_link_is_said_in_the_running_window(qtbot: QtBot, window: MainWindow) -> None:
    _loaded(qtbot, window)
    window.showMinimized()
    run_request(window, refusal("kbassist://search?q=x&exec=rm has a parameter exec=."))
    message = window.statusBar().currentMessage()
    assert message.startswith("A link was not opened: ") and "exec=" in message
    assert not window.isMinimized()  # brought forward, to be seen
    assert window.findChildren(QMessageBox) == []  # the agent may be busy: no box in the way


def test_a_refused_link_that_started_the_app_is_shown_in_a_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.show()
    run_request(window, refusal("The search contains control characters."), at_start=True)
    boxes = window.findChildren(QMessageBox)
    assert len(boxes) == 1 and boxes[0].isVisible()
    assert boxes[0].text() == "The search contains control characters."
    assert boxes[0].windowModality() == Qt.WindowModality.NonModal  # the window stays usable
    boxes[0].button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not window.findChildren(QMessageBox))


def test_a_facility_request_opens_the_finder_on_the_place(qtbot: QtBot, window: MainWindow) -> None:
    _loaded(qtbot, window)
    run_request(window, FacilityRequest("NW1 7AA"))
    assert window.tabs.currentWidget() is window.finder
    assert isinstance(window.finder, FinderPanel)
    assert window.finder.location_box.text() == "NW1 7AA"


def test_the_tray_search_brings_the_search_box_forward(qtbot: QtBot, window: MainWindow) -> None:
    _loaded(qtbot, window)
    window.search_panel.search_box.setText("old words")
    window.tabs.setCurrentIndex(1)
    tray = TrayIcon(window)
    assert [a.text() for a in tray.menu.actions() if a.text()] == [
        "&Search…",
        "Show &KB Assist",
        "&Quit",
    ]
    assert not tray.icon().isNull()
    tray.search_action.trigger()  # as Ctrl+K: the box shown, its words ready to type over
    assert window.search_panel.isVisible()
    assert window.search_panel.search_box.selectedText() == "old words"
    # Off by default: no tray icon unless the setting asks for one.
    assert install_tray(window, window.settings) is None
    window.settings.set(TRAY_ICON, True)
    shown = install_tray(window, window.settings)
    assert shown is None or shown.isVisible()  # the offscreen platform has no tray


def test_the_settings_dialog_switches_the_tray_icon(qtbot: QtBot, window: MainWindow) -> None:
    dialog = SettingsDialog(window.settings)
    qtbot.addWidget(dialog)
    assert not dialog.tray_icon.isChecked()
    assert "next start" in dialog.tray_icon.text()
    dialog.tray_icon.click()
    dialog.accept()
    assert window.settings.get(TRAY_ICON) is True
    again = SettingsDialog(window.settings)
    qtbot.addWidget(again)
    assert again.tray_icon.isChecked()
