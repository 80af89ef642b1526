"""The imported postcode list reaches load_content only when the caller passes it, and closes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kbassist.cli import main
from kbassist.content.folder import load_content
from kbassist.facilities.model import Placement
from kbassist.facilities.placestore import PlaceStore, default_store_path, import_places
from kbassist.validation import load_checked
from tests.contentkit import write

ONSPD = Path(__file__).parents[1] / "facilities" / "data" / "onspd_sample.csv"
COLUMNS = {"place": "pcds", "lat": "lat", "lon": "long"}


def _library(root: Path) -> None:
    write(
        root,
        "facilities/libraries.yaml",
        "- id: barnsley\n  name: Barnsley Library\n  postcode: S70 2JF\n  country: GB\n",
    )


def _open_on(path: Path) -> int:
    """How many of this process's file descriptors are open on path."""
    target = str(path.resolve())
    return sum(1 for fd in Path("/proc/self/fd").iterdir() if os.path.realpath(fd) == target)


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    target = tmp_path / "places.sqlite"
    import_places(ONSPD, COLUMNS, {"country": "GB"}, target)
    return target


def test_facilities_are_placed_by_the_store_passed_in(tmp_path: Path, store_file: Path) -> None:
    root = tmp_path / "content"
    _library(root)
    # Not even the list in the user's data folder is read unless the caller passes it.
    import_places(ONSPD, COLUMNS, {"country": "GB"}, default_store_path())
    assert load_content(root).facilities["barnsley"].placement is Placement.UNPLACED
    with PlaceStore(store_file) as places:
        placed = load_checked(root, places=places).facilities["barnsley"]
        assert _open_on(store_file) == 1
    assert (placed.placement, placed.lat) == (Placement.POSTCODE, 53.552621)
    assert _open_on(store_file) == 0


def test_one_store_serves_every_reload_on_one_connection(tmp_path: Path, store_file: Path) -> None:
    root = tmp_path / "content"
    _library(root)
    with PlaceStore(store_file) as places:
        for _ in range(3):
            assert load_content(root, places=places).facilities["barnsley"].lat is not None
        assert _open_on(store_file) == 1
    assert _open_on(store_file) == 0


def test_check_and_near_place_by_the_imported_list_and_close_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "content"
    _library(root)
    import_places(ONSPD, COLUMNS, {"country": "GB"}, default_store_path())
    assert main(["check", "--content", str(root)]) == 0
    assert "unplaced-facility" not in capsys.readouterr().out
    assert main(["facilities", "near", "S70 2JF", "--content", str(root)]) == 0
    assert "1. Barnsley Library — ≈ 0 m (placed by exact postcode)" in capsys.readouterr().out
    assert _open_on(default_store_path()) == 0


@pytest.mark.parametrize("command", [["index"], ["review"], ["render", "no-such-template"]])
def test_other_loading_commands_leave_the_store_closed(
    tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "content"
    _library(root)
    import_places(ONSPD, COLUMNS, {"country": "GB"}, default_store_path())
    main([*command, "--content", str(root)])
    capsys.readouterr()
    assert _open_on(default_store_path()) == 0
