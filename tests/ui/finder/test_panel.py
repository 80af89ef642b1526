"""The facility finder driven through real widgets with a fixed clock."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
)
from pytestqt.qtbot import QtBot

from kbassist.content.folder import Content, load_content
from kbassist.facilities.geo import Units
from kbassist.ui.finder.model import (
    DistanceKmRole,
    DistanceRole,
    FacilityIdRole,
    GroupHeadingRole,
    OpenRole,
    StatusTextRole,
)
from kbassist.ui.finder.panel import FinderPanel
from kbassist.ui.theme import apply_text_scale, dark_palette, light_palette
from tests.contentkit import LONDON_PLACES, LONDON_STORES, load_clean, write

# The offscreen platform cannot raise, resize or grab for the completer's popup and says so;
# the popup itself works.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

LONDON = zoneinfo.ZoneInfo("Europe/London")
# Friday 2027-03-05, 16:50 in London.
NOW = dt.datetime(2027, 3, 5, 16, 50, tzinfo=LONDON)

# Soho's hours are unknown; Šentvid is in another country and another time zone.
FACILITIES = (
    LONDON_STORES
    + """
- id: soho
  name: Larkspur Soho
  services: [returns]
  address: [5 Wardour Street]
  city: London
  postcode: W1D 6PB
  country: GB
  lat: 51.5300
  lon: -0.1400
  timezone: Europe/London
- id: sentvid
  name: Larkspur Šentvid
  services: [returns]
  address: [Celovška cesta 500]
  city: Ljubljana
  postcode: "1210"
  country: SI
  lat: 46.0960
  lon: 14.4660
  timezone: Europe/Ljubljana
  hours:
    fri: 08:00-20:00
"""
)


@pytest.fixture
def content(tmp_path: Path) -> Content:
    root = tmp_path / "content"
    write(root, "facilities/stores.yaml", FACILITIES)
    write(root, "facilities/places.csv", LONDON_PLACES)
    return load_clean(root)


@pytest.fixture
def panel(qtbot: QtBot, content: Content) -> FinderPanel:
    widget = FinderPanel(content.facilities, content.places, lambda: NOW, Units.KM)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.location_box.setFocus()
    return widget


def type_location(qtbot: QtBot, panel: FinderPanel, text: str) -> None:
    with qtbot.waitSignal(panel.results_shown, timeout=3000) as blocker:
        qtbot.keyClicks(panel.location_box, text)
    # Only the last, debounced search counts.
    qtbot.waitUntil(lambda: not panel._debounce.isActive())
    assert blocker.args == [panel.location_box.text()]


def column(panel: FinderPanel, role: int) -> list[object]:
    model = panel.model
    return [model.index(row, 0).data(role) for row in range(model.rowCount())]


def test_typing_a_postcode_shows_cards_nearest_first(qtbot: QtBot, panel: FinderPanel) -> None:
    type_location(qtbot, panel, "nw1 7aa")
    assert column(panel, FacilityIdRole) == ["camden", "soho", "islington", "sentvid"]
    distances = column(panel, DistanceKmRole)
    assert distances == sorted(distances)  # type: ignore[type-var]
    assert column(panel, DistanceRole) == ["0 m", "1.0 km", "2.8 km", "1226 km"]
    assert column(panel, StatusTextRole)[:3] == [
        "Closes in 40 minutes",
        "Hours unknown – call before sending a customer",
        "Opens tomorrow at 10:00",
    ]
    assert column(panel, OpenRole)[:3] == [True, None, False]
    assert "Nearest to" in panel.message.text() and "NW1 7AA" in panel.message.text()
    assert panel.card.facility is None


def test_enter_selects_the_first_and_arrows_move(qtbot: QtBot, panel: FinderPanel) -> None:
    qtbot.keyClicks(panel.location_box, "NW1 7AA")
    qtbot.keyClick(panel.location_box, Qt.Key.Key_Return)
    assert panel.selected_id() == "camden"
    assert panel.card.facility is not None and panel.card.facility.id == "camden"
    assert "Larkspur Camden" in panel.card.name.text()
    qtbot.keyClick(panel.location_box, Qt.Key.Key_Down)
    assert panel.selected_id() == "soho"
    assert panel.card.facility is not None and panel.card.facility.id == "soho"
    qtbot.keyClick(panel.location_box, Qt.Key.Key_Up)
    qtbot.keyClick(panel.location_box, Qt.Key.Key_Up)
    assert panel.selected_id() == "camden"
    assert panel.location_box.hasFocus()


def test_copy_address_and_use_in_reply(qtbot: QtBot, panel: FinderPanel) -> None:
    qtbot.keyClicks(panel.location_box, "NW1 7AA")
    qtbot.keyClick(panel.location_box, Qt.Key.Key_Return)
    with qtbot.waitSignal(panel.copied, timeout=1000):
        qtbot.mouseClick(panel.card.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Larkspur Camden\n12 Parkway\nLondon\nNW1 7AA"
    with qtbot.waitSignal(panel.use_in_reply, timeout=1000) as blocker:
        qtbot.mouseClick(panel.card.reply_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["camden"]


def test_unknown_place_shows_suggestions_that_work(qtbot: QtBot, panel: FinderPanel) -> None:
    type_location(qtbot, panel, "Lubljana")
    assert panel.model.rowCount() == 0
    text = panel.message.text()
    assert "No place called “Lubljana”" in text
    assert 'href="Ljubljana"' in text
    with qtbot.waitSignal(panel.results_shown, timeout=1000):
        panel.message.linkActivated.emit("Ljubljana")
    assert panel.location_box.text() == "Ljubljana"
    assert column(panel, FacilityIdRole)[0] == "sentvid"


def test_nothing_like_it_says_what_to_type(qtbot: QtBot, panel: FinderPanel) -> None:
    type_location(qtbot, panel, "qqqqqq")
    assert "Type a postcode, a town, or coordinates" in panel.message.text()


def test_place_names_without_accents_and_completion(qtbot: QtBot, panel: FinderPanel) -> None:
    type_location(qtbot, panel, "sen")
    assert panel.completions.stringList() == ["Šentvid"]
    # While typing, the best completion gives results at once.
    assert column(panel, FacilityIdRole)[0] == "sentvid"
    assert "best match so far" in panel.message.text()
    type_location(qtbot, panel, "tvid")
    assert panel.location_box.text() == "sentvid"
    assert "best match so far" not in panel.message.text()
    assert column(panel, StatusTextRole)[0] == "Open until 20:00"


def test_service_filter(qtbot: QtBot, panel: FinderPanel) -> None:
    type_location(qtbot, panel, "London")
    panel.service_combo.setCurrentIndex(panel.service_combo.findData("repairs"))
    assert column(panel, FacilityIdRole) == ["camden", "islington"]
    panel.service_combo.setCurrentIndex(0)
    assert len(column(panel, FacilityIdRole)) == 4


def test_open_at_another_time_and_open_only(qtbot: QtBot, panel: FinderPanel) -> None:
    type_location(qtbot, panel, "NW1 7AA")
    panel.open_only.setChecked(True)
    # Now (Friday 16:50): Camden open, Islington closed, Šentvid open; Soho's hours are
    # unknown, so it is never listed as open but in a group of its own, after them.
    assert column(panel, FacilityIdRole) == ["camden", "sentvid", "soho"]
    assert column(panel, GroupHeadingRole) == [
        "",
        "",
        "Hours unknown – call before sending a customer",
    ]
    panel.set_when(dt.datetime(2027, 3, 6, 11, 0))
    assert panel.when_edit.isEnabled()
    assert panel.at() == dt.datetime(2027, 3, 6, 11, 0, tzinfo=LONDON)
    assert column(panel, FacilityIdRole) == ["islington", "soho"]
    assert column(panel, StatusTextRole) == [
        "Open until 16:00",
        "Hours unknown – call before sending a customer",
    ]
    panel.when_combo.setCurrentIndex(0)
    assert not panel.when_edit.isEnabled()
    assert column(panel, FacilityIdRole) == ["camden", "sentvid", "soho"]
    # Without "Open only" every facility is listed by distance, with no group.
    panel.open_only.setChecked(False)
    assert "soho" in column(panel, FacilityIdRole)[:2]
    assert set(column(panel, GroupHeadingRole)) == {""}


def test_selection_survives_a_new_search(qtbot: QtBot, panel: FinderPanel) -> None:
    qtbot.keyClicks(panel.location_box, "NW1 7AA")
    qtbot.keyClick(panel.location_box, Qt.Key.Key_Return)
    qtbot.keyClick(panel.location_box, Qt.Key.Key_Down)
    panel.service_combo.setCurrentIndex(panel.service_combo.findData("returns"))
    assert panel.selected_id() == "soho"
    panel.service_combo.setCurrentIndex(panel.service_combo.findData("repairs"))
    assert panel.selected_id() is None
    assert panel.card.facility is None


def test_miles(qtbot: QtBot, content: Content) -> None:
    panel = FinderPanel(content.facilities, content.places, lambda: NOW, Units.MILES)
    qtbot.addWidget(panel)
    panel.location_box.setText("London")
    panel.search_now()
    assert str(column(panel, DistanceRole)[0]).endswith(" mi")


def test_new_content_replaces_facilities(qtbot: QtBot, panel: FinderPanel, tmp_path: Path) -> None:
    type_location(qtbot, panel, "London")
    other = tmp_path / "other"
    write(other, "facilities/stores.yaml", FACILITIES.split("- id: islington")[0])
    write(other, "facilities/places.csv", LONDON_PLACES)
    panel.set_content(load_content(other))
    assert column(panel, FacilityIdRole) == ["camden"]
    assert panel.service_combo.count() == 3


def test_every_control_has_an_accessible_name(panel: FinderPanel) -> None:
    card = panel.card
    controls = [
        panel.location_box,
        panel.service_combo,
        panel.when_combo,
        panel.when_edit,
        panel.now_button,
        panel.open_only,
        panel.message,
        panel.results,
        card,
        card.name,
        card.status,
        card.address,
        card.contacts,
        card.hours,
        card.details,
        card.map_link,
        card.copy_button,
        card.message_button,
        card.reply_button,
    ]
    names = [c.accessibleName() for c in controls]
    assert "" not in names
    assert len(set(names)) == len(names)
    # Every button, box and list in the panel is among them (Qt's own parts aside).
    mine = {id(c) for c in controls}
    for kind in (QAbstractButton, QComboBox, QLineEdit, QDateTimeEdit):
        for widget in panel.findChildren(kind):
            if widget.objectName().startswith("qt_") or not widget.accessibleName():
                assert isinstance(widget.parent(), QLineEdit | QDateTimeEdit), widget
                continue
            assert id(widget) in mine, widget


def test_focus_goes_to_the_location_box(qtbot: QtBot, panel: FinderPanel) -> None:
    panel.results.setFocus()
    panel.setFocus()
    assert panel.location_box.hasFocus()


def test_result_cards_paint(qtbot: QtBot, panel: FinderPanel) -> None:
    type_location(qtbot, panel, "NW1 7AA")
    panel.select_first()
    image = panel.results.viewport().grab().toImage()
    assert not image.isNull()
    rect = panel.results.visualRect(panel.model.index(0, 0))
    assert rect.height() > 3 * panel.results.fontMetrics().height()


def test_choosing_at_starts_from_now(qtbot: QtBot, panel: FinderPanel) -> None:
    type_location(qtbot, panel, "NW1 7AA")
    panel.when_combo.setCurrentIndex(1)
    assert panel.at() == NOW.replace(second=0)
    panel.when_edit.setDateTime(panel.when_edit.dateTime().addSecs(3600))
    assert panel.at() == dt.datetime(2027, 3, 5, 17, 50, tzinfo=LONDON)
    assert column(panel, StatusTextRole)[0] == "Opens Monday 09:00"


def test_picking_a_completion_selects_the_nearest(qtbot: QtBot, panel: FinderPanel) -> None:
    qtbot.keyClicks(panel.location_box, "lju")
    popup = panel.completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert panel.completions.stringList() == ["Ljubljana"]
    row = popup.visualRect(popup.model().index(0, 0)).center()
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert panel.location_box.text() == "Ljubljana"
    assert panel.selected_id() == "sentvid"
    assert not popup.isVisible()


def test_now_follows_the_clock_until_a_time_is_chosen(qtbot: QtBot, content: Content) -> None:
    times = [NOW]
    panel = FinderPanel(content.facilities, content.places, lambda: times[-1], Units.KM)
    qtbot.addWidget(panel)
    type_location(qtbot, panel, "NW1 7AA")
    assert panel.follows_clock and panel.now_button.isHidden()
    assert panel.when_edit.dateTime().toString("HH:mm") == "16:50"
    # A minute's tick moves the time shown, and the statuses with it.
    times.append(NOW + dt.timedelta(minutes=15))
    panel.refresh_timer.timeout.emit()
    assert panel.when_edit.dateTime().toString("HH:mm") == "17:05"
    assert column(panel, StatusTextRole)[0] == "Closes in 25 minutes"
    # A time the agent chose stays put on the tick; Now returns to following the clock.
    panel.set_when(dt.datetime(2027, 3, 6, 11, 0))
    assert not panel.follows_clock and not panel.now_button.isHidden()
    times.append(NOW + dt.timedelta(minutes=30))
    panel.refresh_timer.timeout.emit()
    assert panel.when_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2027-03-06 11:00"
    qtbot.mouseClick(panel.now_button, Qt.MouseButton.LeftButton)
    assert panel.follows_clock and panel.now_button.isHidden()
    assert panel.when_edit.dateTime().toString("HH:mm") == "17:20"
    assert column(panel, StatusTextRole)[0] == "Closes in 10 minutes"


def test_the_date_and_time_box_fits_its_text_at_a_large_text_size(
    qtbot: QtBot, content: Content
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_text_scale(app, 1.3)
    try:
        panel = FinderPanel(content.facilities, content.places, lambda: NOW, Units.KM)
        qtbot.addWidget(panel)
        panel.resize(640, 500)
        panel.show()
        qtbot.waitExposed(panel)
        panel.set_when(dt.datetime(2027, 9, 29, 23, 59))
        edit = panel.when_edit
        text = edit.fontMetrics().horizontalAdvance(edit.text())
        # The text and the up/down arrows both fit in the box as laid out.
        assert edit.width() >= text + 20
        assert edit.width() >= edit.minimumWidth() >= text
    finally:
        apply_text_scale(app, 1.0)


@pytest.mark.parametrize(("width", "height"), [(1024, 700), (1180, 760), (1400, 900)])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_card_fits_the_window_at_a_large_text_size(
    qtbot: QtBot, content: Content, width: int, height: int, theme: str
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.palette()
    app.setPalette(dark_palette() if theme == "dark" else light_palette())
    apply_text_scale(app, 1.3)
    try:
        panel = FinderPanel(content.facilities, content.places, lambda: NOW, Units.KM)
        qtbot.addWidget(panel)
        panel.resize(width, height)
        panel.show()
        qtbot.waitExposed(panel)
        type_location(qtbot, panel, "NW1 7AA")
        panel.select_first()
        card = panel.card
        qtbot.waitUntil(lambda: card.facility is not None)
        qtbot.wait(10)
        assert not card.scroll_area.horizontalScrollBar().isVisible()
        viewport = card.scroll_area.viewport().width()
        for label in (card.name, card.status, card.address, card.contacts, card.hours):
            assert label.geometry().right() <= viewport, label.accessibleName()
        # The e-mail is whole, and so is the name, on lines of its own if need be.
        assert "camden@larkspur.example</a>" in card.contacts.text()
        assert card.name.text() == "Larkspur Camden"
        # The buttons stay inside the card, on one row or on several.
        for button in (card.copy_button, card.message_button, card.reply_button):
            right = button.mapTo(card, button.rect().topRight()).x()
            assert right <= card.width(), button.text()
    finally:
        apply_text_scale(app, 1.0)
        app.setPalette(original)
