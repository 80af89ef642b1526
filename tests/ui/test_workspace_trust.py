"""Issue 11, the window's part: the answer follows the list, menus and mnemonics, plurals,
the Problems panel, results loaded on scroll and the collapsible search column."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kbassist.problems import Problem, Severity
from kbassist.ui.actions import ACTION_SPECS, plain_text, spec_shortcut_text
from kbassist.ui.composer.composer import ComposerWidget
from kbassist.ui.main_window import RESULT_LIMIT, MainWindow
from kbassist.ui.problems_panel import NO_PROBLEMS, ProblemsPanel, editor_argv
from kbassist.ui.search.panel import PREVIEW_MS
from kbassist.ui.settings import SEARCH_COLUMN_COLLAPSED, AppSettings
from kbassist.ui.settings_dialog import SettingsDialog
from kbassist.ui.shortcuts_dialog import ShortcutsDialog
from tests.contentkit import article, write
from tests.ui.test_workspace import WAIT_MS, _ids, _open_window, _type


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    article(
        root,
        "refunds/refund-policy",
        "Refund policy",
        "Money back within 30 days.",
        summary="Full refund within 30 days.",
    )
    article(
        root,
        "warranty/warranty-policy",
        "Warranty policy",
        "Two years from delivery.",
        summary="Two-year warranty.",
    )
    article(
        root,
        "delivery/lost-parcels",
        "Lost parcels",
        "No tracking update for 3 days.",
        summary="We investigate after 3 days.",
    )
    write(
        root,
        "replies/apology/late.md",
        """
        ---
        title: Apology for a late refund
        fields:
          name: {label: Name, required: true}
        ---
        Dear {{ name }}, I am sorry your refund is late.
        """,
    )
    write(
        root,
        "facilities/list.yaml",
        """
        - id: camden
          name: Larkspur Camden
          services: [returns]
          address: [12 Parkway]
          city: London
          postcode: NW1 7AA
          country: GB
          lat: 51.539
          lon: -0.1426
          timezone: Europe/London
        """,
    )
    return root


@pytest.fixture
def window(qtbot: QtBot, content: Path) -> Iterator[MainWindow]:
    win = _open_window(qtbot, content)
    yield win
    win.close()


def _shown(window: MainWindow) -> str | None:
    return window.article_view.current_article_id


def _chosen(window: MainWindow) -> str | None:
    item = window.search_panel.current_item()
    return item.id if item is not None else None


# -- 5: the answer pane follows the list -------------------------------------------------------


def test_arrows_preview_the_chosen_result_after_a_pause_and_keep_the_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    box = window.search_panel.search_box
    _type(qtbot, window, "policy")
    first, second = _ids(window)[:2]
    qtbot.waitUntil(lambda: _shown(window) == first, timeout=WAIT_MS)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert _chosen(window) == second
    assert _shown(window) == first  # not yet: keys pressed in a run do not render each one
    qtbot.waitUntil(lambda: _shown(window) == second, timeout=PREVIEW_MS * 8)
    assert QApplication.focusWidget() is box
    assert window.tabs.currentWidget() is window.detail


def test_a_new_query_shows_its_own_first_result(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "warranty")
    qtbot.waitUntil(lambda: _shown(window) == "warranty/warranty-policy", timeout=WAIT_MS)
    _type(qtbot, window, "parcel")
    qtbot.waitUntil(lambda: _shown(window) == "delivery/lost-parcels", timeout=WAIT_MS)
    assert _chosen(window) == _shown(window)


def test_after_back_the_list_and_the_pane_show_the_same_item(
    qtbot: QtBot, window: MainWindow
) -> None:
    box = window.search_panel.search_box
    _type(qtbot, window, "policy")
    first, second = _ids(window)[:2]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: _shown(window) == second, timeout=WAIT_MS)
    qtbot.keyClick(box, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert _shown(window) == first
    assert _chosen(window) == first
    qtbot.wait(PREVIEW_MS * 2)  # and no late preview takes it back
    assert _shown(window) == first == _chosen(window)
    # An item that is not in the list: the list chooses nothing rather than something else.
    window.open_item("article", "delivery/lost-parcels")
    assert _chosen(window) is None
    window.go_back()
    assert _shown(window) == first == _chosen(window)


def test_a_preview_never_takes_the_writer_off_the_reply_tab(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.composer is not None
    window.tabs.setCurrentWidget(window.composer)
    window.focus_search()
    _type(qtbot, window, "warranty")
    qtbot.wait(PREVIEW_MS * 2)
    assert window.tabs.currentWidget() is window.composer
    assert _shown(window) is None


# -- 11: mnemonics -----------------------------------------------------------------------------

MNEMONIC = re.compile(r"&(?!&)(\w)")


def _mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _widget_mnemonics(top: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every visible control of top whose Alt+letter works now."""
    found: list[tuple[str, str]] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not top:
            continue
        texts: list[str] = []
        # A label's mnemonic works only when it names a buddy.
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        found += [(letter, text) for text in texts if (letter := _mnemonic(text))]
    return found


def _duplicates(pairs: list[tuple[str, str]]) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in pairs:
        by_letter.setdefault(letter, []).append(text)
    return [f"Alt+{k.upper()}: {v}" for k, v in sorted(by_letter.items()) if len(v) > 1]


def _menu_problems(menu: QMenu) -> list[str]:
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    letters = [(m, a.text()) for a in actions if (m := _mnemonic(a.text()))]
    problems = [f"{menu.title()}: {d}" for d in _duplicates(letters)]
    for action in actions:
        sub = action.menu()
        if isinstance(sub, QMenu):
            problems += _menu_problems(sub)
    return problems


def _window_problems(window: MainWindow) -> list[str]:
    QApplication.processEvents()
    bar = [(m, a.text()) for a in window.menuBar().actions() if (m := _mnemonic(a.text()))]
    return _duplicates(bar + _widget_mnemonics(window))


def test_mnemonics_are_unique_on_every_tab_and_in_every_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    problems: list[str] = []
    states = {
        "answer with an article": lambda: window.open_item("article", "refunds/refund-policy"),
        "answer with a facility": lambda: window.open_item("facility", "camden"),
        "reply with a template": lambda: window.open_item("reply", "apology/late"),
        "facilities": window._show_finder,
    }
    for name, show in states.items():
        show()
        problems += [f"{name}: {p}" for p in _window_problems(window)]
    window.problems_dock.show()
    problems += [f"problems shown: {p}" for p in _window_problems(window)]
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        problems += _menu_problems(menu)
    assert problems == []


def test_mnemonics_are_unique_in_every_dialog_and_settings_shows_no_ampersand(
    qtbot: QtBot,
) -> None:
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
        for label in settings.findChildren(QLabel):
            # A label shows its "&" literally unless it names a buddy.
            if label.isVisible() and "&" in label.text() and label.buddy() is None:
                problems.append(f"literal & in {label.text()!r}")
    shortcuts = ShortcutsDialog()
    qtbot.addWidget(shortcuts)
    shortcuts.show()
    problems += _duplicates(_widget_mnemonics(shortcuts))
    assert problems == []


# -- 12: the menu bar and Help → Keyboard shortcuts ----------------------------------------------


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        found += _menu_actions(sub) if isinstance(sub, QMenu) else [action]
    return found


def test_the_menu_bar_lists_every_action_with_its_keys(window: MainWindow) -> None:
    titles = [plain_text(a.text()) for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Go", "Reply", "Help"]
    listed: dict[str, QAction] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        listed.update({a.objectName(): a for a in _menu_actions(menu) if a.objectName()})
    for spec in ACTION_SPECS:
        assert spec.name in listed, f"{spec.name} is reachable only by its keys"
        assert [k.toString() for k in listed[spec.name].shortcuts()] == list(spec.shortcuts)
    assert window.actions_by_name["open_log_folder"] in _menu_actions(
        next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")  # type: ignore[arg-type]
    )


def test_help_keyboard_shortcuts_shows_every_action_and_its_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    text = dialog.browser.toPlainText()
    for spec in ACTION_SPECS:
        assert plain_text(spec.text) in text
        if spec.shortcuts:
            assert spec_shortcut_text(spec) in text
    dialog.close()


def test_a_composer_action_from_the_reply_menu_brings_the_reply_tab(window: MainWindow) -> None:
    reply = next(a for a in window.menuBar().actions() if plain_text(a.text()) == "Reply").menu()
    assert isinstance(reply, QMenu)
    copy = next(a for a in reply.actions() if a.objectName() == "copy_reply")
    copy.trigger()
    assert window.tabs.currentWidget() is window.composer


# -- 13: singular and plural ------------------------------------------------------------------


def test_counts_read_right_in_the_singular(qtbot: QtBot, window: MainWindow, content: Path) -> None:
    _type(qtbot, window, "parcel")
    assert _ids(window) == ["delivery/lost-parcels"]
    assert window.search_panel.status.text() == "1 result"
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        write(content, "articles/broken.md", "---\ntitle: ok\ntags: [a\n---\nBody\n")
    assert window.problems_button.text() == "⚠ 1 error in content"
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        article(content, "recalls/kettle", "Kettle recall", "Stop using it.", summary="Recall.")
    message = window.statusBar().currentMessage()
    assert message.startswith("4 articles, 1 reply, 1 facility · "), message
    assert "search index: 1 file re-read in" in message, message


# -- 14: the Problems panel --------------------------------------------------------------------


class Recorder:
    """Stands in for the desktop: records what would have been started or opened."""

    def __init__(self, answer: bool = True) -> None:
        self.calls: list[list[str]] = []
        self.answer = answer

    def launch(self, program: str, arguments: list[str]) -> bool:
        self.calls.append([program, *arguments])
        return self.answer

    def open_url(self, url: QUrl) -> bool:
        self.calls.append([url.toLocalFile()])
        return self.answer


def _problem(path: Path, line: int | None = 3) -> Problem:
    return Problem(path, line, Severity.ERROR, "bad-yaml", "Broken front matter.")


def test_enter_opens_the_file_at_the_line_in_the_chosen_editor(
    qtbot: QtBot, tmp_path: Path
) -> None:
    broken = write(tmp_path, "articles/broken.md", "---\n")
    started = Recorder()
    panel = ProblemsPanel(
        editor_command=lambda: "myedit --goto {file}:{line}",
        launch=started.launch,
        environ={"EDITOR": "vi"},
    )
    qtbot.addWidget(panel)
    panel.set_problems([_problem(broken)], tmp_path)
    panel.show()
    panel.focus_problems()
    with qtbot.waitSignal(panel.message) as said:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert started.calls == [["myedit", "--goto", f"{broken}:3"]]
    assert "Opened" in str(said.args[0])


def test_without_a_setting_visual_or_editor_opens_it_else_the_system_handler(
    qtbot: QtBot, tmp_path: Path
) -> None:
    broken = write(tmp_path, "articles/broken.md", "---\n")
    assert editor_argv("vi", broken, 7) == ["vi", "+7", str(broken)]
    started, opened = Recorder(), Recorder()
    panel = ProblemsPanel(
        opened.open_url, launch=started.launch, environ={"VISUAL": "gedit", "EDITOR": "vi"}
    )
    qtbot.addWidget(panel)
    assert panel.open_problem(_problem(broken)) == f"Opened {broken}:3 in gedit."
    assert started.calls == [["gedit", "+3", str(broken)]]
    panel = ProblemsPanel(opened.open_url, launch=started.launch, environ={})
    qtbot.addWidget(panel)
    assert "system's handler (go to line 3)" in panel.open_problem(_problem(broken))
    assert opened.calls == [[str(broken)]]


def _stub(folder: Path, name: str) -> Path:
    """A program on a fake PATH that writes its arguments, one a line, to name.args."""
    folder.mkdir(exist_ok=True)
    script = folder / name
    script.write_text(
        f'#!/bin/sh\nprintf "%s\\n" "$@" > "{folder / name}.args.tmp"\n'
        f'mv "{folder / name}.args.tmp" "{folder / name}.args"\n'
    )
    script.chmod(0o755)
    return folder / f"{name}.args"


def test_a_terminal_editor_runs_inside_a_terminal_or_says_it_needs_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    broken = write(tmp_path, "articles/broken.md", "---\n")
    bin_folder = tmp_path / "bin"
    xterm_args = _stub(bin_folder, "xterm")
    panel = ProblemsPanel(environ={"EDITOR": "vi", "PATH": str(bin_folder)})
    qtbot.addWidget(panel)
    said = panel.open_problem(_problem(broken))
    qtbot.waitUntil(xterm_args.exists, timeout=WAIT_MS)
    assert xterm_args.read_text().splitlines() == ["-e", "vi", "+3", str(broken)]
    assert "in vi (xterm)" in said
    # gnome-terminal comes before xterm, and takes the command after "--".
    gnome_args = _stub(bin_folder, "gnome-terminal")
    panel = ProblemsPanel(editor_command=lambda: "emacs -nw", environ={"PATH": str(bin_folder)})
    qtbot.addWidget(panel)
    panel.open_problem(_problem(broken))
    qtbot.waitUntil(gnome_args.exists, timeout=WAIT_MS)
    assert gnome_args.read_text().splitlines() == ["--", "emacs", "-nw", "+3", str(broken)]
    empty = tmp_path / "empty"
    empty.mkdir()
    panel = ProblemsPanel(environ={"EDITOR": "vi", "PATH": str(empty)})
    qtbot.addWidget(panel)
    assert panel.open_problem(_problem(broken)).startswith(
        "Set an editor command in Settings: vi needs a terminal"
    )


def test_it_says_so_when_nothing_can_open_the_file(qtbot: QtBot, tmp_path: Path) -> None:
    broken = write(tmp_path, "articles/broken.md", "---\n")
    panel = ProblemsPanel(lambda _url: False, environ={})
    qtbot.addWidget(panel)
    assert "Nothing can open" in panel.open_problem(_problem(broken))
    failing = ProblemsPanel(
        lambda _url: False, editor_command=lambda: "no-such-editor", launch=lambda _p, _a: False
    )
    qtbot.addWidget(failing)
    assert "Cannot start" in failing.open_problem(_problem(broken))
    assert "not there" in failing.open_problem(_problem(tmp_path / "gone.md"))


def test_the_panel_says_no_problems_and_toggles_with_its_shortcut(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.problems_panel
    box = window.search_panel.search_box
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(box, Qt.Key.Key_P, chord)
    assert window.problems_dock.isVisible()
    assert panel.empty.isVisible()
    assert panel.empty.text() == NO_PROBLEMS
    assert not panel.table.isVisible()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_P, chord)
    assert not window.problems_dock.isVisible()
    assert QApplication.focusWidget() is box


# -- 15: more results on scroll ----------------------------------------------------------------


def test_the_list_says_how_many_more_and_loads_them_on_scroll(qtbot: QtBot, tmp_path: Path) -> None:
    root = tmp_path / "many"
    total = RESULT_LIMIT * 2 + 7
    for n in range(total):
        article(root, f"kettles/kettle-{n:03}", f"Kettle model {n}", "A kettle that boils water.")
    window = _open_window(qtbot, root)
    panel = window.search_panel
    _type(qtbot, window, "kettle")
    assert panel.model.rowCount() == RESULT_LIMIT
    assert panel.status.text() == f"{RESULT_LIMIT} of {total} results · scroll for more"
    chosen = panel.current_item()
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        panel.results.verticalScrollBar().setValue(panel.results.verticalScrollBar().maximum())
    assert panel.model.rowCount() == RESULT_LIMIT * 2
    assert panel.current_item() == chosen  # loading more keeps the agent's choice
    assert panel.status.text().startswith(f"{RESULT_LIMIT * 2} of {total} results")
    bar = panel.results.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > bar.value(), timeout=WAIT_MS)  # laid out anew
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        panel.results.verticalScrollBar().setValue(panel.results.verticalScrollBar().maximum())
    assert panel.model.rowCount() == total
    assert len(set(_ids(window))) == total
    assert panel.status.text() == f"{total} results"
    window.close()


def test_loading_more_never_mixes_two_queries(qtbot: QtBot, tmp_path: Path) -> None:
    root = tmp_path / "many"
    for n in range(RESULT_LIMIT + 10):
        article(root, f"kettles/kettle-{n:03}", f"Kettle model {n}", "A kettle that boils water.")
    for n in range(3):
        article(root, f"toasters/toaster-{n}", f"Toaster model {n}", "A toaster for bread.")
    window = _open_window(qtbot, root)
    panel = window.search_panel
    bar = panel.results.verticalScrollBar()
    _type(qtbot, window, "kettle")
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT_MS)
    # Hold the search thread so the new query is still on its way when the list is scrolled.
    gate = threading.Event()
    window._search_runner.submit(lambda: gate.wait(WAIT_MS / 1000), lambda _done: None)
    panel.search_box.setText("toaster")
    qtbot.wait(50)  # the new query's search is asked for (and waits behind the gate)
    bar.setValue(bar.maximum())  # load more of the list still on screen
    with qtbot.waitSignal(
        window.results_shown, timeout=WAIT_MS, check_params_cb=lambda q: q == "toaster"
    ):
        gate.set()
    qtbot.wait(100)  # anything still on its way arrives
    assert sorted(_ids(window)) == [f"toasters/toaster-{n}" for n in range(3)]
    assert panel.status.text() == "3 results"
    assert not panel._loading_more
    # Scrolled first, query changed before the rows came: only the new query is shown.
    _type(qtbot, window, "kettle")
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=WAIT_MS)
    gate.clear()
    window._search_runner.submit(lambda: gate.wait(WAIT_MS / 1000), lambda _done: None)
    bar.setValue(bar.maximum())
    panel.search_box.setText("toaster")
    with qtbot.waitSignal(
        window.results_shown, timeout=WAIT_MS, check_params_cb=lambda q: q == "toaster"
    ):
        qtbot.wait(50)
        gate.set()
    qtbot.wait(100)
    assert sorted(_ids(window)) == [f"toasters/toaster-{n}" for n in range(3)]
    assert not panel._loading_more
    window.close()


def test_the_problems_panel_leaves_the_reply_body_room_for_its_lines(
    qtbot: QtBot, window: MainWindow, content: Path
) -> None:
    assert isinstance(window.composer, ComposerWidget)
    window.change_text_scale(0.3)  # 130%
    try:
        window.resize(1024, 700)
        window.open_item("reply", "apology/late")
        window.tabs.setCurrentWidget(window.composer)
        problems = [_problem(content / f"broken-{n}.md", n) for n in range(1, 21)]
        window.problems_panel.set_problems(problems, content)
        window.show_problems()
        qtbot.wait(100)
        body = window.composer.body_edit
        assert window.problems_dock.isVisible()
        lines = 8 * body.fontMetrics().lineSpacing() + 2 * body.document().documentMargin()
        assert body.viewport().height() >= lines
        table = window.problems_panel.table
        assert table.viewport().height() >= 3 * table.verticalHeader().defaultSectionSize()
    finally:
        window.change_text_scale(-0.3)


# -- 10 (part): the search column collapses on the Reply and Facilities tabs --------------------


def test_the_search_column_collapses_on_reply_and_facilities_and_is_remembered(
    qtbot: QtBot, window: MainWindow, content: Path
) -> None:
    assert window.composer is not None and window.finder is not None
    qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_F9)
    assert window.settings.get(SEARCH_COLUMN_COLLAPSED) is True
    assert window.search_panel.isVisible()  # the Answer tab always keeps it
    window.tabs.setCurrentWidget(window.composer)
    assert not window.search_panel.isVisible()
    window.tabs.setCurrentWidget(window.finder)
    assert not window.search_panel.isVisible()
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
    )
    assert window.search_panel.isVisible()  # Ctrl+K always finds the search box
    assert QApplication.focusWidget() is window.search_panel.search_box
    window.tabs.setCurrentWidget(window.detail)
    window.close()
    again = _open_window(qtbot, content)
    assert again.actions_by_name["toggle_search_column"].isChecked()
    assert again.composer is not None
    again.tabs.setCurrentWidget(again.composer)
    assert not again.search_panel.isVisible()
    again.actions_by_name["toggle_search_column"].trigger()
    assert again.search_panel.isVisible()
    assert again.settings.get(SEARCH_COLUMN_COLLAPSED) is False
    again.close()


# -- Follow-ups: nothing the agent or writer had is lost on the way back or on a refresh ---------


def test_back_to_the_reply_being_written_keeps_every_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_item("reply", "apology/late")
    composer = window.composer
    assert composer is not None
    composer.form.set_values({"name": "Ana"})  # type: ignore[attr-defined]
    window.open_item("article", "refunds/refund-policy")
    window.go_back()
    assert window.tabs.currentWidget() is composer
    assert composer.form.values()["name"] == "Ana"  # type: ignore[attr-defined]


def test_a_refresh_keeps_the_place_in_an_unchanged_article_and_every_loaded_row(
    qtbot: QtBot, tmp_path: Path
) -> None:
    root = tmp_path / "many"
    total = RESULT_LIMIT * 2 + 3
    for n in range(total):
        article(root, f"kettles/kettle-{n:03}", f"Kettle model {n}", "A kettle that boils water.")
    article(root, "long/guide", "Kettle guide", "Kettle care.\n\n" + "Descale it often. " * 600)
    window = _open_window(qtbot, root)
    window.resize(900, 600)
    panel = window.search_panel
    _type(qtbot, window, "kettle")
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        panel.results.verticalScrollBar().setValue(panel.results.verticalScrollBar().maximum())
    loaded = panel.model.rowCount()
    assert loaded > RESULT_LIMIT
    window.open_item("article", "long/guide")
    bar = window.article_view.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 500, timeout=WAIT_MS)
    bar.setValue(500)
    article(root, "kettles/other", "Other kettle", "An unrelated change on disk.")
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.reload_content()
    qtbot.waitUntil(lambda: panel.model.rowCount() >= loaded, timeout=WAIT_MS)
    assert bar.value() == 500
    window.close()


def test_back_on_the_answer_tab_the_pane_shows_what_the_list_highlights(
    qtbot: QtBot, window: MainWindow
) -> None:
    _type(qtbot, window, "warranty")
    qtbot.waitUntil(lambda: _shown(window) == "warranty/warranty-policy", timeout=WAIT_MS)
    composer = window.composer
    assert composer is not None
    window.tabs.setCurrentWidget(composer)
    _type(qtbot, window, "parcel")
    chosen = _chosen(window)
    assert chosen is not None and chosen != _shown(window)
    window.tabs.setCurrentWidget(window.detail)
    assert _shown(window) == chosen
