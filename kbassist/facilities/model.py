"""Facilities a customer can visit, loaded from YAML or CSV files in facilities/."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kbassist.common import i18n
from kbassist.common.csvfile import read_rows
from kbassist.common.fields import FieldReader
from kbassist.common.links import is_plain_email, web_address_problem
from kbassist.common.textfile import read_text
from kbassist.common.yamlio import LineMap, parse_yaml
from kbassist.facilities.countries import COUNTRY_ZONES
from kbassist.facilities.geo import zone_at
from kbassist.facilities.hours import (
    HOLIDAYS_KEY,
    PARSED_TEXTS,
    WEEKDAYS,
    DayHours,
    Hours,
    HoursError,
    OpeningHours,
    parse_day,
    parse_hours_text,
    weekday_index,
)
from kbassist.problems import ProblemList

# Fields a YAML facility and a CSV row share, under the same names.
_PLACE_KEYS = (
    "city",
    "postcode",
    "country",
    "lat",
    "lon",
    "placed",
    "phone",
    "email",
    "url",
    "timezone",
)
FACILITY_KEYS = (
    "id",
    "name",
    "services",
    "address",
    *_PLACE_KEYS,
    "hours",
    "exceptions",
    "notes",
    "accessibility",
)
# A CSV row is flat: three address lines, and a column per weekday for the hours.
CSV_COLUMNS = (
    "id",
    "name",
    "services",
    "address1",
    "address2",
    "address3",
    *_PLACE_KEYS,
    *WEEKDAYS,
    HOLIDAYS_KEY,
    "opening_hours",
    "notes",
    "accessibility",
)
FACILITY_SUFFIXES = (".yaml", ".yml", ".csv")
GAZETTEER_FILE = "places.csv"
# Monday to Sunday: the ranges of each day of a weekly table.
Week = tuple[DayHours, ...]
# Ten decimals are already a tenth of a millimetre; longer is a mistake or an attack.
MAX_COORDINATE_CHARS = 20


class Placement(enum.StrEnum):
    """How a facility's coordinates were found; the value is the `placed:` key's."""

    GIVEN = "coordinates"
    POSTCODE = "postcode"
    DISTRICT = "district"
    TOWN = "town"
    UNPLACED = "none"

    @property
    def label(self) -> str:
        """What an agent reads: 'placed by postcode district'."""
        return _PLACEMENT_LABELS[self]


_PLACEMENT_LABELS = {
    Placement.GIVEN: "given coordinates",
    Placement.POSTCODE: "placed by exact postcode",
    Placement.DISTRICT: "placed by postcode district",
    Placement.TOWN: "placed by town",
    Placement.UNPLACED: "not placed: distance unknown",
}
# The values a facility file may give as `placed:` next to looked-up coordinates.
LOOKED_UP = (Placement.POSTCODE, Placement.DISTRICT, Placement.TOWN)


@dataclass(frozen=True)
class Facility:
    """A place a customer can go in person. hours is None when they are unknown.

    lat and lon are None for a facility not placed yet (no coordinates, and its postcode
    and town are not in the gazetteer): it is still found by name, listed without distance.
    """

    id: str
    name: str
    path: Path
    line: int
    lat: float | None
    lon: float | None
    services: tuple[str, ...] = ()
    address: tuple[str, ...] = ()
    city: str = ""
    postcode: str = ""
    country: str = ""
    phone: str = ""
    email: str = ""
    url: str = ""
    timezone: str = "UTC"
    hours: Hours | None = None
    notes: str = ""
    accessibility: str = ""
    placement: Placement = Placement.GIVEN
    # No timezone was written: it comes from the coordinates, so placing the facility sets it.
    zone_from_place: bool = False


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: a postcode, postcode district or place name with coordinates."""

    name: str
    lat: float
    lon: float
    kind: str = ""
    country: str = ""


def load_facility_file(path: Path, problems: ProblemList) -> list[Facility]:
    """Every usable facility in one YAML or CSV file; bad entries become problems."""
    text = read_text(path, problems)
    if text is None:
        return []
    return load_facility_text(text, path, problems)


def load_facility_text(text: str, path: Path, problems: ProblemList) -> list[Facility]:
    """The facilities in text, read as the file path (YAML, or CSV by its suffix)."""
    if path.suffix.lower() == ".csv":
        return _load_csv(text, path, problems)
    parsed = parse_yaml(text, path, problems)
    if parsed is None:
        return []
    data, lines = parsed
    if isinstance(data, dict) and isinstance(data.get("facilities"), list):
        data = data["facilities"]
        lines = _shift(lines, "facilities")
    if not isinstance(data, list):
        problems.error(
            path, 1, "wrong-type", i18n._("A facility file must be a list of facilities.")
        )
        return []
    found = []
    for index, entry in enumerate(data):
        line = lines.line(index)
        if not isinstance(entry, dict):
            problems.error(
                path,
                line,
                "wrong-type",
                i18n._("Entry {value} is not a facility.").format(value=index + 1),
            )
            continue
        reader = FieldReader(entry, path, lines, problems, (index,))
        facility = _facility_from_yaml(reader, line)
        if facility is not None:
            found.append(facility)
    return found


def _shift(lines: LineMap, key: str) -> LineMap:
    shifted = LineMap(lines.offset)
    shifted.lines = {k[1:]: v for k, v in lines.lines.items() if k[:1] == (key,)}
    return shifted


def _facility_from_yaml(reader: FieldReader, line: int) -> Facility | None:
    reader.unknown_keys(FACILITY_KEYS, "facility")
    hours = _read_hours(reader) if "hours" in reader.meta else None
    return _build(reader, line, reader.text_list("services"), reader.text_list("address"), hours)


def _read_hours(reader: FieldReader) -> Hours | None:
    written = reader.meta.get("hours")
    if isinstance(written, str):
        # One string: OpenStreetMap opening_hours, whose own rules replace `exceptions`.
        if "exceptions" in reader.meta:
            reader.problems.error(
                reader.path,
                reader.line("exceptions"),
                "invalid-hours",
                i18n._(
                    "`exceptions` go with weekly hours and are not used here; with opening_hours "
                    "text write the dates into it: '...; 2026 Dec 24 09:00-13:00; 2026 Dec 25 off'."
                ),
            )
        try:
            return parse_hours_text(written)
        except HoursError as exc:
            _hours_problem(reader, ("hours",), str(exc))
            return None
    week = reader.mapping("hours", "a set of weekday: hours pairs")
    ok = True
    try:
        days, holidays = _weekly_table(tuple(week.items()))
    except (HoursError, TypeError):
        # TypeError: a value YAML made a list or mapping, which cannot key the cache.
        days, holidays, ok = _read_week(reader, week)
    exceptions: dict[dt.date, DayHours] = {}
    for key, value in reader.mapping("exceptions", "a set of date: hours pairs").items():
        try:
            day = dt.date.fromisoformat(str(key))
        except ValueError:
            ok = False
            _hours_problem(reader, ("exceptions", key), f"'{key}' is not a date (YYYY-MM-DD)")
            continue
        try:
            exceptions[day] = parse_day(value)
        except HoursError as exc:
            ok = False
            _hours_problem(reader, ("exceptions", key), str(exc))
    return OpeningHours(days, exceptions, holidays) if ok else None


@functools.lru_cache(maxsize=PARSED_TEXTS)
def _weekly_table(written: tuple[tuple[str, Any], ...]) -> tuple[Week, DayHours | None]:
    """The week and holidays line of a weekly table: tables written alike are read once.

    Raises HoursError at the first day that does not read; _read_week then names each.
    """
    days: list[DayHours] = [() for _ in WEEKDAYS]
    holidays: DayHours | None = None
    for name, value in written:
        holidays = _table_line(days, holidays, name, value)
    return tuple(days), holidays


def _read_week(reader: FieldReader, week: dict[str, Any]) -> tuple[Week, DayHours | None, bool]:
    """The week and holidays line of a table, each day that does not read a problem."""
    days: list[DayHours] = [() for _ in WEEKDAYS]
    holidays: DayHours | None = None
    ok = True
    for name, value in week.items():
        try:
            holidays = _table_line(days, holidays, name, value)
        except HoursError as exc:
            ok = False
            _hours_problem(reader, ("hours", name), str(exc))
    return tuple(days), holidays, ok


def _table_line(
    days: list[DayHours], holidays: DayHours | None, name: str, value: object
) -> DayHours | None:
    """Read one `day: hours` line of a weekly table into days; the holidays line, new or not."""
    if name.strip().lower() == HOLIDAYS_KEY:
        return parse_day(value)
    days[weekday_index(name)] = parse_day(value)
    return holidays


def _hours_problem(reader: FieldReader, key: tuple[str, ...], message: str) -> None:
    reader.problems.error(
        reader.path,
        reader.lines.line(*reader.prefix, *key),
        "invalid-hours",
        i18n._("Invalid opening hours: {message}. Hours are unknown until this is fixed.").format(
            message=message
        ),
    )


def _build(
    reader: FieldReader,
    line: int,
    services: tuple[str, ...],
    address: tuple[str, ...],
    hours: Hours | None,
) -> Facility | None:
    ident, name = reader.text("id"), reader.text("name")
    if not ident or not name:
        missing = "id" if not ident else "name"
        reader.problems.error(
            reader.path,
            line,
            "missing-field",
            i18n._("A facility has no {missing}. Every facility needs an id and a name.").format(
                missing=missing
            ),
        )
        return None
    lat, lon = reader.number("lat"), reader.number("lon")
    too_long = any(len(str(reader.meta.get(k, ""))) > MAX_COORDINATE_CHARS for k in ("lat", "lon"))
    unplaced = "lat" not in reader.meta and "lon" not in reader.meta
    if unplaced:
        pass  # placed from the gazetteer when the content folder is loaded
    elif too_long or lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        found = (
            f"more than {MAX_COORDINATE_CHARS} characters"
            if too_long
            else "missing"
            if lat is None or lon is None
            else f"lat {lat}, lon {lon}"
        )
        reader.problems.error(
            reader.path,
            reader.line("lat") if "lat" in reader.meta else line,
            "invalid-coordinates",
            i18n._(
                "Facility '{ident}' has coordinates out of range or missing ({found}). Latitude "
                "must be -90..90 and longitude -180..180, in decimal degrees; or leave out both "
                "to place it by its postcode or town."
            ).format(ident=ident, found=found),
        )
        return None
    placement = Placement.UNPLACED if unplaced else _placement(reader, ident)
    country = reader.text("country").upper()
    timezone = reader.text("timezone")
    zone_from_place = not timezone
    if not timezone:
        # From the coordinates, not a country table: Spain, the US, ... have several zones.
        timezone = zone_at(lat, lon) if lat is not None and lon is not None else ""
        timezone = timezone or COUNTRY_ZONES.get(country, "UTC")
    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        # OSError: a folder of the time zone database ("Europe") is no zone.
        reader.problems.error(
            reader.path,
            reader.line("timezone"),
            "invalid-timezone",
            i18n._(
                "'{timezone}' is not a time zone; use an IANA name such as Europe/London."
            ).format(timezone=timezone),
        )
        timezone = "UTC"
    return Facility(
        id=ident,
        name=name,
        path=reader.path,
        line=line,
        lat=None if unplaced else lat,
        lon=None if unplaced else lon,
        services=tuple(s.lower() for s in services),
        address=address,
        city=reader.text("city"),
        postcode=reader.text("postcode"),
        country=country,
        phone=reader.text("phone"),
        email=_contact(reader, ident, "email"),
        url=_contact(reader, ident, "url"),
        timezone=timezone,
        hours=hours,
        notes=reader.text("notes"),
        accessibility=reader.text("accessibility"),
        placement=placement,
        zone_from_place=zone_from_place,
    )


def _placement(reader: FieldReader, ident: str) -> Placement:
    """How given coordinates were found: `placed: postcode|district|town`, else given."""
    value = reader.text("placed").lower()
    if not value:
        return Placement.GIVEN
    for placement in LOOKED_UP:
        if value == placement.value:
            return placement
    reader.problems.warning(
        reader.path,
        reader.line("placed"),
        "invalid-placed",
        i18n._(
            "Facility '{ident}' has placed: '{value}'; write postcode, district or town (how the "
            "coordinates were looked up), or leave it out for surveyed coordinates."
        ).format(ident=ident, value=value[:40]),
    )
    return Placement.GIVEN


def _load_csv(text: str, path: Path, problems: ProblemList) -> list[Facility]:
    header, rows = read_rows(text, path, problems)
    unknown = [h for h in header if h not in CSV_COLUMNS]
    if unknown:
        problems.warning(
            path,
            1,
            "unknown-key",
            i18n._("Unknown column(s) {join} ignored. Known: {join2}.").format(
                join=", ".join(unknown), join2=", ".join(CSV_COLUMNS)
            ),
        )
    found = []
    for row in rows:
        facility = facility_from_row(row.values, path, row.line, problems)
        if facility is not None:
            found.append(facility)
    return found


def facility_from_row(
    row: Mapping[str, str], path: Path, line: int, problems: ProblemList
) -> Facility | None:
    """A facility from a flat row (CSV column names); weekday columns give the hours."""
    lines = LineMap(offset=line - 1)
    meta: dict[str, Any] = {k: v for k, v in row.items() if v != ""}
    reader = FieldReader(meta, path, lines, problems)
    hours: Hours | None = None
    if row.get("opening_hours", "").strip():
        meta["hours"] = row["opening_hours"]
        hours = _read_hours(reader)
    elif any(row.get(day, "").strip() for day in (*WEEKDAYS, HOLIDAYS_KEY)):
        meta["hours"] = {day: row.get(day, "") for day in WEEKDAYS}
        if row.get(HOLIDAYS_KEY, "").strip():
            # An empty holidays column says nothing about holidays; it does not close them.
            meta["hours"][HOLIDAYS_KEY] = row[HOLIDAYS_KEY]
        hours = _read_hours(reader)
    services = tuple(s.strip() for s in row.get("services", "").split(";") if s.strip())
    address = tuple(row[k].strip() for k in ("address1", "address2", "address3") if row.get(k))
    return _build(reader, line, services, address, hours)


def load_gazetteer(path: Path, problems: ProblemList) -> list[Place]:
    """Rows of facilities/places.csv; a row that does not parse is reported and skipped."""
    text = read_text(path, problems)
    if text is None:
        return []
    header, rows = read_rows(text, path, problems, lower_header=True)
    if not {"place", "lat", "lon"} <= set(header):
        problems.error(
            path,
            1,
            "bad-gazetteer-header",
            i18n._(
                "The gazetteer needs a header row 'place,lat,lon' (optionally ',kind,country')."
            ),
        )
        return []
    places = []
    for row in rows:
        row_number, entry = row.line, row.values
        try:
            lat, lon = _coordinate(entry["lat"]), _coordinate(entry["lon"])
            if not entry["place"]:
                raise ValueError(i18n._("no place name"))
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError(i18n._("coordinates out of range"))
        except (ValueError, TypeError, KeyError) as exc:
            problems.error(
                path,
                row_number,
                "bad-gazetteer-row",
                i18n._(
                    "The row at line {row_number} does not parse ({exc}). Each row needs a place "
                    "name and decimal lat,lon."
                ).format(row_number=row_number, exc=exc),
            )
            continue
        places.append(
            Place(entry["place"], lat, lon, entry.get("kind", ""), entry.get("country", ""))
        )
    return places


def _coordinate(text: str) -> float:
    """A coordinate in decimal degrees; hundreds of digits are no coordinate."""
    if len(text) > MAX_COORDINATE_CHARS:
        raise ValueError(i18n._("'{text}…' is too long for a coordinate").format(text=text[:20]))
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(i18n._("'{text}' is not a number").format(text=text))
    return value


def _contact(reader: FieldReader, ident: str, key: str) -> str:
    """The facility's email (one plain address) or url (http or https); "" with a problem if
    it is anything else, so the card never offers a file:, javascript: or mailto trick."""
    value = reader.text(key)
    if not value:
        return ""
    if key == "email":
        problem = (
            None if is_plain_email(value) else "it must be one plain address (name@example.org)"
        )
    else:
        problem = web_address_problem(value)
    if problem is None:
        return value
    reader.problems.error(
        reader.path,
        reader.line(key),
        f"invalid-{key}",
        f"Facility '{ident}' has {key} '{value[:200]}', which is not used: {problem}. "
        + ("Write one plain address." if key == "email" else "Write a full https:// address."),
    )
    return ""
