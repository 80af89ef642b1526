"""A PostgreSQL server for the whole session, and a fresh database on it for each test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.analytics.pgserver import PostgresServer, PostgresUnavailableError


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A real server in a temporary folder; a missing installation fails, never skips."""
    try:
        server = PostgresServer()
        server.start()
    except PostgresUnavailableError as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield server
    finally:
        server.remove()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    """The address of an empty database of its own (the server restarted if a test stopped it)."""
    if not pg_server.running:
        pg_server.start()
    return pg_server.new_database()
