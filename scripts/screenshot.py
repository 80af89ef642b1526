"""Renders the main window over the starter content with a real query, to a PNG file.

Usage: .venv/bin/python scripts/screenshot.py [OUT.png] [--query TEXT] [--open KIND:ID] [--dark]
       [--size WxH] [--scale 1.3] [--edit] [--review] [--facilities PLACE] [--language sl]
       [--insights]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A throwaway user: the screenshot must not depend on, or change, anyone's settings or index.
_home = tempfile.mkdtemp(prefix="kbassist-shot-")
for _var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
    os.environ[_var] = str(Path(_home) / _var.lower())

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kbassist.analytics.config import local_usage_file  # noqa: E402
from kbassist.analytics.recorder import Recorder  # noqa: E402
from kbassist.paths import starter_content  # noqa: E402
from kbassist.search.schema import split_item_key  # noqa: E402
from kbassist.ui.app import build_window  # noqa: E402
from kbassist.ui.main_window import MainWindow  # noqa: E402
from kbassist.ui.settings import (  # noqa: E402
    AGENT_NAME,
    INTERFACE_LANGUAGE,
    TEXT_SCALE,
    THEME,
    AppSettings,
)
from kbassist.ui.theme import apply_theme  # noqa: E402
from kbassist.ui.translators import install_translators  # noqa: E402


def _wait(signal: object, ms: int = 20000) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _seed_usage() -> None:
    """A day of two agents' searches in the throwaway user's usage log, for --insights."""
    start = dt.datetime.now(dt.UTC) - dt.timedelta(hours=20)
    for agent, offset in (("Sam Taylor", 0), ("Ana Novak", 7)):
        clock = [start + dt.timedelta(minutes=offset)]

        def now(moment: list[dt.datetime] = clock) -> dt.datetime:
            return moment[0]

        recorder = Recorder(local_usage_file(), agent, clock=now)
        recorder.start()
        day = [
            ("my parcel never turned up", [], None),
            ("lost parcel", ["delivery/lost-parcels"], "delivery/lost-parcels"),
            ("sofa leg snapped", [], None),
            (
                "refund",
                ["refunds/refund-policy", "refunds/refund-methods"],
                "refunds/refund-policy",
            ),
            ("money back damaged", ["returns/damaged-or-faulty-items"], None),
            ("klarna", ["payments/klarna-pay-in-3"], "payments/klarna-pay-in-3"),
            ("parcel never arrived", [], None),
            (
                "where is my parcel",
                ["delivery/tracking-your-order"],
                "delivery/tracking-your-order",
            ),
        ]
        for hour in range(6):
            for query, shown, opened in day:
                clock[0] += dt.timedelta(seconds=20)
                recorder.search_settled(query, shown)
                if opened:
                    clock[0] += dt.timedelta(seconds=15)
                    recorder.article_opened(opened, 1)
            recorder.rated("refunds/refund-policy", hour % 3 != 0)
            clock[0] += dt.timedelta(minutes=50)
        recorder.flush()
        recorder.close()


def main() -> int:
    """Build the window, search, open the first result (or the given item), save a PNG."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", default="docs/screenshot.png")
    parser.add_argument("--query", default="refund money back")
    parser.add_argument(
        "--open", dest="open_key", help="item to open, e.g. article:refunds/refund-policy"
    )
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--scale", type=float, default=1.0, help="text size, e.g. 1.3")
    parser.add_argument("--edit", action="store_true", help="open the item in the Write tab")
    parser.add_argument("--review", action="store_true", help="show the Review panel")
    parser.add_argument("--facilities", metavar="PLACE", help="find facilities near PLACE")
    parser.add_argument(
        "--language", default="en", help="interface language: en, sl, hr, el or zh_CN"
    )
    parser.add_argument(
        "--insights", action="store_true", help="a day of searches, and the Insights panel"
    )
    args = parser.parse_args()
    if args.insights:
        _seed_usage()
    app = QApplication(sys.argv)
    settings = AppSettings()
    settings.set(AGENT_NAME, "Sam Taylor")
    settings.set(THEME, "dark" if args.dark else "light")
    settings.set(TEXT_SCALE, args.scale)
    settings.set(INTERFACE_LANGUAGE, args.language)
    install_translators(app, settings.get(INTERFACE_LANGUAGE))
    apply_theme(app, settings.get(THEME))
    window: MainWindow = build_window(starter_content(), settings)
    width, height = (int(v) for v in args.size.split("x"))
    window.resize(width, height)
    window.show()
    window.reload_content()
    _wait(window.content_reloaded)
    window.search_panel.search_box.setText(args.query)
    _wait(window.results_shown)
    if args.open_key:
        window.open_item(*split_item_key(args.open_key))
    else:
        window.search_panel.open_selected()
    window.search_panel.search_box.setFocus()
    if args.edit:
        window.edit_current()
    if args.review:
        window.toggle_review()
    if args.insights:
        window.toggle_insights()
        _wait(window.insights.loaded, 5000) if window.insights is not None else None
    if args.facilities:
        window.actions_by_name["find_facility"].trigger()
        finder = window.finder
        box = getattr(finder, "location_box", None)
        if box is not None:
            box.setText(args.facilities)
            finder.search_now()  # type: ignore[union-attr]
    for _ in range(5):
        app.processEvents()
    QTimer.singleShot(600, app.quit)  # the preview and the panels render after a pause
    app.exec()
    window.grab().save(args.out)
    print(args.out)
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
