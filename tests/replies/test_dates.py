"""Dates in replies: each language's way of writing a date."""

from __future__ import annotations

import datetime as dt

import pytest

from kbassist.replies.dates import format_date

DAY = dt.date(2027, 3, 5)  # a Friday


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("en", "5 March 2027"),
        ("en-GB", "5 March 2027"),
        ("en-US", "March 5, 2027"),
        ("en_us", "March 5, 2027"),
        ("sl-SI", "5. 3. 2027"),
        ("hr", "5. 3. 2027."),
        ("el", "5/3/2027"),
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
