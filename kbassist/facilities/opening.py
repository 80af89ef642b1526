"""Whether a facility is open at an instant, and its hours on a day, in its own time zone.

Both ways of writing hours (the weekly table and OSM opening_hours text) are evaluated
through day_ranges, so everything after it works the same for both.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass

import opening_hours

from kbassist.common.i18n import _
from kbassist.facilities.hours import DayHours, OsmHours, TimeRange
from kbassist.facilities.model import Facility
from kbassist.facilities.public_holidays import holiday_name, is_holiday
from kbassist.facilities.wording import day_hours_text, phrase, status_text

log = logging.getLogger(__name__)

UNKNOWN_TEXT = phrase("hours_unknown_call")
_UTC = dt.UTC
# A facility whose opening chains on for this long is shown as open round the clock.
_ROUND_THE_CLOCK = dt.timedelta(days=7)
# How far past the last exception date to look for the next opening: one full week
# repeats every weekday, so nothing opens later than that.
_WEEK = 8
# OSM hours can close for longer than a week (a season, a holiday run); look this far ahead.
OSM_LOOKAHEAD_DAYS = 40
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class OpenStatus:
    """Open, closed or unknown at an instant; times are in the facility's time zone.

    holiday is the name of today's public holiday when the facility is closed all day for it.
    """

    open: bool | None
    closes_at: dt.datetime | None = None
    opens_at: dt.datetime | None = None
    text: str = UNKNOWN_TEXT
    holiday: str | None = None


@functools.cache
def facility_zone(name: str) -> zoneinfo.ZoneInfo:
    """The IANA zone of a facility; the loader has already replaced unknown names by UTC."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        log.warning("Unknown time zone %r: using UTC", name)
        return zoneinfo.ZoneInfo("UTC")


def day_ranges(facility: Facility, day: dt.date) -> DayHours:
    """The ranges that start on day, local to the facility, from either way of writing hours."""
    hours = facility.hours
    if hours is None:
        return ()
    if isinstance(hours, OsmHours):
        return _osm_day(hours.text, facility.timezone, facility.country, day)
    holiday = hours.holidays is not None and is_holiday(facility.country, day)
    return hours.for_date(day, holiday)


def hours_on(facility: Facility, day: dt.date, language: str = "en") -> str:
    """The hours that start on day (local to the facility), 'Closed' or 'Hours unknown'."""
    if facility.hours is None:
        return day_hours_text(None, language)
    return day_hours_text(day_ranges(facility, day), language)


def open_status(facility: Facility, at: dt.datetime, language: str = "en") -> OpenStatus:
    """Whether facility is open at the aware instant at, and when that changes."""
    if facility.hours is None:
        return OpenStatus(None, text=status_text(None, at, language=language))
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(_("open_status needs a time-zone-aware datetime"))
    if _osm_unknown(facility, at):
        return OpenStatus(None, text=status_text(None, at, language=language))
    zone = facility_zone(facility.timezone)
    now = at.astimezone(_UTC)
    local_now = now.astimezone(zone)
    today = local_now.date()
    intervals = _intervals(facility, zone, today - _DAY, _last_day(facility, today))
    for start, end in intervals:
        if end <= now:
            continue
        if start > now:
            opens = start.astimezone(zone)
            holiday = _holiday_closure(facility, today, language)
            text = status_text(False, local_now, opens_at=opens, holiday=holiday, language=language)
            return OpenStatus(False, opens_at=opens, text=text, holiday=holiday)
        closes = _chained_end(end, intervals, now + _ROUND_THE_CLOCK)
        if closes is None:
            return OpenStatus(True, text=status_text(True, local_now, language=language))
        local_close = closes.astimezone(zone)
        text = status_text(True, local_now, closes_at=local_close, language=language)
        return OpenStatus(True, closes_at=local_close, text=text)
    holiday = _holiday_closure(facility, today, language)
    return OpenStatus(
        False,
        text=status_text(False, local_now, holiday=holiday, language=language),
        holiday=holiday,
    )


def _holiday_closure(facility: Facility, day: dt.date, language: str) -> str | None:
    """The holiday's name when day is a public holiday and the facility opens not at all."""
    name = holiday_name(facility.country, day, language)
    if name is None or day_ranges(facility, day):
        return None
    return name


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
            return self._exact(facility, facility_zone(name))
        today, yesterday, minute = local
        if _osm_unknown(facility, self.at):
            return None
        for r in day_ranges(facility, today):
            if r.start <= minute and (r.crosses_midnight or minute < r.end):
                return True
        return any(r.crosses_midnight and minute < r.end for r in day_ranges(facility, yesterday))

    def _wall_clock(self, name: str) -> tuple[dt.date, dt.date, int] | None:
        local = self.at.astimezone(facility_zone(name))
        today = local.date()
        # Without a clock change from yesterday to tomorrow, wall-clock minutes are exact.
        if not _steady(name, today):
            return None
        return today, today - dt.timedelta(days=1), local.hour * 60 + local.minute

    def _exact(self, facility: Facility, zone: zoneinfo.ZoneInfo) -> bool | None:
        if _osm_unknown(facility, self.at):
            return None
        now = self.at.astimezone(_UTC)
        today = now.astimezone(zone).date()
        intervals = _intervals(facility, zone, today - _DAY, today)
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


def _last_day(facility: Facility, today: dt.date) -> dt.date:
    hours = facility.hours
    if isinstance(hours, OsmHours):
        return today + dt.timedelta(days=OSM_LOOKAHEAD_DAYS)
    later = [day for day in hours.exceptions if day >= today] if hours is not None else []
    return max([today, *later]) + dt.timedelta(days=_WEEK)


def _intervals(
    facility: Facility, zone: zoneinfo.ZoneInfo, first: dt.date, last: dt.date
) -> Iterator[tuple[dt.datetime, dt.datetime]]:
    """Opening intervals in UTC, by start, for ranges that start on first..last."""
    day = first
    while day <= last:
        for r in day_ranges(facility, day):
            end_day = day + _DAY if r.crosses_midnight else day
            yield _instant(day, r.start, zone, end=False), _instant(end_day, r.end, zone, end=True)
        day += _DAY


@functools.lru_cache(maxsize=256)
def _osm_evaluator(text: str, timezone: str, country: str) -> opening_hours.OpeningHours:
    """The parsed OSM hours in the facility's zone, knowing its country's public holidays."""
    zone = facility_zone(timezone)
    try:
        return opening_hours.OpeningHours(
            text, timezone=zone, country=country or None, auto_country=False, auto_timezone=False
        )
    except opening_hours.UnknownCountryError:  # type: ignore[attr-defined]  # not in the stub
        # PH rules then never match; `kbassist check` names the country.
        log.warning("No public holidays known for country %r", country)
        return opening_hours.OpeningHours(
            text, timezone=zone, auto_country=False, auto_timezone=False
        )


@functools.lru_cache(maxsize=65536)
def _osm_day(text: str, timezone: str, country: str, day: dt.date) -> DayHours:
    """The open ranges OSM hours give that start on day, as wall-clock minutes.

    A range belongs to the day it starts on, as in the weekly table: '22:00-06:00' on
    Friday is Friday's. Opening that has run since before yesterday (24/7) starts at
    midnight every day, so each day has a range and the chain of them reads as round the
    clock.
    """
    evaluator = _osm_evaluator(text, timezone, country)
    zone = facility_zone(timezone)
    window = dt.datetime.combine(day - _DAY, dt.time(), tzinfo=zone)
    midnight = dt.datetime.combine(day, dt.time(), tzinfo=zone)
    next_midnight = dt.datetime.combine(day + _DAY, dt.time(), tzinfo=zone)
    ranges: list[TimeRange] = []
    for start, end in _open_spans(evaluator, window, next_midnight + _DAY):
        if start == window and end > midnight:
            start = midnight
        if not midnight <= start < next_midnight:
            continue
        local_start, local_end = start.astimezone(zone), end.astimezone(zone)
        begin = local_start.hour * 60 + local_start.minute
        if end - start >= _DAY:
            ranges.append(TimeRange(begin, begin))
        else:
            ranges.append(TimeRange(begin, local_end.hour * 60 + local_end.minute))
    return tuple(ranges)


def _open_spans(
    evaluator: opening_hours.OpeningHours, start: dt.datetime, end: dt.datetime
) -> Iterator[tuple[dt.datetime, dt.datetime]]:
    """Open intervals between start and end, with touching ones merged."""
    span: tuple[dt.datetime, dt.datetime] | None = None
    for begin, finish, state, _comment in evaluator.intervals(start, end):
        if state != opening_hours.State.OPEN:
            continue
        if span is not None and begin <= span[1]:
            span = (span[0], max(span[1], finish))
            continue
        if span is not None:
            yield span
        span = (begin, finish)
    if span is not None:
        yield span


def _osm_unknown(facility: Facility, at: dt.datetime) -> bool:
    """Whether OSM hours say 'unknown' at this instant ('Sa unknown', '|| unknown')."""
    hours = facility.hours
    if not isinstance(hours, OsmHours) or "unknown" not in hours.text:
        return False
    evaluator = _osm_evaluator(hours.text, facility.timezone, facility.country)
    local = at.astimezone(facility_zone(facility.timezone))
    return evaluator.is_unknown(local)


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


@dataclass(frozen=True)
class DayLine:
    """One day of a facility's week, for a weekly hours table."""

    day: dt.date
    ranges: DayHours | None
    today: bool
    exception: bool
    holiday: str | None = None

    @property
    def text(self) -> str:
        """'09:00–17:30', 'Closed' or 'Hours unknown', in English."""
        return day_hours_text(self.ranges)


def week_hours(facility: Facility, today: dt.date, language: str = "en") -> list[DayLine]:
    """Monday to Sunday of the week that holds today; exception days and holidays flagged."""
    monday = today - dt.timedelta(days=today.weekday())
    hours = facility.hours
    exceptions = hours.exceptions if hours is not None and not isinstance(hours, OsmHours) else {}
    lines = []
    for offset in range(7):
        day = monday + dt.timedelta(days=offset)
        ranges = day_ranges(facility, day) if hours is not None else None
        holiday = holiday_name(facility.country, day, language)
        lines.append(DayLine(day, ranges, day == today, day in exceptions, holiday))
    return lines


def local_date(facility: Facility, at: dt.datetime) -> dt.date:
    """The date at the facility when it is at somewhere else."""
    return at.astimezone(facility_zone(facility.timezone)).date()
