"""Address blocks laid out for each country, and map links."""

from __future__ import annotations

from pathlib import Path

from kbassist.facilities.address import address_block, map_url
from kbassist.facilities.countries import country_name
from kbassist.facilities.model import Facility


def facility(country: str, city: str, postcode: str, *lines: str) -> Facility:
    return Facility(
        id="f",
        name="F",
        path=Path("f.yaml"),
        line=1,
        lat=46.0569,
        lon=14.5058,
        address=lines,
        city=city,
        postcode=postcode,
        country=country,
    )


def test_uk_town_and_postcode_on_their_own_lines() -> None:
    camden = facility("GB", "London", "NW1 7AA", "Unit 4", "12 Parkway")
    assert address_block(camden) == "Unit 4\n12 Parkway\nLondon\nNW1 7AA"
    assert address_block(camden, include_country=True).endswith("\nNW1 7AA\nUnited Kingdom")


def test_europe_postcode_before_town() -> None:
    assert address_block(facility("SI", "Ljubljana", "1000", "Slovenska cesta 1")) == (
        "Slovenska cesta 1\n1000 Ljubljana"
    )
    assert address_block(facility("HR", "Zagreb", "10000", "Ilica 242"), True) == (
        "Ilica 242\n10000 Zagreb\nCroatia"
    )


def test_unknown_country_and_missing_parts() -> None:
    assert address_block(facility("", "Springfield", "", "1 Main St", "")) == (
        "1 Main St\nSpringfield"
    )
    assert address_block(facility("XX", "", "", "Somewhere"), include_country=True) == (
        "Somewhere\nXX"
    )
    assert country_name("si") == "Slovenia"


def test_map_url_points_at_the_coordinates() -> None:
    assert map_url(facility("SI", "", "")) == (
        "https://www.openstreetmap.org/?mlat=46.05690&mlon=14.50580#map=17/46.05690/14.50580"
    )
