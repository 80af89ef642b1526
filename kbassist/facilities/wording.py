"""Every sentence a facility's hours and status are told in, built from data in one place.

Each function takes data (times, names, a language) and returns text, so a translation
needs a new entry in PHRASES and nothing else. Sentences fall back to English for a
language without phrases; week-day and month names come from the CLDR data in babel.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Mapping

import babel
import babel.dates

from kbassist.common.languages import normalise_tag, primary_language
from kbassist.common.plural import plural_form
from kbassist.facilities.hours import DayHours

# Closing or opening this soon is said in minutes: the agent may be sending someone now.
SOON_MINUTES = 60

# Phrase templates by language. Placeholders: {time} (a 24-hour time), {day} (a week-day
# name), {date} (a short date), {minutes}, {holiday} (a holiday's name), {opens} (an
# "opens ..." phrase from the opens_* entries). A phrase said with a count is a mapping from
# CLDR plural category ("one", "two", "few", "other") to its form, counted by {minutes}.
Phrase = str | Mapping[str, str]
COUNTED = "minutes"

ENGLISH: Mapping[str, Phrase] = {
    "open_24_hours": "Open 24 hours",
    "closes_in_minutes": {
        "one": "Closes in {minutes} minute",
        "other": "Closes in {minutes} minutes",
    },
    "open_until_today": "Open until {time}",
    "open_until_tomorrow": "Open until {time} tomorrow",
    "open_until_day": "Open until {day} {time}",
    "open_until_date": "Open until {date} {time}",
    "opens_in_minutes": {
        "one": "Opens in {minutes} minute",
        "other": "Opens in {minutes} minutes",
    },
    "opens_today": "Opens at {time}",
    "opens_tomorrow": "Opens tomorrow at {time}",
    "opens_day": "Opens {day} {time}",
    "opens_date": "Opens {date} {time}",
    "closed": "Closed",
    "closed_holiday": "Closed today ({holiday})",
    "closed_holiday_opens": "Closed today ({holiday}), {opens}",
    "holiday": "holiday",
    "hours_unknown": "Hours unknown",
    "hours_unknown_call": "Hours unknown – call before sending a customer",
    "unknown_group": "Hours unknown – call before sending a customer",
    "special_hours": "special hours",
    "special_closing": "special closing",
    "today": "today",
    "message_today": "Today {hours}",
    "message_closed_holiday": "Closed today ({holiday})",
    "message_unknown": "Please call before you go",
    "message_phone": "Tel {phone}",
}

# Slovenian and Croatian decline a week day after a preposition ("v sredo", "u srijedu"),
# and CLDR names it only in the nominative: a day is named after a colon, where the
# nominative is right. The message_* phrases keep to the GSM alphabet (no č, š, ž) so a
# text message holds 160 characters, not 70.
SLOVENIAN: Mapping[str, Phrase] = {
    "open_24_hours": "Odprto 24 ur",
    "closes_in_minutes": {
        "one": "Zapre se čez {minutes} minuto",
        "two": "Zapre se čez {minutes} minuti",
        "few": "Zapre se čez {minutes} minute",
        "other": "Zapre se čez {minutes} minut",
    },
    "open_until_today": "Odprto do {time}",
    "open_until_tomorrow": "Odprto do jutri ob {time}",
    "open_until_day": "Odprto do: {day}, {time}",
    "open_until_date": "Odprto do: {date}, {time}",
    "opens_in_minutes": {
        "one": "Odpre se čez {minutes} minuto",
        "two": "Odpre se čez {minutes} minuti",
        "few": "Odpre se čez {minutes} minute",
        "other": "Odpre se čez {minutes} minut",
    },
    "opens_today": "Odpre se ob {time}",
    "opens_tomorrow": "Odpre se jutri ob {time}",
    "opens_day": "Odpre se: {day}, {time}",
    "opens_date": "Odpre se: {date}, {time}",
    "closed": "Zaprto",
    "closed_holiday": "Danes zaprto ({holiday})",
    "closed_holiday_opens": "Danes zaprto ({holiday}), {opens}",
    "holiday": "praznik",
    "hours_unknown": "Delovni čas ni znan",
    "hours_unknown_call": "Delovni čas ni znan – pokličite, preden napotite stranko",
    "unknown_group": "Delovni čas ni znan – pokličite, preden napotite stranko",
    "special_hours": "spremenjen delovni čas",
    "special_closing": "izredno zaprto",
    "today": "danes",
    "message_today": "Danes {hours}",
    "message_closed_holiday": "Danes zaprto ({holiday})",
    "message_unknown": "Pred obiskom prosimo telefonirajte",
    "message_phone": "Tel. {phone}",
}

CROATIAN: Mapping[str, Phrase] = {
    "open_24_hours": "Otvoreno 24 sata",
    "closes_in_minutes": {
        "one": "Zatvara se za {minutes} minutu",
        "few": "Zatvara se za {minutes} minute",
        "other": "Zatvara se za {minutes} minuta",
    },
    "open_until_today": "Otvoreno do {time}",
    "open_until_tomorrow": "Otvoreno do sutra u {time}",
    "open_until_day": "Otvoreno do: {day}, {time}",
    "open_until_date": "Otvoreno do: {date}, {time}",
    "opens_in_minutes": {
        "one": "Otvara se za {minutes} minutu",
        "few": "Otvara se za {minutes} minute",
        "other": "Otvara se za {minutes} minuta",
    },
    "opens_today": "Otvara se u {time}",
    "opens_tomorrow": "Otvara se sutra u {time}",
    "opens_day": "Otvara se: {day}, {time}",
    "opens_date": "Otvara se: {date}, {time}",
    "closed": "Zatvoreno",
    "closed_holiday": "Danas zatvoreno ({holiday})",
    "closed_holiday_opens": "Danas zatvoreno ({holiday}), {opens}",
    "holiday": "blagdan",
    "hours_unknown": "Radno vrijeme nije poznato",
    "hours_unknown_call": "Radno vrijeme nije poznato – nazovite prije nego što uputite stranku",
    "unknown_group": "Radno vrijeme nije poznato – nazovite prije nego što uputite stranku",
    "special_hours": "izmijenjeno radno vrijeme",
    "special_closing": "iznimno zatvoreno",
    "today": "danas",
    "message_today": "Danas {hours}",
    "message_closed_holiday": "Danas zatvoreno ({holiday})",
    "message_unknown": "Prije dolaska nas nazovite",
    "message_phone": "Tel. {phone}",
}

# Greek text messages go as UCS-2 whatever is written (lower-case Greek is outside the GSM
# alphabet), so the message_* phrases are just kept short.
GREEK: Mapping[str, Phrase] = {
    "open_24_hours": "Ανοιχτό 24 ώρες",
    "closes_in_minutes": {
        "one": "Κλείνει σε {minutes} λεπτό",
        "other": "Κλείνει σε {minutes} λεπτά",
    },
    "open_until_today": "Ανοιχτό έως τις {time}",
    "open_until_tomorrow": "Ανοιχτό έως αύριο στις {time}",
    "open_until_day": "Ανοιχτό έως {day} στις {time}",
    "open_until_date": "Ανοιχτό έως {date} στις {time}",
    "opens_in_minutes": {
        "one": "Ανοίγει σε {minutes} λεπτό",
        "other": "Ανοίγει σε {minutes} λεπτά",
    },
    "opens_today": "Ανοίγει στις {time}",
    "opens_tomorrow": "Ανοίγει αύριο στις {time}",
    "opens_day": "Ανοίγει {day} στις {time}",
    "opens_date": "Ανοίγει {date} στις {time}",
    "closed": "Κλειστό",
    "closed_holiday": "Σήμερα κλειστό ({holiday})",
    "closed_holiday_opens": "Σήμερα κλειστό ({holiday}), {opens}",
    "holiday": "αργία",
    "hours_unknown": "Άγνωστο ωράριο",
    "hours_unknown_call": "Άγνωστο ωράριο – τηλεφωνήστε πριν στείλετε τον πελάτη",
    "unknown_group": "Άγνωστο ωράριο – τηλεφωνήστε πριν στείλετε τον πελάτη",
    "special_hours": "ειδικό ωράριο",
    "special_closing": "έκτακτα κλειστό",
    "today": "σήμερα",
    "message_today": "Σήμερα {hours}",
    "message_closed_holiday": "Σήμερα κλειστό ({holiday})",
    "message_unknown": "Τηλεφωνήστε πριν έρθετε",
    "message_phone": "Τηλ. {phone}",
}

# Chinese counts with no plural forms, writes full-width brackets and commas around Chinese
# text, and "休息" reads right both as a status and in a row of the week's hours.
CHINESE: Mapping[str, Phrase] = {
    "open_24_hours": "24小时营业",
    "closes_in_minutes": {"other": "{minutes}分钟后关门"},
    "open_until_today": "营业至{time}",
    "open_until_tomorrow": "营业至明天{time}",
    "open_until_day": "营业至{day} {time}",
    "open_until_date": "营业至{date} {time}",
    "opens_in_minutes": {"other": "{minutes}分钟后开门"},
    "opens_today": "{time}开门",
    "opens_tomorrow": "明天{time}开门",
    "opens_day": "{day} {time}开门",
    "opens_date": "{date} {time}开门",
    "closed": "休息",
    "closed_holiday": "今天休息（{holiday}）",
    "closed_holiday_opens": "今天休息（{holiday}），{opens}",
    "holiday": "节假日",
    "hours_unknown": "营业时间未知",
    "hours_unknown_call": "营业时间未知，请先致电再让客户前往",
    "unknown_group": "营业时间未知，请先致电再让客户前往",
    "special_hours": "特殊营业时间",
    "special_closing": "临时休息",
    "today": "今天",
    "message_today": "今天 {hours}",
    "message_closed_holiday": "今天休息（{holiday}）",
    "message_unknown": "前往前请先致电",
    "message_phone": "电话 {phone}",
}

PHRASES: Mapping[str, Mapping[str, Phrase]] = {
    "en": ENGLISH,
    "sl": SLOVENIAN,
    "hr": CROATIAN,
    "el": GREEK,
    "zh": CHINESE,
}


def phrase_language(language: str) -> str:
    """The language sentences are told in: language where PHRASES has it, else English."""
    primary = primary_language(language) if language else "en"
    return primary if primary in PHRASES else "en"


def phrase(key: str, language: str = "en", **values: object) -> str:
    """One phrase filled in, in language or English; a counted one in the form its count takes."""
    told_in = phrase_language(language)
    template = PHRASES[told_in].get(key, ENGLISH[key])
    if not isinstance(template, str):
        counted = values[COUNTED]
        if not isinstance(counted, int):
            raise TypeError(f"{key} is counted by {{{COUNTED}}}, an int, not {counted!r}")
        template = plural_form(counted, template, cldr_locale(told_in))
    return template.format(**values)


@functools.cache
def cldr_locale(language: str) -> babel.Locale:
    """babel's locale for a language tag ('sl', 'zh-Hans'), English for one CLDR lacks."""
    try:
        return babel.Locale.parse(normalise_tag(language or "en"), sep="-")
    except (babel.UnknownLocaleError, ValueError):
        return babel.Locale.parse("en")


def weekday_name(day: dt.date, language: str = "en", short: bool = False) -> str:
    """'Monday' (or 'Mon') in language: 'ponedeljek', 'Δευτέρα', '星期一'."""
    width = "abbreviated" if short else "wide"
    names = babel.dates.get_day_names(width, locale=cldr_locale(language))  # type: ignore[arg-type]
    return str(names[day.weekday()])


def short_date(day: dt.date, language: str = "en") -> str:
    """The week day, day and month as the language writes them: 'Thu 24 Dec', 'čet., 24. dec.'.

    English is written the British way (day before month) whatever the region, as the
    rest of the app writes dates.
    """
    tag = "en-GB" if primary_language(language or "en") == "en" else language
    return str(babel.dates.format_skeleton("MMMEd", day, locale=cldr_locale(tag)))


def clock(moment: dt.datetime | int, language: str = "en") -> str:
    """A 24-hour time as language writes one: a datetime's wall clock, or minutes after
    midnight (545 -> '09:05'; 1440, the end of a day, -> '24:00')."""
    if isinstance(moment, int):
        if moment >= 24 * 60:
            return f"{moment // 60:02d}:{moment % 60:02d}"
        moment = dt.datetime.combine(dt.date.min, dt.time(moment // 60, moment % 60))
    return _clock_pattern(phrase_language(language)).apply(moment, cldr_locale(language))


@functools.cache
def _clock_pattern(language: str) -> babel.dates.DateTimePattern:
    """CLDR's 24-hour hour-and-minute pattern (skeleton 'Hm') for language: 'HH:mm' for all five.

    The 24-hour form even where CLDR's short time is 12-hour (Greek 'h:mm a'), as the week's
    hours beside a status are written 24-hour in every language.
    """
    if language == "en":
        return babel.dates.parse_pattern("HH:mm")
    skeleton = cldr_locale(language).datetime_skeletons["Hm"]
    return babel.dates.parse_pattern(str(skeleton))


def day_hours_text(ranges: DayHours | None, language: str = "en") -> str:
    """'09:00–12:30, 13:30–17:30', 'Closed', or 'Hours unknown' for None."""
    if ranges is None:
        return phrase("hours_unknown", language)
    if not ranges:
        return phrase("closed", language)
    return ", ".join(r.text("–") for r in ranges)


def status_text(
    is_open: bool | None,
    at: dt.datetime,
    *,
    closes_at: dt.datetime | None = None,
    opens_at: dt.datetime | None = None,
    holiday: str | None = None,
    language: str = "en",
) -> str:
    """The status line, in the facility's local time (closes_at and opens_at are local).

    holiday is the name of today's public holiday when the facility is closed all day for it.
    """
    if is_open is None:
        return phrase("hours_unknown_call", language)
    if is_open:
        if closes_at is None:
            return phrase("open_24_hours", language)
        return _change(closes_at, at, "closes_in", "open_until", language)
    if holiday is not None:
        name = holiday or phrase("holiday", language)
        if opens_at is None:
            return phrase("closed_holiday", language, holiday=name)
        opens = _change(opens_at, at, "opens_in", "opens", language)
        return phrase("closed_holiday_opens", language, holiday=name, opens=_lower_first(opens))
    if opens_at is None:
        return phrase("closed", language)
    return _change(opens_at, at, "opens_in", "opens", language)


def _change(moment: dt.datetime, at: dt.datetime, soon: str, later: str, language: str) -> str:
    """'Closes in 20 minutes' / 'Open until 17:30' / '... tomorrow' / '... Monday 08:00'."""
    minutes = math.ceil((moment - at).total_seconds() / 60)
    if minutes < SOON_MINUTES:
        return phrase(f"{soon}_minutes", language, minutes=minutes)
    days = (moment.date() - at.astimezone(moment.tzinfo).date()).days
    sentence = phrase_language(language)
    time = clock(moment, sentence)
    if days == 0:
        return phrase(f"{later}_today", language, time=time)
    if days == 1:
        return phrase(f"{later}_tomorrow", language, time=time)
    if days < 7:
        return phrase(f"{later}_day", language, day=weekday_name(moment, sentence), time=time)
    return phrase(f"{later}_date", language, date=short_date(moment, sentence), time=time)


def _lower_first(text: str) -> str:
    """'Opens Monday 08:00' -> 'opens Monday 08:00', inside a longer sentence.

    Every language here starts such a phrase with its verb, never a name, so the first
    letter is lowered wherever the script has case (Chinese has none: nothing changes).
    """
    return text[:1].lower() + text[1:]


def day_label(day: dt.date, language: str, *, dated: bool, today: bool) -> str:
    """A row heading of the week's hours: 'Monday', 'Thu 24 Dec' or 'Wednesday (today)'."""
    label = short_date(day, language) if dated else weekday_name(day, language)
    return f"{label} ({phrase('today', language)})" if today else label


def day_note(*, exception: bool, closed: bool, holiday: str | None, language: str) -> str:
    """What marks a day of the week's hours: 'special closing', or the holiday's name."""
    notes: list[str] = []
    if holiday:
        notes.append(holiday)
    if exception:
        notes.append(phrase("special_closing" if closed else "special_hours", language))
    return ", ".join(notes)


def message_parts(
    name: str,
    address: str,
    ranges: DayHours | None,
    phone: str,
    *,
    holiday: str | None = None,
    language: str = "en",
) -> list[str]:
    """The parts of a text message about a facility, most important last to go.

    Ranges use a plain '-': an en dash is not in the GSM 7-bit alphabet, and one character
    outside it cuts an SMS from 160 characters to 70.
    """
    if ranges is None:
        today = phrase("message_unknown", language)
    elif not ranges and holiday:
        today = phrase("message_closed_holiday", language, holiday=holiday)
    else:
        hours = ", ".join(r.text("-") for r in ranges) if ranges else phrase("closed", language)
        today = phrase("message_today", language, hours=hours)
    contact = phrase("message_phone", language, phone=phone) if phone else ""
    return [name, address, today, contact]
