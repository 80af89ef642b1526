"""Editor timings: opening a 20 KB article for editing, and the preview catching up after a pause.

Prints one JSON line per measure and corpus size (targets: open ≤ 50 ms, preview ≤ 100 ms;
"open_until_first_preview" adds the first full render, which follows the opening).
The preview figure is everything that runs when typing pauses: the loaders' and cross-checks'
validation, the markdown render, the preview's layout and the scroll map. Never passes or
fails on time.

Usage: .venv/bin/python -m bench.bench_editor [--sizes 200,5000] [--rounds 20]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

_home = tempfile.mkdtemp(prefix="kbassist-bench-editor-")
for _var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
    os.environ[_var] = str(Path(_home) / _var.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "xcb" if os.environ.get("DISPLAY") else "offscreen")

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.corpus import generate  # noqa: E402
from kbassist.content.folder import load_content  # noqa: E402
from kbassist.ui.editor.document import EditorDocument  # noqa: E402

TARGET_BYTES = 20_000


def long_article(title: str) -> str:
    """An article of about 20 KB: sections of paragraphs, lists, a table, links and code."""
    sections: list[str] = []
    number = 0
    while sum(len(s) for s in sections) < TARGET_BYTES:
        number += 1
        sections.append(
            f"## Part {number}\n\n"
            f"Customers who ask about **part {number}** get the answer in *one* sentence; "
            "see [the refund policy](refunds/refund-policy.md) and `code {number}`.\n\n"
            + "".join(f"- Step {i} of part {number}: check the order.\n" for i in range(6))
            + "\n| Case | Days |\n|---|---|\n| Standard | 30 |\n| Sale | 14 |\n\n"
        )
    return f"---\ntitle: {title}\nsummary: A long article.\n---\n# {title}\n\n" + "".join(sections)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _figures(name: str, size: int, values: list[float], target: float) -> str:
    return json.dumps(
        {
            "measure": name,
            "articles": size,
            "median_ms": round(statistics.median(values), 1),
            "p95_ms": round(_percentile(values, 0.95), 1),
            "target_ms": target,
            "rounds": len(values),
        }
    )


def run(size: int, rounds: int) -> list[str]:
    """Both figures over a generated corpus of size articles."""
    root = generate(Path(tempfile.mkdtemp(prefix="kbassist-editor-corpus-")), size)
    path = root / "articles" / "bench" / "long-article.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(long_article("Long article"), "utf-8")
    content = load_content(root)
    opening: list[float] = []
    previewed: list[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        document = EditorDocument(path, content)
        document.resize(1200, 800)
        document.show()
        # The source is on screen and takes keys; the preview is rendered next.
        opening.append((time.perf_counter() - start) * 1000)
        shown: list[bool] = []
        document.refreshed.connect(lambda seen=shown: seen.append(True))
        while not shown:
            QCoreApplication.processEvents()
        previewed.append((time.perf_counter() - start) * 1000)
        document.source.document().setModified(False)
        document.deleteLater()
        QCoreApplication.processEvents()
    document = EditorDocument(path, content)
    document.resize(1200, 800)
    document.show()
    QCoreApplication.processEvents()
    updating: list[float] = []
    for number in range(rounds):
        cursor = document.source.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(f"\nA new line {number}.")
        start = time.perf_counter()
        document.refresh()
        QCoreApplication.processEvents()
        updating.append((time.perf_counter() - start) * 1000)
        assert f"A new line {number}." in document.preview.toPlainText()
    document.source.document().setModified(False)
    return [
        _figures("open_for_editing", size, opening, 50),
        _figures("open_until_first_preview", size, previewed, 150),
        _figures("preview_after_pause", size, updating, 100),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="200,5000")
    parser.add_argument("--rounds", type=int, default=20)
    options = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    for size in (int(s) for s in options.sizes.split(",")):
        for line in run(size, options.rounds):
            print(line, flush=True)
    app.quit()


if __name__ == "__main__":
    main()
