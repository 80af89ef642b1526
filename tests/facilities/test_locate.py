"""Finding the customer from a postcode, district, place name or coordinates."""

from __future__ import annotations

import pytest

from kbassist.facilities.locate import Gazetteer, UnknownPlaceError, edit_distance, search_key
from kbassist.facilities.model import Place

PLACES = [
    Place("NW1 7AA", 51.5390, -0.1426, "postcode", "GB"),
    Place("NW1", 51.5330, -0.1440, "district", "GB"),
    Place("NW3", 51.5530, -0.1720, "district", "GB"),
    Place("M1", 53.4790, -2.2360, "district", "GB"),
    Place("London", 51.5072, -0.1276, "city", "GB"),
    Place("Manchester", 53.4808, -2.2426, "city", "GB"),
    Place("Chorlton-cum-Hardy", 53.4427, -2.2776, "city", "GB"),
    Place("Ljubljana", 46.0569, 14.5058, "city", "SI"),
    Place("Šentvid", 46.0960, 14.4660, "city", "SI"),
    Place("Šiška", 46.0700, 14.4900, "city", "SI"),
    Place("1000", 46.0569, 14.5058, "postcode", "SI"),
    Place("Đakovo", 45.3100, 18.4100, "city", "HR"),
    Place("Zagreb", 45.8150, 15.9819, "city", "HR"),
    Place("Novi Zagreb", 45.7750, 15.9850, "city", "HR"),
]


@pytest.fixture
def gazetteer() -> Gazetteer:
    return Gazetteer(PLACES)


def test_search_key_folds_accents_and_drops_spacing() -> None:
    assert search_key("Šentvid") == "sentvid"
    assert search_key("Đakovo") == "dakovo"
    assert search_key(" nw1  7aa ") == "nw17aa"
    # Full-width characters, as a Chinese input method types them.
    assert search_key("ＮＷ１ ７ＡＡ") == "nw17aa"


@pytest.mark.parametrize("query", ["NW1 7AA", "nw17aa", " Nw1 7aA "])
def test_full_postcode_any_spacing_and_case(gazetteer: Gazetteer, query: str) -> None:
    found = gazetteer.locate(query)
    assert (found.lat, found.lon, found.kind, found.label) == (
        51.5390,
        -0.1426,
        "postcode",
        "NW1 7AA",
    )


def test_district(gazetteer: Gazetteer) -> None:
    found = gazetteer.locate("nw3")
    assert (found.lat, found.kind) == (51.5530, "district")


def test_unknown_full_postcode_falls_back_to_its_district(gazetteer: Gazetteer) -> None:
    found = gazetteer.locate("NW1 9ZZ")
    assert (found.lat, found.lon, found.kind) == (51.5330, -0.1440, "district")
    assert "NW1" in found.label and "NW1 9ZZ" in found.label
    assert gazetteer.locate("m19zz").lat == 53.4790


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("sentvid", "Šentvid"),
        ("ŠENTVID", "Šentvid"),
        ("siska", "Šiška"),
        ("dakovo", "Đakovo"),
        ("chorlton cum hardy", "Chorlton-cum-Hardy"),
        ("1000 Ljubljana", "1000"),
        ("Zagreb, Croatia", "Zagreb"),
    ],
)
def test_place_names_ignore_accents_case_and_punctuation(
    gazetteer: Gazetteer, query: str, name: str
) -> None:
    assert gazetteer.locate(query).label == name


def test_coordinates(gazetteer: Gazetteer) -> None:
    found = gazetteer.locate("46.05, 14.5")
    assert (found.lat, found.lon, found.kind) == (46.05, 14.5, "coordinates")
    assert gazetteer.locate("-33.9 151.2").lon == 151.2


def test_out_of_range_coordinates_are_not_a_place(gazetteer: Gazetteer) -> None:
    with pytest.raises(UnknownPlaceError):
        gazetteer.locate("95, 200")


def test_unknown_place_suggests_the_closest(gazetteer: Gazetteer) -> None:
    with pytest.raises(UnknownPlaceError) as caught:
        gazetteer.locate("Manchestr")
    assert caught.value.suggestions[0].name == "Manchester"
    assert "Manchestr" in caught.value.message
    assert "Did you mean: Manchester" in caught.value.message


def test_unknown_district_suggests_neighbours(gazetteer: Gazetteer) -> None:
    with pytest.raises(UnknownPlaceError) as caught:
        gazetteer.locate("NW8")
    names = [p.name for p in caught.value.suggestions]
    assert names[:2] == ["NW1", "NW3"]


def test_nothing_close_says_what_to_type(gazetteer: Gazetteer) -> None:
    with pytest.raises(UnknownPlaceError) as caught:
        gazetteer.locate("xyzzyq")
    assert caught.value.suggestions == []
    assert "postcode, a town, or coordinates" in caught.value.message


def test_empty_query(gazetteer: Gazetteer) -> None:
    with pytest.raises(UnknownPlaceError):
        gazetteer.locate("   ")
    assert gazetteer.complete("") == []


def test_complete_as_you_type(gazetteer: Gazetteer) -> None:
    assert [p.name for p in gazetteer.complete("sen")] == ["Šentvid"]
    assert [p.name for p in gazetteer.complete("zag")] == ["Zagreb", "Novi Zagreb"]
    assert [p.name for p in gazetteer.complete("nw1")] == ["NW1", "NW1 7AA"]
    assert [p.name for p in gazetteer.complete("nw", limit=2)] == ["NW1", "NW3"]
    # Letters alone are the start of a town before any postcode.
    assert [p.name for p in gazetteer.complete("m")][:2] == ["Manchester", "M1"]


def test_edit_distance() -> None:
    assert edit_distance("kitten", "sitting", 5) == 3
    assert edit_distance("abc", "abc", 0) == 0
    assert edit_distance("abcdef", "uvwxyz", 2) == 3
