"""One file in the editor: preview and checks as you type, saving, changes on disk, templates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from kbassist.common.atomicfile import backup_path
from kbassist.content.folder import Content, load_content
from kbassist.ui.editor.document import EditorDocument
from kbassist.ui.theme import apply_theme
from tests.contentkit import article, write
from tests.ui.editor.dialogs import DialogAnswers

TODAY = dt.date(2026, 12, 1)
ARTICLE = """\
---
title: Refund policy
summary: Money back within 30 days.
related: [delivery/lost-parcels]
---
# Refund policy

Customers get their money back within 30 days.

## Questions to ask
- Delivered when?
"""


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    write(root, "articles/refunds/refund-policy.md", ARTICLE)
    article(root, "delivery/lost-parcels", "Lost parcels", summary="We look after 3 days.")
    write(
        root,
        "replies/apology/late.md",
        """
        ---
        title: Apology for a late refund
        subject: "Your refund {{ order }}"
        fields:
          name: {label: Name, required: true, sample: Ada}
          order: {label: Order, default: "A-100"}
        ---
        Dear {{ name }}, I am sorry your refund is late.
        """,
    )
    return root


@pytest.fixture
def content(root: Path) -> Content:
    return load_content(root, TODAY)


def _open(qtbot: QtBot, content: Content, ident: str, *, reply: bool = False) -> EditorDocument:
    folder = "replies" if reply else "articles"
    document = EditorDocument(
        content.root / folder / f"{ident}.md", content, today=lambda: TODAY, pause_ms=20
    )
    qtbot.addWidget(document)
    document.resize(1000, 700)
    with qtbot.waitSignal(document.refreshed, timeout=5000):
        document.show()  # the preview follows right after the source
    return document


@pytest.fixture
def document(qtbot: QtBot, content: Content) -> Iterator[EditorDocument]:
    opened = _open(qtbot, content, "refunds/refund-policy")
    yield opened
    opened.source.document().setModified(False)


def _type_at_end(qtbot: QtBot, document: EditorDocument, text: str) -> None:
    cursor = document.source.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    document.source.setTextCursor(cursor)
    with qtbot.waitSignal(document.refreshed, timeout=5000):
        type_text(qtbot, document.source, text)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type text key by key; a newline is the Return key (keyClicks takes no control keys)."""
    for number, line in enumerate(text.split("\n")):
        if number:
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        if line:
            qtbot.keyClicks(widget, line)


def _set_line(document: EditorDocument, number: int, text: str) -> None:
    block = document.source.document().findBlockByNumber(number - 1)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(text)


def test_typing_shows_in_the_preview_after_a_pause(qtbot: QtBot, document: EditorDocument) -> None:
    assert "money back within 30 days" in document.preview.toPlainText()
    assert document.highlighter.jinja is False
    _type_at_end(qtbot, document, "\nCall us on **Mondays**.")
    preview = document.preview.toPlainText()
    assert "Call us on Mondays." in preview
    assert "**" not in preview
    assert document.dirty
    assert "words" in document.status.text() and "unsaved changes" in document.status.text()


def test_problems_show_as_you_type_underlined_and_listed(
    qtbot: QtBot, document: EditorDocument
) -> None:
    assert document.problems.rowCount() == 0
    with qtbot.waitSignal(document.refreshed, timeout=5000):
        _set_line(document, 4, "related: [delivery/no-such-article]")
    messages = [p.message for p in document.problems.rows()]
    assert any("no-such-article" in m for m in messages), messages
    assert [p.line for p in document.problems.rows()] == [4]
    underlined = [
        s.cursor.blockNumber() + 1
        for s in document.source.extraSelections()
        if s.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    ]
    assert underlined == [4]
    assert "1 error" in document.status.text()
    # Enter on the problem puts the cursor on its line.
    document.source.moveCursor(QTextCursor.MoveOperation.End)
    view = document.problem_view
    view.setFocus()
    view.setCurrentIndex(document.problems.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert document.source.textCursor().blockNumber() == 3
    # Fixed: the problem goes.
    with qtbot.waitSignal(document.refreshed, timeout=5000):
        _set_line(document, 4, "related: [delivery/lost-parcels]")
    assert document.problems.rowCount() == 0


def test_a_broken_front_matter_keeps_the_last_preview(
    qtbot: QtBot, document: EditorDocument
) -> None:
    before = document.preview.toPlainText()
    with qtbot.waitSignal(document.refreshed, timeout=5000):
        _set_line(document, 3, "summary: [unclosed")
    assert document.preview.toPlainText() == before
    assert document.checked is not None and document.checked.problems.has_errors
    assert document.problems.rowCount() >= 1


def test_save_writes_the_text_and_reopening_shows_it(
    qtbot: QtBot, document: EditorDocument, content: Content
) -> None:
    _type_at_end(qtbot, document, "\nNew line.")
    assert document.save()
    path = document.path
    assert path.read_text("utf-8") == ARTICLE + "\nNew line."
    assert backup_path(path).read_text("utf-8") == ARTICLE
    assert not document.dirty
    assert "saved" in document.status.text()
    again = _open(qtbot, load_content(content.root, TODAY), "refunds/refund-policy")
    assert again.text == ARTICLE + "\nNew line."
    assert not again.dirty


def test_saving_with_a_yaml_error_asks_and_then_writes_exactly_the_text(
    qtbot: QtBot, document: EditorDocument
) -> None:
    answers = DialogAnswers()
    with qtbot.waitSignal(document.refreshed, timeout=5000):
        _set_line(document, 3, "summary: [unclosed")
    typed = document.text
    defaults: list[str] = []

    def note_default(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        button = dialog.defaultButton()
        defaults.append(button.text() if button is not None else "")

    answers.answer("Keep editing", before=note_default)
    assert not document.save()
    assert defaults == ["&Keep editing"]  # Enter never saves a broken file
    assert answers.titles == ["Save with errors?"]
    assert "agents keep seeing the last version" in answers.texts[0]
    assert document.path.read_text("utf-8") == ARTICLE
    assert document.dirty
    answers.answer("Save anyway")
    assert document.save()
    assert document.path.read_bytes() == typed.encode("utf-8")
    assert backup_path(document.path).read_text("utf-8") == ARTICLE
    assert answers.unanswered == 0


def test_a_failed_save_keeps_the_text_unsaved_and_names_the_file(
    qtbot: QtBot, tmp_path: Path, content: Content
) -> None:
    path = content.root / "articles" / "gone" / "note.md"
    write(content.root, "articles/gone/note.md", "---\ntitle: Note\n---\nText.\n")
    document = _open(qtbot, content, "gone/note")
    _type_at_end(qtbot, document, " More.")
    # The folder is replaced by a file: nothing can be written there.
    path.unlink()
    path.parent.rmdir()
    path.parent.write_text("not a folder", "utf-8")
    messages: list[str] = []
    document.message.connect(messages.append)
    answers = DialogAnswers()
    answers.answer("OK")
    assert not document.save()
    assert document.dirty
    assert document.text.endswith("Text.\n More.")
    assert answers.titles == ["Not saved"]
    assert any(str(path) in m for m in messages), messages
    document.source.document().setModified(False)


def _change_on_disk(path: Path, old: str, new: str) -> str:
    text = path.read_text("utf-8").replace(old, new)
    path.write_text(text, "utf-8")
    return text


def test_a_change_on_disk_is_offered_at_save_and_keep_mine_writes_mine(
    qtbot: QtBot, document: EditorDocument
) -> None:
    _type_at_end(qtbot, document, "\nMine.")
    _change_on_disk(document.path, "Delivered when?", "Delivered when, exactly?")
    answers = DialogAnswers()
    answers.answer("Keep mine")
    assert document.save()
    assert answers.titles == ["articles/refunds/refund-policy.md changed on disk"]
    assert document.path.read_text("utf-8") == ARTICLE + "\nMine."
    # Once saved over, the next save is no conflict.
    _type_at_end(qtbot, document, " Again.")
    assert document.save()
    assert answers.unanswered == 0


def test_taking_the_disk_version_replaces_the_text_and_writes_nothing(
    qtbot: QtBot, document: EditorDocument
) -> None:
    _type_at_end(qtbot, document, "\nMine.")
    theirs = _change_on_disk(document.path, "Delivered when?", "Delivered when, exactly?")
    answers = DialogAnswers()
    answers.answer("Use the disk version")
    assert not document.save()
    assert document.text == theirs
    assert not document.dirty
    assert document.path.read_text("utf-8") == theirs
    # Undo brings the editor's own text back: nothing typed is lost.
    document.source.undo()
    assert document.text == ARTICLE + "\nMine."


def test_merging_keeps_both_changes_and_saves_them(qtbot: QtBot, document: EditorDocument) -> None:
    _type_at_end(qtbot, document, "\nMine.")
    _change_on_disk(document.path, "Delivered when?", "Delivered when, exactly?")
    answers = DialogAnswers()
    answers.answer("Merge")
    assert not document.save()
    assert "Delivered when, exactly?" in document.text
    assert document.text.endswith("\nMine.")
    assert document.dirty
    assert document.save()  # the merge is checked, then saved without another question
    on_disk = document.path.read_text("utf-8")
    assert "Delivered when, exactly?" in on_disk and on_disk.endswith("\nMine.")
    assert answers.unanswered == 0


def test_a_merge_where_both_changed_one_line_lets_the_editor_pick_a_side(
    qtbot: QtBot, document: EditorDocument
) -> None:
    with qtbot.waitSignal(document.refreshed, timeout=5000):
        _set_line(document, 11, "- Delivered where?")
    _change_on_disk(document.path, "Delivered when?", "Delivered how?")

    def take_theirs_there(dialog: object) -> None:
        from kbassist.ui.editor.conflict import ConflictDialog

        assert isinstance(dialog, ConflictDialog)
        assert dialog.clash_choice.isVisibleTo(dialog)
        dialog.clash_choice.setCurrentIndex(1)

    answers = DialogAnswers()
    answers.answer("Merge", before=take_theirs_there)
    document.save()
    assert "- Delivered how?" in document.text
    assert "where" not in document.text


def test_a_reload_follows_the_disk_when_unedited_and_offers_a_compare_when_edited(
    qtbot: QtBot, document: EditorDocument, content: Content
) -> None:
    theirs = _change_on_disk(document.path, "Delivered when?", "Delivered when, exactly?")
    document.set_content(load_content(content.root, TODAY))
    assert document.text == theirs
    assert not document.dirty
    assert document.change_bar.isHidden()
    _type_at_end(qtbot, document, "\nMine.")
    _change_on_disk(document.path, "Money back", "All money back")
    document.set_content(load_content(content.root, TODAY))
    assert not document.change_bar.isHidden()
    assert document.text.endswith("\nMine.")
    answers = DialogAnswers()
    answers.answer("Merge")
    document.compare_button.click()
    assert "All money back" in document.text and document.text.endswith("\nMine.")
    assert document.change_bar.isHidden()


def test_closing_with_unsaved_changes_asks(qtbot: QtBot, document: EditorDocument) -> None:
    assert document.maybe_close()  # nothing to ask
    _type_at_end(qtbot, document, "\nMine.")
    answers = DialogAnswers()
    answers.answer("Cancel")
    assert not document.maybe_close()
    answers.answer("Discard")
    assert document.maybe_close()
    answers.answer("Save")
    assert document.maybe_close()
    assert answers.titles == ["Unsaved changes"] * 3
    assert document.path.read_text("utf-8").endswith("\nMine.")


def test_a_template_renders_live_with_sample_values(qtbot: QtBot, content: Content) -> None:
    document = _open(qtbot, content, "apology/late", reply=True)
    assert document.highlighter.jinja
    preview = document.preview.toPlainText()
    assert "Dear Ada, I am sorry your refund is late." in preview
    assert "Your refund A-100" in preview
    _type_at_end(qtbot, document, "Order {{ order }}.")
    assert "late.Order A-100." in document.preview.toPlainText().replace("\n", "")
    with qtbot.waitSignal(document.refreshed, timeout=5000):
        document.source.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(document.source, " {{ nope(")
    assert document.problems.rowCount() >= 1
    document.source.document().setModified(False)


def test_find_and_replace_all_is_one_undo(qtbot: QtBot, document: EditorDocument) -> None:
    bar = document.find_bar
    bar.open()
    assert bar.isVisible()
    qtbot.keyClicks(bar.find_box, "30 days")
    assert document.source.textCursor().selectedText() == "30 days"
    bar.replace_box.setText("thirty days")
    assert bar.replace_all() == 2
    assert "30 days" not in document.text
    document.source.undo()
    assert document.text == ARTICLE
    qtbot.keyClick(bar.find_box, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_replacing_the_text_keeps_the_cursor_and_is_one_undo(
    qtbot: QtBot, document: EditorDocument
) -> None:
    document.source.moveCursor(QTextCursor.MoveOperation.End)
    end = document.source.textCursor().position()
    document.replace_text(ARTICLE.replace("Money back", "All money back 💶"))
    assert document.source.textCursor().position() == end + len("All  💶") + 1
    assert "All money back 💶" in document.text
    document.source.undo()
    assert document.text == ARTICLE


def test_the_preview_follows_the_source_by_heading(qtbot: QtBot, content: Content) -> None:
    sections = "\n\n".join(
        f"## Part {n}\n\n" + "\n".join(f"- item {n}.{i}" for i in range(3 + 6 * (n % 2)))
        for n in range(1, 13)
    )
    write(content.root, "articles/long.md", f"---\ntitle: Long\n---\n{sections}\n")
    document = _open(qtbot, content, "long")
    QApplication.processEvents()
    lines = document.text.split("\n")
    heading = lines.index("## Part 7")
    document.source.verticalScrollBar().setValue(heading)
    QApplication.processEvents()
    block = document.preview.document().begin()
    top = None
    while block.isValid():
        if block.text() == "Part 7":
            top = document.preview.document().documentLayout().blockBoundingRect(block).top()
        block = block.next()
    assert top is not None
    shown = document.preview.verticalScrollBar().value()
    assert abs(shown - top) <= 4 or shown == document.preview.verticalScrollBar().maximum()


def test_the_status_line_counts_the_words_of_the_body(document: EditorDocument) -> None:
    assert document.status.text().startswith("15 words")


def test_the_front_matter_form_and_the_source_follow_each_other(
    qtbot: QtBot, document: EditorDocument
) -> None:
    form = document.form
    assert form is not None
    assert form.title_edit.text() == "Refund policy"
    document.source.moveCursor(QTextCursor.MoveOperation.End)
    end = document.source.textCursor().position()
    form.title_edit.setFocus()
    form.title_edit.end(False)
    qtbot.keyClicks(form.title_edit, " (UK)")
    assert "title: Refund policy (UK)\n" in document.text
    assert document.text.count("(UK)") == 1
    # The source's cursor stays where it was, moved on by the characters added before it.
    assert document.source.textCursor().position() == end + len(" (UK)")
    # While the form has the focus, the source catching up does not reload it under the typing.
    with qtbot.waitSignal(document.refreshed, timeout=5000):
        pass
    assert form.title_edit.text() == "Refund policy (UK)"
    document.source.setFocus()
    with qtbot.waitSignal(document.refreshed, timeout=5000):
        _set_line(document, 2, "title: Refunds")
    assert form.title_edit.text() == "Refunds"


def test_saving_through_a_symlinked_folder_is_refused(
    qtbot: QtBot, content: Content, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (content.root / "articles/linked").symlink_to(outside, target_is_directory=True)
    document = EditorDocument(content.root / "articles/linked/new.md", content, new_text="# New\n")
    qtbot.addWidget(document)
    answers = DialogAnswers()
    answers.answer("OK")
    assert not document.save(ask_on_errors=False)
    assert answers.titles == ["Not saved"] and "symbolic link" in answers.texts[0]
    assert list(outside.iterdir()) == [] and document.dirty
    document.source.document().setModified(False)


def test_a_theme_change_recolours_the_source(qtbot: QtBot, document: EditorDocument) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = document.highlighter.format_of("heading").foreground().color()
    apply_theme(app, "dark")
    try:
        document.highlighter.use_palette(app.palette())
        dark = document.highlighter.format_of("heading").foreground().color()
        page = app.palette().color(QPalette.ColorRole.Base)
        assert dark != light
        # Readable on the dark page: far apart in lightness.
        assert abs(dark.lightness() - page.lightness()) > 90
    finally:
        apply_theme(app, "light")
