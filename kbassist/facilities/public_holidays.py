"""Public holidays of a facility's country, with their names in the agent's language."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping

import holidays

from kbassist.common.i18n import _
from kbassist.common.languages import primary_language
from kbassist.facilities.hours import HOLIDAYS_KEY, OsmHours
from kbassist.facilities.model import Facility
from kbassist.problems import ProblemList

# The holidays package names English as en_US or en_GB and Chinese by script; an agent's
# language is a plain tag ("en", "zh").
_PREFERRED = {"en": ("en_GB", "en_US"), "zh": ("zh_CN", "zh_TW")}


@functools.cache
def _calendar(country: str, year: int, language: str) -> Mapping[dt.date, str] | None:
    """The holidays package's calendar, or None when it does not know the country."""
    try:
        names = holidays.country_holidays(country, years=year, language=language or None)
    except NotImplementedError:
        return None
    return dict(names)


@functools.cache
def _language_for(country: str, language: str) -> str:
    """The holidays package's language code for a country closest to language, or ""."""
    try:
        supported: tuple[str, ...] = holidays.country_holidays(country).supported_languages
    except NotImplementedError:
        return ""
    primary = primary_language(language) if language else "en"
    wanted = [language, *_PREFERRED.get(primary, (primary,)), *_PREFERRED["en"]]
    for code in wanted:
        if code in supported:
            return str(code)
    return str(next((code for code in supported if code.startswith(primary)), ""))


def holiday_name(country: str, day: dt.date, language: str = "en") -> str | None:
    """The name of the public holiday on day in country, in language where known, else None."""
    code = country.strip().upper()
    if not code:
        return None
    calendar = _calendar(code, day.year, _language_for(code, language))
    return None if calendar is None else calendar.get(day)


def is_holiday(country: str, day: dt.date) -> bool:
    """Whether day is a public holiday in country (False for a country nobody knows)."""
    return holiday_name(country, day) is not None


def load_calendars(countries: Iterable[str], years: Iterable[int], language: str = "en") -> None:
    """Read the public holidays of countries in years (in English and in language) now.

    The first look at a country's holidays reads its calendar (tens of milliseconds, the very
    first more); a worker thread calls this so the agent's first status does not wait.
    """
    codes = {code.strip().upper() for code in countries} - {""}
    for code in sorted(codes):
        for year in sorted(set(years)):
            for wanted in dict.fromkeys(("en", language)):
                _calendar(code, year, _language_for(code, wanted))


def has_public_holidays(country: str, year: int) -> bool:
    """Whether the country has public holidays in year that are known here."""
    code = country.strip().upper()
    if not code:
        return False
    return bool(_calendar(code, year, _language_for(code, "en")))


def check_holiday_hours(facilities: Iterable[Facility], year: int, problems: ProblemList) -> None:
    """Warn about each facility in a country with public holidays in year whose hours do not
    say what happens on them: the finder would show it open as on any other weekday."""
    for facility in facilities:
        hours = facility.hours
        if hours is None or hours.mentions_holidays:
            continue
        if not has_public_holidays(facility.country, year):
            continue
        form = (
            "add a rule such as 'PH off' or 'PH 10:00-14:00' to its opening_hours"
            if isinstance(hours, OsmHours)
            else f"add a line such as '{HOLIDAYS_KEY}: closed' or '{HOLIDAYS_KEY}: 10:00-14:00' "
            "to its hours"
        )
        problems.warning(
            facility.path,
            facility.line,
            "hours-without-holidays",
            _(
                "Facility '{id}' is in {country}, which has public holidays in {year}, but its "
                "hours say nothing about them, so it is shown open on them as on any other day. "
                "If that is wrong, {form}."
            ).format(id=facility.id, country=facility.country, year=year, form=form),
        )
