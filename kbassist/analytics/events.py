"""One recorded event: what happened, when, by whom, and the ids it concerns (never a text)."""

from __future__ import annotations

import base64
import datetime as dt
import enum
import uuid
from dataclasses import dataclass

# At most this many result ids are kept for a search: what the agent could see first.
SHOWN_LIMIT = 5


class EventKind(enum.StrEnum):
    """What happened; the value is what the database and exports hold."""

    SEARCH = "search"
    OPEN = "open"
    SUMMARY_COPIED = "summary-copied"
    TEMPLATE = "template"
    REPLY = "reply"
    FACILITY = "facility"
    RATING = "rating"


class ReplyOutcome(enum.StrEnum):
    """What became of a reply; its text is never recorded."""

    COPIED = "copied"
    MAILED = "mailed"
    SENT = "sent"
    SAVED = "saved"


@dataclass(frozen=True)
class Event:
    """A row of the usage log.

    id: unique across agents, so delivering an event twice stores it once.
    at_ms: milliseconds since 1970 UTC (integers sort and subtract alike in every database).
    query/query_key: the scrubbed query and its group key, for searches and what follows them.
    item: the article, template or facility id. search: the id of the search an open came from.
    detail: a reply outcome, "yes"/"no" for a rating, the place kind of a facility look-up.
    """

    id: str
    at_ms: int
    agent: str
    kind: EventKind
    query: str = ""
    query_key: str = ""
    item: str = ""
    rank: int | None = None
    results: int | None = None
    shown: str = ""
    search: str = ""
    detail: str = ""

    @property
    def at(self) -> dt.datetime:
        """When it happened, in UTC."""
        return from_ms(self.at_ms)


COLUMNS = (
    "id",
    "at_ms",
    "agent",
    "kind",
    "query",
    "query_key",
    "item",
    "rank",
    "results",
    "shown",
    "search",
    "detail",
)

Row = tuple[str, int, str, str, str, str, str, int | None, int | None, str, str, str]


def new_id() -> str:
    """A fresh event id: 128 random bits (two agents never make the same one), written in
    22 characters rather than 32, as every event and its index hold one."""
    return base64.urlsafe_b64encode(uuid.uuid4().bytes).rstrip(b"=").decode("ascii")


def to_ms(moment: dt.datetime) -> int:
    """An aware datetime as milliseconds since 1970 UTC."""
    return int(moment.timestamp() * 1000)


def from_ms(ms: int) -> dt.datetime:
    """Milliseconds since 1970 as an aware UTC datetime."""
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC)


def as_row(event: Event) -> Row:
    """The event's values in COLUMNS order."""
    return (
        event.id,
        event.at_ms,
        event.agent,
        str(event.kind),
        event.query,
        event.query_key,
        event.item,
        event.rank,
        event.results,
        event.shown,
        event.search,
        event.detail,
    )


def from_row(row: tuple[object, ...]) -> Event:
    """An event from values in COLUMNS order, as a database returns them."""
    rank, results = row[7], row[8]
    return Event(
        id=str(row[0]),
        at_ms=int(str(row[1])),
        agent=str(row[2]),
        kind=EventKind(str(row[3])),
        query=str(row[4] or ""),
        query_key=str(row[5] or ""),
        item=str(row[6] or ""),
        rank=None if rank is None else int(str(rank)),
        results=None if results is None else int(str(results)),
        shown=str(row[9] or ""),
        search=str(row[10] or ""),
        detail=str(row[11] or ""),
    )
