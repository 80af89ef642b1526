"""Background work off the GUI thread: jobs run in order, each reporting a typed result."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass
class _Job:
    work: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_failed: Callable[[str], None] | None
    # Jobs with a lane replace a job of the same lane still waiting ("latest wins");
    # jobs without one (closing an index, saving) always run, in the order submitted.
    lane: str | None


class JobRunner(QObject):
    """One worker thread, so jobs that write (the index) never run at the same time.

    ``submit(work, on_done)`` runs ``work()`` off the GUI thread and calls
    ``on_done(result)`` on the GUI thread, typed like Anki's ``QueryOp``. Only jobs given
    a ``lane`` (searches) are dropped when a newer one of that lane arrives before they
    start; every other job runs, even when the runner is stopping.
    """

    # A job raised and had no on_failed callback: a message for the user (details are logged).
    failed = Signal(str)
    # Internal: a finished job's callback and its result, crossing to the GUI thread.
    _finished = Signal(object)

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._condition = threading.Condition()
        self._queue: deque[_Job] = deque()
        self._stopping = False
        self._finished.connect(self._deliver)
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def submit(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None],
        *,
        lane: str | None = None,
        on_failed: Callable[[str], None] | None = None,
    ) -> None:
        """Queue ``work``; with a lane, replace any job of that lane not yet started."""
        job = _Job(work, on_done, on_failed, lane)
        with self._condition:
            if self._stopping and lane is not None:
                return  # a search nobody will see
            run_now = self._stopping and not self._thread.is_alive()
            if not run_now:
                if lane is not None:
                    self._queue = deque(w for w in self._queue if w.lane != lane)
                self._queue.append(job)
                self._condition.notify()
        if run_now:
            # The worker has ended: a job that must run (closing an index) runs here, now.
            try:
                on_done(work())
            except Exception as exc:
                log.exception("%s: a job run after stop failed", self._name)
                self._fail(job, f"{type(exc).__name__}: {exc}")

    def pending(self) -> int:
        """Jobs waiting to start (for tests and diagnostics)."""
        with self._condition:
            return len(self._queue)

    def stop(self, timeout: float = 5.0) -> None:
        """Drop waiting lane jobs, let every other job run, then end the thread."""
        with self._condition:
            self._stopping = True
            self._queue = deque(job for job in self._queue if job.lane is None)
            self._condition.notify()
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("%s: still busy %.1f s after stop", self._name, timeout)

    def _loop(self) -> None:
        while True:
            with self._condition:
                while not self._queue and not self._stopping:
                    self._condition.wait()
                if not self._queue:
                    return  # stopping, and nothing that must run is left
                job = self._queue.popleft()
            try:
                result = job.work()
            except Exception as exc:  # a failed job must never take the window down
                log.exception("%s: a background job failed", self._name)
                message = f"{type(exc).__name__}: {exc}"
                self._emit(partial(self._fail, job), message)
            else:
                self._emit(job.on_done, result)

    def _emit(self, callback: Callable[[Any], None], result: object) -> None:
        # The runner may already be gone at exit; a result then has nobody to go to.
        if shiboken6.isValid(self):
            self._finished.emit((callback, result))

    def _fail(self, job: _Job, message: object) -> None:
        if job.on_failed is not None:
            job.on_failed(str(message))
        else:
            self.failed.emit(str(message))

    def _deliver(self, finished: tuple[Callable[[Any], None], object]) -> None:
        callback, result = finished
        callback(result)
