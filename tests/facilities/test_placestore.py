"""The imported gazetteer: a public postcode list in SQLite, looked up lazily, replaced whole."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kbassist.cli import main
from kbassist.facilities.locate import Gazetteer, search_key
from kbassist.facilities.placestore import (
    PlaceStore,
    PlaceStoreError,
    default_store_path,
    import_places,
)

ONSPD = Path(__file__).parent / "data" / "onspd_sample.csv"
COLUMNS = {"place": "pcds", "lat": "lat", "lon": "long"}


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    target = tmp_path / "places.sqlite"
    import_places(ONSPD, COLUMNS, {"country": "GB"}, target)
    return target


def test_a_postcode_list_becomes_postcodes_and_their_districts(tmp_path: Path) -> None:
    target = tmp_path / "places.sqlite"
    report = import_places(ONSPD, COLUMNS, {"country": "GB"}, target)
    assert report.places == 16
    # S70 has three postcodes, S74 two, ... : each district is the mean of its postcodes.
    assert report.districts == 13
    assert [(bad.row, bad.message) for bad in report.bad] == [
        (9, "S1 1ZZ: no usable position (lat 99.999999, lon 0.000000)"),
        (19, "XX1 1XX: 'north' is not a number in decimal degrees"),
        (20, "no place name"),
    ]
    store = PlaceStore(target)
    [postcode] = store.lookup(search_key("s70 2jf"))
    assert (postcode.name, postcode.kind, postcode.country) == ("S70 2JF", "postcode", "GB")
    assert (postcode.lat, postcode.lon) == (53.552621, -1.479726)
    [district] = store.lookup("s70")
    assert district.kind == "district"
    assert district.lat == pytest.approx((53.552621 + 53.553290 + 53.551102) / 3, abs=1e-6)
    assert store.summary() == ("onspd_sample.csv", 29)
    store.close()


def test_nothing_is_read_until_the_first_lookup(store_file: Path) -> None:
    store = PlaceStore(store_file)
    assert store._connection is None
    assert [p.name for p in store.complete("s7", 3)] == ["S70", "S74", "S70 2DT"]
    assert store._connection is not None
    store.close()


def test_a_missing_store_finds_nothing(tmp_path: Path) -> None:
    store = PlaceStore(tmp_path / "none.sqlite")
    assert store.lookup("s702jf") == [] and store.complete("s7", 5) == []
    assert store.summary() is None


def test_the_gazetteer_asks_the_store_for_what_places_lack(store_file: Path) -> None:
    gazetteer = Gazetteer([], PlaceStore(store_file))
    assert gazetteer.locate("tf13 6ae").label == "TF13 6AE"
    # A full postcode the list lacks falls back to its district, from the list too.
    found = gazetteer.locate("S70 9ZZ")
    assert (found.kind, found.label) == ("district", "S70 (district of S70 9ZZ)")
    assert [p.name for p in gazetteer.complete("M2", 2)] == ["M2", "M21"]
    placed = gazetteer.place_of("SY8 1AT", "Ludlow", "GB")
    assert placed is not None and placed[0].name == "SY8 1AT"


def test_re_import_replaces_the_store_and_an_open_reader_follows(
    store_file: Path, tmp_path: Path
) -> None:
    store = PlaceStore(store_file)
    assert store.lookup("s702jf")
    smaller = tmp_path / "two.csv"
    smaller.write_text("Postcode,Latitude,Longitude\nAB1 0AA,57.10,-2.24\nAB1 0AB,57.11,-2.25\n")
    import_places(
        smaller, {"place": "Postcode", "lat": "Latitude", "lon": "Longitude"}, {}, store_file
    )
    assert store.lookup("s702jf") == []
    assert [p.name for p in store.lookup("ab10aa")] == ["AB1 0AA"]
    assert not list(tmp_path.glob(".*.tmp"))
    store.close()


def test_a_failed_import_keeps_the_previous_store(store_file: Path, tmp_path: Path) -> None:
    before = store_file.read_bytes()
    useless = tmp_path / "bad.csv"
    useless.write_text("place,lat,lon\nNowhere,,\n")
    with pytest.raises(PlaceStoreError, match=r"no row of bad\.csv is a place"):
        import_places(useless, {"place": "place", "lat": "lat", "lon": "lon"}, {}, store_file)
    with pytest.raises(PlaceStoreError, match="no column 'lng'"):
        import_places(ONSPD, {**COLUMNS, "lon": "lng"}, {}, store_file)
    assert store_file.read_bytes() == before


def test_a_damaged_store_is_no_crash(tmp_path: Path) -> None:
    broken = tmp_path / "places.sqlite"
    broken.write_bytes(b"not a database at all" * 100)
    assert PlaceStore(broken).lookup("s702jf") == []


def test_places_import_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "ONSPD_FEB_2027.csv"
    shutil.copy(ONSPD, source)
    args = ["places", "import", str(source), "--map", "place=pcds", "lat=lat", "lon=long"]
    assert main([*args, "--set", "country=GB"]) == 1  # some rows bad, the rest imported
    out = capsys.readouterr().out
    assert f"Imported 16 places from {source} into {default_store_path()}" in out
    assert "Added 13 postcode districts from the full postcodes." in out
    assert "Bad rows: 3 (not imported; the header is row 1):" in out
    assert "  row 9: S1 1ZZ: no usable position" in out
    with sqlite3.connect(default_store_path()) as connection:
        assert connection.execute("SELECT count(*) FROM places").fetchone() == (29,)
    assert main(["places", "import", str(source), "--map", "place=pcds"]) == 2
    assert "map the column with the lat" in capsys.readouterr().err
    assert main(["places", "import", str(source), "--map", "colour=pcds"]) == 2
    assert "FIELD one of place, lat, lon, kind, country" in capsys.readouterr().err


def test_a_repeated_place_keeps_its_first_row_and_counts_once_in_its_district(
    tmp_path: Path,
) -> None:
    source = tmp_path / "repeats.csv"
    source.write_text(
        "pcds,lat,long\nS70 2JF,53.5,-1.5\nS70 2JF,60.0,-1.0\nS70 2HT,53.7,-1.3\nS70 2JF,61,-2\n"
    )
    target = tmp_path / "places.sqlite"
    report = import_places(source, COLUMNS, {"country": "GB"}, target)
    assert (report.places, report.repeated, report.districts) == (2, 2, 1)
    with PlaceStore(target) as store:
        [postcode] = store.lookup("s702jf")
        [district] = store.lookup("s70")
        assert store.summary() == ("repeats.csv", 3)
    assert (postcode.lat, postcode.lon) == (53.5, -1.5)
    assert (district.lat, district.lon) == pytest.approx((53.6, -1.4), abs=1e-6)


def test_a_failed_import_leaves_no_temporary_file(tmp_path: Path) -> None:
    useless = tmp_path / "bad.csv"
    useless.write_text("pcds,lat,long\nNowhere,,\n")
    with pytest.raises(PlaceStoreError, match=r"no row of bad\.csv is a place"):
        import_places(useless, COLUMNS, {}, tmp_path / "places.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.csv"]
