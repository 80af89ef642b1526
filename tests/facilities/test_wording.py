"""The sentences of hours and statuses: built from data, in one place, days in any language."""

from __future__ import annotations

import datetime as dt
import functools
import string
import zoneinfo

import pytest

from kbassist.facilities.hours import parse_day
from kbassist.facilities.public_holidays import holiday_name
from kbassist.facilities.wording import (
    ENGLISH,
    PHRASES,
    Phrase,
    cldr_locale,
    clock,
    day_hours_text,
    day_label,
    phrase,
    phrase_language,
    short_date,
    status_text,
    weekday_name,
)

LONDON = zoneinfo.ZoneInfo("Europe/London")
MONDAY = dt.date(2027, 3, 1)
# Friday 5 March 2027, 17:10 in London.
NOW = dt.datetime(2027, 3, 5, 17, 10, tzinfo=LONDON)


@pytest.mark.parametrize(
    ("language", "monday", "short"),
    [
        ("en", "Monday", "Mon"),
        ("sl", "ponedeljek", "pon."),
        ("hr", "ponedjeljak", "pon"),
        ("el", "Δευτέρα", "Δευ"),
        ("zh", "星期一", "周一"),
        ("en-GB", "Monday", "Mon"),
        ("xx", "Monday", "Mon"),
    ],
)
def test_week_day_names_come_from_cldr(language: str, monday: str, short: str) -> None:
    assert weekday_name(MONDAY, language) == monday
    assert weekday_name(MONDAY, language, short=True) == short


def test_day_labels_and_dates() -> None:
    assert day_label(MONDAY, "sl", dated=False, today=False) == "ponedeljek"
    assert day_label(MONDAY, "en", dated=True, today=True) == "Mon 1 Mar (today)"
    assert short_date(dt.date(2026, 12, 24)) == "Thu 24 Dec"
    assert short_date(dt.date(2026, 12, 24), "sl") == "čet., 24. dec."


def test_sentences_fall_back_to_english_with_english_days() -> None:
    # No German sentences: the sentence and its week day stay in one language.
    assert phrase_language("de") == "en"
    assert phrase_language("sl-SI") == "sl"
    assert phrase_language("zh-Hans") == "zh"
    opens = NOW + dt.timedelta(days=3) - dt.timedelta(hours=8, minutes=10)
    assert status_text(False, NOW, opens_at=opens, language="de") == "Opens Monday 09:00"


@pytest.mark.parametrize(
    ("minutes", "text"),
    [
        (20, "Closes in 20 minutes"),
        (1, "Closes in 1 minute"),
        (59, "Closes in 59 minutes"),
        (60, "Open until 18:10"),
        (6 * 60 + 50, "Open until 00:00 tomorrow"),
        (3 * 24 * 60, "Open until Monday 17:10"),
        (9 * 24 * 60, "Open until Sun 14 Mar 17:10"),
    ],
)
def test_open_sentences(minutes: int, text: str) -> None:
    assert status_text(True, NOW, closes_at=NOW + dt.timedelta(minutes=minutes)) == text


@pytest.mark.parametrize(
    ("minutes", "holiday", "text"),
    [
        (15, None, "Opens in 15 minutes"),
        (90, None, "Opens at 18:40"),
        (16 * 60, None, "Opens tomorrow at 09:10"),
        (16 * 60, "Statehood Day", "Closed today (Statehood Day), opens tomorrow at 09:10"),
        (64 * 60, "", "Closed today (holiday), opens Monday 09:10"),
    ],
)
def test_closed_sentences(minutes: int, holiday: str | None, text: str) -> None:
    opens = NOW + dt.timedelta(minutes=minutes)
    assert status_text(False, NOW, opens_at=opens, holiday=holiday) == text


def test_no_change_in_sight_and_unknown() -> None:
    assert status_text(True, NOW) == "Open 24 hours"
    assert status_text(False, NOW) == "Closed"
    assert status_text(False, NOW, holiday="Christmas Day") == "Closed today (Christmas Day)"
    assert status_text(None, NOW) == "Hours unknown – call before sending a customer"


def test_day_hours() -> None:
    assert day_hours_text(parse_day("09:00-12:30,13:30-17:30")) == "09:00–12:30, 13:30–17:30"
    assert day_hours_text(()) == "Closed"
    assert day_hours_text(None) == "Hours unknown"


def _placeholders(template: Phrase) -> dict[str, set[str]]:
    forms = {"": template} if isinstance(template, str) else template
    return {
        form: {name for _, name, _, _ in string.Formatter().parse(text) if name}
        for form, text in forms.items()
    }


@pytest.mark.parametrize("language", sorted(PHRASES))
def test_every_language_says_every_phrase_with_the_same_placeholders(language: str) -> None:
    table = PHRASES[language]
    assert table.keys() == ENGLISH.keys()
    for key, english in ENGLISH.items():
        wanted = set().union(*_placeholders(english).values())
        said = _placeholders(table[key])
        assert all(names == wanted for names in said.values()), (language, key, said)
        if isinstance(english, str):
            assert isinstance(table[key], str), (language, key)
        else:
            # A counted phrase has a form for every plural category of the language, no more.
            assert set(said) == set(cldr_locale(language).plural_form.tags) | {"other"}, key


# Each language's "closes in" sentence at the counts where its plural forms differ.
CLOSES_IN = {
    "en": {1: "Closes in 1 minute", 2: "Closes in 2 minutes", 21: "Closes in 21 minutes"},
    "sl": {
        1: "Zapre se čez 1 minuto",
        2: "Zapre se čez 2 minuti",
        3: "Zapre se čez 3 minute",
        5: "Zapre se čez 5 minut",
        21: "Zapre se čez 21 minut",
        101: "Zapre se čez 101 minuto",
        102: "Zapre se čez 102 minuti",
    },
    "hr": {
        1: "Zatvara se za 1 minutu",
        2: "Zatvara se za 2 minute",
        3: "Zatvara se za 3 minute",
        5: "Zatvara se za 5 minuta",
        11: "Zatvara se za 11 minuta",
        21: "Zatvara se za 21 minutu",
        101: "Zatvara se za 101 minutu",
    },
    "el": {1: "Κλείνει σε 1 λεπτό", 2: "Κλείνει σε 2 λεπτά", 21: "Κλείνει σε 21 λεπτά"},
    "zh": {1: "1分钟后关门", 5: "5分钟后关门", 101: "101分钟后关门"},
}


@pytest.mark.parametrize(
    ("language", "minutes", "text"),
    [(lang, n, text) for lang, forms in CLOSES_IN.items() for n, text in forms.items()],
)
def test_minutes_take_the_plural_form_of_the_language(
    language: str, minutes: int, text: str
) -> None:
    assert phrase("closes_in_minutes", language, minutes=minutes) == text
    if minutes < 60:
        closes = NOW + dt.timedelta(minutes=minutes)
        assert status_text(True, NOW, closes_at=closes, language=language) == text


@pytest.mark.parametrize(
    ("language", "minutes", "text"),
    [
        ("en", 1, "Opens in 1 minute"),
        ("sl", 2, "Odpre se čez 2 minuti"),
        ("sl", 4, "Odpre se čez 4 minute"),
        ("hr", 21, "Otvara se za 21 minutu"),
        ("hr", 12, "Otvara se za 12 minuta"),
        ("el", 1, "Ανοίγει σε 1 λεπτό"),
        ("zh", 5, "5分钟后开门"),
    ],
)
def test_opening_soon_is_counted_the_same_way(language: str, minutes: int, text: str) -> None:
    opens = NOW + dt.timedelta(minutes=minutes)
    assert status_text(False, NOW, opens_at=opens, language=language) == text


def test_a_counted_phrase_needs_a_whole_number() -> None:
    with pytest.raises(TypeError, match="closes_in_minutes"):
        phrase("closes_in_minutes", "sl", minutes="5")


# (language, the holiday's country and a date of it, the sentences at NOW)
STATUSES = [
    (
        "en",
        ("GB", dt.date(2027, 12, 25)),
        (
            "Open until 18:40",
            "Opens tomorrow at 09:10",
            "Opens Monday 09:10",
            "Closed today (Christmas Day), opens tomorrow at 09:10",
            "Closed today (Christmas Day)",
            "Hours unknown – call before sending a customer",
        ),
    ),
    (
        "sl",
        ("SI", dt.date(2027, 6, 25)),
        (
            "Odprto do 18:40",
            "Odpre se jutri ob 09:10",
            "Odpre se: ponedeljek, 09:10",
            "Danes zaprto (dan državnosti), odpre se jutri ob 09:10",
            "Danes zaprto (dan državnosti)",
            "Delovni čas ni znan – pokličite, preden napotite stranko",
        ),
    ),
    (
        "hr",
        ("HR", dt.date(2027, 5, 30)),
        (
            "Otvoreno do 18:40",
            "Otvara se sutra u 09:10",
            "Otvara se: ponedjeljak, 09:10",
            "Danas zatvoreno (Dan državnosti), otvara se sutra u 09:10",
            "Danas zatvoreno (Dan državnosti)",
            "Radno vrijeme nije poznato – nazovite prije nego što uputite stranku",
        ),
    ),
    (
        "el",
        ("GR", dt.date(2027, 3, 25)),
        (
            "Ανοιχτό έως τις 18:40",
            "Ανοίγει αύριο στις 09:10",
            "Ανοίγει Δευτέρα στις 09:10",
            "Σήμερα κλειστό (Εικοστή Πέμπτη Μαρτίου), ανοίγει αύριο στις 09:10",
            "Σήμερα κλειστό (Εικοστή Πέμπτη Μαρτίου)",
            "Άγνωστο ωράριο – τηλεφωνήστε πριν στείλετε τον πελάτη",
        ),
    ),
    (
        "zh",
        ("CN", dt.date(2027, 10, 1)),
        (
            "营业至18:40",
            "明天09:10开门",
            "星期一 09:10开门",
            "今天休息（国庆节），明天09:10开门",
            "今天休息（国庆节）",
            "营业时间未知，请先致电再让客户前往",
        ),
    ),
]


@pytest.mark.parametrize(("language", "holiday_on", "texts"), STATUSES)
def test_statuses_in_every_language(
    language: str, holiday_on: tuple[str, dt.date], texts: tuple[str, ...]
) -> None:
    open_until, tomorrow, monday, holiday_opens, holiday_closed, unknown = texts
    # The holiday's name as the holidays package gives it in the agent's language.
    holiday = holiday_name(*holiday_on, language)
    said = functools.partial(status_text, at=NOW, language=language)
    assert said(True, closes_at=NOW + dt.timedelta(minutes=90)) == open_until
    assert said(False, opens_at=NOW + dt.timedelta(hours=16)) == tomorrow
    assert said(False, opens_at=NOW + dt.timedelta(hours=64)) == monday
    assert said(False, opens_at=NOW + dt.timedelta(hours=16), holiday=holiday) == holiday_opens
    assert said(False, holiday=holiday) == holiday_closed
    assert said(None) == unknown


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Open until Sun 14 Mar 17:10"),
        ("sl", "Odprto do: ned., 14. mar., 17:10"),
        ("hr", "Otvoreno do: ned, 14. ožu, 17:10"),
        ("el", "Ανοιχτό έως Κυρ 14 Μαρ στις 17:10"),
        ("zh", "营业至3月14日周日 17:10"),
    ],
)
def test_a_change_more_than_a_week_away_is_dated(language: str, text: str) -> None:
    closes = NOW + dt.timedelta(days=9)
    assert status_text(True, NOW, closes_at=closes, language=language) == text


@pytest.mark.parametrize("language", sorted(PHRASES))
def test_times_are_24_hour_in_every_language_as_in_the_week_table(language: str) -> None:
    # Greek CLDR's short time is 12-hour ("5:30 μ.μ."); beside a 24-hour week table it is not.
    assert clock(dt.datetime(2027, 3, 5, 17, 30), language) == "17:30"
    assert clock(545, language) == "09:05"
    assert clock(24 * 60, language) == "24:00"


def test_the_week_table_is_in_the_language_too() -> None:
    assert day_hours_text((), "sl") == "Zaprto"
    assert day_hours_text(None, "hr") == "Radno vrijeme nije poznato"
    assert day_hours_text((), "zh") == "休息"
    assert day_label(MONDAY, "el", dated=False, today=True) == "Δευτέρα (σήμερα)"
