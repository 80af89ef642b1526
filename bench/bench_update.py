"""How long one changed article takes to become searchable, and what loading content costs.

For each corpus size it prints JSON lines:
- `content_load`: a full `load_content` (every file parsed), the first load of a
  `ContentSnapshot` (the same, plus what it keeps), a full refresh with nothing changed,
  a refresh for one changed file, restoring the snapshot from the cache, and the index
  update for one changed file;
- `one_changed_file_searchable`: through the app's own path, in the real main window — the
  file is written, the content watcher notices, the index thread re-reads it and updates the
  index, and the search on screen shows the new text: milliseconds from the write until the
  results with the changed article are shown.

Under Xvfb (DISPLAY set) the window is a real X11 one; otherwise Qt's offscreen platform.
Never passes or fails on time.

Usage: .venv/bin/python -m bench.bench_update [--sizes 1000,10000] [--changes 10]
       [--work DIR]   (a folder to keep generated corpora in between runs)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import string
import sys
import tempfile
import time
from pathlib import Path

_home = tempfile.mkdtemp(prefix="kbassist-bench-update-")
for _var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
    os.environ[_var] = str(Path(_home) / _var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.corpus import generate  # noqa: E402
from kbassist.content.folder import load_content  # noqa: E402
from kbassist.content.last_good import LastGoodStore  # noqa: E402
from kbassist.content.snapshot import ContentSnapshot  # noqa: E402
from kbassist.search.engine import SearchIndex  # noqa: E402
from kbassist.ui.app import build_window  # noqa: E402
from kbassist.ui.main_window import MainWindow  # noqa: E402
from kbassist.ui.settings import SEMANTIC_SEARCH, AppSettings  # noqa: E402


def _wait_until(condition: object, timeout: float = 30.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():  # type: ignore[operator]
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not answer in time")


def _pause(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def _corpus(work: Path, size: int) -> Path:
    root = work / f"corpus-{size}"
    if not (root / "articles").is_dir():
        generate(root, size)
    return root


def _articles(root: Path, count: int) -> list[Path]:
    found = sorted((root / "articles").rglob("*.md"))
    step = max(1, len(found) // count)
    return [p for p in found[::step] if not p.name.endswith((".zh.md", ".el.md"))][:count]


def _changed(path: Path, token: str) -> None:
    text = path.read_text("utf-8")
    head, sep, rest = text.partition('title: "')
    path.write_text(f"{head}{sep}{token} {rest}" if sep else f"{token}\n{text}", "utf-8")


def _seconds(start: float) -> float:
    return round(time.perf_counter() - start, 3)


def headless(root: Path, cache: Path, token: str) -> dict[str, object]:
    """The load and update figures, without a window."""
    start = time.perf_counter()
    load_content(root)
    full = _seconds(start)
    snapshot = ContentSnapshot(
        root, last_good=LastGoodStore(root, cache / "kept"), cache_root=cache / "snap"
    )
    start = time.perf_counter()
    content = snapshot.refresh()
    first = _seconds(start)
    start = time.perf_counter()
    snapshot.refresh()
    unchanged = _seconds(start)
    start = time.perf_counter()
    snapshot.save()
    saved = _seconds(start)
    index = SearchIndex.open(root, cache / "index", semantic=False)
    index.update(content)
    path = _articles(root, 1)[0]
    _changed(path, token)
    start = time.perf_counter()
    content = snapshot.refresh([path])
    one = _seconds(start)
    start = time.perf_counter()
    index.update(content)
    indexed = _seconds(start)
    snapshot.close()
    index.close()
    again = ContentSnapshot(root, cache_root=cache / "snap")
    start = time.perf_counter()
    again.restore()
    restored = _seconds(start)
    return {
        "bench": "content_load",
        "articles": len(content.articles),
        "load_content_s": full,
        "snapshot_first_refresh_s": first,
        "snapshot_full_refresh_unchanged_s": unchanged,
        "snapshot_save_s": saved,
        "snapshot_restore_s": restored,
        "snapshot_one_file_ms": round(one * 1000, 1),
        "index_update_one_file_ms": round(indexed * 1000, 1),
    }


def in_window(root: Path, changes: int) -> dict[str, object]:
    """Milliseconds from writing a file until the search on screen shows the new text."""
    settings = AppSettings()
    settings.set(SEMANTIC_SEARCH, False)
    window: MainWindow = build_window(root, settings)
    window.resize(1280, 800)
    window.show()
    window.reload_content()
    _wait_until(lambda: window.content is not None and window.index is not None, timeout=900)
    reloaded: list[bool] = []
    window.content_reloaded.connect(lambda: reloaded.append(True))
    # The first full reload (the one above) may still be saving the snapshot: let it finish.
    _wait_until(lambda: window._index_runner.pending() == 0, timeout=300)
    box = window.search_panel.search_box
    model = window.search_panel.model
    latencies: list[float] = []
    for path in _articles(root, changes):
        # A word of its own each time: one spelling correction away from an earlier one,
        # the search would show that article at once.
        token = "zq" + "".join(random.choice(string.ascii_lowercase) for _ in range(8))
        box.setText(token)
        _wait_until(
            lambda t=token: (
                window.search_panel.shown_query is not None
                and window.search_panel.shown_query[0] == t
            )
        )
        time.sleep(0.05)  # the watcher's burst from the last change is over
        QCoreApplication.processEvents()
        start = time.perf_counter()
        _changed(path, token)
        _wait_until(lambda t=token: any(t in row.title for row in model.rows()))
        window.search_panel.results.viewport().repaint()
        latencies.append((time.perf_counter() - start) * 1000)
        # Measure each change alone: the views take the new content, the index thread ends.
        delivered = len(reloaded)
        _wait_until(lambda d=delivered: len(reloaded) > d or window._index_runner.pending() == 0)
        _wait_until(lambda: window._index_runner.pending() == 0, timeout=300)
        _pause(1.0)
    window.close()
    ordered = sorted(latencies)
    return {
        "bench": "one_changed_file_searchable",
        "platform": QApplication.platformName(),
        "articles": len(window.content.articles) if window.content else 0,
        "changes": len(latencies),
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1),
        "max_ms": round(max(latencies), 1),
    }


def main() -> int:
    """Run each size and print its JSON lines."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--changes", type=int, default=10)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--no-window", action="store_true", help="headless figures only")
    args = parser.parse_args()
    QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as scratch:
        work = args.work or Path(scratch)
        for size in (int(s) for s in args.sizes.split(",")):
            root = _corpus(work, size)
            cache = Path(scratch) / f"cache-{size}"
            token = "zqheadless" + "".join(random.choice(string.ascii_lowercase) for _ in range(6))
            print(json.dumps(headless(root, cache, token)), flush=True)
            if not args.no_window:
                print(json.dumps(in_window(root, args.changes)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
