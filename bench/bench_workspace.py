"""Keystroke-to-results-shown latency in the real main window, typing 100 queries by hand.

Prints one JSON line per corpus size. Under Xvfb (DISPLAY set) it uses a real X11 window;
otherwise Qt's offscreen platform. Never passes or fails on time.

With --semantic, search by meaning is on (as it is by default in the app): the keystroke
figures are measured while it is on, and a second line gives the settled search, from the
end of the typing pause to the fused results on screen, once every section is embedded.

Usage: .venv/bin/python -m bench.bench_workspace [--sizes 1000,10000] [--queries 100]
       [--semantic]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

_home = tempfile.mkdtemp(prefix="kbassist-bench-ui-")
for _var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
    os.environ[_var] = str(Path(_home) / _var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.corpus import CALLER_QUERIES, generate  # noqa: E402
from kbassist.content.folder import load_content  # noqa: E402
from kbassist.search.engine import SearchIndex  # noqa: E402
from kbassist.ui.app import build_window  # noqa: E402
from kbassist.ui.main_window import MainWindow  # noqa: E402
from kbassist.ui.search.panel import SETTLE_MS  # noqa: E402
from kbassist.ui.settings import SEMANTIC_SEARCH, AppSettings  # noqa: E402


def make_queries(root: Path, count: int, seed: int = 11) -> list[str]:
    """Queries an agent might type: callers' sentences in the five languages (a third of
    them), then words from titles and tags, some misspelt."""
    rng = random.Random(seed)
    sentences = list(CALLER_QUERIES)
    rng.shuffle(sentences)
    callers = sentences[: count // 3]
    content = load_content(root)
    words = sorted(
        {
            w.lower().strip(".,:;()")
            for a in content.articles.values()
            for w in [*a.title.split(), *a.tags]
            if len(w) > 3 and w.isascii() and w.isalpha()
        }
    )
    queries = list(callers)
    for _ in range(count - len(callers)):
        picked = rng.sample(words, rng.choice((1, 2, 2, 3)))
        if rng.random() < 0.15:
            word = picked[-1]
            i = rng.randrange(1, len(word) - 1)
            picked[-1] = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        queries.append(" ".join(picked))
    return queries


def _wait_until(condition: object, timeout: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():  # type: ignore[operator]
        QCoreApplication.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not answer in time")


def measure(window: MainWindow, queries: list[str], *, settled: bool = False) -> list[float]:
    """Milliseconds from each key press until its results are painted; settled: from the end
    of the typing pause, for each whole query, until its results fused with meaning are."""
    shown: list[str] = []
    window.results_shown.connect(shown.append)
    box = window.search_panel.search_box
    latencies = []
    for query in queries:
        box.clear()
        QCoreApplication.processEvents()
        for typed in [query] if settled else list(query):
            expected = query if settled else box.text() + typed
            start = time.perf_counter()
            QTest.keyClicks(box, typed)
            _wait_until(
                lambda e=expected: (
                    (window.shown_semantic or not settled) and bool(shown) and shown[-1] == e
                )
            )
            window.search_panel.results.viewport().repaint()
            latencies.append((time.perf_counter() - start) * 1000 - (SETTLE_MS if settled else 0))
    return latencies


def _figures(latencies: list[float]) -> dict[str, float]:
    return {
        "p50_ms": round(statistics.median(latencies), 2),
        "p95_ms": round(_percentile(latencies, 0.95), 2),
        "p99_ms": round(_percentile(latencies, 0.99), 2),
        "max_ms": round(max(latencies), 2),
    }


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def run(size: int, query_count: int, work: Path, semantic: bool) -> list[dict[str, object]]:
    """Figures for one corpus size: keystrokes, and the settled search with --semantic."""
    root = generate(work / f"corpus-{size}", size, realistic=True)
    index = SearchIndex.open(root, semantic=semantic)
    index.update()
    embedded = time.perf_counter()
    report = index.embed() if semantic else None
    embed_seconds = time.perf_counter() - embedded
    index.close()
    settings = AppSettings()
    settings.set(SEMANTIC_SEARCH, semantic)
    window = build_window(root, settings)
    window.resize(1280, 800)
    window.show()
    window.reload_content()
    _wait_until(lambda: window.content is not None, timeout=300)
    queries = make_queries(root, query_count)
    latencies = measure(window, queries)
    common = {"platform": QApplication.platformName(), "articles": size, "semantic": semantic}
    lines: list[dict[str, object]] = [
        {
            "bench": "workspace_keystroke_to_results",
            **common,
            "queries": len(queries),
            "keystrokes": len(latencies),
            **_figures(latencies),
        }
    ]
    if semantic:
        settled = measure(window, queries, settled=True)
        lines.append(
            {
                "bench": "workspace_settled_search_after_pause",
                **common,
                "queries": len(settled),
                "sections_embedded": report.total if report is not None else 0,
                "embed_seconds": round(embed_seconds, 1),
                **_figures(settled),
            }
        )
    window.close()
    return lines


def main() -> int:
    """Run each size and print a JSON line for it."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--semantic", action="store_true", help="search by meaning on")
    args = parser.parse_args()
    QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as work:
        for size in (int(s) for s in args.sizes.split(",")):
            for line in run(size, args.queries, Path(work), args.semantic):
                print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
