"""Where a customer or a facility is: a postcode, district, town or "lat,lon" to coordinates."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from kbassist.common import i18n
from kbassist.common.folding import fold
from kbassist.facilities.geo import zone_at
from kbassist.facilities.model import Facility, Place, Placement
from kbassist.problems import ProblemList

_COORDINATES = re.compile(r"^\s*([-+]?\d{1,3}(?:\.\d+)?)\s*[,;\s]\s*([-+]?\d{1,3}(?:\.\d+)?)\s*$")
# A full UK postcode: the outward code (district) and a three-character inward code.
_UK_POSTCODE = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$")
_KIND_ORDER = {"postcode": 0, "district": 1, "city": 2}
# An Irish Eircode: the routing key (D02) is its district.
_EIRCODE = re.compile(r"^([AC-FHKNPRTV-Y]\d[\dW])[AC-FHKNPRTV-Y\d]{4}$")
# A Dutch postcode (1012 AB): the four digits are the district.
_DUTCH_POSTCODE = re.compile(r"^(\d{4})[A-Z]{2}$")
# "SI-1000", "HR 10000", "D-10115": a country prefix some lists put before the number.
_COUNTRY_PREFIX = re.compile(r"^[A-Z]{1,3}[\s-]+(?=\d)")
_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]+")
_TOWN_KINDS = frozenset({"city", "town", "village", "place", "locality", ""})
_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}


def search_key(text: str) -> str:
    """The form names are compared in: folded, letters and digits only ('NW1 7AA' -> 'nw17aa')."""
    if text.isascii():
        # Most postcodes and names: one pass instead of a character at a time.
        return _NOT_ASCII_ALNUM.sub("", text.lower())
    return "".join(c for c in fold(text) if c.isalnum())


@functools.lru_cache(maxsize=512)
def normalise_country(code: str) -> str:
    """An ISO 3166 code in capitals; the UK's and Greece's EU spellings become GB and GR."""
    upper = code.strip().upper()
    return _COUNTRY_ALIASES.get(upper, upper)


def postcode_key(postcode: str) -> str:
    """The key a postcode is looked up by: 'SI-1000' -> '1000', 'sw1a 1aa' -> 'sw1a1aa'."""
    return search_key(_COUNTRY_PREFIX.sub("", postcode.strip().upper()))


def postcode_district(postcode: str, country: str = "") -> str | None:
    """The district a full postcode lies in, written as people do ('SW1A', 'D02', '1012').

    UK outward codes, Irish Eircode routing keys and Dutch four-digit areas; None where a
    postcode has no coarser part (Slovenia's 1000 is already the whole post office area).
    """
    key = postcode_key(postcode).upper()
    country = normalise_country(country)
    patterns = {"GB": _UK_POSTCODE, "IE": _EIRCODE, "NL": _DUTCH_POSTCODE}
    chosen = [patterns[country]] if country in patterns else list(patterns.values())
    for pattern in chosen:
        match = pattern.match(key)
        if match:
            return match.group(1)
    return None


class PlaceSource(Protocol):
    """More places to look in, such as the imported postcode list (placestore.PlaceStore)."""

    def lookup(self, key: str) -> list[Place]:
        """Every place whose search_key is key."""
        ...

    def complete(self, prefix: str, limit: int) -> list[Place]:
        """Places whose search_key starts with prefix, shortest first."""
        ...


@dataclass(frozen=True)
class Location:
    """Where the customer is, and what the query was understood as."""

    lat: float
    lon: float
    label: str
    kind: str  # postcode, district, city, coordinates, or the gazetteer's own kind


class UnknownPlaceError(LookupError):
    """The query names no place we know; suggestions are the closest gazetteer entries."""

    def __init__(self, query: str, suggestions: list[Place]) -> None:
        self.query = query
        self.suggestions = suggestions
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """What to tell the agent, with the closest names to try."""
        text = f"No place called '{self.query.strip()}' is in the gazetteer."
        if self.suggestions:
            text += " Did you mean: " + ", ".join(p.name for p in self.suggestions) + "?"
        else:
            text += " Type a postcode, a town, or coordinates as lat,lon."
        return text


class CoordinatesOutOfRangeError(UnknownPlaceError):
    """The query is written as lat,lon but lies off the globe."""

    def __init__(self, query: str, lat: float, lon: float) -> None:
        self.lat, self.lon = lat, lon
        super().__init__(query, [])

    @property
    def message(self) -> str:
        """Which coordinate is out of range, and the ranges."""
        return (
            f"The coordinates {self.lat:g}, {self.lon:g} are out of range: latitude must be "
            "-90 to 90 and longitude -180 to 180 (decimal degrees, written lat,lon)."
        )


class Gazetteer:
    """Looks places up by accent- and case-insensitive name, with completion and suggestions.

    places are the content folder's (facilities/places.csv); more is an imported postcode
    list, asked only for what places lack.
    """

    def __init__(self, places: Iterable[Place], more: PlaceSource | None = None) -> None:
        self.places = list(places)
        self.more = more
        self._by_key: dict[str, Place] = {}
        self._every: dict[str, list[Place]] = {}
        # Postcodes first, so a name that is both a postcode and a town resolves to the postcode.
        for place in sorted(self.places, key=lambda p: _KIND_ORDER.get(p.kind, 3)):
            self._by_key.setdefault(search_key(place.name), place)
            self._every.setdefault(search_key(place.name), []).append(place)
        self._keyed = sorted(
            ((search_key(p.name), p) for p in self.places),
            key=lambda item: (_KIND_ORDER.get(item[1].kind, 3), len(item[0]), item[0]),
        )
        self._words = [
            (tuple(search_key(w) for w in re.split(r"[\s\-]+", p.name) if w), p)
            for _, p in self._keyed
        ]

    def locate(self, query: str) -> Location:
        """The coordinates of query; raises UnknownPlaceError (with suggestions) if unknown."""
        coordinates = _COORDINATES.match(query)
        if coordinates:
            lat, lon = float(coordinates.group(1)), float(coordinates.group(2))
            if -90 <= lat <= 90 and -180 <= lon <= 180:
                return Location(lat, lon, f"{lat:.5f}, {lon:.5f}", "coordinates")
            raise CoordinatesOutOfRangeError(query, lat, lon)
        for candidate in _candidates(query):
            found = self._lookup(candidate)
            if found is not None:
                return found
        raise UnknownPlaceError(query, self.suggest(query))

    def _lookup(self, text: str) -> Location | None:
        key = search_key(text)
        if not key:
            return None
        place = self._by_key.get(key) or next(iter(self._more(key)), None)
        if place is not None:
            return Location(place.lat, place.lon, place.name, place.kind or "place")
        postcode = _UK_POSTCODE.match(key.upper())
        if postcode:
            district_key = postcode.group(1).lower()
            district = self._by_key.get(district_key) or next(iter(self._more(district_key)), None)
            if district is not None:
                label = f"{district.name} (district of {_spaced_postcode(postcode)})"
                return Location(district.lat, district.lon, label, "district")
        return None

    def _more(self, key: str) -> list[Place]:
        if self.more is None:
            return []
        return sorted(self.more.lookup(key), key=lambda p: _KIND_ORDER.get(p.kind, 3))

    def _all(self, key: str) -> list[Place]:
        """Every place named key: the content folder's first, then the imported list's."""
        return [*self._every.get(key, ()), *self._more(key)]

    def place_of(self, postcode: str, town: str, country: str) -> tuple[Place, Placement] | None:
        """Where a facility is, by its full postcode, then postcode district, then town.

        A place in another country never counts: '1000' is Ljubljana and also Brussels.
        """
        country = normalise_country(country)

        def first(key: str, kinds: Iterable[str]) -> Place | None:
            wanted = frozenset(kinds)
            for place in self._all(key) if key else ():
                other = normalise_country(place.country)
                if place.kind in wanted and (not country or not other or other == country):
                    return place
            return None

        if postcode.strip():
            exact = first(postcode_key(postcode), ("postcode", ""))
            if exact is not None:
                return exact, Placement.POSTCODE
            district = postcode_district(postcode, country)
            # A facility whose postcode field holds a district only ("SW1A") is placed there.
            for key in (search_key(district or ""), postcode_key(postcode)):
                found = first(key, ("district", ""))
                if found is not None:
                    return found, Placement.DISTRICT
        found = first(search_key(town), _TOWN_KINDS)
        return (found, Placement.TOWN) if found is not None else None

    def complete(self, prefix: str, limit: int = 10) -> list[Place]:
        """Places whose name, or a word of it, starts with prefix; whole-name matches first."""
        key = search_key(prefix)
        if not key or limit <= 0:
            return []
        # Letters alone are usually the start of a town; with a digit, of a postcode.
        towns_first = not any(c.isdigit() for c in key)
        whole = [
            p
            for k, p in sorted(
                ((k, p) for k, p in self._keyed if k.startswith(key)),
                key=lambda item: (
                    item[0] != key,
                    towns_first and item[1].kind not in ("city", ""),
                    _KIND_ORDER.get(item[1].kind, 3) if not towns_first else 0,
                    len(item[0]),
                    item[0],
                ),
            )
        ]
        if len(whole) < limit and self.more is not None:
            names = {search_key(p.name) for p in whole}
            whole += [p for p in self.more.complete(key, limit) if search_key(p.name) not in names]
        if len(whole) >= limit:
            return whole[:limit]
        seen = {id(p) for p in whole}
        words = [
            p
            for ws, p in self._words
            if id(p) not in seen and any(w.startswith(key) for w in ws[1:])
        ]
        return (whole + words)[:limit]

    def suggest(self, query: str, limit: int = 5) -> list[Place]:
        """The gazetteer entries closest to query: completions, then the smallest edit distance."""
        key = search_key(query)
        if not key:
            return []
        found = self.complete(query, limit)
        if len(found) >= limit:
            return found
        # Allow about one typo in three characters; further than that is noise.
        budget = max(2, len(key) // 3)
        seen = {id(p) for p in found}
        scored = []
        for other, place in self._keyed:
            if id(place) in seen or abs(len(other) - len(key)) > budget:
                continue
            distance = edit_distance(key, other, budget)
            if distance <= budget:
                scored.append((distance, _KIND_ORDER.get(place.kind, 3), other, place))
        scored.sort(key=lambda item: item[:3])
        return (found + [item[3] for item in scored])[:limit]


def _candidates(query: str) -> list[str]:
    """The query, then its first comma part, then its numbers and its words on their own."""
    text = query.strip()
    found = [text]
    if "," in text:
        found.append(text.split(",", 1)[0])
    tokens = text.replace(",", " ").split()
    numbers = [t for t in tokens if t.isdigit()]
    words = [t for t in tokens if not t.isdigit()]
    if numbers and words:
        # The postcode is the more precise of the two.
        found += [*numbers, " ".join(words)]
    return found


def _spaced_postcode(match: re.Match[str]) -> str:
    return f"{match.group(1)} {match.group(2)}"


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of a and b, or limit + 1 as soon as it must exceed limit."""
    if a == b:
        return 0
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def place_facilities(
    facilities: Mapping[str, Facility], gazetteer: Gazetteer, problems: ProblemList
) -> dict[str, Facility]:
    """Every facility, those without coordinates placed from the gazetteer where it can.

    A facility that cannot be placed stays, without coordinates: it is found by name, town
    or postcode and listed as "distance unknown"; a warning says what to add.
    """
    placed: dict[str, Facility] = {}
    for ident, facility in facilities.items():
        if facility.lat is not None:
            placed[ident] = facility
            continue
        found = gazetteer.place_of(facility.postcode, facility.city, facility.country)
        if found is None:
            placed[ident] = facility
            problems.warning(
                facility.path,
                facility.line,
                "unplaced-facility",
                i18n._(
                    "Facility '{ident}' has no coordinates, and neither its postcode "
                    "'{postcode}' nor its town '{city}' is in the gazetteer: it is listed with "
                    "distance unknown. Add lat and lon, or add the place to "
                    "facilities/places.csv (or import a postcode list with `kbassist places "
                    "import`)."
                ).format(ident=ident, postcode=facility.postcode, city=facility.city),
            )
            continue
        placed[ident] = with_place(facility, *found)
    return placed


def with_place(facility: Facility, place: Place, placement: Placement) -> Facility:
    """facility at place; a time zone that was not written follows the new coordinates."""
    zone = zone_at(place.lat, place.lon) if facility.zone_from_place else facility.timezone
    return dataclasses.replace(
        facility, lat=place.lat, lon=place.lon, placement=placement, timezone=zone
    )
