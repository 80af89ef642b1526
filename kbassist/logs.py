"""The log: one logger per module, written to a rotating file in the user's data folder."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from kbassist.paths import data_dir

LOG_FILE = "kbassist.log"
# A few files of this size hold weeks of warnings and still open quickly in an editor.
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"


def log_folder() -> Path:
    """Where the log files are (shown by Help → Open log folder)."""
    return data_dir() / "logs"


def start_logging(level: int = logging.INFO, folder: Path | None = None) -> Path | None:
    """Send every kbassist logger to the rotating log file; returns its path.

    Safe to call again (the handler is added once). When the folder cannot be written,
    logging goes to standard error instead and None is returned.
    """
    target = (folder or log_folder()) / LOG_FILE
    logger = logging.getLogger("kbassist")
    logger.setLevel(level)
    for existing in logger.handlers:
        if (
            isinstance(existing, logging.handlers.RotatingFileHandler)
            and Path(existing.baseFilename) == target.resolve()
        ):
            return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        print(f"kbassist: cannot write the log in {target.parent} ({exc})", file=sys.stderr)
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
        result = None
    else:
        result = target
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    return result


def stop_logging() -> None:
    """Close and remove the handlers start_logging added (tests, and a clean exit)."""
    logger = logging.getLogger("kbassist")
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
