"""`kbassist places`: import a public postcode or place list as this computer's gazetteer."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kbassist.commands import Subparsers, add_column_options, examples
from kbassist.common.i18n import _
from kbassist.common.plural import count
from kbassist.facilities.placestore import (
    STORE_FIELDS,
    PlaceStoreError,
    StoreReport,
    default_store_path,
    import_places,
)

# Exit statuses of `places import` and `facilities import`.
IMPORT_OK, IMPORT_SOME_FAILED, IMPORT_NOTHING_WRITTEN = 0, 1, 2


def register(
    subparsers: Subparsers[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """Add the places command and its subcommands."""
    parser = subparsers.add_parser(
        "places",
        help="import a postcode list to locate customers and place facilities",
        description="The gazetteer of this computer: a postcode or place list imported once, "
        "used with facilities/places.csv to locate customers and place facilities.",
        **examples(
            (
                _("Import a postcode list:"),
                "kbassist places import postcodes.csv --map place=pcds lat=lat lon=long "
                "--set country=GB kind=postcode",
            ),
        ),
    )
    parser.set_defaults(run=lambda _args: _usage(parser))
    commands = parser.add_subparsers(title="subcommands", metavar="SUBCOMMAND")
    imp = commands.add_parser(
        "import",
        parents=[common],
        help="import a CSV of places with coordinates (replaces the previous import)",
        description="Read a CSV of postcodes or places with coordinates into the gazetteer "
        "in this computer's data folder (the import says where). Full UK postcodes also give "
        "their districts. Exit 0 when every row was read, 1 when some rows were bad (the rest "
        "are imported), 2 when nothing was imported (the previous gazetteer is kept).",
        **examples(
            (
                _("Import a postcode list:"),
                "kbassist places import postcodes.csv --map place=pcds lat=lat lon=long "
                "--set country=GB kind=postcode",
            ),
        ),
    )
    imp.add_argument("file", type=Path, metavar="FILE.csv", help="the CSV file to import")
    add_column_options(
        imp,
        map_help=f"fields: {', '.join(STORE_FIELDS)}; e.g. place=pcds lat=lat lon=long",
        set_help="kind or country for every row, e.g. country=GB kind=postcode",
    )
    imp.set_defaults(run=run_import)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _fields(items: list[str], option: str, allowed: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lower()
        if not sep or name not in allowed or not value.strip():
            raise PlaceStoreError(
                f"{option} {item!r}: write FIELD=VALUE with FIELD one of {', '.join(allowed)}."
            )
        found[name] = value.strip()
    return found


def run_import(args: argparse.Namespace) -> int:
    """Import the list; print how many places, districts and bad rows (by row number)."""
    began = time.perf_counter()
    target = default_store_path()
    try:
        columns = _fields(args.map, "--map", STORE_FIELDS)
        fixed = _fields(args.set, "--set", ("kind", "country"))
        report = import_places(args.file, columns, fixed, target)
    except PlaceStoreError as exc:
        print(f"Nothing imported: {exc}", file=sys.stderr)
        return IMPORT_NOTHING_WRITTEN
    _summary(args.file, target, report, time.perf_counter() - began)
    return IMPORT_SOME_FAILED if report.bad_count else IMPORT_OK


def _summary(source: Path, target: Path, report: StoreReport, seconds: float) -> None:
    size = target.stat().st_size / 1_000_000
    print(
        f"Imported {count(report.places, 'place')} from {source} into {target} "
        f"({size:.1f} MB, {seconds:.1f} s); it replaces any earlier import."
    )
    if report.districts:
        print(f"Added {count(report.districts, 'postcode district')} from the full postcodes.")
    if report.repeated:
        print(f"Left out {count(report.repeated, 'row')} repeating a place already read.")
    if report.bad_count:
        print(f"Bad rows: {report.bad_count} (not imported; the header is row 1):")
        for bad in report.bad:
            print(f"  row {bad.row}: {bad.message}")
        if report.bad_count > len(report.bad):
            print(f"  and {report.bad_count - len(report.bad)} more.")
