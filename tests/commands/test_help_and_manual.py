"""--help with examples for every command, --version, and docs/cli/ kept equal to the parser."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import pytest

from kbassist.cli import build_parser, main
from kbassist.commands import manual
from kbassist.common.i18n import SOURCE_LANGUAGE, language, set_language

DOCS = Path(__file__).parents[2] / "docs" / "cli"
SCRIPT = Path(__file__).parents[2] / "scripts" / "cli_docs.py"


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Help in the source language, as the pages are written, whatever this machine's locale."""
    before = language()
    set_language(SOURCE_LANGUAGE)
    yield
    set_language(before)


def _command_parsers() -> list[argparse.ArgumentParser]:
    return manual.all_parsers(build_parser())


def test_the_manual_pages_are_those_the_parser_gives() -> None:
    stale = manual.stale_pages(DOCS, build_parser())
    assert stale == [], (
        f"docs/cli/ is out of date for {', '.join(stale)}: "
        "run `.venv/bin/python scripts/cli_docs.py` and commit the pages"
    )


def test_every_command_and_subcommand_has_a_page() -> None:
    names = {manual.page_name(p.prog) for p in _command_parsers()}
    assert names == {p.name for p in DOCS.glob("kbassist*.md")}
    assert {"kbassist.md", "kbassist-check.md", "kbassist-facilities-near.md"} <= names


@pytest.mark.parametrize("parser", _command_parsers(), ids=lambda p: p.prog)
def test_every_help_ends_with_examples_of_that_command(
    parser: argparse.ArgumentParser, capsys: pytest.CaptureFixture[str]
) -> None:
    words = parser.prog.split()[1:]
    with pytest.raises(SystemExit) as exited:
        main([*words, "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "\nexamples:\n" in out, (
        f"`{parser.prog}` has no examples: give add_parser() **examples(...)"
    )
    shown = [line.strip() for line in out.split("\nexamples:\n")[1].splitlines()]
    commands = [line for line in shown if line.startswith(("kbassist", "wl-paste"))]
    assert commands, out
    # Each example names the command it documents (a parent's may name any of its children).
    assert all(" ".join(["kbassist", *words]) in command for command in commands), commands


def test_version_comes_from_the_installed_package(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"kbassist {version('kbassist')}\n"


def test_the_generator_writes_checks_and_removes_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "cli"
    parser = build_parser()
    assert manual.main(parser, folder, ["--check"]) == 1
    assert "kbassist-check.md is out of date" in capsys.readouterr().err
    assert manual.main(parser, folder, []) == 0
    written = {Path(line).name for line in capsys.readouterr().out.splitlines()}
    assert written == set(manual.pages(build_parser()))
    assert manual.main(parser, folder, ["--check"]) == 0
    (folder / "kbassist-gone.md").write_text("# kbassist gone\n", encoding="utf-8")
    (folder / "kbassist-check.md").write_text("edited by hand\n", encoding="utf-8")
    assert manual.main(parser, folder, ["--check"]) == 1
    err = capsys.readouterr().err
    assert "kbassist-gone.md is out of date" in err
    assert "kbassist-check.md is out of date" in err
    assert manual.main(parser, folder, []) == 0
    assert not (folder / "kbassist-gone.md").exists()
    page = (folder / "kbassist-check.md").read_text(encoding="utf-8")
    assert page == manual.pages(build_parser())["kbassist-check.md"]


def test_the_script_the_pages_are_made_with_runs(tmp_path: Path) -> None:
    script = [sys.executable, str(SCRIPT)]
    done = subprocess.run([*script, "--output", str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "kbassist-check.md").read_text(encoding="utf-8") == (
        manual.pages(build_parser())["kbassist-check.md"]
    )
    done = subprocess.run([*script, "--check"], capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (0, "")


def test_a_page_reads_like_a_man_page() -> None:
    page = manual.pages(build_parser())["kbassist-check.md"]
    headings = [line for line in page.splitlines() if line.startswith("#")]
    assert headings == [
        "# kbassist check",
        "## Synopsis",
        "## Description",
        "## Arguments",
        "## Options",
        "## Examples",
        "## See also",
    ]
    assert "- `--changed [REV]` — report the problems of content files changed" in page
    assert "```sh\nkbassist check --content . --changed\n```" in page
