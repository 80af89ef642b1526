"""The list model behind the facility finder's results: one row per facility found."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt

from kbassist.facilities.address import address_lines
from kbassist.facilities.finder import FinderResult
from kbassist.facilities.geo import Units
from kbassist.facilities.wording import phrase
from kbassist.ui.row_model import RoleSpec, RowModel

FacilityIdRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2
DistanceRole = Qt.ItemDataRole.UserRole + 3
DistanceKmRole = Qt.ItemDataRole.UserRole + 4
StatusTextRole = Qt.ItemDataRole.UserRole + 5
OpenRole = Qt.ItemDataRole.UserRole + 6
AddressRole = Qt.ItemDataRole.UserRole + 7
# The heading above the first row of a group ("Hours unknown – call ..."), else "".
GroupHeadingRole = Qt.ItemDataRole.UserRole + 8


class FinderResultsModel(RowModel[FinderResult]):
    """Rows of FinderResult, nearest first, replaced as a whole on every new search."""

    def __init__(self, units: Units = Units.KM, language: str = "en") -> None:
        super().__init__(
            (
                RoleSpec("display", Qt.ItemDataRole.DisplayRole, lambda r: r.facility.name),
                RoleSpec("accessibleText", Qt.ItemDataRole.AccessibleTextRole, self._spoken),
                RoleSpec(
                    "toolTip",
                    Qt.ItemDataRole.ToolTipRole,
                    lambda r: "\n".join(
                        [r.facility.name, *address_lines(r.facility), r.facility.placement.label]
                    ),
                ),
                RoleSpec("facilityId", FacilityIdRole, lambda r: r.facility.id),
                RoleSpec("name", NameRole, lambda r: r.facility.name),
                RoleSpec("distance", DistanceRole, self._distance),
                RoleSpec("distanceKm", DistanceKmRole, lambda r: r.distance_km),
                RoleSpec("statusText", StatusTextRole, lambda r: r.status.text),
                RoleSpec("open", OpenRole, lambda r: r.status.open),
                RoleSpec("address", AddressRole, _address),
                RoleSpec("groupHeading", GroupHeadingRole, self._heading),
            )
        )
        self.units = units
        self.language = language
        # The first result of the unknown-hours group, shown under a heading of its own.
        self._first_unknown: FinderResult | None = None

    def set_results(self, results: list[FinderResult], unknown: list[FinderResult]) -> None:
        """The results, then the facilities whose hours are unknown under their own heading."""
        self._first_unknown = unknown[0] if unknown else None
        self.set_rows([*results, *unknown])

    def set_rows(self, rows: Iterable[FinderResult]) -> None:
        """Rows without an unknown-hours group."""
        rows = list(rows)
        if self._first_unknown is not None and not any(r is self._first_unknown for r in rows):
            self._first_unknown = None
        super().set_rows(rows)

    def _heading(self, result: FinderResult) -> str:
        return phrase("unknown_group", self.language) if result is self._first_unknown else ""

    def _distance(self, result: FinderResult) -> str:
        return result.distance_text(self.units)

    def _spoken(self, result: FinderResult) -> str:
        name, status = result.facility.name, result.status.text
        return f"{name}, {self._distance(result)}, {status}, {_address(result)}"

    def row_of(self, facility_id: str) -> int:
        """The row of a facility, or -1."""
        return next((row for row, r in enumerate(self.rows()) if r.facility.id == facility_id), -1)


def _address(result: FinderResult) -> str:
    return ", ".join(address_lines(result.facility))
