"""Whether a facility is open at an instant, and its hours on a day, in its own time zone."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import math
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass

from kbassist.facilities.hours import OpeningHours, TimeRange
from kbassist.facilities.model import Facility

log = logging.getLogger(__name__)

UNKNOWN_TEXT = "Hours unknown"
CLOSED_TEXT = "Closed"
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_UTC = dt.UTC
# A facility whose opening chains on for this long is shown as open round the clock.
_ROUND_THE_CLOCK = dt.timedelta(days=7)
# How far past the last exception date to look for the next opening: one full week
# repeats every weekday, so nothing opens later than that.
_WEEK = 8


@dataclass(frozen=True)
class OpenStatus:
    """Open, closed or unknown at an instant; times are in the facility's time zone."""

    open: bool | None
    closes_at: dt.datetime | None = None
    opens_at: dt.datetime | None = None
    text: str = UNKNOWN_TEXT


@functools.cache
def facility_zone(name: str) -> zoneinfo.ZoneInfo:
    """The IANA zone of a facility; the loader has already replaced unknown names by UTC."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        log.warning("Unknown time zone %r: using UTC", name)
        return zoneinfo.ZoneInfo("UTC")


def format_ranges(ranges: tuple[TimeRange, ...]) -> str:
    """'09:00–12:30, 13:30–17:30', or 'Closed' for no ranges."""
    if not ranges:
        return CLOSED_TEXT
    return ", ".join(r.text("–") for r in ranges)


def hours_on(facility: Facility, day: dt.date) -> str:
    """The hours that start on day (local to the facility), 'Closed' or 'Hours unknown'."""
    if facility.hours is None:
        return UNKNOWN_TEXT
    return format_ranges(facility.hours.for_date(day))


def open_status(facility: Facility, at: dt.datetime) -> OpenStatus:
    """Whether facility is open at the aware instant at, and when that changes."""
    if facility.hours is None:
        return OpenStatus(None)
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("open_status needs a time-zone-aware datetime")
    zone = facility_zone(facility.timezone)
    now = at.astimezone(_UTC)
    today = now.astimezone(zone).date()
    intervals = _intervals(
        facility.hours, zone, today - dt.timedelta(days=1), _last_day(facility.hours, today)
    )
    for start, end in intervals:
        if end <= now:
            continue
        if start > now:
            opens = start.astimezone(zone)
            return OpenStatus(
                False, opens_at=opens, text=f"Closed · opens {_when(opens, at, zone)}"
            )
        closes = _chained_end(end, intervals, now + _ROUND_THE_CLOCK)
        if closes is None:
            return OpenStatus(True, text="Open 24 hours")
        local_close = closes.astimezone(zone)
        return OpenStatus(
            True, closes_at=local_close, text=f"Open · closes {_when(local_close, at, zone)}"
        )
    return OpenStatus(False, text=CLOSED_TEXT)


def is_open(facility: Facility, at: dt.datetime) -> bool | None:
    """Just the open flag of open_status, without looking ahead for the next change."""
    return OpenCheck(at)(facility)


class OpenCheck:
    """is_open for many facilities at one instant, working out each zone's local time once.

    The finder may look at thousands of facilities at night before it finds ten open.
    """

    def __init__(self, at: dt.datetime) -> None:
        self.at = at
        # zone name -> (today, yesterday, minute of the day), or None near a clock change.
        self._local: dict[str, tuple[dt.date, dt.date, int] | None] = {}

    def __call__(self, facility: Facility) -> bool | None:
        """True, False, or None when the hours are unknown."""
        hours = facility.hours
        if hours is None:
            return None
        name = facility.timezone
        if name not in self._local:
            self._local[name] = self._wall_clock(name)
        local = self._local[name]
        if local is None:
            return self._exact(hours, facility_zone(name))
        today, yesterday, minute = local
        for r in hours.for_date(today):
            if r.start <= minute and (r.crosses_midnight or minute < r.end):
                return True
        return any(r.crosses_midnight and minute < r.end for r in hours.for_date(yesterday))

    def _wall_clock(self, name: str) -> tuple[dt.date, dt.date, int] | None:
        local = self.at.astimezone(facility_zone(name))
        today = local.date()
        # Without a clock change from yesterday to tomorrow, wall-clock minutes are exact.
        if not _steady(name, today):
            return None
        return today, today - dt.timedelta(days=1), local.hour * 60 + local.minute

    def _exact(self, hours: OpeningHours, zone: zoneinfo.ZoneInfo) -> bool:
        now = self.at.astimezone(_UTC)
        today = now.astimezone(zone).date()
        intervals = _intervals(hours, zone, today - dt.timedelta(days=1), today)
        return any(start <= now < end for start, end in intervals)


@functools.lru_cache(maxsize=4096)
def _steady(zone_name: str, day: dt.date) -> bool:
    """True when zone keeps one UTC offset from the start of yesterday to the end of tomorrow."""
    zone = facility_zone(zone_name)
    offsets = {
        dt.datetime.combine(day + dt.timedelta(days=n), dt.time()).replace(tzinfo=zone).utcoffset()
        for n in (-1, 0, 1, 2)
    }
    return len(offsets) == 1


def _last_day(hours: OpeningHours, today: dt.date) -> dt.date:
    later = [day for day in hours.exceptions if day >= today]
    return max([today, *later]) + dt.timedelta(days=_WEEK)


def _intervals(
    hours: OpeningHours, zone: zoneinfo.ZoneInfo, first: dt.date, last: dt.date
) -> Iterator[tuple[dt.datetime, dt.datetime]]:
    """Opening intervals in UTC, by start, for ranges that start on first..last."""
    day = first
    while day <= last:
        for r in hours.for_date(day):
            end_day = day + dt.timedelta(days=1) if r.crosses_midnight else day
            yield _instant(day, r.start, zone, end=False), _instant(end_day, r.end, zone, end=True)
        day += dt.timedelta(days=1)


def _chained_end(
    end: dt.datetime, intervals: Iterator[tuple[dt.datetime, dt.datetime]], limit: dt.datetime
) -> dt.datetime | None:
    """The end of an opening that runs on into the next ranges without a break."""
    for start, following in intervals:
        if end >= limit:
            return None
        if start > end:
            break
        end = max(end, following)
    return None if end >= limit else end


def _instant(day: dt.date, minutes: int, zone: zoneinfo.ZoneInfo, *, end: bool) -> dt.datetime:
    """The UTC instant of a local wall-clock time, settling the daylight-saving edge cases.

    A time the clocks skip (spring forward) happens at the moment they jump. A time that
    happens twice (autumn fold) opens at the first and closes at the second, so a facility
    is open for as long as its wall clock says.
    """
    wall = dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60))
    first = wall.replace(tzinfo=zone, fold=0).astimezone(_UTC)
    second = wall.replace(tzinfo=zone, fold=1).astimezone(_UTC)
    if first == second:
        return first
    if first.astimezone(zone).replace(tzinfo=None) == wall:
        return second if end else first
    return _jump(min(first, second), max(first, second), zone, wall)


def _jump(
    low: dt.datetime, high: dt.datetime, zone: zoneinfo.ZoneInfo, wall: dt.datetime
) -> dt.datetime:
    """The instant in (low, high] when the clock jumps past wall, to the minute."""
    while high - low > dt.timedelta(minutes=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).replace(tzinfo=None) < wall:
            low = middle
        else:
            high = middle
    return high


def _when(moment: dt.datetime, at: dt.datetime, zone: zoneinfo.ZoneInfo) -> str:
    """'in 40 min', 'at 17:30', 'tomorrow at 09:00', 'Monday at 09:00' or 'on 2 Jan at 09:00'."""
    minutes = math.ceil((moment - at).total_seconds() / 60)
    if minutes < 60:
        return f"in {minutes} min"
    clock = moment.strftime("%H:%M")
    days = (moment.date() - at.astimezone(zone).date()).days
    if days == 0:
        return f"at {clock}"
    if days == 1:
        return f"tomorrow at {clock}"
    if days < 7:
        return f"{WEEKDAY_NAMES[moment.weekday()]} at {clock}"
    month = MONTH_NAMES[moment.month - 1]
    return f"on {WEEKDAY_NAMES[moment.weekday()][:3]} {moment.day} {month} at {clock}"


@dataclass(frozen=True)
class DayLine:
    """One day of a facility's week, for a weekly hours table."""

    day: dt.date
    text: str
    today: bool
    exception: bool

    @property
    def weekday(self) -> str:
        """'Monday' ... 'Sunday'."""
        return WEEKDAY_NAMES[self.day.weekday()]


def week_hours(facility: Facility, today: dt.date) -> list[DayLine]:
    """Monday to Sunday of the week that holds today; exception days are flagged."""
    monday = today - dt.timedelta(days=today.weekday())
    exceptions = facility.hours.exceptions if facility.hours is not None else {}
    lines = []
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        lines.append(DayLine(day, hours_on(facility, day), day == today, day in exceptions))
    return lines


def local_date(facility: Facility, at: dt.datetime) -> dt.date:
    """The date at the facility when it is at somewhere else."""
    return at.astimezone(facility_zone(facility.timezone)).date()
