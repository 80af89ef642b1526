"""The team's log on a real PostgreSQL server: schema, two agents, and a server that goes down."""

from __future__ import annotations

import io
import json
import threading
import time
from pathlib import Path

import psycopg
import pytest

from kbassist.analytics.database import (
    OUTBOX,
    SCHEMA_VERSION,
    AnalyticsDatabaseError,
    SqliteEvents,
)
from kbassist.analytics.events import Event, EventKind, new_id, to_ms
from kbassist.analytics.insights import read_insights, suggestions
from kbassist.analytics.postgres import PostgresEvents, keyring_host, shown_url
from kbassist.analytics.recorder import Recorder
from kbassist.cli import main
from tests.analytics.clock import START, HandClock, a_day_of_searches
from tests.analytics.pgserver import PASSWORD, PostgresServer
from tests.analytics.test_recorder import Messages


def _recorder(tmp_path: Path, agent: str, url: str, **options: object) -> Recorder:
    return Recorder(
        tmp_path / f"{agent}.sqlite3",
        agent,
        team=lambda: PostgresEvents(url),
        **options,  # type: ignore[arg-type]
    )


def test_the_schema_is_created_once_and_versioned(pg_url: str) -> None:
    first = PostgresEvents(pg_url)
    second = PostgresEvents(pg_url)  # a second app finds it made
    assert second.rows("SELECT version FROM schema_version") == [(SCHEMA_VERSION,)]
    assert second.count() == 0
    first.close()
    second.close()


def test_a_schema_from_a_newer_version_is_refused_with_a_message(pg_url: str) -> None:
    PostgresEvents(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as db:
        db.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(Exception, match="newer KB Assist"):
        PostgresEvents(pg_url)


def test_two_agents_write_to_one_database_and_insights_read_both(
    tmp_path: Path, pg_url: str
) -> None:
    for agent in ("maja", "luka"):
        clock = HandClock()
        recorder = _recorder(tmp_path, agent, pg_url, clock=clock)
        recorder.start()
        a_day_of_searches(recorder, clock)
        assert recorder.flush()
        recorder.close()
        # Delivered: nothing left waiting on the agent's computer.
        local = SqliteEvents(tmp_path / f"{agent}.sqlite3")
        assert local.count(OUTBOX) == 0
        local.close()
    team = PostgresEvents(pg_url)
    insights = read_insights(team)
    assert insights.agents == 2 and insights.searches == 16
    assert [(c.label, c.count) for c in insights.no_result] == [
        ("parcel lost", 4),
        ("gift wrapping", 2),
    ]
    assert [(s.query, s.article_id, s.times) for s in suggestions(team)] == [
        ("parcel lost", "lost-parcel", 4),
        ("money back", "refunds", 2),
    ]
    assert [d.searches for d in insights.days] == [16]
    team.close()


def test_events_reach_the_server_once_and_in_order_across_an_outage(
    tmp_path: Path, pg_server: PostgresServer, pg_url: str
) -> None:
    messages = Messages()
    recorder = _recorder(tmp_path, "maja", pg_url, on_status=messages, retry_s=0.2)
    recorder.start()
    total = 600
    recorded = threading.Event()

    def record() -> None:
        for n in range(total):
            recorder.template_used(f"t{n:04d}")
            time.sleep(0.002)
        recorded.set()

    writer = threading.Thread(target=record)
    writer.start()
    # Let some batches through, then take the server down while events keep coming.
    deadline = time.monotonic() + 30
    while _count(pg_url) < 50 and time.monotonic() < deadline:
        time.sleep(0.01)
    pg_server.stop()
    assert recorded.wait(60)
    writer.join()
    assert recorder.flush(30)
    local = SqliteEvents(tmp_path / "maja.sqlite3")
    assert local.count(OUTBOX) > 0  # kept while the server is down
    assert any("cannot be reached" in m for m in messages.seen)
    pg_server.start()
    deadline = time.monotonic() + 60
    while local.count(OUTBOX) and time.monotonic() < deadline:
        time.sleep(0.1)
    recorder.close()
    assert local.count(OUTBOX) == 0
    local.close()
    with psycopg.connect(pg_url) as db:
        items = [row[0] for row in db.execute("SELECT item FROM events ORDER BY seq")]
    assert items == [f"t{n:04d}" for n in range(total)]
    assert any("back" in m for m in messages.seen)


def test_an_event_delivered_twice_is_stored_once(tmp_path: Path, pg_url: str) -> None:
    events = [
        Event(new_id(), 1_700_000_000_000 + n, "maja", EventKind.TEMPLATE, item=f"t{n}")
        for n in range(10)
    ]
    team = PostgresEvents(pg_url)
    team.insert_events(events[:6])  # delivered, but the outbox was not cleared (a crash)
    local = SqliteEvents(tmp_path / "maja.sqlite3")
    local.insert_events(events, OUTBOX)
    local.close()
    recorder = _recorder(tmp_path, "maja", pg_url, retention_days=0)
    recorder.start()
    assert recorder.flush()
    recorder.close()
    assert team.count() == 10
    assert [r[0] for r in team.rows("SELECT item FROM events ORDER BY seq")] == [
        f"t{n}" for n in range(10)
    ]
    team.close()


def test_a_server_down_at_start_gets_the_events_later(tmp_path: Path, pg_url: str) -> None:
    messages = Messages()
    target = {"url": "postgresql://test@127.0.0.1:1/none"}
    recorder = Recorder(
        tmp_path / "maja.sqlite3",
        "maja",
        team=lambda: PostgresEvents(target["url"]),
        on_status=messages,
        retry_s=0.2,
    )
    recorder.start()
    recorder.search_settled("parcel lost", [])
    assert recorder.flush()
    assert messages.arrived.wait(10)
    assert "cannot be reached" in messages.seen[0]
    assert "127.0.0.1:1" in messages.seen[0] and "Usage events are kept" in messages.seen[0]
    target["url"] = pg_url  # the server is back
    deadline = time.monotonic() + 30
    while _count(pg_url) < 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    recorder.close()
    assert _count(pg_url) == 1


def test_delete_my_history_reaches_the_team_database(tmp_path: Path, pg_url: str) -> None:
    for agent in ("maja", "luka"):
        recorder = _recorder(tmp_path, agent, pg_url)
        recorder.start()
        recorder.search_settled(f"{agent} asks", [])
        assert recorder.flush()
        assert _count(pg_url) >= 1  # delivered before the deletion is asked for
        if agent == "maja":
            recorder.delete_my_history()
            assert recorder.flush()
        recorder.close()
    team = PostgresEvents(pg_url)
    assert [r[0] for r in team.rows("SELECT agent FROM events")] == ["luka"]
    team.close()


def test_delete_my_history_waits_for_a_server_that_is_down(
    tmp_path: Path, pg_server: PostgresServer, pg_url: str
) -> None:
    messages = Messages()
    recorder = _recorder(tmp_path, "maja", pg_url, on_status=messages, retry_s=0.2)
    recorder.start()
    recorder.search_settled("maja asks", [])
    assert recorder.flush()
    assert _count(pg_url) == 1
    pg_server.stop()
    recorder.delete_my_history()
    recorder.search_settled("asked after the deletion", [])
    assert recorder.flush()
    assert any("as soon as it is back" in m for m in messages.seen)
    recorder.close()  # the request waits in the outbox across a restart of the app
    pg_server.start()
    recorder = _recorder(tmp_path, "maja", pg_url, on_status=messages, retry_s=0.2)
    recorder.start()
    assert recorder.flush()
    recorder.close()
    with psycopg.connect(pg_url) as db:
        queries = [row[0] for row in db.execute("SELECT query FROM events ORDER BY seq")]
    assert queries == ["asked after the deletion"]
    assert messages.seen[-1] == "Your usage history was deleted."


def test_the_command_line_reads_the_team_database(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = HandClock()
    recorder = _recorder(tmp_path, "maja", pg_url, clock=clock)
    recorder.start()
    a_day_of_searches(recorder, clock)
    recorder.flush()
    recorder.close()
    assert main(["insights", "--json", "--database", pg_url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["searches"] == 8 and data["suggestions"][0]["article"] == "lost-parcel"
    assert data["days"] == [{"day": START.date().isoformat(), "searches": 8, "no_result": 3}]
    assert main(["insights", "export", "--format", "csv", "--database", pg_url]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 20


def test_an_unreachable_server_is_a_message_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["insights", "--database", "postgresql://test:secret@127.0.0.1:1/kb"]) == 2
    err = capsys.readouterr().err
    assert "cannot be reached" in err and "secret" not in err


def test_the_keyring_entry_names_the_server() -> None:
    assert keyring_host("postgresql://bob@db.example:5433/kb") == (
        "bob",
        "postgresql://db.example:5433/kb",
    )
    assert shown_url("postgresql://bob:pw@db.example/kb") == "postgresql://bob@db.example:5432/kb"


def _count(url: str) -> int:
    try:
        with psycopg.connect(url, connect_timeout=2) as db:
            found = db.execute("SELECT COUNT(*) FROM events").fetchone()
    except psycopg.Error:
        return 0
    return int(found[0]) if found else 0


def test_the_password_comes_from_the_keyring(
    pg_server: PostgresServer,
    pg_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bare = pg_url.replace(f":{PASSWORD}@", "@")
    assert bare != pg_url
    with pytest.raises(AnalyticsDatabaseError, match="cannot be reached"):
        PostgresEvents(bare)  # the server asks for a password and none is saved
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["insights", "password", "--database", bare]) == 0
    assert "saved in the system keyring" in capsys.readouterr().out
    try:
        PostgresEvents(bare).close()
        assert main(["insights", "--database", bare]) == 0
    finally:
        assert main(["insights", "password", "--forget", "--database", bare]) == 0
    assert "Password removed." in capsys.readouterr().out


def test_retention_purges_my_old_events_in_the_team_database_and_the_outbox(
    tmp_path: Path, pg_url: str
) -> None:
    old = to_ms(START) - 91 * 86_400_000
    team = PostgresEvents(pg_url)
    team.insert_events(
        [
            Event(new_id(), old, "maja", EventKind.TEMPLATE, item="maja-old"),
            Event(new_id(), old, "luka", EventKind.TEMPLATE, item="luka-old"),
            Event(new_id(), to_ms(START), "maja", EventKind.TEMPLATE, item="maja-new"),
        ]
    )
    local = SqliteEvents(tmp_path / "maja.sqlite3")
    # Waited in the outbox longer than the retention (the server was away for months).
    local.insert_events([Event(new_id(), old, "maja", EventKind.TEMPLATE, item="stale")], OUTBOX)
    local.close()
    recorder = _recorder(tmp_path, "maja", pg_url, clock=HandClock(), retention_days=90)
    recorder.start()
    assert recorder.flush()
    recorder.close()
    items = sorted(r[0] for r in team.rows("SELECT item FROM events"))
    assert items == ["luka-old", "maja-new"]  # another agent's retention is theirs to apply
    team.close()


@pytest.mark.parametrize(
    "url",
    ["postgresql://kb:s3cret@db/kb?bogus=1", "postgresql://kb:s3cret@[db/kb"],
)
def test_a_malformed_address_is_a_message_without_its_password(url: str) -> None:
    with pytest.raises(AnalyticsDatabaseError, match="not a PostgreSQL address") as said:
        PostgresEvents(url)
    assert "s3cret" not in str(said.value) and "\n" not in str(said.value)
