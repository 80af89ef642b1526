"""Opening hours: weekly ranges (split days, past midnight, closed days) and date exceptions."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_MINUTES = 24 * 60
# A time of day as people and spreadsheets write it: 9:00, 09:00 or 09.00.
_CLOCK = r"(\d{1,2})[:.](\d{2})"
_RANGE = re.compile(rf"^{_CLOCK}\s*[-–—]\s*{_CLOCK}$")
# What is written between the ranges of one day: "09:00-12:30, 13:30-17:00", or ';', '/',
# '&', '+' and 'and' as spreadsheet exports have them.
_RANGE_SEPARATOR = re.compile(r"\s*(?:,|;|/|&|\+|\band\b)\s*", re.IGNORECASE)
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

    def text(self, dash: str = "-") -> str:
        """'09:00-17:30'; a range that ends at midnight ends at 24:00, never at 00:00."""
        return f"{format_clock(self.start)}{dash}{format_clock(self.end or DAY_MINUTES)}"

    def __str__(self) -> str:
        return self.text()


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


def format_clock(minutes: int) -> str:
    """A time of day in minutes after midnight as 24-hour text: 545 -> '09:05'."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_range(text: str) -> TimeRange:
    """One range: '09:00-17:30', '9:00 – 17:30' or '09.00-17.30'; 24:00 ends at midnight."""
    part = text.strip()
    match = _RANGE.match(part)
    if not match:
        raise HoursError(
            f"'{part}' is not a time range; write it like 09:00-17:00, split days "
            "like 09:00-12:30,13:30-17:00, or 'closed'"
        )
    sh, sm, eh, em = (int(g) for g in match.groups())
    if sh > 23 or eh > 24 or sm > 59 or em > 59 or (eh == 24 and em):
        raise HoursError(f"'{part}' has an impossible time")
    start, end = sh * 60 + sm, eh * 60 + em
    if start == end:
        raise HoursError(f"'{part}' opens and closes at the same time")
    return TimeRange(start, end % DAY_MINUTES)


def parse_day(text: object) -> DayHours:
    """Parse "09:00-12:30,13:30-17:00", "closed" or empty (closed) into ranges."""
    if text is None:
        return ()
    if isinstance(text, bool) or not isinstance(text, str):
        raise HoursError(f"'{text}' is not opening hours; write them like 09:00-17:00")
    cleaned = text.strip()
    if not cleaned or cleaned.lower() in CLOSED_WORDS:
        return ()
    ranges = sorted(parse_range(part) for part in _RANGE_SEPARATOR.split(cleaned))
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
