"""Edge cases of the command line: odd times, negative coordinates, bad addresses, no tracebacks."""

from __future__ import annotations

from pathlib import Path

import pytest

from kbassist.cli import main
from tests.contentkit import LONDON_PLACES, LONDON_STORES, ORG_SETTINGS, write


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    write(root, "facilities/stores.yaml", LONDON_STORES)
    write(root, "facilities/places.csv", LONDON_PLACES)
    write(root, "kbassist.toml", ORG_SETTINGS)
    write(root, "replies/hello.md", "---\ntitle: Hello\n---\nHello.\n")
    return root


def _near(content: Path, *args: str) -> int:
    return main(["facilities", "near", *args, "--content", str(content)])


def test_open_at_the_end_of_time_is_out_of_range(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _near(content, "London", "--open-at", "9999-12-31T23:59") == 2
    assert "out of range" in capsys.readouterr().err
    assert _near(content, "London", "--open-at", "0001-01-01T00:00") == 2
    assert "out of range" in capsys.readouterr().err


def test_negative_coordinates_are_a_place_not_an_option(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _near(content, "-90,-180", "--limit", "1") == 0
    assert "Nearest to -90.00000, -180.00000" in capsys.readouterr().out
    assert _near(content, "-0.1;51.5", "--limit", "1") == 0


def test_coordinates_off_the_globe_are_out_of_range(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _near(content, "91,181") == 1
    err = capsys.readouterr().err
    assert "out of range" in err and "latitude must be -90 to 90" in err


def test_a_bad_recipient_is_named_before_rendering(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    eml = tmp_path / "out.eml"
    args = ["render", "hello", "--agent", "Me", "--content", str(content)]
    assert main([*args, "--to", "x@", "--eml", str(eml)]) == 2
    assert capsys.readouterr().err.startswith("--to: 'x@' is not")
    assert not eml.exists()
    assert main([*args, "--to", "a@example.com"]) == 2
    assert "--to is used only with --eml" in capsys.readouterr().err
