"""Usage log figures: a year of one agent's events on disk, Insights open time, recording cost.

Prints one JSON line per measure (targets: 200k events < 50 MB; Insights open < 300 ms;
recording on the calling thread far below a keystroke's budget). Never passes or fails on time.

Usage: .venv/bin/python -m bench.bench_analytics [--events 200000] [--rounds 5]
       .venv/bin/python -m bench.bench_analytics --keystrokes 1000 [--queries 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

_home = tempfile.mkdtemp(prefix="kbassist-bench-analytics-")
for _var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
    os.environ[_var] = str(Path(_home) / _var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from kbassist.analytics.database import SqliteEvents  # noqa: E402
from kbassist.analytics.events import Event, EventKind, new_id, to_ms  # noqa: E402
from kbassist.analytics.insights import read_insights  # noqa: E402
from kbassist.analytics.recorder import Recorder  # noqa: E402
from kbassist.analytics.scrub import Scrubber  # noqa: E402
from kbassist.ui.insights.view import InsightsView  # noqa: E402

WORDS = [
    "refund",
    "parcel",
    "lost",
    "late",
    "delivery",
    "order",
    "return",
    "policy",
    "card",
    "payment",
    "invoice",
    "account",
    "password",
    "store",
    "hours",
    "warranty",
    "exchange",
    "damaged",
    "missing",
    "voucher",
    "gift",
    "kitchen",
    "sofa",
    "vračilo",
    "dostava",
    "paket",
    "račun",
    "povrat",
    "narudžba",
    "επιστροφή",
    "παραγγελία",
    "退款",
    "快递",
]
ARTICLES = [f"section-{n // 20}/article-{n}" for n in range(400)]
TEMPLATES = [f"template-{n}" for n in range(60)]
FACILITIES = [f"store-{n}" for n in range(80)]
PLACE_KINDS = ("postcode", "town", "address", "coordinates")


def generate(count: int, days: int = 365, seed: int = 15) -> list[Event]:
    """count events of one agent over days: searches and what follows them, in time order."""
    rng = random.Random(seed)
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=days)
    step_ms = days * 86_400_000 // count
    scrubber = Scrubber()
    events: list[Event] = []
    at = to_ms(start)
    search = ""
    while len(events) < count:
        at += rng.randint(1, 2 * step_ms)
        roll = rng.random()
        if roll < 0.45 or not search:
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 4)))
            clean = scrubber.query(words)
            results = 0 if rng.random() < 0.12 else rng.randint(1, 30)
            shown = ",".join(rng.sample(ARTICLES, min(results, 5)))
            search = new_id()
            events.append(
                Event(
                    search,
                    at,
                    "maja",
                    EventKind.SEARCH,
                    clean.text,
                    clean.key,
                    "",
                    None,
                    results,
                    shown,
                )
            )
        elif roll < 0.75:
            events.append(
                Event(
                    new_id(),
                    at,
                    "maja",
                    EventKind.OPEN,
                    item=rng.choice(ARTICLES),
                    rank=rng.randint(1, 10),
                    search=search,
                )
            )
        elif roll < 0.83:
            events.append(
                Event(new_id(), at, "maja", EventKind.SUMMARY_COPIED, item=rng.choice(ARTICLES))
            )
        elif roll < 0.90:
            events.append(
                Event(new_id(), at, "maja", EventKind.TEMPLATE, item=rng.choice(TEMPLATES))
            )
        elif roll < 0.95:
            events.append(
                Event(
                    new_id(), at, "maja", EventKind.REPLY, item=rng.choice(TEMPLATES), detail="sent"
                )
            )
        elif roll < 0.98:
            events.append(
                Event(
                    new_id(),
                    at,
                    "maja",
                    EventKind.RATING,
                    item=rng.choice(ARTICLES),
                    search=search,
                    detail=rng.choice(("yes", "yes", "no")),
                )
            )
        else:
            events.append(
                Event(
                    new_id(),
                    at,
                    "maja",
                    EventKind.FACILITY,
                    item=rng.choice(FACILITIES),
                    detail=rng.choice(PLACE_KINDS),
                )
            )
    return events


def _mark_done(done: list[float]) -> None:
    done.append(time.perf_counter())


def size_on_disk(path: Path) -> int:
    """The database with its write-ahead log, as the user's disk holds it."""
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def keystrokes(articles: int, queries: int) -> None:
    """Keystroke-to-results latency in the real main window, recording off and on. Recording
    is connected to every result list shown (a settled search records far less often), so
    the "on" figure is an upper bound."""
    from bench.bench_workspace import _figures, make_queries, measure
    from bench.corpus import generate as generate_corpus
    from kbassist.search.engine import SearchIndex
    from kbassist.ui.app import build_window
    from kbassist.ui.settings import SEMANTIC_SEARCH, AppSettings

    root = generate_corpus(Path(_home) / "corpus", articles, realistic=True)
    index = SearchIndex.open(root, semantic=False)
    index.update()
    index.close()
    settings = AppSettings()
    settings.set(SEMANTIC_SEARCH, False)
    window = build_window(root, settings)
    window.resize(1280, 800)
    window.show()
    window.reload_content()
    app = QApplication.instance()
    deadline = time.perf_counter() + 300
    while window.content is None and time.perf_counter() < deadline:
        app.processEvents()  # type: ignore[union-attr]
    # QTest types ASCII only (other characters abort in Qt's key table).
    typed = [q for q in make_queries(root, queries * 2) if q.isascii()][:queries]
    measure(window, typed[:5])  # warm up
    off = measure(window, typed)
    recorder = Recorder(Path(_home) / "keystrokes.sqlite3", "maja")
    recorder.start()

    def record(query: str) -> None:
        ids = [row.id for row in window.search_panel.model.rows()]
        recorder.search_settled(query, ids)

    window.results_shown.connect(record)
    on = measure(window, typed)
    recorder.flush(60)
    recorder.close()
    window.close()
    for label, latencies in (("off", off), ("on", on)):
        print(
            json.dumps(
                {
                    "measure": "keystroke_to_results",
                    "recording": label,
                    "platform": QApplication.platformName(),
                    "articles": articles,
                    "keystrokes": len(latencies),
                    **_figures(latencies),
                }
            )
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--keystrokes",
        type=int,
        metavar="ARTICLES",
        help="instead: keystroke latency in the main window over a corpus of ARTICLES",
    )
    parser.add_argument("--queries", type=int, default=40)
    args = parser.parse_args()
    if args.keystrokes:
        QApplication.instance() or QApplication([])
        keystrokes(args.keystrokes, args.queries)
        return
    folder = Path(tempfile.mkdtemp(prefix="kbassist-bench-usage-"))
    path = folder / "usage.sqlite3"

    events = generate(args.events)
    database = SqliteEvents(path)
    began = time.perf_counter()
    for start in range(0, len(events), 5000):
        database.insert_events(events[start : start + 5000])
    write_s = time.perf_counter() - began
    database.rows("PRAGMA wal_checkpoint(TRUNCATE)")
    size = size_on_disk(path)
    print(
        json.dumps(
            {
                "measure": "size_on_disk",
                "events": len(events),
                "megabytes": round(size / 1e6, 1),
                "target_mb": 50,
                "bulk_write_s": round(write_s, 2),
            }
        )
    )

    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=90)
    timings = []
    for _ in range(args.rounds):
        began = time.perf_counter()
        read_insights(database, since)
        timings.append(time.perf_counter() - began)
    database.close()
    print(
        json.dumps(
            {
                "measure": "insights_query_90_days",
                "events": len(events),
                "median_ms": round(statistics.median(timings) * 1000, 1),
                "max_ms": round(max(timings) * 1000, 1),
                "target_ms": 300,
            }
        )
    )

    app = QApplication.instance() or QApplication([])
    opened = []
    for _ in range(args.rounds):
        began = time.perf_counter()
        view = InsightsView(lambda: SqliteEvents(path))
        view.resize(1100, 800)
        view.show()
        done: list[float] = []
        view.loaded.connect(functools.partial(_mark_done, done))
        view.refresh()
        while not done:
            app.processEvents()
            time.sleep(0.001)
        app.processEvents()  # the rows and the chart painted
        opened.append(time.perf_counter() - began)
        view.shutdown()
        view.close()
        view.deleteLater()
    print(
        json.dumps(
            {
                "measure": "insights_view_open_30_days",
                "events": len(events),
                "median_ms": round(statistics.median(opened) * 1000, 1),
                "max_ms": round(max(opened) * 1000, 1),
                "target_ms": 300,
            }
        )
    )

    recorder = Recorder(folder / "recording.sqlite3", "maja", Scrubber([r"\bLK-\d{6}\b"]))
    recorder.start()
    calls = 8_000
    began = time.perf_counter()
    for n in range(calls):
        if n % 2:
            recorder.article_opened(ARTICLES[n % len(ARTICLES)], 1)
        else:
            recorder.search_settled(f"order LK-{n:06d} refund {n}", ARTICLES[:5])
    per_call_us = (time.perf_counter() - began) / calls * 1e6
    began = time.perf_counter()
    recorder.flush(120)
    drain_s = time.perf_counter() - began
    recorder.close()
    check = SqliteEvents(folder / "recording.sqlite3")
    written = check.count()
    check.close()
    print(
        json.dumps(
            {
                "measure": "recording_cost_on_calling_thread",
                "calls": calls,
                "per_event_us": round(per_call_us, 1),
                "written": written,
                # Beyond the queue's limit (10 000 waiting) events are dropped, not waited for.
                "dropped": calls - written,
                "writer_drain_s": round(drain_s, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
