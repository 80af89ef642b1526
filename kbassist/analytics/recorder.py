"""Recording without waiting: callers queue events; one writer thread scrubs, stores, delivers."""

from __future__ import annotations

import datetime as dt
import logging
import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from itertools import takewhile
from pathlib import Path

from kbassist.analytics.database import (
    EVENTS,
    OUTBOX,
    AnalyticsDatabaseError,
    DamagedDatabaseError,
    EventDatabase,
    SqliteEvents,
    sqlite_error,
)
from kbassist.analytics.events import (
    COLUMNS,
    SHOWN_LIMIT,
    Event,
    EventKind,
    ReplyOutcome,
    from_row,
    new_id,
    to_ms,
)
from kbassist.analytics.scrub import Scrubber
from kbassist.common.clock import Clock

log = logging.getLogger(__name__)

DEFAULT_RETENTION_DAYS = 90
# Events written in one transaction at most; more wait for the next round.
BATCH = 500
# Seconds between attempts to reach the team database while it is down.
RETRY_S = 30.0
# The same query settling again this soon (a content reload searches again) is not a new search.
REPEAT_MS = 30_000
# Far more than an agent can produce while the disk is slow; beyond it events are dropped.
QUEUE_LIMIT = 10_000
# The kind of an outbox row that asks the team database to forget an agent. It waits in the
# outbox like an event, so it survives a restart, and reaches the server in its place: after
# what was sent before it, before what the agent records afterwards.
FORGET_AGENT = "forget-agent"

# Where kind and agent sit in an outbox row read as seq followed by COLUMNS.
_KIND_AT = 1 + COLUMNS.index("kind")
_AGENT_AT = 1 + COLUMNS.index("agent")

StatusCallback = Callable[[str], None]
TeamOpener = Callable[[], EventDatabase]


@dataclass(frozen=True)
class _DeleteMine:
    """Forget every event of this agent, here and in the team database."""

    agent: str


@dataclass(frozen=True)
class _Barrier:
    """Set once everything queued before it is written (and delivered, when possible)."""

    done: threading.Event


def utc_now() -> dt.datetime:
    """The clock the recorder uses unless given one."""
    return dt.datetime.now(dt.UTC)


class Recorder:
    """The usage log's front door: every method returns at once and never raises.

    path: the local SQLite file (in the user's data folder). team: opens the team's
    database when one is configured; events then wait in the local outbox until delivered,
    in order, each exactly once. on_status: called from the writer thread with a message
    for the status bar (recording paused, team database unreachable or back).
    """

    def __init__(
        self,
        path: Path,
        agent: str,
        scrubber: Scrubber | None = None,
        *,
        team: TeamOpener | None = None,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        enabled: bool = True,
        on_status: StatusCallback | None = None,
        clock: Clock = utc_now,
        retry_s: float = RETRY_S,
    ) -> None:
        self.path = path
        self.agent = agent.strip() or "agent"
        self.scrubber = scrubber or Scrubber()
        self.retention_days = retention_days
        self.enabled = enabled
        self._team_opener = team
        self._on_status = on_status
        self._clock = clock
        self._retry_s = retry_s
        self._queue: queue.Queue[Event | _DeleteMine | _Barrier | None] = queue.Queue(QUEUE_LIMIT)
        self._thread: threading.Thread | None = None
        self._paused = threading.Event()
        self._last_search: Event | None = None
        self._last_open_search = ""
        self._dropped = 0

    # -- the calling side (the GUI thread) ---------------------------------------------------

    def use_order_numbers(self, patterns: Sequence[str]) -> None:
        """Scrub these order-number patterns from now on (the content's [privacy] table)."""
        # One attribute swap: the writer thread sees the old scrubber or the new, never half.
        self.scrubber = Scrubber(patterns)

    @property
    def paused(self) -> bool:
        """True once the local database failed: nothing more is recorded this session."""
        return self._paused.is_set()

    def start(self) -> None:
        """Start the writer thread; it purges events older than the retention first."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="kbassist-analytics", daemon=True
            )
            self._thread.start()

    def search_settled(self, query: str, result_ids: Sequence[str]) -> None:
        """The agent paused typing and these results were shown (best first)."""
        if not query.strip():
            return
        now = self._now_ms()
        last = self._last_search
        if last is not None and last.query == query and now - last.at_ms < REPEAT_MS:
            return
        event = self._event(
            EventKind.SEARCH,
            at_ms=now,
            query=query,
            results=len(result_ids),
            shown=",".join(result_ids[:SHOWN_LIMIT]),
        )
        self._last_search = event
        self._put(event)

    def article_opened(self, article_id: str, rank: int | None) -> None:
        """An article was opened; rank is its place in the results (1 = first), None when it
        was not opened from a result list (a pin, a link, history)."""
        search = self._last_search.id if self._last_search is not None and rank else ""
        self._last_open_search = search
        self._put(self._event(EventKind.OPEN, item=article_id, rank=rank, search=search))

    def summary_copied(self, article_id: str) -> None:
        """The answer on an article's card was copied."""
        self._put(self._event(EventKind.SUMMARY_COPIED, item=article_id))

    def template_used(self, template_id: str) -> None:
        """A reply template was chosen in the composer."""
        self._put(self._event(EventKind.TEMPLATE, item=template_id))

    def reply_done(self, template_id: str, outcome: ReplyOutcome) -> None:
        """A reply from template_id was copied, mailed, sent or saved (its text is not kept)."""
        self._put(self._event(EventKind.REPLY, item=template_id, detail=str(outcome)))

    def facility_looked_up(self, facility_id: str, place_kind: str) -> None:
        """A facility was found for a place; only the kind of place (postcode, town, address,
        coordinates) is kept, never the place the customer gave."""
        self._put(self._event(EventKind.FACILITY, item=facility_id, detail=place_kind))

    def rated(self, article_id: str, answered: bool) -> None:
        """The agent said whether the article answered the customer's question."""
        self._put(
            self._event(
                EventKind.RATING,
                item=article_id,
                detail="yes" if answered else "no",
                search=self._last_open_search,
            )
        )

    def delete_my_history(self) -> None:
        """Forget everything this agent recorded (queued behind what is being written)."""
        self._last_search = None
        self._put(_DeleteMine(self.agent), always=True)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything queued so far is written; False on timeout (tests, exit)."""
        if self._thread is None or not self._thread.is_alive():
            return False
        barrier = _Barrier(threading.Event())
        self._put(barrier, always=True)
        return barrier.done.wait(timeout)

    def close(self, timeout: float = 5.0) -> None:
        """Write what is queued, stop the writer thread (call once, at exit)."""
        thread = self._thread
        if thread is None:
            return
        try:
            self._queue.put(None, timeout=timeout)
        except queue.Full:
            log.warning("Usage log queue still full at exit; the rest is not recorded")
        thread.join(timeout)
        self._thread = None

    def _now_ms(self) -> int:
        return to_ms(self._clock())

    def _event(self, kind: EventKind, *, at_ms: int | None = None, **values: object) -> Event:
        return Event(
            id=new_id(),
            at_ms=self._now_ms() if at_ms is None else at_ms,
            agent=self.agent,
            kind=kind,
            **values,  # type: ignore[arg-type]
        )

    def _put(self, item: Event | _DeleteMine | _Barrier, *, always: bool = False) -> None:
        if not always and (not self.enabled or self.paused or self._thread is None):
            return
        try:
            self._queue.put_nowait(item)
        except queue.Full:
            self._dropped += 1
            if self._dropped == 1:
                log.warning("The usage log cannot keep up; events are dropped")

    # -- the writer thread ---------------------------------------------------------------

    def _run(self) -> None:
        local = self._open_local()
        writer = _Writer(self, local) if local is not None else None
        if writer is not None:
            writer.guarded(writer.purge)
        while True:
            timeout = self._retry_s if writer is not None and writer.waiting else None
            try:
                item = self._queue.get(timeout=timeout)
            except queue.Empty:
                if writer is not None:
                    writer.guarded(writer.deliver)
                    if writer.failed:
                        writer = None
                continue
            batch = [item]
            while len(batch) < BATCH:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            stop = None in batch
            if writer is None and any(isinstance(b, _DeleteMine) for b in batch):
                writer = self._start_afresh()
            if writer is not None:
                items = [b for b in batch if b is not None]
                writer.guarded(partial(writer.handle, items))
                if writer.failed:
                    writer = None
            for b in batch:
                if isinstance(b, _Barrier):
                    b.done.set()
            if stop:
                if writer is not None:
                    writer.close()
                return

    def _start_afresh(self) -> _Writer | None:
        """After recording paused, "Delete my usage history" tries the database again; a
        damaged one is replaced by a new, empty file (what it held cannot be read anyway)."""
        try:
            local = SqliteEvents(self.path)
        except DamagedDatabaseError:
            try:
                for suffix in ("", "-wal", "-shm"):
                    self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
            except OSError as exc:
                self.status(f"The damaged usage database {self.path} cannot be removed ({exc}).")
                return None
            fresh = self._open_local()
            if fresh is None:
                return None
            local = fresh
            self.status(f"The damaged usage database {self.path} was replaced by a new one.")
        except AnalyticsDatabaseError as exc:
            self.status(str(exc))
            return None
        self._paused.clear()
        return _Writer(self, local)

    def _open_local(self) -> SqliteEvents | None:
        try:
            return SqliteEvents(self.path)
        except AnalyticsDatabaseError as exc:
            self.pause(str(exc))
            return None

    def pause(self, message: str) -> None:
        """Stop recording for this session and say why (from the writer thread)."""
        self._paused.set()
        log.error("%s", message)
        self.status(message)

    def status(self, message: str) -> None:
        """Pass message to whoever shows the status; their failure never stops the writer."""
        if self._on_status is None:
            return
        try:
            self._on_status(message)
        except Exception:  # the status bar may be gone at exit
            log.exception("Could not show the usage log's status")


class _Writer:
    """What the writer thread holds: the local database and, for a team, its connection."""

    def __init__(self, recorder: Recorder, local: SqliteEvents) -> None:
        self.recorder = recorder
        self.local = local
        self.team: EventDatabase | None = None
        self.failed = False
        self._told_down = False
        # No new attempt before this moment (time.monotonic()) after the server failed: an
        # unreachable host costs its connect timeout each time.
        self._next_try = 0.0

    @property
    def for_team(self) -> bool:
        return self.recorder._team_opener is not None

    @property
    def waiting(self) -> bool:
        """True when events wait in the outbox for the team database."""
        return self.for_team and self.team is None

    def guarded(self, work: Callable[[], None]) -> None:
        """Run work; anything it did not foresee pauses recording with a message, as a
        failed database does, so the thread lives on to release flush() and close()."""
        try:
            work()
        except Exception as exc:
            log.exception("The usage log's writer failed")
            self._local_failed(exc)

    def purge(self) -> None:
        days = self.recorder.retention_days
        if days <= 0:  # kept for ever; what waits for the team is still sent now
            self.deliver()
            return
        cutoff = to_ms(self.recorder._clock() - dt.timedelta(days=days))
        try:
            gone = self.local.purge_before(cutoff)
            # Events that waited longer than the retention are not sent at all; a request
            # to forget an agent is kept however old it is.
            with self.local.transaction():
                gone += self.local.execute(
                    f"DELETE FROM {OUTBOX} WHERE at_ms < ? AND kind <> ?",
                    (cutoff, FORGET_AGENT),
                )
        except Exception as exc:  # sqlite3 errors of a damaged file
            self._local_failed(exc)
            return
        if gone:
            log.info("Purged %d usage events older than %d days", gone, days)
        if self.for_team and self._connect():
            assert self.team is not None
            try:
                self.team.purge_before(cutoff, agent=self.recorder.agent)
            except Exception as exc:
                self._team_down(exc)
        self.deliver()

    def handle(self, items: Sequence[Event | _DeleteMine | _Barrier]) -> None:
        events: list[Event] = []
        for item in items:
            if isinstance(item, Event):
                events.append(self._scrubbed(item))
            elif isinstance(item, _DeleteMine):
                self._store(events)
                events = []
                self._delete(item.agent)
        self._store(events)
        if self.for_team and not self.failed:
            self.deliver()

    def _scrubbed(self, event: Event) -> Event:
        if not event.query:
            return event
        clean = self.recorder.scrubber.query(event.query)
        return replace(event, query=clean.text, query_key=clean.key)

    def _store(self, events: list[Event]) -> None:
        if not events or self.failed:
            return
        try:
            self.local.insert_events(events, OUTBOX if self.for_team else EVENTS)
        except Exception as exc:
            self._local_failed(exc)

    def _delete(self, agent: str) -> None:
        try:
            with self.local.transaction():
                self.local.execute(f"DELETE FROM {OUTBOX} WHERE agent = ?", (agent,))
                self.local.execute(f"DELETE FROM {EVENTS} WHERE agent = ?", (agent,))
                if self.for_team:
                    self.local.execute(
                        f"INSERT INTO {OUTBOX} (id, at_ms, agent, kind) VALUES (?, ?, ?, ?)",
                        (new_id(), to_ms(self.recorder._clock()), agent, FORGET_AGENT),
                    )
        except Exception as exc:
            self._local_failed(exc)
            return
        if not self.for_team:
            self.recorder.status("Your usage history was deleted.")
            return
        self.deliver()
        if self.failed:
            return
        try:
            waiting = self.local.rows(
                f"SELECT COUNT(*) FROM {OUTBOX} WHERE kind = ?", (FORGET_AGENT,)
            )[0][0]
        except Exception as exc:
            self._local_failed(exc)
            return
        if waiting:
            self.recorder.status(
                "Your usage history was deleted on this computer. The team database cannot "
                "be reached; it is deleted there as soon as it is back."
            )

    def deliver(self) -> None:
        """Send the outbox to the team database, oldest first; a batch is removed from the
        outbox only after the server committed it, and the server ignores ids it has, so
        a delivery cut short is simply repeated."""
        if not self.for_team or self.failed or not self._connect():
            return
        assert self.team is not None
        names = ", ".join(COLUMNS)
        while True:
            try:
                rows = self.local.rows(
                    f"SELECT seq, {names} FROM {OUTBOX} ORDER BY seq LIMIT ?", (BATCH,)
                )
            except Exception as exc:
                self._local_failed(exc)
                return
            if not rows:
                return
            # The events up to the first request to forget an agent, or that request alone.
            forget = rows[0][_KIND_AT] == FORGET_AGENT
            if forget:
                rows = rows[:1]
            else:
                rows = list(takewhile(lambda row: row[_KIND_AT] != FORGET_AGENT, rows))
            try:
                if forget:
                    self.team.delete_agent(str(rows[0][_AGENT_AT]))
                else:
                    self.team.insert_events([from_row(row[1:]) for row in rows])
            except Exception as exc:
                self._team_down(exc)
                return
            try:
                with self.local.transaction():
                    self.local.execute(f"DELETE FROM {OUTBOX} WHERE seq <= ?", (rows[-1][0],))
            except Exception as exc:
                self._local_failed(exc)
                return
            if forget:
                self.recorder.status("Your usage history was deleted.")

    def _connect(self) -> bool:
        if self.team is not None:
            return True
        opener = self.recorder._team_opener
        if opener is None or time.monotonic() < self._next_try:
            return False
        try:
            self.team = opener()
        except Exception as exc:
            self._team_down(exc)
            return False
        if self._told_down:
            self._told_down = False
            self.recorder.status("The team database is back; the events kept meanwhile are sent.")
        return True

    def _team_down(self, exc: BaseException) -> None:
        if self.team is not None:
            try:
                self.team.close()
            except Exception:
                log.debug("Closing a failed team connection", exc_info=True)
            self.team = None
        self._next_try = time.monotonic() + self.recorder._retry_s
        log.warning("Team usage database unavailable: %s", exc)
        if not self._told_down:
            self._told_down = True
            self.recorder.status(
                f"{exc} Usage events are kept on this computer and sent when it is back."
                if isinstance(exc, AnalyticsDatabaseError)
                else "The team database cannot be reached. Usage events are kept on this "
                "computer and sent when it is back."
            )

    def _local_failed(self, exc: BaseException) -> None:
        self.failed = True
        message = (
            exc if isinstance(exc, AnalyticsDatabaseError) else sqlite_error(self.local.path, exc)
        )
        self.recorder.pause(str(message))
        self.close()

    def close(self) -> None:
        for database in (self.team, self.local):
            if database is None:
                continue
            try:
                database.close()
            except Exception:
                log.debug("Closing a usage database", exc_info=True)
        self.team = None
