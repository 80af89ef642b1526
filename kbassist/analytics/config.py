"""Where the usage log lives: a local file in the data folder, or the team's PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path

from keyring.backend import KeyringBackend

from kbassist.analytics.database import AnalyticsDatabaseError, EventDatabase, SqliteEvents
from kbassist.analytics.postgres import PostgresEvents, is_postgres_url
from kbassist.paths import data_dir

USAGE_FILE = "usage.sqlite3"
# The command line follows the app's choice through this variable or --database.
DATABASE_ENV = "KBASSIST_ANALYTICS_DATABASE"


def local_usage_file(folder: Path | None = None) -> Path:
    """The local usage log (and outbox) in the user's data folder, never in the content."""
    return (folder or data_dir()) / USAGE_FILE


def database_url(option: str | None = None, setting: str = "") -> str:
    """--database, else $KBASSIST_ANALYTICS_DATABASE, else the app's setting; "" is local."""
    for candidate in (option, os.environ.get(DATABASE_ENV), setting):
        if candidate and candidate.strip():
            return candidate.strip()
    return ""


def open_database(
    url: str, folder: Path | None = None, backend: KeyringBackend | None = None
) -> EventDatabase:
    """The configured usage log: the team database for a postgresql:// url, else the local file.

    Raises AnalyticsDatabaseError with a message for the user.
    """
    if not url:
        return SqliteEvents(local_usage_file(folder))
    if is_postgres_url(url):
        return PostgresEvents(url, backend)
    raise AnalyticsDatabaseError(
        f"The analytics database '{url[:60]}' is not a PostgreSQL address. Leave it empty for "
        "the log on this computer, or write postgresql://user@host:5432/database."
    )
