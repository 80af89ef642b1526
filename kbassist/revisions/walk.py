"""The commits that changed given files, newest first, found by comparing only their blobs.

dulwich's Walker diffs every commit's whole tree to filter by path: for a folder of 300
articles that is about 5 ms a commit, seconds for a modest history. Looking up one path
costs a few tree reads, and a subtree that did not change is looked up once. Renames are
followed by running rename detection only on the commit where the file appeared.

newest_changes walks once for many files: each commit's tree is compared with its parents'
only along the wanted paths, and a folder whose subtree id equals a parent's is skipped
whole, so a commit that edited one article costs a look at one folder.
"""

from __future__ import annotations

import heapq
import stat
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet

from dulwich.diff_tree import RENAME_CHANGE_TYPES, RenameDetector
from dulwich.object_store import BaseObjectStore
from dulwich.objects import Commit, ObjectID, Tree

# Trees read during one walk that are kept parsed: a commit's tree is read first as its
# child's parent and again as itself, a few steps later in the walk.
_KEPT_TREES = 256


class PathLookup:
    """The blob id of a path in a tree, remembered per (tree, path) so shared subtrees are
    read once."""

    def __init__(self, store: BaseObjectStore) -> None:
        self._store = store
        self._found: dict[tuple[bytes, bytes], ObjectID | None] = {}

    def blob_id(self, tree_id: bytes, rel: bytes) -> ObjectID | None:
        """The id of the file at rel (a/b/c.md) in tree_id; None when there is none."""
        key = (tree_id, rel)
        if key in self._found:
            return self._found[key]
        name, _, rest = rel.partition(b"/")
        tree = self._store[ObjectID(tree_id)]
        result: ObjectID | None = None
        if isinstance(tree, Tree) and name in tree:
            mode, sha = tree[name]
            if rest:
                result = self.blob_id(sha, rest) if stat.S_ISDIR(mode) else None
            elif not stat.S_ISDIR(mode):
                result = sha
        self._found[key] = result
        return result


def file_commits(
    store: BaseObjectStore,
    head: bytes,
    rel: bytes,
    *,
    follow: bool,
    shallow: AbstractSet[bytes] = frozenset(),
) -> Iterator[tuple[Commit, bytes]]:
    """Each commit that changed the file at rel, newest first, with its path there.

    A commit counts when the file differs from every parent (a merge that took one side's
    version does not count; the side's own commits do), or it is a root commit holding it.
    With follow, older commits are searched under the name the file had before a rename.
    The commits in shallow (where a shallow clone was cut off) count as root commits.
    """
    lookup = PathLookup(store)
    walk = _CommitWalk(store, head, rel, shallow)
    for commit, parents, path in walk:
        blob = lookup.blob_id(commit.tree, path)
        before = [lookup.blob_id(p.tree, path) for p in parents]
        changed = all(old != blob for old in before) if parents else blob is not None
        older_path = path
        if changed and follow and blob is not None and before == [None]:
            older_path = _renamed_from(store, parents[0].tree, commit.tree, path) or path
        if changed:
            yield commit, path
        walk.follow(parents, older_path)


def newest_changes(
    store: BaseObjectStore,
    head: bytes,
    rels: Iterable[bytes],
    *,
    shallow: AbstractSet[bytes] = frozenset(),
) -> Iterator[tuple[Commit, list[bytes]]]:
    """Each commit that is the newest change of some of the files at rels, with those files,
    in one walk.

    Commits come as the walk finds them and end when every file has one or the history is
    read to its roots (a file never committed then has none). The walk and what counts as a
    change are file_commits' own, so each file gets the first commit file_commits(follow=False)
    gives. No rename is followed: the commit that gave a file its name changed that path.
    """
    wanted = _Wanted()
    for rel in rels:
        wanted.add(rel)
    if wanted.empty():
        return
    trees = _TreeReader(store)
    walk = _CommitWalk(store, head, b"", shallow)
    for commit, parents, _ in walk:
        found: list[bytes] = []
        trees.compare(commit.tree, [p.tree for p in parents], wanted, found)
        if found:
            for rel in found:
                wanted.remove(rel)
            yield commit, found
        if wanted.empty():
            return
        walk.follow(parents, b"")


class _CommitWalk:
    """Commits from head, newest commit time first, every parent of a merge included, each
    once; the caller queues a commit's parents (with the path to look for there) by follow."""

    def __init__(
        self, store: BaseObjectStore, head: bytes, path: bytes, shallow: AbstractSet[bytes]
    ) -> None:
        self._store = store
        # A shallow clone has no parents of these commits: they end the history.
        self._shallow = shallow
        self._queue: list[tuple[int, int, Commit, bytes]] = []
        self._order = 0
        self._seen: set[bytes] = set()
        self._read: dict[bytes, Commit] = {}
        start = self._commit(head)
        if start is not None:
            self._push(start, path)

    def __iter__(self) -> Iterator[tuple[Commit, list[Commit], bytes]]:
        while self._queue:
            _, _, commit, path = heapq.heappop(self._queue)
            parent_ids = [] if commit.id in self._shallow else commit.parents
            parents = [p for p in map(self._commit, parent_ids) if p is not None]
            yield commit, parents, path

    def follow(self, parents: list[Commit], path: bytes) -> None:
        """Walk on into parents, looking for path there."""
        for parent in parents:
            self._push(parent, path)

    def _commit(self, commit_id: bytes) -> Commit | None:
        # Each commit is read once, though it is a parent of its child and then queued.
        if commit_id not in self._read:
            commit = self._store[ObjectID(commit_id)]
            if not isinstance(commit, Commit):
                return None
            self._read[commit_id] = commit
        return self._read[commit_id]

    def _push(self, commit: Commit, path: bytes) -> None:
        if commit.id not in self._seen:
            self._seen.add(commit.id)
            self._order += 1
            heapq.heappush(self._queue, (-commit.commit_time, self._order, commit, path))


class _Wanted:
    """The files still looked for under one folder: file names here, and subfolders."""

    def __init__(self) -> None:
        self.files: dict[bytes, bytes] = {}  # name here -> the path from the top
        self.folders: dict[bytes, _Wanted] = {}

    def add(self, rel: bytes) -> None:
        node = self
        *folders, name = rel.split(b"/")
        for folder in folders:
            node = node.folders.setdefault(folder, _Wanted())
        node.files[name] = rel

    def remove(self, rel: bytes) -> None:
        *folders, name = rel.split(b"/")
        self._remove(folders, name)

    def _remove(self, folders: list[bytes], name: bytes) -> None:
        if not folders:
            del self.files[name]
            return
        child = self.folders[folders[0]]
        child._remove(folders[1:], name)
        if child.empty():
            del self.folders[folders[0]]

    def empty(self) -> bool:
        return not self.files and not self.folders


class _TreeReader:
    """Trees read from the store, the latest few kept parsed."""

    def __init__(self, store: BaseObjectStore) -> None:
        self._store = store
        self._kept: OrderedDict[bytes, Tree | None] = OrderedDict()

    def tree(self, tree_id: bytes | None) -> Tree | None:
        if tree_id is None:
            return None
        if tree_id in self._kept:
            self._kept.move_to_end(tree_id)
            return self._kept[tree_id]
        obj = self._store[ObjectID(tree_id)]
        tree = obj if isinstance(obj, Tree) else None
        self._kept[tree_id] = tree
        if len(self._kept) > _KEPT_TREES:
            self._kept.popitem(last=False)
        return tree

    def compare(
        self,
        tree_id: bytes | None,
        parent_ids: list[bytes | None],
        wanted: _Wanted,
        found: list[bytes],
    ) -> None:
        """Add to found each wanted file under this folder that differs from the same file in
        every parent folder (or, without parents, that exists); ids are None where the folder
        is missing. A folder the same as one parent's holds no such file."""
        if tree_id in parent_ids or (not parent_ids and tree_id is None):
            return
        tree = self.tree(tree_id)
        parent_trees = [self.tree(p) for p in parent_ids]
        for name, rel in wanted.files.items():
            blob = _entry(tree, name, folder=False)
            if all(_entry(t, name, folder=False) != blob for t in parent_trees) and (
                parent_trees or blob is not None
            ):
                found.append(rel)
        for name, below in wanted.folders.items():
            self.compare(
                _entry(tree, name, folder=True),
                [_entry(t, name, folder=True) for t in parent_trees],
                below,
                found,
            )


def _entry(tree: Tree | None, name: bytes, *, folder: bool) -> bytes | None:
    """The id of the folder (or, folder False, the file) called name in tree; else None."""
    if tree is None or name not in tree:
        return None
    mode, sha = tree[name]
    return sha if stat.S_ISDIR(mode) == folder else None


def _renamed_from(
    store: BaseObjectStore, old_tree: bytes, new_tree: bytes, path: bytes
) -> bytes | None:
    """The path the file at path had in old_tree, when this commit renamed (or copied) it."""
    detector = RenameDetector(store)
    for change in detector.changes_with_renames(ObjectID(old_tree), ObjectID(new_tree)):
        if (
            change.type in RENAME_CHANGE_TYPES
            and change.new is not None
            and change.new.path == path
            and change.old is not None
        ):
            return change.old.path
    return None
