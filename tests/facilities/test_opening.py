"""Opening status and daily hours, at fixed instants, in the facility's own time zone."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest

from kbassist.facilities.hours import WEEKDAYS, OpeningHours, parse_day
from kbassist.facilities.model import Facility
from kbassist.facilities.opening import hours_on, is_open, local_date, open_status, week_hours

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
    assert status.text == "Open · closes in 40 min"
    assert status.closes_at == at(FRI, 17, 30)
    assert status.opens_at is None


def test_open_closes_later_today_gives_the_time() -> None:
    status = open_status(facility(WEEKDAY_HOURS), at(FRI, 10, 0))
    assert status.text == "Open · closes at 17:30"


def test_closed_opens_tomorrow() -> None:
    thursday_evening = at(FRI - dt.timedelta(days=1), 18, 0)
    status = open_status(facility(WEEKDAY_HOURS), thursday_evening)
    assert status.open is False
    assert status.opens_at == at(FRI, 9, 0)
    assert status.text == "Closed · opens tomorrow at 09:00"


def test_closed_over_the_weekend_opens_monday() -> None:
    saturday = at(FRI + dt.timedelta(days=1), 12, 0)
    status = open_status(facility(WEEKDAY_HOURS), saturday)
    assert status.open is False
    assert status.opens_at == at(FRI + dt.timedelta(days=3), 9, 0)
    assert status.text == "Closed · opens Monday at 09:00"


def test_before_opening_today() -> None:
    status = open_status(facility(WEEKDAY_HOURS), at(FRI, 7, 0))
    assert status.text == "Closed · opens at 09:00"
    assert open_status(facility(WEEKDAY_HOURS), at(FRI, 8, 45)).text == "Closed · opens in 15 min"


def test_split_day_closed_at_lunch_and_open_after() -> None:
    split = facility({"fri": "09:00-12:30,13:30-17:30"})
    lunch = open_status(split, at(FRI, 13, 0))
    assert lunch.open is False
    assert lunch.text == "Closed · opens in 30 min"
    assert lunch.opens_at == at(FRI, 13, 30)
    morning = open_status(split, at(FRI, 12, 0))
    assert morning.open is True
    assert morning.closes_at == at(FRI, 12, 30)
    assert hours_on(split, FRI) == "09:00–12:30, 13:30–17:30"


def test_past_midnight_is_open_early_next_morning() -> None:
    late = facility({"fri": "18:00-02:00", "sat": "10:00-16:00"})
    status = open_status(late, at(FRI + dt.timedelta(days=1), 1, 0))
    assert status.open is True
    assert status.text == "Open · closes at 02:00"
    assert status.closes_at == at(FRI + dt.timedelta(days=1), 2, 0)
    assert open_status(late, at(FRI + dt.timedelta(days=1), 1, 35)).text == (
        "Open · closes in 25 min"
    )
    evening = open_status(late, at(FRI, 20, 0))
    assert evening.text == "Open · closes tomorrow at 02:00"
    after = open_status(late, at(FRI + dt.timedelta(days=1), 3, 0))
    assert after.open is False
    assert after.text == "Closed · opens at 10:00"


def test_past_midnight_into_a_closed_day() -> None:
    # Saturday itself is closed, but Friday night's range still runs into it.
    late = facility({"fri": "18:00-02:00"})
    saturday = FRI + dt.timedelta(days=1)
    assert open_status(late, at(saturday, 1, 30)).open is True
    assert hours_on(late, saturday) == "Closed"
    closed = open_status(late, at(saturday, 2, 0))
    assert closed.open is False
    assert closed.text == "Closed · opens Friday at 18:00"


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
    assert open_status(shop, at(christmas, 11, 0)).text == "Closed · opens Monday at 09:00"
    short = open_status(shop, at(eve, 12, 20))
    assert short.text == "Open · closes in 40 min"
    assert open_status(shop, at(eve, 14, 0)).opens_at == at(dt.date(2026, 12, 28), 9, 0)


def test_exception_opens_on_a_usually_closed_day() -> None:
    sunday = FRI + dt.timedelta(days=2)
    shop = facility(WEEKDAY_HOURS, {sunday: "10:00-14:00"})
    saturday_noon = at(FRI + dt.timedelta(days=1), 12, 0)
    assert open_status(shop, saturday_noon).text == "Closed · opens tomorrow at 10:00"


def test_long_closure_reopens_after_the_last_exception() -> None:
    closure = {FRI + dt.timedelta(days=n): "closed" for n in range(20)}
    shop = facility(WEEKDAY_HOURS, closure)
    status = open_status(shop, at(FRI, 10, 0))
    assert status.opens_at == at(FRI + dt.timedelta(days=20), 9, 0)
    assert status.text == "Closed · opens on Thu 25 Mar at 09:00"


def test_unknown_hours_are_unknown_never_closed() -> None:
    unknown = facility(None)
    status = open_status(unknown, at(FRI, 3, 0))
    assert status.open is None
    assert status.text == "Hours unknown"
    assert status.opens_at is None and status.closes_at is None
    assert hours_on(unknown, FRI) == "Hours unknown"
    assert is_open(unknown, at(FRI, 3, 0)) is None


def test_instant_in_another_zone_is_read_in_the_facility_zone() -> None:
    # 18:10 in Ljubljana (CET, UTC+1) is 17:10 in London: the London shop is still open.
    status = open_status(facility(WEEKDAY_HOURS), at(FRI, 18, 10, LJUBLJANA))
    assert status.open is True
    assert status.text == "Open · closes in 20 min"
    assert status.closes_at is not None
    assert status.closes_at.tzinfo == LONDON
    # 00:30 Saturday in Ljubljana is still Friday 23:30 in London.
    late = facility({"fri": "20:00-23:59"})
    assert open_status(late, at(FRI + dt.timedelta(days=1), 0, 30, LJUBLJANA)).open is True


def test_ljubljana_facility_checked_from_london() -> None:
    shop = facility(WEEKDAY_HOURS, timezone="Europe/Ljubljana")
    # 08:30 in London is 09:30 in Ljubljana.
    assert open_status(shop, at(FRI, 8, 30)).open is True
    assert open_status(shop, at(FRI, 16, 45)).text == "Closed · opens Monday at 09:00"


def test_spring_forward_counts_real_minutes() -> None:
    # Clocks in London go from 01:00 GMT to 02:00 BST on Sunday 2027-03-28.
    sunday = dt.date(2027, 3, 28)
    late = facility({"sat": "22:00-03:00"})
    status = open_status(late, dt.datetime(2027, 3, 28, 0, 30, tzinfo=dt.UTC))
    assert status.open is True
    # 00:30 GMT to 03:00 BST is 90 real minutes, not 150.
    assert status.closes_at == at(sunday, 3, 0)
    assert status.text == "Open · closes at 03:00"
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
    assert status.text == "Open · closes in 15 min"
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
    assert [line.weekday for line in lines][::6] == ["Monday", "Sunday"]
    assert [line.today for line in lines] == [False, False, False, False, True, False, False]
    assert [line.exception for line in lines] == [False, False, False, True, False, False, False]
    assert [line.text for line in lines][3:6] == ["10:00–12:00", "09:00–17:30", "Closed"]
    assert {line.text for line in week_hours(facility(None), FRI)} == {"Hours unknown"}


def test_local_date_of_the_facility() -> None:
    # 00:30 on Saturday in Ljubljana is still Friday in London.
    assert (
        local_date(facility(WEEKDAY_HOURS), at(FRI + dt.timedelta(days=1), 0, 30, LJUBLJANA)) == FRI
    )
