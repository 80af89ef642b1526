"""Where things live: the content folder in use, and the user's cache, data and config folders."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "kbassist"
CONTENT_ENV = "KBASSIST_CONTENT"
# The app keeps its own settings with QSettings in this INI file (only the app reads it).
APP_SETTINGS_FILE = "kbassist.ini"


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
