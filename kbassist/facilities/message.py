"""A facility as a short text message an agent sends a customer: name, address, today, phone."""

from __future__ import annotations

import datetime as dt

from kbassist.facilities.address import address_line
from kbassist.facilities.model import Facility
from kbassist.facilities.opening import day_ranges, local_date
from kbassist.facilities.public_holidays import holiday_name
from kbassist.facilities.wording import message_parts

# One SMS; a longer text is split into parts the customer may get out of order.
SMS_CHARS = 160
_SEPARATOR = ". "


def text_message(facility: Facility, at: dt.datetime, language: str = "en") -> str:
    """Name, address on one line, the facility's hours today (its local day) and phone.

    Kept to one SMS where it can be: a long name is shortened first, as the address and the
    phone are what the customer needs to get there.
    """
    today = local_date(facility, at)
    ranges = day_ranges(facility, today) if facility.hours is not None else None
    name, address, hours, phone = message_parts(
        facility.name,
        address_line(facility),
        ranges,
        facility.phone,
        holiday=holiday_name(facility.country, today, language),
        language=language,
    )
    rest = _SEPARATOR.join(part for part in (address, hours, phone) if part)
    text = _SEPARATOR.join(part for part in (name, rest) if part)
    room = SMS_CHARS - len(rest) - len(_SEPARATOR)
    if len(text) > SMS_CHARS and room >= 10:
        # Three dots, not '…', which is outside the GSM alphabet too.
        text = f"{name[: room - 3].rstrip()}...{_SEPARATOR}{rest}"
    return text
