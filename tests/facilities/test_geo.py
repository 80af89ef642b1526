"""Great-circle distances against known city pairs, and their display in km and miles."""

from __future__ import annotations

import pytest

from kbassist.facilities.geo import (
    KM_PER_MILE,
    Units,
    chord_to_km,
    convert,
    format_distance,
    haversine_km,
    km_to_chord,
)

LONDON = (51.5072, -0.1276)
MANCHESTER = (53.4808, -2.2426)
LJUBLJANA = (46.0569, 14.5058)
ZAGREB = (45.8150, 15.9819)


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [
        (LONDON, MANCHESTER, 262),
        (LONDON, LJUBLJANA, 1217),
        (LJUBLJANA, ZAGREB, 117),
    ],
)
def test_known_city_pairs_within_one_percent(
    a: tuple[float, float], b: tuple[float, float], km: float
) -> None:
    assert haversine_km(*a, *b) == pytest.approx(km, rel=0.01)
    assert haversine_km(*b, *a) == pytest.approx(haversine_km(*a, *b))


def test_same_point_and_antipodes() -> None:
    assert haversine_km(*LONDON, *LONDON) == 0
    assert haversine_km(0, 0, 0, 180) == pytest.approx(20015.1, rel=1e-4)


def test_across_the_date_line_is_short() -> None:
    assert haversine_km(0, 179.5, 0, -179.5) == pytest.approx(111.2, rel=0.01)


def test_miles() -> None:
    assert convert(KM_PER_MILE, Units.MILES) == pytest.approx(1)
    assert convert(5, Units.KM) == 5


@pytest.mark.parametrize(
    ("km", "units", "text"),
    [
        (0.347, Units.KM, "350 m"),
        (2.44, Units.KM, "2.4 km"),
        (14.4, Units.KM, "14 km"),
        (0.5, Units.MILES, "0.3 mi"),
        (262, Units.MILES, "163 mi"),
    ],
)
def test_format_distance(km: float, units: Units, text: str) -> None:
    assert format_distance(km, units) == text


@pytest.mark.parametrize("km", [0, 0.5, 117, 1217, 20000])
def test_km_to_chord_inverts_chord_to_km(km: float) -> None:
    assert chord_to_km(km_to_chord(km)) == pytest.approx(km, abs=1e-6)
    assert km_to_chord(30000) == 1.0
