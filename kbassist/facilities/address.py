"""A facility's postal address laid out for its country, and a map link to it."""

from __future__ import annotations

from kbassist.facilities.countries import country_name
from kbassist.facilities.model import Facility

# Countries that write the town and the postcode on lines of their own (the UK and places
# that follow its post office); most of Europe writes "postcode town" on one line.
_TOWN_THEN_POSTCODE_LINES = frozenset({"GB", "UK", "IE", "IM", "JE", "GG", "GI"})
# Countries that write "town postcode" on one line.
_TOWN_POSTCODE_LINE = frozenset({"US", "CA", "AU", "NZ"})


def address_lines(facility: Facility, include_country: bool = False) -> list[str]:
    """The address as lines, without the facility's name."""
    lines = [line for line in facility.address if line.strip()]
    country = facility.country.upper()
    city, postcode = facility.city.strip(), facility.postcode.strip()
    if country in _TOWN_THEN_POSTCODE_LINES:
        lines += [part for part in (city, postcode) if part]
    elif country in _TOWN_POSTCODE_LINE:
        lines += [" ".join(part for part in (city, postcode) if part)]
    else:
        lines += [" ".join(part for part in (postcode, city) if part)]
    if include_country and country:
        lines.append(country_name(country))
    return [line for line in lines if line]


def address_block(facility: Facility, include_country: bool = False) -> str:
    """The multi-line address (no name) as it is written in the facility's country."""
    return "\n".join(address_lines(facility, include_country))


def map_url(facility: Facility) -> str:
    """An OpenStreetMap link centred on the facility, with a marker on it."""
    lat, lon = f"{facility.lat:.5f}", f"{facility.lon:.5f}"
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"
