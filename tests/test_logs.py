"""The log file: every module's logger reaches it, it rotates, and a bad folder is survived."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kbassist.cli import main
from kbassist.logs import BACKUPS, LOG_FILE, log_folder, start_logging


def test_module_loggers_write_to_the_file_in_the_data_folder(user_dirs: Path) -> None:
    path = start_logging()
    assert path == log_folder() / LOG_FILE
    assert user_dirs in path.parents
    logging.getLogger("kbassist.search.store").warning("index pointer unreadable")
    try:
        raise OSError("disk full")
    except OSError:
        logging.getLogger("kbassist.ui.jobs").exception("a background job failed")
    text = path.read_text("utf-8")
    assert "WARNING kbassist.search.store" in text
    assert "index pointer unreadable" in text
    assert "OSError: disk full" in text  # the traceback is kept for a bug report


def test_starting_twice_adds_one_handler(tmp_path: Path) -> None:
    start_logging(folder=tmp_path)
    start_logging(folder=tmp_path)
    logging.getLogger("kbassist.x").warning("once")
    assert (tmp_path / LOG_FILE).read_text("utf-8").count("once") == 1


def test_the_file_rotates_instead_of_growing(tmp_path: Path) -> None:
    start_logging(folder=tmp_path)
    logger = logging.getLogger("kbassist.bulk")
    for _ in range(3000):
        logger.warning("x" * 1000)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files[0] == LOG_FILE
    assert len(files) == 1 + BACKUPS
    assert all(p.stat().st_size <= 1_100_000 for p in tmp_path.iterdir())


def test_an_unwritable_log_folder_falls_back_to_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert start_logging(folder=blocker / "logs") is None
    assert "cannot write the log" in capsys.readouterr().err


def test_every_command_logs_to_the_file(tmp_path: Path) -> None:
    main(["check", "--content", str(tmp_path / "missing")])
    assert (log_folder() / LOG_FILE).exists()
