"""Turning a spreadsheet export (CSV) of places into a facility file in the content folder."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kbassist.common.atomicfile import write_atomic, write_failure_reason
from kbassist.common.csvfile import read_rows
from kbassist.common.folding import fold
from kbassist.common.i18n import _
from kbassist.common.yamlio import MAX_NODES
from kbassist.facilities.hours import (
    WEEKDAYS,
    HoursError,
    hours_entry,
    parse_day,
    parse_hours_text,
)
from kbassist.facilities.locate import Gazetteer, with_place
from kbassist.facilities.model import (
    CSV_COLUMNS,
    FACILITY_SUFFIXES,
    GAZETTEER_FILE,
    Facility,
    Placement,
    facility_from_row,
    load_facility_file,
)
from kbassist.problems import ProblemList, Severity

_DECIMAL_COMMA = re.compile(r"^\s*([-+]?\d+),(\d+)\s*$")
# Text YAML reads as itself without quotes: a letter first, then letters, digits, spaces and
# a little punctuation (no ':', '#', ',' or brackets, which YAML gives meaning to).
_PLAIN = re.compile(r"^[^\W\d_][\w .'()&/+@-]*(?<! )$")
_YAML_WORDS = frozenset({"yes", "no", "on", "off", "true", "false", "null", "y", "n"})


class FacilityImportError(Exception):
    """The import cannot start or cannot be written; the message says what to do."""


@dataclass(frozen=True)
class ImportPlan:
    """Which CSV column fills each facility field, fixed values, and rows to leave out."""

    mapping: dict[str, str] = field(default_factory=dict)
    fixed: dict[str, str] = field(default_factory=dict)
    skip_if: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowFailure:
    """A row that could not become a facility: its spreadsheet row number and why."""

    row: int
    message: str


@dataclass
class ImportReport:
    """What an import made of each row."""

    entries: list[dict[str, Any]] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    failed: list[RowFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # How each imported row was placed, and the rows that could not be (still imported).
    placements: dict[Placement, int] = field(default_factory=dict)
    unplaced: list[int] = field(default_factory=list)

    @property
    def imported(self) -> int:
        """Number of facilities made."""
        return len(self.entries)


@dataclass(frozen=True)
class Table:
    """A CSV file's header and rows (row numbers as a spreadsheet shows them)."""

    header: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str


def parse_assignments(items: Iterable[str], option: str) -> dict[str, str]:
    """{FIELD: VALUE} from ["FIELD=VALUE", ...]; unknown fields are an error."""
    found: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lower()
        if not sep or not name:
            raise FacilityImportError(
                _("{option} {item!r}: write it as FIELD=VALUE.").format(option=option, item=item)
            )
        if name not in CSV_COLUMNS:
            raise FacilityImportError(
                _(
                    "{option} {item!r}: '{name}' is not a facility field. Use one of: {join}."
                ).format(option=option, item=item, name=name, join=", ".join(CSV_COLUMNS))
            )
        found[name] = value.strip()
    return found


def read_table(path: Path) -> tuple[Table, list[str]]:
    """The CSV's rows, and warnings; UTF-8 (with or without BOM), else Windows-1252."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FacilityImportError(
            _("{path}: cannot read the file ({strerror}).").format(path=path, strerror=exc.strerror)
        ) from exc
    warnings = []
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
        line = data[: exc.start].count(b"\n") + 1
        warnings.append(
            f"{path.name} is not UTF-8 (first bad byte on line {line}); read it as Windows-1252. "
            "Check accented letters in the result, or export the sheet as 'CSV UTF-8'."
        )
    first_line = text.split("\n", 1)[0]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(first_line, ",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise FacilityImportError(
            _("{path}: the file is empty; it needs a header row.").format(path=path)
        ) from None
    except csv.Error as exc:
        raise FacilityImportError(
            _("{path}: not a CSV file ({exc}).").format(path=path, exc=exc)
        ) from exc
    rows = []
    try:
        # Row numbers as a spreadsheet shows them: the header is row 1.
        for number, row in enumerate(reader, start=2):
            rows.append((number, row))
    except csv.Error as exc:
        raise FacilityImportError(
            _("{path}, line {line_num}: {exc}.").format(
                path=path, line_num=reader.line_num, exc=exc
            )
        ) from exc
    return Table(header, rows, encoding), warnings


def column_index(header: Sequence[str], column: str, option: str) -> int:
    """Where column is in header, ignoring case and surrounding spaces."""
    wanted = column.strip().casefold()
    for index, name in enumerate(header):
        if name.casefold() == wanted:
            return index
    raise FacilityImportError(
        f"{option}: there is no column '{column}'. The columns are: "
        + ", ".join(f"'{h}'" for h in header if h)
        + "."
    )


def slug(text: str) -> str:
    """A lower-case, hyphenated id from a name: 'Šiška Library' -> 'siska-library'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "facility"


def import_table(
    table: Table,
    plan: ImportPlan,
    source: Path,
    taken_ids: Iterable[str] = (),
    gazetteer: Gazetteer | None = None,
) -> ImportReport:
    """Every row of table as a facility entry for a YAML file, or a skip or a failure.

    A row without coordinates is placed from gazetteer by its postcode, postcode district
    or town; one that cannot be placed is still imported, without coordinates.
    """
    header = table.header
    columns = {f: column_index(header, c, f"--map {f}={c}") for f, c in plan.mapping.items()}
    skip = [column_index(header, c, f"--skip-if {c}") for c in plan.skip_if]
    used = set(columns.values()) | set(skip)
    extra = [(i, name) for i, name in enumerate(header) if i not in used and name]
    report = ImportReport()
    taken = {ident.casefold() for ident in taken_ids}
    gazetteer = gazetteer or Gazetteer(())
    for number, cells in table.rows:
        if not any(cell.strip() for cell in cells):
            continue
        if any(_cell(cells, i) for i in skip):
            report.skipped.append(number)
            continue
        values = {f: _cell(cells, i) for f, i in columns.items()}
        for name, value in plan.fixed.items():
            values[name] = values.get(name) or value
        notes = [values.get("notes", "")]
        notes += [f"{name}: {_cell(cells, i)}" for i, name in extra if _cell(cells, i)]
        values["notes"] = "\n".join(n for n in notes if n)
        entry_or_failure = _entry(values, number, source, taken, plan.mapping, gazetteer)
        if isinstance(entry_or_failure, RowFailure):
            report.failed.append(entry_or_failure)
            continue
        entry, placement = entry_or_failure
        report.entries.append(entry)
        taken.add(str(entry["id"]).casefold())
        report.placements[placement] = report.placements.get(placement, 0) + 1
        if placement is Placement.UNPLACED:
            report.unplaced.append(number)
    return report


def _cell(cells: list[str], index: int) -> str:
    return cells[index].strip() if index < len(cells) else ""


def _entry(
    values: dict[str, str],
    number: int,
    source: Path,
    taken: set[str],
    columns: dict[str, str],
    gazetteer: Gazetteer,
) -> tuple[dict[str, Any], Placement] | RowFailure:
    row = _normalised(values)
    bad_hours = []
    for day in WEEKDAYS:
        try:
            parse_day(row.get(day, ""))
        except HoursError as exc:
            bad_hours.append(f"{columns.get(day, day)}: {exc}.")
    if bad_hours:
        return RowFailure(number, " ".join(bad_hours))
    ident = row.get("id", "")
    if ident and ident.casefold() in taken:
        return RowFailure(number, f"id '{ident}' is used by another facility; ids must be unique.")
    if not ident and row.get("name"):
        base = slug(row["name"])
        ident, suffix = base, 2
        while ident in taken:
            ident, suffix = f"{base}-{suffix}", suffix + 1
        row["id"] = ident
    problems = ProblemList()
    facility = facility_from_row(row, source, number, problems)
    errors = [p.message for p in problems if p.severity is Severity.ERROR]
    if facility is None or errors:
        return RowFailure(number, " ".join(errors) or "the row is not a facility.")
    if facility.lat is None:
        found = gazetteer.place_of(facility.postcode, facility.city, facility.country)
        if found is not None:
            facility = with_place(facility, *found)
    return facility_entry(facility, row.get("notes", "")), facility.placement


def _normalised(values: dict[str, str]) -> dict[str, str]:
    """Spreadsheet habits made readable: decimal commas, ', ' in lists; hours are read as is."""
    row = {k: v.strip() for k, v in values.items() if v and v.strip()}
    for key in ("lat", "lon"):
        if key in row:
            row[key] = _DECIMAL_COMMA.sub(r"\1.\2", row[key])
    if "services" in row:
        row["services"] = ";".join(s.strip().lower() for s in re.split(r"[;,]", row["services"]))
    if "country" in row:
        row["country"] = row["country"].upper()
    return row


def facility_entry(facility: Facility, notes: str = "") -> dict[str, Any]:
    """A facility as a mapping for a YAML facility file; empty fields left out."""
    entry: dict[str, Any] = {"id": facility.id, "name": facility.name}
    if facility.services:
        entry["services"] = list(facility.services)
    if facility.address:
        entry["address"] = list(facility.address)
    for key in ("city", "postcode", "country"):
        if getattr(facility, key):
            entry[key] = getattr(facility, key)
    if facility.lat is not None:
        entry["lat"], entry["lon"] = facility.lat, facility.lon
        if facility.placement is not Placement.GIVEN:
            # Everyone who loads the file sees the coordinates were looked up, and how.
            entry["placed"] = facility.placement.value
    for key in ("phone", "email", "url"):
        if getattr(facility, key):
            entry[key] = getattr(facility, key)
    # An unplaced facility's zone follows the coordinates it gets later; any other is fixed.
    if facility.lat is not None or not facility.zone_from_place:
        entry["timezone"] = facility.timezone
    if facility.hours is not None:
        # Weekly ranges with their holidays line, or OpenStreetMap opening_hours as written.
        entry["hours"] = hours_entry(facility.hours)
    if notes or facility.notes:
        entry["notes"] = notes or facility.notes
    if facility.accessibility:
        entry["accessibility"] = facility.accessibility
    return entry


def facility_yaml(entries: list[dict[str, Any]], source_name: str) -> str:
    """The text of a facility file holding entries (checked by check_round_trip)."""
    body = "".join(_entry_yaml(entry) for entry in entries)
    head = (
        f"# Imported from {source_name} with `kbassist facilities import`.\n"
        "# Hours are local to each facility's time zone; a facility without `hours` has\n"
        "# unknown hours.\n"
    )
    return head + body


def too_large_for_yaml(entries: list[dict[str, Any]]) -> bool:
    """Whether a facility file of entries has more values than the YAML loader reads."""
    values = 1
    for entry in entries:
        values += 1 + sum(
            1 + 1 + (len(v) if isinstance(v, list | dict) else 0) for v in entry.values()
        )
        values += sum(len(v) for v in entry.values() if isinstance(v, dict))
    return values > MAX_NODES


def facility_csv(entries: list[dict[str, Any]]) -> str:
    """The text of a facility CSV file (the flat format) holding entries."""
    return _csv_text(_csv_rows(entries))


def _csv_text(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    # Columns by position: a row holds exactly CSV_COLUMNS (_csv_rows checks).
    writer.writerows(row.values() for row in rows)
    return out.getvalue()


def _csv_rows(entries: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Each entry as a CSV row: every column of CSV_COLUMNS, in that order."""
    rows = []
    for entry in entries:
        row = dict.fromkeys(CSV_COLUMNS, "")
        row.update(
            (k, str(v)) for k, v in entry.items() if k not in ("address", "services", "hours")
        )
        for number, line in enumerate(entry.get("address", ())[:3], start=1):
            row[f"address{number}"] = line
        row["services"] = ";".join(entry.get("services", ()))
        hours = entry.get("hours")
        if isinstance(hours, dict):
            row.update(hours)
        elif hours is not None:
            row["opening_hours"] = hours
        if len(row) != len(CSV_COLUMNS):
            unknown = ", ".join(k for k in row if k not in CSV_COLUMNS)
            raise FacilityImportError(
                _("facility '{row}' has fields no column holds: {unknown}.").format(
                    row=row["id"], unknown=unknown
                )
            )
        rows.append(row)
    return rows


def check_csv_round_trip(text: str, expected: list[dict[str, str]], target: Path) -> None:
    """Raise unless the CSV text reads back as exactly the rows written (from _csv_rows).

    Every entry was built from a facility that passed the loader's own checks, so the same
    values read back mean the file passes `kbassist check` (as for YAML, check_round_trip).
    """
    problems = ProblemList()
    header, rows = read_rows(text, target, problems)
    if list(header) != list(CSV_COLUMNS) or len(rows) != len(expected) or problems:
        raise FacilityImportError(_("the facility file would not read back as written."))
    for row, wanted in zip(rows, expected, strict=True):
        if row.values != {k: v.strip() for k, v in wanted.items()}:
            raise FacilityImportError(
                _("facility '{wanted}' would not read back as written (line {line}).").format(
                    wanted=wanted["id"], line=row.line
                )
            )


def _entry_yaml(entry: dict[str, Any]) -> str:
    """One entry as a block of `key: value` lines.

    A general YAML dumper takes seconds per ten thousand entries; these entries hold only
    text, numbers, lists of text and mappings of text, so they are written directly.
    """
    lines = []
    for key, value in entry.items():
        if isinstance(value, list):
            lines.append(f"{key}: [{', '.join(_scalar(v) for v in value)}]")
        elif isinstance(value, dict):
            lines.append(f"{key}:")
            lines += [f"    {k}: {_scalar(v)}" for k, v in value.items()]
        else:
            lines.append(f"{key}: {_scalar(value)}")
    return (
        "\n".join(f"- {line}" if n == 0 else f"  {line}" for n, line in enumerate(lines)) + "\n\n"
    )


def _scalar(value: object) -> str:
    """A plain word where YAML reads it back as the same text, else a quoted string.

    JSON's string escapes are a subset of YAML's double-quoted ones.
    """
    if isinstance(value, float | int) and not isinstance(value, bool):
        return repr(value)
    text = str(value)
    if _PLAIN.match(text) and text.lower() not in _YAML_WORDS:
        return text
    return json.dumps(text, ensure_ascii=False)


def other_facility_ids(folder: Path, target: Path) -> set[str]:
    """Ids already used by the other facility files of the folder."""
    taken: set[str] = set()
    if not folder.is_dir():
        return taken
    for path in folder.iterdir():
        if path == target or path.name == GAZETTEER_FILE:
            continue
        if path.suffix.lower() in FACILITY_SUFFIXES:
            taken.update(f.id for f in load_facility_file(path, ProblemList()))
    return taken


class _ReadBack(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Reads a written file back as the content loader does: dates stay text."""


_ReadBack.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def check_round_trip(text: str, entries: list[dict[str, Any]]) -> None:
    """Raise unless text reads back as exactly entries, with hours the loader accepts.

    Every entry was built from a facility that passed the loader's own checks, so reading
    back the same values means the file passes `kbassist check`.
    """
    try:
        data = yaml.load(text, Loader=_ReadBack)
    except yaml.YAMLError as exc:
        raise FacilityImportError(
            _("the facility file would not read back ({exc}).").format(exc=exc)
        ) from exc
    if data != entries:
        changed = next(
            (e.get("id") for e, d in zip(entries, data or [], strict=False) if e != d), None
        )
        raise FacilityImportError(
            _("facility '{changed}' would not read back as written.").format(changed=changed)
        )
    for entry in entries:
        hours = entry.get("hours", {})
        # OpenStreetMap opening_hours text: one string, checked by its own parser.
        written = {"hours": hours} if isinstance(hours, str) else hours
        for day, value in written.items():
            try:
                parse_hours_text(value) if isinstance(hours, str) else parse_day(value)
            except HoursError as exc:
                raise FacilityImportError(
                    _("facility '{entry}' has {day} hours the loader rejects: {exc}.").format(
                        entry=entry["id"], day=day, exc=exc
                    )
                ) from exc


def write_facility_file(
    entries: list[dict[str, Any]], source_name: str, target: Path, replace: bool
) -> Path | None:
    """Write entries to target atomically; returns the backup of the old file, if any.

    The text is read back and checked before it replaces anything.
    """
    if target.exists() and not replace:
        raise FacilityImportError(
            _(
                "{target} already exists. Add --replace to overwrite it (the old file is kept as "
                "{name}.bak), or choose another name with --output."
            ).format(target=target, name=target.name)
        )
    if target.suffix.lower() == ".csv":
        rows = _csv_rows(entries)
        text = _csv_text(rows)
        check_csv_round_trip(text, rows, target)
    else:
        text = facility_yaml(entries, source_name)
        check_round_trip(text, entries)
    # A content file is shared: as readable as the one it replaces, else readable by all.
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
    try:
        return write_atomic(target, text.encode("utf-8"), mode)
    except OSError as exc:
        raise FacilityImportError(
            _(
                "cannot write {target}: {write_failure_reason}. Nothing was changed; check the "
                "folder's permissions or free some space, then import again."
            ).format(target=target, write_failure_reason=write_failure_reason(exc))
        ) from None
