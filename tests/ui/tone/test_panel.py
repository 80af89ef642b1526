"""The tone highlighter and panel on real editors: underlines, debounce, selection, fixes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from kbassist.tone.checker import ToneChecker, ToneReport
from kbassist.ui.tone.highlighter import SEVERITY_COLOURS
from kbassist.ui.tone.model import (
    CategoryRole,
    FindingRole,
    ReplacementRole,
    SeverityRole,
    StartRole,
)
from kbassist.ui.tone.panel import TonePanel

DRAFT = "Dear Anna,\n\nKindly send the photo. Obviously it helps.\n\nKind regards,\nSam"


@pytest.fixture(scope="module")
def checker() -> ToneChecker:
    return ToneChecker.load(None)


def _panel(qtbot: QtBot, checker: ToneChecker, text: str, **options: object) -> TonePanel:
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText(text)
    panel = TonePanel(checker, editor, **options)  # type: ignore[arg-type]
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.highlighter.report_changed, timeout=2000):
        pass
    return panel


def _editor(panel: TonePanel) -> QPlainTextEdit:
    editor = panel._editor
    assert isinstance(editor, QPlainTextEdit)
    return editor


def _underlines(document: QTextDocument) -> list[tuple[str, str]]:
    """(underlined text, colour) for every wavy underline in the document."""
    found = []
    block = document.begin()
    while block.isValid():
        for fmt_range in block.layout().formats():
            fmt = fmt_range.format
            if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
                # Qt counts in UTF-16 units; an emoji is two of them.
                units = block.text().encode("utf-16-le")
                start, end = fmt_range.start * 2, (fmt_range.start + fmt_range.length) * 2
                text = units[start:end].decode("utf-16-le")
                found.append((text, fmt.underlineColor().name()))
        block = block.next()
    return found


def test_findings_get_a_wavy_underline_coloured_by_severity(
    qtbot: QtBot, checker: ToneChecker
) -> None:
    panel = _panel(qtbot, checker, DRAFT + "\nCard 4539 1488 0343 6467")
    assert _underlines(_editor(panel).document()) == [
        ("Kindly", SEVERITY_COLOURS["suggestion"].name()),
        ("Obviously", SEVERITY_COLOURS["warning"].name()),
        ("4539 1488 0343 6467", SEVERITY_COLOURS["error"].name()),
    ]


def test_typing_is_checked_once_after_a_pause(qtbot: QtBot, checker: ToneChecker) -> None:
    panel = _panel(qtbot, checker, "")
    editor = _editor(panel)
    reports: list[ToneReport] = []
    panel.highlighter.report_changed.connect(reports.append)
    qtbot.keyClicks(editor, "Simply reply to this email.")
    assert reports == []  # nothing runs while the writer types
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=2000)
    qtbot.wait(300)
    assert len(reports) == 1
    assert [f.rule for f in reports[0].findings] == ["condescension"]
    assert _underlines(editor.document())[0][0] == "Simply"


def test_underlines_move_with_the_text_until_the_next_check(
    qtbot: QtBot, checker: ToneChecker
) -> None:
    panel = _panel(qtbot, checker, DRAFT)
    editor = _editor(panel)
    cursor = editor.textCursor()
    cursor.setPosition(DRAFT.index("Kindly"))
    cursor.insertText("Hello. ")
    assert [u[0] for u in _underlines(editor.document())] == ["Kindly", "Obviously"]
    cursor.setPosition(editor.toPlainText().index("Obviously") + 2)
    cursor.insertText("x")  # editing inside a finding removes it at once
    assert [u[0] for u in _underlines(editor.document())] == ["Kindly"]
    assert panel.model.rowCount() == 1


def test_the_summary_shows_length_reading_and_categories(
    qtbot: QtBot, checker: ToneChecker
) -> None:
    panel = _panel(qtbot, checker, DRAFT, max_words=150)
    text = panel.summary.text()
    assert text.startswith("12 / 150 words · Coleman-Liau grade ")
    assert text.endswith("1 condescension, 1 plain language")
    with qtbot.waitSignal(panel.highlighter.report_changed, timeout=2000):
        panel.set_max_words(10)
    assert panel.summary.text().startswith("12 / 10 words")
    assert "1 length" in panel.summary.text()


def test_the_list_model_has_named_roles(qtbot: QtBot, checker: ToneChecker) -> None:
    panel = _panel(qtbot, checker, DRAFT)
    model = panel.model
    assert model.rowCount() == 2
    first = model.index(0, 0)
    assert model.data(first, CategoryRole) == "plain-language"
    assert model.data(first, SeverityRole) == "suggestion"
    assert model.data(first, ReplacementRole) == "Please"
    assert model.data(first, StartRole) == DRAFT.index("Kindly")
    assert model.data(first, FindingRole).rule == "plain-words"
    assert "Please" in model.data(first, Qt.ItemDataRole.DisplayRole)
    names = {bytes(v.data()).decode() for v in model.roleNames().values()}
    assert {"rule", "category", "severity", "start", "end", "message", "replacement"} <= names
    assert model.data(QModelIndex(), CategoryRole) is None


def test_selecting_a_finding_selects_its_words_in_the_editor(
    qtbot: QtBot, checker: ToneChecker
) -> None:
    panel = _panel(qtbot, checker, DRAFT)
    panel.findings_view.setCurrentIndex(panel.model.index(1, 0))
    assert _editor(panel).textCursor().selectedText() == "Obviously"
    assert not panel.fix_button.isEnabled()  # nothing to substitute
    panel.findings_view.setCurrentIndex(panel.model.index(0, 0))
    assert _editor(panel).textCursor().selectedText() == "Kindly"
    assert panel.fix_button.isEnabled()


def test_the_fix_button_applies_the_suggestion_and_undo_restores(
    qtbot: QtBot, checker: ToneChecker
) -> None:
    panel = _panel(qtbot, checker, DRAFT)
    editor = _editor(panel)
    panel.findings_view.setCurrentIndex(panel.model.index(0, 0))
    with qtbot.waitSignal(panel.fix_applied) as applied:
        qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert applied.args is not None and applied.args[0].rule == "plain-words"
    assert editor.toPlainText() == DRAFT.replace("Kindly", "Please")
    assert [panel.model.data(panel.model.index(r, 0), CategoryRole) for r in range(1)] == [
        "condescension"
    ]
    editor.undo()
    assert editor.toPlainText() == DRAFT


def test_enter_on_a_finding_applies_its_fix(qtbot: QtBot, checker: ToneChecker) -> None:
    panel = _panel(qtbot, checker, "Dear Sam,\n\nT2 will reply ASAP.")
    panel.show()
    view = panel.findings_view
    view.setFocus()
    view.setCurrentIndex(panel.model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert _editor(panel).toPlainText() == "Dear Sam,\n\nT2 will reply as soon as possible."


def test_language_and_kind_setters_change_the_rules(qtbot: QtBot, checker: ToneChecker) -> None:
    text = "Pozdravljeni, preprosto kliknite povezavo."
    panel = _panel(qtbot, checker, text)
    assert panel.model.rowCount() == 0
    with qtbot.waitSignal(panel.highlighter.report_changed, timeout=2000):
        panel.set_language("sl-SI")
    assert panel.model.data(panel.model.index(0, 0), CategoryRole) == "condescension"
    long_text = " ".join(["Vaše naročilo je na poti."] * 6)
    _editor(panel).setPlainText(long_text)
    with qtbot.waitSignal(panel.highlighter.report_changed, timeout=2000):
        panel.set_kind("apology")
    rules = {f.rule for f in panel.highlighter.findings}
    assert "apology-missing" in rules


def test_positions_are_right_after_an_emoji_and_in_a_rich_text_editor(
    qtbot: QtBot, checker: ToneChecker
) -> None:
    editor = QTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("Thanks 😀 for writing. Kindly wait.")
    panel = TonePanel(checker, editor)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.highlighter.report_changed, timeout=2000):
        pass
    assert _underlines(editor.document()) == [("Kindly", SEVERITY_COLOURS["suggestion"].name())]
    panel.findings_view.setCurrentIndex(panel.model.index(0, 0))
    assert editor.textCursor().selectedText() == "Kindly"
    assert panel.apply_current_fix()
    assert editor.toPlainText() == "Thanks 😀 for writing. Please wait."


def test_a_500_word_draft_is_never_checked_while_typing(qtbot: QtBot, checker: ToneChecker) -> None:
    sentence = "Your order is packed and will leave our warehouse on Friday morning. "
    panel = _panel(qtbot, checker, "Dear Anna,\n\n" + sentence * 42)
    editor = _editor(panel)
    reports: list[ToneReport] = []
    panel.highlighter.report_changed.connect(reports.append)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "Obviously, thanks.")
    assert reports == []
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=2000)
    assert reports[0].metrics.words > 500
    assert panel.summary.text().startswith(f"{reports[0].metrics.words} / 200 words")


def test_controls_have_accessible_names(qtbot: QtBot, checker: ToneChecker) -> None:
    panel = _panel(qtbot, checker, DRAFT)
    assert panel.summary.accessibleName() == "Tone summary"
    assert panel.findings_view.accessibleName() == "Tone findings"
    assert panel.fix_button.accessibleName() == "Apply the suggested fix"
