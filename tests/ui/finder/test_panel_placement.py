"""The finder with facilities placed by postcode or town, and some not placed at all."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kbassist.content.folder import load_content
from kbassist.facilities.placestore import PlaceStore, import_places
from kbassist.ui.finder.model import DistanceKmRole, DistanceRole, FacilityIdRole
from kbassist.ui.finder.panel import FinderPanel
from tests.contentkit import write

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

DATA = Path(__file__).parents[2] / "facilities" / "data"
NOW = dt.datetime(2027, 3, 5, 11, 0, tzinfo=zoneinfo.ZoneInfo("Europe/London"))
LIBRARIES = """\
- id: hoyland
  name: Hoyland Library
  postcode: S74 9AF
  city: Barnsley
  country: GB
- id: barnsley
  name: Barnsley Central Library
  postcode: S70 2JF
  country: GB
  lat: 53.5526
  lon: -1.4797
- id: hoxne
  name: Hoxne Village Library
  city: Hoxne
  postcode: IP21 5AS
  country: GB
"""


@pytest.fixture
def panel(qtbot: QtBot, tmp_path: Path) -> FinderPanel:
    write(tmp_path, "facilities/places.csv", (DATA / "gazetteer_sample.csv").read_text("utf-8"))
    write(tmp_path, "facilities/libraries.yaml", LIBRARIES)
    widget = FinderPanel({}, [], clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.set_content(load_content(tmp_path))
    return widget


def rows(panel: FinderPanel) -> list[tuple[str, str]]:
    model = panel.model
    return [
        (str(model.index(r, 0).data(FacilityIdRole)), str(model.index(r, 0).data(DistanceRole)))
        for r in range(model.rowCount())
    ]


def test_looked_up_places_read_as_approximate(panel: FinderPanel, qtbot: QtBot) -> None:
    qtbot.keyClicks(panel.location_box, "S74")
    panel.search_now()
    assert rows(panel) == [("hoyland", "≈ 0 m"), ("barnsley", "6.3 km")]
    assert "placed by postcode or town" in panel.message.text()
    tip = str(panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))
    assert tip.endswith("S74 9AF\nplaced by postcode district")
    assert str(panel.model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)).endswith(
        "given coordinates"
    )


def test_an_unplaced_facility_is_found_by_its_town(panel: FinderPanel, qtbot: QtBot) -> None:
    qtbot.keyClicks(panel.location_box, "Hoxne")
    panel.search_now()
    assert rows(panel) == [("hoxne", "distance unknown")]
    assert panel.model.index(0, 0).data(DistanceKmRole) is None
    assert "no place in the gazetteer" in panel.message.text()
    panel.select_first()
    assert panel.card.facility is not None and panel.card.facility.id == "hoxne"


def test_the_imported_postcode_list_locates_the_customer(qtbot: QtBot, tmp_path: Path) -> None:
    store_file = tmp_path / "places.sqlite"
    columns = {"place": "pcds", "lat": "lat", "lon": "long"}
    import_places(DATA / "onspd_sample.csv", columns, {"country": "GB"}, store_file)
    write(tmp_path, "content/facilities/libraries.yaml", LIBRARIES)
    widget = FinderPanel({}, [], clock=lambda: NOW, more_places=PlaceStore(store_file))
    qtbot.addWidget(widget)
    widget.set_content(load_content(tmp_path / "content"))
    # S70 2HT is in the list only; completion offers it too.
    qtbot.keyClicks(widget.location_box, "S70 2H")
    assert widget.completions.stringList()[:1] == ["S70 2HT"]
    widget.location_box.setText("S70 2HT")
    widget.search_now()
    assert rows(widget)[0] == ("barnsley", "240 m")
