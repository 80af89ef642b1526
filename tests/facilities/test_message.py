"""The short text message about a facility: what it holds, and that it fits one SMS."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

from kbassist.facilities.hours import Hours, parse_osm
from kbassist.facilities.message import SMS_CHARS, text_message
from kbassist.facilities.model import Facility
from tests.conftest import STARTER
from tests.contentkit import load_clean

LJUBLJANA = zoneinfo.ZoneInfo("Europe/Ljubljana")
# The GSM 7-bit alphabet's printable characters: one outside it halves what an SMS holds.
GSM = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "ÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)


def shop(name: str = "Larkspur Šiška", hours: Hours | None = None, phone: str = "") -> Facility:
    return Facility(
        id="siska",
        name=name,
        path=Path("f.yaml"),
        line=1,
        lat=46.07,
        lon=14.49,
        address=("Celovška cesta 150",),
        city="Ljubljana",
        postcode="1000",
        country="SI",
        phone=phone,
        timezone="Europe/Ljubljana",
        hours=hours,
    )


FRIDAY = dt.datetime(2026, 6, 26, 10, 0, tzinfo=LJUBLJANA)
WEEKDAYS = parse_osm("Mo-Fr 08:00-12:00,13:00-17:00; PH off")


def test_name_address_on_one_line_todays_hours_and_phone() -> None:
    text = text_message(shop(hours=WEEKDAYS, phone="+386 1 300 41 01"), FRIDAY)
    assert text == (
        "Larkspur Šiška. Celovška cesta 150, 1000 Ljubljana. "
        "Today 08:00-12:00, 13:00-17:00. Tel +386 1 300 41 01"
    )


def test_a_holiday_and_unknown_hours_are_said_plainly() -> None:
    statehood_day = dt.datetime(2026, 6, 25, 10, 0, tzinfo=LJUBLJANA)
    assert "Closed today (Statehood Day)" in text_message(shop(hours=WEEKDAYS), statehood_day)
    assert "dan državnosti" in text_message(shop(hours=WEEKDAYS), statehood_day, "sl")
    unknown = text_message(shop(phone="+386 1 300 41 01"), FRIDAY)
    assert unknown.endswith("Please call before you go. Tel +386 1 300 41 01")


def test_a_long_name_is_shortened_to_keep_one_sms() -> None:
    name = "Larkspur Repair Centre and Collection Point for the Whole of Northern Ljubljana " * 2
    text = text_message(shop(name.strip(), WEEKDAYS, "+386 1 300 41 01"), FRIDAY)
    assert len(text) == SMS_CHARS
    assert text.startswith("Larkspur Repair Centre")
    assert "..." in text
    assert text.endswith(
        "Celovška cesta 150, 1000 Ljubljana. Today 08:00-12:00, 13:00-17:00. Tel +386 1 300 41 01"
    )


def test_every_starter_facility_fits_one_sms_in_the_gsm_alphabet_but_its_own_letters() -> None:
    content = load_clean(STARTER)
    lengths = []
    for facility in content.facilities.values():
        text = text_message(facility, FRIDAY)
        lengths.append(len(text))
        # The dashes and dots are plain; only letters of the names themselves (č, š, ž) leave
        # the GSM alphabet.
        own = set(facility.name + "".join(facility.address) + facility.city)
        assert set(text) - GSM <= own, text
    assert max(lengths) <= SMS_CHARS


def test_a_slovenian_message_is_told_in_slovenian() -> None:
    text = text_message(shop(hours=WEEKDAYS, phone="+386 1 300 41 01"), FRIDAY, "sl")
    assert text == (
        "Larkspur Šiška. Celovška cesta 150, 1000 Ljubljana. "
        "Danes 08:00-12:00, 13:00-17:00. Tel. +386 1 300 41 01"
    )
    statehood_day = dt.datetime(2026, 6, 25, 10, 0, tzinfo=LJUBLJANA)
    assert text_message(shop(hours=WEEKDAYS), statehood_day, "sl").endswith(
        "Danes zaprto (dan državnosti)"
    )
    unknown = text_message(shop(phone="+386 1 300 41 01"), FRIDAY, "sl")
    assert unknown.endswith("Pred obiskom prosimo telefonirajte. Tel. +386 1 300 41 01")


def test_every_starter_facility_fits_one_slovenian_sms_in_the_gsm_alphabet() -> None:
    content = load_clean(STARTER)
    statehood_day = dt.datetime(2026, 6, 25, 10, 0, tzinfo=LJUBLJANA)
    lengths = []
    for at in (FRIDAY, statehood_day):
        for facility in content.facilities.values():
            text = text_message(facility, at, "sl")
            lengths.append(len(text))
            # Only the facility's own letters and the holiday's name leave the GSM alphabet:
            # the Slovenian words around them are written without č, š and ž.
            own = set(facility.name + "".join(facility.address) + facility.city)
            assert set(text) - GSM <= own | set("dan državnosti"), text
    assert max(lengths) <= SMS_CHARS


def test_greek_and_chinese_messages_keep_their_own_words_few() -> None:
    # Greek and Chinese letters send a text as UCS-2 (70 characters an SMS): the words
    # around the facility's name, address and phone are kept few.
    for language, today, phone in (("el", "Σήμερα", "Τηλ."), ("zh", "今天", "电话")):
        text = text_message(shop(hours=WEEKDAYS, phone="+386 1 300 41 01"), FRIDAY, language)
        assert text == (
            f"Larkspur Šiška. Celovška cesta 150, 1000 Ljubljana. "
            f"{today} 08:00-12:00, 13:00-17:00. {phone} +386 1 300 41 01"
        )
