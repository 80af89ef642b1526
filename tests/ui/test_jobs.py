"""The job runner: typed results on the GUI thread, latest-wins only for lanes, nothing dropped."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from functools import partial

import pytest
from pytestqt.qtbot import QtBot

from kbassist.ui.jobs import JobRunner


@pytest.fixture
def runner() -> Iterator[JobRunner]:
    job_runner = JobRunner("test-jobs")
    yield job_runner
    job_runner.stop()


def _blocker() -> tuple[threading.Event, threading.Event, Callable[[], str]]:
    """A job that holds the worker until released, so later jobs queue up behind it."""
    started, release = threading.Event(), threading.Event()

    def work() -> str:
        started.set()
        release.wait(5)
        return "blocker"

    return started, release, work


def test_a_result_reaches_its_callback_on_the_gui_thread(qtbot: QtBot, runner: JobRunner) -> None:
    got: list[tuple[int, bool]] = []
    worker_threads: list[threading.Thread] = []

    def work() -> int:
        worker_threads.append(threading.current_thread())
        return 41 + 1

    def done(value: int) -> None:
        got.append((value, threading.current_thread() is threading.main_thread()))

    runner.submit(work, done)
    qtbot.waitUntil(lambda: bool(got))
    assert got == [(42, True)]
    assert worker_threads[0] is not threading.main_thread()


def test_only_the_newest_waiting_job_of_a_lane_runs(qtbot: QtBot, runner: JobRunner) -> None:
    started, release, block = _blocker()
    ran: list[str] = []
    runner.submit(block, ran.append)
    assert started.wait(5)
    for query in ("r", "re", "ref"):
        runner.submit(partial(str, query), ran.append, lane="search")
    assert runner.pending() == 1
    release.set()
    qtbot.waitUntil(lambda: ran == ["blocker", "ref"])


def test_jobs_without_a_lane_are_never_replaced(qtbot: QtBot, runner: JobRunner) -> None:
    started, release, block = _blocker()
    ran: list[str] = []
    runner.submit(block, ran.append)
    assert started.wait(5)
    runner.submit(lambda: "close old index", ran.append)
    runner.submit(lambda: "search 1", ran.append, lane="search")
    runner.submit(lambda: "save draft", ran.append)
    runner.submit(lambda: "search 2", ran.append, lane="search")
    release.set()
    qtbot.waitUntil(lambda: len(ran) == 4)
    assert ran == ["blocker", "close old index", "save draft", "search 2"]


def test_stopping_runs_what_must_run_and_drops_waiting_searches() -> None:
    runner = JobRunner("test-stop")
    started, release, block = _blocker()
    ran: list[str] = []

    def record(name: str) -> Callable[[], None]:
        return lambda: ran.append(name)

    runner.submit(block, lambda _r: None)
    assert started.wait(5)
    runner.submit(record("search"), lambda _r: None, lane="search")
    runner.submit(record("close"), lambda _r: None)
    threading.Timer(0.05, release.set).start()
    runner.stop()
    assert ran == ["close"]


def test_a_failing_job_reports_and_the_runner_keeps_going(qtbot: QtBot, runner: JobRunner) -> None:
    failures: list[str] = []
    results: list[int] = []

    def broken() -> int:
        raise OSError("disk on fire")

    with qtbot.waitSignal(runner.failed) as signal:
        runner.submit(broken, results.append)
    assert signal.args == ["OSError: disk on fire"]
    runner.submit(broken, results.append, on_failed=failures.append)
    runner.submit(lambda: 7, results.append)
    qtbot.waitUntil(lambda: results == [7])
    assert failures == ["OSError: disk on fire"]


def test_a_job_that_must_run_still_runs_after_the_runner_stopped() -> None:
    runner = JobRunner("test-late")
    runner.stop()
    ran: list[str] = []
    runner.submit(lambda: "closed", ran.append)
    assert ran == ["closed"]  # ran at once, in the caller
    runner.submit(lambda: "search", ran.append, lane="search")
    assert ran == ["closed"]  # a late search has nobody to show it to
