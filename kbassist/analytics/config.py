"""Where the usage log lives: a local file in the data folder, or the team's PostgreSQL."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from keyring.backend import KeyringBackend

from kbassist.analytics.database import AnalyticsDatabaseError, EventDatabase, SqliteEvents
from kbassist.analytics.events import new_id
from kbassist.analytics.postgres import PostgresEvents, is_postgres_url
from kbassist.paths import data_dir

log = logging.getLogger(__name__)

USAGE_FILE = "usage.sqlite3"
# Holds the name this installation records its events under (see agent_identity).
AGENT_FILE = "usage-agent-id"
# The command line follows the app's choice through this variable or --database.
DATABASE_ENV = "KBASSIST_ANALYTICS_DATABASE"


def local_usage_file(folder: Path | None = None) -> Path:
    """The local usage log (and outbox) in the user's data folder, never in the content."""
    return (folder or data_dir()) / USAGE_FILE


def agent_identity(folder: Path | None = None) -> str:
    """The name this installation records under: random, made once, kept in the data folder.

    Not the agent's display name: two agents who leave it empty, or share one, would count as
    one in the team database, their searches would be read as one agent rephrasing, and
    "Delete my usage history" would delete the other's events too.
    """
    path = (folder or data_dir()) / AGENT_FILE
    try:
        found = path.read_text("ascii").strip()
    except (OSError, UnicodeDecodeError):
        found = ""
    if found:
        return found
    made = f"agent-{new_id()}"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(made + "\n", "ascii")
    except OSError as exc:  # then the usage file cannot be written either; it says why
        log.warning("Cannot keep the usage log's agent id in %s: %s", path, exc)
    return made


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
    # Only what comes before "://" is shown: the rest may hold a password.
    shown = f" '{url.split('://', 1)[0][:20]}://…'" if "://" in url else ""
    raise AnalyticsDatabaseError(
        f"The analytics database{shown} is not a PostgreSQL address. Leave it empty for "
        "the log on this computer, or write postgresql://user@host:5432/database."
    )
