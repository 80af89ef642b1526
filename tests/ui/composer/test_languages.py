"""Replies in the customer's language: the composer fills in the template's variant for the
chosen language, says so when there is none, and keeps the writer's values and text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from kbassist.content.folder import Content
from kbassist.drafts import DraftStore
from kbassist.ui.composer.composer import ComposerWidget
from kbassist.validation import load_checked
from tests.conftest import STARTER
from tests.ui.composer.test_composer import Settings, popup_shown

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def starter() -> Content:
    return load_checked(STARTER, today=NOW.date())


@pytest.fixture
def composer(qtbot: QtBot, starter: Content, tmp_path: Path) -> ComposerWidget:
    widget = ComposerWidget(
        starter, None, DraftStore(tmp_path / "drafts"), Settings(), None, lambda: NOW
    )
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def choose_language(qtbot: QtBot, composer: ComposerWidget, name: str) -> None:
    """Pick a language in "Reply in:" with the keyboard, as a writer would."""
    box = composer.language_chooser.box
    box.setFocus()
    row = box.findText(name)
    assert row >= 0, name
    while box.currentIndex() != row:
        qtbot.keyClick(box, Qt.Key.Key_Down if box.currentIndex() < row else Qt.Key.Key_Up)


def choose_template(qtbot: QtBot, composer: ComposerWidget, words: str) -> None:
    """Find a template by typing in the picker and press Enter."""
    box = composer.picker.filter_box
    box.setFocus()
    qtbot.keyClicks(box, words)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def fill(qtbot: QtBot, composer: ComposerWidget, **values: str) -> None:
    for name, value in values.items():
        editor = composer.form.editors[name]
        if isinstance(editor.input, QComboBox):
            editor.set_value(value)
        else:
            qtbot.keyClicks(editor.input, value)
    composer.refresh()


@popup_shown
def test_a_slovenian_customer_gets_the_slovenian_variant_signed_in_slovenian(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    choose_language(qtbot, composer, "Slovenščina")
    choose_template(qtbot, composer, "late delivery")
    assert composer.template is not None
    assert composer.template.id == "apology/late-delivery.sl"
    assert composer.language_notice.isHidden()
    fill(qtbot, composer, customer_name="Ana", order_number="LK-123456", new_date="14.3.2026")
    # The typed date reads back as the reply writes it, week day and all, in Slovenian.
    reading = composer.form.editors["new_date"].reading_label
    assert reading.text() == "sobota, 14. 3. 2026" and not reading.isHidden()
    qtbot.waitUntil(lambda: composer.sendable)
    body = composer.body_edit.toPlainText()
    assert body.startswith("Pozdravljeni, Ana,\n\nopravičujem se")
    assert "najpozneje 14. 3. 2026." in body
    assert body.endswith("Lep pozdrav,\nMaja\nSlužba za pomoč strankam Larkspur")
    assert "Larkspur Customer Care" not in body
    assert composer.subject_edit.text() == "Vaše naročilo LK-123456 je na poti"


@popup_shown
def test_a_language_without_a_version_falls_back_visibly(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    choose_language(qtbot, composer, "Hrvatski")
    choose_template(qtbot, composer, "refund timeline")
    assert composer.template is not None
    assert composer.template.id == "information/refund-timeline"
    notice = composer.language_notice
    assert not notice.isHidden()
    assert notice.text() == "No Croatian version of this template: showing English."
    # Choosing a template that has a Croatian version clears it.
    choose_template(qtbot, composer, "late delivery")
    assert composer.template is not None and composer.template.language == "hr"
    assert notice.isHidden()


def test_switching_language_keeps_the_values_and_moves_choices_by_their_place(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    composer.open_template("apology/late-delivery")
    fill(qtbot, composer, customer_name="Ana", order_number="LK-123456")
    composer.form.editors["new_date"].set_value("2026-03-14")
    composer.form.editors["reason"].set_value("severe weather on the delivery route")
    composer.refresh()
    draft_id = composer.draft_id
    choose_language(qtbot, composer, "Ελληνικά")
    assert composer.template is not None and composer.template.id == "apology/late-delivery.el"
    values = composer.form.values()
    assert values["customer_name"] == "Ana" and values["order_number"] == "LK-123456"
    assert values["reason"] == "κακοκαιρία στη διαδρομή παράδοσης"
    assert composer.draft_id == draft_id  # nothing written by hand yet: the same reply
    qtbot.waitUntil(lambda: composer.sendable)
    body = composer.body_edit.toPlainText()
    assert "έως τις 14 Μαρτίου 2026" in body
    assert body.endswith("Με εκτίμηση,\nMaja\nΕξυπηρέτηση Πελατών Larkspur")


def test_a_reply_edited_by_hand_is_kept_in_drafts_when_the_language_changes(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    composer.open_template("escalation/to-supervisor")
    fill(
        qtbot,
        composer,
        customer_name="Wei",
        case_reference="12345678",
        issue_summary="The sofa arrived twice.",
    )
    qtbot.waitUntil(lambda: composer.sendable)
    composer.body_edit.moveCursor(composer.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(composer.body_edit, " Thank you.")
    english_draft = composer.draft_id
    choose_language(qtbot, composer, "中文")
    assert composer.template is not None and composer.template.id == "escalation/to-supervisor.zh"
    assert composer.draft_id != english_draft
    assert "The reply you had written is kept in Drafts." in composer.language_notice.text()
    kept = composer.drafts.load(english_draft)
    assert kept is not None and kept.body.endswith(" Thank you.")
    qtbot.waitUntil(lambda: composer.sendable)
    body = composer.body_edit.toPlainText()
    assert body.startswith("Wei，您好：")
    assert body.endswith("祝好，\nMaja\nLarkspur 客户服务中心")
    # Reopening the English draft brings its language back with it.
    assert composer.open_draft(english_draft)
    assert composer.customer_language() == "en"
    assert composer.body_edit.toPlainText().endswith(" Thank you.")


@popup_shown
def test_the_picker_lists_a_template_once_and_finds_it_by_any_variants_words(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    ids = composer.picker.visible_ids()
    assert ids.count("apology/late-delivery") == 1
    assert not any(ident.startswith("apology/late-delivery.") for ident in ids)
    qtbot.keyClicks(composer.picker.filter_box, "zamuda")  # a Slovenian tag
    assert "apology/late-delivery" in composer.picker.visible_ids()


def test_the_main_window_can_set_the_customers_language(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    composer.open_template("apology/damaged-item")
    composer.set_customer_language("zh-Hans")  # the language of the article on screen
    assert composer.template is not None and composer.template.id == "apology/damaged-item.zh"
    assert composer.language_chooser.box.currentText() == "中文"


def test_the_language_can_be_set_for_the_next_reply_only(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    composer.open_template("apology/damaged-item")
    composer.set_customer_language("el", switch_open=False)
    assert composer.template is not None and composer.template.id == "apology/damaged-item"
    composer.open_template("apology/damaged-item")
    assert composer.template.id == "apology/damaged-item.el"


def test_the_picker_points_at_the_template_whatever_its_language(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    choose_language(qtbot, composer, "Slovenščina")
    composer.open_template("escalation/formal-complaint")
    assert composer.template is not None and composer.template.language == "sl"
    assert composer.picker.current_id() == "escalation/formal-complaint"
