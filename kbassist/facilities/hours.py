"""Opening hours as written: a weekly table with date exceptions, or an OSM opening_hours string."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass, field

import opening_hours

from kbassist.common.i18n import _

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_MINUTES = 24 * 60
# A time of day as people and spreadsheets write it: 9:00, 09:00 or 09.00.
_CLOCK = r"(\d{1,2})[:.](\d{2})"
_RANGE = re.compile(rf"^{_CLOCK}\s*[-–—]\s*{_CLOCK}$")
# What is written between the ranges of one day: "09:00-12:30, 13:30-17:00", or ';', '/',
# '&', '+' and 'and' as spreadsheet exports have them.
_RANGE_SEPARATOR = re.compile(r"\s*(?:,|;|/|&|\+|\band\b)\s*", re.IGNORECASE)
CLOSED_WORDS = frozenset({"closed", "zaprto", "zatvoreno", "κλειστό", "休息"})
# Hours written as one of these are unknown, as if they were left out.
UNKNOWN_WORDS = frozenset({"unknown", "?"})
# The weekly table's line for public holidays: "holidays: closed" or "holidays: 10:00-14:00".
HOLIDAYS_KEY = "holidays"
# The OSM rule selector for public holidays ("PH off", "PH 10:00-14:00", "Mo-Fr,PH ...").
_OSM_HOLIDAY = re.compile(r"\bPH\b")
# A facility list repeats the same few hours texts thousands of times: each distinct text is
# parsed once. The results are immutable (tuples of frozen ranges, frozen OsmHours), so
# every facility may share one; a text that does not parse raises again each time.
PARSED_TEXTS = 4096


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
    """A facility's week (index 0 = Monday), the dates that differ from it, and public
    holidays (None when the hours say nothing about them)."""

    week: tuple[DayHours, ...]
    exceptions: dict[dt.date, DayHours] = field(default_factory=dict)
    holidays: DayHours | None = None

    def for_date(self, day: dt.date, holiday: bool = False) -> DayHours:
        """The ranges that start on day: an exception first, then the holiday line when day is
        a public holiday, then the weekday."""
        if day in self.exceptions:
            return self.exceptions[day]
        if holiday and self.holidays is not None:
            return self.holidays
        return self.week[day.weekday()]

    @property
    def mentions_holidays(self) -> bool:
        """Whether the hours say what happens on public holidays."""
        return self.holidays is not None


@dataclass(frozen=True)
class OsmHours:
    """Hours in OpenStreetMap's opening_hours notation, e.g. 'Mo-Fr 09:00-17:30; PH off'.

    Only the text is kept: it is evaluated in the facility's time zone and country (for its
    public holidays) by kbassist.facilities.opening.
    """

    text: str

    @property
    def mentions_holidays(self) -> bool:
        """Whether a rule selects public holidays (PH)."""
        return bool(_OSM_HOLIDAY.search(self.text))


Hours = OpeningHours | OsmHours


def parse_osm(text: str) -> OsmHours:
    """OSM opening_hours text, checked by the opening_hours parser; its message on failure."""
    return _parse_osm_cleaned(" ".join(text.split()))


@functools.lru_cache(maxsize=PARSED_TEXTS)
def _parse_osm_cleaned(cleaned: str) -> OsmHours:
    try:
        opening_hours.OpeningHours(cleaned)
    except opening_hours.ParserError as exc:  # type: ignore[attr-defined]  # not in the stub
        raise HoursError(
            _(
                "'{cleaned}' is not OpenStreetMap opening_hours ({parser_detail}); write it like "
                "Mo-Fr 09:00-17:30; Sa 10:00-14:00; PH off"
            ).format(cleaned=cleaned, parser_detail=_parser_detail(str(exc)))
        ) from None
    return OsmHours(cleaned)


def _parser_detail(message: str) -> str:
    """'at character 7: expected wday' from the parser's multi-line message."""
    where = re.search(r"-->\s*\d+:(\d+)", message)
    expected = re.search(r"=\s*(expected .*)", message)
    parts = [
        f"at character {where.group(1)}" if where else "",
        expected.group(1) if expected else "",
    ]
    return ": ".join(p for p in parts if p) or message.splitlines()[0]


def parse_hours_text(text: str) -> Hours | None:
    """Hours written as one string: None for 'unknown', else OSM opening_hours."""
    if text.strip().lower() in UNKNOWN_WORDS:
        return None
    return parse_osm(text)


def format_clock(minutes: int) -> str:
    """A time of day in minutes after midnight as 24-hour text: 545 -> '09:05'."""
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_range(text: str) -> TimeRange:
    """One range: '09:00-17:30', '9:00 – 17:30' or '09.00-17.30'; 24:00 ends at midnight."""
    part = text.strip()
    match = _RANGE.match(part)
    if not match:
        raise HoursError(
            _(
                "'{part}' is not a time range; write it like 09:00-17:00, split days like "
                "09:00-12:30,13:30-17:00, or 'closed'"
            ).format(part=part)
        )
    sh, sm, eh, em = (int(g) for g in match.groups())
    if sh > 23 or eh > 24 or sm > 59 or em > 59 or (eh == 24 and em):
        raise HoursError(_("'{part}' has an impossible time").format(part=part))
    start, end = sh * 60 + sm, eh * 60 + em
    if start == end:
        raise HoursError(_("'{part}' opens and closes at the same time").format(part=part))
    return TimeRange(start, end % DAY_MINUTES)


def parse_day(text: object) -> DayHours:
    """Parse "09:00-12:30,13:30-17:00", "closed" or empty (closed) into ranges."""
    if text is None:
        return ()
    if isinstance(text, bool) or not isinstance(text, str):
        raise HoursError(
            _("'{text}' is not opening hours; write them like 09:00-17:00").format(text=text)
        )
    return _parse_day_text(text)


@functools.lru_cache(maxsize=PARSED_TEXTS)
def _parse_day_text(text: str) -> DayHours:
    cleaned = text.strip()
    if not cleaned or cleaned.lower() in CLOSED_WORDS:
        return ()
    ranges = sorted(parse_range(part) for part in _RANGE_SEPARATOR.split(cleaned))
    for before, after in itertools.pairwise(ranges):
        if not before.crosses_midnight and after.start < before.end:
            raise HoursError(
                _("'{before}' and '{after}' overlap").format(before=before, after=after)
            )
    return tuple(ranges)


def hours_entry(hours: Hours) -> str | dict[str, str]:
    """Hours as a facility file writes them: the OSM text, or weekday: ranges (and holidays)."""
    if isinstance(hours, OsmHours):
        return hours.text
    entry = {day: day_text(ranges) for day, ranges in zip(WEEKDAYS, hours.week, strict=True)}
    if hours.holidays is not None:
        entry[HOLIDAYS_KEY] = day_text(hours.holidays)
    return entry


@functools.lru_cache(maxsize=PARSED_TEXTS)
def day_text(ranges: DayHours) -> str:
    """A day's ranges as a facility file writes them: '09:00-12:30,13:30-17:00' or 'closed'."""
    return ",".join(r.text() for r in ranges) or "closed"


def weekday_index(name: str) -> int:
    """0 for 'mon' ... 6 for 'sun' (also accepts full English names)."""
    key = name.strip().lower()[:3]
    if key not in WEEKDAYS:
        raise HoursError(
            _("'{name}' is not a weekday; use mon, tue, wed, thu, fri, sat or sun").format(
                name=name
            )
        )
    return WEEKDAYS.index(key)
