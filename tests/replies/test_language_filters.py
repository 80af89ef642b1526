"""Dates, numbers, money and plural forms written in a reply's language, in the real sandbox."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kbassist.replies.sandbox import make_environment


def _render(source: str, language: str, **values: object) -> str:
    return make_environment(language).from_string(source).render(**values)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "4.50 / 2026"), ("sl", "4,50 / 2026"), ("el", "4,50 / 2026"), ("zh", "4.50 / 2026")],
)
def test_a_decimal_is_written_with_the_languages_sign_and_a_year_stays_a_year(
    language: str, expected: str
) -> None:
    assert _render("{{ amount }} / {{ year }}", language, amount=Decimal("4.50"), year=2026) == (
        expected
    )


def test_plural_picks_the_form_by_the_languages_rules() -> None:
    source = '{{ n }} {{ n | plural(one="dan", two="dneva", few="dni", other="dni") }}'
    assert [_render(source, "sl", n=n) for n in (1, 2, 3, 5, 101)] == [
        "1 dan",
        "2 dneva",
        "3 dni",
        "5 dni",
        "101 dan",
    ]
    croatian = '{{ n }} {{ n | plural(one="dan", few="dana", other="dana") }}'
    assert _render(croatian, "hr", n=21) == "21 dan"


def test_plural_without_its_other_form_says_what_is_missing() -> None:
    with pytest.raises(ValueError, match="other="):
        _render('{{ 2 | plural(one="day") }}', "en")


def test_full_and_numeric_dates() -> None:
    day = dt.date(2026, 3, 14)
    assert _render('{{ d | format_date("full") }}', "hr", d=day) == "subota, 14. ožujka 2026."
    assert _render('{{ d | format_date("numeric") }}', "el", d=day) == "14/3/2026"
    with pytest.raises(ValueError, match="not a date style"):
        _render('{{ d | format_date("fancy") }}', "en", d=day)
