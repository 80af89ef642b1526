"""`kbassist install-desktop`: the menu entry, its icon and the kbassist:// association."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest

from kbassist.cli import main
from kbassist.desktop.entry import (
    DESKTOP_FILE,
    LINK_MIME_TYPE,
    desktop_entry,
    exec_quote,
    with_default_handler,
    without_default_handler,
)


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Throwaway XDG data and config folders (the user's own are never touched)."""
    data, config = tmp_path / "data", tmp_path / "config"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return data, config


def test_install_desktop_writes_the_entry_icon_and_link_handler(
    xdg: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, config = xdg
    (config).mkdir()
    (config / "mimeapps.list").write_text(
        "[Added Associations]\ntext/plain=gedit.desktop;\n\n"
        "[Default Applications]\nx-scheme-handler/kbassist=old.desktop;\n"
        "text/html=firefox.desktop;\n",
        "utf-8",
    )
    assert main(["install-desktop"]) == 0
    entry = (data / "applications" / DESKTOP_FILE).read_text("utf-8")
    assert f"MimeType={LINK_MIME_TYPE};" in entry
    assert "Icon=kbassist\n" in entry
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(" open %u")
    launcher = Path(exec_line.removeprefix("Exec=").split(" ")[0].strip('"'))
    assert launcher.name == "kbassist" and os.access(launcher, os.X_OK)
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "kbassist.svg"
    assert ElementTree.parse(icon).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    mimeapps = (config / "mimeapps.list").read_text("utf-8")
    # KB Assist became the default; the user's other associations are all still there.
    assert "x-scheme-handler/kbassist=kbassist.desktop;" in mimeapps
    assert "old.desktop" not in mimeapps
    assert "text/plain=gedit.desktop;" in mimeapps and "text/html=firefox.desktop;" in mimeapps
    assert "Installed" in capsys.readouterr().out
    # Again: nothing changes, no backups pile up next to the entry.
    assert main(["install-desktop"]) == 0
    assert sorted(p.name for p in (data / "applications").iterdir() if "kbassist" in p.name) == [
        DESKTOP_FILE
    ]


@pytest.mark.skipif(shutil.which("update-desktop-database") is None, reason="desktop-file-utils")
def test_the_menu_cache_names_kbassist_for_its_links(xdg: tuple[Path, Path]) -> None:
    data, _config = xdg
    assert main(["install-desktop"]) == 0
    cache = (data / "applications" / "mimeinfo.cache").read_text("utf-8")
    assert f"{LINK_MIME_TYPE}={DESKTOP_FILE};" in cache


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
@pytest.mark.parametrize(
    "command",
    [
        ["/opt/kb assist/bin/kbassist"],
        [sys.executable, "-m", "kbassist"],
        ['/home/ana/"odd" $dir\\100%/kbassist'],
        ["/opt/two\nlines\tand a tab/kbassist"],
    ],
)
def test_the_entry_is_valid_for_any_install_path(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / DESKTOP_FILE
    path.write_text(desktop_entry(command, Path('/home/ana/"our" kb 100%')), "utf-8")
    checked = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip() == ""  # not even a hint
    # One line per key: a line break in the path cannot end the Exec key and start another.
    assert sum(line.startswith("Exec=") for line in path.read_text("utf-8").splitlines()) == 1


def test_exec_arguments_are_quoted_as_the_specification_says() -> None:
    assert exec_quote("/usr/bin/kbassist") == "/usr/bin/kbassist"
    assert exec_quote("/opt/kb assist/kbassist") == '"/opt/kb assist/kbassist"'
    assert exec_quote('a"b$c`d\\e') == '"a\\"b\\$c\\`d\\\\e"'
    assert exec_quote("100%") == "100%%"


def test_the_default_handler_is_added_where_there_was_none() -> None:
    assert with_default_handler("", LINK_MIME_TYPE, DESKTOP_FILE) == (
        "[Default Applications]\nx-scheme-handler/kbassist=kbassist.desktop;\n"
    )
    kept = with_default_handler("[Added Associations]\na=b;\n", LINK_MIME_TYPE, DESKTOP_FILE)
    assert kept.startswith("[Added Associations]\na=b;\n\n[Default Applications]\n")


def test_an_unwritable_data_folder_is_reported_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert main(["install-desktop"]) == 1
    error = capsys.readouterr().err
    assert "cannot install the desktop entry" in error and str(blocker) in error


def test_a_missing_content_folder_is_refused_and_nothing_installed(
    xdg: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, config = xdg
    missing = tmp_path / "no-such-kb"
    assert main(["install-desktop", "--content", str(missing)]) == 2
    error = capsys.readouterr().err
    assert f"the content folder {missing} does not exist" in error and "Traceback" not in error
    assert not (data / "applications").exists() and not (config / "mimeapps.list").exists()


def test_the_entry_starts_the_app_on_the_content_folder_given(
    xdg: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, _config = xdg
    content = tmp_path / "team kb"
    content.mkdir()
    assert main(["install-desktop", "--content", str(content)]) == 0
    assert f"starts KB Assist on {content}" in capsys.readouterr().out
    entry = (data / "applications" / DESKTOP_FILE).read_text("utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    assert exec_line.endswith(f' --content "{content}" open %u')


def test_remove_takes_away_what_install_added_and_nothing_else(
    xdg: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    data, config = xdg
    config.mkdir()
    user_lines = (
        "[Added Associations]\ntext/plain=gedit.desktop;\n\n"
        "[Default Applications]\ntext/html=firefox.desktop;\n"
    )
    (config / "mimeapps.list").write_text(user_lines, "utf-8")
    assert main(["install-desktop"]) == 0
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / "kbassist.svg"
    assert icon.is_file()
    capsys.readouterr()
    assert main(["install-desktop", "--remove"]) == 0
    said = capsys.readouterr().out
    assert not (data / "applications" / DESKTOP_FILE).exists() and not icon.exists()
    assert f"Removed {icon}" in said and "no longer open KB Assist" in said
    # The user's own associations are as they were before the install.
    assert (config / "mimeapps.list").read_text("utf-8") == user_lines
    assert main(["install-desktop", "--remove"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_remove_leaves_a_handler_the_user_chose_since() -> None:
    chosen = "[Default Applications]\nx-scheme-handler/kbassist=other.desktop;\n"
    assert without_default_handler(chosen, LINK_MIME_TYPE, DESKTOP_FILE) == chosen
    shared = "[Default Applications]\nx-scheme-handler/kbassist=kbassist.desktop;other.desktop;\n"
    assert without_default_handler(shared, LINK_MIME_TYPE, DESKTOP_FILE) == (
        "[Default Applications]\nx-scheme-handler/kbassist=other.desktop;\n"
    )
    # The same key in another group is not the default handler: it stays.
    added = "[Added Associations]\nx-scheme-handler/kbassist=kbassist.desktop;\n"
    assert without_default_handler(added, LINK_MIME_TYPE, DESKTOP_FILE) == added
