"""The Insights view after a day of searches, a suggestion accepted, the rating, picker order."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from kbassist.analytics.database import EVENTS, SqliteEvents
from kbassist.analytics.insights import Day
from kbassist.analytics.recorder import Recorder
from kbassist.content.folder import Content, load_content
from kbassist.content.front_matter_edit import read_fields
from kbassist.paths import starter_content
from kbassist.ui.article.answer_card import AnswerCard
from kbassist.ui.composer.picker import TemplateModel
from kbassist.ui.editor.workspace import EditorWorkspace
from kbassist.ui.insights.accept import add_question_in_editor
from kbassist.ui.insights.chart import DailyChart
from kbassist.ui.insights.recording import UsageStatus, build_recorder, insights_source
from kbassist.ui.insights.view import InsightsView
from kbassist.ui.settings import ANALYTICS_DATABASE, RECORD_USAGE, AppSettings
from tests.analytics.clock import HandClock, a_day_of_searches
from tests.contentkit import article

WAIT_MS = 10_000


@pytest.fixture
def content(tmp_path: Path) -> Content:
    root = tmp_path / "content"
    article(root, "delivery/lost-parcel", "Lost parcels", "No update for 3 days.", summary="Wait.")
    article(root, "refunds", "Refunds", "Money back in 14 days.", summary="14 days.")
    article(root, "returns-policy", "Returns", "Return within 30 days.", summary="30 days.")
    return load_content(root, dt.date(2026, 11, 20))


@pytest.fixture
def usage(tmp_path: Path) -> Path:
    """A day of searches, recorded now (so it falls in the view's default period)."""
    path = tmp_path / "usage.sqlite3"
    clock = HandClock(dt.datetime.now(dt.UTC) - dt.timedelta(hours=3))
    recorder = Recorder(path, "maja", clock=clock)
    recorder.start()
    a_day_of_searches(recorder, clock)
    # The opened article ids as the content names them.
    assert recorder.flush()
    recorder.close()
    database = SqliteEvents(path)
    with database.transaction():
        database.execute(
            f"UPDATE {EVENTS} SET item = 'delivery/lost-parcel' WHERE item = 'lost-parcel'"
        )
    database.close()
    return path


def _view(qtbot: QtBot, usage: Path, content: Content, **options: object) -> InsightsView:
    view = InsightsView(lambda: SqliteEvents(usage), **options)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.set_content(content)
    with qtbot.waitSignal(view.loaded, timeout=WAIT_MS):
        view.refresh()
    return view


def _texts(view: InsightsView, name: str) -> list[str]:
    model = getattr(view, name).model
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_an_editor_sees_what_agents_could_not_find(
    qtbot: QtBot, usage: Path, content: Content
) -> None:
    view = _view(qtbot, usage, content)
    assert view.summary.text() == "Searches: 8 · agents: 1 · found nothing: 38%"
    assert [t.split(maxsplit=1) for t in _texts(view, "no_result")] == [
        ["2", "parcel lost"],
        ["1", "gift wrapping"],
    ]
    assert _texts(view, "nothing_opened") == ["   1  opening hours"]
    # Articles by their titles, not their ids.
    assert _texts(view, "top_articles")[0] == "   2  Lost parcels"
    assert _texts(view, "rated_no") == ["1 No · 0 Yes  Returns"]
    assert (
        _texts(view, "suggestions")[0] == "Add “parcel lost” to the questions of Lost parcels (2×)"
    )
    assert [d.searches for d in view.chart.days] == [8]
    view.shutdown()


def test_a_suggestion_is_accepted_into_the_article_in_the_editor(
    qtbot: QtBot, usage: Path, content: Content
) -> None:
    workspace = EditorWorkspace(content)
    qtbot.addWidget(workspace)
    messages: list[str] = []
    view = _view(
        qtbot,
        usage,
        content,
        add_question=lambda ident, q: add_question_in_editor(workspace, content, ident, q),
    )
    view.message.connect(messages.append)
    assert view.add_button.isEnabled()
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    document = workspace.current()
    assert document is not None and document.path.name == "lost-parcel.md"
    assert read_fields(document.text)["questions"] == ["parcel lost"]
    assert document.dirty  # the editor saves it, with its checks
    assert "save to keep it" in messages[-1]
    # The accepted suggestion leaves the list; the next one is chosen.
    assert _texts(view, "suggestions") == ["Add “money back” to the questions of Refunds (1×)"]
    document.source.document().setModified(False)
    view.shutdown()


def test_without_an_editor_the_suggestion_is_copied_as_yaml(
    qtbot: QtBot, usage: Path, content: Content
) -> None:
    messages: list[str] = []
    view = _view(qtbot, usage, content)
    view.message.connect(messages.append)
    assert not view.add_button.isEnabled() and view.copy_button.isEnabled()
    view.accept_current()
    assert QGuiApplication.clipboard().text() == 'questions:\n  - "parcel lost"\n'
    assert "front matter of Lost parcels" in messages[-1]
    view.shutdown()


def test_a_damaged_log_is_a_message_in_the_view(qtbot: QtBot, tmp_path: Path) -> None:
    broken = tmp_path / "usage.sqlite3"
    broken.write_bytes(b"not sqlite" * 500)
    view = InsightsView(lambda: SqliteEvents(broken))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.message, timeout=WAIT_MS) as said:
        view.refresh()
    assert "damaged" in str(said.args[0]) and "damaged" in view.summary.text()
    view.shutdown()


def test_the_chart_fills_days_without_searches(qtbot: QtBot) -> None:
    chart = DailyChart()
    qtbot.addWidget(chart)
    chart.resize(500, 200)
    first = dt.date(2026, 11, 1)
    chart.set_days([Day(first, 10, 2), Day(first + dt.timedelta(days=3), 4, 4)])
    assert [(d.searches, d.no_result) for d in chart.days] == [(10, 2), (0, 0), (0, 0), (4, 4)]
    assert "2026-11-01" in chart.accessibleDescription()
    image = chart.grab().toImage()
    # The bars are drawn in the highlight colour.
    highlight = chart.palette().color(chart.palette().ColorRole.Highlight)
    found = {image.pixelColor(x, y).name() for x in range(0, 500, 3) for y in range(0, 200, 3)}
    assert highlight.name() in found


def test_the_answer_card_asks_did_this_answer_it_once(qtbot: QtBot) -> None:
    card = AnswerCard()
    qtbot.addWidget(card)
    card.show()
    card.show_answer("Refunds", "Money back in 14 days.", "")
    assert card.rating.isVisible()
    with qtbot.waitSignal(card.answer_rated) as rated:
        qtbot.mouseClick(card.rating.no_button, Qt.MouseButton.LeftButton)
    assert rated.args == [False]
    with qtbot.assertNotEmitted(card.answer_rated):
        card.rating.rate(True)  # once per answer shown
    card.show_answer("Lost parcels", "Wait three days.", "")
    with qtbot.waitSignal(card.answer_rated) as rated:
        card.rating.rate(True)  # the window's key for Yes
    assert rated.args == [True]
    card.show_heading("Ljubljana centre", "Facility")
    assert not card.rating.isVisible()


def test_the_picker_lists_the_most_used_templates_first() -> None:
    loaded = load_content(starter_content(), dt.date(2026, 11, 20))
    model = TemplateModel()
    model.set_templates(loaded.replies.values())
    by_title = [t.id for t in model.templates()]
    assert len(by_title) >= 3
    used = [by_title[-1], by_title[-2]]
    model.set_order(used)
    # The used ones first, most used first; the rest keep their order by title.
    assert [t.id for t in model.templates()] == [*used, *by_title[:-2]]


def test_the_recorder_built_from_settings_reports_on_the_gui_thread(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = AppSettings(tmp_path / "kbassist.ini", tmp_path / "shared.json")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "usage.sqlite3").write_bytes(b"broken" * 1000)
    status = UsageStatus()
    with qtbot.waitSignal(status.message, timeout=WAIT_MS) as said:
        recorder = build_recorder(settings, status, data_folder=tmp_path / "data")
    assert "damaged" in str(said.args[0])
    recorder.search_settled("anything", [])  # paused: no crash
    recorder.close()
    assert recorder.paused


def test_recording_off_and_the_team_database_follow_the_settings(tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "kbassist.ini", tmp_path / "shared.json")
    settings.set(RECORD_USAGE, False)
    recorder = build_recorder(settings, UsageStatus(), data_folder=tmp_path)
    recorder.search_settled("refund", [])
    recorder.flush()
    recorder.close()
    assert SqliteEvents(tmp_path / "usage.sqlite3").count() == 0
    settings.set(ANALYTICS_DATABASE, "mysql://nope")
    with pytest.raises(Exception, match="not a PostgreSQL address"):
        insights_source(settings, data_folder=tmp_path)
    for wrong in ("mysql://kb:s3cret@db/kb", "host=db password=s3cret"):
        settings.set(ANALYTICS_DATABASE, wrong)
        with pytest.raises(Exception, match="not a PostgreSQL address") as said:
            insights_source(settings, data_folder=tmp_path)
        assert "s3cret" not in str(said.value)  # a message never shows a password


def test_the_usage_settings_are_stored_and_deleting_asks_first(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from kbassist.ui.insights.usage_settings import UsageSettingsBox
    from kbassist.ui.settings import USAGE_RETENTION_DAYS

    settings = AppSettings(tmp_path / "kbassist.ini", tmp_path / "shared.json")
    answers = [False, True]
    box = UsageSettingsBox(settings, confirm=lambda _parent: answers.pop(0))
    qtbot.addWidget(box)
    assert box.record.isChecked() and box.retention.value() == 90
    box.record.setChecked(False)
    box.retention.setValue(30)
    box.database.setText(" postgresql://maja@db.example/kb ")
    box.apply()
    assert settings.get(RECORD_USAGE) is False and settings.get(USAGE_RETENTION_DAYS) == 30
    assert settings.get(ANALYTICS_DATABASE) == "postgresql://maja@db.example/kb"
    with qtbot.assertNotEmitted(box.delete_requested):
        box.delete_button.click()  # cancelled
    with qtbot.waitSignal(box.delete_requested):
        box.delete_button.click()


def test_the_template_order_comes_from_the_log(tmp_path: Path) -> None:
    from kbassist.analytics.config import agent_identity
    from kbassist.ui.insights.recording import template_order
    from kbassist.ui.settings import RANK_TEMPLATES_BY_TEAM

    settings = AppSettings(tmp_path / "kbassist.ini", tmp_path / "shared.json")
    me = agent_identity(tmp_path)
    assert agent_identity(tmp_path) == me  # made once, then kept
    for agent, used in (("agent-on-another-computer", ["b", "b", "c"]), (me, ["a"])):
        recorder = Recorder(tmp_path / "usage.sqlite3", agent)
        recorder.start()
        for template in used:
            recorder.template_used(template)
        recorder.flush()
        recorder.close()
    assert template_order(settings, data_folder=tmp_path) == ["a", "b", "c"]
    settings.set(RANK_TEMPLATES_BY_TEAM, False)
    assert template_order(settings, data_folder=tmp_path) == ["a"]
    (tmp_path / "usage.sqlite3").write_bytes(b"damaged" * 100)
    for leftover in tmp_path.glob("usage.sqlite3-*"):
        leftover.unlink()
    assert template_order(settings, data_folder=tmp_path) == []
