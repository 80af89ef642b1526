"""The index on disk: incremental updates, rebuilds of damaged or outdated indexes, locking."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kbassist.content.folder import load_content
from kbassist.content.snapshot import ContentSnapshot
from kbassist.search.engine import SearchIndex
from kbassist.search.schema import SCHEMA_VERSION
from kbassist.search.store import (
    POINTER_FILE,
    IndexBusyError,
    IndexStore,
    ItemsOfFile,
    find_changes,
)
from tests.contentkit import article, write
from tests.searchkit import FACILITIES, labelled_content


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A private labelled content folder."""
    return labelled_content(tmp_path / "content")


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    """The cache folder the index lives in."""
    return tmp_path / "cache"


def _ids(index: SearchIndex, query: str) -> list[str]:
    return [hit.id for hit in index.search(query).hits]


def _bump(path: Path) -> None:
    # Make sure the change is seen even on file systems with coarse timestamps.
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_first_open_builds_then_nothing_to_do(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache)
    assert index.open_report is not None and index.open_report.rebuilt
    assert index.open_report.total == 16
    report = index.update()
    assert (report.added, report.changed, report.removed, report.rebuilt) == (0, 0, 0, False)
    assert report.total == 16
    again = SearchIndex.open(content, cache)
    assert again.open_report is None
    index.close()
    again.close()


def test_index_lives_in_the_cache_not_the_content(content: Path, cache: Path) -> None:
    before = sorted(p.relative_to(content) for p in content.rglob("*"))
    SearchIndex.open(content, cache).close()
    assert sorted(p.relative_to(content) for p in content.rglob("*")) == before
    assert any(cache.rglob("*.toc"))


def test_default_cache_is_the_user_cache(content: Path, user_dirs: Path) -> None:
    SearchIndex.open(content).close()
    assert any((user_dirs / "cache" / "kbassist" / "index").rglob("*.toc"))


def test_added_changed_and_removed_files_only(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache)
    article(content, "delivery/drones", "Drone delivery", "Drones bring small parcels.")
    report = index.update()
    assert (report.added, report.changed, report.removed) == (1, 0, 0)
    assert report.total == 17
    assert _ids(index, "drones")[0] == "delivery/drones"

    path = article(content, "delivery/drones", "Drone delivery", "Quadcopters bring parcels.")
    _bump(path)
    report = index.update()
    assert (report.added, report.changed, report.removed) == (0, 1, 0)
    assert _ids(index, "quadcopters") == ["delivery/drones"]
    assert _ids(index, "drones ") == ["delivery/drones"]  # still in the title

    path.unlink()
    report = index.update()
    assert (report.added, report.changed, report.removed) == (0, 0, 1)
    assert report.total == 16
    assert _ids(index, "quadcopters") == []
    index.close()


def test_a_touched_file_is_not_reindexed(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache)
    _bump(content / "articles/refunds/refund-policy.md")
    report = index.update()
    assert (report.added, report.changed, report.removed) == (0, 0, 0)
    # ...and its new time is remembered, so the next update does not hash it again.
    assert index.update().total == 16
    index.close()


def test_every_facility_of_a_changed_file_is_reindexed(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache)
    second = FACILITIES.replace("lj-center", "lj-west").replace("Slovenska", "Celovška")
    path = write(content, "facilities/stores.yaml", FACILITIES + second)
    _bump(path)
    report = index.update()
    assert (report.added, report.changed, report.removed) == (1, 1, 0)
    assert set(_ids(index, "kind:facility ljubljana")) == {"lj-center", "lj-west"}
    write(content, "facilities/stores.yaml", second)
    _bump(path)
    report = index.update()
    assert (report.added, report.changed, report.removed) == (0, 1, 1)
    assert _ids(index, "kind:facility ljubljana") == ["lj-west"]
    index.close()


def test_a_broken_file_leaves_no_stale_item(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache)
    path = write(content, "articles/warranty/warranty-policy.md", "---\ntitle: [unclosed\n---\n")
    _bump(path)
    report = index.update()
    assert report.removed == 1
    assert "warranty/warranty-policy" not in _ids(index, "warranty")
    index.close()


def test_update_with_loaded_content(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache)
    article(content, "delivery/drones", "Drone delivery", "Drones bring small parcels.")
    report = index.update(load_content(content))
    assert (report.added, report.changed, report.removed) == (1, 0, 0)
    assert _ids(index, "drones")[0] == "delivery/drones"
    index.close()


def test_synonyms_are_reread_on_update(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache)
    assert _ids(index, "quadcopter ") == []
    write(content, "synonyms.txt", "warranty, guarantee, quadcopter\n")
    index.update()
    assert _ids(index, "quadcopter ") == ["warranty/warranty-policy"]
    index.close()


def test_changed_default_language_rebuilds(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache)
    write(content, "kbassist.toml", '[content]\ndefault_language = "sl"\n')
    report = index.update()
    assert report.rebuilt
    hit = index.search("warranty").hits[0]
    assert hit.language == "sl"
    index.close()


def test_rebuild(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache)
    report = index.rebuild()
    assert report.rebuilt and report.total == 16
    assert _ids(index, "refund")[0] == "refunds/refund-policy"
    index.close()


def test_corrupt_index_is_rebuilt(content: Path, cache: Path) -> None:
    SearchIndex.open(content, cache).close()
    files = [p for p in cache.rglob("*") if p.is_file() and p.parent.name.startswith("ix-")]
    assert files
    for path in files:
        path.write_bytes(b"\x00garbage\xff" * 100)
    index = SearchIndex.open(content, cache)
    assert index.open_report is not None and index.open_report.rebuilt
    assert _ids(index, "refund")[0] == "refunds/refund-policy"
    index.close()


def test_missing_index_files_are_rebuilt_on_update(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache)
    for path in cache.rglob("*.toc"):
        path.unlink()
    report = index.update()
    assert report.rebuilt and report.total == 16
    assert _ids(index, "refund")[0] == "refunds/refund-policy"
    index.close()


def test_older_schema_version_is_rebuilt(content: Path, cache: Path) -> None:
    SearchIndex.open(content, cache).close()
    pointer = IndexStore(content.resolve(), cache).folder / POINTER_FILE
    data = json.loads(pointer.read_text("utf-8"))
    data["schema"] = SCHEMA_VERSION - 1
    pointer.write_text(json.dumps(data), "utf-8")
    index = SearchIndex.open(content, cache)
    assert index.open_report is not None and index.open_report.rebuilt
    assert json.loads(pointer.read_text("utf-8"))["schema"] == SCHEMA_VERSION
    # The old index folder is gone.
    assert len([p for p in pointer.parent.iterdir() if p.is_dir()]) == 1
    index.close()


HOLD_LOCKS = """
import os, sys
from pathlib import Path
from kbassist.search.store import IndexStore
from whoosh import index as whoosh_index
store = IndexStore(Path(sys.argv[1]), Path(sys.argv[2]))
with store.write_lock(5):
    writer = whoosh_index.open_dir(str(store.folder / store.pointer())).writer()
    print("locked", flush=True)
    if sys.argv[3] == "die":
        os._exit(9)  # a crash: no unlock, no cleanup
    sys.stdin.readline()
"""


def _holder(content: Path, cache: Path, how: str) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCKS, str(content.resolve()), str(cache), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


def _close(process: subprocess.Popen[str]) -> None:
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


def test_locks_left_by_a_crashed_process_do_not_block(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache, lock_timeout=10)
    holder = _holder(content, cache, "die")
    assert holder.wait(timeout=30) == 9
    _close(holder)
    article(content, "delivery/drones", "Drone delivery", "Drones bring small parcels.")
    report = index.update()
    assert report.added == 1
    index.close()


def test_a_live_writer_makes_others_wait_then_give_up(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache, lock_timeout=0.5)
    holder = _holder(content, cache, "hold")
    try:
        with pytest.raises(IndexBusyError, match=f"pid {holder.pid}"):
            index.update()
        # Reading is never blocked by a writer.
        assert _ids(index, "refund")[0] == "refunds/refund-policy"
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
        _close(holder)
    assert index.update().total == 16
    index.close()


def test_search_during_update_sees_a_whole_index(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache)
    for n in range(40):
        article(content, f"bulk/item-{n}", f"Bulk item {n}", "Quadcopter parts in stock.")
    errors: list[BaseException] = []
    totals: list[int] = []
    done = threading.Event()

    def keep_searching() -> None:
        try:
            while not done.is_set():
                totals.append(index.search("refund").total)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    reader = threading.Thread(target=keep_searching)
    reader.start()
    try:
        report = index.update()
    finally:
        done.set()
        reader.join()
    assert errors == []
    assert report.added == 40
    assert set(totals) == {4}
    assert len(index.search("quadcopter", limit=100).hits) == 40
    index.close()


def test_another_instance_sees_updates(content: Path, cache: Path) -> None:
    # Two app windows, or the app and the command line, share one index.
    first = SearchIndex.open(content, cache)
    second = SearchIndex.open(content, cache)
    assert _ids(second, "quadcopter") == []
    article(content, "delivery/drones", "Drone delivery", "Quadcopters bring parcels.")
    first.update()
    second._checked = 0.0  # the next search looks for a newer index at once
    assert _ids(second, "quadcopter") == ["delivery/drones"]
    first.rebuild()
    second._checked = 0.0
    assert _ids(second, "quadcopter") == ["delivery/drones"]
    first.close()
    second.close()


def test_a_damaged_file_list_is_read_back_from_the_index(content: Path, cache: Path) -> None:
    SearchIndex.open(content, cache).close()
    for saved in IndexStore(content.resolve(), cache).folder.glob("*.files.json"):
        saved.write_text("{not json", "utf-8")
    article(content, "delivery/drones", "Drone delivery", "Drones bring small parcels.")
    index = SearchIndex.open(content, cache)
    report = index.update()
    assert (report.added, report.changed, report.removed, report.total) == (1, 0, 0, 17)
    index.close()


def test_an_update_from_a_content_snapshot_reads_only_the_changed_file(
    content: Path, cache: Path
) -> None:
    snapshot = ContentSnapshot(content, cache_root=cache / "snapshots")
    index = SearchIndex.open(content, cache)
    index.update(snapshot.refresh())
    path = article(content, "delivery/drones", "Drone delivery", "Drones bring small parcels.")
    loaded = snapshot.refresh([path, path.parent])
    assert loaded.files is not None and "articles/delivery/drones.md" in loaded.files
    store = IndexStore(index.store.content_root, cache)
    manifest = store.load_manifest(*_live(store))
    assert manifest is not None
    # The snapshot's own listing gives what listing the folder again gives.
    from_snapshot = find_changes(content, manifest, loaded)
    from_folder = find_changes(content, manifest)
    assert from_snapshot == from_folder
    assert [rel for rel, _state in from_snapshot.added] == ["articles/delivery/drones.md"]
    report = index.update(loaded)
    assert (report.added, report.changed, report.removed) == (1, 0, 0)
    assert _ids(index, "drones")[0] == "delivery/drones"
    path.unlink()
    report = index.update(snapshot.refresh([path]))
    assert (report.added, report.changed, report.removed) == (0, 0, 1)
    assert "delivery/drones" not in _ids(index, "drones")
    index.close()


def test_items_of_a_file_are_found_by_id_without_resolving_paths(content: Path) -> None:
    loaded = load_content(content)
    items_of = ItemsOfFile(loaded)
    some = next(iter(loaded.articles.values()))
    rel = some.path.relative_to(content).as_posix()
    assert items_of(rel) == [some]
    assert items_of("articles/not/there.md") == []
    facility = next(iter(loaded.facilities.values()))
    facility_rel = f"facilities/{facility.path.name}"
    assert facility in items_of(facility_rel)


def _live(store: IndexStore) -> tuple[str, int]:
    from whoosh import index as whoosh_index

    name = store.pointer()
    assert name is not None
    return name, whoosh_index.open_dir(str(store.folder / name)).latest_generation()
