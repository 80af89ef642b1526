"""Settings are declared once and documented; no shortcut is bound twice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kbassist.cli import main
from kbassist.paths import saved_content_folder
from kbassist.ui.actions import ACTION_SPECS, create_actions
from kbassist.ui.settings import (
    AGENT_NAME,
    ALL_SETTINGS,
    CONTENT_FOLDER,
    TEXT_SCALE,
    AppSettings,
)
from tests.contentkit import write

DOCS = Path(__file__).resolve().parents[2] / "docs" / "settings.md"


def test_every_setting_is_documented_with_its_default() -> None:
    text = DOCS.read_text("utf-8")
    for setting in ALL_SETTINGS:
        assert setting.help
        row = next(
            (line for line in text.splitlines() if line.startswith(f"| `{setting.key}` |")), None
        )
        assert row is not None, f"{setting.key} is not in docs/settings.md"
        shown_default = str(setting.default) if setting.default != "" else "empty"
        assert f"| {shown_default} |" in row, row


def test_every_shortcut_is_documented_and_bound_once(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    actions = create_actions(widget)
    seen: dict[str, str] = {}
    for action in actions.values():
        for sequence in action.shortcuts():
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            assert text not in seen, f"{text} is bound to {seen[text]} and {action.objectName()}"
            seen[text] = action.objectName()
    assert len(seen) >= sum(len(spec.shortcuts) for spec in ACTION_SPECS)
    docs = DOCS.read_text("utf-8")
    for spec in ACTION_SPECS:
        if not spec.name.startswith("open_result_"):
            assert spec.shortcuts[0].replace("Left", "←").replace("Right", "→") in docs, spec.name


def test_settings_round_trip_and_the_cli_sees_the_content_folder(tmp_path: Path) -> None:
    settings = AppSettings()
    assert settings.get(TEXT_SCALE) == 1.0
    settings.set(TEXT_SCALE, 1.5)
    settings.set(CONTENT_FOLDER, str(tmp_path))
    settings.sync()
    again = AppSettings()
    assert again.get(TEXT_SCALE) == 1.5
    assert saved_content_folder() == str(tmp_path)


def test_the_cli_signs_with_the_name_saved_in_the_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        tmp_path,
        "replies/thanks.md",
        "---\ntitle: Thanks\nsubject: Thanks\n---\n{{ agent.name }}\n",
    )
    settings = AppSettings()
    settings.set(AGENT_NAME, "Maja Novak")
    settings.sync()
    assert main(["render", "--content", str(tmp_path), "thanks"]) == 0
    assert capsys.readouterr().out == "Subject: Thanks\n\nMaja Novak\n"
