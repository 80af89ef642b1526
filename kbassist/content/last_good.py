"""The last valid version of each article, kept in the user's cache so a typo hides no answer.

When an article file breaks (bad YAML, a bad date, unreadable), agents keep seeing the version
that last loaded without errors, marked as being fixed, while editors see the problem as usual.
The versions live in one SQLite file per content folder under the cache folder, never in the
content folder: it is a cache, so a damaged or unwritable one is logged and loading goes on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kbassist.common import i18n
from kbassist.common.clock import Clock
from kbassist.common.textfile import read_text
from kbassist.content.articles import parse_article
from kbassist.content.files import ARTICLES_DIR, list_content_files, safe_file
from kbassist.content.settings import SETTINGS_FILE, ContentSettings, load_settings
from kbassist.paths import cache_dir, folder_key
from kbassist.problems import ProblemList

log = logging.getLogger(__name__)

STORE_FOLDER = "last-good"
STORE_SUFFIX = ".sqlite"
SCHEMA_VERSION = 1
# Another process (the app and `kbassist search`) may be writing: wait this long, then go on.
BUSY_TIMEOUT_S = 2.0
# SQLite's primary result codes that mean the file itself is damaged (not busy, full, locked).
_DAMAGED_CODES = frozenset({11, 26})  # SQLITE_CORRUPT, SQLITE_NOTADB
_SCHEMA = """
CREATE TABLE kept (
    id TEXT PRIMARY KEY,
    sha TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    source BLOB NOT NULL
)
"""


def source_sha(text: str) -> str:
    """The hash that tells whether an article's text changed since it was kept."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def shown_time(moment: dt.datetime) -> str:
    """A kept version's time as agents read it: the local date and minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def being_fixed_notice(kept_from: dt.datetime) -> str:
    """The line shown with an article whose file is broken, over its last valid version."""
    return f"Being fixed: this is the version from {shown_time(kept_from)}"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class KeptVersion:
    """The text of an article's last valid version and when it was kept."""

    text: str
    saved_at: dt.datetime


class LastGoodStore:
    """Where the last valid versions of one content folder's articles are kept."""

    def __init__(
        self, content_root: Path, cache_root: Path | None = None, clock: Clock | None = None
    ) -> None:
        folder = cache_root if cache_root is not None else cache_dir() / STORE_FOLDER
        self.content_root = content_root
        self.path = folder / f"{folder_key(content_root)}{STORE_SUFFIX}"
        self.clock: Clock = clock or _now

    def in_use(self) -> bool:
        """True when some article is broken now and would be shown as its kept version.

        Much cheaper than a load: only files that differ from their kept version are parsed.
        A reader of single files (the search index) needs the loaded content only then."""
        root = self.content_root
        problems = ProblemList()
        with self.session() as kept:
            kept_ids = kept.ids
            if not kept_ids:
                return False
            settings: ContentSettings | None = None
            listed: set[str] = set()
            for file in list_content_files(root, problems):
                if not file.rel.startswith(f"{ARTICLES_DIR}/"):
                    continue
                ident = file.rel[len(ARTICLES_DIR) + 1 :].removesuffix(".md")
                listed.add(ident)
                if ident not in kept_ids:
                    continue  # broken or not, nothing to fall back to
                own = ProblemList()
                text = read_text(file.path, own)
                if text is not None and kept.matches(ident, text):
                    continue  # the kept version itself
                if settings is None:
                    readable = safe_file(root, root / SETTINGS_FILE, own)
                    settings = load_settings(root, own) if readable else ContentSettings()
                folder = root / ARTICLES_DIR
                language = settings.default_language
                article = parse_article(text, file.path, folder, language, own) if text else None
                if article is None or own.has_errors:
                    return True
            for ident in kept_ids - listed:
                path = article_source(root, ARTICLES_DIR, ident)
                if path is not None and os.path.lexists(path):
                    return True
        return False

    @contextlib.contextmanager
    def session(self) -> Iterator[LastGoodSession]:
        """One load's use of the store: read what is kept, then write what changed."""
        session = LastGoodSession(self.path, self.clock)
        try:
            yield session
        finally:
            session.close()


class LastGoodSession:
    """The kept versions as one load sees them; never raises for a damaged or full cache."""

    def __init__(self, path: Path, clock: Clock) -> None:
        self.path = path
        self._clock = clock
        # id -> hash of the kept text: all a load compares, so no kept text is read for it.
        self._digests: dict[str, str] = {}
        self._pending: dict[str, tuple[str, str]] = {}
        self._damaged: set[str] = set()
        self._db = self._open()

    @property
    def ids(self) -> frozenset[str]:
        """The ids of the articles that have a kept version."""
        return frozenset(self._digests)

    def matches(self, ident: str, text: str) -> bool:
        """True when text is the kept version of ident."""
        return self._digests.get(ident) == source_sha(text)

    def remember(self, ident: str, text: str) -> None:
        """Keep text as the last valid version of ident (written by finish, when it changed)."""
        sha = source_sha(text)
        if self._digests.get(ident) != sha or ident in self._damaged:
            self._pending[ident] = (sha, text)

    def kept(self, ident: str) -> KeptVersion | None:
        """The last valid version of ident; None when there is none or it is damaged."""
        if self._db is None or ident not in self._digests or ident in self._damaged:
            return None
        try:
            row = self._db.execute(
                "SELECT sha, saved_at, source FROM kept WHERE id = ?", (ident,)
            ).fetchone()
        except sqlite3.Error as exc:
            log.warning(
                "Cannot read the last valid version of %s from %s: %s", ident, self.path, exc
            )
            self._forget_if_damaged(exc)
            return None
        if row is None:
            return None  # dropped by another process since this load began
        try:
            sha, saved_at, source = row
            text = bytes(source).decode("utf-8", "surrogatepass")
            if sha != self._digests[ident] or source_sha(text) != sha:
                raise ValueError(i18n._("its text does not match its hash"))
            moment = dt.datetime.fromisoformat(saved_at)
            if moment.tzinfo is None:
                raise ValueError(
                    i18n._("its time {saved_at!r} has no zone").format(saved_at=saved_at)
                )
        except (TypeError, ValueError) as exc:
            log.warning(
                "Ignoring the damaged last valid version of %s in %s: %s", ident, self.path, exc
            )
            self._damaged.add(ident)
            return None
        return KeptVersion(text, moment)

    def finish(self, present: Iterable[str]) -> None:
        """Write the versions remembered and drop those of articles not in present."""
        if self._db is None:
            return
        keep = set(present)
        dropped = [(i,) for i in self._digests.keys() - keep] + [(i,) for i in self._damaged]
        saved_at = self._clock().astimezone(dt.UTC).isoformat()
        rows = [
            (ident, sha, saved_at, text.encode("utf-8", "surrogatepass"))
            for ident, (sha, text) in self._pending.items()
        ]
        if not dropped and not rows:
            return  # the usual reload: nothing changed, nothing written
        try:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("DELETE FROM kept WHERE id = ?", dropped)
            self._db.executemany("INSERT OR REPLACE INTO kept VALUES (?, ?, ?, ?)", rows)
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            with contextlib.suppress(sqlite3.Error):
                self._db.execute("ROLLBACK")
            # A full disk or a busy store costs only freshness: the next load tries again.
            log.warning("Cannot save the last valid versions of articles in %s: %s", self.path, exc)
            self._forget_if_damaged(exc)
            return
        for (ident,) in dropped:
            self._digests.pop(ident, None)
        self._digests.update({ident: sha for ident, (sha, _) in self._pending.items()})
        self._pending.clear()
        self._damaged.clear()

    def close(self) -> None:
        """Close the store file."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def _forget_if_damaged(self, exc: sqlite3.Error) -> None:
        """After a read or write found the file damaged: remove it, the next load starts afresh."""
        if not _is_damage(exc):
            return
        self.close()
        self._digests.clear()
        self._remove_files()

    def _remove_files(self) -> None:
        for leftover in (self.path, self.path.with_name(f"{self.path.name}-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError as exc:
                log.warning("Cannot remove the damaged %s: %s", leftover, exc)

    def _open(self) -> sqlite3.Connection | None:
        try:
            return self._connect()
        except sqlite3.Error as exc:
            if not _is_damage(exc):
                log.warning("Cannot use the last valid versions in %s: %s", self.path, exc)
                return None
            log.warning(
                "The last valid versions in %s are damaged (%s): starting afresh", self.path, exc
            )
        except OSError as exc:
            log.warning("Cannot use the last valid versions in %s: %s", self.path, exc)
            return None
        self._remove_files()
        try:
            return self._connect()
        except (sqlite3.Error, OSError) as exc:
            log.warning("Cannot use the last valid versions in %s: %s", self.path, exc)
            return None

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Autocommit: each read is a short transaction of its own; finish() writes in one.
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        try:
            (version,) = db.execute("PRAGMA user_version").fetchone()
            if version != SCHEMA_VERSION:
                self._create(db, version)
            self._digests = dict(db.execute("SELECT id, sha FROM kept").fetchall())
        except BaseException:
            db.close()
            raise
        return db

    def _create(self, db: sqlite3.Connection, version: int) -> None:
        if version:
            log.info(
                "Starting the last valid versions in %s afresh (version %s)", self.path, version
            )
        db.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have created it while this one waited for the lock.
            (version,) = db.execute("PRAGMA user_version").fetchone()
            if version == SCHEMA_VERSION:
                db.execute("COMMIT")
                return
            db.execute("DROP TABLE IF EXISTS kept")
            db.execute(_SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise


def _is_damage(exc: sqlite3.Error) -> bool:
    """True when SQLite says the file itself is damaged (not busy, locked, full or read-only)."""
    return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF in _DAMAGED_CODES


def article_source(root: Path, articles_dir: str, ident: str) -> Path | None:
    """The file an article id comes from; None for an id that cannot be one (from a bad cache)."""
    parts = PurePosixPath(ident).parts
    if not parts or ident.startswith("/") or any(p in ("", ".", "..") for p in parts):
        return None
    return root / articles_dir / f"{ident}.md"
