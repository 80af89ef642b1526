"""Which files a content folder holds: the one listing both `check` and the search index use.

A content folder arrives through git from the whole team, so nothing in it is trusted: a link
out of the folder (`articles/x.md -> /etc/passwd`), a link loop, a FIFO or device, a name that
is not UTF-8 or holds a newline, or an unreadable folder becomes a problem and is never opened.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from kbassist.facilities.model import FACILITY_SUFFIXES
from kbassist.problems import ProblemList

ARTICLES_DIR = "articles"
REPLIES_DIR = "replies"
FACILITIES_DIR = "facilities"


@dataclass(frozen=True)
class ContentFile:
    """One regular file inside the content folder, safe to open."""

    rel: str  # path under the content folder, with / separators
    path: Path
    size: int
    mtime_ns: int


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
    return _without_case_clashes(found, problems)


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


def _without_case_clashes(files: list[ContentFile], problems: ProblemList) -> list[ContentFile]:
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
                    f"Id '{ident}' clashes with '{clash}' (ids must be unique, ignoring case). "
                    "Rename one; until then only the first is used.",
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
        f"Cannot read this: {exc.strerror or exc}. Check its permissions (it must be readable "
        "by you), or remove it.",
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
                    "This folder is reached twice through a link (a loop). Remove the link.",
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
        for entry in entries:
            name = entry.name
            path = folder / name
            if not _printable_name(name):
                self.problems.error(
                    folder / shown_name(name),
                    None,
                    "bad-file-name",
                    "This file name is not valid UTF-8 or contains a line break, so it cannot "
                    "be shown or linked to. Rename it (letters, digits, - and _).",
                )
                continue
            try:
                st = entry.stat(follow_symlinks=False)
            except OSError as exc:
                _unreadable(path, self.problems, exc)
                continue
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
            found = self.check(path, st, suffixes, linked=is_link)
            if found is not None:
                self.found.append(ContentFile(prefix + name, path, st.st_size, st.st_mtime_ns))

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
                "This is not an ordinary file (a pipe, device or socket), so it is not read. "
                "Remove it from the content folder.",
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
                "This link points outside the content folder, so it is not read. Copy the "
                "file into the content folder instead of linking to it.",
            )
            return False
        return True


def _printable_name(name: str) -> bool:
    if "\n" in name or "\r" in name:
        return False
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
