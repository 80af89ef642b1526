"""Which files a content folder holds: the one listing both `check` and the search index use.

A content folder arrives through git from the whole team, so nothing in it is trusted: a link
out of the folder (`articles/x.md -> /etc/passwd`), a link loop, a FIFO or device, a name that
is not UTF-8 or holds a newline, or an unreadable folder becomes a problem and is never opened.
"""

from __future__ import annotations

import functools
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from kbassist.common import i18n
from kbassist.facilities.model import FACILITY_SUFFIXES
from kbassist.problems import ProblemList

ARTICLES_DIR = "articles"
REPLIES_DIR = "replies"
FACILITIES_DIR = "facilities"


@dataclass(frozen=True)
class ContentFile:
    """One regular file inside the content folder, safe to open."""

    rel: str  # path under the content folder, with / separators
    # The file's path as text: a Path is made only when asked for (making one for every
    # file of a large folder costs more than listing it).
    location: str
    size: int
    mtime_ns: int

    @functools.cached_property
    def path(self) -> Path:
        """The file's path."""
        return Path(self.location)


def list_content_files(root: Path, problems: ProblemList) -> list[ContentFile]:
    """articles/**.md, replies/**.md and facilities/*.yaml|yml|csv, sorted by path.

    Of two article (or reply) files whose ids differ only in case, the first is listed and
    the second reported, so every reader of the folder sees the same items.
    """
    lister = _Lister(root, problems)
    for sub in (ARTICLES_DIR, REPLIES_DIR):
        lister.walk(root / sub, f"{sub}/", (".md",), deep=True)
    lister.walk(root / FACILITIES_DIR, f"{FACILITIES_DIR}/", FACILITY_SUFFIXES, deep=False)
    found = sorted(lister.found, key=lambda f: f.rel)
    return without_case_clashes(found, problems)


def list_files_under(root: Path, rel: str, problems: ProblemList) -> list[ContentFile] | None:
    """The content files at or under rel (a file or folder below articles/, replies/ or
    facilities/), vetted as list_content_files vets them but not checked for case clashes.

    None when rel is not inside one of those folders (the caller lists the whole folder)."""
    top, _, rest = rel.partition("/")
    if top not in (ARTICLES_DIR, REPLIES_DIR, FACILITIES_DIR) or not rest:
        return None
    if top == FACILITIES_DIR and "/" in rest:
        return []  # facilities/ is read one level deep only
    lister = _Lister(root, problems)
    path = root / rel
    suffixes = FACILITY_SUFFIXES if top == FACILITIES_DIR else (".md",)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return []
    except OSError as exc:
        _unreadable(path, problems, exc)
        return []
    target = st
    if stat.S_ISLNK(st.st_mode):
        if not lister._link_ok(path):
            return []
        try:
            target = path.stat()
        except OSError as exc:
            _unreadable(path, problems, exc)
            return []
    if stat.S_ISDIR(target.st_mode):
        if top == FACILITIES_DIR:
            return []
        lister._walk(path, f"{rel}/", suffixes, deep=True)
        return sorted(lister.found, key=lambda f: f.rel)
    if lister.check(path, st, suffixes) is None:
        return []
    return [ContentFile(rel, str(path), target.st_size, target.st_mtime_ns)]


def safe_file(root: Path, path: Path, problems: ProblemList) -> bool:
    """True when path (a fixed name such as kbassist.toml) exists and may be read."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return False
    except OSError as exc:
        _unreadable(path, problems, exc)
        return False
    return _Lister(root, problems).check(path, st, (path.suffix,)) is not None


def without_case_clashes(files: list[ContentFile], problems: ProblemList) -> list[ContentFile]:
    """files (sorted by path) without the article or reply files whose ids differ only in case
    from an earlier one; each left out is reported."""
    kept: list[ContentFile] = []
    first: dict[str, str] = {}
    for file in files:
        top, _, rest = file.rel.partition("/")
        if top in (ARTICLES_DIR, REPLIES_DIR):
            ident = rest.removesuffix(".md")
            clash = first.setdefault(f"{top}/{ident.lower()}", ident)
            if clash != ident:
                problems.error(
                    file.path,
                    None,
                    "duplicate-id",
                    i18n._(
                        "Id '{ident}' clashes with '{clash}' (ids must be unique, ignoring "
                        "case). Rename one; until then only the first is used."
                    ).format(ident=ident, clash=clash),
                )
                continue
        kept.append(file)
    return kept


def shown_name(name: str) -> str:
    """A file name as it can be printed: undecodable bytes as U+FFFD, newlines as \\n."""
    text = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text.replace("\n", "\\n").replace("\r", "\\r")


def _unreadable(path: Path, problems: ProblemList, exc: OSError) -> None:
    problems.error(
        path,
        None,
        "unreadable",
        i18n._(
            "Cannot read this: {value}. Check its permissions (it must be readable by you), or "
            "remove it."
        ).format(value=exc.strerror or exc),
    )


class _Lister:
    def __init__(self, root: Path, problems: ProblemList) -> None:
        self.root = root
        self.real_root = os.path.realpath(root)
        self.problems = problems
        self.found: list[ContentFile] = []
        self.seen_dirs: set[tuple[int, int]] = set()

    def walk(self, folder: Path, prefix: str, suffixes: tuple[str, ...], deep: bool) -> None:
        try:
            st = os.lstat(folder)
        except FileNotFoundError:
            return  # replies/ and facilities/ are optional
        except OSError as exc:
            _unreadable(folder, self.problems, exc)
            return
        if stat.S_ISLNK(st.st_mode) and not self._link_ok(folder):
            return
        self._walk(folder, prefix, suffixes, deep)

    def _walk(self, folder: Path, prefix: str, suffixes: tuple[str, ...], deep: bool) -> None:
        try:
            st = folder.stat()
            if (st.st_dev, st.st_ino) in self.seen_dirs:
                self.problems.error(
                    folder,
                    None,
                    "link-loop",
                    i18n._(
                        "This folder is reached twice through a link (a loop). Remove the link."
                    ),
                )
                return
            self.seen_dirs.add((st.st_dev, st.st_ino))
            if not stat.S_ISDIR(st.st_mode):
                return
            if not os.access(folder, os.R_OK | os.X_OK):
                raise PermissionError(13, "Permission denied")
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            _unreadable(folder, self.problems, exc)
            return
        markdown = suffixes == (".md",)
        for entry in entries:
            name = entry.name
            if not _printable_name(name):
                self.problems.error(
                    folder / shown_name(name),
                    None,
                    "bad-file-name",
                    i18n._(
                        "This file name is not valid UTF-8 or contains a line break, so it cannot "
                        "be shown or linked to. Rename it (letters, digits, - and _)."
                    ),
                )
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError as exc:
                _unreadable(folder / name, self.problems, exc)
                continue
            if stat.S_ISREG(st.st_mode) and _surely_readable(st):
                # The usual case, without the checks below (a folder of 50,000 articles is
                # listed on every full reload).
                if (name if markdown else name.lower()).endswith(suffixes):
                    found = ContentFile(prefix + name, entry.path, st.st_size, st.st_mtime_ns)
                    self.found.append(found)
                continue
            path = folder / name
            is_link = stat.S_ISLNK(st.st_mode)
            if is_link:
                if not self._link_ok(path):
                    continue
                try:
                    st = path.stat()
                except OSError as exc:
                    _unreadable(path, self.problems, exc)
                    continue
            if stat.S_ISDIR(st.st_mode):
                if deep:
                    self._walk(path, f"{prefix}{name}/", suffixes, deep)
                continue
            if self.check(path, st, suffixes, linked=is_link) is not None:
                self.found.append(ContentFile(prefix + name, str(path), st.st_size, st.st_mtime_ns))

    def check(
        self, path: Path, st: os.stat_result, suffixes: tuple[str, ...], linked: bool = False
    ) -> Path | None:
        """path when it is a regular, readable file with one of suffixes; else None."""
        # Markdown is matched as written (notes.MD is not an article), data files in any case.
        name = path.name if suffixes == (".md",) else path.name.lower()
        if not name.endswith(suffixes):
            return None
        if stat.S_ISLNK(st.st_mode):
            if not self._link_ok(path):
                return None
            try:
                st = path.stat()
            except OSError as exc:
                _unreadable(path, self.problems, exc)
                return None
        if not stat.S_ISREG(st.st_mode):
            self.problems.error(
                path,
                None,
                "not-a-file",
                i18n._(
                    "This is not an ordinary file (a pipe, device or socket), so it is not read. "
                    "Remove it from the content folder."
                ),
            )
            return None
        if not os.access(path, os.R_OK):
            _unreadable(path, self.problems, PermissionError(13, "Permission denied"))
            return None
        return path

    def _link_ok(self, path: Path) -> bool:
        """True when the link at path ends at something inside the content folder."""
        try:
            target = os.path.realpath(path, strict=True)
        except OSError as exc:
            looped = "loop" in str(exc).lower() or getattr(exc, "errno", None) == 40
            self.problems.error(
                path,
                None,
                "link-loop" if looped else "broken-link",
                (
                    "This link points at itself through other links (a loop). Remove it."
                    if looped
                    else "This link points at something that does not exist. Fix or remove it."
                ),
            )
            return False
        if os.path.commonpath([self.real_root, target]) != self.real_root:
            self.problems.error(
                path,
                None,
                "link-outside",
                i18n._(
                    "This link points outside the content folder, so it is not read. Copy the "
                    "file into the content folder instead of linking to it."
                ),
            )
            return False
        return True


# Whose files are readable without asking the system each time (os.access costs a call).
_UID = os.getuid() if hasattr(os, "getuid") else None


def _surely_readable(st: os.stat_result) -> bool:
    """True when st is readable by this user by its owner bits alone (else: ask os.access)."""
    if _UID is None:
        return False
    return _UID == 0 or (st.st_uid == _UID and bool(st.st_mode & stat.S_IRUSR))


def _printable_name(name: str) -> bool:
    if "\n" in name or "\r" in name:
        return False
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
