"""The desktop entry: KB Assist in the application menu, with its icon, opening kbassist:// links.

Installed for the current user only, following the freedesktop.org specifications: the
.desktop file in $XDG_DATA_HOME/applications, the icon in the hicolor theme under
$XDG_DATA_HOME/icons, and KB Assist made the default handler of kbassist:// links in
$XDG_CONFIG_HOME/mimeapps.list. remove_desktop_entry takes all three away again.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from kbassist.common.atomicfile import write_atomic

APP_ID = "kbassist"
DESKTOP_FILE = f"{APP_ID}.desktop"
LINK_MIME_TYPE = "x-scheme-handler/kbassist"
ICON_SOURCE = Path(__file__).with_name("kbassist.svg")
DEFAULTS_GROUP = "[Default Applications]"
# Characters the Exec key's quoting rules say must be inside double quotes.
_NEEDS_QUOTES = re.compile(r"[\s\"'\\><~|&;$*?#()`]")


@dataclass(frozen=True)
class InstalledEntry:
    """What install_desktop_entry wrote, and whether the menu's cache was refreshed."""

    desktop_file: Path
    icon: Path
    mime_defaults: Path
    database_updated: bool


@dataclass(frozen=True)
class RemovedEntry:
    """What remove_desktop_entry took away (files that were there, the mimeapps.list line)."""

    removed: list[Path]
    mime_defaults: Path | None
    database_updated: bool


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share as the specification says."""
    return _xdg("XDG_DATA_HOME", Path.home() / ".local" / "share")


def config_home() -> Path:
    """$XDG_CONFIG_HOME, or ~/.config."""
    return _xdg("XDG_CONFIG_HOME", Path.home() / ".config")


def _xdg(variable: str, default: Path) -> Path:
    value = os.environ.get(variable, "")
    # The specification ignores a relative path in these variables.
    return Path(value) if value and Path(value).is_absolute() else default


def launcher_command() -> list[str]:
    """The command that starts this installation of KB Assist."""
    script = Path(sys.executable).with_name(APP_ID)
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    found = shutil.which(APP_ID)
    return [found] if found else [sys.executable, "-m", APP_ID]


def exec_quote(argument: str) -> str:
    """argument quoted for a desktop entry's Exec key."""
    # '%' starts a field code, so a literal one is doubled in every argument.
    escaped = argument.replace("%", "%%")
    if not _NEEDS_QUOTES.search(escaped):
        return escaped
    for special in ("\\", '"', "`", "$"):
        escaped = escaped.replace(special, "\\" + special)
    return f'"{escaped}"'


def desktop_entry(command: list[str], content: Path | None = None) -> str:
    """The .desktop file's text for a launcher command, on content when it is given."""
    arguments = [*command, *(["--content", str(content)] if content is not None else []), "open"]
    exec_line = _key_file_escape(" ".join(exec_quote(part) for part in arguments))
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.4\n"
        "Name=KB Assist\n"
        "GenericName=Knowledge Base\n"
        "Comment=Find answers in the knowledge base and draft replies\n"
        f"Exec={exec_line} %u\n"
        f"TryExec={_key_file_escape(command[0])}\n"
        f"Icon={APP_ID}\n"
        "Terminal=false\n"
        "Categories=Office;\n"
        "Keywords=knowledge;base;search;answer;reply;support;\n"
        f"MimeType={LINK_MIME_TYPE};\n"
        "StartupNotify=true\n"
        f"StartupWMClass={APP_ID}\n"
    )


def _key_file_escape(value: str) -> str:
    """value as a key file writes a string: a backslash doubled, line breaks and tabs escaped
    (a raw line break would end the key). Applied after the Exec quoting, as the spec says."""
    for char, escape in (("\\", "\\\\"), ("\n", "\\n"), ("\t", "\\t"), ("\r", "\\r")):
        value = value.replace(char, escape)
    return value


def with_default_handler(mimeapps: str, mime_type: str, desktop_file: str) -> str:
    """mimeapps.list's text with desktop_file the default for mime_type; all else kept."""
    lines = mimeapps.splitlines()
    entry = f"{mime_type}={desktop_file};"
    start = next((i for i, line in enumerate(lines) if line.strip() == DEFAULTS_GROUP), None)
    if start is None:
        blank = [""] if lines and lines[-1].strip() else []
        return "\n".join([*lines, *blank, DEFAULTS_GROUP, entry]) + "\n"
    end = next(
        (i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")),
        len(lines),
    )
    for i in range(start + 1, end):
        if lines[i].split("=", 1)[0].strip() == mime_type:
            lines[i] = entry
            return "\n".join(lines) + "\n"
    lines.insert(start + 1, entry)
    return "\n".join(lines) + "\n"


def without_default_handler(mimeapps: str, mime_type: str, desktop_file: str) -> str:
    """mimeapps.list's text with desktop_file no longer the default for mime_type.

    Only that name goes from the line (the line too when nothing else is left on it); a
    handler the user chose since, and every other line, stay as they are.
    """
    lines = mimeapps.splitlines()
    group = ""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith("["):
            group = stripped
            continue
        key, equals, value = line.partition("=")
        if group != DEFAULTS_GROUP or not equals or key.strip() != mime_type:
            continue
        names = [name for name in value.strip().split(";") if name]
        if desktop_file not in names:
            return mimeapps
        names.remove(desktop_file)
        del lines[i]
        if names:
            lines.insert(i, f"{mime_type}={';'.join(names)};")
        return "\n".join(lines) + "\n" if lines else ""
    return mimeapps


def _entry_paths() -> tuple[Path, Path, Path]:
    """Where the desktop entry, its icon and the link associations go."""
    applications = data_home() / "applications"
    icon = data_home() / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    return applications / DESKTOP_FILE, icon, config_home() / "mimeapps.list"


def install_desktop_entry(
    command: list[str] | None = None, content: Path | None = None
) -> InstalledEntry:
    """Write the .desktop file, the icon and the link association for the current user.

    content: the folder the entry starts KB Assist on (else the app's own choice).
    OSError when a file cannot be written (the message names it).
    """
    desktop_file, icon, mimeapps = _entry_paths()
    applications = desktop_file.parent
    for folder in (applications, icon.parent, mimeapps.parent):
        folder.mkdir(parents=True, exist_ok=True)
    _write_generated(icon, ICON_SOURCE.read_bytes())
    entry = desktop_entry(command or launcher_command(), content)
    _write_generated(desktop_file, entry.encode("utf-8"))
    try:
        before = mimeapps.read_text("utf-8")
    except FileNotFoundError:
        before = ""
    after = with_default_handler(before, LINK_MIME_TYPE, DESKTOP_FILE)
    if after != before:
        write_atomic(mimeapps, after.encode("utf-8"), mode=0o644)
    return InstalledEntry(desktop_file, icon, mimeapps, _update_database(applications))


def remove_desktop_entry() -> RemovedEntry:
    """Take away what install_desktop_entry wrote: the entry, the icon, the association.

    OSError when a file cannot be changed (the message names it).
    """
    desktop_file, icon, mimeapps = _entry_paths()
    removed = []
    for path in (desktop_file, icon):
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    changed = None
    try:
        before = mimeapps.read_text("utf-8")
    except FileNotFoundError:
        before = ""
    after = without_default_handler(before, LINK_MIME_TYPE, DESKTOP_FILE)
    if after != before:
        write_atomic(mimeapps, after.encode("utf-8"), mode=0o644)
        changed = mimeapps
    applications = desktop_file.parent
    updated = applications.is_dir() and _update_database(applications)
    return RemovedEntry(removed, changed, updated)


def _write_generated(path: Path, data: bytes) -> None:
    """Write a file only this command makes: no backup of the previous one is worth keeping."""
    if path.is_file() and path.read_bytes() == data:
        return
    backup = write_atomic(path, data, mode=0o644)
    if backup is not None:
        backup.unlink(missing_ok=True)


def _update_database(applications: Path) -> bool:
    """Refresh the menu's cache of which entry opens which type, where the tool exists."""
    tool = shutil.which("update-desktop-database")
    if tool is None:
        return False
    done = subprocess.run(
        [tool, str(applications)], capture_output=True, text=True, timeout=60, check=False
    )
    return done.returncode == 0
