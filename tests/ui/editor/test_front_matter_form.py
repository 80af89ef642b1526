"""The front matter form: edits through its widgets land in the source, and nothing else moves."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kbassist.content.front_matter_edit import read_fields
from kbassist.ui.actions import MENUS
from kbassist.ui.editor.front_matter_form import FrontMatterForm
from tests.conftest import STARTER

REAL = STARTER / "articles/complaints/complaints-procedure.md"
CHOICES = [
    ("complaints/complaints-procedure", "Complaints procedure"),
    ("complaints/independent-review", "Independent review of a complaint"),
    ("refunds/refund-policy", "Refund policy"),
    ("refunds/refund-policy.sl", "Politika vračil"),
]


def _source() -> str:
    """The real starter article with a comment and a key the loader does not know."""
    text = REAL.read_text("utf-8")
    return text.replace(
        "owner: Customer Relations\n",
        "# Ask Customer Relations before changing the numbers.\n"
        "owner: Customer Relations\nx-reviewed-by: legal  # kept for the audit\n",
    )


def _body(source: str) -> str:
    return source.split("\n---\n", 1)[1]


@pytest.fixture
def form(qtbot: QtBot) -> FrontMatterForm:
    widget = FrontMatterForm(lambda: list(CHOICES))
    qtbot.addWidget(widget)
    widget.resize(1024, 300)
    widget.show()
    return widget


def _edit_cell(qtbot: QtBot, form: FrontMatterForm, row: int, column: int, text: str) -> None:
    index = form.facts_model.index(row, column)
    form.facts_view.setCurrentIndex(index)
    form.facts_view.edit(index)
    editor = _open_editor(form)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    # The table commits a cell's text once events run again.
    with qtbot.waitSignal(form.facts_model.dataChanged):
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def _open_editor(form: FrontMatterForm) -> QLineEdit:
    """The cell editor open in the facts table (closed ones linger, hidden, until deleted)."""
    [editor] = [e for e in form.facts_view.findChildren(QLineEdit) if e.isVisible()]
    return editor


def _replace_text(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_editing_title_fact_and_review_date_writes_only_those(
    qtbot: QtBot, form: FrontMatterForm
) -> None:
    source = _source()
    with qtbot.assertNotEmitted(form.changed):
        form.load(source)
    assert form.title_edit.text() == "Complaints procedure"
    form.details_button.click()

    with qtbot.waitSignal(form.changed):
        _replace_text(qtbot, form.title_edit, "Making a complaint")

    assert form.facts_model.index(0, 0).data() == "complaint_ack_hours"
    with qtbot.waitSignal(form.changed):
        _edit_cell(qtbot, form, 0, 1, "48")

    form.review_edit.setFocus()
    form.review_edit.setCurrentSection(QDateTimeEdit.Section.YearSection)
    with qtbot.waitSignal(form.changed):
        qtbot.keyClick(form.review_edit, Qt.Key.Key_Up)

    result = form.apply(source)
    fields = read_fields(result)
    assert fields["title"] == "Making a complaint"
    assert fields["facts"]["complaint_ack_hours"] == 48
    assert fields["review_by"] == dt.date(2028, 3, 31)
    assert "# Ask Customer Relations before changing the numbers.\n" in result
    assert "x-reviewed-by: legal  # kept for the audit\n" in result
    assert _body(result) == _body(source)
    changed = {"title:", "review_by:", "complaint_ack_hours:"}
    kept = [ln for ln in source.split("\n") if not any(ln.strip().startswith(c) for c in changed)]
    assert kept == [
        ln for ln in result.split("\n") if not any(ln.strip().startswith(c) for c in changed)
    ]


def test_apply_without_edits_returns_the_source_itself(form: FrontMatterForm) -> None:
    source = _source()
    form.load(source)
    assert form.apply(source) == source


def test_apply_leaves_what_was_edited_in_the_source_meanwhile(
    qtbot: QtBot, form: FrontMatterForm
) -> None:
    source = _source()
    form.load(source)
    _replace_text(qtbot, form.title_edit, "Complaints")
    edited_elsewhere = source.replace("owner: Customer Relations", "owner: Complaints Team")
    result = form.apply(edited_elsewhere)
    assert read_fields(result)["owner"] == "Complaints Team"
    assert read_fields(result)["title"] == "Complaints"


def test_a_field_typed_back_to_its_first_value_is_written_back_too(
    qtbot: QtBot, form: FrontMatterForm
) -> None:
    source = _source()
    form.load(source)
    _replace_text(qtbot, form.title_edit, "Complaints")
    once = form.apply(source)
    _replace_text(qtbot, form.title_edit, "Complaints procedure")
    assert form.apply(once) == source


def test_no_date_removes_review_by_and_a_picked_date_sets_it(
    qtbot: QtBot, form: FrontMatterForm
) -> None:
    source = _source()
    form.load(source)
    form.details_button.click()
    with qtbot.waitSignal(form.changed):
        form.no_review.click()
    assert not form.review_edit.isEnabled()
    removed = form.apply(source)
    assert "review_by" not in read_fields(removed)
    form.load(removed)
    assert form.no_review.isChecked()
    form.no_review.click()
    assert "review_by" in read_fields(form.apply(removed))


def test_related_and_translations_are_picked_by_title(qtbot: QtBot, form: FrontMatterForm) -> None:
    source = "---\ntitle: Refund policy\n---\n# Refund policy\n\nBody.\n"
    form.load(source)
    form.details_button.click()
    related = form.related_list
    line = related.picker.lineEdit()
    assert line is not None
    line.setFocus()
    qtbot.keyClicks(line, "Independent review of a complaint")
    with qtbot.waitSignal(form.changed):
        related.add_button.click()
    assert related.picker.currentText() == ""
    translations = form.translations_list
    translations.language.setCurrentIndex(translations.language.findData("sl"))
    line = translations.picker.lineEdit()
    assert line is not None
    line.setFocus()
    qtbot.keyClicks(line, "refunds/refund-policy.sl")
    with qtbot.waitSignal(form.changed):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    fields = read_fields(form.apply(source))
    assert fields["related"] == ["complaints/independent-review"]
    assert fields["translations"] == {"sl": "refunds/refund-policy.sl"}
    shown = related.model.index(0, 0).data()
    assert shown == "Independent review of a complaint (complaints/independent-review)"


def test_facts_rows_are_added_and_removed(qtbot: QtBot, form: FrontMatterForm) -> None:
    source = _source()
    form.load(source)
    form.details_button.click()
    form.add_fact_button.click()
    # The new row's name cell is open for typing at once.
    editor = _open_editor(form)
    qtbot.keyClicks(editor, "complaint_phone_hours")
    with qtbot.waitSignal(form.changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    _edit_cell(qtbot, form, 3, 1, "true")
    form.facts_view.setCurrentIndex(form.facts_model.index(1, 0))
    with qtbot.waitSignal(form.changed):
        form.remove_fact_button.click()
    facts = read_fields(form.apply(source))["facts"]
    assert facts == {
        "complaint_ack_hours": 24,
        "complaint_final_response_weeks": 8,
        "complaint_phone_hours": True,
    }


def test_broken_front_matter_disables_the_form_with_a_one_line_notice(
    form: FrontMatterForm,
) -> None:
    broken = "---\ntitle: Refunds\nsummary: [never closed\n---\nBody\n"
    form.load(broken)
    assert not form.fields_box.isEnabled()
    assert form.notice.isVisible()
    assert "line 3" in form.notice.full_text
    assert "\n" not in form.notice.text()
    assert form.apply(broken) == broken
    form.load(_source())
    assert form.fields_box.isEnabled()
    assert not form.notice.isVisible()
    assert form.title_edit.text() == "Complaints procedure"


def test_a_source_without_front_matter_gets_one_when_a_field_is_set(
    qtbot: QtBot, form: FrontMatterForm
) -> None:
    source = "# Opening hours\n\nWe open at nine.\n"
    form.load(source)
    _replace_text(qtbot, form.title_edit, "Opening hours")
    assert form.apply(source) == "---\ntitle: Opening hours\n---\n" + source


def test_values_the_lists_do_not_offer_are_shown_and_kept(form: FrontMatterForm) -> None:
    source = "---\ntitle: T\nlanguage: fr\nstatus: archived\nreview_by: 2027-02-30\n---\nB\n"
    form.load(source)
    assert form.language_combo.currentText() == "fr"
    assert form.status_combo.currentText() == "archived"
    assert form.no_review.isChecked()
    assert "2027-02-30" in form.review_edit.toolTip()
    assert form.apply(source) == source
    form.load("---\ntitle: T\n---\nB\n")
    assert form.language_combo.findData("fr") == -1


def test_it_starts_one_line_high_and_opens_with_details(form: FrontMatterForm) -> None:
    form.load(_source())
    assert not form.details.isVisible()
    assert form.details_button.text() == "&Details ▸"
    collapsed = form.sizeHint().height()
    form.details_button.click()
    assert form.details.isVisible()
    assert form.details_button.text() == "&Details ▾"
    assert collapsed < 40 < form.sizeHint().height() < 300
    assert form.minimumSizeHint().width() <= 1024


def test_mnemonics_are_unique_and_clear_of_the_menus_and_tabs(form: FrontMatterForm) -> None:
    # The menus (actions.MENUS) and the main window's tabs (Answer, Reply, Facilities).
    taken = {_mnemonic(title) for title, _ in MENUS} | {"a", "p", "l"}
    texts = [label.text() for label in form.findChildren(QLabel)]
    texts += [button.text() for button in form.findChildren(QAbstractButton)]
    letters = [m for m in map(_mnemonic, texts) if m]
    assert len(letters) >= 12
    assert len(letters) == len(set(letters)), letters
    assert not set(letters) & taken


def _mnemonic(text: str) -> str:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def test_the_article_picker_asks_for_titles_only_when_used(qtbot: QtBot) -> None:
    asked: list[int] = []

    def choices() -> list[tuple[str, str]]:
        asked.append(1)
        return list(CHOICES)

    form = FrontMatterForm(choices)
    qtbot.addWidget(form)
    form.show()
    form.load("---\ntitle: T\n---\nB\n")
    assert asked == []
    form.details_button.click()
    line = form.related_list.picker.lineEdit()
    assert line is not None
    qtbot.keyClicks(line, "Ref")
    assert asked
    assert form.related_list.picker.model_rows.rowCount() == len(CHOICES)


def test_starter_article_round_trips_through_the_form(form: FrontMatterForm) -> None:
    for path in sorted((STARTER / "articles").rglob("*.md"))[:40]:
        source = Path(path).read_text("utf-8")
        form.load(source)
        assert form.apply(source) == source, path


def test_a_closed_fields_key_opens_details_there_and_types_nothing(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    form = FrontMatterForm(list)
    source = QPlainTextEdit("---\ntitle: Refunds\n---\n# Refunds\n")
    layout = QVBoxLayout(window)
    layout.addWidget(form)
    layout.addWidget(source)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()  # shortcuts work in the active window only
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert not form.details.isVisible()
    source.setFocus()
    qtbot.keyClick(source, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # Review &by
    assert form.details.isVisible()
    assert form.review_edit.hasFocus()
    assert source.toPlainText() == "---\ntitle: Refunds\n---\n# Refunds\n"
    # Open, the label's own mnemonic does the same, and no second key competes with it.
    source.setFocus()
    qtbot.keyClick(source, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert form.review_edit.hasFocus()
