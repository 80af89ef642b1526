"""Great-circle distances between coordinates, in kilometres or miles; the zone at a point."""

from __future__ import annotations

import enum
import functools
import math
import zoneinfo

import tzfpy

# The mean Earth radius (IUGG), the usual choice for the haversine formula.
EARTH_RADIUS_KM = 6371.0088
KM_PER_MILE = 1.609344


class Units(enum.StrEnum):
    """How distances are shown to the agent."""

    KM = "km"
    MILES = "mi"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance in kilometres between two points in decimal degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_dphi = (phi2 - phi1) / 2
    half_dlambda = math.radians(lon2 - lon1) / 2
    a = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    return chord_to_km(a)


def chord_to_km(a: float) -> float:
    """Kilometres from the haversine term a = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)."""
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, max(0.0, a))))


def km_to_chord(km: float) -> float:
    """The haversine term a for a distance: the inverse of chord_to_km."""
    if km >= math.pi * EARTH_RADIUS_KM:
        return 1.0
    return math.sin(max(0.0, km) / (2 * EARTH_RADIUS_KM)) ** 2


def convert(km: float, units: Units) -> float:
    """km in the given units."""
    return km / KM_PER_MILE if units is Units.MILES else km


def format_distance(km: float, units: Units) -> str:
    """'350 m', '2.4 km', '14 km'; '0.3 mi', '9 mi' in miles."""
    if units is Units.MILES:
        miles = km / KM_PER_MILE
        return f"{miles:.1f} mi" if miles < 10 else f"{miles:.0f} mi"
    if km < 1:
        return f"{round(km * 1000, -1):.0f} m"
    return f"{km:.1f} km" if km < 10 else f"{km:.0f} km"


@functools.lru_cache(maxsize=65536)
def zone_at(lat: float, lon: float) -> str:
    """The IANA time zone at a point, from the zone boundaries tzfpy ships (offline).

    Works where a country has several zones (Canary Islands, the United States); a point
    at sea gets its nautical zone (Etc/GMT+2), and anything unusable gives UTC.
    """
    name = tzfpy.get_tz(lon, lat)
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return "UTC"
    return name
