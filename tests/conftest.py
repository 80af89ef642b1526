"""Shared test set-up: Qt runs offscreen and user folders point into a temporary directory."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any Qt import: tests never need a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Messages in English, whatever the machine's locale: the tests read them (the tests of the
# other languages ask for theirs).
os.environ["KBASSIST_LANGUAGE"] = "en"

from kbassist.logs import stop_logging
from kbassist.paths import starter_content

STARTER = starter_content()


@pytest.fixture(autouse=True)
def user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Cache, data and config folders of a fresh user, so tests never touch the real ones."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("KBASSIST_CONTENT", raising=False)
    yield home
    stop_logging()  # each test's log file lives in its own home; close it with the test


@pytest.fixture
def starter_copy(tmp_path: Path) -> Path:
    """A private, writable copy of the starter content."""
    target = tmp_path / "content"
    shutil.copytree(STARTER, target)
    return target
