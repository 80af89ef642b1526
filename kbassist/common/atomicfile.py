"""Replacing a file in one step, keeping the previous version, so no failed write loses data."""

from __future__ import annotations

import errno
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path

# How many earlier versions a rewrite keeps: path.bak (the latest), path.bak.1, path.bak.2.
BACKUPS_KEPT = 3
# A temporary file younger than this may belong to a save under way in another window.
LEFTOVER_AGE_S = 60.0

log = logging.getLogger(__name__)


def backup_path(path: Path) -> Path:
    """Where the previous version of path is kept: path with '.bak' added."""
    return path.with_name(path.name + ".bak")


def backup_paths(path: Path) -> list[Path]:
    """Every place an earlier version of path may be kept, newest first."""
    first = backup_path(path)
    return [first] + [first.with_name(f"{first.name}.{n}") for n in range(1, BACKUPS_KEPT)]


def temp_pattern(name: str = "*") -> str:
    """The glob that matches write_atomic's temporary files for a file called name."""
    return f".{name}.*.tmp"


def remove_leftovers(
    folder: Path, name: str = "*", *, recursive: bool = False, now: float | None = None
) -> int:
    """Remove the temporary files that interrupted writes left in folder; how many went.

    Files younger than a minute are left alone: they may be a save under way elsewhere.
    """
    moment = time.time() if now is None else now
    pattern = temp_pattern(name)
    try:
        leftovers = list(folder.rglob(pattern) if recursive else folder.glob(pattern))
    except OSError:
        return 0
    removed = 0
    for path in leftovers:
        try:
            # git's own folder is git's business; links may point anywhere.
            if ".git" in path.relative_to(folder).parts or path.is_symlink() or not path.is_file():
                continue
            if moment - path.stat().st_mtime < LEFTOVER_AGE_S:
                continue
            path.unlink()
        except OSError as exc:
            log.warning("Could not remove %s, left by an interrupted save: %s", path, exc)
            continue
        log.info("Removed %s, left by an interrupted save", path)
        removed += 1
    return removed


def write_atomic(path: Path, data: bytes, mode: int | None = None) -> Path | None:
    """Replace path with data; the previous file, if any, is kept as backup_path(path).

    Older backups move down one place (path.bak -> path.bak.1 ...); the oldest of
    BACKUPS_KEPT goes.

    The data goes to a temporary file next to path and reaches the disk before it takes
    path's place, so a failure on the way (a full disk, a crash) leaves the old file whole.
    mode gives the new file's permission bits; without it the file is private to the user.
    Returns the backup's path when there was a previous file. Raises OSError.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    # The name must stay matched by temp_pattern(), which cleans what a crash left.
    temp = Path(temp_name)
    backup = None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is not None:
            temp.chmod(mode)
        if path.exists():
            backup = backup_path(path)
            _keep_copy(path, backup)
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)
    return backup


def write_failure_reason(exc: OSError) -> str:
    """Why a write failed, in words a user can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "the folder cannot be written to"
    return exc.strerror or str(exc)


def _keep_copy(path: Path, backup: Path) -> None:
    _rotate(path)
    # A hard link costs no space and no time; a copy serves where the disk has no links.
    try:
        os.link(path, backup)
    except OSError:
        shutil.copy2(path, backup)


def _sync_folder(folder: Path) -> None:
    # The rename is only durable once the folder entry is on disk; not every platform allows it.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _rotate(path: Path) -> None:
    # Oldest first, so each step moves a version into a place just vacated.
    places = backup_paths(path)
    places[-1].unlink(missing_ok=True)
    for older, newer in zip(reversed(places[1:]), reversed(places[:-1]), strict=True):
        if newer.is_file() and not newer.is_symlink():
            newer.replace(older)
        else:
            newer.unlink(missing_ok=True)
