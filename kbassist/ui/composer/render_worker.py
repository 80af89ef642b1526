"""Rendering a reply off the GUI thread, with a deadline the UI keeps whatever the template does.

The renderer keeps its own budget (output, steps, time); this is the UI's guarantee on top
of it: a render that is slow, or somehow ignores its budget, never holds the window. A fast
render is waited for (a few milliseconds) and returned at once, so the common case stays
synchronous; a slow one is delivered later by signal on the GUI thread, or given up on.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer, Signal

from kbassist.content.folder import Content
from kbassist.content.replies import ReplyTemplate
from kbassist.replies.render import Rendered

# render(template, values, content, agent_name, today): the composer takes one to use.
RenderFn = Callable[[ReplyTemplate, Mapping[str, object], Content, str, dt.date], Rendered]

# How long a render may block the GUI thread before it goes on in the background.
SYNC_WAIT_S = 0.1
# How long the UI waits for a render at all; the renderer's own budget is 1 s.
DEADLINE_S = 1.5
# How often the GUI thread looks for a background result.
POLL_MS = 10


class _Job:
    """One render on its own daemon thread; the result is read on the GUI thread."""

    def __init__(self, work: Callable[[], Rendered]) -> None:
        self._work = work
        self.done = threading.Event()
        self.result: Rendered | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="kbassist-render", daemon=True)

    def _run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as exc:  # reported on the GUI thread
            self.error = exc
        finally:
            self.done.set()


class RenderWorker(QObject):
    """Runs one render at a time for the composer; only the latest request counts.

    submit() returns the result when it comes within the short wait; otherwise None, and
    later either finished (the result) or timed_out is emitted, on the GUI thread, for that
    request only. A newer submit() or cancel() drops the older request: its thread is simply
    forgotten and whatever it produces is never delivered.
    """

    finished = Signal(object)  # Rendered
    timed_out = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sync_wait_s: float = SYNC_WAIT_S,
        deadline_s: float = DEADLINE_S,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__(parent)
        self.sync_wait_s = sync_wait_s
        self.deadline_s = deadline_s
        self._ticket = 0
        self._job: _Job | None = None
        self._deadline = 0.0
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self._check)

    @property
    def busy(self) -> bool:
        """True while a request is waited for in the background."""
        return self._job is not None

    @property
    def ticket(self) -> int:
        """The number of the latest request."""
        return self._ticket

    def submit(self, work: Callable[[], Rendered]) -> Rendered | None:
        """Run work; its result if it comes within the short wait, else None (see above)."""
        self.cancel()
        job = _Job(work)
        self._deadline = time.monotonic() + self.deadline_s
        job.thread.start()
        if job.done.wait(self.sync_wait_s):
            return self._result(job)
        self._job = job
        self._poll.start()
        return None

    def cancel(self) -> None:
        """Forget the request in progress, if any: nothing of it is delivered."""
        self._ticket += 1
        self._job = None
        self._poll.stop()

    def _check(self) -> None:
        job = self._job
        if job is None:
            self._poll.stop()
            return
        if job.done.is_set():
            self.cancel()
            self.finished.emit(self._result(job))
        elif time.monotonic() >= self._deadline:
            self.cancel()
            self.timed_out.emit()

    @staticmethod
    def _result(job: _Job) -> Rendered:
        if job.error is not None:
            raise job.error
        assert job.result is not None
        return job.result
