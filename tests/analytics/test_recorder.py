"""The recorder: a writer thread, scrubbing before storing, retention, deletion, and failures."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading
import time
from pathlib import Path

from kbassist.analytics.config import agent_identity
from kbassist.analytics.database import EVENTS, SqliteEvents
from kbassist.analytics.events import EventKind, ReplyOutcome, to_ms
from kbassist.analytics.recorder import Recorder
from kbassist.analytics.scrub import Scrubber
from tests.analytics.clock import HandClock


class Messages:
    """What the recorder told the status bar, from whichever thread."""

    def __init__(self) -> None:
        self.seen: list[str] = []
        self.arrived = threading.Event()

    def __call__(self, message: str) -> None:
        self.seen.append(message)
        self.arrived.set()


def _rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute(
            f"SELECT kind, query, item, rank, results, shown, search, detail FROM {EVENTS} "
            "ORDER BY seq"
        ).fetchall()


def test_events_are_written_by_the_writer_thread_with_queries_scrubbed(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    clock = HandClock()
    recorder = Recorder(path, "maja", Scrubber([r"\bLK-\d{6}\b"]), clock=clock)
    recorder.start()
    recorder.search_settled("order LK-123456 for ana@example.com", ["late-orders", "refunds"])
    recorder.article_opened("late-orders", 1)
    recorder.summary_copied("late-orders")
    recorder.template_used("late-apology")
    recorder.reply_done("late-apology", ReplyOutcome.MAILED)
    recorder.facility_looked_up("ljubljana-center", "postcode")
    recorder.rated("late-orders", answered=False)
    assert recorder.flush()
    recorder.close()
    rows = _rows(path)
    assert [row[0] for row in rows] == [
        "search",
        "open",
        "summary-copied",
        "template",
        "reply",
        "facility",
        "rating",
    ]
    search = rows[0]
    assert search[1] == "order <order> for <email>"
    assert (search[4], search[5]) == (2, "late-orders,refunds")
    with sqlite3.connect(path) as db:
        search_id = db.execute(f"SELECT id FROM {EVENTS} WHERE kind = 'search'").fetchone()[0]
    assert rows[1][2:4] == ("late-orders", 1) and rows[1][6] == search_id
    assert rows[4][7] == "mailed" and rows[5][7] == "postcode" and rows[6][7] == "no"
    # The rating belongs to the search the article was opened from.
    assert rows[6][6] == search_id
    # Nothing of the customer's in any column.
    text = repr(rows)
    assert "LK-123456" not in text and "ana@example.com" not in text


def test_a_query_settling_again_at_once_is_one_search(tmp_path: Path) -> None:
    clock = HandClock()
    recorder = Recorder(tmp_path / "u.sqlite3", "maja", clock=clock)
    recorder.start()
    recorder.search_settled("refund", ["refunds"])
    clock.advance(2)
    recorder.search_settled("refund", ["refunds"])
    clock.advance(60)
    recorder.search_settled("refund", ["refunds"])
    recorder.flush()
    recorder.close()
    assert len(_rows(tmp_path / "u.sqlite3")) == 2


def test_recording_off_records_nothing(tmp_path: Path) -> None:
    recorder = Recorder(tmp_path / "u.sqlite3", "maja", enabled=False)
    recorder.start()
    recorder.search_settled("refund", ["refunds"])
    recorder.flush()
    recorder.close()
    assert _rows(tmp_path / "u.sqlite3") == []


def test_old_events_are_purged_at_start(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    clock = HandClock()
    first = Recorder(path, "maja", clock=clock, retention_days=90)
    first.start()
    first.search_settled("old question", [])
    clock.advance(89 * 86400)
    first.search_settled("recent question", [])
    first.flush()
    first.close()
    clock.advance(2 * 86400)  # the first event is now 91 days old
    second = Recorder(path, "maja", clock=clock, retention_days=90)
    second.start()
    second.flush()
    second.close()
    assert [row[1] for row in _rows(path)] == ["recent question"]


def test_delete_my_history_forgets_only_mine(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    clock = HandClock()
    other = Recorder(path, "luka", clock=clock)
    other.start()
    other.search_settled("luka asks", [])
    other.flush()
    other.close()
    messages = Messages()
    mine = Recorder(path, "maja", clock=clock, on_status=messages)
    mine.start()
    mine.search_settled("maja asks", [])
    mine.delete_my_history()
    mine.flush()
    mine.close()
    assert [row[1] for row in _rows(path)] == ["luka asks"]
    assert messages.seen == ["Your usage history was deleted."]


def test_recording_costs_the_caller_almost_nothing(tmp_path: Path) -> None:
    recorder = Recorder(tmp_path / "u.sqlite3", "maja")
    recorder.start()
    began = time.perf_counter()
    for n in range(2000):
        recorder.search_settled(f"question {n} to maja@example.com", ["a", "b"])
    per_call = (time.perf_counter() - began) / 2000
    recorder.flush(30)
    recorder.close()
    # Generous on a loaded machine; the caller never waits for the disk.
    assert per_call < 0.002
    assert len(_rows(tmp_path / "u.sqlite3")) == 2000


def test_a_damaged_database_pauses_recording_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    messages = Messages()
    recorder = Recorder(path, "maja", on_status=messages)
    recorder.start()
    assert messages.arrived.wait(10)
    recorder.search_settled("refund", [])  # no crash, nothing queued
    recorder.close()
    assert recorder.paused
    assert "damaged" in messages.seen[0] and str(path) in messages.seen[0]
    assert "Delete my usage history" in messages.seen[0]


def test_delete_my_history_replaces_a_damaged_database(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    messages = Messages()
    recorder = Recorder(path, "maja", on_status=messages)
    recorder.start()
    assert messages.arrived.wait(10)
    assert recorder.paused
    recorder.delete_my_history()
    assert recorder.flush()
    assert not recorder.paused
    recorder.search_settled("recorded again", [])
    recorder.close()
    assert "replaced by a new one" in messages.seen[1]
    assert messages.seen[-1] == "Your usage history was deleted."
    assert [row[1] for row in _rows(path)] == ["recorded again"]


def test_a_locked_database_pauses_recording_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    SqliteEvents(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        messages = Messages()
        recorder = Recorder(path, "maja", on_status=messages, retention_days=0)
        recorder.start()
        recorder.search_settled("refund", [])
        assert recorder.flush(30)
        recorder.search_settled("after the lock", [])
        recorder.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert recorder.paused
    assert "locked" in messages.seen[0]


def test_insights_read_while_the_writer_writes(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    recorder = Recorder(path, "maja")
    recorder.start()
    reader = SqliteEvents(path)
    for n in range(300):
        recorder.search_settled(f"q{n}", [])
        if n % 100 == 0:
            reader.count()
    recorder.flush()
    recorder.close()
    assert reader.count() == 300
    reader.close()


def test_events_carry_their_time(tmp_path: Path) -> None:
    clock = HandClock(dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC))
    recorder = Recorder(tmp_path / "u.sqlite3", "maja", clock=clock)
    recorder.start()
    recorder.template_used("thanks")
    recorder.flush()
    recorder.close()
    with sqlite3.connect(tmp_path / "u.sqlite3") as db:
        at_ms, kind = db.execute(f"SELECT at_ms, kind FROM {EVENTS}").fetchone()
    assert at_ms == to_ms(clock.now) and kind == str(EventKind.TEMPLATE)


def test_each_installation_records_under_its_own_agent_id(tmp_path: Path) -> None:
    # Two agents who left their name empty are still two agents.
    first, second = agent_identity(tmp_path / "one"), agent_identity(tmp_path / "two")
    assert first != second and first.startswith("agent-")
    assert agent_identity(tmp_path / "one") == first
