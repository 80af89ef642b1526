"""Dates, times and numbers written the way the interface language writes them, by CLDR
(babel): the one way the app and the command line format them for people to read."""

from __future__ import annotations

import datetime as dt
from functools import cache

import babel
import babel.dates
import babel.numbers

from kbassist.common import i18n

# The CLDR locale of each catalogue language. English is written the British way, as the
# interface's own words are ("Colours", "3 Nov 2026").
CLDR_LOCALES = {"en": "en_GB", "sl": "sl", "hr": "hr", "el": "el", "zh_CN": "zh_Hans_CN"}


@cache
def _locale(language: str) -> babel.Locale:
    return babel.Locale.parse(CLDR_LOCALES.get(language, "en_GB"))


def interface_locale() -> babel.Locale:
    """The CLDR locale of the language the interface speaks."""
    return _locale(i18n.language())


def format_day(day: dt.date) -> str:
    """A date as the interface language writes it: "3 Nov 2026", "3. nov. 2026", "2026年11月3日"."""
    return str(babel.dates.format_date(day, "medium", locale=interface_locale()))


def format_clock(when: dt.datetime | dt.time) -> str:
    """The time of day: "14:05" in English and Slovenian, "2:05 μ.μ." in Greek."""
    return str(babel.dates.format_time(when, "short", locale=interface_locale()))


def format_day_month(day: dt.date, with_year: bool) -> str:
    """A short date, the year only when asked: "5 Mar", "5. mar. 2026", "3月5日"."""
    skeleton = "yMMMd" if with_year else "MMMd"
    return str(babel.dates.format_skeleton(skeleton, day, locale=interface_locale()))


def format_moment(when: dt.datetime) -> str:
    """A date and time of day: "3 Nov 2026 14:05" in English, each language its own way."""
    return f"{format_day(when.date())} {format_clock(when)}"


def format_decimal(number: float, digits: int = 0) -> str:
    """number with digits decimals and the language's separators: "1,234.5", "1.234,5"."""
    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return str(babel.numbers.format_decimal(number, format=pattern, locale=interface_locale()))
