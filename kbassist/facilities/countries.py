"""Facts about countries by ISO 3166 code: names in a language (CLDR) and single time zones."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from kbassist.facilities.wording import cldr_locale

# Codes people write that ISO 3166 spells otherwise.
_ALIASES = {"UK": "GB", "EL": "GR"}

# The zone to use when a list gives a country but no time zone: countries with one zone only.
COUNTRY_ZONES = {
    "AT": "Europe/Vienna",
    "BA": "Europe/Sarajevo",
    "BE": "Europe/Brussels",
    "BG": "Europe/Sofia",
    "CH": "Europe/Zurich",
    "CN": "Asia/Shanghai",
    "CY": "Asia/Nicosia",
    "CZ": "Europe/Prague",
    "DE": "Europe/Berlin",
    "DK": "Europe/Copenhagen",
    "EE": "Europe/Tallinn",
    "FI": "Europe/Helsinki",
    "FR": "Europe/Paris",
    "GB": "Europe/London",
    "GR": "Europe/Athens",
    "HK": "Asia/Hong_Kong",
    "HR": "Europe/Zagreb",
    "HU": "Europe/Budapest",
    "IE": "Europe/Dublin",
    "IT": "Europe/Rome",
    "LT": "Europe/Vilnius",
    "LU": "Europe/Luxembourg",
    "LV": "Europe/Riga",
    "ME": "Europe/Podgorica",
    "MK": "Europe/Skopje",
    "MT": "Europe/Malta",
    "NL": "Europe/Amsterdam",
    "NO": "Europe/Oslo",
    "PL": "Europe/Warsaw",
    "RO": "Europe/Bucharest",
    "RS": "Europe/Belgrade",
    "SE": "Europe/Stockholm",
    "SI": "Europe/Ljubljana",
    "SK": "Europe/Bratislava",
    "TW": "Asia/Taipei",
    "UK": "Europe/London",
}


def iso_code(code: str) -> str:
    """The ISO 3166 code as the address and name data know it: 'uk' -> 'GB'."""
    upper = code.strip().upper()
    return _ALIASES.get(upper, upper)


def country_name(code: str, language: str = "en") -> str:
    """The country's name in language ('SI' -> 'Slovenia', 'Slovenija' in sl), or the code
    itself when CLDR does not know it."""
    iso = iso_code(code)
    name = _names(language).get(iso)
    return str(name) if name else code.strip().upper()


@functools.cache
def _names(language: str) -> Mapping[str, str]:
    return dict(cldr_locale(language).territories)
