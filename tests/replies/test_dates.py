"""Dates in replies: each language's way of writing a date, and reading a typed one."""

from __future__ import annotations

import datetime as dt

import pytest

from kbassist.replies.dates import TypedDateError, date_order, format_date, parse_typed_date

DAY = dt.date(2027, 3, 5)  # a Friday


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("en", "5 March 2027"),
        ("en-GB", "5 March 2027"),
        ("en-US", "March 5, 2027"),
        ("en_us", "March 5, 2027"),
        ("sl-SI", "5. 3. 2027"),
        # CLDR's long forms, the month in the case a sentence needs.
        ("hr", "5. ožujka 2027."),
        ("el", "5 Μαρτίου 2027"),
        ("zh", "2027年3月5日"),
        # A script subtag written with '_' once fell through to English.
        ("zh_Hans", "2027年3月5日"),
        ("zh-Hant-TW", "2027年3月5日"),
        ("", "5 March 2027"),
    ],
)
def test_format_date_by_language(language: str, written: str) -> None:
    assert format_date(DAY, language) == written
    assert format_date(DAY.isoformat(), language) == written


@pytest.mark.parametrize(
    ("typed", "order"),
    [
        ("2026-12-05", "dmy"),
        ("2026-12-05", "mdy"),
        ("5/12/2026", "dmy"),
        ("05.12.26", "dmy"),
        ("12/5/2026", "mdy"),
        ("20261205", "mdy"),
        ("05122026", "dmy"),
        ("120526", "mdy"),
        ("5. 12. 2026.", "dmy"),
    ],
)
def test_a_typed_date_is_the_day_typed(typed: str, order: str) -> None:
    assert parse_typed_date(typed, order) == dt.date(2026, 12, 5)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2026-02-30", "There is no 30 February 2026: February 2026 has 28 days."),
        ("31/04/2026", "There is no 31 April 2026: April 2026 has 30 days."),
        ("2026-13-01", "There is no month 13"),
        ("next week", "is not a date"),
    ],
)
def test_an_impossible_date_is_refused_never_moved(typed: str, message: str) -> None:
    with pytest.raises(TypedDateError, match=message):
        parse_typed_date(typed, "dmy")


def test_the_date_order_comes_from_the_locale_format() -> None:
    assert date_order("dd/MM/yyyy") == "dmy"
    assert date_order("M/d/yy") == "mdy"
    assert date_order("yyyy-MM-dd") == "ymd"


@pytest.mark.parametrize(
    ("typed", "order", "expected"),
    [
        ("25122026", "dmy", dt.date(2026, 12, 25)),
        ("20112025", "dmy", dt.date(2025, 11, 20)),
        ("20261205", "dmy", dt.date(2026, 12, 5)),
        ("12052026", "mdy", dt.date(2026, 12, 5)),
    ],
)
def test_eight_digits_are_read_in_the_locales_order_first(
    typed: str, order: str, expected: dt.date
) -> None:
    assert parse_typed_date(typed, order) == expected
