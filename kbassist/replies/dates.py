"""Date helpers for reply templates: adding days and writing dates for a language."""

from __future__ import annotations

import datetime as dt

from kbassist.common.languages import normalise_tag, primary_language

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


def format_date(day: dt.date | str, language: str = "en") -> str:
    """A date written the way readers of language expect it."""
    if isinstance(day, str):
        day = dt.date.fromisoformat(day)
    primary = primary_language(language)
    if primary == "zh":
        return f"{day.year}年{day.month}月{day.day}日"
    if primary in ("sl", "hr"):
        suffix = "." if primary == "hr" else ""
        return f"{day.day}. {day.month}. {day.year}{suffix}"
    if primary == "el":
        return f"{day.day}/{day.month}/{day.year}"
    if normalise_tag(language) == "en-us":
        return f"{_EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
    return f"{day.day} {_EN_MONTHS[day.month - 1]} {day.year}"
