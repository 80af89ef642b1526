"""The usage log as CSV or JSON Lines, for teams that read it with their own tools."""

from __future__ import annotations

import csv
import datetime as dt
import json
from typing import TextIO

from kbassist.analytics.database import EVENTS, EventDatabase
from kbassist.analytics.events import COLUMNS, from_ms, to_ms

FORMATS = ("csv", "jsonl")
# Rows read per round: the export streams, whatever the size of the log.
CHUNK = 5000
# The exported columns: the stored ones, with the time also readable.
EXPORT_COLUMNS = ("id", "at", *COLUMNS[2:])


def export_events(
    database: EventDatabase, out: TextIO, fmt: str, since: dt.datetime | None = None
) -> int:
    """Write every event since `since` (all when None) to out, oldest first; how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use csv or jsonl")
    writer = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
    if writer is not None:
        writer.writerow(EXPORT_COLUMNS)
    start = to_ms(since) if since is not None else 0
    names = ", ".join(COLUMNS)
    last, written = -1, 0
    while True:
        rows = database.rows(
            f"SELECT seq, {names} FROM {EVENTS} WHERE seq > ? AND at_ms >= ? ORDER BY seq LIMIT ?",
            (last, start, CHUNK),
        )
        if not rows:
            return written
        for row in rows:
            values = [row[1], from_ms(int(row[2])).isoformat(), *row[3:]]
            if writer is not None:
                writer.writerow(["" if v is None else v for v in values])
            else:
                out.write(
                    json.dumps(dict(zip(EXPORT_COLUMNS, values, strict=True)), ensure_ascii=False)
                )
                out.write("\n")
        written += len(rows)
        last = int(rows[-1][0])
