"""Where things live: the content folder in use, and the user's cache, data and config folders."""

from __future__ import annotations

import hashlib
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


def folder_key(content_root: Path) -> str:
    """The name a content folder's files have in the cache (its index, its kept versions):
    a hash of its real path, so two folders never share and a moved folder starts afresh."""
    resolved = str(content_root.expanduser().resolve())
    return hashlib.sha256(resolved.encode("utf-8", "surrogatepass")).hexdigest()[:20]
