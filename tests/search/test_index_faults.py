"""The index heals itself: damaged segments, a full or read-only cache, killed builds."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import filelock
import pytest
from whoosh.filedb.structfile import StructFile

from kbassist.cli import main
from kbassist.search.engine import DAMAGED_STATUS, SearchIndex
from kbassist.search.store import INDEX_PREFIX, IndexStore, IndexWriteError, verify
from tests.contentkit import article
from tests.searchkit import labelled_content

REPO = Path(__file__).resolve().parents[2]
# The tag each block of postings starts with (whoosh.codec.whoosh3).
BLOCK_TAG = b"W3Bl"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A private labelled content folder."""
    return labelled_content(tmp_path / "content")


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    """The cache folder the index lives in."""
    return tmp_path / "cache"


def _store(content: Path, cache: Path) -> IndexStore:
    return IndexStore(content.resolve(), cache)


def _segment(store: IndexStore) -> Path:
    name = store.pointer()
    assert name is not None
    return next((store.folder / name).glob("*.seg"))


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    # In place, as a failing disk does: the file keeps its size (and readers their maps).
    with path.open("r+b") as stream:
        stream.seek(offset)
        stream.write(data)


def _break_blocks(segment: Path) -> None:
    """Overwrite the tag of every block of postings: a "Block tag error" on the next read."""
    data = segment.read_bytes()
    assert BLOCK_TAG in data
    start = 0
    while (start := data.find(BLOCK_TAG, start)) != -1:
        _overwrite(segment, start, b"XXXX")
        start += 1


def _ids(index: SearchIndex, query: str) -> list[str]:
    return [hit.id for hit in index.search(query).hits]


def _listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_damage_found_by_a_search_is_reported_then_rebuilt(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache)
    _break_blocks(_segment(index.store))
    result = index.search("refund policy")  # never raises
    assert result.hits == [] and result.status == DAMAGED_STATUS
    assert index.repair_needed
    report = index.update()
    assert report.rebuilt
    assert not index.repair_needed
    result = index.search("refund policy")
    assert result.status == "" and result.hits[0].id == "refunds/refund-policy"
    index.close()


def test_repair_rebuilds_a_damaged_index(content: Path, cache: Path) -> None:
    index = SearchIndex.open(content, cache)
    _break_blocks(_segment(index.store))
    assert index.search("refund").status == DAMAGED_STATUS
    assert index.repair_needed
    report = index.repair()
    assert report is not None and report.rebuilt
    assert index.repair() is None  # nothing left to do
    assert _ids(index, "refund")[0] == "refunds/refund-policy"
    index.close()


@pytest.mark.parametrize("how", ["random bytes", "truncated"])
def test_damage_on_disk_is_rebuilt_on_open(content: Path, cache: Path, how: str) -> None:
    SearchIndex.open(content, cache).close()
    segment = _segment(_store(content, cache))
    data = segment.read_bytes()
    if how == "truncated":
        segment.write_bytes(data[: len(data) // 3])
    else:
        segment.write_bytes(random.Random(7).randbytes(len(data)))
    index = SearchIndex.open(content, cache)
    assert index.open_report is not None and index.open_report.rebuilt
    assert _ids(index, "refund")[0] == "refunds/refund-policy"
    index.close()


def test_a_thorough_update_repairs_damage_a_quick_check_misses(content: Path, cache: Path) -> None:
    SearchIndex.open(content, cache).close()
    store = _store(content, cache)
    name = store.pointer() or ""
    segment = _segment(store)
    original = segment.read_bytes()
    rnd = random.Random(3)
    for _attempt in range(300):
        offset = rnd.randrange(len(original) - 16)
        segment.write_bytes(original[:offset] + rnd.randbytes(8) + original[offset + 8 :])
        try:
            ix = store.open(name)
        except Exception:
            continue  # found by the quick check at open: the other tests cover that
        try:
            verify(ix)
        except Exception:
            break  # damage only a full read finds
    else:
        pytest.fail("no damage that only a full read finds")
    index = SearchIndex.open(content, cache)
    assert index.open_report is None  # the quick check at open does not see it
    assert index.update(thorough=True).rebuilt
    ix = store.open(store.pointer() or "")
    verify(ix)
    index.close()


def test_cli_index_reads_everything(
    content: Path, user_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["index", "--content", str(content)]) == 0
    store = _store(content, user_dirs / "cache" / "kbassist" / "index")
    segment = _segment(store)
    data = segment.read_bytes()
    # The last posting block: no quick check at open reads it.
    _overwrite(segment, data.rfind(BLOCK_TAG), b"XXXX")
    capsys.readouterr()
    assert main(["index", "--content", str(content)]) == 0
    assert "built" in capsys.readouterr().out
    verify(store.open(store.pointer() or ""))


def _fill_disk_after(monkeypatch: pytest.MonkeyPatch, budget: int) -> None:
    """Every index file write fails with ENOSPC once budget bytes are written."""
    written = [0]
    real = StructFile.write

    def write(self: StructFile, data: Any) -> Any:
        written[0] += len(data)
        if written[0] > budget:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, data)

    monkeypatch.setattr(StructFile, "write", write)


def test_a_full_disk_keeps_the_old_index(
    content: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = SearchIndex.open(content, cache)
    store = index.store
    live = store.pointer()
    before = _listing(store.folder)
    _fill_disk_after(monkeypatch, 20_000)
    with pytest.raises(IndexWriteError, match=r"The cache folder is full: \d+ MB free in "):
        index.rebuild()
    assert store.pointer() == live
    assert _listing(store.folder) == before  # no partial segment, no temp files
    assert _ids(index, "refund")[0] == "refunds/refund-policy"

    article(content, "delivery/drones", "Drone delivery", "Drones bring small parcels.")
    with pytest.raises(IndexWriteError, match="The cache folder is full"):
        index.update()
    assert _listing(store.folder) - before <= {"write.owner"}
    assert _ids(index, "refund")[0] == "refunds/refund-policy"
    monkeypatch.undo()
    assert index.update().added == 1
    assert _ids(index, "drones")[0] == "delivery/drones"
    index.close()


def _read_only_lock(monkeypatch: pytest.MonkeyPatch) -> None:
    # As on a read-only mount (chmod does not stop root, who runs these tests in CI).
    def refuse(self: filelock.FileLock, *args: Any, **kwargs: Any) -> Any:
        raise OSError(errno.EROFS, "Read-only file system", str(self.lock_file))

    monkeypatch.setattr(filelock.FileLock, "acquire", refuse)


def test_a_read_only_cache_still_searches_an_up_to_date_index(
    content: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    SearchIndex.open(content, cache).close()
    _read_only_lock(monkeypatch)
    index = SearchIndex.open(content, cache)
    report = index.update()
    assert (report.added, report.total, report.rebuilt) == (0, 16, False)
    assert _ids(index, "refund")[0] == "refunds/refund-policy"
    article(content, "delivery/drones", "Drone delivery", "Drones bring small parcels.")
    with pytest.raises(IndexWriteError, match="cannot be written to"):
        index.update()
    assert _ids(index, "refund")[0] == "refunds/refund-policy"
    index.close()


def test_a_read_only_cache_without_an_index_says_so(
    content: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _read_only_lock(monkeypatch)
    index = SearchIndex.open(content, cache)
    assert index.open_problem is not None and "cannot be written to" in index.open_problem
    result = index.search("refund")
    assert result.hits == [] and "cannot be written to" in result.status
    index.close()


KILLED_BUILD = """
import sys, time, multiprocessing
from pathlib import Path
from kbassist.search import store
from kbassist.search.engine import SearchIndex
store.PARALLEL_MIN_FILES = 1

def progress(done, total):
    pids = sorted(p.pid for p in multiprocessing.active_children())
    print("workers", *pids, flush=True)
    time.sleep(600)  # killed here, in the middle of the build

if __name__ == "__main__":
    index = SearchIndex(store.IndexStore(Path(sys.argv[1]), Path(sys.argv[2])), procs=2)
    index.rebuild(progress=progress)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_kill_9_of_a_build_leaves_no_workers_and_no_folders(
    content: Path, cache: Path, tmp_path: Path
) -> None:
    SearchIndex.open(content, cache).close()
    store = _store(content, cache)
    live = store.pointer()
    script = tmp_path / "killed_build.py"
    script.write_text(KILLED_BUILD, "utf-8")
    builder = subprocess.Popen(
        [sys.executable, str(script), str(content.resolve()), str(cache)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert builder.stdout is not None
    line = builder.stdout.readline().split()
    assert line[0] == "workers" and len(line) >= 2, line
    workers = [int(pid) for pid in line[1:]]
    assert len([p for p in store.folder.iterdir() if p.name.startswith(INDEX_PREFIX)]) >= 2
    builder.send_signal(signal.SIGKILL)
    builder.wait(timeout=30)
    builder.stdout.close()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    orphans = [pid for pid in workers if _alive(pid)]
    for pid in orphans:  # do not leave them behind when the test fails
        os.kill(pid, signal.SIGKILL)
    assert orphans == []
    index = SearchIndex.open(content, cache)
    folders = [p.name for p in store.folder.iterdir() if p.name.startswith(INDEX_PREFIX)]
    assert sorted(folders) == [live, f"{live}.files.json"]
    assert _ids(index, "refund")[0] == "refunds/refund-policy"
    index.close()


CHINESE_FULL_DISK = """
import os, resource, signal, sys
from kbassist.search.analysis import ChineseSegmenter
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
# No file may grow at all, as on a full disk: the dictionary is inside the library.
resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))
os.chdir(sys.argv[1])
print([w for w, _s, _e in ChineseSegmenter().words("退款政策")])
"""


@pytest.mark.skipif(sys.platform == "win32", reason="file size limits are POSIX")
def test_chinese_words_are_cut_on_a_full_disk_and_nothing_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    run = subprocess.run(
        [sys.executable, "-c", CHINESE_FULL_DISK, str(folder)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO), "XDG_CACHE_HOME": str(folder)},
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "'退款', '政策'" in run.stdout
    assert list(folder.iterdir()) == []  # no dictionary cache, no temporary file
