"""At start the app removes temporary files an interrupted save left in the content folder."""

from __future__ import annotations

import os
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from kbassist.ui.app import build_window
from kbassist.ui.settings import AppSettings
from tests.contentkit import article, write

WAIT_MS = 20_000


def _aged(path: Path, seconds: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("half a save", encoding="utf-8")
    moment = time.time() - seconds
    os.utime(path, (moment, moment))
    return path


def test_old_leftovers_go_at_start_fresh_ones_and_git_stay(qtbot: QtBot, tmp_path: Path) -> None:
    root = tmp_path / "content"
    article(root, "refunds/x", "Refund policy", "Money back in 30 days.")
    write(root, "kbassist.toml", '[org]\nname = "Larkspur Home"\n')
    old = _aged(root / "articles" / "refunds" / ".x.md.abc.tmp", 120)
    old_top = _aged(root / ".kbassist.toml.d3f.tmp", 3600)
    fresh = _aged(root / "articles" / "refunds" / ".x.md.def.tmp", 5)
    in_git = _aged(root / ".git" / "objects" / ".x.md.abc.tmp", 3600)
    not_a_temp = _aged(root / "articles" / "refunds" / "x.md.abc.tmp", 3600)
    window = build_window(root, AppSettings())
    qtbot.addWidget(window)
    assert not old.exists() and not old_top.exists()
    assert fresh.exists() and in_git.exists() and not_a_temp.exists()
    assert (root / "articles" / "refunds" / "x.md").exists()
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.reload_content()
    window.close()
