"""Atomic file writes: the new text in one step, the old one kept, nothing lost on failure."""

from __future__ import annotations

import errno
import os
import stat
import time
from pathlib import Path

import pytest

from kbassist.common.atomicfile import (
    BACKUPS_KEPT,
    backup_path,
    backup_paths,
    remove_leftovers,
    write_atomic,
    write_failure_reason,
)


def test_first_write_creates_folders_and_has_no_backup(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "file.txt"
    assert write_atomic(target, b"one") is None
    assert target.read_bytes() == b"one"
    assert sorted(p.name for p in target.parent.iterdir()) == ["file.txt"]


def test_rewrite_keeps_the_previous_version(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    write_atomic(target, b"one")
    backup = write_atomic(target, b"two")
    assert backup == backup_path(target) == tmp_path / "file.txt.bak"
    assert (target.read_bytes(), backup.read_bytes()) == (b"two", b"one")
    write_atomic(target, b"three")
    assert (target.read_bytes(), backup.read_bytes()) == (b"three", b"two")
    # The backup is a file of its own, not the same file under a second name.
    assert not target.samefile(backup)
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "file.txt",
        "file.txt.bak",
        "file.txt.bak.1",
    ]


def test_backups_rotate_and_the_oldest_goes(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    # A backup left by an earlier version of the tool is kept, not silently replaced.
    backup_path(target).write_bytes(b"zero")
    for text in (b"one", b"two", b"three", b"four"):
        write_atomic(target, text)
    kept = [path.read_bytes() if path.exists() else None for path in backup_paths(target)]
    assert target.read_bytes() == b"four"
    assert kept == [b"three", b"two", b"one"]
    assert len(backup_paths(target)) == BACKUPS_KEPT
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "file.txt",
        "file.txt.bak",
        "file.txt.bak.1",
        "file.txt.bak.2",
    ]


def test_remove_leftovers_takes_old_temporary_files_only(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    old = tmp_path / "articles" / ".a.md.x1y2.tmp"
    fresh = tmp_path / ".b.md.z3.tmp"
    keep = tmp_path / "articles" / "a.md"
    for path in (old, fresh, keep):
        path.write_text("x")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    assert remove_leftovers(tmp_path, recursive=True) == 1
    assert not old.exists() and fresh.exists() and keep.exists()
    assert remove_leftovers(tmp_path, recursive=True, now=time.time() + 3600) == 1
    assert not fresh.exists() and keep.exists()


def test_mode_sets_permissions_else_the_file_is_private(tmp_path: Path) -> None:
    private = tmp_path / "private.json"
    write_atomic(private, b"{}")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    shared = tmp_path / "shared.yaml"
    write_atomic(shared, b"- id: x\n", 0o644)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644


def test_failure_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    write_atomic(target, b"good")
    # A folder where the backup should go makes keeping the old version fail half-way.
    backup_path(target).mkdir()
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt", "file.txt.bak"]


def test_a_file_where_the_folder_should_be_raises_oserror(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("in the way")
    with pytest.raises(OSError):
        write_atomic(blocker / "file.txt", b"data")
    assert blocker.read_text() == "in the way"


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EDQUOT, "the disk is full"),
        (errno.EACCES, "the folder cannot be written to"),
        (errno.EROFS, "the folder cannot be written to"),
        (errno.ENOTDIR, "Not a directory"),
    ],
)
def test_failure_reasons_say_what_to_fix(code: int, reason: str) -> None:
    assert write_failure_reason(OSError(code, os.strerror(code))) == reason
