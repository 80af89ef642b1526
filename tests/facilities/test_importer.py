"""`kbassist facilities import`: a library list export becomes a facility file that passes check."""

from __future__ import annotations

import csv
import io
import json
import stat
from pathlib import Path

import pytest
import yaml

from kbassist.cli import main
from kbassist.content.folder import load_content
from kbassist.facilities.importer import FacilityImportError, slug, write_facility_file
from tests.contentkit import write

HEADER = [
    "Library name",
    "Address 1",
    "Address 2",
    "Address 3",
    "Postcode",
    "latitude",
    "longitude",
    "Monday staffed hours",
    "Tuesday staffed hours",
    "Wednesday staffed hours",
    "Thursday staffed hours",
    "Friday staffed hours",
    "Saturday staffed hours",
    "Sunday staffed hours",
    "Email address",
    "Year closed",
    "Wifi",
]
WEEK = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
DAY_COLUMNS = HEADER[7:14]
MAPPING = [
    "name=Library name",
    "address1=Address 1",
    "address2=Address 2",
    "city=Address 3",
    "postcode=Postcode",
    "lat=latitude",
    "lon=longitude",
    "email=Email address",
    *(f"{day}={column}" for day, column in zip(WEEK, DAY_COLUMNS, strict=True)),
]


def library_row(name: str, lat: str = "51.5", lon: str = "-0.1", **cells: str) -> list[str]:
    """A row of the library list; cells are given by column name (weekdays by mon..sun)."""
    row = dict.fromkeys(HEADER, "")
    row.update(
        {"Library name": name, "Address 1": "1 High Street", "Address 3": "Camden"},
        latitude=lat,
        longitude=lon,
        Postcode="NW1 1AA",
    )
    for key, value in cells.items():
        column = DAY_COLUMNS[WEEK.index(key)] if key in WEEK else key.replace("_", " ")
        row[column] = value
    return [row[h] for h in HEADER]


def csv_text(rows: list[list[str]], header: list[str] = HEADER, delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    write(root, "facilities/places.csv", "place,lat,lon\nNW1,51.53,-0.14\n")
    return root


def run_import(content: Path, source: Path, *extra: str) -> int:
    return main(
        [
            "facilities",
            "import",
            str(source),
            "--content",
            str(content),
            "--map",
            *MAPPING,
            "--set",
            "country=GB",
            "timezone=Europe/London",
            *extra,
        ]
    )


def loaded(path: Path) -> list[dict[str, object]]:
    data = yaml.safe_load(path.read_text("utf-8"))
    assert isinstance(data, list)
    return data


def test_library_list_imports_and_passes_check(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        library_row(
            "Camden Library",
            mon="09:00-19:00",
            tue="10:00-13:00,14:00-17:00",
            Email_address="camden@example.org",
            Wifi="yes",
        ),
        library_row("Old Library", mon="09:00-17:00", Year_closed="2019"),
        library_row("Kentish Town Library"),
        library_row("Camden Library", sat="10:00-16:00"),
    ]
    source = write(tmp_path, "libraries.csv", csv_text(rows))
    assert run_import(content, source, "--skip-if", "Year closed") == 0
    out = capsys.readouterr().out
    assert "Imported 3 facilities" in out
    assert "Skipped 1 row where 'Year closed' is not empty: 3." in out

    written = content / "facilities" / "libraries.yaml"
    entries = loaded(written)
    assert [e["id"] for e in entries] == [
        "camden-library",
        "kentish-town-library",
        "camden-library-2",
    ]
    first = entries[0]
    assert first["address"] == ["1 High Street"]
    assert (first["city"], first["postcode"], first["country"]) == ("Camden", "NW1 1AA", "GB")
    assert first["email"] == "camden@example.org"
    assert first["notes"] == "Wifi: yes"
    assert first["hours"] == {
        "mon": "09:00-19:00",
        "tue": "10:00-13:00,14:00-17:00",
        "wed": "closed",
        "thu": "closed",
        "fri": "closed",
        "sat": "closed",
        "sun": "closed",
    }
    # A row without any hours has unknown hours: no hours key at all.
    assert "hours" not in entries[1]

    checked = load_content(content)
    assert [str(p) for p in checked.problems] == []
    assert checked.facilities["camden-library"].hours is not None
    assert checked.facilities["kentish-town-library"].hours is None
    assert main(["check", "--content", str(content)]) == 0


def test_failed_rows_are_reported_with_row_numbers_and_the_rest_imported(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        library_row("Good Library", mon="09:00-17:00"),
        library_row("No Place", lat="", lon=""),
        library_row("Bad Hours", mon="nine to five"),
        library_row("", mon="09:00-17:00"),
        library_row("Far North", lat="95", lon="0"),
    ]
    source = write(tmp_path, "mixed.csv", csv_text(rows))
    assert run_import(content, source) == 1
    out = capsys.readouterr().out
    assert "Imported 2 facilities into" in out
    assert "Failed 3 rows" in out
    # No coordinates is no failure: the row is placed by its postcode district, NW1.
    assert "Placement: 1 facility given coordinates; 1 facility placed by postcode district." in out
    assert "row 3:" not in out
    assert "row 4: Monday staffed hours: 'nine to five' is not a time range" in out
    assert "row 5: " in out and "name" in out
    assert "row 6: Facility 'far-north' has coordinates out of range or missing (lat 95.0" in out
    entries = loaded(content / "facilities" / "mixed.yaml")
    assert [e["id"] for e in entries] == ["good-library", "no-place"]
    assert (entries[1]["lat"], entries[1]["lon"], entries[1]["placed"]) == (
        51.53,
        -0.14,
        "district",
    )
    assert main(["check", "--content", str(content)]) == 0


def test_existing_file_needs_replace_and_is_kept_as_backup(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path, "libraries.csv", csv_text([library_row("First Library")]))
    assert run_import(content, source) == 0
    target = content / "facilities" / "libraries.yaml"
    before = target.read_text("utf-8")

    write(tmp_path, "libraries.csv", csv_text([library_row("Second Library")]))
    assert run_import(content, source) == 2
    assert "already exists" in capsys.readouterr().err
    assert target.read_text("utf-8") == before

    assert run_import(content, source, "--replace") == 0
    assert [e["id"] for e in loaded(target)] == ["second-library"]
    assert (content / "facilities" / "libraries.yaml.bak").read_text("utf-8") == before
    assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]
    assert main(["check", "--content", str(content)]) == 0


def test_written_file_is_readable_like_other_content_and_keeps_its_mode(
    content: Path, tmp_path: Path
) -> None:
    source = write(tmp_path, "libraries.csv", csv_text([library_row("First Library")]))
    assert run_import(content, source) == 0
    target = content / "facilities" / "libraries.yaml"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    target.chmod(0o640)
    assert run_import(content, source, "--replace") == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_folder_that_cannot_be_written_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A file where facilities/ should be fails the write the way a read-only folder does.
    root = tmp_path / "blocked"
    write(root, "facilities", "not a folder")
    source = write(tmp_path, "libraries.csv", csv_text([library_row("A")]))
    assert run_import(root, source) == 2
    err = capsys.readouterr().err
    assert f"Nothing imported: cannot write {root / 'facilities' / 'libraries.yaml'}" in err
    assert "Nothing was changed" in err
    assert (root / "facilities").read_text("utf-8") == "not a folder"


def test_output_name_and_ids_clashing_with_other_files(content: Path, tmp_path: Path) -> None:
    write(
        content,
        "facilities/stores.yaml",
        """
        - id: camden-library
          name: Somebody else
          lat: 51.5
          lon: -0.1
        """,
    )
    source = write(tmp_path, "export.csv", csv_text([library_row("Camden Library")]))
    assert run_import(content, source, "--output", "libs") == 0
    assert [e["id"] for e in loaded(content / "facilities" / "libs.yaml")] == ["camden-library-2"]
    assert main(["check", "--content", str(content)]) == 0


def test_mapped_ids_must_be_unique(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = [*HEADER, "Code"]
    rows = [[*library_row("A"), "L1"], [*library_row("B"), "L1"], [*library_row("C"), "L2"]]
    source = write(tmp_path, "coded.csv", csv_text(rows, header))
    assert run_import(content, source, "--map", "id=Code") == 1
    assert "row 3: id 'L1' is used by another facility" in capsys.readouterr().out
    assert [e["id"] for e in loaded(content / "facilities" / "coded.yaml")] == ["L1", "L2"]


def test_windows_1252_file_is_read_with_a_warning(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = csv_text([library_row("Bibliothèque Šiška", mon="09:00-17:00")])
    source = tmp_path / "legacy.csv"
    source.write_bytes(text.encode("cp1252"))
    assert run_import(content, source) == 0
    captured = capsys.readouterr()
    assert "not UTF-8" in captured.err and "Windows-1252" in captured.err
    entry = loaded(content / "facilities" / "legacy.yaml")[0]
    assert entry["name"] == "Bibliothèque Šiška"
    assert entry["id"] == "bibliotheque-siska"


def test_utf8_with_bom_semicolons_and_decimal_commas(content: Path, tmp_path: Path) -> None:
    rows = [library_row("Žiri", lat="46,05", lon="14,1", mon="9.00-12.00; 13.00-17.00")]
    source = tmp_path / "semi.csv"
    source.write_bytes(b"\xef\xbb\xbf" + csv_text(rows, delimiter=";").encode("utf-8"))
    assert run_import(content, source) == 0
    entry = loaded(content / "facilities" / "semi.yaml")[0]
    assert (entry["name"], entry["lat"], entry["lon"]) == ("Žiri", 46.05, 14.1)
    assert entry["hours"]["mon"] == "09:00-12:00,13:00-17:00"  # type: ignore[index]


def test_time_zone_from_the_coordinates_when_not_given(content: Path, tmp_path: Path) -> None:
    header = [*HEADER, "Country"]
    rows = [
        [*library_row("Vič", lat="46.0425", lon="14.4869"), "si"],
        # Spain has two zones: the Canary Islands are an hour behind Madrid.
        [*library_row("Biblioteca Pública de Las Palmas", lat="28.1099", lon="-15.4167"), "es"],
        [*library_row("Biblioteca Pública de Madrid", lat="40.4169", lon="-3.7035"), "es"],
    ]
    source = write(tmp_path, "zones.csv", csv_text(rows, header))
    mapping = [*MAPPING, "country=Country"]
    args = ["facilities", "import", str(source), "--content", str(content), "--map", *mapping]
    assert main(args) == 0
    zones = [(e["country"], e["timezone"]) for e in loaded(content / "facilities" / "zones.yaml")]
    assert zones == [("SI", "Europe/Ljubljana"), ("ES", "Atlantic/Canary"), ("ES", "Europe/Madrid")]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--map", "name=Nope"], "no column 'Nope'"),
        (["--map", "colour=Postcode"], "'colour' is not a facility field"),
        (["--map", "name"], "FIELD=VALUE"),
        (["--skip-if", "Nope"], "no column 'Nope'"),
        (["--output", "../escape"], "plain file name"),
    ],
)
def test_bad_arguments_write_nothing(
    content: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    source = write(tmp_path, "libraries.csv", csv_text([library_row("A")]))
    assert run_import(content, source, *extra) == 2
    assert message in capsys.readouterr().err
    assert not (content / "facilities" / "libraries.yaml").exists()


def test_missing_file_and_missing_content_folder(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_import(content, tmp_path / "nothing.csv") == 2
    assert "cannot read the file" in capsys.readouterr().err
    source = write(tmp_path, "libraries.csv", csv_text([library_row("A")]))
    assert main(["facilities", "import", str(source), "--map", *MAPPING]) == 2
    assert "--content DIR" in capsys.readouterr().err


def test_coordinates_must_be_mapped(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write(tmp_path, "libraries.csv", csv_text([library_row("A")]))
    args = ["facilities", "import", str(source), "--content", str(content)]
    assert main([*args, "--map", "name=Library name", "lat=latitude"]) == 2
    assert "--map lat=COLUMN lon=COLUMN" in capsys.readouterr().err
    assert not (content / "facilities" / "libraries.yaml").exists()


def test_slug() -> None:
    assert slug("Šiška Library (Main)") == "siska-library-main"
    assert slug("   ") == "facility"


def test_round_the_clock_and_past_midnight_hours_survive(content: Path, tmp_path: Path) -> None:
    rows = [library_row("All Hours", mon="00:00-24:00", fri="18:00-02:00", sat="20:00-00:00")]
    source = write(tmp_path, "late.csv", csv_text(rows))
    assert run_import(content, source) == 0
    hours = loaded(content / "facilities" / "late.yaml")[0]["hours"]
    assert hours["mon"] == "00:00-24:00"  # type: ignore[index]
    assert hours["fri"] == "18:00-02:00"  # type: ignore[index]
    assert hours["sat"] == "20:00-24:00"  # type: ignore[index]
    assert main(["check", "--content", str(content)]) == 0


def test_nothing_is_written_when_the_text_would_not_read_back(tmp_path: Path) -> None:
    target = tmp_path / "facilities" / "x.yaml"
    entry = {"id": "x", "name": "X", "lat": 1.0, "lon": 2.0, "hours": {"mon": "00:00-00:00"}}
    with pytest.raises(FacilityImportError, match="mon hours"):
        write_facility_file([entry], "x.csv", target, replace=False)
    assert not target.exists()
    assert not target.parent.exists() or not list(target.parent.iterdir())


def test_openstreetmap_hours_and_a_holidays_column_are_imported(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = [*HEADER, "OSM", "Bank holidays"]
    rows = [
        [*library_row("Osm Library"), "Mo-Fr 09:00-17:00; PH off", ""],
        [*library_row("Week Library", mon="09:00-17:00"), "", "closed"],
        [*library_row("Bad Library"), "Mo-Fx 09:00", ""],
    ]
    source = write(tmp_path, "mixed-hours.csv", csv_text(rows, header))
    mapping = [*MAPPING, "opening_hours=OSM", "holidays=Bank holidays"]
    args = ["facilities", "import", str(source), "--content", str(content), "--map", *mapping]
    assert main(args) == 1
    assert "row 4: Invalid opening hours: 'Mo-Fx 09:00' is not OpenStreetMap" in (
        capsys.readouterr().out
    )
    entries = loaded(content / "facilities" / "mixed-hours.yaml")
    assert entries[0]["hours"] == "Mo-Fr 09:00-17:00; PH off"
    week = entries[1]["hours"]
    assert isinstance(week, dict)
    assert (week["mon"], week["holidays"]) == ("09:00-17:00", "closed")


# -- a public list without coordinates, placed from the gazetteer ----------------------------

DATA = Path(__file__).parent / "data"
LIBRARY_MAPPING = [
    "name=Library name",
    "address1=Address 1",
    "address2=Address 2",
    "city=Town",
    "postcode=Postcode",
    "phone=Telephone",
    "email=Email address",
    *(f"{day}={column}" for day, column in zip(WEEK, DAY_COLUMNS, strict=True)),
]


@pytest.fixture
def uk_content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    write(root, "facilities/places.csv", (DATA / "gazetteer_sample.csv").read_text("utf-8"))
    return root


def import_libraries(root: Path) -> int:
    args = ["facilities", "import", str(DATA / "uk_libraries.csv"), "--content", str(root)]
    args += ["--map", *LIBRARY_MAPPING, "--set", "country=GB", "services=library"]
    return main([*args, "--skip-if", "Year closed", "--replace"])


def test_a_library_list_without_coordinates_is_placed_row_by_row(
    uk_content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert import_libraries(uk_content) == 0
    out = capsys.readouterr().out
    assert "Imported 40 facilities into" in out
    assert "Skipped 1 row where 'Year closed' is not empty: 41." in out
    assert (
        "Placement: 15 facilities placed by exact postcode; 22 facilities placed by postcode "
        "district; 1 facility placed by town." in out
    )
    assert "Not placed: 2 rows whose postcode and town are not in the gazetteer" in out
    assert "rows 40, 42." in out
    entries = {e["id"]: e for e in loaded(uk_content / "facilities" / "uk_libraries.yaml")}
    assert entries["barnsley-central-library"]["placed"] == "postcode"
    assert (entries["hoyland-library"]["placed"], entries["hoyland-library"]["lat"]) == (
        "district",
        53.5003,
    )
    assert entries["old-library-reading-room"]["placed"] == "town"
    # Unplaced rows keep everything but coordinates, and no zone is fixed for them yet.
    hoxne = entries["hoxne-village-library"]
    assert "lat" not in hoxne and "timezone" not in hoxne and hoxne["postcode"] == "IP21 5AS"
    assert entries["leeds-central-library"]["timezone"] == "Europe/London"
    assert main(["check", "--content", str(uk_content)]) == 0


def test_placed_libraries_show_how_they_were_placed_and_unplaced_ones_are_found_by_name(
    uk_content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert import_libraries(uk_content) == 0
    capsys.readouterr()
    assert main(["facilities", "near", "S74", "--content", str(uk_content), "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "1. Hoyland Library — ≈ 0 m (placed by postcode district)" in out
    assert "2. Barnsley Central Library — ≈ 6.3 km (placed by exact postcode)" in out
    # Hoxne is in no gazetteer: typing it finds the library by its town, without distance.
    assert main(["facilities", "near", "Hoxne", "--content", str(uk_content), "--json"]) == 0
    [found] = json.loads(capsys.readouterr().out)
    assert (found["name"], found["distance_km"], found["placed"]) == (
        "Hoxne Village Library",
        None,
        "none",
    )
    assert main(["facilities", "near", "wenlock", "--content", str(uk_content)]) == 0
    out = capsys.readouterr().out
    assert "1. Much Wenlock Library — distance unknown (no coordinates)" in out


def test_an_imported_postcode_list_places_what_places_csv_lacks(
    uk_content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    places = ["places", "import", str(DATA / "onspd_sample.csv"), "--set", "country=GB"]
    assert main([*places, "--map", "place=pcds", "lat=lat", "lon=long"]) == 1
    assert import_libraries(uk_content) == 0
    out = capsys.readouterr().out
    assert "Not placed: 1 row whose postcode and town are not in the gazetteer" in out
    assert "rows 42." in out
    entries = {e["id"]: e for e in loaded(uk_content / "facilities" / "uk_libraries.yaml")}
    assert entries["much-wenlock-library"]["placed"] == "postcode"
    assert entries["hoyland-library"]["placed"] == "postcode"  # S74 9AF is in the list


def test_a_list_longer_than_a_yaml_file_holds_is_written_as_a_facility_csv(
    uk_content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Fifteen councils' worth of the same branches: more values than one YAML file may hold.
    lines = (DATA / "uk_libraries.csv").read_text("utf-8").splitlines()
    rows = [lines[0]] + [f"{n} {line}" for n in range(15) for line in lines[1:]]
    source = tmp_path / "uk_libraries.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    args = ["facilities", "import", str(source), "--content", str(uk_content)]
    assert main([*args, "--map", *LIBRARY_MAPPING, "--set", "country=GB"]) == 0
    captured = capsys.readouterr()
    assert "written as the facility CSV file uk_libraries.csv instead" in captured.err
    target = uk_content / "facilities" / "uk_libraries.csv"
    assert not (uk_content / "facilities" / "uk_libraries.yaml").exists()
    content = load_content(uk_content)
    assert len(content.facilities) == 15 * 41
    assert content.facilities["3-hoyland-library"].placement.value == "district"
    assert [p.code for p in content.problems if p.path == target].count("unplaced-facility") == 30
    assert main(["check", "--content", str(uk_content)]) == 0
    # Named as YAML, the same list is refused rather than written unreadable.
    assert main([*args, "--map", *LIBRARY_MAPPING, "--output", "big.yaml"]) == 2
    assert "name a CSV file instead: --output big.csv" in capsys.readouterr().err
