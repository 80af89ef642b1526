"""The window tells the usage log what the agent did: a settled search with what it showed,
the article opened from it and its rank, the rating, the template and how the reply left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kbassist.analytics.config import local_usage_file
from kbassist.analytics.database import EVENTS, SqliteEvents
from kbassist.ui.composer.composer import ComposerWidget
from kbassist.ui.insights.hooks import UsageHooks
from kbassist.ui.main_window import MainWindow
from kbassist.ui.settings import RECORD_USAGE, AppSettings
from tests.conftest import STARTER
from tests.ui.test_workspace import _open_window

WAIT_MS = 20000


def _window(qtbot: QtBot, *, record: bool = True) -> MainWindow:
    settings = AppSettings()
    settings.set(RECORD_USAGE, record)
    return _open_window(qtbot, STARTER, settings=settings)


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = _window(qtbot)
    yield win
    win.close()


def _events(window: MainWindow) -> list[tuple[str, str, int | None, str]]:
    hooks = window.findChild(UsageHooks)
    assert hooks is not None
    assert hooks.recorder.flush()
    database = SqliteEvents(local_usage_file())
    try:
        rows = database.rows(f"SELECT kind, item, rank, query FROM {EVENTS} ORDER BY seq")
    finally:
        database.close()
    return [(str(k), str(i), r, str(q)) for k, i, r, q in rows]


def _settle(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Type text and wait for the pause that makes it a settled search."""
    panel = window.search_panel
    with qtbot.waitSignal(panel.settled_search_requested, timeout=WAIT_MS):
        qtbot.keyClicks(panel.search_box, text)


def test_a_settled_search_and_the_article_opened_from_it_are_recorded_with_its_rank(
    qtbot: QtBot, window: MainWindow
) -> None:
    _settle(qtbot, window, "refund policy")
    first = window.search_panel.model.rows()[0]
    assert first.kind == "article"
    qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.article_view.shown_article is not None, timeout=WAIT_MS)
    events = _events(window)
    kinds = [kind for kind, *_ in events]
    assert kinds.count("search") == 1  # the settled search, not one per keystroke
    search = next(e for e in events if e[0] == "search")
    assert search[3] == "refund policy"
    opened = next(e for e in events if e[0] == "open")
    assert (opened[1], opened[2]) == (first.id, 1)


def test_the_rating_key_records_whether_the_answer_helped(qtbot: QtBot, window: MainWindow) -> None:
    window.open_item("article", "refunds/refund-policy")
    qtbot.waitUntil(lambda: window.article_view.card.rating.isVisible(), timeout=WAIT_MS)
    window.actions_by_name["rate_answer_no"].trigger()
    window.actions_by_name["rate_answer_yes"].trigger()  # once per answer: ignored
    ratings = [e for e in _events(window) if e[0] == "rating"]
    assert [e[1] for e in ratings] == ["refunds/refund-policy"]


def test_a_template_chosen_and_a_reply_copied_are_recorded_without_its_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    composer = window.composer
    assert isinstance(composer, ComposerWidget)
    composer.picker.chosen.emit("closing/case-resolved")
    composer.went_out.emit("closing/case-resolved", "copied")
    events = _events(window)
    assert ("template", "closing/case-resolved") in [(k, i) for k, i, *_ in events]
    database = SqliteEvents(local_usage_file())
    try:
        details = database.rows(f"SELECT detail FROM {EVENTS} WHERE kind = 'reply'")
    finally:
        database.close()
    assert details == [("copied",)]


def test_with_recording_off_nothing_is_written(qtbot: QtBot) -> None:
    window = _window(qtbot, record=False)
    try:
        _settle(qtbot, window, "refund policy")
        window.open_item("article", "refunds/refund-policy")
        assert _events(window) == []
    finally:
        window.close()


def test_a_filtered_search_that_lists_templates_is_not_a_search_that_found_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    _settle(qtbot, window, "kind:reply late delivery")
    first = window.search_panel.model.rows()[0]
    assert first.kind == "reply"
    qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_Return)
    hooks = window.findChild(UsageHooks)
    assert hooks is not None and hooks.recorder.flush()
    database = SqliteEvents(local_usage_file())
    try:
        results = database.rows(f"SELECT results FROM {EVENTS} WHERE kind = 'search'")
        templates = database.rows(f"SELECT item FROM {EVENTS} WHERE kind = 'template'")
    finally:
        database.close()
    assert results and results[0][0] > 0
    assert templates == [(first.id,)]
