"""Choices made in the app that the command line follows too: the content folder, the agent's name.

The core keeps them in its own small JSON file, so the CLI never has to parse the app's
Qt settings file (whose INI dialect escapes backslashes and commas in Windows paths).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from kbassist.common.atomicfile import write_atomic
from kbassist.common.i18n import _
from kbassist.paths import CONTENT_ENV, config_dir, starter_content

SHARED_SETTINGS_FILE = "shared-settings.json"
CONTENT_FOLDER_KEY = "content_folder"
AGENT_NAME_KEY = "agent_name"
# The team's usage database: `kbassist insights` reads the one the app records to.
ANALYTICS_DATABASE_KEY = "analytics_database"
# Only these are shared; everything else the app keeps to itself.
SHARED_KEYS = frozenset({CONTENT_FOLDER_KEY, AGENT_NAME_KEY, ANALYTICS_DATABASE_KEY})

log = logging.getLogger(__name__)


def shared_settings_file() -> Path:
    """The JSON file both the app and the CLI read."""
    return config_dir() / SHARED_SETTINGS_FILE


def read_shared(path: Path | None = None) -> dict[str, str]:
    """Every shared choice; empty when the file is missing, unreadable or damaged."""
    target = path or shared_settings_file()
    try:
        raw = json.loads(target.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("Ignoring unreadable shared settings %s: %s", target, exc)
        return {}
    if not isinstance(raw, dict):
        log.warning("Ignoring shared settings %s: not a JSON object", target)
        return {}
    return {k: v for k, v in raw.items() if k in SHARED_KEYS and isinstance(v, str)}


def shared_value(key: str, path: Path | None = None) -> str:
    """One shared choice, stripped; empty when unset."""
    return read_shared(path).get(key, "").strip()


def save_shared(key: str, value: str, path: Path | None = None) -> None:
    """Store one shared choice (atomically, keeping the others). Raises OSError."""
    if key not in SHARED_KEYS:
        raise KeyError(_("{key!r} is not a shared setting").format(key=key))
    target = path or shared_settings_file()
    values = read_shared(target)
    if values.get(key) == value:
        return
    values[key] = value
    text = json.dumps(values, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomic(target, text.encode("utf-8"))


def resolve_content(option: str | None) -> Path:
    """--content, else $KBASSIST_CONTENT, else the app's choice, else the starter content."""
    for candidate in (option, os.environ.get(CONTENT_ENV), shared_value(CONTENT_FOLDER_KEY)):
        if candidate:
            return Path(candidate).expanduser().resolve()
    return starter_content()
