"""Finding the customer from a postcode, district, place name or coordinates."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbassist.content.folder import load_content
from kbassist.facilities.locate import (
    Gazetteer,
    UnknownPlaceError,
    edit_distance,
    postcode_district,
    postcode_key,
    search_key,
)
from kbassist.facilities.model import Place, Placement, load_gazetteer
from kbassist.problems import ProblemList
from tests.contentkit import write

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


# -- placing facilities: full postcode, then district, then town -----------------------------


@pytest.mark.parametrize(
    ("postcode", "country", "district"),
    [
        ("SW1A 1AA", "GB", "SW1A"),
        ("sw1a1aa", "", "SW1A"),
        ("M21 9PN", "UK", "M21"),
        ("D02 X285", "IE", "D02"),
        ("1012 AB", "NL", "1012"),
        ("1000", "SI", None),
        ("SW1A", "GB", None),
    ],
)
def test_postcode_district(postcode: str, country: str, district: str | None) -> None:
    assert postcode_district(postcode, country) == district


def test_country_prefixes_and_spacing_are_dropped_from_postcodes() -> None:
    assert postcode_key("SI-1000") == postcode_key("1000") == "1000"
    assert postcode_key("HR 10000") == "10000"
    assert postcode_key("GR 105 57") == "10557"
    assert postcode_key(" sw1a 1aa ") == "sw1a1aa"


SAMPLE = Path(__file__).parent / "data" / "gazetteer_sample.csv"


@pytest.fixture
def sample() -> Gazetteer:
    return Gazetteer(load_gazetteer(SAMPLE, ProblemList()))


@pytest.mark.parametrize(
    ("postcode", "town", "country", "name", "placement"),
    [
        ("S70 2JF", "Barnsley", "GB", "S70 2JF", Placement.POSTCODE),
        ("S74 9AF", "Barnsley", "GB", "S74", Placement.DISTRICT),
        ("SY8 1AT", "Ludlow", "GB", "Ludlow", Placement.TOWN),
        ("", "newcastle upon tyne", "", "Newcastle upon Tyne", Placement.TOWN),
        ("SI-1000", "Ljubljana", "SI", "1000", Placement.POSTCODE),
        ("10000", "", "HR", "10000", Placement.POSTCODE),
        ("105 57", "Αθήνα", "GR", "10557", Placement.POSTCODE),
        ("", "Θεσσαλονίκη", "GR", "Θεσσαλονίκη", Placement.TOWN),
        ("200001", "上海", "CN", "200001", Placement.POSTCODE),
    ],
)
def test_place_of(
    sample: Gazetteer, postcode: str, town: str, country: str, name: str, placement: Placement
) -> None:
    found = sample.place_of(postcode, town, country)
    assert found is not None
    assert (found[0].name, found[1]) == (name, placement)


def test_a_place_in_another_country_never_places_a_facility(sample: Gazetteer) -> None:
    # 1000 is Ljubljana in the gazetteer; a Belgian 1000 (Brussels) must not land there.
    assert sample.place_of("1000", "Bruxelles", "BE") is None
    assert sample.place_of("IP21 5AS", "Hoxne", "GB") is None


def test_facility_files_without_coordinates_are_placed_when_loaded(tmp_path: Path) -> None:
    write(tmp_path, "facilities/places.csv", SAMPLE.read_text(encoding="utf-8"))
    write(
        tmp_path,
        "facilities/libraries.yaml",
        """\
- id: barnsley
  name: Barnsley Central Library
  postcode: S70 2JF
  country: GB
- id: hoyland
  name: Hoyland Library
  postcode: S74 9AF
  city: Barnsley
  country: GB
- id: maribor
  name: Mariborska knjižnica
  city: Maribor
  country: SI
- id: hoxne
  name: Hoxne Village Library
  city: Hoxne
  postcode: IP21 5AS
  country: GB
- id: given
  name: Surveyed
  lat: 51.5
  lon: -0.1
""",
    )
    content = load_content(tmp_path)
    found = content.facilities
    assert {i: f.placement for i, f in found.items()} == {
        "barnsley": Placement.POSTCODE,
        "hoyland": Placement.DISTRICT,
        "maribor": Placement.TOWN,
        "hoxne": Placement.UNPLACED,
        "given": Placement.GIVEN,
    }
    assert (found["hoyland"].lat, found["hoyland"].lon) == (53.5003, -1.4440)
    # The zone follows the coordinates found, as it would follow written ones.
    assert (found["barnsley"].timezone, found["maribor"].timezone) == (
        "Europe/London",
        "Europe/Ljubljana",
    )
    assert (found["hoxne"].lat, found["hoxne"].timezone) == (None, "Europe/London")
    [problem] = [p for p in content.problems if p.code == "unplaced-facility"]
    assert (problem.path.name, problem.line) == ("libraries.yaml", 14)
    assert "hoxne" in problem.message and "places.csv" in problem.message


def test_half_coordinates_are_still_an_error(tmp_path: Path) -> None:
    write(tmp_path, "facilities/f.yaml", "- id: a\n  name: A\n  lat: 51.5\n")
    content = load_content(tmp_path)
    assert content.facilities == {}
    assert [p.code for p in content.problems] == ["invalid-coordinates"]
