"""The composer's "open in mail client" goes through the one vetted opener, or says why not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from kbassist.content.folder import load_content
from kbassist.drafts import DraftStore
from kbassist.ui.composer.composer import ComposerWidget
from kbassist.ui.composer.settings import ComposerSettings
from kbassist.ui.links import open_link
from tests.contentkit import write

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)

THANKS = """
---
title: Thank you
subject: "Thank you"
---
Dear customer,

Thank you for writing to us.

{{ agent.name }}
"""


class Desktop:
    """Stands in for the desktop: records what the vetted opener hands it."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.asked: list[str] = []

    def open_url(self, url: str) -> bool:
        self.asked.append(url)
        return open_link(url, opener=self._open)

    def _open(self, url: QUrl) -> bool:
        self.opened.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        return True


def make(qtbot: QtBot, tmp_path: Path, desktop: Desktop) -> ComposerWidget:
    root = tmp_path / "content"
    write(root, "kbassist.toml", '[org]\nname = "Larkspur Home"\nemail = "help@larkspur.example"\n')
    write(root, "replies/thanks.md", THANKS)
    content = load_content(root, today=NOW.date())
    assert list(content.problems) == []
    widget = ComposerWidget(
        content,
        None,
        DraftStore(tmp_path / "drafts"),
        lambda: ComposerSettings(agent_name="Maja"),
        None,
        lambda: NOW,
        open_url=desktop.open_url,
    )
    qtbot.addWidget(widget)
    widget.show()
    widget.open_template("thanks")
    qtbot.waitUntil(lambda: widget.sendable)
    return widget


def test_mailto_goes_through_the_vetted_opener(qtbot: QtBot, tmp_path: Path) -> None:
    desktop = Desktop()
    composer = make(qtbot, tmp_path, desktop)
    composer.to_edit.setText("ana@example.com")
    qtbot.mouseClick(composer.mail_button, Qt.MouseButton.LeftButton)
    assert len(desktop.asked) == 1
    assert desktop.opened == desktop.asked
    assert desktop.opened[0].startswith("mailto:ana@example.com?subject=Thank%20you&body=Dear")
    assert "error" not in composer._status_tone


def test_a_refused_mail_link_is_explained_not_opened(qtbot: QtBot, tmp_path: Path) -> None:
    desktop = Desktop()
    composer = make(qtbot, tmp_path, desktop)
    composer.to_edit.setText("ana@example.com?attach=/etc/passwd")
    composer.open_in_mail_client()
    assert desktop.opened == []
    assert "cannot go in a mail link" in composer.status_label.text()
    assert composer._status_tone == "error"


def test_a_reply_too_long_for_a_mail_link_is_explained(qtbot: QtBot, tmp_path: Path) -> None:
    desktop = Desktop()
    composer = make(qtbot, tmp_path, desktop)
    composer.to_edit.setText("ana@example.com")
    composer.body_edit.setPlainText("Thank you. " * 1_000)
    qtbot.waitUntil(lambda: composer.sendable)
    composer.open_in_mail_client()
    assert desktop.opened == []
    assert "Copy the text or save it as an .eml file" in composer.status_label.text()
