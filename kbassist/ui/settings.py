"""Every user setting declared once: QSettings for the app, the core's file for shared ones."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from kbassist.paths import app_settings_file
from kbassist.shared_settings import (
    AGENT_NAME_KEY,
    ANALYTICS_DATABASE_KEY,
    CONTENT_FOLDER_KEY,
    SHARED_KEYS,
    read_shared,
    save_shared,
)
from kbassist.ui.translatable import QT_TRANSLATE_NOOP

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One user setting: its key, default, type and the help text shown to users."""

    key: str
    default: T
    type: type[T]
    help: str


CONTENT_FOLDER = Setting(
    CONTENT_FOLDER_KEY,
    "",
    str,
    QT_TRANSLATE_NOOP(
        "settings", "Content folder to use; empty means the bundled starter content."
    ),
)
AGENT_NAME = Setting(
    AGENT_NAME_KEY,
    "",
    str,
    QT_TRANSLATE_NOOP("settings", "Your name, as it appears in the replies you sign."),
)
TEXT_SCALE = Setting(
    "text_scale",
    1.0,
    float,
    QT_TRANSLATE_NOOP("settings", "Text size, from 0.8 (small) to 2.0 (very large)."),
)
LANGUAGE = Setting(
    "language",
    "en",
    str,
    QT_TRANSLATE_NOOP("settings", "Your language (BCP 47, e.g. en, sl); results in it rank first."),
)
INTERFACE_LANGUAGE = Setting(
    "interface_language",
    "",
    str,
    QT_TRANSLATE_NOOP(
        "settings",
        "Language of the menus, buttons and messages (en, sl, hr, el, zh_CN); empty follows "
        "the system. Takes effect after a restart.",
    ),
)
THEME = Setting(
    "theme", "system", str, QT_TRANSLATE_NOOP("settings", "Colours: system, light or dark.")
)
DISTANCE_UNIT = Setting(
    "distance_unit",
    "km",
    str,
    QT_TRANSLATE_NOOP("settings", "Distances to facilities: km or miles."),
)
SMTP_HOST = Setting(
    "smtp_host", "", str, QT_TRANSLATE_NOOP("settings", "Mail server for sending replies.")
)
SMTP_PORT = Setting(
    "smtp_port",
    587,
    int,
    QT_TRANSLATE_NOOP("settings", "Mail server port (587 for STARTTLS, 465 for SSL)."),
)
SMTP_SECURITY = Setting(
    "smtp_security",
    "starttls",
    str,
    QT_TRANSLATE_NOOP("settings", "Connection security: starttls, ssl or none."),
)
SMTP_USER = Setting(
    "smtp_user",
    "",
    str,
    QT_TRANSLATE_NOOP(
        "settings", "User name on the mail server; the password is kept in the system keyring."
    ),
)
SMTP_FROM = Setting(
    "smtp_from", "", str, QT_TRANSLATE_NOOP("settings", "Sender address for replies sent by SMTP.")
)
EDITOR_COMMAND = Setting(
    "editor_command",
    "",
    str,
    QT_TRANSLATE_NOOP(
        "settings",
        "Editor that opens a content file at a line, e.g. code -g {file}:{line}; "
        "empty means $VISUAL or $EDITOR, else the system's handler.",
    ),
)
SEARCH_COLUMN_COLLAPSED = Setting(
    "search_column_collapsed",
    False,
    bool,
    QT_TRANSLATE_NOOP(
        "settings", "Hide the search column while the Reply or Facilities tab is open (F9)."
    ),
)
REVIEW_WINDOW_DAYS = Setting(
    "review_window_days",
    30,
    int,
    QT_TRANSLATE_NOOP(
        "settings",
        "Review view: articles whose review date is at most this many days away are due soon.",
    ),
)
SEMANTIC_SEARCH = Setting(
    "semantic_search",
    True,
    bool,
    QT_TRANSLATE_NOOP(
        "settings",
        "Search by meaning too, once you pause typing (finds answers worded differently).",
    ),
)
TRAY_ICON = Setting(
    "tray_icon",
    False,
    bool,
    QT_TRANSLATE_NOOP(
        "settings", "Show KB Assist in the system tray, with Search… (takes effect at start)."
    ),
)
RECORD_USAGE = Setting(
    "record_usage",
    True,
    bool,
    QT_TRANSLATE_NOOP(
        "settings",
        "Record searches, opened articles, templates used and ratings (query texts scrubbed "
        "of personal data; never reply texts or field values) so the team sees what "
        "customers ask.",
    ),
)
USAGE_RETENTION_DAYS = Setting(
    "usage_retention_days",
    90,
    int,
    QT_TRANSLATE_NOOP(
        "settings", "Usage events older than this many days are deleted at start (0 keeps all)."
    ),
)
RANK_TEMPLATES_BY_TEAM = Setting(
    "rank_templates_by_team",
    True,
    bool,
    QT_TRANSLATE_NOOP(
        "settings",
        "Template picker: your most used templates first, then the team's (off: yours only).",
    ),
)
ANALYTICS_DATABASE = Setting(
    ANALYTICS_DATABASE_KEY,
    "",
    str,
    QT_TRANSLATE_NOOP(
        "settings",
        "Team usage database, postgresql://user@host:5432/database (password in the system "
        "keyring); empty keeps the usage log on this computer only.",
    ),
)

ALL_SETTINGS: tuple[Setting[str] | Setting[int] | Setting[float] | Setting[bool], ...] = (
    CONTENT_FOLDER,
    AGENT_NAME,
    TEXT_SCALE,
    LANGUAGE,
    INTERFACE_LANGUAGE,
    THEME,
    DISTANCE_UNIT,
    SMTP_HOST,
    SMTP_PORT,
    SMTP_SECURITY,
    SMTP_USER,
    SMTP_FROM,
    EDITOR_COMMAND,
    SEARCH_COLUMN_COLLAPSED,
    REVIEW_WINDOW_DAYS,
    SEMANTIC_SEARCH,
    TRAY_ICON,
    RECORD_USAGE,
    USAGE_RETENTION_DAYS,
    RANK_TEMPLATES_BY_TEAM,
    ANALYTICS_DATABASE,
)

# Lists the app keeps for the user (not shown in the settings dialog).
PINNED_KEY = "items/pinned"
RECENT_KEY = "items/recent"
WINDOW_GROUP = "window"


class AppSettings:
    """Typed access to the settings file; the window layout is kept in its own group."""

    def __init__(self, path: Path | None = None, shared_path: Path | None = None) -> None:
        target = path or app_settings_file()
        target.parent.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(target), QSettings.Format.IniFormat)
        self._shared_path = shared_path
        self._move_shared_out_of_ini()

    def _move_shared_out_of_ini(self) -> None:
        # Earlier versions kept the shared choices in the INI file; Qt reads them back
        # correctly, so move them to the core's file once and forget them here.
        for key in SHARED_KEYS:
            if not self._store.contains(key):
                continue
            value = str(self._store.value(key, ""))
            try:
                if key not in read_shared(self._shared_path):
                    save_shared(key, value, self._shared_path)
            except OSError as exc:
                log.warning("Could not move setting %s out of %s: %s", key, self.path, exc)
                continue
            self._store.remove(key)

    @property
    def path(self) -> Path:
        """The INI file behind these settings."""
        return Path(self._store.fileName())

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when it is missing or unreadable."""
        if setting.key in SHARED_KEYS:
            raw: object = read_shared(self._shared_path).get(setting.key, setting.default)
        else:
            raw = self._store.value(setting.key, setting.default)
        try:
            if setting.type is bool:
                value: object = (
                    raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
                )
            else:
                convert: Any = setting.type
                value = convert(raw)
        except (TypeError, ValueError):
            return setting.default
        return cast(T, value)

    def set(self, setting: Setting[T], value: T) -> None:
        """Store value (written to disk when Qt syncs, and at exit; shared ones at once)."""
        if setting.key in SHARED_KEYS:
            try:
                save_shared(setting.key, str(value), self._shared_path)
            except OSError as exc:
                log.error("Could not save %s: %s", setting.key, exc)
            return
        self._store.setValue(setting.key, value)

    def get_list(self, key: str) -> list[str]:
        """A stored list of text (pins, recent items)."""
        raw = self._store.value(key, [])
        if isinstance(raw, str):
            return [raw] if raw else []
        return [str(item) for item in raw] if isinstance(raw, list) else []

    def set_list(self, key: str, values: list[str]) -> None:
        """Store a list of text."""
        self._store.setValue(key, values)

    def window_state(self, name: str) -> QByteArray | None:
        """Saved geometry or dock layout."""
        raw = self._store.value(f"{WINDOW_GROUP}/{name}")
        return raw if isinstance(raw, QByteArray) else None

    def set_window_state(self, name: str, value: QByteArray) -> None:
        """Save geometry or dock layout."""
        self._store.setValue(f"{WINDOW_GROUP}/{name}", value)

    def sync(self) -> None:
        """Write pending changes now."""
        self._store.sync()
