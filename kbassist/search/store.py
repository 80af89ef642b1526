"""The on-disk index of one content folder: where it lives, locking, full builds, updates."""

from __future__ import annotations

import concurrent.futures
import contextlib
import ctypes
import errno
import gc
import hashlib
import json
import logging
import multiprocessing
import os
import secrets
import shutil
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import filelock
from whoosh import index as whoosh_index
from whoosh.writing import SegmentWriter

from kbassist.common import i18n
from kbassist.content.articles import load_article
from kbassist.content.files import list_content_files, safe_file
from kbassist.content.folder import ARTICLES_DIR, FACILITIES_DIR, REPLIES_DIR, Content
from kbassist.content.replies import load_reply
from kbassist.content.settings import SETTINGS_FILE, load_settings
from kbassist.facilities.model import GAZETTEER_FILE, load_facility_file
from kbassist.paths import folder_key
from kbassist.problems import ProblemList
from kbassist.search.schema import (
    BOOKKEEPING_KINDS,
    FILE_KIND,
    SCHEMA_VERSION,
    FileState,
    Item,
    build_schema,
    file_document,
    item_document,
    item_key,
)

log = logging.getLogger(__name__)

POINTER_FILE = "current.json"
LOCK_FILE = "write.lock"
OWNER_FILE = "write.owner"
INDEX_PREFIX = "ix-"
MANIFEST_SUFFIX = ".files.json"
# A parallel build pays for starting a process only with this many files or more.
PARALLEL_MIN_FILES = 1500
# Segments small enough for Whoosh to sort their postings in memory, without temporary runs.
SEGMENT_FILES = 2500
SEGMENT_POOL_MB = 256
Progress = Callable[[int, int], None]
# Whoosh raises these (and more) for damaged files; any of them means "rebuild".
DAMAGE = (Exception,)
# Errors that say the cache folder cannot take the write (not that the index is damaged).
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
READ_ONLY_ERRNOS = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})
# How often a build worker looks whether the process that started it is still there.
PARENT_POLL_SECONDS = 0.5


class IndexBusyError(Exception):
    """Another process is writing the index and did not finish in time."""


class IndexDamagedError(Exception):
    """The index cannot be read and must be rebuilt."""


class IndexWriteError(Exception):
    """The cache folder cannot take the index (full or read-only); the old index is kept."""


def is_damage(exc: BaseException) -> bool:
    """True when exc, raised while reading or writing an index, means damaged index files.

    Whoosh reports damaged files with almost any exception (unpickling, zlib, struct, "Block
    tag error", a term missing from its own lexicon). A failing disk or folder (OSError) is
    not damage, a rebuild would fail the same way, and neither is a bug in this code."""
    if isinstance(exc, OSError):
        # A seek to a damaged offset fails with EINVAL, a missing file with ENOENT.
        return exc.errno not in FULL_ERRNOS | READ_ONLY_ERRNOS
    return isinstance(exc, DAMAGE) and not isinstance(
        exc, (IndexWriteError, IndexBusyError, MemoryError, NameError, ImportError)
    )


@contextlib.contextmanager
def quiet_files() -> Iterator[None]:
    """Handle a failed Whoosh read or write: the files it left open close without warnings.

    Whoosh does not close them when it raises (closing a file on a full disk fails too);
    they go with the garbage collector, once nothing refers to them."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        yield
        gc.collect()


def release_files(exc: BaseException | None = None) -> None:
    """Close the files a failed Whoosh reader or writer left open (see quiet_files).

    With exc, an exception handled instead of raised: its traceback, which holds the failed
    writer's frames and so its files, is dropped first."""
    with quiet_files():
        seen: set[int] = set()
        while exc is not None and id(exc) not in seen:
            seen.add(id(exc))
            exc.__traceback__ = None
            exc = exc.__cause__ or exc.__context__


def write_error(folder: Path, exc: OSError) -> IndexWriteError | None:
    """The message for a write that failed because the cache folder is full or read-only."""
    if exc.errno in FULL_ERRNOS:
        try:
            free = shutil.disk_usage(_existing(folder)).free / 1_000_000
        except OSError:
            free = 0.0
        return IndexWriteError(
            i18n._(
                "The cache folder is full: {free:.0f} MB free in {folder}. Free some space; "
                "until then the search uses the last complete index."
            ).format(free=free, folder=folder)
        )
    if exc.errno in READ_ONLY_ERRNOS:
        return IndexWriteError(
            i18n._(
                "The cache folder {folder} cannot be written to ({value}), so the search index "
                "cannot be updated. Make it writable; until then the search uses the last "
                "complete index."
            ).format(folder=folder, value=exc.strerror or exc)
        )
    return None


def _existing(folder: Path) -> Path:
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return folder


@dataclass(frozen=True)
class UpdateReport:
    """What an update or rebuild did: items added, changed, removed, and the total after it."""

    added: int
    changed: int
    removed: int
    total: int
    seconds: float
    rebuilt: bool


def file_sha(path: Path) -> str:
    """The content hash of a file."""
    return hashlib.blake2b(path.read_bytes(), digest_size=16).hexdigest()


def scan_files(root: Path) -> dict[str, tuple[int, int]]:
    """Every indexed source file (relative posix path) with its size and mtime.

    The same listing `load_content` uses, so the index never holds a file `check` refuses (a
    link out of the folder, a FIFO, a case clash); the problems themselves are for `check`.
    """
    problems = ProblemList()
    found = {
        file.rel: (file.size, file.mtime_ns)
        for file in list_content_files(root, problems)
        if file.rel.rpartition("/")[2] != GAZETTEER_FILE
    }
    return _with_settings(root, found, problems)


def files_of(content: Content) -> dict[str, tuple[int, int]]:
    """The indexed source files as content was loaded from them (see scan_files), without
    listing the folder again: content.files, when the loader kept it; else a new listing."""
    if content.files is None:
        return scan_files(content.root)
    found = {
        rel: key for rel, key in content.files.items() if rel.rpartition("/")[2] != GAZETTEER_FILE
    }
    return _with_settings(content.root, found, ProblemList())


def _with_settings(
    root: Path, found: dict[str, tuple[int, int]], problems: ProblemList
) -> dict[str, tuple[int, int]]:
    settings = root / SETTINGS_FILE
    if safe_file(root, settings, problems):
        try:
            st = settings.stat()
        except OSError as exc:
            log.warning("Cannot read content file %s: %s", settings, exc)
        else:
            found[SETTINGS_FILE] = (st.st_size, st.st_mtime_ns)
    for problem in problems:
        log.warning("Not indexed: %s: %s", problem.location(root), problem.message)
    return dict(sorted(found.items()))


def default_language(root: Path) -> str:
    """The content's default language from kbassist.toml."""
    return load_settings(root, ProblemList()).default_language


def load_file_items(root: Path, rel: str, language: str) -> list[Item]:
    """The items of one source file, loaded on their own (problems are for `kbassist check`)."""
    problems = ProblemList()
    path = root / rel
    top = rel.split("/", 1)[0]
    if top == ARTICLES_DIR:
        article = load_article(path, root / ARTICLES_DIR, language, problems)
        return [article] if article else []
    if top == REPLIES_DIR:
        reply = load_reply(path, root / REPLIES_DIR, language, problems)
        return [reply] if reply else []
    if top == FACILITIES_DIR:
        return list(load_facility_file(path, problems))
    return []


class ItemsOfFile:
    """The loaded items of content by their source file (relative posix path).

    Looked up by id (an article's or template's id is its path), so no path is resolved:
    for the few files an update re-indexes, nothing is done for the thousands it does not."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self._facilities: dict[str, list[Item]] | None = None

    def __call__(self, rel: str) -> list[Item]:
        top, _, rest = rel.partition("/")
        if top == ARTICLES_DIR:
            article = self.content.articles.get(rest.removesuffix(".md"))
            return [article] if article is not None else []
        if top == REPLIES_DIR:
            reply = self.content.replies.get(rest.removesuffix(".md"))
            return [reply] if reply is not None else []
        if top == FACILITIES_DIR:
            if self._facilities is None:
                grouped: dict[str, list[Item]] = {}
                for facility in self.content.facilities.values():
                    grouped.setdefault(f"{FACILITIES_DIR}/{facility.path.name}", []).append(
                        facility
                    )
                self._facilities = grouped
            return self._facilities.get(rel, [])
        return []


def documents_for(rel: str, state: FileState, items: Sequence[Item]) -> list[dict[str, Any]]:
    """The index documents of one source file: its items and the file's own entry."""
    return [*(item_document(item, rel) for item in items), file_document(rel, state)]


class IndexStore:
    """The cache folder of one content folder: a pointer to the live index, older ones, a lock.

    A rebuild writes a new index folder and then swaps the pointer, so a reader in another
    process sees either the old index or the new one, never half of one.
    """

    def __init__(self, content_root: Path, cache_root: Path) -> None:
        self.content_root = content_root
        self.folder = cache_root / folder_key(content_root)

    @contextlib.contextmanager
    def write_lock(self, timeout: float) -> Iterator[None]:
        """Hold the one-writer lock. The OS frees it when a holder dies, so it is never stale."""
        lock = filelock.FileLock(self.folder / LOCK_FILE, timeout=timeout)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            lock.acquire()
        except filelock.Timeout:
            raise IndexBusyError(self._busy_message()) from None
        except OSError as exc:
            failure = write_error(self.folder, exc)
            if failure is None:
                raise
            raise failure from exc
        try:
            with contextlib.suppress(OSError):
                (self.folder / OWNER_FILE).write_text(str(os.getpid()), "utf-8")
            yield
        finally:
            lock.release()

    def _busy_message(self) -> str:
        try:
            owner = (self.folder / OWNER_FILE).read_text("utf-8").strip()
        except OSError:
            owner = "unknown"
        return (
            f"The search index in {self.folder} is being written by another KB Assist "
            f"process (pid {owner}). Try again when it has finished."
        )

    def clean_abandoned(self) -> None:
        """Remove index folders and temporary files that no index uses (left by a killed build).

        Only when no other process is writing: a build in progress holds the write lock."""
        try:
            lock = filelock.FileLock(self.folder / LOCK_FILE, timeout=0)
            lock.acquire()
        except (filelock.Timeout, OSError):
            return  # being written, or read-only: nothing to clean now
        try:
            self._remove_unused(self.pointer())
        finally:
            lock.release()

    def _remove_unused(self, live: str | None) -> None:
        try:
            entries = list(self.folder.iterdir())
        except OSError:
            return
        for entry in entries:
            name = entry.name
            if name.endswith(".tmp"):
                entry.unlink(missing_ok=True)
            elif not name.startswith(INDEX_PREFIX) or live is None:
                continue
            elif name.endswith(MANIFEST_SUFFIX):
                if name != f"{live}{MANIFEST_SUFFIX}":
                    entry.unlink(missing_ok=True)
            elif name != live:
                log.info("Removing the unused index folder %s", entry)
                # A reader in another process may still have old files open: on Windows the
                # delete fails and is retried next time.
                shutil.rmtree(entry, ignore_errors=True)

    def discard_partial(self, ix: Any) -> None:
        """After a failed write: remove the files of the segment it left and its temp folder."""
        with contextlib.suppress(*DAMAGE):
            ix = whoosh_index.open_dir(ix.storage.folder)
            whoosh_index.clean_files(
                ix.storage, ix.indexname, ix.latest_generation(), ix._segments()
            )
        folder = Path(ix.storage.folder)
        for temp in folder.glob("*.tmp"):
            if temp.is_dir():
                shutil.rmtree(temp, ignore_errors=True)
            else:
                temp.unlink(missing_ok=True)

    def pointer(self) -> str | None:
        """The live index folder name, when the pointer exists and has this schema version."""
        try:
            data = json.loads((self.folder / POINTER_FILE).read_text("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            log.warning("Index pointer in %s is unreadable (%s): rebuilding", self.folder, exc)
            return None
        if not isinstance(data, dict) or data.get("schema") != SCHEMA_VERSION:
            return None
        name = data.get("dir")
        if not isinstance(name, str) or not name.startswith(INDEX_PREFIX) or "/" in name:
            return None
        return name

    def open(self, name: str, *, check: bool = True) -> Any:
        """Open (and check) the index in folder name; IndexDamagedError when it is unusable."""
        with warnings.catch_warnings():
            # Whoosh leaves a damaged file open (its traceback holds it); closed quietly.
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                ix = whoosh_index.open_dir(str(self.folder / name))
                if check:
                    check_readable(ix)
                return ix
            except DAMAGE as exc:
                problem = f"{self.folder / name}: {exc!r}"
        release_files()
        raise IndexDamagedError(problem)

    def create(self) -> tuple[str, Any]:
        """A new, empty index folder (not live until published)."""
        name = INDEX_PREFIX + secrets.token_hex(6)
        path = self.folder / name
        path.mkdir(parents=True)
        return name, whoosh_index.create_in(str(path), build_schema())

    def save_manifest(self, name: str, generation: int, files: dict[str, FileState]) -> None:
        """Keep the file versions of one index generation beside it, for a quick next update.

        The index holds the same entries; this copy saves reading them all back."""
        data = {
            "generation": generation,
            "files": {rel: [st.size, st.mtime_ns, st.sha] for rel, st in files.items()},
        }
        temp = self.folder / f"{name}{MANIFEST_SUFFIX}.{secrets.token_hex(4)}.tmp"
        try:
            temp.write_text(json.dumps(data), "utf-8")
            temp.replace(self.folder / f"{name}{MANIFEST_SUFFIX}")
        except OSError:
            temp.unlink(missing_ok=True)

    def load_manifest(self, name: str, generation: int) -> dict[str, FileState] | None:
        """The saved file versions, when they belong to this generation of the index."""
        try:
            data = json.loads((self.folder / f"{name}{MANIFEST_SUFFIX}").read_text("utf-8"))
            if data.get("generation") != generation:
                return None
            return {
                rel: FileState(int(a), int(b), str(c)) for rel, (a, b, c) in data["files"].items()
            }
        except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
            log.warning("Index manifest unreadable (%s): re-checking every file", exc)
            return None

    def publish(self, name: str) -> None:
        """Make name the live index (atomically) and remove the older ones."""
        data = {"schema": SCHEMA_VERSION, "dir": name, "content": str(self.content_root)}
        temp = self.folder / f"{POINTER_FILE}.{secrets.token_hex(4)}.tmp"
        try:
            temp.write_text(json.dumps(data), "utf-8")
            temp.replace(self.folder / POINTER_FILE)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        self._remove_unused(name)


def check_readable(ix: Any) -> None:
    """Read a little of every segment, so damaged files fail here rather than mid-search."""
    with ix.searcher() as searcher:
        for reader, _offset in searcher.reader().leaf_readers():
            if reader.doc_count_all():
                reader.stored_fields(0)
            for fieldname in ("kind", "title", "body"):
                for _term in zip(range(3), reader.lexicon(fieldname), strict=False):
                    pass
            if ("kind", FILE_KIND) in reader:
                list(reader.postings("kind", FILE_KIND).all_ids())


def verify(ix: Any) -> None:
    """Read every stored document, term, posting and field length: raises on damaged files.

    Slower than check_readable (it reads the whole index), for `kbassist index` to repair."""
    with ix.searcher() as searcher:
        for reader, _offset in searcher.reader().leaf_readers():
            docs = reader.doc_count_all()
            for docnum in range(docs):
                reader.stored_fields(docnum)
            for fieldname in reader.indexed_field_names():
                for term in reader.lexicon(fieldname):
                    for _posting in reader.postings(fieldname, term).all_items():
                        pass
                if reader.schema[fieldname].scorable:
                    for docnum in range(docs):
                        reader.doc_field_length(docnum, fieldname)


def read_manifest(searcher: Any) -> dict[str, FileState]:
    """The version of each source file the index holds."""
    manifest: dict[str, FileState] = {}
    for docnum in searcher.document_numbers(kind=FILE_KIND):
        stored = searcher.stored_fields(docnum)
        data = stored.get("data") or {}
        manifest[stored["file"]] = FileState(
            int(data.get("size", -1)), int(data.get("mtime_ns", -1)), str(data.get("sha", ""))
        )
    return manifest


def item_count(searcher: Any) -> int:
    """The number of articles, templates and facilities in the index."""
    # doc_frequency() still counts deleted documents; the matcher does not.
    bookkeeping = sum(1 for kind in BOOKKEEPING_KINDS for _ in searcher.document_numbers(kind=kind))
    return int(searcher.doc_count()) - bookkeeping


def _ids_in(searcher: Any, rel: str) -> set[str]:
    stored = (searcher.stored_fields(n) for n in searcher.document_numbers(file=rel))
    return {
        item_key(f.get("kind"), f.get("id"))
        for f in stored
        if f.get("kind") not in BOOKKEEPING_KINDS
    }


def _keys(rel: str, items: Sequence[Item]) -> set[str]:
    documents = documents_for(rel, FileState(0, 0, ""), items)
    return {item_key(d["kind"], d["id"]) for d in documents if d["kind"] not in BOOKKEEPING_KINDS}


def _state(root: Path, rel: str, stat: tuple[int, int]) -> FileState:
    try:
        sha = file_sha(root / rel)
    except OSError:
        sha = ""
    return FileState(stat[0], stat[1], sha)


def full_build(
    ix: Any,
    root: Path,
    content: Content | None,
    progress: Progress | None,
    procs: int,
) -> tuple[int, dict[str, FileState]]:
    """Index every file of root into the empty index ix: the number of items, the files."""
    files = scan_files(root)
    states = {rel: _state(root, rel, stat) for rel, stat in files.items()}
    items_of = ItemsOfFile(content) if content is not None else None
    language = content.settings.default_language if content else default_language(root)
    jobs: list[tuple[str, FileState, list[Item] | None]] = [
        (rel, state, items_of(rel) if items_of is not None else None)
        for rel, state in states.items()
    ]
    total = len(jobs)
    procs = max(1, min(procs, os.cpu_count() or 1))
    if procs > 1 and total >= PARALLEL_MIN_FILES:
        try:
            return _parallel_build(ix, root, language, jobs, progress, procs), states
        except concurrent.futures.process.BrokenProcessPool:
            log.warning("Index build workers could not start; building in this process")
            # A worker could not start (a script without a __main__ guard, no memory):
            # the build still succeeds, in this process.
    writer = ix.writer(timeout=10.0)
    try:
        count = _add_jobs(writer, root, language, jobs, progress, 0, total)
        writer.commit()
    except BaseException:
        with quiet_files(), contextlib.suppress(*DAMAGE):
            writer.cancel()
        raise
    return count, states


def _add_jobs(
    writer: Any,
    root: Path,
    language: str,
    jobs: Sequence[tuple[str, FileState, list[Item] | None]],
    progress: Progress | None,
    done: int,
    total: int,
) -> int:
    count = 0
    for n, (rel, state, items) in enumerate(jobs, start=1):
        loaded = items if items is not None else load_file_items(root, rel, language)
        for doc in documents_for(rel, state, loaded):
            writer.add_document(**doc)
        count += len(loaded)
        if progress is not None and (n % 50 == 0 or n == len(jobs)):
            progress(done + n, total)
    return count


def _exit_with_parent(parent: int) -> None:
    """Worker initializer: end this build worker when the process that started it dies.

    A killed parent (kill -9) runs no cleanup, and an idle worker would otherwise wait for
    work for ever. Linux ends the worker at once (PR_SET_PDEATHSIG); elsewhere, and as a
    second guard, a thread looks at the parent's pid."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 is PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)  # the parent died before the signal was asked for

    def watch() -> None:
        while True:
            time.sleep(PARENT_POLL_SECONDS)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="kbassist-parent-watch", daemon=True).start()


def _segment_job(
    index_dir: str,
    root: str,
    language: str,
    jobs: list[tuple[str, FileState, list[Item] | None]],
) -> tuple[Any, int]:
    """Run in a worker process: index jobs into a segment of its own and return it."""
    ix = whoosh_index.open_dir(index_dir)
    writer = SegmentWriter(ix, _lk=False, limitmb=SEGMENT_POOL_MB)
    count = _add_jobs(writer, Path(root), language, jobs, None, 0, len(jobs))
    # Not _finish(): that removes the temporary folder the other workers are still using;
    # the parent's commit removes it.
    return writer._finalize_segment(), count


def _parallel_build(
    ix: Any,
    root: Path,
    language: str,
    jobs: list[tuple[str, FileState, list[Item] | None]],
    progress: Progress | None,
    procs: int,
) -> int:
    # Whoosh's own multi-process writer forks, which is unsafe in a process with threads
    # (the app builds from a worker thread). Worker processes are spawned instead; each
    # writes whole segments (as Whoosh's multisegment mode does, so nothing is merged
    # afterwards) and the segments go into the index in one commit.
    total = len(jobs)
    size = min(SEGMENT_FILES, -(-total // procs))
    chunks = [jobs[i : i + size] for i in range(0, total, size)]
    writer = ix.writer(timeout=10.0)
    context = multiprocessing.get_context("spawn")
    segments: list[Any] = []
    count = done = 0
    try:
        with concurrent.futures.ProcessPoolExecutor(
            procs, mp_context=context, initializer=_exit_with_parent, initargs=(os.getpid(),)
        ) as pool:
            futures = {
                pool.submit(_segment_job, writer.storage.folder, str(root), language, chunk): len(
                    chunk
                )
                for chunk in chunks
            }
            for future in concurrent.futures.as_completed(futures):
                segment, items = future.result()
                segments.append(segment)
                count += items
                done += futures[future]
                if progress is not None:
                    progress(done, total)
    except BaseException:
        with quiet_files(), contextlib.suppress(*DAMAGE):
            writer.cancel()
        raise
    writer._close_segment()
    writer._commit_toc(writer._merge_segments(None, None, None) + segments)
    writer._finish()
    return count


@dataclass
class Changes:
    """Source files that differ from what the index holds."""

    added: list[tuple[str, FileState]]
    changed: list[tuple[str, FileState]]
    removed: list[str]
    touched: list[tuple[str, FileState]]

    @property
    def empty(self) -> bool:
        """True when the index is up to date."""
        return not (self.added or self.changed or self.removed or self.touched)


def find_changes(
    root: Path, manifest: dict[str, FileState], content: Content | None = None
) -> Changes:
    """Compare the folder with the manifest: size and mtime first, then the content hash.

    With content, the files as it was loaded from them (files_of): the items indexed are
    then those of the same versions, and a large folder is not listed a second time."""
    changes = Changes([], [], [], [])
    files = files_of(content) if content is not None else scan_files(root)
    for rel, stat in files.items():
        old = manifest.get(rel)
        if old is not None and (old.size, old.mtime_ns) == stat:
            continue
        state = _state(root, rel, stat)
        if old is None:
            changes.added.append((rel, state))
        elif old.sha == state.sha:
            changes.touched.append((rel, state))
        else:
            changes.changed.append((rel, state))
    changes.removed = sorted(set(manifest) - set(files))
    return changes


def apply_changes(
    ix: Any,
    root: Path,
    changes: Changes,
    content: Content | None,
    progress: Progress | None,
) -> tuple[int, int, int, int]:
    """Re-index only the files in changes; items (added, changed, removed, total after)."""
    items_of = ItemsOfFile(content) if content is not None else None
    language = content.settings.default_language if content else default_language(root)
    work = [*changes.added, *changes.changed]
    old_keys: set[str] = set()
    new_keys: set[str] = set()
    writer = ix.writer(timeout=10.0)
    try:
        # The writer's own searcher: opening the segments once is a good part of the time.
        searcher = writer.searcher()
        before = item_count(searcher)
        for rel in [*(r for r, _ in changes.changed), *changes.removed]:
            old_keys |= _ids_in(searcher, rel)
            writer.delete_by_term("file", rel)
        for rel, state in changes.touched:
            writer.delete_by_term("key", item_key(FILE_KIND, rel))
            writer.add_document(**file_document(rel, state))
        for n, (rel, state) in enumerate(work, start=1):
            items = items_of(rel) if items_of is not None else load_file_items(root, rel, language)
            new_keys |= _keys(rel, items)
            for doc in documents_for(rel, state, items):
                writer.add_document(**doc)
            if progress is not None:
                progress(n, len(work))
        writer.commit()
    except BaseException:
        with quiet_files(), contextlib.suppress(*DAMAGE):
            writer.cancel()
        raise
    added, removed = len(new_keys - old_keys), len(old_keys - new_keys)
    return added, len(new_keys & old_keys), removed, before + added - removed


def timed(start: float) -> float:
    """Seconds since start, rounded for reports."""
    return round(time.perf_counter() - start, 3)
