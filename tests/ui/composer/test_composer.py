"""The reply composer: pick, fill in, preview, keep edits, block until complete, drafts, send."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kbassist.content.folder import Content, load_content
from kbassist.drafts import DraftStore
from kbassist.mail.credentials import delete_password, get_password, set_password
from kbassist.mail.delivery import SmtpSettings
from kbassist.tone.checker import ToneChecker
from kbassist.ui.actions import ACTION_SPECS
from kbassist.ui.composer.checks import SET_YOUR_NAME
from kbassist.ui.composer.composer import ComposerWidget
from kbassist.ui.composer.form import DateInput
from kbassist.ui.composer.merge import NOTICE
from kbassist.ui.composer.settings import ComposerSettings
from kbassist.ui.composer.style import ElidedLabel
from tests.contentkit import write
from tests.mail.test_delivery import SmtpServer, _authenticate, start_server

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)

LATE = """
---
title: Apology for a late delivery
kind: apology
tags: [courier, delayed]
subject: "Your order {{ order_number }}"
fields:
  customer_name: {label: Customer's first name, required: true}
  order_number:
    label: Order number
    required: true
    pattern: "LK-[0-9]{6}"
    help: Starts with LK- followed by six digits
  new_date: {label: New delivery date, type: date, required: true}
  reason:
    label: Reason
    type: choice
    default: a courier delay
    choices: [a courier delay, bad weather]
---
Dear {{ customer_name }},

Order {{ order_number }} is late because of {{ reason }}.
It arrives by {{ new_date | format_date }}.

Kind regards,
{{ agent.name }}
"""

VISIT = """
---
title: Visit a store
kind: referral
tags: [store, shop]
subject: "Your visit to {{ store.name }}"
fields:
  customer_name: {label: Customer's first name, required: true}
  store: {label: Store, type: facility, required: true}
---
Dear {{ customer_name }},

Please visit {{ store.name }}, {{ store.address_block }}.

{{ agent.name }}
"""

POLICY = """
---
title: Refund policy
summary: Full refund within 30 days.
---
# Refund policy

## Details
- The 30 days start on delivery.
- Refunds take 5 to 10 working days.
"""

STORES = """
- id: lon-camden
  name: Larkspur Camden
  address: [12 Parkway]
  city: London
  postcode: NW1 7AA
  country: GB
  lat: 51.539
  lon: -0.1426
"""


@pytest.fixture
def content(tmp_path: Path) -> Content:
    root = tmp_path / "content"
    write(root, "kbassist.toml", '[org]\nname = "Larkspur Home"\nemail = "help@larkspur.example"\n')
    write(root, "replies/apology/late.md", LATE)
    write(root, "replies/referral/visit.md", VISIT)
    write(root, "articles/refunds/policy.md", POLICY)
    write(root, "facilities/stores.yaml", STORES)
    loaded = load_content(root, today=NOW.date())
    assert list(loaded.problems) == []
    return loaded


@pytest.fixture
def drafts(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


class Settings:
    """A settings provider the test can change, as the settings dialog would."""

    def __init__(self) -> None:
        self.value = ComposerSettings(agent_name="Maja")

    def __call__(self) -> ComposerSettings:
        return self.value


@pytest.fixture
def settings() -> Settings:
    return Settings()


def make_composer(
    qtbot: QtBot, content: Content, drafts: DraftStore, settings: Settings
) -> ComposerWidget:
    widget = ComposerWidget(content, None, drafts, settings, None, lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


@pytest.fixture
def composer(
    qtbot: QtBot, content: Content, drafts: DraftStore, settings: Settings
) -> ComposerWidget:
    return make_composer(qtbot, content, drafts, settings)


def fill_late(qtbot: QtBot, composer: ComposerWidget) -> None:
    composer.open_template("apology/late")
    editors = composer.form.editors
    qtbot.keyClicks(editors["customer_name"].input, "Ana")
    qtbot.keyClicks(editors["order_number"].input, "LK-123456")
    editors["new_date"].set_value("2026-03-14")
    qtbot.waitUntil(lambda: composer.sendable)


def combo(composer: ComposerWidget, field: str) -> QComboBox:
    """The combo box editing field."""
    widget = composer.form.editors[field].input
    assert isinstance(widget, QComboBox)
    return widget


def select(editor: QPlainTextEdit, text: str) -> None:
    """Select the first occurrence of text, as a writer would with the mouse."""
    start = editor.toPlainText().index(text)
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(text), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


# The template list pops up under its field; the offscreen platform cannot raise a pop-up or
# give it the keyboard, and says so. The list still works, which is what these tests check.
popup_shown = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing", extend=True
)


@popup_shown
def test_picker_finds_templates_by_any_word_and_kind(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    picker = composer.picker
    assert picker.visible_ids() == ["apology/late", "referral/visit"]
    qtbot.keyClicks(picker.filter_box, "courier")  # a tag
    assert picker.visible_ids() == ["apology/late"]
    picker.filter_box.clear()
    qtbot.keyClicks(picker.filter_box, "address_block")  # a word of the body
    assert picker.visible_ids() == ["referral/visit"]
    picker.filter_box.clear()
    picker.kind_filter.setCurrentIndex(picker.kind_filter.findData("referral"))
    assert picker.visible_ids() == ["referral/visit"]
    picker.kind_filter.setCurrentIndex(0)
    qtbot.keyClicks(picker.filter_box, "late deliv")  # every word must match
    with qtbot.waitSignal(picker.chosen) as chosen:
        qtbot.keyClick(picker.filter_box, Qt.Key.Key_Return)
    assert chosen.args == ["apology/late"]
    assert composer.title_label.text() == "Apology for a late delivery"


def test_form_is_generated_from_the_fields(qtbot: QtBot, composer: ComposerWidget) -> None:
    composer.open_template("apology/late")
    editors = composer.form.editors
    assert list(editors) == ["customer_name", "order_number", "new_date", "reason"]
    assert isinstance(editors["new_date"].input, DateInput)
    assert type(editors["reason"].input).__name__ == "QComboBox"
    assert editors["reason"].value() == "a courier delay"  # the default
    assert editors["customer_name"].input.accessibleName() == "Customer's first name (required)"
    assert editors["order_number"].help_label.text() == "Starts with LK- followed by six digits"


def test_filling_the_form_renders_the_preview(qtbot: QtBot, composer: ComposerWidget) -> None:
    fill_late(qtbot, composer)
    assert composer.subject_edit.text() == "Your order LK-123456"
    assert composer.body_edit.toPlainText() == (
        "Dear Ana,\n\nOrder LK-123456 is late because of a courier delay.\n"
        "It arrives by 14 March 2026.\n\nKind regards,\nMaja"
    )
    assert composer.copy_button.isEnabled()
    assert composer.status_label.text().startswith("Ready")


def test_missing_field_blocks_copy_and_is_highlighted(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    composer.open_template("apology/late")
    qtbot.keyClicks(composer.form.editors["order_number"].input, "LK-123456")
    composer.form.editors["new_date"].set_value("2026-03-14")
    qtbot.waitUntil(lambda: "LK-123456" in composer.body_edit.toPlainText())
    assert "Dear [Customer's first name]," in composer.body_edit.toPlainText()
    assert not composer.copy_button.isEnabled()
    assert not composer.send_button.isEnabled()
    assert not composer.mail_button.isEnabled()
    assert "Fill in: Customer's first name." in composer.status_label.text()
    highlighted = composer.body_edit.extraSelections()
    assert [s.cursor.selectedText() for s in highlighted] == ["[Customer's first name]"]
    QGuiApplication.clipboard().setText("before")
    composer.copy_plain()
    assert QGuiApplication.clipboard().text() == "before"


def test_pattern_is_checked_as_you_type(qtbot: QtBot, composer: ComposerWidget) -> None:
    composer.open_template("apology/late")
    editor = composer.form.editors["order_number"]
    qtbot.keyClicks(editor.input, "LK-12")
    assert not editor.message_label.isHidden()
    assert "Starts with LK- followed by six digits" in editor.message_label.text()
    assert "border" in editor.input.styleSheet()
    qtbot.keyClicks(editor.input, "3456")
    assert editor.message_label.isHidden()
    assert editor.input.styleSheet() == ""


def test_writer_edits_survive_a_field_change(qtbot: QtBot, composer: ComposerWidget) -> None:
    fill_late(qtbot, composer)
    body = composer.body_edit
    body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "Team lead")
    assert composer.edited
    combo(composer, "reason").setCurrentIndex(2)  # bad weather
    qtbot.waitUntil(lambda: "bad weather" in body.toPlainText())
    assert body.toPlainText().endswith("Kind regards,\nMaja\nTeam lead")


def _modals_closed(composer: ComposerWidget) -> list[str]:
    """Every modal dialog that comes up is noted and closed (none should)."""
    seen: list[str] = []

    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.reject()

    timer = QTimer(composer)
    timer.setInterval(20)
    timer.timeout.connect(close)
    timer.start()
    return seen


def _edit_the_reason_line(qtbot: QtBot, composer: ComposerWidget) -> None:
    body = composer.body_edit
    select(body, "a courier delay")
    qtbot.keyClicks(body, "a delay at our courier's depot")
    qtbot.keyClick(body, Qt.Key.Key_End)
    qtbot.keyClick(body, Qt.Key.Key_Return)
    qtbot.keyClicks(body, "We are very sorry.")


def test_a_clash_is_asked_in_place_once_the_field_rests_and_keeps_the_wording(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    fill_late(qtbot, composer)
    body = composer.body_edit
    _edit_the_reason_line(qtbot, composer)
    modals = _modals_closed(composer)
    notice = composer.merge_notice
    for choice in (2, 1, 2):  # bad weather, back, bad weather again: three re-renders
        combo(composer, "reason").setCurrentIndex(choice)
        composer.refresh()
        assert not notice.isVisible()  # nothing interrupts while the field is being edited
        assert "because of a delay at our courier's depot." in body.toPlainText()
    assert modals == []
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert NOTICE in notice.label.text()
    assert notice.keep_button.text() == "Keep my text"
    qtbot.mouseClick(notice.keep_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert "because of a delay at our courier's depot.\nWe are very sorry.\n" in body.toPlainText()
    assert modals == []


def test_use_the_new_text_keeps_the_lines_the_writer_added(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    fill_late(qtbot, composer)
    body = composer.body_edit
    _edit_the_reason_line(qtbot, composer)
    combo(composer, "reason").setCurrentIndex(2)  # bad weather
    composer.refresh()
    notice = composer.merge_notice
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    qtbot.mouseClick(notice.new_button, Qt.MouseButton.LeftButton)
    text = body.toPlainText()
    assert "is late because of bad weather.\nWe are very sorry.\n" in text
    assert "depot" not in text
    assert text.endswith("Kind regards,\nMaja")
    assert not notice.isVisible()


def test_edited_text_is_checked_again(qtbot: QtBot, composer: ComposerWidget) -> None:
    fill_late(qtbot, composer)
    qtbot.keyClicks(composer.body_edit, "{{ oops }}")
    assert not composer.copy_button.isEnabled()
    assert "contains '{{'" in composer.status_label.text()


def test_copy_plain_and_rich(qtbot: QtBot, composer: ComposerWidget) -> None:
    fill_late(qtbot, composer)
    with qtbot.waitSignal(composer.copied):
        qtbot.mouseClick(composer.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == composer.body_edit.toPlainText()
    composer.copy_rich()
    data = QGuiApplication.clipboard().mimeData()
    assert data.hasHtml() and data.hasText()
    assert "<p>Dear Ana,</p>" in data.html()
    assert data.text().startswith("Dear Ana,")


class _MailtoCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


def test_open_in_mail_client(qtbot: QtBot, composer: ComposerWidget) -> None:
    catcher = _MailtoCatcher()
    # The stubs ask for bytes; PySide6 accepts only the method's name as str at run time.
    QDesktopServices.setUrlHandler("mailto", catcher, "open")  # type: ignore[arg-type]
    try:
        fill_late(qtbot, composer)
        composer.to_edit.setText("ana@example.com")
        qtbot.mouseClick(composer.mail_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert len(catcher.urls) == 1
    assert catcher.urls[0].startswith("mailto:ana@example.com?subject=Your%20order%20LK-123456")
    assert "&body=Dear%20Ana%2C%0D%0A%0D%0AOrder" in catcher.urls[0]


def test_insert_article_section_at_cursor(qtbot: QtBot, composer: ComposerWidget) -> None:
    fill_late(qtbot, composer)
    body = composer.body_edit
    cursor = body.textCursor()
    cursor.setPosition(body.toPlainText().index("Kind regards"))
    body.setTextCursor(cursor)
    composer.insert_article.setCurrentIndex(composer.insert_article.findData("refunds/policy"))
    parts = [composer.insert_part.itemText(i) for i in range(composer.insert_part.count())]
    assert parts == ["Summary", "Details"]
    composer.insert_part.setCurrentIndex(1)
    qtbot.mouseClick(composer.insert_button, Qt.MouseButton.LeftButton)
    assert (
        "2026.\n\n- The 30 days start on delivery.\n- Refunds take 5 to 10 working days.Kind"
        in body.toPlainText()
    )
    assert composer.edited


def test_facility_field_completes_by_postcode(qtbot: QtBot, composer: ComposerWidget) -> None:
    composer.open_template("referral/visit")
    qtbot.keyClicks(composer.form.editors["customer_name"].input, "Ana")
    store = combo(composer, "store")
    completer = store.completer()
    assert completer is not None
    completer.setCompletionPrefix("NW1")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Larkspur Camden — London NW1 7AA"
    store.setCurrentIndex(store.findData("lon-camden"))
    qtbot.waitUntil(lambda: composer.sendable)
    assert composer.subject_edit.text() == "Your visit to Larkspur Camden"
    assert "12 Parkway\nLondon\nNW1 7AA" in composer.body_edit.toPlainText()


def test_draft_is_restored_when_the_composer_is_recreated(
    qtbot: QtBot, content: Content, drafts: DraftStore, settings: Settings
) -> None:
    first = make_composer(qtbot, content, drafts, settings)
    fill_late(qtbot, first)
    first.to_edit.setText("ana@example.com")
    first.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(first.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(first.body_edit, "P.S. Sorry again.")
    with qtbot.waitSignal(first.draft_saved, timeout=10_000):
        pass  # the autosave timer writes it
    saved_text = first.body_edit.toPlainText()
    first.shutdown()
    first.close()
    second = make_composer(qtbot, content, drafts, settings)
    assert second.template is not None and second.template.id == "apology/late"
    assert second.form.values()["customer_name"] == "Ana"
    assert second.form.values()["new_date"] == "2026-03-14"
    assert second.to_edit.text() == "ana@example.com"
    assert second.body_edit.toPlainText() == saved_text
    assert second.edited
    # The restored edits are still merged with later field changes.
    combo(second, "reason").setCurrentIndex(2)
    qtbot.waitUntil(lambda: "bad weather" in second.body_edit.toPlainText())
    assert second.body_edit.toPlainText().endswith("P.S. Sorry again.")


def test_drafts_menu_lists_recent_drafts(
    qtbot: QtBot, composer: ComposerWidget, drafts: DraftStore
) -> None:
    fill_late(qtbot, composer)
    composer.save_draft()
    composer.open_template("referral/visit")
    qtbot.keyClicks(composer.form.editors["customer_name"].input, "Bo")
    composer.save_draft()
    composer.drafts_menu.aboutToShow.emit()
    titles = [a.text() for a in draft_actions(composer)]
    assert len(titles) == 2
    # Its template, its first line and when it was last edited (the clock's 12:00).
    assert "Apology for a late delivery — Dear Ana, · 12:00" in titles
    late = next(a for a in draft_actions(composer) if a.text().startswith("Apology"))
    late.trigger()
    assert composer.template is not None and composer.template.id == "apology/late"
    assert composer.form.values()["customer_name"] == "Ana"


def draft_actions(composer: ComposerWidget, menu: QMenu | None = None) -> list[QAction]:
    """The entries of the Drafts menu (or of its Delete submenu) that name a draft."""
    shown = menu if menu is not None else composer.drafts_menu
    return [a for a in shown.actions() if not a.isSeparator() and a.menu() is None]


def delete_menu(composer: ComposerWidget) -> QMenu:
    composer.drafts_menu.aboutToShow.emit()
    sub = next(a.menu() for a in composer.drafts_menu.actions() if a.menu() is not None)
    assert isinstance(sub, QMenu)
    return sub


def test_an_empty_template_pick_is_not_a_draft(
    qtbot: QtBot, composer: ComposerWidget, drafts: DraftStore
) -> None:
    composer.open_template("apology/late")
    composer.keeper.changed = True  # as a re-render would leave it
    composer.save_draft()
    composer.open_template("referral/visit")
    composer.save_draft()
    assert drafts.recent() == []
    composer.drafts_menu.aboutToShow.emit()
    assert [a.text() for a in composer.drafts_menu.actions()] == ["No drafts"]


def test_a_draft_can_be_deleted_with_undo_for_a_few_seconds(
    qtbot: QtBot, composer: ComposerWidget, drafts: DraftStore
) -> None:
    fill_late(qtbot, composer)
    composer.save_draft()
    draft_id = composer.draft_id
    path = drafts.folder / f"{draft_id}.json"
    assert path.exists()
    sub = delete_menu(composer)
    entry = next(a for a in draft_actions(composer, sub) if a.text().startswith("Apology"))
    entry.trigger()
    assert not path.exists()
    assert "Deleted the draft" in composer.status_label.text()
    assert composer.undo_delete_button.isVisible()
    qtbot.mouseClick(composer.undo_delete_button, Qt.MouseButton.LeftButton)
    assert path.exists()
    assert drafts.load(draft_id).values["customer_name"] == "Ana"
    assert not composer.undo_delete_button.isVisible()
    # Without an undo, the offer goes after a few seconds.
    composer._undo_timer.setInterval(50)
    next(a for a in draft_actions(composer, delete_menu(composer))).trigger()
    assert composer.undo_delete_button.isVisible()
    qtbot.waitUntil(lambda: not composer.undo_delete_button.isVisible())
    assert drafts.recent() == []


@pytest.mark.parametrize("way_out", ["copy", "copy rich", "mail", "eml"])
def test_a_reply_that_goes_out_is_no_longer_a_draft(
    qtbot: QtBot, composer: ComposerWidget, drafts: DraftStore, tmp_path: Path, way_out: str
) -> None:
    fill_late(qtbot, composer)
    composer.to_edit.setText("ana@example.com")
    composer.save_draft()
    path = drafts.folder / f"{composer.draft_id}.json"
    assert path.exists()
    catcher = _MailtoCatcher()
    gone: list[tuple[str, str]] = []
    composer.went_out.connect(lambda template_id, how: gone.append((template_id, how)))
    QDesktopServices.setUrlHandler("mailto", catcher, "open")  # type: ignore[arg-type]
    try:
        if way_out == "copy":
            composer.copy_plain()
        elif way_out == "copy rich":
            composer.copy_rich()
        elif way_out == "mail":
            composer.open_in_mail_client()
            assert len(catcher.urls) == 1
        else:
            assert composer.save_eml_to(tmp_path / "reply.eml")
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    # The usage log hears how it went out (never its text).
    how = {"copy": "copied", "copy rich": "copied", "mail": "mailed", "eml": "saved"}[way_out]
    assert gone == [("apology/late", how)]
    assert not path.exists()
    composer.save_draft()
    assert not path.exists()  # nothing changed since: it is not saved again


def test_restoring_after_a_crash_says_from_when(
    qtbot: QtBot, content: Content, drafts: DraftStore, settings: Settings
) -> None:
    first = make_composer(qtbot, content, drafts, settings)
    fill_late(qtbot, first)
    first.save_draft()
    first.close()  # no shutdown: the app died
    second = make_composer(qtbot, content, drafts, settings)
    assert second.template is not None and second.template.id == "apology/late"
    assert second.form.notice_label.text() == "Restored your unsent reply from 12:00."
    assert not second.form.notice_label.isHidden()


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = start_server(authenticator=_authenticate, auth_require_tls=False)
    yield server
    server.controller.stop()


@pytest.fixture
def keyring_user() -> Iterator[str]:
    """The test server's login, its password saved in the real keyring for the test."""
    user = "writer@larkspur.example"
    set_password(user, "127.0.0.1", "s3cret-pässword")
    yield user
    delete_password(user, "127.0.0.1")


def test_send_through_a_real_smtp_server_with_keyring_password(
    qtbot: QtBot, composer: ComposerWidget, settings: Settings, smtp: SmtpServer, keyring_user: str
) -> None:
    settings.value = ComposerSettings(
        agent_name="Maja",
        sender="help@larkspur.example",
        smtp=SmtpSettings("127.0.0.1", smtp.port, "none", keyring_user, 5),
    )
    fill_late(qtbot, composer)
    assert not composer.send_button.isEnabled()  # no recipient yet
    qtbot.keyClicks(composer.to_edit, "ana@example.com")
    assert composer.send_button.isEnabled()
    draft_id = composer.draft_id
    composer.save_draft()
    with qtbot.waitSignal(composer.send_finished, timeout=10_000) as done:
        qtbot.mouseClick(composer.send_button, Qt.MouseButton.LeftButton)
    assert done.args[0] is True, done.args
    received = smtp.inbox.messages[0]
    assert received["Subject"] == "Your order LK-123456"
    assert received["From"] == "Larkspur Home <help@larkspur.example>"
    assert received["To"] == "ana@example.com"
    assert "Dear Ana," in received.get_content()
    assert composer.status_label.text() == "Sent to ana@example.com."
    assert not (composer.drafts.folder / f"{draft_id}.json").exists()


def test_send_failure_is_shown_in_words(
    qtbot: QtBot, composer: ComposerWidget, settings: Settings, smtp: SmtpServer
) -> None:
    settings.value = ComposerSettings(
        agent_name="Maja",
        sender="help@larkspur.example",
        smtp=SmtpSettings("127.0.0.1", smtp.port, "none", "nobody-saved-this", 5),
    )
    asked: list[tuple[str, str]] = []

    def refuse(user: str, host: str) -> None:
        asked.append((user, host))

    composer.ask_password = refuse
    fill_late(qtbot, composer)
    qtbot.keyClicks(composer.to_edit, "ana@example.com")
    with qtbot.waitSignal(composer.send_finished, timeout=10_000) as done:
        composer.send()
    assert done.args[0] is False
    assert asked == [("nobody-saved-this", "127.0.0.1")]
    assert composer.status_label.text().startswith("No password is saved for nobody-saved-this")
    assert composer.send_button.isEnabled()
    assert smtp.inbox.messages == []


def test_the_first_send_without_a_password_asks_for_it_and_keeps_it(
    qtbot: QtBot, composer: ComposerWidget, settings: Settings, smtp: SmtpServer
) -> None:
    user = "writer@larkspur.example"
    delete_password(user, "127.0.0.1")
    settings.value = ComposerSettings(
        agent_name="Maja",
        sender="help@larkspur.example",
        smtp=SmtpSettings("127.0.0.1", smtp.port, "none", user, 5),
    )
    composer.ask_password = lambda _user, _host: ("s3cret-pässword", True)
    fill_late(qtbot, composer)
    qtbot.keyClicks(composer.to_edit, "ana@example.com")
    try:
        with qtbot.waitSignal(composer.send_finished, timeout=10_000) as done:
            composer.send()
        assert done.args[0] is True
        assert len(smtp.inbox.messages) == 1
        assert get_password(user, "127.0.0.1") == "s3cret-pässword"
    finally:
        delete_password(user, "127.0.0.1")


def test_save_eml(qtbot: QtBot, composer: ComposerWidget, tmp_path: Path) -> None:
    fill_late(qtbot, composer)
    target = tmp_path / "reply.eml"
    assert composer.save_eml_to(target)
    assert b"Subject: Your order LK-123456" in target.read_bytes()
    assert composer.status_label.text() == f"Saved {target}."


def test_markers_after_an_emoji_are_highlighted_exactly(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    composer.open_template("apology/late")
    composer.form.editors["customer_name"].set_value("Ana 🙂")  # pasted: keys cannot type it
    qtbot.keyClicks(composer.form.editors["order_number"].input, "LK-123456")
    qtbot.waitUntil(lambda: "Ana 🙂" in composer.body_edit.toPlainText())
    highlighted = composer.body_edit.extraSelections()
    assert [s.cursor.selectedText() for s in highlighted] == ["[New delivery date]"]


def test_tone_panel_checks_the_reply_as_it_is_written(
    qtbot: QtBot, content: Content, drafts: DraftStore, settings: Settings
) -> None:
    checker = ToneChecker.load(content.root, content.settings)
    widget = ComposerWidget(
        content, None, drafts, settings, None, lambda: NOW, tone_checker=checker
    )
    qtbot.addWidget(widget)
    widget.show()
    fill_late(qtbot, widget)
    panel = widget.tone_panel
    assert panel is not None
    widget.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(widget.body_edit, " This is not our fault.")
    qtbot.waitUntil(lambda: any(f.rule == "blame" for f in panel.highlighter.findings))


def activate(qtbot: QtBot, composer: ComposerWidget) -> None:
    """Make the composer the active window, so keys and shortcuts reach it as they would.

    Offscreen, building a date field's calendar can leave no window active; call it again after.
    """
    qtbot.waitExposed(composer)
    with qtbot.waitActive(composer):
        composer.activateWindow()


def test_missing_own_name_points_to_settings(
    qtbot: QtBot, composer: ComposerWidget, settings: Settings
) -> None:
    settings.value = ComposerSettings(agent_name="")
    composer.open_template("apology/late")
    editors = composer.form.editors
    qtbot.keyClicks(editors["customer_name"].input, "Ana")
    qtbot.keyClicks(editors["order_number"].input, "LK-123456")
    editors["new_date"].set_value("2026-03-14")
    qtbot.waitUntil(lambda: "14 March 2026" in composer.body_edit.toPlainText())
    assert composer.body_edit.toPlainText().endswith("Kind regards,\n[Your name]")
    assert composer.blocked_reasons() == [SET_YOUR_NAME]
    assert composer.status_label.text() == "Not ready: Set your name in Settings (Ctrl+,)."
    assert not composer.copy_button.isEnabled()
    settings.value = ComposerSettings(agent_name="Maja")
    composer.refresh()
    assert composer.sendable
    # With a name set, a [Your name] typed by hand is only a placeholder to fill in.
    qtbot.keyClicks(composer.body_edit, " [Your name]")
    assert composer.blocked_reasons() == [
        "The body still has the placeholder [Your name]. Fill it in."
    ]


def test_status_line_is_short_and_its_tooltip_has_the_detail(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    composer.open_template("apology/late")
    qtbot.keyClicks(composer.form.editors["order_number"].input, "LK-12")
    composer.refresh()
    status = composer.status_label
    assert status.text() == (
        "Not ready: Fill in: Customer's first name, New delivery date. Check: Order number."
    )
    assert "Order number: 'LK-12' is not in the expected form" in status.toolTip()
    assert status.sizeHint().height() < 2 * status.fontMetrics().lineSpacing()


def test_elided_label_keeps_the_whole_text_and_shows_it_when_cut(qtbot: QtBot) -> None:
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.resize(120, 20)
    label.show()
    long = "Not ready: " + "a rather long reason, " * 10
    label.setText(long)
    assert label.text() == long
    assert label.is_elided()
    assert label.toolTip() == long
    label.setText("Ready.")
    assert not label.is_elided()
    assert label.toolTip() == ""
    label.set_detail("Everything is filled in.")
    assert label.toolTip() == "Everything is filled in."


def test_form_and_reply_sit_side_by_side_and_the_form_never_scrolls_sideways(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    composer.resize(760, 640)
    composer.open_template("apology/late")
    qtbot.waitUntil(lambda: composer.form.width() > 0)
    form_width, reply_width = composer.splitter.sizes()
    assert 0.3 < form_width / (form_width + reply_width) < 0.5
    scroll = composer.form_scroll
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    # Nothing in the form needs more width than the column has: labels and help wrap.
    assert composer.form.minimumSizeHint().width() <= scroll.viewport().width()
    assert composer.form.width() <= scroll.viewport().width()
    help_label = composer.form.editors["order_number"].help_label
    assert help_label.wordWrap() and help_label.width() <= scroll.viewport().width()


def test_a_pattern_error_replaces_the_help_under_the_field(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    composer.open_template("apology/late")
    editor = composer.form.editors["order_number"]
    assert not editor.help_label.isHidden()
    qtbot.keyClicks(editor.input, "LK-1")
    assert editor.help_label.isHidden()
    assert not editor.message_label.isHidden()
    qtbot.keyClicks(editor.input, "23456")
    assert not editor.help_label.isHidden()


def test_the_composer_binds_its_registry_shortcuts_and_shows_them_in_tooltips(
    composer: ComposerWidget,
) -> None:
    registry = {spec.name: spec.shortcuts for spec in ACTION_SPECS if spec.context == "composer"}
    assert registry == {
        "copy_reply": ("Ctrl+Return",),
        "copy_reply_rich": ("Ctrl+Alt+Return",),
        "open_in_mail_client": ("Ctrl+Shift+M",),
        "send_reply": ("Ctrl+Shift+Return",),
        "save_eml": ("Ctrl+S",),
        "reopen_draft": ("Ctrl+O",),
        "find_template": ("Ctrl+T",),
    }
    bound = {
        name: tuple(s.toString() for s in action.shortcuts())
        for name, action in composer.actions_by_name.items()
    }
    assert bound == registry
    for action in composer.actions_by_name.values():
        # Only while the focus is in the composer: elsewhere in the window the keys are free.
        assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        assert action in composer.actions()
    assert composer.copy_button.toolTip() == "Copy the reply as plain text (Ctrl+Return)"
    assert composer.send_button.toolTip().startswith("Send the reply from here (Ctrl+Shift+Return)")
    assert composer.eml_button.toolTip().endswith("(Ctrl+S)")
    assert composer.picker.filter_box.toolTip().endswith("(Ctrl+T)")
    assert "(Ctrl+T)" in composer.status_label.text()


def test_ctrl_return_copies_only_when_the_reply_is_complete(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    composer.open_template("apology/late")
    activate(qtbot, composer)
    body = composer.body_edit
    body.setFocus()
    QGuiApplication.clipboard().setText("before")
    qtbot.keyClick(body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "before"
    fill_late(qtbot, composer)
    activate(qtbot, composer)
    body.setFocus()
    with qtbot.waitSignal(composer.copied):
        qtbot.keyClick(body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == body.toPlainText()
    assert "\n\n\n" not in body.toPlainText()  # the key did not also type a line break
    assert composer.status_label.text() == "Copied as plain text."


def test_ctrl_shift_return_sends(
    qtbot: QtBot, composer: ComposerWidget, settings: Settings, smtp: SmtpServer, keyring_user: str
) -> None:
    settings.value = ComposerSettings(
        agent_name="Maja",
        sender="help@larkspur.example",
        smtp=SmtpSettings("127.0.0.1", smtp.port, "none", keyring_user, 5),
    )
    fill_late(qtbot, composer)
    activate(qtbot, composer)
    composer.to_edit.setFocus()
    qtbot.keyClicks(composer.to_edit, "ana@example.com")
    with qtbot.waitSignal(composer.send_finished, timeout=10_000) as done:
        qtbot.keyClick(
            composer.to_edit,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert done.args[0] is True, done.args
    assert smtp.inbox.messages[0]["To"] == "ana@example.com"


@popup_shown
def test_template_search_is_keyboard_first(qtbot: QtBot, composer: ComposerWidget) -> None:
    activate(qtbot, composer)
    composer.body_edit.setFocus()
    qtbot.keyClick(composer.body_edit, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    picker = composer.picker
    assert QApplication.focusWidget() is picker.filter_box
    qtbot.keyClicks(picker.filter_box, "store")
    assert picker.popup_visible()
    assert picker.visible_ids() == ["referral/visit"]
    qtbot.keyClick(picker.filter_box, Qt.Key.Key_Escape)
    assert picker.filter_box.text() == ""
    picker.hide_list()
    qtbot.keyClick(picker.filter_box, Qt.Key.Key_Down)  # opens the list on every template
    assert picker.popup_visible()
    assert picker.current_id() == "apology/late"
    picker.list_view.setCurrentIndex(picker.completer.completionModel().index(1, 0))
    assert picker.current_id() == "referral/visit"
    with qtbot.waitSignal(picker.chosen) as chosen:
        qtbot.keyClick(picker.filter_box, Qt.Key.Key_Return)
    assert chosen.args == ["referral/visit"]
    assert not picker.popup_visible()
    assert composer.title_label.text() == "Visit a store"
    assert QApplication.focusWidget() is composer.form.editors["customer_name"].input


def test_tab_goes_from_the_last_field_to_the_reply(qtbot: QtBot, composer: ComposerWidget) -> None:
    composer.open_template("apology/late")
    activate(qtbot, composer)
    last = composer.form.editors["reason"].input
    last.setFocus()
    qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is composer.to_edit


def test_tone_findings_take_room_only_when_there_are_some(
    qtbot: QtBot, content: Content, drafts: DraftStore, settings: Settings
) -> None:
    checker = ToneChecker.load(content.root, content.settings)
    widget = ComposerWidget(
        content, None, drafts, settings, None, lambda: NOW, tone_checker=checker
    )
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    fill_late(qtbot, widget)
    panel = widget.tone_panel
    assert panel is not None
    qtbot.waitUntil(lambda: "no tone problems" in panel.summary.text())
    assert panel.findings_view.isHidden() and panel.fix_button.isHidden()
    assert panel.height() < 2 * panel.fontMetrics().lineSpacing()
    widget.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(widget.body_edit, " This is not our fault.")
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    assert not panel.findings_view.isHidden()
    assert panel.findings_view.height() > 2 * panel.fontMetrics().lineSpacing()
    assert widget.body_edit.height() > panel.height()


def test_showing_the_composer_brings_the_keys_to_it(
    qtbot: QtBot, content: Content, drafts: DraftStore, settings: Settings
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    outside = QLineEdit()
    tabs = QTabWidget()
    composer = ComposerWidget(content, None, drafts, settings, None, lambda: NOW)
    tabs.addTab(QWidget(), "Answer")
    tabs.addTab(composer, "Reply")
    layout = QVBoxLayout(window)
    layout.addWidget(outside)
    layout.addWidget(tabs)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitActive(window):
        window.activateWindow()
    outside.setFocus()
    tabs.setCurrentWidget(composer)  # as Ctrl+R does, with the focus in the search box
    assert QApplication.focusWidget() is composer.picker.filter_box
    composer.open_template("referral/visit")
    store = composer.form.editors["store"].input
    qtbot.waitUntil(store.isVisible)  # new fields show once the event loop runs
    store.setFocus()
    tabs.setCurrentIndex(0)
    outside.setFocus()
    tabs.setCurrentWidget(composer)
    assert QApplication.focusWidget() is store


def test_an_empty_date_field_lets_tab_through_and_starts_from_today(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    composer.open_template("apology/late")
    activate(qtbot, composer)
    date = composer.form.editors["new_date"].input
    date.setFocus()
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not date  # no keyboard trap on "Choose a date"
    date.setFocus()
    qtbot.keyClick(date, Qt.Key.Key_Up)
    assert composer.form.editors["new_date"].value() == "2026-03-10"  # today, by the clock
    composer.form.editors["new_date"].set_value("")
    qtbot.keyClicks(date, "20260314")
    assert composer.form.editors["new_date"].value() == "2026-03-14"


@pytest.mark.parametrize(
    "typed",
    ["2026-12-05", "20261205", "2026/12/05", "short form"],
)
def test_a_typed_date_gives_the_day_typed(
    qtbot: QtBot, composer: ComposerWidget, typed: str
) -> None:
    composer.open_template("apology/late")
    date = composer.form.editors["new_date"].input
    assert isinstance(date, DateInput)
    if typed == "short form":
        # The locale's own short form, as the writer's system writes 5 December 2026.
        typed = QLocale().toString(QDate(2026, 12, 5), QLocale.FormatType.ShortFormat)
    date.setFocus()
    qtbot.keyClicks(date, typed)
    assert composer.form.editors["new_date"].value() == "2026-12-05"
    composer.refresh()
    assert "It arrives by 5 December 2026." in composer.body_edit.toPlainText()


def test_an_impossible_date_is_refused_with_a_message(
    qtbot: QtBot, composer: ComposerWidget
) -> None:
    composer.open_template("apology/late")
    editor = composer.form.editors["new_date"]
    editor.input.setFocus()
    qtbot.keyClicks(editor.input, "2026-02-30")
    composer.refresh()
    assert editor.message_label.text() == (
        "There is no 30 February 2026: February 2026 has 28 days."
    )
    assert not editor.message_label.isHidden()
    assert "New delivery date" in composer.status_label.text()
    assert not composer.sendable
    assert "March" not in composer.body_edit.toPlainText()  # never moved to 2 March


def test_ready_counts_tone_warnings_and_tone_errors_block(
    qtbot: QtBot, content: Content, drafts: DraftStore, settings: Settings
) -> None:
    checker = ToneChecker.load(content.root, content.settings)
    widget = ComposerWidget(
        content, None, drafts, settings, None, lambda: NOW, tone_checker=checker
    )
    qtbot.addWidget(widget)
    widget.show()
    fill_late(qtbot, widget)
    status = widget.status_label
    qtbot.waitUntil(lambda: status.text().startswith("Ready"))
    assert "tone" not in status.text()
    widget.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(widget.body_edit, " We are sorry. This is not our fault.")
    qtbot.waitUntil(lambda: status.text().startswith("Ready, 1 tone warning."))
    qtbot.keyClicks(widget.body_edit, " You should have read it.")
    qtbot.waitUntil(lambda: status.text().startswith("Ready, 2 tone warnings."))
    assert widget.copy_button.isEnabled()  # warnings are the writer's call
    qtbot.keyClicks(widget.body_edit, " Your card 4111 1111 1111 1111 is noted.")
    qtbot.waitUntil(lambda: "Fix 1 tone error." in status.text())
    assert status.text().startswith("Not ready")
    assert not widget.copy_button.isEnabled()
    assert not widget.sendable


INTERNAL_POLICY = """
---
title: Refund policy
summary: Full refund within 30 days.
---
# Refund policy

## Details
- The 30 days start on delivery.

## Questions to ask
- Was the item delivered more than thirty days ago?
"""

TEAM_NOTE = """
---
title: Refund fraud signs
audience: internal
summary: Three refunds in a month from one address need a team lead's look.
---
# Refund fraud signs

## What to do
Pass the case to a team lead before any refund goes out.
"""


def test_internal_text_is_marked_and_holds_the_reply_until_allowed(
    qtbot: QtBot, tmp_path: Path, drafts: DraftStore, settings: Settings
) -> None:
    root = tmp_path / "internal"
    write(root, "kbassist.toml", '[org]\nname = "Larkspur Home"\n')
    write(root, "replies/apology/late.md", LATE)
    write(root, "articles/refunds/policy.md", INTERNAL_POLICY)
    write(root, "articles/refunds/fraud.md", TEAM_NOTE)
    content = load_content(root, today=NOW.date())
    composer = make_composer(qtbot, content, drafts, settings)
    fill_late(qtbot, composer)
    quoter = composer.quoter
    titles = [quoter.article.itemText(i) for i in range(quoter.article.count())]
    assert "Refund fraud signs — internal" in titles
    assert "Refund policy" in titles
    quoter.article.setCurrentIndex(quoter.article.findData("refunds/policy"))
    parts = [quoter.part.itemText(i) for i in range(quoter.part.count())]
    assert parts == ["Summary", "Details", "Questions to ask — internal"]
    # A public part goes in freely.
    quoter.part.setCurrentIndex(1)
    quoter.insert_quote()
    assert composer.sendable
    assert not composer.allow_internal_button.isVisible()
    # An internal one holds the reply back, with the reason, until the writer allows it.
    quoter.part.setCurrentIndex(2)
    quoter.insert_quote()
    assert not composer.sendable
    assert not composer.copy_button.isEnabled()
    assert composer.status_label.text().startswith(
        "Not ready: Internal text in the reply (Refund policy: Questions to ask)."
    )
    assert composer.allow_internal_button.isVisible()
    qtbot.mouseClick(composer.allow_internal_button, Qt.MouseButton.LeftButton)
    assert composer.sendable
    assert not composer.allow_internal_button.isVisible()
    # Text of an internal article, pasted rather than inserted, is caught as well.
    composer.body_edit.appendPlainText(
        "Three refunds in a month from one address need a team lead's look."
    )
    assert "Refund fraud signs: Summary" in composer.status_label.text()
    assert not composer.sendable


def test_the_word_counter_counts_chinese_characters_and_says_so(
    qtbot: QtBot, starter_copy: Path, drafts: DraftStore, settings: Settings
) -> None:
    content = load_content(starter_copy, today=NOW.date())
    checker = ToneChecker.load(content.root, content.settings)
    widget = ComposerWidget(
        content, None, drafts, settings, None, lambda: NOW, tone_checker=checker
    )
    qtbot.addWidget(widget)
    widget.show()
    widget.open_template("information/return-instructions.zh")
    panel = widget.tone_panel
    assert panel is not None
    widget.editor.set_text(widget.body_edit, "您好，谢谢。")
    panel.highlighter.check_now()
    assert panel.summary.text().startswith("4 / 200 characters")
    assert "each Chinese character counts as one" in panel.summary.toolTip()
