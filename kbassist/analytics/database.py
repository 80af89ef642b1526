"""The usage log's tables in SQLite or PostgreSQL: one schema, created and migrated by the app."""

from __future__ import annotations

import abc
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kbassist.analytics.events import COLUMNS, Event, as_row

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
EVENTS = "events"
# Events waiting for the team's database (kept locally while it cannot be reached).
OUTBOX = "outbox"
# The seconds SQLite waits for another writer before it calls the database locked.
BUSY_TIMEOUT_S = 2.0
# Taken by whichever app creates or migrates the team's schema, so two never race.
_MIGRATION_LOCK = 7_215_015

Params = Sequence[object]


class AnalyticsDatabaseError(Exception):
    """The usage database cannot be used; the message names it and says what to do."""


class DamagedDatabaseError(AnalyticsDatabaseError):
    """The local usage database is not a readable SQLite file any more."""


def _events_table(name: str, seq: str, big: str) -> str:
    return (
        f"CREATE TABLE IF NOT EXISTS {name} ("
        f"seq {seq}, "
        "id TEXT NOT NULL UNIQUE, "
        f"at_ms {big} NOT NULL, "
        "agent TEXT NOT NULL, "
        "kind TEXT NOT NULL, "
        "query TEXT NOT NULL DEFAULT '', "
        "query_key TEXT NOT NULL DEFAULT '', "
        "item TEXT NOT NULL DEFAULT '', "
        "rank INTEGER, "
        "results INTEGER, "
        "shown TEXT NOT NULL DEFAULT '', "
        "search TEXT NOT NULL DEFAULT '', "
        "detail TEXT NOT NULL DEFAULT '')"
    )


def _indexes(name: str) -> list[str]:
    return [
        f"CREATE INDEX IF NOT EXISTS {name}_kind_at ON {name} (kind, at_ms)",
        f"CREATE INDEX IF NOT EXISTS {name}_search ON {name} (search) WHERE search <> ''",
    ]


class EventDatabase(abc.ABC):
    """A connection to the usage log; used from one thread only."""

    # The SQL both dialects share is written with ? for its parameters.
    dialect: str = ""

    @property
    @abc.abstractmethod
    def where(self) -> str:
        """The database as the user knows it (a file, or a server without its password)."""

    @abc.abstractmethod
    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        """The rows a query returns."""

    @abc.abstractmethod
    def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement in the current transaction; the number of rows it changed."""

    @abc.abstractmethod
    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        """Run one statement for each row, in the current transaction."""

    @abc.abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together, or not at all."""

    @abc.abstractmethod
    def close(self) -> None:
        """Close the connection."""

    @abc.abstractmethod
    def _create(self) -> list[str]:
        """The statements that create the tables of version 1."""

    def migrate(self) -> None:
        """Create the tables, or bring an older schema up to SCHEMA_VERSION."""
        with self.transaction():
            self._lock_for_migration()
            self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            found = self.rows("SELECT MAX(version) FROM schema_version")
            version = int(found[0][0]) if found and found[0][0] is not None else 0
            if version > SCHEMA_VERSION:
                raise AnalyticsDatabaseError(
                    f"The usage database {self.where} was made by a newer KB Assist (schema "
                    f"{version}, this one knows {SCHEMA_VERSION}). Update KB Assist."
                )
            if version < 1:
                for statement in self._create():
                    self.execute(statement)
            # Later versions add their steps here, each guarded by `if version < N`.
            if version < SCHEMA_VERSION:
                self.execute("DELETE FROM schema_version")
                self.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))

    def _lock_for_migration(self) -> None:  # noqa: B027 - SQLite's BEGIN IMMEDIATE suffices
        """Keep another app from migrating at the same moment (SQLite needs nothing)."""

    def insert_events(self, events: Sequence[Event], table: str = EVENTS) -> None:
        """Store events; one already stored (same id) is left as it is, so a repeat is harmless."""
        if not events:
            return
        names = ", ".join(COLUMNS)
        marks = ", ".join("?" for _ in COLUMNS)
        sql = f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING"
        with self.transaction():
            self.execute_many(sql, [as_row(event) for event in events])

    def purge_before(self, at_ms: int, agent: str | None = None) -> int:
        """Delete events older than at_ms (only agent's when given); how many went."""
        with self.transaction():
            if agent is None:
                return self.execute(f"DELETE FROM {EVENTS} WHERE at_ms < ?", (at_ms,))
            return self.execute(
                f"DELETE FROM {EVENTS} WHERE at_ms < ? AND agent = ?", (at_ms, agent)
            )

    def delete_agent(self, agent: str) -> int:
        """Delete every event agent recorded; how many went."""
        with self.transaction():
            return self.execute(f"DELETE FROM {EVENTS} WHERE agent = ?", (agent,))

    def count(self, table: str = EVENTS) -> int:
        """How many events the table holds."""
        return int(self.rows(f"SELECT COUNT(*) FROM {table}")[0][0])


class SqliteEvents(EventDatabase):
    """The usage log in a local SQLite file (the default), with the outbox for a team database."""

    dialect = "sqlite"

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
            # WAL: the Insights view reads while the writer writes.
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
        except (OSError, sqlite3.Error) as exc:
            self._close_quietly()
            raise sqlite_error(path, exc) from exc
        try:
            self.migrate()
        except sqlite3.Error as exc:
            self._close_quietly()
            raise sqlite_error(path, exc) from exc
        except BaseException:
            self._close_quietly()
            raise

    def _close_quietly(self) -> None:
        db = getattr(self, "_db", None)
        if db is not None:
            db.close()

    @property
    def where(self) -> str:
        return str(self.path)

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        return self._db.execute(sql, tuple(params)).fetchall()

    def execute(self, sql: str, params: Params = ()) -> int:
        return self._db.execute(sql, tuple(params)).rowcount

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        self._db.executemany(sql, [tuple(row) for row in rows])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._db.in_transaction:  # nested: the outer one commits
            yield
            return
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    def _create(self) -> list[str]:
        statements = [_events_table(EVENTS, "INTEGER PRIMARY KEY", "INTEGER"), *_indexes(EVENTS)]
        statements.append(_events_table(OUTBOX, "INTEGER PRIMARY KEY", "INTEGER"))
        return statements


def sqlite_error(path: Path, exc: BaseException) -> AnalyticsDatabaseError:
    """What to tell the user about a local usage database that failed."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return AnalyticsDatabaseError(
            f"The usage database {path} is locked by another program; recording paused. "
            "Close the other KB Assist window, then restart."
        )
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return DamagedDatabaseError(
            f"The usage database {path} is damaged ({text}); recording paused. "
            "Settings → Delete my usage history starts a new one."
        )
    return AnalyticsDatabaseError(
        f"The usage database {path} cannot be used ({text}); recording paused."
    )
