"""Settings are declared once and documented; every shortcut is documented and never clashes."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kbassist.cli import main
from kbassist.mail.credentials import delete_password, get_password, set_password
from kbassist.shared_settings import CONTENT_FOLDER_KEY, shared_value
from kbassist.ui.actions import (
    ACTION_SPECS,
    ShortcutContext,
    contexts_live_together,
    create_actions,
)
from kbassist.ui.settings import (
    AGENT_NAME,
    ALL_SETTINGS,
    CONTENT_FOLDER,
    SMTP_HOST,
    SMTP_USER,
    TEXT_SCALE,
    AppSettings,
)
from kbassist.ui.settings_dialog import SettingsDialog
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


Bound = list[tuple[ShortcutContext, QAction]]


@pytest.fixture
def bound_actions(qtbot: QtBot) -> Iterator[Bound]:
    """Every action of the registry, bound as the app binds it: the composer inside the window."""
    window = QWidget()
    qtbot.addWidget(window)
    composer = QWidget(window)
    editor = QWidget(window)
    yield [
        *(("window", a) for a in create_actions(window, "window").values()),
        *(("composer", a) for a in create_actions(composer, "composer").values()),
        *(("editor", a) for a in create_actions(editor, "editor").values()),
    ]


def clashes(actions: Bound) -> list[str]:
    """Keys bound to two actions whose shortcuts can work at the same moment."""
    found: list[str] = []
    seen: list[tuple[str, ShortcutContext, str]] = []
    for context, action in actions:
        for sequence in action.shortcuts():
            key = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            found.extend(
                f"{key} is bound to {name} ({other}) and {action.objectName()} ({context})"
                for seen_key, other, name in seen
                if seen_key == key and contexts_live_together(context, other)
            )
            seen.append((key, context, action.objectName()))
    return found


def test_every_action_of_the_registry_is_bound_in_its_context(bound_actions: Bound) -> None:
    bound = {action.objectName(): (context, action) for context, action in bound_actions}
    assert len(bound) == len(ACTION_SPECS), "two actions share a name"
    for spec in ACTION_SPECS:
        context, action = bound[spec.name]
        assert context == spec.context
        assert [s.toString() for s in action.shortcuts()] == list(spec.shortcuts)
    assert {spec.context for spec in ACTION_SPECS} == {"window", "composer", "editor"}


def test_no_shortcut_is_bound_twice_where_both_can_work(bound_actions: Bound) -> None:
    assert clashes(bound_actions) == []


def test_a_composer_key_that_the_window_also_binds_is_a_clash(bound_actions: Bound) -> None:
    # The composer lives inside the main window: while the focus is in it, both are live.
    assert contexts_live_together("composer", "window")
    assert contexts_live_together("window", "composer")
    assert contexts_live_together("composer", "composer")
    window_quit = next(a for _, a in bound_actions if a.objectName() == "quit")
    composer_action = next(a for context, a in bound_actions if context == "composer")
    composer_action.setShortcut(window_quit.shortcut())
    assert clashes(bound_actions) == [
        f"Ctrl+Q is bound to quit (window) and {composer_action.objectName()} (composer)"
    ]


def documented_keys() -> set[str]:
    """Every key named in the first column of the tables under "## Keyboard" in the docs."""
    keyboard = DOCS.read_text("utf-8").split("## Keyboard", 1)[1]
    keys: set[str] = set()
    for line in keyboard.splitlines():
        if line.startswith("| ") and not line.startswith("| keys |"):
            cell = line.removeprefix("| ").split(" | ", 1)[0]
            # "Ctrl+K, Ctrl+L", "Ctrl++ / Ctrl+-", "Alt+1 … Alt+9"; a lone "Ctrl+," stays whole.
            keys.update(re.split(r",\s+|\s+/\s+|\s+…\s+", cell))
    return keys


def test_every_shortcut_is_documented() -> None:
    documented = documented_keys()
    for spec in ACTION_SPECS:
        # Actions without a key are reached from the menu bar.
        if spec.shortcuts and not spec.name.startswith("open_result_"):
            key = spec.shortcuts[0].replace("Left", "←").replace("Right", "→")
            assert key in documented, f"{spec.name}: {key} is not in docs/settings.md"
    # Alt+2 … Alt+8 are documented as the range between these.
    assert {"Alt+1", "Alt+9"} <= documented


def test_settings_round_trip_and_the_cli_sees_the_content_folder(tmp_path: Path) -> None:
    settings = AppSettings()
    assert settings.get(TEXT_SCALE) == 1.0
    settings.set(TEXT_SCALE, 1.5)
    settings.set(CONTENT_FOLDER, str(tmp_path))
    settings.sync()
    again = AppSettings()
    assert again.get(TEXT_SCALE) == 1.5
    assert shared_value(CONTENT_FOLDER_KEY) == str(tmp_path)


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


def test_shared_choices_left_in_an_old_ini_file_move_to_the_core_file(tmp_path: Path) -> None:
    old = AppSettings()
    # As an earlier version wrote it: straight into the INI file through QSettings.
    old._store.setValue(CONTENT_FOLDER.key, r"D:\kb, team")
    old.sync()
    again = AppSettings()
    assert shared_value(CONTENT_FOLDER_KEY) == r"D:\kb, team"
    assert again.get(CONTENT_FOLDER) == r"D:\kb, team"
    assert not again._store.contains(CONTENT_FOLDER.key)


def _config_bytes() -> bytes:
    """Everything under XDG_CONFIG_HOME (the settings INI file and the shared core file)."""
    root = Path(os.environ["XDG_CONFIG_HOME"])
    return b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())


def _mail_dialog(qtbot: QtBot, user: str, host: str) -> SettingsDialog:
    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    dialog.smtp_host.setText(host)
    dialog.smtp_user.setText(user)
    return dialog


def test_a_typed_smtp_password_goes_to_the_keyring_only(qtbot: QtBot) -> None:
    # Runs against the real Secret Service keyring of scripts/check's D-Bus session.
    user, host = f"writer-{uuid.uuid4().hex[:8]}", "smtp.larkspur.example"
    password = f"s3cret-{uuid.uuid4().hex}"
    dialog = _mail_dialog(qtbot, user, host)
    qtbot.keyClicks(dialog.smtp_password, password)
    try:
        dialog.accept()
        assert dialog.result() == SettingsDialog.DialogCode.Accepted
        assert get_password(user, host) == password
        saved = AppSettings()
        assert (saved.get(SMTP_HOST), saved.get(SMTP_USER)) == (host, user)
        config = _config_bytes()
        assert host.encode() in config  # the settings were written ...
        assert password.encode() not in config  # ... and the password was not
        # Opened again, the field is empty and says a password is saved; OK keeps it.
        again = _mail_dialog(qtbot, user, host)
        again.smtp_user.editingFinished.emit()
        assert again.smtp_password.text() == ""
        assert "is saved in the keyring" in again.password_status.text()
        again.accept()
        assert get_password(user, host) == password
        assert password.encode() not in _config_bytes()
    finally:
        delete_password(user, host)


def test_a_password_typed_over_a_saved_one_replaces_it_in_the_keyring(qtbot: QtBot) -> None:
    user, host = f"writer-{uuid.uuid4().hex[:8]}", "smtp.larkspur.example"
    set_password(user, host, "old password")
    try:
        dialog = _mail_dialog(qtbot, user, host)
        qtbot.keyClicks(dialog.smtp_password, "new password")
        dialog.accept()
        assert get_password(user, host) == "new password"
        config = _config_bytes()
        assert b"new password" not in config and b"old password" not in config
    finally:
        delete_password(user, host)


def test_a_keyring_that_refuses_keeps_the_dialog_open_and_saves_nothing(qtbot: QtBot) -> None:
    dialog = SettingsDialog(AppSettings(), keyring_backend=fail.Keyring())
    qtbot.addWidget(dialog)
    dialog.smtp_host.setText("smtp.larkspur.example")
    dialog.smtp_user.setText("maja")
    qtbot.keyClicks(dialog.smtp_password, "never-on-disk")
    dialog.accept()
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.password_status.text()  # says why the password could not be kept
    assert b"never-on-disk" not in _config_bytes()
    assert AppSettings().get(SMTP_HOST) != "smtp.larkspur.example"
