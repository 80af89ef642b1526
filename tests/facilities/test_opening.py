"""Opening status and daily hours, at fixed instants, in the facility's own time zone."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest

from kbassist.facilities.hours import WEEKDAYS, Hours, OpeningHours, parse_day, parse_osm
from kbassist.facilities.model import Facility
from kbassist.facilities.opening import (
    day_ranges,
    hours_on,
    is_open,
    local_date,
    open_status,
    week_hours,
)

LONDON = zoneinfo.ZoneInfo("Europe/London")
LJUBLJANA = zoneinfo.ZoneInfo("Europe/Ljubljana")
# 2027-03-05 is a Friday.
FRI = dt.date(2027, 3, 5)


def facility(
    week: dict[str, str] | None = None,
    exceptions: dict[dt.date, str] | None = None,
    timezone: str = "Europe/London",
) -> Facility:
    """A facility with the given weekly hours (None: unknown); days left out are closed."""
    hours = None
    if week is not None:
        days = tuple(parse_day(week.get(day, "")) for day in WEEKDAYS)
        extra = {day: parse_day(text) for day, text in (exceptions or {}).items()}
        hours = OpeningHours(days, extra)
    return Facility(
        id="f", name="F", path=Path("f.yaml"), line=1, lat=0, lon=0, timezone=timezone, hours=hours
    )


def at(day: dt.date, hour: int, minute: int = 0, zone: dt.tzinfo = LONDON) -> dt.datetime:
    """An aware instant."""
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


WEEKDAY_HOURS = dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), "09:00-17:30")


def test_open_closes_in_minutes() -> None:
    status = open_status(facility(WEEKDAY_HOURS), at(FRI, 16, 50))
    assert status.open is True
    assert status.text == "Closes in 40 minutes"
    assert status.closes_at == at(FRI, 17, 30)
    assert status.opens_at is None


def test_open_closes_later_today_gives_the_time() -> None:
    status = open_status(facility(WEEKDAY_HOURS), at(FRI, 10, 0))
    assert status.text == "Open until 17:30"


def test_closed_opens_tomorrow() -> None:
    thursday_evening = at(FRI - dt.timedelta(days=1), 18, 0)
    status = open_status(facility(WEEKDAY_HOURS), thursday_evening)
    assert status.open is False
    assert status.opens_at == at(FRI, 9, 0)
    assert status.text == "Opens tomorrow at 09:00"


def test_closed_over_the_weekend_opens_monday() -> None:
    saturday = at(FRI + dt.timedelta(days=1), 12, 0)
    status = open_status(facility(WEEKDAY_HOURS), saturday)
    assert status.open is False
    assert status.opens_at == at(FRI + dt.timedelta(days=3), 9, 0)
    assert status.text == "Opens Monday 09:00"


def test_before_opening_today() -> None:
    status = open_status(facility(WEEKDAY_HOURS), at(FRI, 7, 0))
    assert status.text == "Opens at 09:00"
    assert open_status(facility(WEEKDAY_HOURS), at(FRI, 8, 45)).text == "Opens in 15 minutes"


def test_split_day_closed_at_lunch_and_open_after() -> None:
    split = facility({"fri": "09:00-12:30,13:30-17:30"})
    lunch = open_status(split, at(FRI, 13, 0))
    assert lunch.open is False
    assert lunch.text == "Opens in 30 minutes"
    assert lunch.opens_at == at(FRI, 13, 30)
    morning = open_status(split, at(FRI, 12, 0))
    assert morning.open is True
    assert morning.closes_at == at(FRI, 12, 30)
    assert hours_on(split, FRI) == "09:00–12:30, 13:30–17:30"


def test_past_midnight_is_open_early_next_morning() -> None:
    late = facility({"fri": "18:00-02:00", "sat": "10:00-16:00"})
    status = open_status(late, at(FRI + dt.timedelta(days=1), 1, 0))
    assert status.open is True
    assert status.text == "Open until 02:00"
    assert status.closes_at == at(FRI + dt.timedelta(days=1), 2, 0)
    assert open_status(late, at(FRI + dt.timedelta(days=1), 1, 35)).text == ("Closes in 25 minutes")
    evening = open_status(late, at(FRI, 20, 0))
    assert evening.text == "Open until 02:00 tomorrow"
    after = open_status(late, at(FRI + dt.timedelta(days=1), 3, 0))
    assert after.open is False
    assert after.text == "Opens at 10:00"


def test_past_midnight_into_a_closed_day() -> None:
    # Saturday itself is closed, but Friday night's range still runs into it.
    late = facility({"fri": "18:00-02:00"})
    saturday = FRI + dt.timedelta(days=1)
    assert open_status(late, at(saturday, 1, 30)).open is True
    assert hours_on(late, saturday) == "Closed"
    closed = open_status(late, at(saturday, 2, 0))
    assert closed.open is False
    assert closed.text == "Opens Friday 18:00"


def test_past_midnight_into_an_exception_day() -> None:
    saturday = FRI + dt.timedelta(days=1)
    late = facility({"fri": "18:00-02:00", "sat": "10:00-16:00"}, {saturday: "closed"})
    assert open_status(late, at(saturday, 1, 0)).open is True
    assert open_status(late, at(saturday, 11, 0)).open is False


def test_exception_closes_the_night_before() -> None:
    late = facility({"fri": "18:00-02:00"}, {FRI: "closed"})
    assert open_status(late, at(FRI + dt.timedelta(days=1), 1, 0)).open is False


def test_chained_ranges_report_the_final_closing() -> None:
    late = facility({"fri": "18:00-02:00", "sat": "00:00-06:00"})
    status = open_status(late, at(FRI, 23, 0))
    assert status.closes_at == at(FRI + dt.timedelta(days=1), 6, 0)


def test_round_the_clock() -> None:
    always = facility(dict.fromkeys(WEEKDAYS, "00:00-24:00"))
    status = open_status(always, at(FRI, 3, 0))
    assert status.open is True
    assert status.closes_at is None
    assert status.text == "Open 24 hours"
    assert hours_on(always, FRI) == "00:00–24:00"


def test_closed_day_and_closed_forever() -> None:
    assert hours_on(facility(WEEKDAY_HOURS), FRI + dt.timedelta(days=1)) == "Closed"
    never = facility({}, {})
    status = open_status(never, at(FRI, 12, 0))
    assert status.open is False
    assert status.opens_at is None
    assert status.text == "Closed"


def test_holiday_exception_closes_and_special_hours_apply() -> None:
    christmas = dt.date(2026, 12, 25)
    eve = dt.date(2026, 12, 24)
    shop = facility(WEEKDAY_HOURS, {christmas: "closed", eve: "09:00-13:00"})
    assert hours_on(shop, christmas) == "Closed"
    assert hours_on(shop, eve) == "09:00–13:00"
    assert open_status(shop, at(christmas, 11, 0)).text == "Opens Monday 09:00"
    short = open_status(shop, at(eve, 12, 20))
    assert short.text == "Closes in 40 minutes"
    assert open_status(shop, at(eve, 14, 0)).opens_at == at(dt.date(2026, 12, 28), 9, 0)


def test_exception_opens_on_a_usually_closed_day() -> None:
    sunday = FRI + dt.timedelta(days=2)
    shop = facility(WEEKDAY_HOURS, {sunday: "10:00-14:00"})
    saturday_noon = at(FRI + dt.timedelta(days=1), 12, 0)
    assert open_status(shop, saturday_noon).text == "Opens tomorrow at 10:00"


def test_long_closure_reopens_after_the_last_exception() -> None:
    closure = {FRI + dt.timedelta(days=n): "closed" for n in range(20)}
    shop = facility(WEEKDAY_HOURS, closure)
    status = open_status(shop, at(FRI, 10, 0))
    assert status.opens_at == at(FRI + dt.timedelta(days=20), 9, 0)
    assert status.text == "Opens Thu 25 Mar 09:00"


def test_unknown_hours_are_unknown_never_closed() -> None:
    unknown = facility(None)
    status = open_status(unknown, at(FRI, 3, 0))
    assert status.open is None
    assert status.text == "Hours unknown – call before sending a customer"
    assert status.opens_at is None and status.closes_at is None
    assert hours_on(unknown, FRI) == "Hours unknown"
    assert is_open(unknown, at(FRI, 3, 0)) is None


def test_instant_in_another_zone_is_read_in_the_facility_zone() -> None:
    # 18:10 in Ljubljana (CET, UTC+1) is 17:10 in London: the London shop is still open.
    status = open_status(facility(WEEKDAY_HOURS), at(FRI, 18, 10, LJUBLJANA))
    assert status.open is True
    assert status.text == "Closes in 20 minutes"
    assert status.closes_at is not None
    assert status.closes_at.tzinfo == LONDON
    # 00:30 Saturday in Ljubljana is still Friday 23:30 in London.
    late = facility({"fri": "20:00-23:59"})
    assert open_status(late, at(FRI + dt.timedelta(days=1), 0, 30, LJUBLJANA)).open is True


def test_ljubljana_facility_checked_from_london() -> None:
    shop = facility(WEEKDAY_HOURS, timezone="Europe/Ljubljana")
    # 08:30 in London is 09:30 in Ljubljana.
    assert open_status(shop, at(FRI, 8, 30)).open is True
    assert open_status(shop, at(FRI, 16, 45)).text == "Opens Monday 09:00"


def test_spring_forward_counts_real_minutes() -> None:
    # Clocks in London go from 01:00 GMT to 02:00 BST on Sunday 2027-03-28.
    sunday = dt.date(2027, 3, 28)
    late = facility({"sat": "22:00-03:00"})
    status = open_status(late, dt.datetime(2027, 3, 28, 0, 30, tzinfo=dt.UTC))
    assert status.open is True
    # 00:30 GMT to 03:00 BST is 90 real minutes, not 150.
    assert status.closes_at == at(sunday, 3, 0)
    assert status.text == "Open until 03:00"
    assert (status.closes_at - dt.datetime(2027, 3, 28, 0, 30, tzinfo=dt.UTC)) == dt.timedelta(
        minutes=90
    )


def test_spring_forward_time_that_never_happens() -> None:
    # Opening "at 01:30" on the night 01:00-02:00 is skipped means opening at the jump.
    skipped = facility({"sun": "01:30-04:00"})
    jump = dt.datetime(2027, 3, 28, 1, 0, tzinfo=dt.UTC)
    assert open_status(skipped, jump - dt.timedelta(minutes=1)).open is False
    opened = open_status(skipped, jump + dt.timedelta(minutes=5))
    assert opened.open is True
    assert opened.closes_at == at(dt.date(2027, 3, 28), 4, 0)


def test_autumn_fold_stays_open_until_the_second_time() -> None:
    # On 2027-10-31 London clocks go back from 02:00 BST to 01:00 GMT: 01:xx happens twice.
    late = facility({"sat": "20:00-01:30"})
    first = dt.datetime(2027, 10, 31, 0, 15, tzinfo=dt.UTC)  # 01:15 BST
    second = dt.datetime(2027, 10, 31, 1, 15, tzinfo=dt.UTC)  # 01:15 GMT
    assert open_status(late, first).open is True
    status = open_status(late, second)
    assert status.open is True
    assert status.text == "Closes in 15 minutes"
    assert open_status(late, second + dt.timedelta(minutes=20)).open is False


def test_autumn_fold_opening_at_the_first_time() -> None:
    early = facility({"sun": "01:30-03:00"})
    first_0130 = dt.datetime(2027, 10, 31, 0, 30, tzinfo=dt.UTC)
    assert open_status(early, first_0130 - dt.timedelta(minutes=1)).open is False
    assert open_status(early, first_0130).open is True
    # 01:30 BST to 03:00 GMT lasts two and a half real hours.
    status = open_status(early, first_0130)
    assert status.closes_at is not None
    assert status.closes_at - first_0130 == dt.timedelta(minutes=150)


def test_naive_instant_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        open_status(facility(WEEKDAY_HOURS), dt.datetime(2027, 3, 5, 12, 0))


def test_is_open_agrees_with_open_status() -> None:
    late = facility({"fri": "18:00-02:00", "mon": "09:00-12:30,13:30-17:30"})
    start = at(FRI - dt.timedelta(days=4), 0, 0)
    for step in range(7 * 24 * 4):
        instant = start + dt.timedelta(minutes=15 * step)
        assert is_open(late, instant) == open_status(late, instant).open, instant


def test_week_hours_marks_today_and_exceptions() -> None:
    shop = facility(WEEKDAY_HOURS, {FRI - dt.timedelta(days=1): "10:00-12:00"})
    lines = week_hours(shop, FRI)
    assert lines[0].day == FRI - dt.timedelta(days=4)
    assert [line.today for line in lines] == [False, False, False, False, True, False, False]
    assert [line.exception for line in lines] == [False, False, False, True, False, False, False]
    assert [line.text for line in lines][3:6] == ["10:00–12:00", "09:00–17:30", "Closed"]
    assert {line.text for line in week_hours(facility(None), FRI)} == {"Hours unknown"}


def test_local_date_of_the_facility() -> None:
    # 00:30 on Saturday in Ljubljana is still Friday in London.
    assert (
        local_date(facility(WEEKDAY_HOURS), at(FRI + dt.timedelta(days=1), 0, 30, LJUBLJANA)) == FRI
    )


UNKNOWN = "Hours unknown – call before sending a customer"
# Thursday 25 June 2026 is Statehood Day in Slovenia; the Friday after is a working day.
STATEHOOD_DAY = dt.date(2026, 6, 25)


def place(
    hours: Hours | None, country: str, timezone: str, name: str = "F", ident: str = "f"
) -> Facility:
    """A facility in a country, with hours in either form."""
    return Facility(
        id=ident,
        name=name,
        path=Path("f.yaml"),
        line=1,
        lat=0,
        lon=0,
        country=country,
        timezone=timezone,
        hours=hours,
    )


def local(day: dt.date, hour: int, minute: int, timezone: str) -> dt.datetime:
    return dt.datetime(
        day.year, day.month, day.day, hour, minute, tzinfo=zoneinfo.ZoneInfo(timezone)
    )


def slovenian(hours: Hours) -> Facility:
    return place(hours, "SI", "Europe/Ljubljana", "Larkspur Šiška", "siska")


OSM_WEEKDAYS = "Mo-Fr 09:00-17:30; Sa 10:00-14:00; PH off"


def test_osm_hours_read_like_the_weekly_table() -> None:
    shop = slovenian(parse_osm(OSM_WEEKDAYS))
    friday = dt.date(2026, 6, 26)
    assert open_status(shop, local(friday, 17, 10, "Europe/Ljubljana")).text == (
        "Closes in 20 minutes"
    )
    assert open_status(shop, local(friday, 12, 0, "Europe/Ljubljana")).text == "Open until 17:30"
    assert open_status(shop, local(friday, 18, 0, "Europe/Ljubljana")).text == (
        "Opens tomorrow at 10:00"
    )
    saturday = local(friday + dt.timedelta(days=1), 15, 0, "Europe/Ljubljana")
    assert open_status(shop, saturday).text == "Opens Monday 09:00"
    assert hours_on(shop, friday) == "09:00–17:30"
    assert hours_on(shop, friday + dt.timedelta(days=2)) == "Closed"


def test_a_slovenian_facility_on_statehood_day_names_the_holiday_in_the_agents_language() -> None:
    shop = slovenian(parse_osm(OSM_WEEKDAYS))
    noon = local(STATEHOOD_DAY, 12, 0, "Europe/Ljubljana")
    status = open_status(shop, noon)
    assert status.open is False
    assert status.holiday == "Statehood Day"
    assert status.text == "Closed today (Statehood Day), opens tomorrow at 09:00"
    assert open_status(shop, noon, "sl").holiday == "dan državnosti"
    assert open_status(shop, noon, "sl").text == (
        "Danes zaprto (dan državnosti), odpre se jutri ob 09:00"
    )
    assert hours_on(shop, STATEHOOD_DAY) == "Closed"
    # Seen from London an hour behind, it is still Statehood Day in Ljubljana.
    assert open_status(shop, dt.datetime(2026, 6, 25, 22, 30, tzinfo=LONDON)).holiday == (
        "Statehood Day"
    )


def test_the_weekly_table_closes_on_holidays_only_when_it_says_so() -> None:
    week = dict.fromkeys(("mon", "tue", "wed", "thu", "fri"), "09:00-17:30")
    days = tuple(parse_day(week.get(day, "")) for day in WEEKDAYS)
    noon = local(STATEHOOD_DAY, 12, 0, "Europe/Ljubljana")
    closed = slovenian(OpeningHours(days, holidays=()))
    assert open_status(closed, noon).text == "Closed today (Statehood Day), opens tomorrow at 09:00"
    short = slovenian(OpeningHours(days, holidays=parse_day("10:00-13:00")))
    assert open_status(short, noon).text == "Open until 13:00"
    silent = slovenian(OpeningHours(days))
    assert open_status(silent, noon).text == "Open until 17:30"
    # A date under exceptions wins over the holiday line.
    special = slovenian(OpeningHours(days, {STATEHOOD_DAY: parse_day("08:00-10:00")}, ()))
    assert day_ranges(special, STATEHOOD_DAY) == parse_day("08:00-10:00")


def test_a_croatian_facility_with_a_lunch_break_on_anti_fascist_struggle_day() -> None:
    hours = parse_osm("Mo-Fr 08:00-12:00,13:00-17:00; PH off")
    ilica = place(hours, "HR", "Europe/Zagreb", "Larkspur Ilica")
    monday = dt.date(2026, 6, 22)
    status = open_status(ilica, local(monday, 10, 0, "Europe/Zagreb"), "hr")
    assert status.text == "Danas zatvoreno (Dan antifašističke borbe), otvara se sutra u 08:00"
    tuesday = monday + dt.timedelta(days=1)
    assert open_status(ilica, local(tuesday, 12, 15, "Europe/Zagreb")).text == (
        "Opens in 45 minutes"
    )
    assert open_status(ilica, local(tuesday, 11, 40, "Europe/Zagreb")).text == (
        "Closes in 20 minutes"
    )
    assert hours_on(ilica, tuesday) == "08:00–12:00, 13:00–17:00"


def test_a_greek_facility_on_the_twenty_fifth_of_march() -> None:
    athens = place(parse_osm("Mo-Fr 09:00-17:00; Sa 09:00-14:00; PH off"), "GR", "Europe/Athens")
    wednesday = local(dt.date(2026, 3, 25), 11, 0, "Europe/Athens")
    assert open_status(athens, wednesday).text == (
        "Closed today (Independence Day), opens tomorrow at 09:00"
    )
    assert open_status(athens, wednesday, "el").holiday == "Εικοστή Πέμπτη Μαρτίου"


def test_overnight_osm_hours_run_across_midnight() -> None:
    bar = place(parse_osm("Mo-Su 22:00-06:00"), "GB", "Europe/London")
    friday = dt.date(2027, 3, 5)
    assert open_status(bar, at(friday, 23, 0)).text == "Open until 06:00 tomorrow"
    assert open_status(bar, at(friday, 5, 30)).text == "Closes in 30 minutes"
    assert open_status(bar, at(friday, 6, 0)).text == "Opens at 22:00"
    assert open_status(bar, at(friday, 21, 10)).text == "Opens in 50 minutes"
    # The night belongs to the day it starts on, as in the weekly table.
    assert hours_on(bar, friday) == "22:00–06:00"
    assert is_open(bar, at(friday, 3, 0)) is True
    assert is_open(bar, at(friday, 12, 0)) is False


def test_twenty_four_seven_is_open_24_hours() -> None:
    always = place(parse_osm("24/7"), "SI", "Europe/Ljubljana")
    status = open_status(always, local(STATEHOOD_DAY, 3, 0, "Europe/Ljubljana"))
    assert (status.open, status.text, status.closes_at) == (True, "Open 24 hours", None)
    assert hours_on(always, STATEHOOD_DAY) == "00:00–24:00"


def test_osm_and_weekly_hours_agree_every_quarter_hour_of_a_week() -> None:
    # A later rule for the same day replaces the earlier one in OSM, so Friday says it all.
    text = "Mo-Th 08:00-12:00,13:00-17:00; Fr 08:00-12:00,13:00-17:00,22:00-02:00"
    osm = place(parse_osm(text), "GB", "Europe/London")
    week = dict.fromkeys(("mon", "tue", "wed", "thu"), "08:00-12:00,13:00-17:00")
    week["fri"] = "08:00-12:00,13:00-17:00,22:00-02:00"
    table = facility(week)
    start = at(FRI - dt.timedelta(days=4), 0, 0)
    for step in range(7 * 24 * 4):
        instant = start + dt.timedelta(minutes=15 * step)
        assert open_status(osm, instant).text == open_status(table, instant).text, instant
        assert is_open(osm, instant) == is_open(table, instant), instant


def test_osm_unknown_rules_are_unknown_never_open() -> None:
    shop = place(parse_osm("Mo-Fr 09:00-17:00; Sa unknown"), "GB", "Europe/London")
    saturday = at(FRI + dt.timedelta(days=1), 11, 0)
    assert open_status(shop, saturday).open is None
    assert open_status(shop, saturday).text == UNKNOWN
    assert is_open(shop, saturday) is None
    assert is_open(shop, at(FRI, 11, 0)) is True


@pytest.mark.parametrize(
    ("hour", "minute", "text"),
    [
        (17, 10, "Closes in 20 minutes"),
        (17, 29, "Closes in 1 minute"),
        (16, 31, "Closes in 59 minutes"),
        (16, 30, "Open until 17:30"),
        (17, 30, "Opens Monday 09:00"),
        (8, 59, "Opens in 1 minute"),
        (9, 0, "Open until 17:30"),
    ],
)
def test_wording_at_exact_boundaries(hour: int, minute: int, text: str) -> None:
    assert open_status(facility(WEEKDAY_HOURS), at(FRI, hour, minute)).text == text


def test_week_hours_name_the_holidays_of_the_facilitys_country() -> None:
    shop = slovenian(parse_osm(OSM_WEEKDAYS))
    lines = week_hours(shop, STATEHOOD_DAY, "sl")
    assert [line.holiday for line in lines] == [
        None,
        None,
        None,
        "dan državnosti",
        None,
        None,
        None,
    ]
    assert lines[3].ranges == () and lines[4].ranges == parse_day("09:00-17:30")
