"""What a day of searches shows: failed searches, rankings, ratings, suggestions, exports, CLI."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from kbassist.analytics.database import SqliteEvents
from kbassist.analytics.export import export_events
from kbassist.analytics.insights import (
    articles_not_opened,
    read_insights,
    suggestions,
    template_ranking,
)
from kbassist.analytics.recorder import Recorder
from kbassist.cli import main
from tests.analytics.clock import START, HandClock, a_day_of_searches


@pytest.fixture
def day_log(tmp_path: Path) -> Path:
    path = tmp_path / "usage.sqlite3"
    clock = HandClock()
    recorder = Recorder(path, "maja", clock=clock)
    recorder.start()
    a_day_of_searches(recorder, clock)
    assert recorder.flush()
    recorder.close()
    return path


def test_a_day_of_searches_shows_what_agents_could_not_find(day_log: Path) -> None:
    database = SqliteEvents(day_log)
    insights = read_insights(database)
    assert insights.searches == 8 and insights.agents == 1
    assert [(c.label, c.count) for c in insights.no_result] == [
        ("parcel lost", 2),
        ("gift wrapping", 1),
    ]
    assert [c.label for c in insights.nothing_opened] == ["opening hours"]
    assert insights.top_searches[0].label in ("missing delivery", "parcel lost")
    assert [(c.key, c.count) for c in insights.top_articles] == [
        ("lost-parcel", 2),
        ("refunds", 1),
        ("returns-policy", 1),
    ]
    assert [(r.article_id, r.no, r.yes) for r in insights.rated_no] == [("returns-policy", 1, 0)]
    assert [(c.key, c.count) for c in insights.templates] == [("refund-confirmation", 1)]
    assert [(c.key, c.count) for c in insights.facilities] == [("ljubljana-center", 1)]
    assert [(d.day, d.searches, d.no_result) for d in insights.days] == [(START.date(), 8, 3)]
    assert insights.no_result_rate == pytest.approx(3 / 8)
    database.close()


def test_a_rephrased_search_suggests_a_question(day_log: Path) -> None:
    database = SqliteEvents(day_log)
    found = suggestions(database)
    assert [(s.query, s.article_id, s.times) for s in found] == [
        ("parcel lost", "lost-parcel", 2),
        ("money back", "refunds", 1),
    ]
    assert found[0].yaml() == 'questions:\n  - "parcel lost"\n'
    # An article that already has the question gets no suggestion for it.
    known = {"lost-parcel": ["Parcel  LOST"]}
    assert [s.query for s in suggestions(database, questions=known)] == ["money back"]
    database.close()


def test_since_leaves_out_older_events(day_log: Path) -> None:
    database = SqliteEvents(day_log)
    later = read_insights(database, START + dt.timedelta(days=1))
    assert later.searches == 0 and later.no_result == [] and later.suggestions == []
    database.close()


def test_templates_rank_by_my_use_then_the_teams(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    clock = HandClock()
    for agent, used in (("luka", ["b", "b", "b", "c"]), ("maja", ["a", "c"])):
        recorder = Recorder(path, agent, clock=clock)
        recorder.start()
        for template in used:
            recorder.template_used(template)
        recorder.flush()
        recorder.close()
    database = SqliteEvents(path)
    since = START - dt.timedelta(days=1)
    assert template_ranking(database, "maja", since) == ["c", "a", "b"]
    # Only mine, tied: by id.
    assert template_ranking(database, "maja", since, by_team=False) == ["a", "c"]
    database.close()


def test_articles_no_search_opened(day_log: Path) -> None:
    database = SqliteEvents(day_log)
    ids = ["lost-parcel", "refunds", "returns-policy", "store-hours", "warranty"]
    # The log does not reach back 30 days: no verdict rather than every article.
    assert articles_not_opened(database, ids, START - dt.timedelta(days=30)) is None
    assert articles_not_opened(database, ids, START) == ["store-hours", "warranty"]
    database.close()


def test_export_csv_and_jsonl(day_log: Path) -> None:
    database = SqliteEvents(day_log)
    text = io.StringIO()
    assert export_events(database, text, "csv") == database.count()
    rows = list(csv.DictReader(io.StringIO(text.getvalue())))
    assert rows[0]["kind"] == "search" and rows[0]["query"] == "parcel lost"
    assert rows[0]["at"].startswith("2026-11-20T09:00:00")
    lines = io.StringIO()
    export_events(database, lines, "jsonl", START + dt.timedelta(hours=1))
    parsed = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert parsed and all(p["at"] >= "2026-11-20T10:00" for p in parsed)
    assert {p["kind"] for p in parsed} == {"search"}
    database.close()


def test_the_command_line_reads_the_log(
    day_log: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The local log lives in the user's data folder; point the data folder at the test log.
    monkeypatch.setenv("XDG_DATA_HOME", str(day_log.parent))
    target = day_log.parent / "kbassist" / "usage.sqlite3"
    target.parent.mkdir()
    day_log.rename(target)
    for suffix in ("-wal", "-shm"):
        if Path(f"{day_log}{suffix}").exists():
            Path(f"{day_log}{suffix}").rename(f"{target}{suffix}")
    assert main(["insights"]) == 0
    out = capsys.readouterr().out
    assert "searches: 8 · agents: 1" in out
    assert "add 'parcel lost' to lost-parcel's questions (2×)" in out
    assert main(["insights", "--json", "--since", "2026-11-20"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["no_result"][0] == {"key": "parcel lost", "label": "parcel lost", "count": 2}
    out_file = day_log.parent / "events.jsonl"
    assert main(["insights", "export", "--format", "jsonl", "--output", str(out_file)]) == 0
    assert len(out_file.read_text("utf-8").splitlines()) == 19


def test_the_command_line_says_why_a_log_cannot_be_read(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["insights", "--database", "mysql://db/kb"]) == 2
    assert "not a PostgreSQL address" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exited:
        main(["insights", "--since", "yesterday"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "'yesterday' is not a date" in err


def test_the_command_line_reports_a_damaged_log(
    capsys: pytest.CaptureFixture[str], user_dirs: Path
) -> None:
    damaged = user_dirs / "data" / "kbassist" / "usage.sqlite3"
    damaged.parent.mkdir(parents=True)
    damaged.write_bytes(b"garbage" * 1000)
    assert main(["insights"]) == 2
    err = capsys.readouterr().err
    assert "damaged" in err and str(damaged) in err


def test_another_agents_rephrasing_is_not_a_suggestion(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    # Luka's search finds nothing; ten seconds later Maja, on another computer, asks
    # something else and opens an article. Luka's question has nothing to do with it.
    luka_clock, maja_clock = HandClock(), HandClock(START + dt.timedelta(seconds=10))
    luka = Recorder(path, "luka", clock=luka_clock)
    luka.start()
    luka.search_settled("parcel lost", [])
    assert luka.flush()
    luka.close()
    maja = Recorder(path, "maja", clock=maja_clock)
    maja.start()
    maja.search_settled("opening hours", ["store-hours"])
    maja_clock.advance(5)
    maja.article_opened("store-hours", 1)
    assert maja.flush()
    maja.close()
    database = SqliteEvents(path)
    assert suggestions(database) == []
    # The same within one agent is a suggestion: the check above is not vacuous.
    same = Recorder(path, "luka", clock=luka_clock)
    same.start()
    luka_clock.advance(20)
    same.search_settled("opening hours", ["store-hours"])
    luka_clock.advance(5)
    same.article_opened("store-hours", 1)
    assert same.flush()
    same.close()
    assert [(s.query, s.article_id) for s in suggestions(database)] == [
        ("parcel lost", "store-hours")
    ]
    database.close()


def test_a_query_with_personal_data_scrubbed_out_is_never_suggested(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    clock = HandClock()
    recorder = Recorder(path, "maja", clock=clock)
    recorder.start()
    for failed in ("refund to ana.novak@gmail.com", "parcel for SW1A 1AA"):
        recorder.search_settled(failed, [])
        clock.advance(10)
        recorder.search_settled(f"refunds {failed[:3]}", ["refunds"])
        clock.advance(5)
        recorder.article_opened("refunds", 1)
        clock.advance(600)
    assert recorder.flush()
    recorder.close()
    database = SqliteEvents(path)
    assert [c.label for c in read_insights(database).no_result] == [
        "parcel for <postcode>",
        "refund to <email>",
    ]
    assert suggestions(database) == []
    database.close()


def test_only_the_article_the_rephrase_opened_is_suggested(tmp_path: Path) -> None:
    path = tmp_path / "usage.sqlite3"
    clock = HandClock()
    recorder = Recorder(path, "luka", clock=clock)
    recorder.start()
    recorder.search_settled("kettle sparked", [])
    clock.advance(10)
    recorder.search_settled("electrical warranty", ["warranty/electrical"])
    clock.advance(5)
    recorder.article_opened("warranty/electrical", 1)
    # Reading on within the minute: another article, from another search.
    clock.advance(10)
    recorder.search_settled("opening hours", ["hours/stores"])
    clock.advance(5)
    recorder.article_opened("hours/stores", 1)
    assert recorder.flush()
    recorder.close()
    database = SqliteEvents(path)
    try:
        found = [(s.query, s.article_id) for s in suggestions(database)]
    finally:
        database.close()
    assert found == [("kettle sparked", "warranty/electrical")]
