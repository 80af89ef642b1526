"""The Write tab in the main window: Ctrl+E, saving into the index, closing, article files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from kbassist.ui.editor.document import EditorDocument
from kbassist.ui.editor.file_actions import ArticleIdDialog
from kbassist.ui.main_window import EDITOR_TAB, MainWindow
from tests.contentkit import article
from tests.ui.editor.dialogs import DialogAnswers
from tests.ui.editor.test_document import type_text
from tests.ui.test_workspace import WAIT_MS, _open_window


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    article(
        root,
        "refunds/refund-policy",
        "Refund policy",
        "Customers get their money back within 30 days.",
        summary="Full refund within 30 days.",
        related="[delivery/lost-parcels]",
    )
    article(root, "delivery/lost-parcels", "Lost parcels", "No update for 3 days.", summary="Wait.")
    return root


@pytest.fixture
def window(qtbot: QtBot, root: Path) -> Iterator[MainWindow]:
    win = _open_window(qtbot, root)
    yield win
    if win.editor is not None:
        for document in win.editor.documents:
            document.source.document().setModified(False)
    win.close()


def _edit(qtbot: QtBot, window: MainWindow, ident: str) -> EditorDocument:
    window.open_item("article", ident)
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_E, control)
    assert window.editor is not None
    document = window.editor.current()
    assert document is not None
    return document


def test_ctrl_e_opens_the_article_shown_in_the_write_tab(qtbot: QtBot, window: MainWindow) -> None:
    document = _edit(qtbot, window, "refunds/refund-policy")
    assert window.tabs.currentWidget() is window.editor
    assert document.path == window.content_root / "articles/refunds/refund-policy.md"
    # Source and preview get the width: the search column is folded away while editing.
    assert not window.search_panel.isVisible()
    assert document.source.hasFocus()
    # The Edit button of the article view opens the same document, not a second one.
    window.tabs.setCurrentWidget(window.detail)
    assert window.search_panel.isVisible()
    window.article_view.edit_button.click()
    assert window.editor is not None and len(window.editor.documents) == 1
    assert window.tabs.currentWidget() is window.editor


def test_an_unsaved_change_is_marked_and_ctrl_s_saves_into_the_index(
    qtbot: QtBot, window: MainWindow
) -> None:
    document = _edit(qtbot, window, "refunds/refund-policy")
    assert window.editor is not None
    document.source.moveCursor(document.source.textCursor().MoveOperation.End)
    type_text(qtbot, document.source, "\nAsk for the zebracode.")
    index = window.tabs.indexOf(window.editor)
    assert window.tabs.tabText(index) == f"{EDITOR_TAB} •"
    assert window.editor.tabs.tabText(0) == "refund-policy •"
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        qtbot.keyClick(document.source, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert document.path.read_text("utf-8").endswith("Ask for the zebracode.")
    assert window.tabs.tabText(index) == EDITOR_TAB
    assert window.editor.tabs.tabText(0) == "refund-policy"
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        window.focus_search()
        qtbot.keyClicks(window.search_panel.search_box, "zebracode")
    assert window.search_panel.model.rowCount() == 1


def test_closing_a_tab_or_the_window_with_unsaved_changes_asks(
    qtbot: QtBot, window: MainWindow
) -> None:
    document = _edit(qtbot, window, "refunds/refund-policy")
    assert window.editor is not None
    type_text(qtbot, document.source, "Draft. ")
    answers = DialogAnswers()
    answers.answer("Cancel")
    qtbot.keyClick(document.source, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.editor.documents == [document]
    answers.answer("Cancel")
    window.close()
    assert window.isVisible()
    assert answers.titles == ["Unsaved changes", "Unsaved changes"]
    answers.answer("Discard")
    window.activateWindow()  # back from the question, as a user is
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    document.source.setFocus()
    qtbot.keyClick(document.source, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert answers.unanswered == 0
    assert window.editor.documents == []
    assert not document.path.read_text("utf-8").startswith("Draft.")


def _type_into(dialog: QDialog, name: str, text: str) -> None:
    box = next(b for b in dialog.findChildren(QLineEdit) if b.accessibleName() == name)
    box.setText(text)


def test_a_new_article_opens_unsaved_and_saving_creates_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.open_item("article", "refunds/refund-policy")
    answers = DialogAnswers()
    answers.answer("OK", before=lambda dialog: _type_into(dialog, "Title", "Late refunds"))
    window.actions_by_name["new_article"].trigger()
    assert window.editor is not None
    document = window.editor.current()
    assert document is not None
    # Next to the article shown, with an id made from the title.
    assert document.path == window.content_root / "articles/refunds/late-refunds.md"
    assert not document.path.exists()
    assert document.dirty
    assert "title: Late refunds" in document.text
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        assert window.editor.save_current()
    assert window.content is not None
    assert window.content.articles["refunds/late-refunds"].title == "Late refunds"


def test_the_id_dialog_refuses_an_id_in_use(qtbot: QtBot, window: MainWindow) -> None:
    assert window.content is not None
    dialog = ArticleIdDialog(window.content, title="Rename", prompt="Id", initial="x")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert ok.isEnabled()
    dialog.id_box.setText("Delivery/Lost-Parcels")
    assert not ok.isEnabled()
    assert "already exists" in dialog.reason.text()


def test_renaming_moves_the_file_and_the_references_follow(
    qtbot: QtBot, window: MainWindow
) -> None:
    _edit(qtbot, window, "delivery/lost-parcels")
    answers = DialogAnswers()
    answers.answer("OK", before=lambda dialog: _type_into(dialog, "Article id", "delivery/lost"))
    answers.answer("Rename")
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.actions_by_name["rename_article"].trigger()
    root = window.content_root
    assert not (root / "articles/delivery/lost-parcels.md").exists()
    assert (root / "articles/delivery/lost.md").exists()
    referring = (root / "articles/refunds/refund-policy.md").read_text("utf-8")
    assert "related: [delivery/lost]" in referring
    assert "refunds/refund-policy.md" in answers.texts[1]
    assert window.editor is not None
    assert [d.path for d in window.editor.documents] == [root / "articles/delivery/lost.md"]


def test_deleting_lists_what_refers_to_it_and_keeps_a_copy(
    qtbot: QtBot, window: MainWindow, user_dirs: Path
) -> None:
    window.open_item("article", "delivery/lost-parcels")
    answers = DialogAnswers()
    answers.answer("Delete")
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.actions_by_name["delete_article"].trigger()
    assert answers.titles == ["Delete article"]
    assert "refunds/refund-policy.md" in answers.texts[0]
    root = window.content_root
    assert not (root / "articles/delivery/lost-parcels.md").exists()
    kept = list(user_dirs.rglob("lost-parcels.md"))
    assert len(kept) == 1 and "Lost parcels" in kept[0].read_text("utf-8")
    assert window.content is not None and "delivery/lost-parcels" not in window.content.articles


def test_duplicating_opens_the_copy_as_a_draft(qtbot: QtBot, window: MainWindow) -> None:
    window.open_item("article", "delivery/lost-parcels")
    answers = DialogAnswers()
    answers.answer("OK")  # the suggested id: delivery/lost-parcels-copy
    answers.answer("Duplicate")
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.actions_by_name["duplicate_article"].trigger()
    assert answers.titles == ["Duplicate article", "Duplicate article"]
    assert "articles/delivery/lost-parcels-copy.md (as a draft)" in answers.texts[1]
    copy = window.content_root / "articles/delivery/lost-parcels-copy.md"
    assert copy.exists()
    assert window.editor is not None
    document = window.editor.current()
    assert document is not None and document.path == copy
    assert "status: draft" in document.text and not document.dirty


def test_mnemonics_stay_unique_with_a_file_open_in_the_editor(
    qtbot: QtBot, window: MainWindow
) -> None:
    from tests.ui.test_workspace_trust import _window_problems

    _edit(qtbot, window, "refunds/refund-policy")
    assert _window_problems(window) == []


def test_the_article_view_shows_the_last_change_until_another_article_opens(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.article_view
    window.open_item("article", "refunds/refund-policy")
    view.set_last_change("Last changed by Ana on 1 December 2026")
    assert view.last_change.isVisible()
    assert view.last_change.text() == "Last changed by Ana on 1 December 2026"
    view.set_last_change("")
    assert not view.last_change.isVisible()
    view.set_last_change("Last changed by Ana on 1 December 2026")
    window.open_item("article", "delivery/lost-parcels")
    assert not view.last_change.isVisible()
    assert view.edit_button.isVisible()


def _append(document: EditorDocument, text: str) -> None:
    document.source.moveCursor(QTextCursor.MoveOperation.End)
    document.source.insertPlainText(text)
    assert document.dirty


def test_cancelling_a_duplicate_writes_nothing(qtbot: QtBot, window: MainWindow) -> None:
    window.open_item("article", "delivery/lost-parcels")
    answers = DialogAnswers()
    answers.answer("OK")
    answers.answer("Cancel")
    window.actions_by_name["duplicate_article"].trigger()
    assert answers.titles == ["Duplicate article", "Duplicate article"]
    assert not (window.content_root / "articles/delivery/lost-parcels-copy.md").exists()


def test_deleting_an_edited_article_saved_first_keeps_the_saved_text(
    qtbot: QtBot, window: MainWindow, user_dirs: Path
) -> None:
    document = _edit(qtbot, window, "delivery/lost-parcels")
    _append(document, "\nZebra step saved before deleting.")
    answers = DialogAnswers()
    answers.answer("Save")
    answers.answer("Delete")
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.actions_by_name["delete_article"].trigger()
    assert answers.titles == ["Unsaved changes", "Delete article"]
    assert not (window.content_root / "articles/delivery/lost-parcels.md").exists()
    [kept] = user_dirs.rglob("lost-parcels.md")
    assert "Zebra step saved before deleting." in kept.read_text("utf-8")
    assert window.editor is not None and window.editor.documents == []


def test_duplicating_an_edited_article_asks_and_copies_the_saved_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    document = _edit(qtbot, window, "delivery/lost-parcels")
    _append(document, "\nZebra step to copy.")
    answers = DialogAnswers()
    answers.answer("Save")
    answers.answer("OK")
    answers.answer("Duplicate")
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.actions_by_name["duplicate_article"].trigger()
    assert answers.titles == ["Unsaved changes", "Duplicate article", "Duplicate article"]
    copy = window.content_root / "articles/delivery/lost-parcels-copy.md"
    assert "Zebra step to copy." in copy.read_text("utf-8")
    assert "Zebra step to copy." in document.path.read_text("utf-8")


def test_renaming_an_edited_article_keeps_the_edit_and_the_tab_follows(
    qtbot: QtBot, window: MainWindow
) -> None:
    document = _edit(qtbot, window, "delivery/lost-parcels")
    _append(document, "\nZebra step to keep.")
    answers = DialogAnswers()
    answers.answer("Save")
    answers.answer("OK", before=lambda dialog: _type_into(dialog, "Article id", "delivery/lost"))
    answers.answer("Rename")
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.actions_by_name["rename_article"].trigger()
    new_path = window.content_root / "articles/delivery/lost.md"
    assert "Zebra step to keep." in new_path.read_text("utf-8")
    assert window.editor is not None and window.editor.documents == [document]
    assert document.path == new_path and not document.dirty
    assert window.editor.tabs.tabText(0) == "lost"


def test_renaming_settles_an_edited_article_that_refers_to_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    referring = _edit(qtbot, window, "refunds/refund-policy")
    _append(referring, "\nZebra note in the referring article.")
    window.open_item("article", "delivery/lost-parcels")
    answers = DialogAnswers()
    answers.answer("Save")
    answers.answer("OK", before=lambda dialog: _type_into(dialog, "Article id", "delivery/lost"))
    answers.answer("Rename")
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.actions_by_name["rename_article"].trigger()
    assert answers.titles[0] == "Unsaved changes"
    assert "refund-policy" in answers.texts[0]
    text = referring.path.read_text("utf-8")
    assert "related: [delivery/lost]" in text
    assert "Zebra note in the referring article." in text
