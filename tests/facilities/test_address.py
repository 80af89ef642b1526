"""Address blocks laid out for each country from the postal data, country names, map links."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from kbassist.facilities.address import address_block, address_line, map_url
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
    # Written as people write it, not in the capitals of an envelope.
    assert address_line(camden) == "Unit 4, 12 Parkway, London, NW1 7AA"


def test_slovenia_croatia_and_greece_write_the_postcode_before_the_town() -> None:
    # The postal data's "SI-" prefix is for letters from abroad; it is left out.
    assert address_block(facility("SI", "Ljubljana", "1000", "Slovenska cesta 1")) == (
        "Slovenska cesta 1\n1000 Ljubljana"
    )
    assert address_block(facility("HR", "Zagreb", "10000", "Ilica 242"), True) == (
        "Ilica 242\n10000 Zagreb\nCroatia"
    )
    assert address_block(facility("GR", "Αθήνα", "105 63", "Ερμού 10"), True, "el") == (
        "Ερμού 10\n105 63 Αθήνα\nΕλλάδα"
    )


def test_china_runs_large_to_small_in_chinese_and_small_to_large_in_latin() -> None:
    chinese = facility("CN", "上海市", "200001", "南京东路100号")
    assert address_block(chinese, True, "zh") == "200001\n上海市\n南京东路100号\n中国"
    latin = facility("CN", "Shanghai", "200001", "100 Nanjing East Road")
    assert address_block(latin, True) == "100 Nanjing East Road\nShanghai\n200001\nChina"


def test_a_country_the_postal_data_lacks_and_missing_parts() -> None:
    assert address_block(facility("", "Springfield", "", "1 Main St", "")) == (
        "1 Main St\nSpringfield"
    )
    assert address_block(facility("XX", "Town", "123", "Somewhere"), include_country=True) == (
        "Somewhere\n123 Town\nXX"
    )
    # No region is known, so the comma before it goes too.
    assert address_block(facility("US", "Springfield", "62701", "1 Main St")) == (
        "1 Main St\nSpringfield 62701"
    )


@pytest.mark.parametrize(
    ("code", "language", "name"),
    [
        ("si", "en", "Slovenia"),
        ("SI", "sl", "Slovenija"),
        ("HR", "hr", "Hrvatska"),
        ("GR", "el", "Ελλάδα"),
        ("CN", "zh", "中国"),
        ("UK", "sl", "Združeno kraljestvo"),
        ("GB", "xx-unknown", "United Kingdom"),
        ("XX", "en", "XX"),
    ],
)
def test_country_names_in_the_agents_language(code: str, language: str, name: str) -> None:
    assert country_name(code, language) == name


def test_the_postal_data_is_read_from_the_package_without_a_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*_args: object) -> None:
        raise AssertionError("the address layout tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    # Portugal: a country no other test lays out, so its data is read now.
    assert address_block(facility("PT", "Lisboa", "1100-148", "Rua Augusta 24")) == (
        "Rua Augusta 24\n1100-148 Lisboa"
    )


def test_map_url_points_at_the_coordinates() -> None:
    assert map_url(facility("SI", "", "")) == (
        "https://www.openstreetmap.org/?mlat=46.05690&mlon=14.50580#map=17/46.05690/14.50580"
    )
