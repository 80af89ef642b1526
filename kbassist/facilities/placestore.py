"""An imported gazetteer (a public postcode list) kept as one SQLite file in the data folder."""

from __future__ import annotations

import csv
import io
import logging
import math
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from kbassist.common.atomicfile import write_failure_reason
from kbassist.common.i18n import _
from kbassist.facilities.importer import FacilityImportError, column_index
from kbassist.facilities.locate import normalise_country, postcode_district, search_key
from kbassist.facilities.model import MAX_COORDINATE_CHARS, Place
from kbassist.paths import data_dir

log = logging.getLogger(__name__)

STORE_FILE = "places.sqlite"
STORE_FIELDS = ("place", "lat", "lon", "kind", "country")
# Coordinates are kept as whole millionths of a degree (about 0.1 m): four bytes, not eight.
_SCALE = 1_000_000
# Rows go to SQLite in batches as they are read, so a million-row list is never held in memory.
_BATCH = 50_000
_DIGIT = re.compile(r"\d")
_SCHEMA = """
CREATE TABLE places (
    key TEXT NOT NULL,
    country TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    lat INTEGER NOT NULL,
    lon INTEGER NOT NULL,
    PRIMARY KEY (key, country, kind)
) WITHOUT ROWID;
CREATE TABLE source (name TEXT NOT NULL, rows INTEGER NOT NULL);
"""


def default_store_path() -> Path:
    """Where `kbassist places import` keeps the gazetteer: the user's data folder."""
    return data_dir() / STORE_FILE


class PlaceStoreError(Exception):
    """The gazetteer cannot be imported; the message says what to do."""


@dataclass(frozen=True)
class BadRow:
    """A row of the list that is not a place: its row number (header = 1) and why."""

    row: int
    message: str


@dataclass
class StoreReport:
    """What an import of a place list made of its rows."""

    places: int = 0
    districts: int = 0
    repeated: int = 0
    bad: list[BadRow] = field(default_factory=list)
    bad_count: int = 0


class PlaceStore:
    """Read access to the imported gazetteer, opened on the first lookup.

    Nothing is read at start-up. A re-import replaces the file; the next lookup notices and
    reopens, so the app never needs a restart. Lookups may come from any thread.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_store_path()
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = None
        self._opened: tuple[int, int] | None = None

    def lookup(self, key: str) -> list[Place]:
        """Every place whose normalised name is key (postcodes before districts and towns)."""
        rows = self._query("SELECT name, lat, lon, kind, country FROM places WHERE key = ?", (key,))
        return [_place(row) for row in rows]

    def complete(self, prefix: str, limit: int) -> list[Place]:
        """Up to limit places whose normalised name starts with prefix, shortest first."""
        if not prefix or limit <= 0:
            return []
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        rows = self._query(
            "SELECT name, lat, lon, kind, country FROM places WHERE key >= ? AND key < ? "
            "ORDER BY length(key), key LIMIT ?",
            (prefix, upper, limit),
        )
        return [_place(row) for row in rows]

    def summary(self) -> tuple[str, int] | None:
        """The imported file's name and its number of places, or None when there is none."""
        rows = self._query("SELECT name, rows FROM source", ())
        return (str(rows[0][0]), int(str(rows[0][1]))) if rows else None

    def close(self) -> None:
        """Close the file (it is reopened by the next lookup)."""
        with self._lock:
            self._close()

    def __enter__(self) -> PlaceStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _query(self, sql: str, parameters: tuple[object, ...]) -> list[tuple[object, ...]]:
        with self._lock:
            connection = self._connect()
            if connection is None:
                return []
            try:
                return connection.execute(sql, parameters).fetchall()
            except sqlite3.DatabaseError as exc:
                log.warning("The gazetteer %s cannot be read: %s", self.path, exc)
                self._close()
                return []

    def _connect(self) -> sqlite3.Connection | None:
        try:
            stat = self.path.stat()
        except OSError:
            self._close()
            return None
        identity = (stat.st_ino, stat.st_mtime_ns)
        if self._connection is not None and identity == self._opened:
            return self._connection
        self._close()
        try:
            uri = self.path.resolve().as_uri() + "?mode=ro"
            self._connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            log.warning("The gazetteer %s cannot be opened: %s", self.path, exc)
            return None
        self._opened = identity
        return self._connection

    def _close(self) -> None:
        if self._connection is not None:
            self._connection.close()
        self._connection, self._opened = None, None


def _place(row: tuple[object, ...]) -> Place:
    name, lat, lon, kind, country = row
    return Place(str(name), int(str(lat)) / _SCALE, int(str(lon)) / _SCALE, str(kind), str(country))


def import_places(
    source: Path,
    columns: dict[str, str],
    fixed: dict[str, str],
    target: Path | None = None,
    shown_bad: int = 50,
) -> StoreReport:
    """Read a place list (CSV) into a new store that replaces target in one step.

    columns maps place, lat, lon (and optionally kind, country) to CSV column names; fixed
    gives kind or country for every row. Full UK postcodes also give their districts (the
    mean of their postcodes) unless the list has the district itself. The first shown_bad
    bad rows are kept with their numbers; all are counted.
    """
    target = target or default_store_path()
    for needed in ("place", "lat", "lon"):
        if needed not in columns:
            raise PlaceStoreError(
                _("map the column with the {needed}: --map {needed2}=COLUMN.").format(
                    needed=needed, needed2=needed
                )
            )
    report = StoreReport()
    with _new_store(target) as connection:
        _fill(connection, source, columns, fixed, report, shown_bad)
        if not report.places:
            raise PlaceStoreError(
                _(
                    "no row of {name} is a place, so the gazetteer was not changed. Check the "
                    "--map columns."
                ).format(name=source.name)
            )
        _add_districts(connection, report)
        connection.execute(
            "INSERT INTO source VALUES (?, ?)", (source.name, report.places + report.districts)
        )
    return report


def _fill(
    connection: sqlite3.Connection,
    source: Path,
    columns: dict[str, str],
    fixed: dict[str, str],
    report: StoreReport,
    shown_bad: int,
) -> None:
    """Insert every good row of source; the first of repeated rows is kept."""
    batch: list[tuple[str, str, str, str, int, int]] = []

    def flush() -> None:
        inserted = connection.executemany(
            "INSERT OR IGNORE INTO places VALUES (?, ?, ?, ?, ?, ?)", batch
        ).rowcount
        report.places += inserted
        report.repeated += len(batch) - inserted
        batch.clear()

    for number, values in _rows(source, columns):
        row = {**fixed, **{k: v for k, v in values.items() if v}}
        parsed = _parsed(row)
        if isinstance(parsed, str):
            report.bad_count += 1
            if len(report.bad) < shown_bad:
                report.bad.append(BadRow(number, parsed))
            continue
        name, lat, lon, kind, country, key = parsed
        batch.append((key, country, kind, name, round(lat * _SCALE), round(lon * _SCALE)))
        if len(batch) >= _BATCH:
            flush()
    flush()


def _add_districts(connection: sqlite3.Connection, report: StoreReport) -> None:
    """Each district of the full postcodes, at their mean, unless the list has it itself."""
    totals: dict[tuple[str, str], list[int]] = {}
    rows = connection.execute("SELECT name, country, lat, lon FROM places WHERE kind = 'postcode'")
    for name, country, lat, lon in rows:
        district = postcode_district(name, country)
        if district is not None:
            total = totals.setdefault((district, country), [0, 0, 0])
            total[0] += lat
            total[1] += lon
            total[2] += 1
    inserted = connection.executemany(
        "INSERT OR IGNORE INTO places VALUES (?, ?, 'district', ?, ?, ?)",
        (
            (search_key(district), country, district, round(lat / n), round(lon / n))
            for (district, country), (lat, lon, n) in totals.items()
        ),
    ).rowcount
    report.districts = inserted


def _rows(source: Path, columns: dict[str, str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, {field: cell}) for every row of the CSV, streamed."""
    try:
        stream = source.open("rb")
    except OSError as exc:
        raise PlaceStoreError(
            _("{source}: cannot read the file ({strerror}).").format(
                source=source, strerror=exc.strerror
            )
        ) from exc
    with stream:
        # Public lists are UTF-8; a stray byte becomes U+FFFD rather than stopping the import.
        text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
        first = text.readline()
        try:
            dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(first, ",;\t")
        except csv.Error:
            dialect = csv.excel
        header = [h.strip() for h in next(csv.reader([first], dialect), [])]
        if not header:
            raise PlaceStoreError(
                _("{source}: the file is empty; it needs a header row.").format(source=source)
            )
        try:
            indexes = {f: column_index(header, c, f"--map {f}={c}") for f, c in columns.items()}
        except FacilityImportError as exc:
            raise PlaceStoreError(str(exc)) from None
        reader = csv.reader(text, dialect)
        number = 1
        try:
            for number, cells in enumerate(reader, start=2):
                if cells:
                    yield (
                        number,
                        {f: cells[i].strip() if i < len(cells) else "" for f, i in indexes.items()},
                    )
        except csv.Error as exc:
            raise PlaceStoreError(
                _("{source}, row {value}: {exc}.").format(source=source, value=number + 1, exc=exc)
            ) from None


def _parsed(row: dict[str, str]) -> tuple[str, float, float, str, str, str] | str:
    """(name, lat, lon, kind, country, key), or why the row is not a place."""
    name = row.get("place", "")
    key = search_key(name)
    if not key:
        return "no place name"
    try:
        lat, lon = _degrees(row.get("lat", "")), _degrees(row.get("lon", ""))
    except ValueError as exc:
        return f"{name}: {exc}"
    # Postcode lists mark postcodes without a position as lat 99.999999 (ONS) or 0,0.
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return f"{name}: no usable position (lat {row['lat']}, lon {row['lon']})"
    country = normalise_country(row.get("country", ""))
    kind = row.get("kind", "").strip().lower() or _kind_of(name)
    return name, lat, lon, kind, country, key


def _degrees(text: str) -> float:
    if not text:
        raise ValueError(_("no coordinate"))
    if len(text) > MAX_COORDINATE_CHARS:
        raise ValueError(_("'{text}…' is too long for a coordinate").format(text=text[:20]))
    try:
        value = float(text.replace(",", ".", 1) if text.count(",") == 1 else text)
    except ValueError:
        raise ValueError(
            _("'{text}' is not a number in decimal degrees").format(text=text)
        ) from None
    if not math.isfinite(value):
        raise ValueError(_("'{text}' is not a number").format(text=text))
    return value


def _kind_of(name: str) -> str:
    """A row without a kind column: a postcode if it has a digit, else a town."""
    return "postcode" if _DIGIT.search(name) else "city"


@contextmanager
def _new_store(target: Path) -> Iterator[sqlite3.Connection]:
    """A new store next to target, then one rename: readers see the old file or the new.

    Nothing replaces target when the body raises; the new file is removed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    try:
        connection = sqlite3.connect(temporary)
        try:
            # One writer, a file nobody reads yet: no journal needed until it is renamed.
            connection.execute("PRAGMA journal_mode=OFF")
            connection.execute("PRAGMA synchronous=OFF")
            # Rows arrive in file order, not key order: a larger page cache keeps inserts fast.
            connection.execute("PRAGMA cache_size=-65536")
            connection.executescript(_SCHEMA)
            yield connection
            connection.commit()
        finally:
            connection.close()
        with temporary.open("rb+") as stream:
            os.fsync(stream.fileno())
        temporary.replace(target)
    except PlaceStoreError:
        temporary.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        temporary.unlink(missing_ok=True)
        reason = write_failure_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise PlaceStoreError(
            _(
                "cannot write {target}: {reason}. The gazetteer was not changed; free some space "
                "or check the folder's permissions, then import again."
            ).format(target=target, reason=reason)
        ) from None
