"""The git repository holding a content folder, read and written with dulwich (no git binary).

Only the content folder is ever written: a commit starts from HEAD's tree and replaces the
chosen content files in it, so whatever else someone staged in the repository stays staged
and out of the commit (like `git commit --only`).
"""

from __future__ import annotations

import datetime as dt
import difflib
import logging
import os
import posixpath
import re
import stat
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

from dulwich.config import ConfigFile, get_xdg_config_home_path
from dulwich.errors import (
    ApplyDeltaError,
    ChecksumMismatch,
    CommitError,
    FileFormatException,
    HookError,
    MissingCommitError,
    NoIndexPresent,
    NotGitRepository,
    ObjectMissing,
    RefFormatError,
    WrongObjectException,
)
from dulwich.ignore import IgnoreFilterManager
from dulwich.index import ConflictedIndexEntry, IndexEntry, commit_tree, index_entry_from_stat
from dulwich.object_store import iter_tree_contents
from dulwich.objects import Blob, Commit, ObjectID, Tree
from dulwich.objectspec import AmbiguousShortId, parse_commit
from dulwich.refs import Ref
from dulwich.repo import Repo
from dulwich.walk import Walker

from kbassist.common import i18n
from kbassist.common.localformat import format_day
from kbassist.common.textfile import decode_text
from kbassist.content.files import list_content_files
from kbassist.content.settings import SETTINGS_FILE
from kbassist.content.synonyms import SYNONYMS_FILE
from kbassist.problems import ProblemList, shown_path
from kbassist.revisions.walk import file_commits, newest_changes

log = logging.getLogger(__name__)

SHORT_ID_LENGTH = 7
# A revision: HEAD, a branch, a full or short commit id, each optionally followed by ~N or ^N.
_REVISION = re.compile(r"^(?P<base>[^~^\s]+)(?P<steps>(?:[~^]\d*)*)$")
_STEP = re.compile(r"([~^])(\d*)")
_IDENTITY = re.compile(rb"^(?P<name>.*?)\s*<(?P<email>[^>]*)>\s*$")
# Renamed-and-edited files are paired when this much of their text is alike (git's default).
_RENAME_SIMILARITY = 0.5
# Pairing by similarity compares every deleted file with every added one: only for a few.
_MOST_RENAME_CANDIDATES = 60
_SUBMODULE_MODE = 0o160000
# What reading a broken repository raises: a missing object, a bad pack, an unreadable file.
_READ_ERRORS = (
    KeyError,
    OSError,
    OverflowError,
    ValueError,
    zlib.error,
    ApplyDeltaError,
    ChecksumMismatch,
    FileFormatException,
    MissingCommitError,
    NoIndexPresent,
    NotGitRepository,
    ObjectMissing,
    RefFormatError,
    WrongObjectException,
)
_EXECUTABLE_MODE = 0o100755
_FILE_MODE = 0o100644


class RevisionsError(Exception):
    """Something the user can act on; the message says what happened and what to do."""


class DamagedRepositoryError(RevisionsError):
    """The repository exists but cannot be read."""


class ConfigFileError(RevisionsError):
    """A git config file (the repository's, ~/.gitconfig, /etc/gitconfig) cannot be parsed."""


class UnreadableCommitError(RevisionsError):
    """One commit's details (its date, most often) cannot be read; the others can."""


class UnknownRevisionError(RevisionsError):
    """A revision that names no commit."""


class IdentityMissingError(RevisionsError):
    """user.name or user.email is not set, so a commit would have no author."""


class CommitRefusedError(RevisionsError):
    """The commit cannot be made as asked (nothing to commit, outside the folder, a merge…)."""


@dataclass(frozen=True)
class Change:
    """One commit that touched a file, as the history lists it."""

    commit_id: str
    author_name: str
    author_email: str
    when: dt.datetime  # the author's time, in the author's own offset
    message: str
    path: Path  # where the file was at this commit (it may have been renamed since)

    @property
    def short_id(self) -> str:
        """The abbreviated commit id people read and type."""
        return self.commit_id[:SHORT_ID_LENGTH]

    @property
    def summary(self) -> str:
        """The first line of the message."""
        return self.message.strip().split("\n", 1)[0].strip()


class FileStatus(StrEnum):
    """How a content file differs from HEAD."""

    MODIFIED = "modified"
    ADDED = "added"
    DELETED = "deleted"
    RENAMED = "renamed"
    # A symbolic link (or other special file): shown, never committed from here.
    UNSUPPORTED = "symbolic link, not committed"


@dataclass(frozen=True)
class FileChange:
    """A content file that differs from HEAD; old_path is where a renamed file was."""

    path: Path
    status: FileStatus
    old_path: Path | None = None


class Identity(NamedTuple):
    """Who a commit is by, from the repository's git config."""

    name: str
    email: str

    def as_bytes(self) -> bytes:
        """As git writes it: "Ana Novak <ana@example.com>"."""
        return f"{self.name} <{self.email}>".encode()


class TrackingStatus(NamedTuple):
    """The local branch compared with its remote-tracking branch, as last fetched."""

    ahead: int
    behind: int
    branch: str
    remote_branch: str  # e.g. "origin/main"


@dataclass(frozen=True)
class Version:
    """One side of a comparison: its text and how to name it."""

    label: str  # "a1b2c3d (3 Nov 2026)" or "working copy"
    text: str
    commit_id: str | None  # None for the working copy
    path: Path


class Versions(NamedTuple):
    """Two versions of a file, older first."""

    old: Version
    new: Version


def open_repository(content_root: Path) -> ContentRepository | None:
    """The repository content_root is in; None when it is in none.

    Raises DamagedRepositoryError when the nearest `.git` cannot be read.
    """
    start = Path(os.path.realpath(content_root))
    for folder in (start, *start.parents):
        if not (folder / ".git").exists():
            continue
        try:
            repo = Repo(str(folder))
        except _READ_ERRORS as exc:
            _raise_for_config(folder / ".git", exc)
            raise DamagedRepositoryError(
                i18n._(
                    "The git repository at {folder} cannot be read ({exc}). Check it with your "
                    "git tool (git status, git fsck) or clone it again."
                ).format(folder=folder, exc=exc)
            ) from exc
        return ContentRepository(repo, start)
    return None


class ContentRepository:
    """History, differences and commits for the files of one content folder."""

    def __init__(self, repo: Repo, content_root: Path) -> None:
        self._repo = repo
        self.root = Path(os.path.realpath(repo.path))
        self.content_root = Path(os.path.realpath(content_root))
        self._prefix = self.content_root.relative_to(self.root).as_posix()
        if self._prefix == ".":
            self._prefix = ""
        self._last_changes: dict[bytes, Change | None] = {}
        self._last_changes_head: bytes | None = None

    def close(self) -> None:
        """Release the repository's open files."""
        self._repo.close()

    def __enter__(self) -> ContentRepository:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # History

    def history(self, path: Path, skipped: list[str] | None = None) -> list[Change]:
        """Every commit that touched path, newest first, across renames and merged branches.

        A commit whose details cannot be read is left out, with a note saying so appended to
        skipped (when given); the rest of the history is still listed.
        """
        rel = self._rel(path)
        with self._reading():
            head = self._head()
            if head is None:
                return []
            store = self._repo.object_store
            changes = []
            shallow = self._repo.get_shallow()
            for commit, at in file_commits(store, head, rel, follow=True, shallow=shallow):
                try:
                    changes.append(self._change(commit, at))
                except UnreadableCommitError as exc:
                    log.warning("%s", exc)
                    if skipped is not None:
                        skipped.append(str(exc))
            return changes

    def last_change(self, path: Path) -> Change | None:
        """The newest commit that touched path (remembered until HEAD moves); the walk goes
        back no further than that commit."""
        rel = self._rel(path)
        with self._reading():
            head = self._head()
            cache = self._changes_cache(head)
            if rel not in cache:
                # Noting the other content files on the way makes the next article's lookup
                # most often free, for a few more names compared in each changed folder.
                others = [r for r in self._content_files(head) if r not in cache and r != rel]
                self._walk_newest(head, cache, [rel], others)
            return cache[rel]

    def last_changes(self, paths: Iterable[Path]) -> dict[Path, Change]:
        """The newest commit that touched each of paths, found in one walk of the history
        (remembered until HEAD moves); a path no commit touched is left out."""
        rels = {path: self._rel(path) for path in paths}
        with self._reading():
            head = self._head()
            cache = self._changes_cache(head)
            self._walk_newest(head, cache, [r for r in rels.values() if r not in cache], [])
            found = {path: cache[rel] for path, rel in rels.items()}
        return {path: change for path, change in found.items() if change is not None}

    def resolve(self, revision: str) -> str:
        """The full commit id revision names: HEAD, a branch, a (short) id, with ~N or ^N."""
        with self._reading():
            return self._resolve(revision).id.decode("ascii")

    def change_at(self, revision: str, path: Path) -> Change:
        """The commit revision names, described as a Change of path."""
        with self._reading():
            return self._change(self._resolve(revision), self._rel(path))

    # Text and differences

    def text_at(self, path: Path, revision: str) -> str:
        """The file's text at revision; path is where the file was then."""
        with self._reading():
            commit = self._resolve(revision)
            text = self._blob_text(commit, self._rel(path))
        if text is None:
            raise RevisionsError(
                i18n._(
                    "{shown} did not exist at {commit}. See `kbassist history` for the versions "
                    "it has."
                ).format(shown=self._shown(path), commit=commit.id.decode()[:SHORT_ID_LENGTH])
            )
        return text

    def versions(self, path: Path, old: str, new: str | None = None) -> Versions:
        """The file at revision old and at new (None: the working copy), found across renames.

        A side where the file did not exist yet (or any more) has empty text.
        """
        return Versions(self._version(path, old), self._version(path, new))

    def diff(self, path: Path, old: str, new: str | None = None, context: int = 3) -> list[str]:
        """A unified diff, line by line without line ends, from revision old to new (None:
        the working copy)."""
        versions = self.versions(path, old, new)
        return unified_diff(versions, self.root, context)

    # Changes in the working tree and commits

    def changed_since(self, revision: str) -> list[Path]:
        """Content files whose committed version differs between revision and HEAD (added,
        changed or deleted in the commits since): two tree walks, no file read."""
        with self._reading():
            since = self._resolve(revision).id
            old = {r: v for r, v in self._head_files(since).items() if self._under_content(r)}
            new = {
                r: v for r, v in self._head_files(self._head()).items() if self._under_content(r)
            }
        return sorted(self._path(r) for r in old.keys() | new.keys() if old.get(r) != new.get(r))

    def changed_content_files(self) -> list[FileChange]:
        """Content files that differ from HEAD (staged or not, untracked content included)."""
        with self._reading():
            return self._changed_files()

    def select(self, paths: Iterable[Path] | None = None) -> list[FileChange]:
        """The changed content files that commit(paths) would commit (all of them for None).

        Raises CommitRefusedError for a path outside the content folder.
        """
        # Links and other special files are listed so nobody wonders; only git tools commit them.
        changes = [
            c for c in self.changed_content_files() if c.status is not FileStatus.UNSUPPORTED
        ]
        if paths is None:
            return changes
        wanted = set()
        for path in paths:
            real = Path(os.path.realpath(path))
            if not real.is_relative_to(self.content_root):
                raise CommitRefusedError(
                    i18n._(
                        "{path} is not in the content folder {content_root}; only content files "
                        "are committed from here. Use your git tool for other files."
                    ).format(path=path, content_root=self.content_root)
                )
            wanted.add(real)
        return [c for c in changes if c.path in wanted or c.old_path in wanted]

    def identity(self) -> Identity:
        """The author and committer of new commits: user.name and user.email from git config.

        Raises IdentityMissingError when either is unset.
        """
        try:
            config = self._repo.get_config_stack()
        except ValueError as exc:
            _raise_for_config(Path(self._repo.controldir()), exc)
            raise
        values: dict[str, str] = {}
        for key in ("name", "email"):
            try:
                raw = config.get(("user",), key)
            except KeyError:
                raw = b""
            values[key] = raw.decode("utf-8", "replace").strip()
        if not values["name"] or not values["email"]:
            missing = " and ".join(f"user.{k}" for k in ("name", "email") if not values[k])
            raise IdentityMissingError(
                i18n._(
                    "git does not know who you are: {missing} is not set. Set it with your git "
                    'tool (git config --global user.name "Your Name" and git config --global '
                    "user.email you@example.com), or add a [user] section with name and email to "
                    "{value}."
                ).format(missing=missing, value=self.root / ".git" / "config")
            )
        return Identity(values["name"], values["email"])

    def commit(self, paths: Iterable[Path] | None, message: str) -> Change:
        """Commit the changed content files among paths (None: all) with message.

        Only those files go into the commit, whatever else is staged. Raises
        CommitRefusedError, IdentityMissingError or DamagedRepositoryError.
        """
        if not message.strip():
            raise CommitRefusedError(i18n._("Write a commit message saying what changed and why."))
        selected = self.select(paths)
        if not selected:
            raise CommitRefusedError(
                i18n._("Nothing to commit: those files are as in the last commit.")
            )
        identity = self.identity()
        if (Path(self._repo.controldir()) / "MERGE_HEAD").exists():
            raise CommitRefusedError(
                i18n._(
                    "A merge is in progress in this repository. Finish it with your git tool first."
                )
            )
        with self._reading():
            try:
                return self._commit(selected, message, identity)
            except (CommitError, HookError) as exc:
                raise CommitRefusedError(
                    i18n._(
                        "The repository refused the commit ({exc}); its hooks may ask for "
                        "something. Nothing was committed."
                    ).format(exc=exc)
                ) from exc

    def tracking_status(self) -> TrackingStatus | None:
        """How far the branch is ahead of and behind its remote-tracking branch (no network).

        None when HEAD is not on a branch or the branch tracks nothing that was fetched.
        """
        with self._reading():
            try:
                ref = self._repo.refs.follow(Ref(b"HEAD"))[0][-1]
            except KeyError:
                return None
            if not ref.startswith(b"refs/heads/"):
                return None
            branch = ref.removeprefix(b"refs/heads/")
            remote_ref = self._upstream(branch)
            if remote_ref is None:
                return None
            local, remote = self._repo.refs[ref], self._repo.refs[remote_ref]
            store = self._repo.object_store
            ahead = sum(1 for _ in Walker(store, [local], exclude=[remote]))
            behind = sum(1 for _ in Walker(store, [remote], exclude=[local]))
            return TrackingStatus(
                ahead,
                behind,
                branch.decode("utf-8", "replace"),
                remote_ref.removeprefix(b"refs/remotes/").decode("utf-8", "replace"),
            )

    # Internals

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Turn a repository that fails half-way (a missing object, a bad pack) into one
        message; errors already meant for the user pass through."""
        try:
            yield
        except RevisionsError:
            raise
        except _READ_ERRORS as exc:
            _raise_for_config(Path(self._repo.controldir()), exc)
            log.exception("Reading the git repository %s failed", self.root)
            raise DamagedRepositoryError(
                i18n._(
                    "The git repository at {root} cannot be read ({error_type}: {exc}). Check it "
                    "with your git tool (git fsck) or clone it again."
                ).format(root=self.root, error_type=type(exc).__name__, exc=exc)
            ) from exc

    def _changes_cache(self, head: ObjectID | None) -> dict[bytes, Change | None]:
        """The newest change of each file looked up so far, emptied when HEAD has moved."""
        if head != self._last_changes_head:
            self._last_changes = {}
            self._last_changes_head = head
        return self._last_changes

    def _walk_newest(
        self,
        head: ObjectID | None,
        cache: dict[bytes, Change | None],
        needed: list[bytes],
        extra: list[bytes],
    ) -> None:
        """Put in cache the newest change of each needed file (None when no commit touched
        it), and of each extra file whose newest change the walk passes on the way."""
        if not needed:
            return
        if head is None:
            cache.update(dict.fromkeys(needed))
            return
        missing = set(needed)
        store = self._repo.object_store
        shallow = self._repo.get_shallow()
        for commit, rels in newest_changes(store, head, [*needed, *extra], shallow=shallow):
            for rel in rels:
                try:
                    cache[rel] = self._change(commit, rel)
                except UnreadableCommitError as exc:
                    # Only this file's line goes without an author; the others still get theirs.
                    log.warning("%s", exc)
                    cache[rel] = None
            missing.difference_update(rels)
            if not missing:
                return
        # The history is read to its roots: no commit touched what is left.
        for rel in [*needed, *extra]:
            cache.setdefault(rel, None)

    def _content_files(self, head: ObjectID | None) -> list[bytes]:
        """Every file in HEAD's tree under the content folder."""
        if head is None:
            return []
        store = self._repo.object_store
        tree = self._commit_object(head).tree
        prefix = os.fsencode(self._prefix)
        if prefix:
            top = store[tree]
            assert isinstance(top, Tree)
            try:
                mode, tree = top.lookup_path(store.__getitem__, prefix)
            except KeyError:
                return []  # HEAD has no content folder yet
            if not stat.S_ISDIR(mode):
                return []
        return [
            posixpath.join(prefix, entry.path) if prefix else entry.path
            for entry in iter_tree_contents(store, tree)
            if entry.path is not None and entry.mode != _SUBMODULE_MODE
        ]

    def _rel(self, path: Path) -> bytes:
        real = Path(os.path.realpath(path))
        if not real.is_relative_to(self.root):
            raise RevisionsError(
                i18n._("{path} is not in the git repository at {root}.").format(
                    path=path, root=self.root
                )
            )
        return os.fsencode(real.relative_to(self.root).as_posix())

    def _path(self, rel: bytes) -> Path:
        return self.root / os.fsdecode(rel)

    def _shown(self, path: Path) -> str:
        return shown_path(Path(os.path.realpath(path)), self.content_root).as_posix()

    def _head(self) -> ObjectID | None:
        try:
            return self._repo.refs[Ref(b"HEAD")]
        except KeyError:
            return None  # a repository without a commit yet

    def _commit_object(self, commit_id: bytes) -> Commit:
        obj = self._repo.object_store[ObjectID(commit_id)]
        if not isinstance(obj, Commit):
            raise UnknownRevisionError(
                i18n._("{commit} is not a commit.").format(commit=commit_id.decode())
            )
        return obj

    def _resolve(self, revision: str) -> Commit:
        unknown = UnknownRevisionError(
            i18n._(
                "No version '{revision}' in the repository at {root}. Give a commit id from "
                "`kbassist history`, or HEAD~N for N commits before the last one."
            ).format(revision=revision, root=self.root)
        )
        match = _REVISION.match(revision.strip())
        if match is None:
            raise unknown
        try:
            commit = parse_commit(self._repo, match["base"].encode())
        except (KeyError, ValueError, NotGitRepository) as exc:
            raise unknown from exc
        except AmbiguousShortId as exc:
            raise UnknownRevisionError(
                i18n._(
                    "'{revision}' could be several commits. Give more characters of the id."
                ).format(revision=revision)
            ) from exc
        shallow = self._repo.get_shallow()
        for kind, number in _STEP.findall(match["steps"]):
            count = int(number) if number else 1
            for _ in range(count if kind == "~" else int(count > 0)):
                # Where a shallow clone was cut off, the commit has no parents here.
                parents = [] if commit.id in shallow else commit.parents
                index = 0 if kind == "~" else count - 1
                if index >= len(parents):
                    raise unknown
                commit = self._commit_object(parents[index])
        return commit

    def _change(self, commit: Commit, rel: bytes) -> Change:
        encoding = (commit.encoding or b"utf-8").decode("ascii", "replace")
        match = _IDENTITY.match(commit.author)
        raw_name, raw_email = (match["name"], match["email"]) if match else (commit.author, b"")
        try:
            offset = dt.timezone(dt.timedelta(seconds=commit.author_timezone))
            when = dt.datetime.fromtimestamp(commit.author_time, offset)
        except (ValueError, OverflowError, OSError) as exc:
            raise UnreadableCommitError(
                i18n._(
                    "Commit {commit} has a date that cannot be read ({exc}), so it is left out. "
                    "`git show` in your git tool shows it."
                ).format(commit=commit.id.decode("ascii")[:SHORT_ID_LENGTH], exc=exc)
            ) from exc
        return Change(
            commit_id=commit.id.decode("ascii"),
            author_name=_decode(raw_name, encoding),
            author_email=_decode(raw_email, encoding),
            when=when,
            message=_decode(commit.message, encoding),
            path=self._path(rel),
        )

    def _blob_text(self, commit: Commit, rel: bytes) -> str | None:
        data = self._blob_data(commit.tree, rel)
        return None if data is None else decode_text(data)

    def _blob_data(self, tree_id: ObjectID, rel: bytes) -> bytes | None:
        store = self._repo.object_store
        tree = store[tree_id]
        assert isinstance(tree, Tree)
        try:
            _mode, sha = tree.lookup_path(store.__getitem__, rel)
        except KeyError:
            return None
        blob = store[sha]
        return blob.as_raw_string() if isinstance(blob, Blob) else None

    def _version(self, path: Path, revision: str | None) -> Version:
        if revision is None:
            try:
                text = decode_text(path.read_bytes())
            except FileNotFoundError:
                text = ""
            except OSError as exc:
                raise RevisionsError(
                    i18n._("Cannot read {path}: {value}.").format(
                        path=path, value=exc.strerror or exc
                    )
                ) from exc
            return Version("working copy", text, None, path)
        with self._reading():
            commit = self._resolve(revision)
            rel = self._rel(path)
            names = [rel]
            # The file may have had another name then: try each name its history shows.
            if self._blob_text(commit, rel) is None:
                names += [self._rel(c.path) for c in self.history(path)]
            found = ((n, self._blob_text(commit, n)) for n in dict.fromkeys(names))
            name, text = next(((n, t) for n, t in found if t is not None), (rel, ""))
            change = self._change(commit, name)
            label = f"{change.short_id} ({day_text(change.when)})"
            return Version(label, text, change.commit_id, change.path)

    def _upstream(self, branch: bytes) -> Ref | None:
        config = self._repo.get_config()
        refs = self._repo.refs
        try:
            remote = config.get((b"branch", branch), b"remote")
            merge = config.get((b"branch", branch), b"merge")
        except KeyError:
            remote, merge = b"origin", b"refs/heads/" + branch
        candidate = Ref(b"refs/remotes/" + remote + b"/" + merge.removeprefix(b"refs/heads/"))
        return candidate if candidate in refs else None

    def _under_content(self, rel: bytes) -> bool:
        if not self._prefix:
            return True
        prefix = os.fsencode(self._prefix)
        return rel == prefix or rel.startswith(prefix + b"/")

    def _head_files(self, head: ObjectID | None) -> dict[bytes, tuple[ObjectID, int]]:
        """Every file in HEAD's tree: path -> (blob id, mode)."""
        if head is None:
            return {}
        store = self._repo.object_store
        tree = self._commit_object(head).tree
        return {
            entry.path: (entry.sha, entry.mode)
            for entry in iter_tree_contents(store, tree)
            if entry.path is not None
            and entry.sha is not None
            and entry.mode is not None
            and entry.mode != _SUBMODULE_MODE
        }

    def _changed_files(self) -> list[FileChange]:
        head_files = {
            rel: value
            for rel, value in self._head_files(self._head()).items()
            if self._under_content(rel)
        }
        index = self._repo.open_index()
        indexed = {rel for rel in index.paths() if self._under_content(rel)}
        normalizer = self._repo.get_blob_normalizer()
        index_mtime_ns = _mtime_ns(self._repo.index_path())
        deleted: list[bytes] = []
        added: dict[bytes, ObjectID] = {}
        modified: list[bytes] = []
        unsupported: list[bytes] = []
        for rel in sorted(head_files.keys() | indexed | self._untracked(indexed, head_files)):
            entry = index[rel] if rel in indexed else None
            known = head_files.get(rel)
            special = self._special_file(rel, known)
            if special is not None:
                if special:
                    unsupported.append(rel)
                continue
            current = self._worktree_id(rel, entry, normalizer, index_mtime_ns)
            if current is None:
                if known is not None:
                    deleted.append(rel)
            elif known is None:
                added[rel] = current
            elif known[0] != current:
                modified.append(rel)
        renames = self._pair_renames(deleted, added, head_files)
        changes = [FileChange(self._path(r), FileStatus.MODIFIED) for r in modified]
        for old, new in renames.items():
            changes.append(FileChange(self._path(new), FileStatus.RENAMED, self._path(old)))
        renamed_to = set(renames.values())
        changes += [
            FileChange(self._path(r), FileStatus.ADDED) for r in added if r not in renamed_to
        ]
        changes += [
            FileChange(self._path(r), FileStatus.DELETED) for r in deleted if r not in renames
        ]
        changes += [FileChange(self._path(r), FileStatus.UNSUPPORTED) for r in unsupported]
        return sorted(changes, key=lambda c: c.path)

    def _special_file(self, rel: bytes, known: tuple[ObjectID, int] | None) -> bool | None:
        """None for a regular file (or none) on both sides; else whether a symbolic link or
        other special file differs from HEAD, which only git tools can commit."""
        path = self._path(rel)
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            st = None
        on_disk_special = st is not None and not stat.S_ISREG(st.st_mode)
        in_head_link = known is not None and stat.S_ISLNK(known[1])
        if not on_disk_special and not in_head_link:
            return None
        if st is not None and stat.S_ISLNK(st.st_mode) and known is not None and in_head_link:
            target = Blob.from_string(os.fsencode(path.readlink()))
            return target.id != known[0]
        return True

    def _untracked(self, indexed: set[bytes], head_files: Mapping[bytes, object]) -> set[bytes]:
        """New content files: articles, replies, facilities, settings and synonyms."""
        found = [f.path for f in list_content_files(self.content_root, ProblemList())]
        for name in (SETTINGS_FILE, SYNONYMS_FILE):
            if (self.content_root / name).is_file():
                found.append(self.content_root / name)
        ignore = IgnoreFilterManager.from_repo(self._repo)
        untracked = set()
        for path in found:
            rel = self._rel(path)
            if rel in indexed or rel in head_files:
                continue
            if not ignore.is_ignored(os.fsdecode(rel)):
                untracked.add(rel)
        return untracked

    def _worktree_id(
        self,
        rel: bytes,
        entry: IndexEntry | ConflictedIndexEntry | None,
        normalizer: object,
        index_mtime_ns: int,
    ) -> ObjectID | None:
        """The blob id of the file as it is on disk; None when it is gone."""
        try:
            st = os.lstat(self._path(rel))
        except FileNotFoundError:
            return None
        if isinstance(entry, IndexEntry) and _stat_unchanged(st, entry, index_mtime_ns):
            return entry.sha
        return self._worktree_blob(rel, normalizer).id

    def _worktree_blob(self, rel: bytes, normalizer: object) -> Blob:
        blob = Blob.from_string(self._path(rel).read_bytes())
        checkin = getattr(normalizer, "checkin_normalize", None)
        if checkin is not None:
            normalized = checkin(blob, rel)
            if isinstance(normalized, Blob):
                blob = normalized
        return blob

    def _pair_renames(
        self,
        deleted: list[bytes],
        added: dict[bytes, ObjectID],
        head_files: dict[bytes, tuple[ObjectID, int]],
    ) -> dict[bytes, bytes]:
        """Deleted files whose text reappears under a new name: old -> new."""
        pairs: dict[bytes, bytes] = {}
        by_id = {sha: rel for rel, sha in added.items()}
        for old in deleted:
            new = by_id.get(head_files[old][0])
            if new is not None and new not in pairs.values():
                pairs[old] = new
        left_old = [r for r in deleted if r not in pairs]
        left_new = [r for r in added if r not in pairs.values()]
        if not left_old or not left_new or len(left_old) * len(left_new) > _MOST_RENAME_CANDIDATES:
            return pairs
        store = self._repo.object_store
        new_texts = {r: decode_text(self._path(r).read_bytes()).splitlines() for r in left_new}
        for old in left_old:
            old_blob = store[head_files[old][0]]
            old_lines = decode_text(old_blob.as_raw_string()).splitlines()
            best, best_score = None, _RENAME_SIMILARITY
            for new, new_lines in new_texts.items():
                score = difflib.SequenceMatcher(None, old_lines, new_lines).ratio()
                if score >= best_score:
                    best, best_score = new, score
            if best is not None:
                pairs[old] = best
                del new_texts[best]
        return pairs

    def _commit(self, selected: Sequence[FileChange], message: str, who: Identity) -> Change:
        head = self._head()
        files = self._head_files(head)
        store = self._repo.object_store
        normalizer = self._repo.get_blob_normalizer()
        index = self._repo.open_index()
        staged: dict[bytes, IndexEntry | None] = {}
        for change in selected:
            if change.old_path is not None:
                old = self._rel(change.old_path)
                files.pop(old, None)
                staged[old] = None
            rel = self._rel(change.path)
            if change.status is FileStatus.DELETED:
                files.pop(rel, None)
                staged[rel] = None
                continue
            # Stat first: an edit made while the file is read then looks newer than the entry.
            st = os.lstat(self._path(rel))
            blob = self._worktree_blob(rel, normalizer)
            previous_mode = files.get(rel, (None, _FILE_MODE))[1]
            mode = _EXECUTABLE_MODE if previous_mode == _EXECUTABLE_MODE else _FILE_MODE
            store.add_object(blob)
            files[rel] = (blob.id, mode)
            staged[rel] = index_entry_from_stat(st, blob.id, mode)
        tree = commit_tree(store, [(rel, sha, mode) for rel, (sha, mode) in files.items()])
        offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta()
        commit_id = self._repo.get_worktree().commit(
            message=message.strip().encode("utf-8") + b"\n",
            author=who.as_bytes(),
            committer=who.as_bytes(),
            author_timezone=int(offset.total_seconds()),
            commit_timezone=int(offset.total_seconds()),
            tree=tree,
        )
        # The index now agrees with the commit for these files, as after `git commit PATH`.
        for rel, entry in staged.items():
            if entry is None:
                if rel in index:
                    del index[rel]
            else:
                index[rel] = entry
        index.write()
        return self._change(self._commit_object(commit_id), self._rel(selected[0].path))


def _config_paths(controldir: Path) -> list[Path]:
    """The git config files dulwich reads for a repository, as git-config(1) lists them."""
    paths = [controldir / "config"]
    if "GIT_CONFIG_GLOBAL" in os.environ:
        paths.append(Path(os.environ["GIT_CONFIG_GLOBAL"]))
    else:
        paths.append(Path("~/.gitconfig").expanduser())
        paths.append(Path(get_xdg_config_home_path("git", "config")))
    if "GIT_CONFIG_SYSTEM" in os.environ:
        paths.append(Path(os.environ["GIT_CONFIG_SYSTEM"]))
    elif "GIT_CONFIG_NOSYSTEM" not in os.environ:
        paths.append(Path("/etc/gitconfig"))
    return paths


def _raise_for_config(controldir: Path, exc: BaseException) -> None:
    """Raise ConfigFileError naming the config file at fault when exc came from parsing one."""
    if not isinstance(exc, ValueError):
        return
    for path in _config_paths(controldir):
        try:
            ConfigFile.from_path(str(path))
        except (FileNotFoundError, NotADirectoryError):
            continue
        except (ValueError, OSError) as config_exc:
            raise ConfigFileError(
                i18n._(
                    "The git config file {path} cannot be read ({config_exc}). Correct it in a "
                    "text editor (every setting belongs under a [section] line), then try again."
                ).format(path=path, config_exc=config_exc)
            ) from exc


def day_text(when: dt.datetime) -> str:
    """A date as people write it in the interface language: "3 Nov 2026", "3. nov. 2026"."""
    return format_day(when.date())


def unified_diff(versions: Versions, root: Path, context: int = 3) -> list[str]:
    """The two versions as a unified diff, line by line without line ends."""
    old, new = versions
    return list(
        difflib.unified_diff(
            old.text.splitlines(),
            new.text.splitlines(),
            fromfile=f"a/{_relative(old.path, root)} ({old.label})",
            tofile=f"b/{_relative(new.path, root)} ({new.label})",
            n=context,
            lineterm="",
        )
    )


def _relative(path: Path, root: Path) -> str:
    return shown_path(Path(os.path.realpath(path)), root).as_posix()


def _stat_unchanged(st: os.stat_result, entry: IndexEntry, index_mtime_ns: int) -> bool:
    """True when size and modification time are those the index recorded, and the entry is
    not racy: git's rule re-reads a file whose recorded time is not older than the index
    file, since an edit in that same clock tick would leave the time unchanged."""
    mtime = entry.mtime
    seconds, nanos = mtime if isinstance(mtime, tuple) else (int(mtime), 0)
    entry_ns = seconds * 1_000_000_000 + nanos
    if entry_ns >= index_mtime_ns:
        return False
    return st.st_size == entry.size and st.st_mtime_ns == entry_ns


def _mtime_ns(path: str | os.PathLike[str]) -> int:
    try:
        return Path(path).stat().st_mtime_ns
    except FileNotFoundError:
        return 0


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding, "replace")
    except LookupError:
        return data.decode("utf-8", "replace")
