"""Opening hours text: every way a time range may be written, and what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbassist.facilities.hours import (
    HoursError,
    TimeRange,
    format_clock,
    parse_day,
    parse_range,
)
from kbassist.facilities.model import load_facility_file
from kbassist.problems import ProblemList
from tests.contentkit import write


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("09:00-17:30", "09:00", "17:30"),
        ("9:00-17:30", "09:00", "17:30"),
        ("09.00-17.30", "09:00", "17:30"),
        ("9.00-17:30", "09:00", "17:30"),
        ("09:00 - 17:30", "09:00", "17:30"),
        ("09:00–17:30", "09:00", "17:30"),
        ("09:00—17:30", "09:00", "17:30"),
        ("  09:00-17:30  ", "09:00", "17:30"),
        ("22:00-02:00", "22:00", "02:00"),
        # 24:00 is the end of the day, held as midnight.
        ("20:00-24:00", "20:00", "00:00"),
        ("00:00-24:00", "00:00", "00:00"),
    ],
)
def test_accepted_ranges(text: str, start: str, end: str) -> None:
    assert parse_range(text) == TimeRange(_minutes(start), _minutes(end))


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("9-17", "is not a time range"),
        ("09:00", "is not a time range"),
        ("09:00-", "is not a time range"),
        ("9:0-17:00", "is not a time range"),
        ("09:00 to 17:00", "is not a time range"),
        ("09,00-17,00", "is not a time range"),
        ("9am-5pm", "is not a time range"),
        ("25:00-26:00", "has an impossible time"),
        ("09:60-10:00", "has an impossible time"),
        ("24:00-02:00", "has an impossible time"),
        ("20:00-24:30", "has an impossible time"),
        ("09:00-09:00", "opens and closes at the same time"),
    ],
)
def test_refused_ranges(text: str, reason: str) -> None:
    with pytest.raises(HoursError, match=reason):
        parse_range(text)


@pytest.mark.parametrize(
    "text",
    [
        "09:00-12:30,13:30-17:00",
        "09:00-12:30, 13:30-17:00",
        "09.00-12.30; 13.30-17.00",
        "09:00-12:30 / 13:30-17:00",
        "09:00-12:30 & 13:30-17:00",
        "09:00-12:30 + 13:30-17:00",
        "09:00-12:30 and 13:30-17:00",
        "09:00-12:30 AND 13:30-17:00",
        # Written in any order, read in time order.
        "13:30-17:00,09:00-12:30",
    ],
)
def test_a_split_day_in_any_notation(text: str) -> None:
    assert parse_day(text) == (
        TimeRange(_minutes("09:00"), _minutes("12:30")),
        TimeRange(_minutes("13:30"), _minutes("17:00")),
    )


@pytest.mark.parametrize("text", [None, "", "  ", "closed", "Closed", "zaprto", "休息"])
def test_closed_days(text: str | None) -> None:
    assert parse_day(text) == ()


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        # YAML reads an unquoted 9:00 as a number of minutes (sexagesimal), and yes as true.
        (540, "is not opening hours"),
        (True, "is not opening hours"),
        ("09:00-12:30,", "'' is not a time range"),
        ("09:00-13:00,12:00-17:00", "'09:00-13:00' and '12:00-17:00' overlap"),
        ("09:00-17:00,open late", "'open late' is not a time range"),
    ],
)
def test_refused_days(value: object, reason: str) -> None:
    with pytest.raises(HoursError, match=reason):
        parse_day(value)


def test_a_range_is_written_back_with_24_00_for_midnight() -> None:
    assert format_clock(545) == "09:05"
    assert str(parse_range("9.00-17.30")) == "09:00-17:30"
    assert str(parse_range("20:00-24:00")) == "20:00-24:00"
    assert str(parse_range("20:00-00:00")) == "20:00-24:00"
    assert parse_range("00:00-24:00").text("–") == "00:00–24:00"


def test_facility_files_read_hours_as_the_importer_does(tmp_path: Path) -> None:
    # Only the CSV importer once read dotted times and ';' between ranges; a facility file
    # written by hand with them was an error.
    yaml_file = write(
        tmp_path,
        "facilities/by-hand.yaml",
        "- id: a\n  name: A\n  lat: 1\n  lon: 2\n  hours:\n    mon: 9.00-12.30; 13.30-17.00\n",
    )
    csv_file = write(
        tmp_path,
        "facilities/sheet.csv",
        "id,name,lat,lon,mon\nb,B,1,2,9.00-12.30 and 13.30-17.00\n",
    )
    problems = ProblemList()
    facilities = [*load_facility_file(yaml_file, problems), *load_facility_file(csv_file, problems)]
    assert problems == []
    assert [f.hours.week[0] if f.hours else None for f in facilities] == [
        parse_day("09:00-12:30,13:30-17:00")
    ] * 2
