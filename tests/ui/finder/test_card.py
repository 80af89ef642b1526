"""The facility card on its own, as the main window shows it for a facility from search."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kbassist.content.folder import Content, load_content
from kbassist.ui.finder.card import FacilityCard
from kbassist.ui.finder.colours import status_colour
from kbassist.ui.theme import apply_text_scale, dark_palette
from tests.contentkit import load_clean, write

LONDON = zoneinfo.ZoneInfo("Europe/London")
# Wednesday 2026-12-23, 10:00 in London; Christmas Day is that Friday.
NOW = dt.datetime(2026, 12, 23, 10, 0, tzinfo=LONDON)

# Camden with every field a card can show: two address lines, split and special hours, notes.
FACILITIES = """
- id: camden
  name: Larkspur Camden
  services: [returns, repairs]
  address: [Unit 4, 12 Parkway]
  city: London
  postcode: NW1 7AA
  country: GB
  lat: 51.5390
  lon: -0.1426
  phone: "+44 20 7946 0101"
  email: camden@larkspur.example
  url: https://larkspur.example/stores/camden
  timezone: Europe/London
  hours:
    mon: 09:00-12:30,13:30-17:30
    tue: 09:00-17:30
    wed: 09:00-17:30
    thu: 09:00-17:30
    fri: 09:00-17:30
    sat: 10:00-16:00
  exceptions:
    2026-12-24: 09:00-13:00
    2026-12-25: closed
  notes: Parking behind the store.
  accessibility: Step-free entrance, hearing loop at the counter.
- id: ilica
  name: Larkspur Ilica
  address: [Ilica 242]
  city: Zagreb
  postcode: "10000"
  country: HR
  lat: 45.8148
  lon: 15.9418
  timezone: Europe/Zagreb
"""


@pytest.fixture
def content(tmp_path: Path) -> Content:
    root = tmp_path / "content"
    write(root, "facilities/stores.yaml", FACILITIES)
    return load_clean(root)


@pytest.fixture
def card(qtbot: QtBot, content: Content) -> FacilityCard:
    widget = FacilityCard(lambda: NOW, content.facilities)
    qtbot.addWidget(widget)
    widget.resize(500, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_show_facility_with_contacts_hours_and_map(card: FacilityCard, content: Content) -> None:
    card.show_facility(content.facilities["camden"], NOW)
    assert card.name.text() == "Larkspur Camden"
    assert card.status.text().endswith(">Open until 17:30</span>")
    assert card.address.text() == "Unit 4<br>12 Parkway<br>London<br>NW1 7AA<br>United Kingdom"
    contacts = card.contacts.text()
    assert 'href="tel:+442079460101"' in contacts
    assert 'href="mailto:camden@larkspur.example"' in contacts
    assert 'href="https://larkspur.example/stores/camden"' in contacts
    hours = card.hours.text()
    assert "<b>Wednesday (today)</b>" in hours
    assert "<b>09:00–17:30</b>" in hours
    assert "Monday&nbsp;&nbsp;</td><td>09:00–12:30, 13:30–17:30" in hours
    assert "Thu 24 Dec&nbsp;&nbsp;</td><td>09:00–13:00 — special hours" in hours
    # A public holiday is named on its day, here with the facility's own closing.
    assert "Fri 25 Dec&nbsp;&nbsp;</td><td>Closed — Christmas Day, special closing" in hours
    assert "Sunday&nbsp;&nbsp;</td><td>Closed" in hours
    assert "Europe/London" in hours
    details = card.details.text()
    assert "returns, repairs" in details and "Parking behind" in details
    assert "Step-free entrance" in details
    assert (
        'href="https://www.openstreetmap.org/?mlat=51.53900&amp;mlon=-0.14260#map=17/51.53900/-0.14260"'
        in card.map_link.text()
    )
    assert ">Open map</a> (OpenStreetMap)" in card.map_link.text()
    assert card.copy_button.isEnabled() and card.reply_button.isEnabled()
    assert card.message_button.isEnabled()


def test_unknown_hours_are_said_not_hidden(card: FacilityCard, content: Content) -> None:
    card.show_facility(content.facilities["ilica"], NOW)
    assert "Hours unknown" in card.status.text()
    assert "Hours unknown" in card.hours.text()
    assert card.address.text() == "Ilica 242<br>10000 Zagreb<br>Croatia"
    assert card.contacts.isHidden()


def test_copy_address_and_use_in_reply(qtbot: QtBot, card: FacilityCard) -> None:
    card.show_facility_id("ilica")
    with qtbot.waitSignal(card.copied, timeout=1000) as copied:
        qtbot.mouseClick(card.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "Larkspur Ilica\nIlica 242\n10000 Zagreb"
    assert copied.args == ["Larkspur Ilica\nIlica 242\n10000 Zagreb"]
    with qtbot.waitSignal(card.use_in_reply, timeout=1000) as blocker:
        qtbot.mouseClick(card.reply_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["ilica"]


def test_nothing_shown(card: FacilityCard, qtbot: QtBot) -> None:
    card.show_facility_id("no-such-facility")
    assert card.facility is None
    assert not card.copy_button.isEnabled() and not card.reply_button.isEnabled()
    with qtbot.assertNotEmitted(card.use_in_reply):
        card.reply_button.click()


def test_new_content_follows_the_shown_facility(
    card: FacilityCard, tmp_path: Path, content: Content
) -> None:
    card.show_facility_id("camden")
    other = tmp_path / "other"
    write(other, "facilities/stores.yaml", FACILITIES.replace("Larkspur Camden", "Camden Store"))
    card.set_content(load_content(other))
    assert card.name.text() == "Camden Store"
    write(
        other, "facilities/stores.yaml", FACILITIES.split("- id: ilica")[0].replace("camden", "x")
    )
    card.set_content(load_content(other))
    assert card.facility is None


def test_status_colours() -> None:
    light = QPalette(QColor("#ffffff"))
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    assert status_colour(True, light).name() == "#1e7b34"
    assert status_colour(True, dark_palette()).name() == "#81c995"
    assert status_colour(None, dark_palette()) == dark_palette().color(
        QPalette.ColorRole.PlaceholderText
    )
    assert status_colour(False, dark_palette()) == dark_palette().color(QPalette.ColorRole.Text)


LONG = """
- id: tresnjevka
  name: Larkspur Repair Centre Northern Quarter Trešnjevka
  services: [collection]
  address: [Ozaljska ulica 93]
  city: Zagreb
  postcode: "10000"
  country: HR
  lat: 45.7988
  lon: 15.9436
  phone: "+385 1 4600 103"
  email: preuzimanje.tresnjevka.sjever@larkspur.example
  url: https://larkspur.example/hr/preuzimanje/tresnjevka-sjever-istok
  timezone: Europe/Zagreb
  hours:
    mon: 08:00-20:00
"""


def test_a_narrow_card_at_a_large_text_size_shows_everything_without_sideways_scrolling(
    qtbot: QtBot, tmp_path: Path
) -> None:
    root = tmp_path / "long"
    write(root, "facilities/stores.yaml", LONG)
    content = load_clean(root)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_text_scale(app, 1.3)
    try:
        # About the width the card gets in a 1024×700 window.
        card = FacilityCard(lambda: NOW, content.facilities)
        qtbot.addWidget(card)
        card.resize(260, 600)
        card.show()
        qtbot.waitExposed(card)
        card.show_facility(content.facilities["tresnjevka"], NOW)
        qtbot.wait(10)
        assert not card.scroll_area.horizontalScrollBar().isVisible()
        viewport = card.scroll_area.viewport().width()
        body = card.scroll_area.widget()
        assert body is not None
        assert body.width() <= viewport
        for label in card.findChildren(QLabel):
            if label.isVisible():
                assert label.geometry().right() <= viewport, label.accessibleName()
        # The name wraps; the addresses are shortened, whole in the tooltip and the links.
        assert card.name.wordWrap()
        assert card.name.toolTip() == "Larkspur Repair Centre Northern Quarter Trešnjevka"
        contacts = card.contacts.text()
        assert "…" in contacts
        assert 'href="mailto:preuzimanje.tresnjevka.sjever@larkspur.example"' in contacts
        assert "preuzimanje.tresnjevka.sjever@larkspur.example" in card.contacts.toolTip()
        # Three buttons do not fit side by side: they go on rows of their own, inside the card.
        buttons = (card.copy_button, card.message_button, card.reply_button)
        for button in buttons:
            assert button.mapTo(card, button.rect().topRight()).x() <= card.width()
        assert len({button.y() for button in buttons}) > 1
        # Wider, the whole address shows again.
        card.resize(900, 600)
        qtbot.waitUntil(lambda: "…" not in card.contacts.text())
        qtbot.waitUntil(lambda: len({button.y() for button in buttons}) == 1)
    finally:
        apply_text_scale(app, 1.0)


def test_the_name_follows_the_text_size(qtbot: QtBot, card: FacilityCard) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = card.name.font().pointSizeF()
    apply_text_scale(app, 1.3)
    try:
        qtbot.waitUntil(
            lambda: card.name.font().pointSizeF() == pytest.approx(before * 1.3, rel=0.02)
        )
        assert card.name.font().bold()
    finally:
        apply_text_scale(app, 1.0)
    qtbot.waitUntil(lambda: card.name.font().pointSizeF() == pytest.approx(before, rel=0.02))


def test_the_status_colour_follows_a_theme_change(
    qtbot: QtBot, card: FacilityCard, content: Content
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    card.show_facility(content.facilities["camden"], NOW)
    assert "#1e7b34" in card.status.text()
    original = app.palette()
    app.setPalette(dark_palette())
    try:
        qtbot.waitUntil(lambda: "#81c995" in card.status.text())
    finally:
        app.setPalette(original)
    qtbot.waitUntil(lambda: "#1e7b34" in card.status.text())


def test_copy_as_text_message_fits_one_sms(
    qtbot: QtBot, card: FacilityCard, content: Content
) -> None:
    card.show_facility(content.facilities["camden"], NOW)
    with qtbot.waitSignal(card.copied, timeout=1000) as copied:
        qtbot.mouseClick(card.message_button, Qt.MouseButton.LeftButton)
    expected = (
        "Larkspur Camden. Unit 4, 12 Parkway, London, NW1 7AA. Today 09:00-17:30. "
        "Tel +44 20 7946 0101"
    )
    assert QApplication.clipboard().text() == expected
    assert copied.args == [expected]
    assert len(expected) <= 160


def test_the_map_link_opens_through_the_vetted_opener(qtbot: QtBot, content: Content) -> None:
    opened: list[str] = []
    card = FacilityCard(lambda: NOW, content.facilities, open_url=opened.append)
    qtbot.addWidget(card)
    card.show_facility(content.facilities["camden"], NOW)
    card.map_link.linkActivated.emit(
        "https://www.openstreetmap.org/?mlat=51.53900&mlon=-0.14260#map=17/51.53900/-0.14260"
    )
    assert opened == [
        "https://www.openstreetmap.org/?mlat=51.53900&mlon=-0.14260#map=17/51.53900/-0.14260"
    ]


SLOVENIAN = """
- id: bezigrad
  name: Larkspur Repair Centre Bežigrad
  address: [Dunajska cesta 115]
  city: Ljubljana
  postcode: "1000"
  country: SI
  lat: 46.0700
  lon: 14.5100
  phone: "+386 1 300 41 02"
  timezone: Europe/Ljubljana
  hours: "Mo-Fr 08:00-12:00,13:00-17:00; PH off"
"""


def test_a_slovenian_card_on_statehood_day_in_slovenian_and_english(
    qtbot: QtBot, tmp_path: Path
) -> None:
    content = load_clean(write(tmp_path, "si/facilities/si.yaml", SLOVENIAN).parents[1])
    bezigrad = content.facilities["bezigrad"]
    noon = dt.datetime(2026, 6, 25, 12, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Ljubljana"))
    cards = {}
    for language in ("sl", "en"):
        card = FacilityCard(lambda: noon, content.facilities, language=language)
        qtbot.addWidget(card)
        card.show_facility(bezigrad, noon)
        cards[language] = card
    assert "Danes zaprto (dan državnosti), odpre se jutri ob 08:00" in cards["sl"].status.text()
    assert "Closed today (Statehood Day), opens tomorrow at 08:00" in cards["en"].status.text()
    assert cards["sl"].address.text().endswith("<br>Slovenija")
    assert cards["en"].address.text().endswith("<br>Slovenia")
    sl_hours, en_hours = cards["sl"].hours.text(), cards["en"].hours.text()
    assert "ponedeljek&nbsp;&nbsp;</td><td>08:00–12:00, 13:00–17:00" in sl_hours
    assert "<b>čet., 25. jun. (danes)</b>" in sl_hours
    assert "<b>Zaprto — dan državnosti</b>" in sl_hours
    assert "<b>Thu 25 Jun (today)</b>&nbsp;&nbsp;</td><td><b>Closed — Statehood Day</b>" in en_hours
    assert "Danes zaprto (dan državnosti)" in cards["sl"].message_text()
