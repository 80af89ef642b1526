"""Where things live: the content folder in use, and the user's cache, data and config folders."""

from __future__ import annotations

import configparser
import os
from pathlib import Path

import platformdirs

APP_NAME = "kbassist"
CONTENT_ENV = "KBASSIST_CONTENT"
# The app stores its settings with QSettings in this INI file; the CLI reads the content
# folder from it too, so both start on the same content.
APP_SETTINGS_FILE = "kbassist.ini"
CONTENT_SETTING = "content_folder"


def starter_content() -> Path:
    """The bundled starter content: content/ in a checkout, kbassist/starter when installed."""
    package = Path(__file__).resolve().parent
    checkout = package.parent / "content"
    if (checkout / "articles").is_dir():
        return checkout
    return package / "starter"


def config_dir() -> Path:
    """The user's configuration folder for KB Assist."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Rebuildable data (search indexes)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Data worth keeping (drafts, search log)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def app_settings_file() -> Path:
    """The INI file the app keeps its settings in."""
    return config_dir() / APP_SETTINGS_FILE


def saved_app_setting(key: str) -> str:
    """A value the app saved in its settings file; empty when unset or unreadable."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(app_settings_file(), encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return ""
    return parser.get("General", key, fallback="").strip().strip('"')


def saved_content_folder() -> str | None:
    """The content folder chosen in the app's settings, if any."""
    return saved_app_setting(CONTENT_SETTING) or None


def resolve_content(option: str | None) -> Path:
    """--content, else $KBASSIST_CONTENT, else the app's setting, else the starter content."""
    for candidate in (option, os.environ.get(CONTENT_ENV), saved_content_folder()):
        if candidate:
            return Path(candidate).expanduser().resolve()
    return starter_content()
