"""`kbassist facilities near`: nearest facilities as readable cards or JSON."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kbassist.cli import main
from kbassist.commands.facilities import parse_instant
from tests.contentkit import LONDON_PLACES, LONDON_STORES, write

# A third place whose hours are unknown, so it may be open at any time.
FACILITIES = (
    LONDON_STORES
    + """
- id: unknown
  name: Unknown Hours Point
  services: [collection]
  city: London
  country: GB
  lat: 51.60
  lon: -0.10
  timezone: Europe/London
"""
)


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    write(root, "facilities/stores.yaml", FACILITIES)
    write(root, "facilities/places.csv", LONDON_PLACES)
    return root


@pytest.fixture
def ljubljana_machine(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's local time zone is Europe/Ljubljana for the test."""
    monkeypatch.setenv("TZ", "Europe/Ljubljana")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def near(content: Path, *args: str) -> int:
    return main(["facilities", "near", *args, "--content", str(content)])


def test_json_list_nearest_first(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Friday 2027-03-05 12:00 London time.
    assert near(content, "NW1 7AA", "--json", "--open-at", "2027-03-05T12:00Z") == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in data] == ["camden", "unknown"]
    first = data[0]
    assert set(first) >= {"id", "name", "distance_km", "open", "opens_at", "closes_at"}
    assert set(first) >= {"address", "phone"}
    assert first["open"] is True
    assert first["closes_at"] == "2027-03-05T17:30:00+00:00"
    assert first["address"] == "12 Parkway\nLondon\nNW1 7AA"
    assert first["distance_km"] == 0
    assert data[1]["open"] is None


def test_without_open_at_everything_is_listed(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert near(content, "nw1", "9zz", "--json", "--limit", "3") == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in data] == ["camden", "islington", "unknown"]
    assert data[0]["distance_km"] < data[1]["distance_km"] < data[2]["distance_km"]


def test_service_filter_and_unknown_service(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert near(content, "London", "--service", "repairs", "--json") == 0
    assert [d["id"] for d in json.loads(capsys.readouterr().out)] == ["camden", "islington"]
    assert near(content, "London", "--service", "cakes") == 1
    assert "Services: collection, repairs, returns" in capsys.readouterr().err


def test_text_cards(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert near(content, "NW1 7AA", "--open-at", "2027-03-06T11:00+00:00", "--miles") == 0
    out = capsys.readouterr().out
    assert "Nearest to NW1 7AA (postcode), open at Sat 06 Mar 2027 11:00 +0000:" in out
    card = "1. Larkspur Islington — 1.7 mi\n   Open until 16:00\n   301 Upper Street\n   London"
    assert card in out
    assert "Larkspur Camden" not in out


def test_open_at_without_offset_is_machine_local_time(
    content: Path, capsys: pytest.CaptureFixture[str], ljubljana_machine: None
) -> None:
    # 18:00 in Ljubljana is 17:00 in London: the Camden store is open for 30 more minutes.
    assert parse_instant("2027-03-05T18:00").utcoffset() is not None
    assert near(content, "NW1 7AA", "--json", "--open-at", "2027-03-05T18:00") == 0
    data = json.loads(capsys.readouterr().out)
    assert data[0]["id"] == "camden"
    assert data[0]["status"] == "Closes in 30 minutes"


def test_unknown_place_lists_suggestions(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert near(content, "Londn") == 1
    err = capsys.readouterr().err
    assert "No place called 'Londn'" in err
    assert "Did you mean: London?" in err


def test_bad_open_at(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert near(content, "London", "--open-at", "next tuesday") == 2
    assert "2027-03-06T10:00" in capsys.readouterr().err


def test_coordinates_and_nothing_open(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Sunday: only the facility with unknown hours may be open.
    assert near(content, "51.54,-0.14", "--json", "--open-at", "2027-03-07T12:00Z") == 0
    assert [d["id"] for d in json.loads(capsys.readouterr().out)] == ["unknown"]
    assert (
        near(content, "51.54,-0.14", "--service", "repairs", "--open-at", "2027-03-07T12:00Z") == 1
    )
    assert "No facility matches" in capsys.readouterr().err


def test_missing_content_folder_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert near(tmp_path / "nowhere", "London") == 2
    assert f"The content folder {tmp_path / 'nowhere'} does not exist." in capsys.readouterr().err


def test_unknown_hours_are_listed_apart_never_as_open(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Saturday 11:00: Islington is open, Camden closed, the third place's hours unknown.
    assert near(content, "NW1 7AA", "--open-at", "2027-03-06T11:00+00:00") == 0
    out = capsys.readouterr().out
    opened, unknown = out.split("\nHours unknown – call before sending a customer:\n")
    assert "Larkspur Islington" in opened and "Unknown Hours Point" not in opened
    assert "2. Unknown Hours Point" in unknown
    assert "   Hours unknown – call before sending a customer" in unknown
    # Without a time filter nothing is grouped: every facility by distance.
    assert near(content, "NW1 7AA") == 0
    assert "call before sending a customer:" not in capsys.readouterr().out
