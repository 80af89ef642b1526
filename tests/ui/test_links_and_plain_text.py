"""Links open only through the vetted open_link, and content text is never Qt rich text."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kbassist.content.folder import Content
from kbassist.content.replies import FieldSpec
from kbassist.problems import Severity
from kbassist.ui.composer.form import FieldEditor, FieldForm
from kbassist.ui.finder.card import FacilityCard
from kbassist.ui.links import open_link
from kbassist.ui.plaintext import plain_tooltip
from kbassist.validation import load_checked
from tests.contentkit import load_clean, write

# As hostile as help: "<img src='/dev/zero'>", which would hang the test without the fix.
HOSTILE = "<img src='/nonexistent/kbassist.png'> <b>bold</b> &amp;"
NOW = dt.datetime(2026, 12, 23, 10, 0, tzinfo=zoneinfo.ZoneInfo("Europe/London"))


def _shown_as_rich_text(label: QLabel) -> bool:
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText:
        return True
    return fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(label.text())


def _tooltip_text(tip: str) -> str:
    """What a tooltip shows: Qt renders it as rich text when it looks like rich text."""
    if not GuiQt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def test_open_link_passes_safe_links_and_refuses_the_rest() -> None:
    opened: list[str] = []

    def opener(url: QUrl) -> bool:
        opened.append(url.toString())
        return True

    assert open_link("https://larkspur.example/a", opener)
    assert open_link(QUrl("mailto:a@b.example?subject=Hi"), opener)
    assert not open_link("file:///etc/passwd", opener)
    assert not open_link(QUrl("mailto:a@b.example?attach=/etc/passwd"), opener)
    assert not open_link("smb://host/share", opener)
    assert opened == ["https://larkspur.example/a", "mailto:a@b.example?subject=Hi"]


def test_a_hostile_help_label_and_message_are_shown_literally(qtbot: QtBot) -> None:
    spec = FieldSpec(name="order", label=HOSTILE, required=True, pattern=r"LK-\d+", help=HOSTILE)
    content = Content(root=Path())
    editor = FieldEditor(spec, content, dt.date.today)
    qtbot.addWidget(editor)
    assert editor.help_label.text() == HOSTILE
    assert not _shown_as_rich_text(editor.help_label)
    assert _tooltip_text(editor.input.toolTip()) == HOSTILE
    editor.set_value("<img src='/etc/passwd'>")
    assert editor.message_label.isVisibleTo(editor)
    assert not _shown_as_rich_text(editor.message_label)
    editor.show_issue("'<img src=\"/dev/zero\">' is not in the expected form")
    assert not _shown_as_rich_text(editor.message_label)


def test_every_label_of_a_hostile_form_is_plain_text(qtbot: QtBot, tmp_path: Path) -> None:
    root = tmp_path / "content"
    write(
        root,
        "replies/hostile.md",
        "---\ntitle: Hostile\nfields:\n"
        f'  order: {{label: "{HOSTILE}", required: true, help: "{HOSTILE}"}}\n'
        "---\nDear customer, {{ order }}\n",
    )
    content = load_clean(root)
    form = FieldForm(dt.date.today)
    qtbot.addWidget(form)
    form.set_template(content.replies["hostile"], content)
    labels = form.findChildren(QLabel)
    assert any(HOSTILE in label.text() for label in labels)
    assert [label.text() for label in labels if _shown_as_rich_text(label)] == []


def test_plain_tooltip_keeps_ordinary_text_and_escapes_html() -> None:
    assert plain_tooltip("Order number, like LK-123") == "Order number, like LK-123"
    assert plain_tooltip("") == ""
    assert _tooltip_text(plain_tooltip(HOSTILE)) == HOSTILE
    assert "<img" not in plain_tooltip(HOSTILE)


def test_the_facility_card_opens_links_only_through_open_link(qtbot: QtBot, tmp_path: Path) -> None:
    root = tmp_path / "content"
    write(
        root,
        "facilities/stores.yaml",
        """
- id: camden
  name: "<img src='/nonexistent/x.png'>"
  address: [12 Parkway]
  city: London
  country: GB
  lat: 51.5
  lon: -0.14
  email: camden@larkspur.example
  url: https://larkspur.example/camden
""",
    )
    content = load_clean(root)
    opened: list[str] = []
    card = FacilityCard(lambda: NOW, content.facilities, open_url=opened.append)
    qtbot.addWidget(card)
    card.show_facility_id("camden")
    for label in card.findChildren(QLabel):
        assert not label.openExternalLinks()
    card.contacts.linkActivated.emit("https://larkspur.example/camden")
    card.map_link.linkActivated.emit("file:///etc/passwd")
    assert opened == ["https://larkspur.example/camden", "file:///etc/passwd"]
    assert _tooltip_text(card.name.toolTip()) == "<img src='/nonexistent/x.png'>"


def test_facility_url_and_email_must_be_web_and_plain(tmp_path: Path) -> None:
    root = tmp_path / "content"
    write(
        root,
        "facilities/stores.yaml",
        """
- id: camden
  name: Camden
  address: [12 Parkway]
  city: London
  country: GB
  lat: 51.5
  lon: -0.14
  email: "camden@larkspur.example?attach=/etc/passwd"
  url: file:///etc/passwd
- id: good
  name: Good
  address: [1 High St]
  city: London
  country: GB
  lat: 51.5
  lon: -0.14
  email: good@larkspur.example
  url: https://larkspur.example/good
""",
    )
    content = load_checked(root)
    found = sorted((p.code, p.line) for p in content.problems if p.severity is Severity.ERROR)
    assert found == [("invalid-email", 8), ("invalid-url", 9)]
    assert content.facilities["camden"].url == ""
    assert content.facilities["camden"].email == ""
    assert content.facilities["good"].url == "https://larkspur.example/good"
