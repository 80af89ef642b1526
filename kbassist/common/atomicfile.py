"""Replacing a file in one step, keeping the previous version, so no failed write loses data."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path


def backup_path(path: Path) -> Path:
    """Where the previous version of path is kept: path with '.bak' added."""
    return path.with_name(path.name + ".bak")


def write_atomic(path: Path, data: bytes, mode: int | None = None) -> Path | None:
    """Replace path with data; the previous file, if any, is kept as backup_path(path).

    The data goes to a temporary file next to path and reaches the disk before it takes
    path's place, so a failure on the way (a full disk, a crash) leaves the old file whole.
    mode gives the new file's permission bits; without it the file is private to the user.
    Returns the backup's path when there was a previous file. Raises OSError.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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
    backup.unlink(missing_ok=True)
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
