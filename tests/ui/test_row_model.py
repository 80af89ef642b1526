"""RowModel answers data() and roleNames() from its role table and resets on set_rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import assert_type

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from kbassist.ui.row_model import RoleSpec, RoleTable, RowModel


@dataclass(frozen=True)
class Town:
    name: str
    postcode: str


NameRole = Qt.ItemDataRole.UserRole + 1
PostcodeRole = Qt.ItemDataRole.UserRole + 2

TOWN_ROLES: tuple[RoleSpec[Town], ...] = (
    RoleSpec("display", Qt.ItemDataRole.DisplayRole, lambda town: town.name.upper()),
    RoleSpec("name", NameRole, lambda town: town.name),
    RoleSpec("postcode", PostcodeRole, lambda town: town.postcode),
)

TOWNS = [Town("Leeds", "LS1"), Town("York", "YO1")]


class TownModel(RowModel[Town]):
    """A thin subclass, as the panels' models are."""

    def __init__(self) -> None:
        super().__init__(TOWN_ROLES)


def test_each_role_gives_its_value_for_the_row() -> None:
    model = TownModel()
    model.set_rows(TOWNS)
    york = model.index(1, 0)
    assert york.data() == "YORK"
    assert york.data(NameRole) == "York"
    assert model.data(york, PostcodeRole) == "YO1"
    # A role the table does not declare has no value, rather than another role's.
    assert york.data(Qt.ItemDataRole.ToolTipRole) is None
    assert york.data(Qt.ItemDataRole.UserRole + 3) is None


def test_role_names_come_from_the_table_next_to_qts_own() -> None:
    names = {role: bytes(name.data()) for role, name in TownModel().roleNames().items()}
    assert names[NameRole] == b"name"
    assert names[PostcodeRole] == b"postcode"
    assert names[Qt.ItemDataRole.DisplayRole] == b"display"
    assert names[Qt.ItemDataRole.ToolTipRole] == b"toolTip"  # Qt's default names stay


def test_a_role_declared_twice_is_refused() -> None:
    same_number: RoleSpec[Town] = RoleSpec("zip", PostcodeRole, lambda town: town.postcode)
    same_name: RoleSpec[Town] = RoleSpec("name", Qt.ItemDataRole.UserRole + 9, lambda t: t.name)
    for second in (same_number, same_name):
        with pytest.raises(ValueError, match="declared twice"):
            RoleTable((*TOWN_ROLES, second))


def test_set_rows_resets_the_model_once(qtbot: QtBot) -> None:
    model = TownModel()
    model.set_rows(TOWNS[:1])
    counts_at_reset: list[int] = []
    model.modelAboutToBeReset.connect(lambda: counts_at_reset.append(model.rowCount()))
    with (
        qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], timeout=100),
        qtbot.assertNotEmitted(model.rowsInserted),
        qtbot.assertNotEmitted(model.dataChanged),
    ):
        model.set_rows(iter(TOWNS))  # any iterable will do; it is read once
    # Views are told before the rows change, while they can still read the old ones.
    assert counts_at_reset == [1]
    assert model.rowCount() == 2
    assert model.rows() == TOWNS


def test_a_view_shows_the_new_rows(qtbot: QtBot) -> None:
    model = TownModel()
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_rows(TOWNS)
    view.setCurrentIndex(model.index(1, 0))
    assert view.currentIndex().data(NameRole) == "York"
    model.set_rows([])
    assert not view.currentIndex().isValid()


def test_an_invalid_index_or_a_missing_row_has_no_data() -> None:
    model = TownModel()
    model.set_rows(TOWNS)
    assert model.data(QModelIndex()) is None
    assert model.data(QPersistentModelIndex(), NameRole) is None
    assert not model.index(2, 0).isValid()
    # An index kept from before a reset points past the rows that are left.
    stale = model.index(1, 0)
    model.set_rows(TOWNS[:1])
    assert model.data(stale, NameRole) is None
    assert model.row_at(1) is None
    assert model.row_at(-1) is None
    assert model.row_at(0) == TOWNS[0]


def test_a_flat_list_has_no_children() -> None:
    model = TownModel()
    model.set_rows(TOWNS)
    assert model.rowCount() == 2
    assert model.rowCount(model.index(0, 0)) == 0


def test_rows_is_a_copy() -> None:
    model = TownModel()
    model.set_rows(TOWNS)
    model.rows().clear()
    assert model.rowCount() == 2


def test_the_row_type_carries_through() -> None:
    # Subscripted at run time too, as a model that needs no subclass is made.
    model = RowModel[Town](TOWN_ROLES)
    model.set_rows(TOWNS)
    row = model.row_at(0)
    assert_type(row, Town | None)  # mypy checks this; a RowModel[Any] would fail it
    assert_type(model.rows(), list[Town])
    assert row is not None
    assert row.postcode == "LS1"
