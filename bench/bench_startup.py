"""Start-up of the app as an agent starts it: first paint, window ready, first results.

Each run is a process of its own that starts the app through `kbassist --content DIR` (the
command line's own path), with a fresh user folder per corpus. Measured from the moment the
process was started:
- `first_paint_s`: the first window of the app is painted;
- `window_s`: the main window is shown;
- `app_ready_s`: a query typed into the search box has its first results on screen;
- `content_s`: the content is loaded and the index up to date (the first reload finished);
- `rss_mb`: the resident memory of the process after the first reload, and its peak.
The first run of a corpus is a cold start (no index, no content snapshot: the index is
built, the bar shows progress); the runs after it are warm starts (cache in place).

Run under Xvfb for a real X11 window: `Xvfb :107 -screen 0 1600x1000x24 &` then
`DISPLAY=:107 .venv/bin/python -m bench.bench_startup --sizes 1000,10000 --runs 3`.
Prints one JSON line per run. Never passes or fails on time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD_TIMEOUT_S = 1800


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:  # noqa: PTH123 - Linux only
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def child(root: str, query: str, started: float) -> int:
    """In the measured process: start the app through the command line and watch it."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv)  # the app uses this one (it takes an existing instance)
    marks: dict[str, float] = {}

    def mark(name: str) -> None:
        marks.setdefault(name, round(time.time() - started, 3))

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            painted = event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
            if painted and watched.window().isVisible():  # type: ignore[attr-defined]
                mark("first_paint_s")
            return False

    watcher = FirstPaint()
    app.installEventFilter(watcher)

    def finish() -> None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        marks["rss_mb"] = round(_rss_mb(), 1)
        marks["peak_rss_mb"] = round(usage.ru_maxrss / 1024, 1)
        print(json.dumps(marks), flush=True)
        app.quit()

    def look() -> None:
        from kbassist.ui.main_window import MainWindow

        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
        if not windows or not windows[0].isVisible():
            QTimer.singleShot(5, look)
            return
        window = windows[0]
        mark("window_s")

        def shown(text: str) -> None:
            if text == query and window.search_panel.model.rowCount() > 0:
                mark("app_ready_s")
                if "content_s" in marks:
                    finish()

        def reloaded() -> None:
            mark("content_s")
            if "app_ready_s" in marks:
                finish()

        window.results_shown.connect(shown)
        window.content_reloaded.connect(reloaded)
        QTest.keyClicks(window.search_panel.search_box, query)

    QTimer.singleShot(0, look)
    from kbassist.cli import main

    return main(["--content", root])


def run_once(root: Path, home: Path, query: str) -> dict[str, object]:
    """One start of the app in a process of its own."""
    env = dict(os.environ)
    for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        env[var] = str(home / var.lower())
    env.setdefault("QT_QPA_PLATFORM", "xcb" if env.get("DISPLAY") else "offscreen")
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "bench.bench_startup", "--child", str(root), query, repr(started)],
        env=env,
        capture_output=True,
        text=True,
        timeout=CHILD_TIMEOUT_S,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        return {"error": (done.stderr or done.stdout)[-800:]}
    figures: dict[str, object] = json.loads(lines[-1])
    return figures


def main() -> int:
    """Start the app --runs times per corpus size and print a JSON line per start."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--query", default="refund")
    parser.add_argument("--work", type=Path, default=None, help="keep corpora here")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        root, query, started = args.child
        return child(root, query, float(started))
    from bench.corpus import generate

    with tempfile.TemporaryDirectory() as scratch:
        work = args.work or Path(scratch)
        for size in (int(s) for s in args.sizes.split(",")):
            root = work / f"corpus-{size}"
            if not (root / "articles").is_dir():
                generate(root, size)
            home = Path(scratch) / f"home-{size}"
            for run in range(args.runs):
                figures = run_once(root, home, args.query)
                line = {
                    "bench": "startup",
                    "platform": os.environ.get("QT_QPA_PLATFORM")
                    or ("xcb" if os.environ.get("DISPLAY") else "offscreen"),
                    "articles": size,
                    "start": "cold" if run == 0 else "warm",
                    **figures,
                }
                print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
