"""Notices content edited outside the app (an editor, a git pull) and says what changed, once
per burst."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

# A git pull or an editor's save touches several files within a few milliseconds; a pause
# this long ends the burst. Short, because the changed text should be searchable at once.
SETTLE_MS = 30


class ContentWatcher(QObject):
    """Watches every folder and file of a content tree; emits changed after things settle."""

    # The content folder changed on disk: the files and folders that changed (str paths).
    changed = Signal(list)

    def __init__(self, root: Path) -> None:
        super().__init__()
        self._root = root
        self._watcher = QFileSystemWatcher(self)
        self._watched: set[str] = set()
        self._touched_paths: set[str] = set()
        self._touched_folders: set[str] = set()
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._fire)
        self._watcher.directoryChanged.connect(self._folder_touched)
        self._watcher.fileChanged.connect(self._file_touched)
        if root.is_dir():
            self._watch_under(str(root))

    @property
    def root(self) -> Path:
        """The watched content folder."""
        return self._root

    def _watch_under(self, folder: str) -> None:
        """Watch folder and everything under it that is not watched yet (hidden names aside)."""
        wanted: list[str] = []
        if folder not in self._watched:
            wanted.append(folder)
        stack = [folder]
        while stack:
            current = stack.pop()
            try:
                with os.scandir(current) as entries:
                    for entry in entries:
                        if entry.name.startswith("."):
                            continue
                        if entry.path not in self._watched:
                            wanted.append(entry.path)
                        if entry.is_dir(follow_symlinks=False):
                            stack.append(entry.path)
            except OSError:
                continue  # gone or unreadable: the content load reports it
        if wanted:
            self._watcher.addPaths(sorted(wanted))
            self._watched.update(wanted)

    def _file_touched(self, path: str) -> None:
        self._touched_paths.add(path)
        self._settle.start()

    def _folder_touched(self, path: str) -> None:
        self._touched_paths.add(path)
        self._touched_folders.add(path)
        self._settle.start()

    def _fire(self) -> None:
        touched = sorted(self._touched_paths)
        folders = self._touched_folders
        self._touched_paths, self._touched_folders = set(), set()
        # Editors that save by renaming replace the watched file (Qt then stops watching
        # it), git removes and re-creates files: watch each touched file that is there now.
        for path in touched:
            if path in folders:
                continue
            self._watcher.removePath(path)
            if os.path.lexists(path):
                self._watcher.addPath(path)
                self._watched.add(path)
            else:
                self._watched.discard(path)
        for folder in folders:
            if Path(folder).is_dir():
                self._watch_under(folder)
            else:
                inside = folder + os.sep
                gone = {p for p in self._watched if p == folder or p.startswith(inside)}
                self._watched -= gone
        self.changed.emit(touched)
