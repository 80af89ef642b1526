"""The list model behind the facility finder's results: one row per facility found."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

from kbassist.facilities.address import address_lines
from kbassist.facilities.finder import FinderResult
from kbassist.facilities.geo import Units, format_distance

FacilityIdRole = Qt.ItemDataRole.UserRole + 1
NameRole = Qt.ItemDataRole.UserRole + 2
DistanceRole = Qt.ItemDataRole.UserRole + 3
DistanceKmRole = Qt.ItemDataRole.UserRole + 4
StatusTextRole = Qt.ItemDataRole.UserRole + 5
OpenRole = Qt.ItemDataRole.UserRole + 6
AddressRole = Qt.ItemDataRole.UserRole + 7

Index = QModelIndex | QPersistentModelIndex


class FinderResultsModel(QAbstractListModel):
    """Rows of FinderResult, nearest first, replaced as a whole on every new search."""

    def __init__(self, units: Units = Units.KM) -> None:
        super().__init__()
        self.units = units
        self._results: list[FinderResult] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        """Number of rows (the list is flat)."""
        return 0 if parent.isValid() else len(self._results)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The value of role for the row at index."""
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        facility = result.facility
        distance = format_distance(result.distance_km, self.units)
        address = ", ".join(address_lines(facility))
        values: dict[int, Any] = {
            Qt.ItemDataRole.DisplayRole: facility.name,
            Qt.ItemDataRole.AccessibleTextRole: (
                f"{facility.name}, {distance}, {result.status.text}, {address}"
            ),
            Qt.ItemDataRole.ToolTipRole: "\n".join([facility.name, *address_lines(facility)]),
            FacilityIdRole: facility.id,
            NameRole: facility.name,
            DistanceRole: distance,
            DistanceKmRole: result.distance_km,
            StatusTextRole: result.status.text,
            OpenRole: result.status.open,
            AddressRole: address,
        }
        return values.get(role)

    def roleNames(self) -> dict[int, QByteArray]:
        """Names for the custom roles (used by accessibility tools and QML)."""
        names = dict(super().roleNames())
        for role, name in (
            (FacilityIdRole, b"facilityId"),
            (NameRole, b"name"),
            (DistanceRole, b"distance"),
            (DistanceKmRole, b"distanceKm"),
            (StatusTextRole, b"statusText"),
            (OpenRole, b"open"),
            (AddressRole, b"address"),
        ):
            names[role] = QByteArray(name)
        return names

    def set_results(self, results: list[FinderResult]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def result(self, row: int) -> FinderResult | None:
        """The result at row, if there is one."""
        return self._results[row] if 0 <= row < len(self._results) else None

    def row_of(self, facility_id: str) -> int:
        """The row of a facility, or -1."""
        return next(
            (row for row, r in enumerate(self._results) if r.facility.id == facility_id), -1
        )
