"""Personal data taken out of a query before it is stored: e-mail, phone, card, IBAN, postcode."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from kbassist.common.folding import fold
from kbassist.common.luhn import luhn_valid

log = logging.getLogger(__name__)

# A declared pattern comes from a shared content folder: it runs with a time limit, so a
# pattern that backtracks without end cannot hang the writer.
PATTERN_TIMEOUT_S = 0.05
# What a query becomes when a pattern ran out of time: nothing of it can be trusted.
UNSCRUBBED = "<withheld>"
MAX_QUERY_CHARS = 200
# How much of a query is scrubbed: cut only after scrubbing, so that the cut cannot leave
# half an address or number that no pattern recognises any more.
SCRUB_CHARS = 10 * MAX_QUERY_CHARS

EMAIL = "<email>"
IBAN = "<iban>"
CARD = "<card>"
ORDER = "<order>"
PHONE = "<phone>"
POSTCODE = "<postcode>"
PLACEHOLDERS = (UNSCRUBBED, EMAIL, IBAN, CARD, ORDER, PHONE, POSTCODE)

_EMAIL = regex.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+", regex.UNICODE)
# Where a number or code may start and end: not inside a word. Chinese is written without
# spaces, so a Han character next to it counts as a boundary (\b would not see one there).
_START = r"(?<![^\W\p{Han}])"
_END = r"(?![^\W\p{Han}])"
# Two letters, two check digits, 11 to 30 letters or digits, in groups of four or not.
_IBAN = regex.compile(_START + r"[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]){11,30}" + _END)
# 13 to 19 digits, in groups separated by spaces or dashes.
_CARD = regex.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")
# A run of digits with the separators numbers are written with, seven digits at least; a
# letter right before it (电话13812345678, tel0412345678) does not make it less of a phone.
_PHONE = regex.compile(r"(?<![\d+])(?:\+|00)?\d(?:[\s().\-/]{0,2}\d){6,16}(?!\d)")
# British style (SW1A 1AA), prefixed (SI-1000, HR-10000), Greek (105 57),
# US ZIP+4, and a standalone run of four to six digits (most of Europe, China).
_POSTCODES = (
    regex.compile(_START + r"[A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2}" + _END),
    regex.compile(_START + r"[A-Za-z]{2}-\d{4,6}" + _END),
    regex.compile(r"(?<!\d)\d{3} \d{2}(?!\d)"),
    regex.compile(r"(?<!\d)\d{5}-\d{4}(?!\d)"),
    regex.compile(r"(?<![\d<])\d{4,6}(?![\d>])"),
)


@dataclass(frozen=True)
class ScrubbedQuery:
    """A query as it may be stored: the text with personal data replaced, and its group key."""

    text: str
    key: str


class Scrubber:
    """Replaces personal data in text with placeholders such as <email> and <card>."""

    def __init__(self, order_patterns: Iterable[str] = ()) -> None:
        self._orders: list[regex.Pattern[str]] = []
        for pattern in order_patterns:
            try:
                self._orders.append(regex.compile(pattern))
            except regex.error as exc:
                # The content check reports it at its line; here it is only not used.
                log.warning("Order-number pattern %r is not used: %s", pattern, exc)

    def scrub(self, text: str) -> str:
        """text with every e-mail, IBAN, card, order number, phone and postcode replaced."""
        spaced = " ".join(text.split())
        clean = spaced[:SCRUB_CHARS]
        try:
            clean = _EMAIL.sub(EMAIL, clean, timeout=PATTERN_TIMEOUT_S)
            clean = _IBAN.sub(_iban_or_keep, clean, timeout=PATTERN_TIMEOUT_S)
            clean = _CARD.sub(_card_or_keep, clean, timeout=PATTERN_TIMEOUT_S)
            # Order numbers before phones: a declared pattern knows the shape better.
            for pattern in self._orders:
                clean = pattern.sub(ORDER, clean, timeout=PATTERN_TIMEOUT_S)
            clean = _PHONE.sub(_phone_or_keep, clean, timeout=PATTERN_TIMEOUT_S)
            for postcode in _POSTCODES:
                clean = postcode.sub(POSTCODE, clean, timeout=PATTERN_TIMEOUT_S)
        except TimeoutError:
            log.warning("A query could not be checked for personal data in time; not stored")
            return UNSCRUBBED
        if len(spaced) > SCRUB_CHARS or len(clean) > MAX_QUERY_CHARS:
            # The last word may be the first part of something the cut made unrecognisable.
            clean = clean[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
        return clean

    def query(self, text: str) -> ScrubbedQuery:
        """The stored form of a query and the key that groups its spellings."""
        clean = self.scrub(text)
        return ScrubbedQuery(clean, normalise(clean))


def has_placeholder(text: str) -> bool:
    """True when scrubbing replaced something in text (it is no question for an article)."""
    return any(placeholder in text for placeholder in PLACEHOLDERS)


def normalise(text: str) -> str:
    """The key queries are grouped by: folded (case and accents), single spaces."""
    return " ".join(fold(text).split())


def iban_valid(text: str) -> bool:
    """True when text (spaces allowed) is an IBAN whose check digits are right (ISO 13616)."""
    compact = text.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact.isalnum():
        return False
    moved = compact[4:] + compact[:4]
    number = "".join(str(int(char, 36)) for char in moved)
    return int(number) % 97 == 1


def _iban_or_keep(match: regex.Match[str]) -> str:
    # The pattern may run on into the words after the number: try it shorter, group by group.
    parts = match.group().split(" ")
    for end in range(len(parts), 0, -1):
        if iban_valid(" ".join(parts[:end])):
            return " ".join((IBAN, *parts[end:]))
    return match.group()


def _card_or_keep(match: regex.Match[str]) -> str:
    digits = "".join(c for c in match.group() if c.isdigit())
    return CARD if luhn_valid(digits) else match.group()


def _phone_or_keep(match: regex.Match[str]) -> str:
    digits = sum(c.isdigit() for c in match.group())
    return PHONE if digits >= 7 else match.group()
