"""The nearest facilities to a point that offer a service, with whether each is open."""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import math
import zoneinfo
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

from kbassist.common import i18n
from kbassist.facilities.geo import Units, chord_to_km, convert, format_distance, km_to_chord
from kbassist.facilities.hours import DayHours, OpeningHours
from kbassist.facilities.locate import postcode_district, postcode_key, search_key
from kbassist.facilities.model import Facility, Placement
from kbassist.facilities.opening import (
    OSM_LOOKAHEAD_DAYS,
    OpenCheck,
    OpenStatus,
    facility_zone,
    open_status,
)
from kbassist.facilities.public_holidays import load_calendars
from kbassist.facilities.wording import short_date, weekday_name

# About this many facilities to a grid cell: few enough to scan, enough to fill ten results.
_PER_CELL = 8
# Below this many candidates, measuring each is quicker than walking the grid.
_SCAN_ALL = 2000
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class FinderResult:
    """One facility found, how far it is, and its opening status at the time asked about.

    distance_km is None for a facility that has no coordinates ("distance unknown").
    """

    facility: Facility
    distance_km: float | None
    status: OpenStatus

    def distance(self, units: Units) -> float | None:
        """The distance in the given units, or None when unknown."""
        return None if self.distance_km is None else convert(self.distance_km, units)

    def distance_text(self, units: Units) -> str:
        """'2.4 km'; '≈ 2.4 km' when placed by postcode, district or town; 'distance unknown'."""
        if self.distance_km is None:
            return "distance unknown"
        text = format_distance(self.distance_km, units)
        return text if self.facility.placement is Placement.GIVEN else f"≈ {text}"


def all_services(facilities: Iterable[Facility]) -> list[str]:
    """Every service any facility offers, sorted, for a filter list."""
    return sorted({service for facility in facilities for service in facility.services})


def _place_keys(facility: Facility) -> frozenset[str]:
    """What a customer may type to mean a facility's place: its town, postcode, district."""
    district = postcode_district(facility.postcode, facility.country) or ""
    keys = {search_key(facility.city), postcode_key(facility.postcode), search_key(district)}
    return frozenset(k for k in keys if k)


def _query_keys(text: str) -> frozenset[str]:
    parts = [text, text.split(",", 1)[0], *text.replace(",", " ").split()]
    keys = {search_key(p) for p in parts} | {postcode_key(text)}
    keys.add(search_key(postcode_district(text) or ""))
    return frozenset(k for k in keys if k)


class Finder:
    """Facilities ranked by great-circle distance, found through a grid of lat/lon cells.

    The search walks rings of cells outward from the customer and stops when the tenth
    distance found is below the nearest any unvisited cell can be. Opening hours are
    grouped (same week, zone and holiday rules): at a given instant each group is checked
    once, so a night when nothing is open is known without looking at every facility.
    """

    def __init__(self, facilities: Iterable[Facility] | Mapping[str, Facility]) -> None:
        items = facilities.values() if isinstance(facilities, Mapping) else facilities
        self.facilities = list(items)
        count = len(self.facilities)
        self._lat = [math.radians(f.lat) if f.lat is not None else 0.0 for f in self.facilities]
        self._lon = [math.radians(f.lon) if f.lon is not None else 0.0 for f in self.facilities]
        self._cos = [math.cos(lat) for lat in self._lat]
        self._services = [frozenset(f.services) for f in self.facilities]
        self._by_service: dict[str, list[int]] = {}
        for index, services in enumerate(self._services):
            for service in services:
                self._by_service.setdefault(service, []).append(index)
        placed = [i for i, f in enumerate(self.facilities) if f.lat is not None]
        self._placed = placed
        self._unplaced = [i for i in range(count) if self.facilities[i].lat is None]
        self._unplaced_keys = {i: _place_keys(self.facilities[i]) for i in self._unplaced}
        self._hours = _HoursGroups(self.facilities)
        self._grid = _Grid(
            [(self.facilities[i].lat or 0.0, self.facilities[i].lon or 0.0, i) for i in placed]
        )

    def prepare(self, now: dt.datetime, language: str = "en") -> None:
        """Work out what the first query about the aware instant now would otherwise wait for.

        That is the public holidays of every country with facilities, in English and in the
        agent's language, for the years a status around now looks at; the language's names
        of days; and today's groups of facilities with an exception (on a holiday that may be
        every one of them). Call it on a worker thread before handing the finder to the GUI
        thread: the finder is not for use by two threads at once.
        """
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError(i18n._("prepare needs a time-zone-aware datetime"))
        countries = {f.country for f in self.facilities if f.hours is not None}
        # A status looks back to yesterday and ahead to the next opening.
        ahead = dt.timedelta(days=OSM_LOOKAHEAD_DAYS + 1)
        years = range((now - _DAY).year, (now + ahead).year + 1)
        load_calendars(countries, years, language)
        # The first status in the agent's language reads the language's names of days.
        weekday_name(now.date(), language)
        short_date(now.date(), language)
        self._hours.at(now)

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
        query: str = "",
        unknown: bool = True,
    ) -> list[FinderResult]:
        """The limit nearest facilities offering service, with their status at the aware at.

        open_only keeps facilities open at at, and (unless unknown is False) those whose
        hours are unknown: they may be open, and an agent must never lose a facility because
        nobody wrote its hours down. Facilities without coordinates whose town or postcode is
        query follow, with distance unknown.
        """
        if limit <= 0:
            return []
        wanted = service.strip().lower() if service else ""
        states = self._hours.at(at) if open_only else None
        keep = self._keeper(wanted, states, (True, None) if unknown else (True,))
        pool = states.possible(_SCAN_ALL) if states is not None else None
        found = self._ranked(math.radians(lat), math.radians(lon), keep, limit, wanted, pool)
        a_limit = math.inf if max_km is None else km_to_chord(max_km)
        results = [
            FinderResult(self.facilities[i], chord_to_km(a), open_status(self.facilities[i], at))
            for a, i in found
            if a <= a_limit
        ]
        if query.strip() and self._unplaced:
            keys = _query_keys(query)
            extra = [i for i in self._unplaced if self._unplaced_keys[i] & keys and keep(i)]
            results += [self._unknown_distance(i, at) for i in extra[:limit]]
        return results

    def unknown_hours_near(
        self,
        lat: float,
        lon: float,
        at: dt.datetime,
        *,
        service: str | None = None,
        limit: int = 10,
    ) -> list[FinderResult]:
        """The limit nearest facilities whose hours at at are unknown, to list apart."""
        if limit <= 0:
            return []
        wanted = service.strip().lower() if service else ""
        states = self._hours.at(at)
        keep = self._keeper(wanted, states, (None,))
        pool = states.possible(len(self.facilities), (None,))
        found = self._ranked(math.radians(lat), math.radians(lon), keep, limit, wanted, pool)
        return [
            FinderResult(self.facilities[i], chord_to_km(a), open_status(self.facilities[i], at))
            for a, i in found
        ]

    def by_name(
        self, text: str, at: dt.datetime, *, service: str | None = None, limit: int = 10
    ) -> list[FinderResult]:
        """Facilities whose name holds text, or whose town or postcode is text; no distance.

        For a query the gazetteer does not know: the agent may have typed the facility.
        """
        key = search_key(text)
        if not key or limit <= 0:
            return []
        wanted = service.strip().lower() if service else ""
        keys = _query_keys(text)
        found = [
            i
            for i, facility in enumerate(self.facilities)
            if (not wanted or wanted in self._services[i])
            and (key in search_key(facility.name) or _place_keys(facility) & keys)
        ]
        return [self._unknown_distance(i, at) for i in found[:limit]]

    def _unknown_distance(self, index: int, at: dt.datetime) -> FinderResult:
        facility = self.facilities[index]
        return FinderResult(facility, None, open_status(facility, at))

    def _keeper(
        self, service: str, states: _States | None, wanted: tuple[bool | None, ...] = ()
    ) -> Callable[[int], bool]:
        """Whether a facility offers service and (with states) is in one of the wanted states."""
        services = self._services
        if states is None:
            return (lambda i: service in services[i]) if service else (lambda _i: True)
        state = states.state
        if not service:
            return lambda i: state(i) in wanted
        return lambda i: service in services[i] and state(i) in wanted

    def _ranked(
        self,
        phi: float,
        lam: float,
        keep: Callable[[int], bool],
        limit: int,
        service: str,
        pool: list[int] | None,
    ) -> list[tuple[float, int]]:
        """(haversine term, index) of the limit nearest kept facilities, nearest first.

        pool, when given, holds every facility keep may accept (a superset).
        """
        if service:
            by_service = self._by_service.get(service, [])
            if pool is None or len(by_service) < len(pool):
                pool = by_service
        if pool is not None and len(pool) <= _SCAN_ALL:
            placed = [i for i in pool if self.facilities[i].lat is not None and keep(i)]
            return heapq.nsmallest(limit, self._terms(phi, lam, placed))
        return self._grid.nearest(phi, lam, limit, keep, self._terms)

    def _terms(self, phi: float, lam: float, indexes: Iterable[int]) -> Iterator[tuple[float, int]]:
        """(haversine term, index); the term orders points as distance does."""
        cos_phi = math.cos(phi)
        sin, lats, lons, coss = math.sin, self._lat, self._lon, self._cos
        for i in indexes:
            yield (
                sin((lats[i] - phi) / 2) ** 2 + cos_phi * coss[i] * sin((lons[i] - lam) / 2) ** 2,
                i,
            )


class _Grid:
    """Facilities in cells of equal latitude and longitude steps, for a nearest-first walk."""

    def __init__(self, points: list[tuple[float, float, int]]) -> None:
        self.cells: dict[tuple[int, int], list[int]] = {}
        self.count = len(points)
        if not points:
            self.step_lat = self.step_lon = 1.0
            self.columns = 360
            return
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        middle = math.radians((max(lats) + min(lats)) / 2)
        shrink = max(math.cos(middle), 0.25)
        area = max((max(lats) - min(lats)) * (max(lons) - min(lons)) * shrink, 1e-6)
        self.step_lat = min(max(math.sqrt(area * _PER_CELL / len(points)), 0.002), 10.0)
        self.step_lon = self.step_lat / shrink
        self.columns = max(1, math.ceil(360 / self.step_lon))
        for lat, lon, index in points:
            self.cells.setdefault(self._cell(lat, lon), []).append(index)

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        row = int((lat + 90) // self.step_lat)
        column = int((lon + 180) // self.step_lon) % self.columns
        return row, column

    def nearest(
        self,
        phi: float,
        lam: float,
        limit: int,
        keep: Callable[[int], bool],
        terms: Callable[[float, float, Iterable[int]], Iterator[tuple[float, int]]],
    ) -> list[tuple[float, int]]:
        """The limit nearest kept points: rings of cells until none can hold a nearer one."""
        if not self.cells:
            return []
        lat, lon = math.degrees(phi), math.degrees(lam)
        row, column = self._cell(lat, lon)
        rows = math.ceil(180 / self.step_lat) + 1
        best: list[tuple[float, int]] = []  # a max-heap by term, as (-term, index)
        cos_phi = math.cos(phi)
        probes, budget = 0, 4 * len(self.cells) + 64
        ring = 0
        while True:
            cells = self._ring(row, column, ring, rows)
            probes += len(cells)
            for cell in cells:
                members = self.cells.get(cell)
                if members is None:
                    continue
                for term, index in terms(phi, lam, (i for i in members if keep(i))):
                    if len(best) < limit:
                        heapq.heappush(best, (-term, index))
                    elif term < -best[0][0]:
                        heapq.heapreplace(best, (-term, index))
            bound, everything = self._outside_bound(lat, lon, cos_phi, row, column, ring, rows)
            if everything or (len(best) == limit and -best[0][0] <= bound):
                break
            if probes > budget:
                # Far from every facility: measuring the rest beats probing empty cells.
                seen = {i for _, i in best}
                rest = (i for members in self.cells.values() for i in members if i not in seen)
                candidates = [(-t, i) for t, i in best]
                candidates += list(terms(phi, lam, (i for i in rest if keep(i))))
                return heapq.nsmallest(limit, candidates)
            ring += 1
        return sorted((-t, i) for t, i in best)

    def _ring(self, row: int, column: int, ring: int, rows: int) -> set[tuple[int, int]]:
        """The cells at Chebyshev distance ring from (row, column); columns wrap round."""
        if ring == 0:
            return {(row, column)}
        found: set[tuple[int, int]] = set()
        wrap = self.columns
        for r in range(max(row - ring, 0), min(row + ring, rows) + 1):
            if r in (row - ring, row + ring):
                span: Iterable[int] = range(column - ring, column + ring + 1)
            else:
                span = (column - ring, column + ring)
            found.update((r, c % wrap) for c in span)
        return found

    def _outside_bound(
        self,
        lat: float,
        lon: float,
        cos_phi: float,
        row: int,
        column: int,
        ring: int,
        rows: int,
    ) -> tuple[float, bool]:
        """The haversine term no point outside the visited rings can be below, and whether
        the rings already cover the globe."""
        low = (row - ring) * self.step_lat - 90
        high = (row + ring + 1) * self.step_lat - 90
        lat_gap = min(lat - low if low > -90 else math.inf, high - lat if high < 90 else math.inf)
        if 2 * ring + 1 >= self.columns:
            lon_gap = math.inf
        else:
            west = (column - ring) * self.step_lon - 180
            east = (column + ring + 1) * self.step_lon - 180
            lon_gap = min(lon - west, east - lon) if west <= lon <= east else 0.0
        if lat_gap == math.inf and lon_gap == math.inf:
            return math.inf, True
        # Distance to a parallel is at least the latitude gap; to a meridian, asin(cos φ sin Δλ).
        angle = math.radians(lat_gap)
        if lon_gap != math.inf:
            gap = math.radians(min(lon_gap, 90.0))
            angle = min(angle, math.asin(min(1.0, cos_phi * math.sin(gap))))
        return math.sin(min(angle, math.pi) / 2) ** 2, False


class _HoursGroups:
    """Facilities grouped by what decides whether they are open, apart from single dates.

    A group shares its week, zone and holiday rules (or its opening_hours text, zone and
    country). Facilities with an exception on the day asked about form groups of their own
    for that day (same group, same exceptions then), worked out once per day and kept.
    """

    def __init__(self, facilities: list[Facility]) -> None:
        self.facilities = facilities
        self.group_of: list[int] = []
        self.representatives: list[Facility] = []
        self.members: list[list[int]] = []
        self.unknown: list[int] = []
        self.exceptions: dict[dt.date, list[int]] = {}
        self.zones: list[zoneinfo.ZoneInfo] = []
        self._days: dict[tuple[dt.date, ...], _DayGroups] = {}
        groups: dict[object, int] = {}
        zone_numbers: dict[str, int] = {}
        self._zone_of_group: list[int] = []
        for index, facility in enumerate(facilities):
            hours = facility.hours
            if hours is None:
                self.group_of.append(-1)
                self.unknown.append(index)
                continue
            key: object
            if isinstance(hours, OpeningHours):
                holidays = hours.holidays
                country = facility.country if holidays is not None else ""
                key = ("week", hours.week, holidays, facility.timezone, country)
                for day in hours.exceptions:
                    self.exceptions.setdefault(day, []).append(index)
            else:
                key = ("text", hours, facility.timezone, facility.country)
            group = groups.get(key)
            if group is None:
                group = groups[key] = len(self.representatives)
                self.representatives.append(_with_exceptions(facility, {}))
                self.members.append([])
                if facility.timezone not in zone_numbers:
                    zone_numbers[facility.timezone] = len(self.zones)
                    self.zones.append(facility_zone(facility.timezone))
                self._zone_of_group.append(zone_numbers[facility.timezone])
            self.group_of.append(group)
            self.members[group].append(index)

    def at(self, at: dt.datetime) -> _States:
        """Open flags for the instant at."""
        today = tuple(at.astimezone(zone).date() for zone in self.zones)
        days = self._days.get(today)
        if days is None:
            if len(self._days) > 8:
                self._days.clear()
            days = self._days[today] = self._day_groups(today)
        return _States(self, days, at)

    def _day_groups(self, today: tuple[dt.date, ...]) -> _DayGroups:
        """The facilities whose exceptions touch each zone's today or yesterday, grouped."""
        days = _DayGroups()
        dates = {d - offset for d in today for offset in (dt.timedelta(0), _DAY)}
        touched = {i for d in dates for i in self.exceptions.get(d, ())}
        if not touched:
            days.moved = [0] * len(self.members)
            return days
        keys: dict[object, int] = {}
        for index in sorted(touched):
            group = self.group_of[index]
            local = today[self._zone_of_group[group]]
            hours = self.facilities[index].hours
            assert isinstance(hours, OpeningHours)
            near = {d: hours.exceptions[d] for d in (local, local - _DAY) if d in hours.exceptions}
            if not near:
                continue  # an exception in another zone's today, not this facility's
            key = (group, tuple(sorted(near.items())))
            number = keys.get(key)
            if number is None:
                number = keys[key] = len(days.representatives)
                days.representatives.append(_with_exceptions(self.representatives[group], near))
                days.members.append([])
            days.members[number].append(index)
            days.group_of[index] = number
        days.moved = [0] * len(self.members)
        for index in days.group_of:
            days.moved[self.group_of[index]] += 1
        return days


@dataclass
class _DayGroups:
    """For one day: facilities with an exception then, grouped; the rest of each group."""

    representatives: list[Facility] = dataclasses.field(default_factory=list)
    members: list[list[int]] = dataclasses.field(default_factory=list)
    group_of: dict[int, int] = dataclasses.field(default_factory=dict)
    # How many of each group's members are in a group of the day instead.
    moved: list[int] = dataclasses.field(default_factory=list)


def _with_exceptions(facility: Facility, exceptions: dict[dt.date, DayHours]) -> Facility:
    """facility with only these exceptions: one facility stands for its whole group."""
    hours = facility.hours
    if isinstance(hours, OpeningHours) and hours.exceptions != exceptions:
        return dataclasses.replace(
            facility, hours=dataclasses.replace(hours, exceptions=exceptions)
        )
    return facility


class _States:
    """Whether each facility is open at one instant: each group checked once."""

    def __init__(self, groups: _HoursGroups, days: _DayGroups, at: dt.datetime) -> None:
        self.groups = groups
        self.days = days
        check = OpenCheck(at)
        self.open_group = [check(f) for f in groups.representatives]
        self.open_day_group = [check(f) for f in days.representatives]

    def state(self, index: int) -> bool | None:
        """True open, False closed, None unknown."""
        day_group = self.days.group_of.get(index)
        if day_group is not None:
            return self.open_day_group[day_group]
        group = self.groups.group_of[index]
        return None if group < 0 else self.open_group[group]

    def possible(
        self, most: int, wanted: tuple[bool | None, ...] = (True, None)
    ) -> list[int] | None:
        """Every facility in a wanted state (by default open or unknown), each once; None
        when there are more than most (walking the grid is then quicker)."""
        groups, days = self.groups, self.days
        open_groups = [g for g, state in enumerate(self.open_group) if state in wanted]
        open_days = [g for g, state in enumerate(self.open_day_group) if state in wanted]
        total = len(groups.unknown) if None in wanted else 0
        total += sum(len(groups.members[g]) - days.moved[g] for g in open_groups)
        total += sum(len(days.members[g]) for g in open_days)
        if total > most:
            return None
        found = list(groups.unknown) if None in wanted else []
        for group in open_groups:
            members = groups.members[group]
            if days.moved[group] == 0:
                found += members
            elif days.moved[group] < len(members):
                found += [i for i in members if i not in days.group_of]
        for group in open_days:
            found += days.members[group]
        return found
