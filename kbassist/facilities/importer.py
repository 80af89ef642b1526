"""Turning a spreadsheet export (CSV) of places into a facility file in the content folder."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kbassist.common.atomicfile import write_atomic, write_failure_reason
from kbassist.common.folding import fold
from kbassist.facilities.countries import COUNTRY_ZONES
from kbassist.facilities.hours import WEEKDAYS, DayHours, HoursError, parse_day
from kbassist.facilities.model import (
    CSV_COLUMNS,
    FACILITY_SUFFIXES,
    GAZETTEER_FILE,
    Facility,
    facility_from_row,
    load_facility_file,
)
from kbassist.problems import ProblemList, Severity

_DECIMAL_COMMA = re.compile(r"^\s*([-+]?\d+),(\d+)\s*$")


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
            raise FacilityImportError(f"{option} {item!r}: write it as FIELD=VALUE.")
        if name not in CSV_COLUMNS:
            raise FacilityImportError(
                f"{option} {item!r}: '{name}' is not a facility field. "
                f"Use one of: {', '.join(CSV_COLUMNS)}."
            )
        found[name] = value.strip()
    return found


def read_table(path: Path) -> tuple[Table, list[str]]:
    """The CSV's rows, and warnings; UTF-8 (with or without BOM), else Windows-1252."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FacilityImportError(f"{path}: cannot read the file ({exc.strerror}).") from exc
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
        raise FacilityImportError(f"{path}: the file is empty; it needs a header row.") from None
    except csv.Error as exc:
        raise FacilityImportError(f"{path}: not a CSV file ({exc}).") from exc
    rows = []
    try:
        # Row numbers as a spreadsheet shows them: the header is row 1.
        for number, row in enumerate(reader, start=2):
            rows.append((number, row))
    except csv.Error as exc:
        raise FacilityImportError(f"{path}, line {reader.line_num}: {exc}.") from exc
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
    table: Table, plan: ImportPlan, source: Path, taken_ids: Iterable[str] = ()
) -> ImportReport:
    """Every row of table as a facility entry for a YAML file, or a skip or a failure."""
    header = table.header
    columns = {f: column_index(header, c, f"--map {f}={c}") for f, c in plan.mapping.items()}
    skip = [column_index(header, c, f"--skip-if {c}") for c in plan.skip_if]
    used = set(columns.values()) | set(skip)
    extra = [(i, name) for i, name in enumerate(header) if i not in used and name]
    report = ImportReport()
    taken = {ident.casefold() for ident in taken_ids}
    if "timezone" not in plan.mapping and "timezone" not in plan.fixed:
        country = plan.fixed.get("country", "").upper()
        if "country" in plan.mapping or country not in COUNTRY_ZONES:
            report.warnings.append(
                "No time zone given: each row's hours are taken in its country's zone where "
                "one is known, else UTC. Add --set timezone=Europe/London (your zone)."
            )
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
        entry_or_failure = _entry(values, number, source, taken, plan.mapping)
        if isinstance(entry_or_failure, RowFailure):
            report.failed.append(entry_or_failure)
        else:
            report.entries.append(entry_or_failure)
            taken.add(str(entry_or_failure["id"]).casefold())
    return report


def _cell(cells: list[str], index: int) -> str:
    return cells[index].strip() if index < len(cells) else ""


def _entry(
    values: dict[str, str],
    number: int,
    source: Path,
    taken: set[str],
    columns: dict[str, str],
) -> dict[str, Any] | RowFailure:
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
    return facility_entry(facility, row.get("notes", ""))


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
    if "timezone" not in row and row.get("country", "") in COUNTRY_ZONES:
        row["timezone"] = COUNTRY_ZONES[row["country"]]
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
    entry["lat"], entry["lon"] = facility.lat, facility.lon
    for key in ("phone", "email", "url"):
        if getattr(facility, key):
            entry[key] = getattr(facility, key)
    entry["timezone"] = facility.timezone
    if facility.hours is not None:
        entry["hours"] = {
            day: _day_text(r) for day, r in zip(WEEKDAYS, facility.hours.week, strict=True)
        }
    if notes or facility.notes:
        entry["notes"] = notes or facility.notes
    if facility.accessibility:
        entry["accessibility"] = facility.accessibility
    return entry


def _day_text(ranges: DayHours) -> str:
    return ",".join(r.text() for r in ranges) or "closed"


def facility_yaml(entries: list[dict[str, Any]], source_name: str) -> str:
    """The text of a facility file holding entries."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    body = yaml.dump(
        entries, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )
    head = (
        f"# Imported from {source_name} with `kbassist facilities import`.\n"
        "# Hours are local to each facility's time zone; a facility without `hours` has\n"
        "# unknown hours.\n"
    )
    return head + body


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
        raise FacilityImportError(f"the facility file would not read back ({exc}).") from exc
    if data != entries:
        changed = next(
            (e.get("id") for e, d in zip(entries, data or [], strict=False) if e != d), None
        )
        raise FacilityImportError(f"facility '{changed}' would not read back as written.")
    for entry in entries:
        for day, value in entry.get("hours", {}).items():
            try:
                parse_day(value)
            except HoursError as exc:
                raise FacilityImportError(
                    f"facility '{entry['id']}' has {day} hours the loader rejects: {exc}."
                ) from exc


def write_facility_file(
    entries: list[dict[str, Any]], source_name: str, target: Path, replace: bool
) -> Path | None:
    """Write entries to target atomically; returns the backup of the old file, if any.

    The text is read back and checked before it replaces anything.
    """
    if target.exists() and not replace:
        raise FacilityImportError(
            f"{target} already exists. Add --replace to overwrite it (the old file is kept "
            f"as {target.name}.bak), or choose another name with --output."
        )
    text = facility_yaml(entries, source_name)
    check_round_trip(text, entries)
    # A content file is shared: as readable as the one it replaces, else readable by all.
    mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
    try:
        return write_atomic(target, text.encode("utf-8"), mode)
    except OSError as exc:
        raise FacilityImportError(
            f"cannot write {target}: {write_failure_reason(exc)}. Nothing was changed; "
            "check the folder's permissions or free some space, then import again."
        ) from None
