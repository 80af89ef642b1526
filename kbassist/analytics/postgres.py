"""The team's usage log on a PostgreSQL server (psycopg 3), its password kept in the keyring."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg
from keyring.backend import KeyringBackend
from psycopg import conninfo

from kbassist.analytics.database import (
    _MIGRATION_LOCK,
    EVENTS,
    AnalyticsDatabaseError,
    EventDatabase,
    Params,
    _events_table,
    _indexes,
)
from kbassist.mail.credentials import SecretError, get_password

log = logging.getLogger(__name__)
# The keyring entry of the team database's password (the mail password has its own).
KEYRING_SERVICE = "kbassist-analytics"

CONNECT_TIMEOUT_S = 5
SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(url: str) -> bool:
    """True when url names a PostgreSQL database."""
    return url.strip().lower().startswith(SCHEMES)


def keyring_host(url: str) -> tuple[str, str]:
    """The user and the host key the team database's password is kept under in the keyring.

    The host key carries the scheme, so it never equals a mail server's name.
    """
    try:
        parts = conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError as exc:
        raise AnalyticsDatabaseError(_bad_url(url, str(exc))) from None
    user = str(parts.get("user") or "")
    host = str(parts.get("host") or "localhost")
    port = str(parts.get("port") or "5432")
    name = str(parts.get("dbname") or user)
    return user, f"postgresql://{host}:{port}/{name}"


def shown_url(url: str) -> str:
    """url without its password, for messages."""
    try:
        parts = conninfo.conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return "the team database"
    host = parts.get("host") or "localhost"
    port = parts.get("port") or "5432"
    user = f"{parts['user']}@" if parts.get("user") else ""
    return f"postgresql://{user}{host}:{port}/{parts.get('dbname') or ''}"


class PostgresEvents(EventDatabase):
    """The usage log in the team's PostgreSQL database."""

    dialect = "postgresql"

    def __init__(self, url: str, backend: KeyringBackend | None = None) -> None:
        self.url = url
        options: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S}
        try:
            given = conninfo.conninfo_to_dict(url)
        except psycopg.ProgrammingError as exc:
            raise AnalyticsDatabaseError(_bad_url(url, str(exc))) from None
        if "password" not in given:
            user, host = keyring_host(url)
            if user:
                try:
                    password = get_password(user, host, backend, service=KEYRING_SERVICE)
                except SecretError as exc:
                    # Without the keyring the server may still let us in (trust, .pgpass).
                    log.info("No password from the keyring for %s: %s", shown_url(url), exc)
                    password = None
                if password:
                    options["password"] = password
        try:
            # Autocommit: each transaction() block is a real transaction, not a savepoint.
            self._db = psycopg.connect(url, autocommit=True, **options)
        except psycopg.Error as exc:
            raise AnalyticsDatabaseError(
                f"The team database {shown_url(url)} cannot be reached ({_first_line(exc)})."
            ) from exc
        try:
            self.migrate()
        except psycopg.Error as exc:
            self._db.close()
            raise AnalyticsDatabaseError(
                f"The team database {shown_url(url)} cannot be prepared ({_first_line(exc)})."
            ) from exc
        except BaseException:
            self._db.close()
            raise

    @property
    def where(self) -> str:
        return shown_url(self.url)

    def rows(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        with self._db.cursor() as cursor:
            cursor.execute(_marks(sql), tuple(params))
            return list(cursor.fetchall())

    def execute(self, sql: str, params: Params = ()) -> int:
        with self._db.cursor() as cursor:
            cursor.execute(_marks(sql), tuple(params))
            return cursor.rowcount

    def execute_many(self, sql: str, rows: Sequence[Params]) -> None:
        with self._db.cursor() as cursor:
            cursor.executemany(_marks(sql), [tuple(row) for row in rows])

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._db.transaction():
            yield

    def close(self) -> None:
        self._db.close()

    def _lock_for_migration(self) -> None:
        self.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))

    def _create(self) -> list[str]:
        identity = "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"
        return [_events_table(EVENTS, identity, "BIGINT"), *_indexes(EVENTS)]


def _marks(sql: str) -> str:
    # The shared SQL never holds a literal % or ?, so the swap is safe.
    return sql.replace("?", "%s")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _bad_url(url: str, why: str) -> str:
    # libpq quotes the address it could not read, password and all.
    given = re.match(r"[^:/]+://[^:@/]*:([^@/]+)@", url.strip())
    why = _first_line(ValueError(why))
    if given:
        why = why.replace(given.group(1), "…")
    return (
        f"The analytics database setting is not a PostgreSQL address ({why}). "
        "Write it as postgresql://user@host:5432/database; the password goes in the keyring."
    )
