"""Public holidays by country, their names in the agent's language, and the check for hours
that say nothing about them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kbassist.facilities.public_holidays import has_public_holidays, holiday_name
from kbassist.validation import load_checked
from tests.contentkit import write


@pytest.mark.parametrize(
    ("country", "day", "language", "name"),
    [
        ("SI", dt.date(2026, 6, 25), "sl", "dan državnosti"),
        ("SI", dt.date(2026, 6, 25), "en", "Statehood Day"),
        ("HR", dt.date(2026, 5, 30), "hr", "Dan državnosti"),
        ("GR", dt.date(2026, 3, 25), "en", "Independence Day"),
        ("CN", dt.date(2026, 10, 1), "zh", "国庆节"),
        ("CN", dt.date(2026, 10, 1), "en-GB", "National Day"),
        # A language the country's list lacks: English.
        ("GB", dt.date(2026, 12, 25), "sl", "Christmas Day"),
        ("uk", dt.date(2026, 12, 25), "en", "Christmas Day"),
    ],
)
def test_holiday_names(country: str, day: dt.date, language: str, name: str | None) -> None:
    assert holiday_name(country, day, language) == name


def test_no_holiday_and_unknown_countries() -> None:
    assert holiday_name("SI", dt.date(2026, 6, 26)) is None
    assert holiday_name("XX", dt.date(2026, 12, 25)) is None
    assert holiday_name("", dt.date(2026, 12, 25)) is None
    assert has_public_holidays("SI", 2026)
    assert not has_public_holidays("XX", 2026)


FACILITY = "- id: {ident}\n  name: N\n  lat: 46.05\n  lon: 14.5\n  country: {country}\n"


def test_check_warns_when_hours_say_nothing_about_holidays(tmp_path: Path) -> None:
    text = (
        FACILITY.format(ident="silent-osm", country="SI")
        + '  hours: "Mo-Fr 09:00-17:00"\n'
        + FACILITY.format(ident="silent-week", country="HR")
        + "  hours:\n    mon: 09:00-17:00\n"
        + FACILITY.format(ident="said-osm", country="SI")
        + '  hours: "Mo-Fr 09:00-17:00; PH off"\n'
        + FACILITY.format(ident="said-week", country="GR")
        + "  hours:\n    mon: 09:00-17:00\n    holidays: closed\n"
        + FACILITY.format(ident="unknown", country="SI")
        + FACILITY.format(ident="nowhere", country="XX")
        + '  hours: "Mo-Fr 09:00-17:00"\n'
    )
    path = write(tmp_path, "facilities/mixed.yaml", text)
    content = load_checked(tmp_path, today=dt.date(2026, 6, 1))
    warned = [p for p in content.problems if p.code == "hours-without-holidays"]
    assert [(p.path, p.line) for p in warned] == [(path, 1), (path, 7)]
    osm, week = warned
    assert "'silent-osm' is in SI, which has public holidays in 2026" in osm.message
    assert "'PH off'" in osm.message
    assert "'holidays: closed'" in week.message
    assert all(p.severity.value == "warning" for p in warned)
