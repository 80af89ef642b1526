"""Opening hours text: every way a time range may be written, and what is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbassist.facilities.hours import (
    HoursError,
    OpeningHours,
    OsmHours,
    TimeRange,
    format_clock,
    hours_entry,
    parse_day,
    parse_hours_text,
    parse_osm,
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
    weeks = [f.hours.week[0] for f in facilities if isinstance(f.hours, OpeningHours)]
    assert weeks == [parse_day("09:00-12:30,13:30-17:00")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Mo-Fr 09:00-17:30; Sa 10:00-14:00; PH off",
        "24/7",
        "Mo-Su 22:00-06:00",
        "Mo-Fr 08:00-12:00,13:00-17:00; PH off",
        "Mo-Fr 09:00-17:00; 2026 Dec 24 09:00-13:00; 2026 Dec 25 off",
    ],
)
def test_openstreetmap_opening_hours_are_read(text: str) -> None:
    assert parse_hours_text(text) == OsmHours(text)


def test_openstreetmap_text_knows_whether_it_says_anything_about_holidays() -> None:
    assert parse_osm("Mo-Fr 09:00-17:30; PH off").mentions_holidays
    assert parse_osm("Mo-Fr,PH 09:00-12:00").mentions_holidays
    assert not parse_osm("Mo-Fr 09:00-17:30").mentions_holidays
    assert not parse_osm("24/7").mentions_holidays


def test_a_line_break_in_openstreetmap_text_is_a_space() -> None:
    assert parse_osm("Mo-Fr 09:00-17:30;\n  Sa 10:00-14:00") == OsmHours(
        "Mo-Fr 09:00-17:30; Sa 10:00-14:00"
    )


@pytest.mark.parametrize("text", ["unknown", "Unknown", " ? "])
def test_unknown_written_out_is_unknown(text: str) -> None:
    assert parse_hours_text(text) is None


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("Mo-Fr 9-17", "at character 7"),
        ("Mo-Fx 09:00-17:00; PH off", "at character 4: expected wday"),
        ("Mon-Fri 09:00-17:00", "at character"),
    ],
)
def test_invalid_openstreetmap_text_says_where_and_how_to_write_it(text: str, where: str) -> None:
    with pytest.raises(HoursError) as caught:
        parse_osm(text)
    message = str(caught.value)
    assert f"'{text}' is not OpenStreetMap opening_hours" in message
    assert where in message
    assert "Mo-Fr 09:00-17:30; Sa 10:00-14:00; PH off" in message


FACILITY = "- id: {ident}\n  name: N\n  lat: 46.05\n  lon: 14.5\n  country: SI\n"


def test_a_facility_file_with_openstreetmap_hours_and_a_bad_one(tmp_path: Path) -> None:
    text = (
        FACILITY.format(ident="good")
        + '  hours: "Mo-Fr 08:00-12:00,13:00-17:00; PH off"\n'
        + FACILITY.format(ident="bad")
        + '  hours: "Mo-Fr 8-17"\n'
        + FACILITY.format(ident="unknown")
        + "  hours: unknown\n"
    )
    path = write(tmp_path, "facilities/si.yaml", text)
    problems = ProblemList()
    found = {f.id: f for f in load_facility_file(path, problems)}
    # One bad string hides nothing: its facility stays, with hours unknown until fixed.
    assert found["good"].hours == OsmHours("Mo-Fr 08:00-12:00,13:00-17:00; PH off")
    assert found["bad"].hours is None
    assert found["unknown"].hours is None
    [problem] = list(problems)
    assert (problem.path, problem.line, problem.code) == (path, 12, "invalid-hours")
    assert "'Mo-Fr 8-17' is not OpenStreetMap opening_hours (at character 7" in problem.message
    assert "Hours are unknown until this is fixed" in problem.message


def test_exceptions_do_not_go_with_openstreetmap_text(tmp_path: Path) -> None:
    text = FACILITY.format(ident="a") + '  hours: "Mo-Fr 09:00-17:00"\n'
    text += "  exceptions:\n    2026-12-25: closed\n"
    problems = ProblemList()
    load_facility_file(write(tmp_path, "facilities/a.yaml", text), problems)
    [problem] = list(problems)
    assert problem.line == 7
    assert "are not used here" in problem.message and "2026 Dec 25 off" in problem.message


def test_the_weekly_table_has_a_line_for_public_holidays(tmp_path: Path) -> None:
    text = FACILITY.format(ident="a") + "  hours:\n    mon: 09:00-17:00\n    holidays: closed\n"
    text += (
        FACILITY.format(ident="b") + "  hours:\n    mon: 09:00-17:00\n    holidays: 10:00-13:00\n"
    )
    text += FACILITY.format(ident="c") + "  hours:\n    mon: 09:00-17:00\n"
    problems = ProblemList()
    found = load_facility_file(write(tmp_path, "facilities/a.yaml", text), problems)
    assert problems == []
    holidays = [f.hours.holidays for f in found if isinstance(f.hours, OpeningHours)]
    assert holidays == [(), parse_day("10:00-13:00"), None]
    assert [f.hours.mentions_holidays for f in found if f.hours] == [True, True, False]


def test_csv_rows_take_openstreetmap_text_or_a_holidays_column(tmp_path: Path) -> None:
    csv_file = write(
        tmp_path,
        "facilities/sheet.csv",
        "id,name,lat,lon,mon,holidays,opening_hours\n"
        "a,A,1,2,,,Mo-Fr 09:00-17:00; PH off\n"
        "b,B,1,2,09:00-17:00,closed,\n"
        "c,C,1,2,09:00-17:00,,\n"
        "d,D,1,2,,,Mo-Fx 09:00\n",
    )
    problems = ProblemList()
    found = {f.id: f.hours for f in load_facility_file(csv_file, problems)}
    assert found["a"] == OsmHours("Mo-Fr 09:00-17:00; PH off")
    assert isinstance(found["b"], OpeningHours) and found["b"].holidays == ()
    # An empty holidays cell says nothing: holidays are not closed by it.
    assert isinstance(found["c"], OpeningHours) and found["c"].holidays is None
    assert found["d"] is None
    assert [(p.line, p.code) for p in problems] == [(5, "invalid-hours")]


def test_hours_are_written_back_as_they_were_given() -> None:
    assert hours_entry(OsmHours("24/7")) == "24/7"
    week = OpeningHours((parse_day("09:00-12:00,13:00-17:00"),) + ((),) * 6, holidays=())
    entry = hours_entry(week)
    assert entry == {
        "mon": "09:00-12:00,13:00-17:00",
        **dict.fromkeys(("tue", "wed", "thu", "fri", "sat", "sun"), "closed"),
        "holidays": "closed",
    }


# A facility list repeats a few hours texts: each is read once and the result shared.
SHARED_TABLE = "  hours:\n    mon: 09:00-17:00\n    sat: 10:00-13:00\n    holidays: closed\n"


def test_facilities_with_the_same_hours_text_share_one_reading(tmp_path: Path) -> None:
    text = (
        FACILITY.format(ident="ljubljana")
        + SHARED_TABLE
        + FACILITY.format(ident="athens")
        + "  timezone: Europe/Athens\n"
        + SHARED_TABLE
        + "  exceptions:\n    2027-03-01: closed\n"
        + FACILITY.format(ident="osm-a")
        + '  hours: "Mo-Fr 09:00-17:00; PH off"\n'
        + FACILITY.format(ident="osm-b")
        + '  hours: "Mo-Fr  09:00-17:00;\n    PH off"\n'
    )
    problems = ProblemList()
    found = {f.id: f for f in load_facility_file(write(tmp_path, "f/a.yaml", text), problems)}
    assert problems == []
    ljubljana, athens = found["ljubljana"].hours, found["athens"].hours
    assert isinstance(ljubljana, OpeningHours) and isinstance(athens, OpeningHours)
    assert ljubljana.week is athens.week
    assert ljubljana.week[0] == parse_day("09:00-17:00") and ljubljana.holidays == ()
    # Each facility keeps its own zone and its own dates; only the reading is shared.
    assert (found["ljubljana"].timezone, found["athens"].timezone) == (
        "Europe/Ljubljana",
        "Europe/Athens",
    )
    assert ljubljana.exceptions == {} and athens.exceptions != {}
    assert found["osm-a"].hours is found["osm-b"].hours


def test_a_shared_reading_still_reports_each_bad_text(tmp_path: Path) -> None:
    bad_table = "  hours:\n    mon: 09:00-17:00\n    tue: 25:00-26:00\n"
    text = "".join(
        FACILITY.format(ident=ident) + hours
        for ident, hours in (
            ("good", SHARED_TABLE),
            ("bad", bad_table),
            ("again-good", SHARED_TABLE),
            ("bad-again", bad_table),
            ("osm-bad", '  hours: "Mo-Fr 8-17"\n'),
            ("osm-bad-again", '  hours: "Mo-Fr 8-17"\n'),
        )
    )
    problems = ProblemList()
    found = {f.id: f for f in load_facility_file(write(tmp_path, "f/a.yaml", text), problems)}
    assert [found[i].hours is None for i in found] == [False, True, False, True, True, True]
    assert [(p.code, p.line) for p in problems] == [
        ("invalid-hours", 17),
        ("invalid-hours", 34),
        ("invalid-hours", 40),
        ("invalid-hours", 46),
    ]
    with pytest.raises(HoursError):
        parse_day("25:00-26:00")
    with pytest.raises(HoursError):
        parse_day("25:00-26:00")


def test_a_list_in_a_weekly_table_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    text = FACILITY.format(ident="a") + "  hours:\n    mon: [09:00-17:00]\n    tue: 09:00-17:00\n"
    problems = ProblemList()
    [found] = load_facility_file(write(tmp_path, "f/a.yaml", text), problems)
    assert found.hours is None
    assert [(p.code, p.line) for p in problems] == [("invalid-hours", 7)]
