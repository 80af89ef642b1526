"""Date helpers for reply templates: adding days, and writing dates for a language (CLDR)."""

from __future__ import annotations

import calendar
import datetime as dt
import re

import babel.dates

from kbassist.common.languages import normalise_tag, primary_language
from kbassist.facilities.wording import cldr_locale, weekday_name

_EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def add_days(day: dt.date, days: int) -> dt.date:
    """The date `days` calendar days after day."""
    return day + dt.timedelta(days=int(days))


def add_business_days(day: dt.date, days: int) -> dt.date:
    """The date `days` working days (Monday to Friday) after day."""
    remaining = int(days)
    step = 1 if remaining >= 0 else -1
    current = day
    while remaining:
        current += dt.timedelta(days=step)
        if current.weekday() < 5:
            remaining -= step
    return current


# How a date is written in a reply: CLDR's long form ("14 March 2026", "14. ožujka 2026.",
# "14 Μαρτίου 2026", "2026年3月14日"), or with the week day first ("full").
DATE_STYLES = ("long", "full", "numeric")
# Slovenian's long form names the month as on a calendar ("14. marec"), which reads wrong
# after the prepositions a reply uses ("do 14. marca"); its letters write "14. 3. 2026".
_NUMERIC_LONG = frozenset({"sl"})


def format_date(day: dt.date | str, language: str = "en", style: str = "long") -> str:
    """A date written the way readers of language expect it in a letter.

    English is written the British way (14 March 2026) unless the tag names another region
    ("en-US": March 14, 2026), as the rest of the app writes dates.
    """
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    primary = primary_language(language or "en")
    tag = "en-GB" if normalise_tag(language or "en") == "en" else language
    locale = cldr_locale(tag)
    if style not in DATE_STYLES:
        raise ValueError(f"'{style}' is not a date style; use one of {', '.join(DATE_STYLES)}")
    numeric = style == "numeric" or primary in _NUMERIC_LONG
    written = str(babel.dates.format_skeleton("yMd", day, locale=locale)) if numeric else ""
    if not numeric:
        return str(babel.dates.format_date(day, style, locale=locale))
    if style == "full":
        return f"{weekday_name(day, tag)}, {written}"
    return written


class TypedDateError(ValueError):
    """Typed text that is not a date, or names a day that does not exist; says which."""


_SEPARATED = re.compile(r"^(\d{1,4})\s*[-./ ]\s*(\d{1,2})\s*[-./ ]\s*(\d{1,4})\.?$")
_HINT = "Type it as YYYY-MM-DD, for example 2026-03-14."


def date_order(short_format: str) -> str:
    """The order of day, month and year ("dmy", "mdy" or "ymd") in a date format such as
    Qt's or Unicode's "dd/MM/yyyy" or "M/d/yy"; "dmy" when it cannot be told."""
    positions = {part: short_format.find(letter) for part, letter in (("d", "d"), ("m", "M"))}
    positions["y"] = short_format.lower().find("y")
    if any(at < 0 for at in positions.values()):
        return "dmy"
    return "".join(sorted(positions, key=lambda part: positions[part]))


def parse_typed_date(text: str, order: str = "dmy") -> dt.date:
    """The date typed as text: ISO (2026-12-05), the locale's short form in order (5/12/2026
    for "dmy", 12/5/26 for "mdy") or digits only (20261205, or 05122026 in the locale's order).

    Raises TypedDateError, with a message for the writer, for text that is not a date or
    for a day that does not exist (31 April): a date is never silently moved.
    """
    typed = text.strip()
    if typed.isdigit():
        parts = _digits_only(typed, order)
    else:
        match = _SEPARATED.match(typed)
        if match is None:
            raise TypedDateError(f"“{typed}” is not a date. {_HINT}")
        first, second, third = match.groups()
        if len(first) == 4:
            parts = {"y": first, "m": second, "d": third}
        else:
            parts = dict(zip(order, (first, second, third), strict=True))
    year, month, day = (int(parts[key]) for key in "ymd")
    if len(parts["y"]) <= 2:
        year += 2000
    elif len(parts["y"]) != 4:
        raise TypedDateError(f"“{typed}” has no four-digit year. {_HINT}")
    if year < 1900:
        raise TypedDateError(f"“{typed}” has no year this century or the last. {_HINT}")
    if not 1 <= month <= 12:
        raise TypedDateError(f"There is no month {month} in “{typed}”. {_HINT}")
    month_name = _EN_MONTHS[month - 1]
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise TypedDateError(
            f"There is no {day} {month_name} {year}: {month_name} {year} has {days} days."
        )
    return dt.date(year, month, day)


def _digits_only(typed: str, order: str) -> dict[str, str]:
    if len(typed) == 8 and (order == "ymd" or _year_first_only(typed, order)):
        return {"y": typed[:4], "m": typed[4:6], "d": typed[6:]}
    if len(typed) in (6, 8):
        year_digits = len(typed) - 4
        parts: dict[str, str] = {}
        at = 0
        for key in order:
            size = year_digits if key == "y" else 2
            parts[key] = typed[at : at + size]
            at += size
        return parts
    raise TypedDateError(f"“{typed}” is not a date. {_HINT}")


def _year_first_only(typed: str, order: str) -> bool:
    """Eight digits read as YYYYMMDD only when the locale's own order gives no date:
    20261205 in a day-first locale, but never 25122026 (25 December 2026)."""
    if not 1900 <= int(typed[:4]) <= 2999:
        return False
    at, parts = 0, {}
    for key in order:
        size = 4 if key == "y" else 2
        parts[key] = int(typed[at : at + size])
        at += size
    if 1 <= parts["m"] <= 12 and 1900 <= parts["y"] <= 2999:
        days = calendar.monthrange(parts["y"], parts["m"])[1]
        if 1 <= parts["d"] <= days:
            return False  # a real date in the locale's order: the writer meant that
    return True
