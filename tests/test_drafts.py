"""Drafts: atomic saves with a backup, damaged files skipped and named, failed writes harmless."""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import resource
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from kbassist.drafts import (
    Draft,
    DraftError,
    DraftStore,
    edited_when,
    new_draft_id,
    save_failure_message,
)
from kbassist.paths import data_dir

NOON = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)


def _draft(ident: str = "d1", body: str = "Dear Ana,", *, edited: bool = False) -> Draft:
    return Draft(
        id=ident,
        template_id="apology/late-delivery",
        values={"customer_name": "Ana", "order_number": "LK-123456"},
        subject="Your order LK-123456",
        body=body,
        to="ana@example.com",
        edited=edited,
    )


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "drafts")


def test_save_and_load_round_trip(store: DraftStore) -> None:
    saved = store.save(_draft(body="Dear Ana,\n\nŽal nam je ✓", edited=True), now=NOON)
    assert saved.updated_at == "2026-03-10T12:00:00+00:00"
    assert store.load("d1") == saved
    data = json.loads((store.folder / "d1.json").read_text("utf-8"))
    assert set(data) >= {
        "id",
        "template_id",
        "values",
        "subject",
        "body",
        "edited",
        "to",
        "updated_at",
    }
    assert data["body"] == "Dear Ana,\n\nŽal nam je ✓"
    assert data["edited"] is True


def test_previous_version_is_kept_as_backup(store: DraftStore) -> None:
    store.save(_draft(body="first"), now=NOON)
    store.save(_draft(body="second"), now=NOON)
    backup = json.loads((store.folder / "d1.json.bak").read_text("utf-8"))
    assert backup["body"] == "first"
    assert store.load("d1").body == "second"
    assert sorted(p.name for p in store.folder.iterdir()) == ["d1.json", "d1.json.bak"]


def test_recent_is_newest_first_and_limited(store: DraftStore) -> None:
    for hour, ident in enumerate(["a", "b", "c"]):
        store.save(_draft(ident), now=NOON + dt.timedelta(hours=hour))
    assert [d.id for d in store.recent(2)] == ["c", "b"]
    assert [d.id for d in store.recent()] == ["c", "b", "a"]


def test_damaged_files_are_skipped_and_reported(store: DraftStore) -> None:
    store.save(_draft("good"), now=NOON)
    (store.folder / "broken.json").write_text("{not json", "utf-8")
    (store.folder / "binary.json").write_bytes(b"\xff\xfe\x00")
    (store.folder / "wrong.json").write_text('{"id": "wrong"}', "utf-8")
    (store.folder / "liar.json").write_text(json.dumps(_draft("other").as_json()), "utf-8")
    assert [d.id for d in store.recent()] == ["good"]
    reported = {p.path.name: p.message for p in store.problems}
    assert set(reported) == {"broken.json", "binary.json", "wrong.json", "liar.json"}
    assert "not valid JSON at line 1" in reported["broken.json"]
    assert "no 'template_id'" in reported["wrong.json"]
    assert "it says it is draft 'other'" in reported["liar.json"]
    assert (store.folder / "broken.json").read_text("utf-8") == "{not json"  # left alone


def test_damaged_draft_falls_back_to_its_backup(store: DraftStore) -> None:
    store.save(_draft(body="first"), now=NOON)
    store.save(_draft(body="second"), now=NOON)
    (store.folder / "d1.json").write_text("{half a draft", "utf-8")
    assert store.load("d1").body == "first"


def test_unknown_or_unreadable_draft_is_a_draft_error(store: DraftStore) -> None:
    with pytest.raises(DraftError, match="There is no draft 'nope'"):
        store.load("nope")
    store.folder.mkdir(parents=True)
    (store.folder / "bad.json").write_text("[]", "utf-8")
    with pytest.raises(DraftError, match="cannot be read"):
        store.load("bad")
    with pytest.raises(DraftError, match="is not a draft id"):
        store.load("../../etc/passwd")


def test_delete(store: DraftStore) -> None:
    store.save(_draft(), now=NOON)
    store.save(_draft(), now=NOON)
    assert store.delete("d1") is True
    assert list(store.folder.iterdir()) == []
    assert store.delete("d1") is False


@contextlib.contextmanager
def file_size_limit(limit: int) -> Iterator[None]:
    """Writes beyond limit bytes fail (EFBIG), the way they fail on a full disk (ENOSPC)."""
    previous_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous_handler)


def test_failed_write_keeps_the_previous_version(store: DraftStore) -> None:
    store.save(_draft(body="the version to keep"), now=NOON)
    before = (store.folder / "d1.json").read_bytes()
    with pytest.raises(DraftError) as caught, file_size_limit(64):
        store.save(_draft(body="x" * 500), now=NOON)
    assert "could not be saved" in str(caught.value)
    assert "The previous version is kept" in str(caught.value)
    assert (store.folder / "d1.json").read_bytes() == before
    assert store.load("d1").body == "the version to keep"
    assert sorted(p.name for p in store.folder.iterdir()) == ["d1.json"]  # no temp file left


def test_full_disk_message() -> None:
    message = save_failure_message(
        Path("/x/d1.json"), OSError(errno.ENOSPC, "No space left on device")
    )
    assert message.startswith("The draft could not be saved to /x/d1.json: the disk is full.")


def test_folder_that_cannot_exist_is_a_draft_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    with pytest.raises(DraftError, match="could not be saved"):
        DraftStore(blocker / "drafts").save(_draft())


def test_ids_are_unique_and_safe() -> None:
    ids = {new_draft_id() for _ in range(100)}
    assert len(ids) == 100
    store = DraftStore(data_dir() / "drafts")
    assert all(store.path_for(i).parent == store.folder for i in ids)


def test_leftover_temp_files_of_interrupted_saves_are_cleaned(store: DraftStore) -> None:
    store.save(_draft("d1"), now=NOON)
    old = store.folder / ".d1.json.abc123.tmp"
    old.write_text("half a draft")
    os.utime(old, (NOON.timestamp() - 600, NOON.timestamp() - 600))
    fresh = store.folder / ".d1.json.def456.tmp"  # a save under way right now
    fresh.write_text("being written")
    os.utime(fresh, (NOON.timestamp(), NOON.timestamp()))
    assert store.clean_leftovers(NOON) == 1
    assert not old.exists()
    assert fresh.exists()
    assert store.load("d1").body == "Dear Ana,"


def test_a_deleted_draft_put_back_keeps_its_time(store: DraftStore) -> None:
    saved = store.save(_draft("d1"), now=NOON)
    store.delete("d1")
    later = NOON + dt.timedelta(hours=1)
    assert store.save(saved, now=later, restamp=False).updated_at == saved.updated_at


def test_edited_when_is_brief() -> None:
    assert edited_when("2026-03-10T09:05:00+00:00", NOON) == "09:05"
    assert edited_when("2026-03-09T17:30:00+00:00", NOON) == "yesterday 17:30"
    assert edited_when("2026-03-01T08:00:00+00:00", NOON) == "1 Mar 08:00"
    assert edited_when("2025-12-24T08:00:00+00:00", NOON) == "24 Dec 2025 08:00"
    assert edited_when("", NOON) == ""
