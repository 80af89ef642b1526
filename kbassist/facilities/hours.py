"""Opening hours: weekly ranges (split days, past midnight, closed days) and date exceptions."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE = re.compile(r"^(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})$")
CLOSED_WORDS = frozenset({"closed", "zaprto", "zatvoreno", "κλειστό", "休息"})


class HoursError(ValueError):
    """Opening hours written in a way we cannot read."""


@dataclass(frozen=True, order=True)
class TimeRange:
    """Open from start to end, in minutes after local midnight; end <= start runs past midnight."""

    start: int
    end: int

    @property
    def crosses_midnight(self) -> bool:
        """True when the range closes on the following day."""
        return self.end <= self.start

    def __str__(self) -> str:
        return f"{_clock(self.start)}-{_clock(self.end)}"


DayHours = tuple[TimeRange, ...]


@dataclass(frozen=True)
class OpeningHours:
    """A facility's week (index 0 = Monday) and the dates that differ from it."""

    week: tuple[DayHours, ...]
    exceptions: dict[dt.date, DayHours] = field(default_factory=dict)

    def for_date(self, day: dt.date) -> DayHours:
        """The ranges that start on day, exceptions first."""
        if day in self.exceptions:
            return self.exceptions[day]
        return self.week[day.weekday()]


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_day(text: object) -> DayHours:
    """Parse "09:00-12:30,13:30-17:00", "closed" or empty (closed) into ranges."""
    if text is None:
        return ()
    if isinstance(text, bool) or not isinstance(text, str):
        raise HoursError(f"'{text}' is not opening hours; write them like 09:00-17:00")
    cleaned = text.strip()
    if not cleaned or cleaned.lower() in CLOSED_WORDS:
        return ()
    ranges: list[TimeRange] = []
    for part in cleaned.split(","):
        match = _RANGE.match(part.strip())
        if not match:
            raise HoursError(
                f"'{part.strip()}' is not a time range; write it like 09:00-17:00, split days "
                "like 09:00-12:30,13:30-17:00, or 'closed'"
            )
        sh, sm, eh, em = (int(g) for g in match.groups())
        if sh > 23 or eh > 24 or sm > 59 or em > 59 or (eh == 24 and em):
            raise HoursError(f"'{part.strip()}' has an impossible time")
        start, end = sh * 60 + sm, eh * 60 + em
        if start == end:
            raise HoursError(f"'{part.strip()}' opens and closes at the same time")
        ranges.append(TimeRange(start, end % (24 * 60) if end == 24 * 60 else end))
    ranges.sort()
    for before, after in itertools.pairwise(ranges):
        if not before.crosses_midnight and after.start < before.end:
            raise HoursError(f"'{before}' and '{after}' overlap")
    return tuple(ranges)


def weekday_index(name: str) -> int:
    """0 for 'mon' ... 6 for 'sun' (also accepts full English names)."""
    key = name.strip().lower()[:3]
    if key not in WEEKDAYS:
        raise HoursError(f"'{name}' is not a weekday; use mon, tue, wed, thu, fri, sat or sun")
    return WEEKDAYS.index(key)
