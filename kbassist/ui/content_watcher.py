"""Notices content edited outside the app (an editor, a git pull) and says so once per burst."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

# A git pull or an editor's save touches several files in a few milliseconds.
SETTLE_MS = 250


class ContentWatcher(QObject):
    """Watches every folder and file of a content tree; emits changed after things settle."""

    # The content folder changed on disk.
    changed = Signal()

    def __init__(self, root: Path) -> None:
        super().__init__()
        self._root = root
        self._watcher = QFileSystemWatcher(self)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._fire)
        self._watcher.directoryChanged.connect(self._touched)
        self._watcher.fileChanged.connect(self._touched)
        self._watch_tree()

    @property
    def root(self) -> Path:
        """The watched content folder."""
        return self._root

    def _watch_tree(self) -> None:
        if not self._root.is_dir():
            return
        wanted = {str(self._root)}
        for path in self._root.rglob("*"):
            if path.name.startswith("."):
                continue
            wanted.add(str(path))
        current = set(self._watcher.directories()) | set(self._watcher.files())
        new = sorted(wanted - current)
        if new:
            self._watcher.addPaths(new)

    def _touched(self, _path: str) -> None:
        self._settle.start()

    def _fire(self) -> None:
        # Editors that save by renaming replace the watched file; watch the new one.
        self._watch_tree()
        self.changed.emit()
