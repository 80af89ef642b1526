"""Shared settings: the choices the app saves and the command line follows, in the core's file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbassist.shared_settings import (
    AGENT_NAME_KEY,
    CONTENT_FOLDER_KEY,
    read_shared,
    resolve_content,
    save_shared,
    shared_settings_file,
    shared_value,
)

WINDOWS_PATH = r"C:\Users\maja\Knowledge, shared\content"


def test_paths_with_backslashes_and_commas_round_trip(tmp_path: Path) -> None:
    target = tmp_path / "shared.json"
    save_shared(CONTENT_FOLDER_KEY, WINDOWS_PATH, target)
    save_shared(AGENT_NAME_KEY, "Maja Novak, Team 2", target)
    assert shared_value(CONTENT_FOLDER_KEY, target) == WINDOWS_PATH
    assert read_shared(target) == {
        CONTENT_FOLDER_KEY: WINDOWS_PATH,
        AGENT_NAME_KEY: "Maja Novak, Team 2",
    }


def test_a_damaged_file_reads_as_empty_and_is_replaced_whole_on_save(tmp_path: Path) -> None:
    target = tmp_path / "shared.json"
    target.write_bytes(b'{"content_folder": "/half')
    assert read_shared(target) == {}
    save_shared(AGENT_NAME_KEY, "Ana", target)
    assert read_shared(target) == {AGENT_NAME_KEY: "Ana"}


def test_values_of_the_wrong_type_and_unknown_keys_are_ignored(tmp_path: Path) -> None:
    target = tmp_path / "shared.json"
    target.write_text('{"content_folder": 5, "agent_name": "Ana", "theme": "dark"}', "utf-8")
    assert read_shared(target) == {AGENT_NAME_KEY: "Ana"}
    with pytest.raises(KeyError):
        save_shared("theme", "dark", target)


def test_the_cli_follows_the_saved_content_folder_unless_told_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen, option, env = tmp_path / "chosen", tmp_path / "option", tmp_path / "env"
    save_shared(CONTENT_FOLDER_KEY, str(chosen))
    assert shared_settings_file().is_file()
    assert resolve_content(None) == chosen.resolve()
    monkeypatch.setenv("KBASSIST_CONTENT", str(env))
    assert resolve_content(None) == env.resolve()
    assert resolve_content(str(option)) == option.resolve()
