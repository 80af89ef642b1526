"""The nearest facilities to a point that offer a service, with whether each is open."""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from kbassist.facilities.geo import Units, chord_to_km, convert, km_to_chord
from kbassist.facilities.model import Facility
from kbassist.facilities.opening import OpenCheck, OpenStatus, open_status


@dataclass(frozen=True)
class FinderResult:
    """One facility found, how far it is, and its opening status at the time asked about."""

    facility: Facility
    distance_km: float
    status: OpenStatus

    def distance(self, units: Units) -> float:
        """The distance in the given units."""
        return convert(self.distance_km, units)


def all_services(facilities: Iterable[Facility]) -> list[str]:
    """Every service any facility offers, sorted, for a filter list."""
    return sorted({service for facility in facilities for service in facility.services})


class Finder:
    """Facilities ranked by great-circle distance; radians and cosines are worked out once."""

    def __init__(self, facilities: Iterable[Facility] | Mapping[str, Facility]) -> None:
        items = facilities.values() if isinstance(facilities, Mapping) else facilities
        self.facilities = list(items)
        self._lat = [math.radians(f.lat) for f in self.facilities]
        self._lon = [math.radians(f.lon) for f in self.facilities]
        self._cos = [math.cos(lat) for lat in self._lat]
        self._services = [frozenset(f.services) for f in self.facilities]

    def nearest(
        self,
        lat: float,
        lon: float,
        at: dt.datetime,
        *,
        service: str | None = None,
        open_only: bool = False,
        limit: int = 10,
        max_km: float | None = None,
    ) -> list[FinderResult]:
        """The limit nearest facilities offering service, with their status at the aware at.

        open_only keeps facilities open at at, and those whose hours are unknown: they may be
        open, and an agent must never lose a facility because nobody wrote its hours down.
        """
        if limit <= 0:
            return []
        wanted = service.strip().lower() if service else ""
        results: list[FinderResult] = []
        is_open = OpenCheck(at)
        # The haversine term grows with distance, so compare terms, not kilometres.
        a_limit = math.inf if max_km is None else km_to_chord(max_km)
        for a, index in self._by_distance(
            math.radians(lat), math.radians(lon), wanted, limit, open_only
        ):
            if a > a_limit:
                break
            facility = self.facilities[index]
            if open_only and is_open(facility) is False:
                continue
            results.append(FinderResult(facility, chord_to_km(a), open_status(facility, at)))
            if len(results) == limit:
                break
        return results

    def _by_distance(
        self, phi: float, lam: float, service: str, limit: int, lazy: bool
    ) -> Iterator[tuple[float, int]]:
        """(haversine term, index) nearest first; the term orders points as distance does."""
        cos_phi = math.cos(phi)
        sin, lats, lons, coss = math.sin, self._lat, self._lon, self._cos
        terms = [
            (sin((lats[i] - phi) / 2) ** 2 + cos_phi * coss[i] * sin((lons[i] - lam) / 2) ** 2, i)
            for i in range(len(lats))
            if not service or service in self._services[i]
        ]
        if not lazy:
            yield from heapq.nsmallest(limit, terms)
            return
        # Filtering may skip many, so pop nearest-first from a heap instead of sorting all.
        heapq.heapify(terms)
        while terms:
            yield heapq.heappop(terms)
