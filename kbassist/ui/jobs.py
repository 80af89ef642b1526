"""A background thread that runs only the latest job submitted to it, reporting by signal."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class LatestJobRunner(QObject):
    """Runs jobs one at a time off the GUI thread; a job submitted while another runs
    replaces any job still waiting, so a burst of keystrokes costs one search, not ten."""

    # The return value of a finished job (delivered on the GUI thread).
    finished = Signal(object)
    # A job raised: a message for the user; the details go to stderr for a bug report.
    failed = Signal(str)

    def __init__(self, name: str) -> None:
        super().__init__()
        self._condition = threading.Condition()
        self._pending: Callable[[], object] | None = None
        self._stopping = False
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def submit(self, job: Callable[[], object]) -> None:
        """Run job after the current one, replacing any job still waiting."""
        with self._condition:
            self._pending = job
            self._condition.notify()

    def stop(self, timeout: float = 5.0) -> None:
        """Let the current job finish, drop waiting ones, and end the thread."""
        with self._condition:
            self._stopping = True
            self._pending = None
            self._condition.notify()
        self._thread.join(timeout)

    def _loop(self) -> None:
        while True:
            with self._condition:
                while self._pending is None and not self._stopping:
                    self._condition.wait()
                if self._stopping:
                    return
                job, self._pending = self._pending, None
            try:
                result = job() if job is not None else None
            except Exception as exc:  # a failed job must never take the window down
                traceback.print_exc()
                self.failed.emit(f"{type(exc).__name__}: {exc}")
            else:
                self.finished.emit(result)
