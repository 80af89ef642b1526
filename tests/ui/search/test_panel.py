"""The search column asks for a settled search once typing pauses, and marks results by meaning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kbassist.ui.search.panel import SETTLE_MS, SearchPanel
from kbassist.ui.search.result_delegate import BY_MEANING_LABEL
from kbassist.ui.search.results_model import ByMeaningRole, ResultItem


def panel_with_log(qtbot: QtBot) -> tuple[SearchPanel, list[tuple[str, str, str]]]:
    panel = SearchPanel("en")
    qtbot.addWidget(panel)
    settled: list[tuple[str, str, str]] = []
    panel.settled_search_requested.connect(lambda *query: settled.append(query))
    return panel, settled


def test_a_pause_in_typing_asks_once_for_the_settled_search(qtbot: QtBot) -> None:
    panel, settled = panel_with_log(qtbot)
    words: list[str] = []
    panel.search_requested.connect(lambda text, _kind, _lang: words.append(text))
    for letter in "parcel never came":
        qtbot.keyClicks(panel.search_box, letter)
        qtbot.wait(SETTLE_MS // 5)  # a typist faster than the pause
    assert settled == []  # never on a keystroke
    assert words  # the word search follows every keystroke
    with qtbot.waitSignal(panel.settled_search_requested, timeout=SETTLE_MS * 10):
        pass
    qtbot.wait(SETTLE_MS * 2)
    assert settled == [("parcel never came", "", "")]


def test_the_latest_query_is_the_one_settled(qtbot: QtBot) -> None:
    panel, settled = panel_with_log(qtbot)
    qtbot.keyClicks(panel.search_box, "refund")
    panel.search_box.clear()
    qtbot.keyClicks(panel.search_box, "lost parcel")
    qtbot.wait(SETTLE_MS * 3)
    assert settled == [("lost parcel", "", "")]


def test_an_empty_box_asks_for_nothing(qtbot: QtBot) -> None:
    panel, settled = panel_with_log(qtbot)
    qtbot.keyClicks(panel.search_box, "x")
    panel.search_box.clear()
    qtbot.wait(SETTLE_MS * 3)
    assert settled == []


def test_a_refresh_asks_for_the_settled_search_again(qtbot: QtBot) -> None:
    panel, settled = panel_with_log(qtbot)
    qtbot.keyClicks(panel.search_box, "refund")
    qtbot.wait(SETTLE_MS * 3)
    panel.refresh_settled()
    assert settled == [("refund", "", ""), ("refund", "", "")]


def test_results_found_by_meaning_are_marked(qtbot: QtBot) -> None:
    panel, _settled = panel_with_log(qtbot)
    panel.resize(420, 500)
    panel.show()
    qtbot.keyClicks(panel.search_box, "my parcel never came")
    items = [
        ResultItem("article", "delivery/late-deliveries", "Late deliveries", "Late…"),
        ResultItem("article", "delivery/lost-parcels", "Lost parcels", "We open…", by_meaning=True),
    ]
    panel.show_results(items, 2, None)
    model = panel.model
    assert [model.index(n, 0).data(ByMeaningRole) for n in range(2)] == [False, True]
    spoken = model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == f"Article: Lost parcels, {BY_MEANING_LABEL}"
    assert "some found by meaning" in panel.status.text()
    panel.show_results(items[:1], 1, None)
    assert "meaning" not in panel.status.text()
