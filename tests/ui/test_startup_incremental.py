"""Start-up and live updates in the real window: a file changed on disk is searchable through
the watcher without a reload by hand; the next start begins from the saved content snapshot;
the start-up frame is painted before the main window is built."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from kbassist.ui.app import build_window
from kbassist.ui.main_window import MainWindow
from kbassist.ui.settings import SEMANTIC_SEARCH, AppSettings
from kbassist.ui.startup_frame import StartupFrame
from tests.contentkit import article

WAIT_MS = 60_000


def _content(root: Path) -> Path:
    article(root, "refunds/policy", "Refund policy", "Money back in 30 days.")
    article(root, "delivery/times", "Delivery times", "Parcels arrive in two days.")
    return root


def _open(qtbot: QtBot, root: Path) -> MainWindow:
    settings = AppSettings()
    settings.set(SEMANTIC_SEARCH, False)
    window = build_window(root, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.show()
        window.reload_content()
    return window


def _titles(window: MainWindow) -> list[str]:
    return [row.title for row in window.search_panel.model.rows()]


def _idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window._index_runner.pending() == 0, timeout=WAIT_MS)


def test_a_file_changed_on_disk_is_searchable_through_the_watcher(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _open(qtbot, _content(tmp_path / "content"))
    window.search_panel.search_box.setText("zeppelin")
    qtbot.waitUntil(lambda: window.search_panel.shown_query is not None, timeout=WAIT_MS)
    assert _titles(window) == []
    _idle(qtbot, window)
    article(tmp_path / "content", "delivery/times", "Zeppelin delivery", "By zeppelin.")
    qtbot.waitUntil(lambda: _titles(window) == ["Zeppelin delivery"], timeout=WAIT_MS)
    # Only that file was read again.
    assert window._worker_snapshot is not None
    assert window._worker_snapshot.reread == ["articles/delivery/times.md"]
    assert window.content is not None
    qtbot.waitUntil(
        lambda: (
            window.content is not None
            and window.content.articles["delivery/times"].title == "Zeppelin delivery"
        ),
        timeout=WAIT_MS,
    )
    # A new file and a delete are picked up the same way.
    _idle(qtbot, window)
    article(tmp_path / "content", "stores/zeppelin", "Zeppelin field", "Land here.")
    qtbot.waitUntil(lambda: "Zeppelin field" in _titles(window), timeout=WAIT_MS)
    _idle(qtbot, window)
    (tmp_path / "content" / "articles/delivery/times.md").unlink()
    qtbot.waitUntil(lambda: _titles(window) == ["Zeppelin field"], timeout=WAIT_MS)
    window.close()


def test_the_next_start_begins_from_the_saved_snapshot(qtbot: QtBot, tmp_path: Path) -> None:
    root = _content(tmp_path / "content")
    first = _open(qtbot, root)
    _idle(qtbot, first)  # the snapshot is saved after the first load
    first.close()
    second = _open(qtbot, root)
    snapshot = second._worker_snapshot
    assert snapshot is not None and snapshot.reread == []  # compared, nothing parsed again
    assert second.content is not None
    assert set(second.content.articles) == {"refunds/policy", "delivery/times"}
    second.close()


def test_the_start_up_frame_is_painted_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    frame = StartupFrame(tmp_path / "content", AppSettings())
    qtbot.addWidget(frame)
    frame.show()
    frame.paint_now()
    assert frame.isVisible()
    assert frame.windowTitle().endswith("content")
    frame.close()
