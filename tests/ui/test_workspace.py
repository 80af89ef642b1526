"""The agent workspace driven through real widgets over a real index in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot
from whoosh import index as whoosh_index

from kbassist.paths import cache_dir
from kbassist.search.engine import SearchIndex
from kbassist.search.schema import FILE_KIND
from kbassist.search.store import IndexStore
from kbassist.ui.app import build_window
from kbassist.ui.composer.composer import ComposerWidget
from kbassist.ui.finder.card import FacilityCard
from kbassist.ui.main_window import MainWindow
from kbassist.ui.search.results_model import ByMeaningRole, ItemIdRole
from kbassist.ui.settings import SEMANTIC_SEARCH, TEXT_SCALE, AppSettings
from tests.contentkit import article, write

# Generous: the first load of the full starter content builds its index (several seconds on
# a busy 2-core machine); a wait returns as soon as the signal comes.
WAIT_MS = 20000


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    article(
        root,
        "refunds/refund-policy",
        "Refund policy",
        "Customers get their money back within 30 days.\n\n## Questions to ask\n- Delivered when?",
        summary="Full refund within 30 days of delivery if unused.",
        tags="[refund, money back]",
    )
    article(
        root,
        "delivery/lost-parcels",
        "Lost parcels",
        "A parcel with no tracking update for 3 days.",
        summary="We investigate after 3 working days.",
        tags="[parcel, delivery]",
    )
    article(
        root,
        "warranty/warranty-policy",
        "Warranty policy",
        "Two years from delivery.",
        summary="Two-year warranty on every item.",
        tags="[warranty, guarantee]",
    )
    article(
        root,
        "refunds/refund-policy-sl",
        "Politika vračila",
        "Vračilo denarja v 30 dneh.",
        summary="Povračilo v 30 dneh.",
        language="sl",
    )
    write(
        root,
        "replies/apology/late.md",
        """
        ---
        title: Apology for a late refund
        kind: apology
        fields:
          name: {label: Name, required: true}
        ---
        Dear {{ name }}, I am sorry your refund is late.
        """,
    )
    write(
        root,
        "facilities/list.yaml",
        """
        - id: camden
          name: Larkspur Camden
          services: [returns]
          address: [12 Parkway]
          city: London
          postcode: NW1 7AA
          country: GB
          lat: 51.539
          lon: -0.1426
          timezone: Europe/London
        """,
    )
    return root


def _open_window(
    qtbot: QtBot, root: Path, *, semantic: bool = False, settings: AppSettings | None = None
) -> MainWindow:
    # Search by meaning re-ranks the list after each pause; tests of the word search keep it
    # off so the list they assert is the one they typed for (its own tests turn it on).
    settings = settings or AppSettings()
    settings.set(SEMANTIC_SEARCH, semantic)
    window = build_window(root, settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.show()
        window.reload_content()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def window(qtbot: QtBot, content: Path) -> Iterator[MainWindow]:
    win = _open_window(qtbot, content)
    yield win
    win.close()


def _ids(window: MainWindow) -> list[str]:
    model = window.search_panel.model
    return [str(model.index(row, 0).data(ItemIdRole)) for row in range(model.rowCount())]


def _type(qtbot: QtBot, window: MainWindow, text: str) -> None:
    box = window.search_panel.search_box
    box.clear()
    with qtbot.waitSignal(
        window.results_shown, timeout=WAIT_MS, check_params_cb=lambda q: q == text
    ):
        qtbot.keyClicks(box, text)


def test_search_box_has_focus_and_typing_shows_results(qtbot: QtBot, window: MainWindow) -> None:
    assert QApplication.focusWidget() is window.search_panel.search_box
    _type(qtbot, window, "refu")
    assert set(_ids(window)[:2]) == {"refunds/refund-policy", "apology/late"}


def test_arrows_move_and_enter_opens_without_leaving_the_box(
    qtbot: QtBot, window: MainWindow
) -> None:
    _type(qtbot, window, "policy")
    box = window.search_panel.search_box
    first = window.search_panel.results.currentIndex().row()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert window.search_panel.results.currentIndex().row() == first + 1
    assert QApplication.focusWidget() is box
    chosen = _ids(window)[first + 1]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.article_view.isVisible()
    assert window.content is not None
    assert window.article_view.current_article_id == chosen


def test_escape_clears_and_shows_the_home_list(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "parcel")
    qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_Escape)
    assert window.search_panel.search_box.text() == ""
    qtbot.waitUntil(lambda: "Type to search" in window.search_panel.status.text(), timeout=WAIT_MS)


def test_ctrl_k_returns_to_the_search_box_and_alt_number_opens(
    qtbot: QtBot, window: MainWindow
) -> None:
    _type(qtbot, window, "policy")
    second = _ids(window)[1]
    qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert window.article_view.current_article_id == second
    window.article_view.setFocus()
    window.problems_panel.table.setFocus()
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier
    )
    assert QApplication.focusWidget() is window.search_panel.search_box


def test_back_and_forward_through_opened_items(qtbot: QtBot, window: MainWindow) -> None:
    window.open_item("article", "refunds/refund-policy")
    window.open_item("article", "warranty/warranty-policy")
    box = window.search_panel.search_box
    qtbot.keyClick(box, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.article_view.current_article_id == "refunds/refund-policy"
    qtbot.keyClick(box, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.article_view.current_article_id == "warranty/warranty-policy"


def test_pins_show_on_the_empty_box_and_survive_a_restart(
    qtbot: QtBot, window: MainWindow, content: Path
) -> None:
    window.open_item("article", "warranty/warranty-policy")
    qtbot.keyClick(
        window.search_panel.search_box, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier
    )
    window.open_item("article", "delivery/lost-parcels")
    window.search_panel.search_box.clear()
    qtbot.waitUntil(
        lambda: _ids(window)[:2] == ["warranty/warranty-policy", "delivery/lost-parcels"],
        timeout=WAIT_MS,
    )
    window.close()
    again = _open_window(qtbot, content)
    qtbot.waitUntil(lambda: _ids(again)[:1] == ["warranty/warranty-policy"], timeout=WAIT_MS)
    again.close()


def test_kind_filter_combo_and_operator(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "refund")
    assert "apology/late" in _ids(window)
    assert "refunds/refund-policy" in _ids(window)
    panel = window.search_panel
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("reply"))
    assert _ids(window) == ["apology/late"]
    panel.kind_filter.setCurrentIndex(0)
    _type(qtbot, window, "kind:facility camden")
    assert _ids(window) == ["camden"]


def test_did_you_mean_is_applied_with_tab(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "warrenty")
    assert window.search_panel.suggestion == "warranty"
    assert "Did you mean" in window.search_panel.status.text()
    with qtbot.waitSignal(
        window.results_shown, timeout=WAIT_MS, check_params_cb=lambda q: q == "warranty"
    ):
        qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_Tab)
    assert window.search_panel.search_box.text() == "warranty"
    assert _ids(window)[0] == "warranty/warranty-policy"


def test_no_results_shows_a_clear_empty_state(qtbot: QtBot, window: MainWindow) -> None:
    _type(qtbot, window, "qqqzzzxxx")
    assert _ids(window) == []
    assert "No results" in window.search_panel.status.text()


def test_stale_results_are_dropped(qtbot: QtBot, window: MainWindow) -> None:
    shown: list[str] = []
    window.results_shown.connect(shown.append)
    window.search_panel.search_box.setText("warranty")
    window.search_panel.search_box.setText("parcel")
    qtbot.waitUntil(lambda: "parcel" in shown, timeout=WAIT_MS)
    qtbot.wait(100)
    assert shown[-1] == "parcel"
    assert _ids(window)[0] == "delivery/lost-parcels"


def test_content_edited_outside_the_app_shows_up_without_restart(
    qtbot: QtBot, window: MainWindow, content: Path
) -> None:
    _type(qtbot, window, "recall")
    assert _ids(window) == []
    article(
        content,
        "recalls/kettle",
        "Kettle recall",
        "Stop using the kettle.",
        summary="Kettle recall.",
    )
    qtbot.waitUntil(lambda: "recalls/kettle" in _ids(window), timeout=WAIT_MS)


def test_problems_panel_names_the_broken_file_and_line(
    qtbot: QtBot, window: MainWindow, content: Path
) -> None:
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        write(content, "articles/broken.md", "---\ntitle: ok\ntags: [a\n---\nBody\n")
    model = window.problems_panel.model
    locations = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert any(str(loc).endswith("broken.md:3") for loc in locations), locations
    assert window.problems_button.isVisible()
    qtbot.keyClick(
        window.search_panel.search_box,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.problems_dock.isVisible()
    # One broken file never hides the good ones.
    assert window.content is not None
    assert "refunds/refund-policy" in window.content.articles


def test_every_focusable_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QWidget

    unnamed = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        named = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        if not named and type(widget).__name__ not in ("QTabBar", "QSplitterHandle"):
            unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


def test_text_size_setting_scales_the_text(qtbot: QtBot, window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font().pointSizeF()
    qtbot.keyClick(
        window.search_panel.search_box, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier
    )
    assert app.font().pointSizeF() > before
    assert window.settings.get(TEXT_SCALE) == pytest.approx(1.1)
    qtbot.keyClick(
        window.search_panel.search_box, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier
    )
    assert app.font().pointSizeF() == pytest.approx(before)


def test_opening_a_reply_template_hands_it_to_the_composer(
    qtbot: QtBot, window: MainWindow
) -> None:
    _type(qtbot, window, "kind:reply late refund")
    qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_Return)
    composer = window.composer
    assert isinstance(composer, ComposerWidget)
    assert window.tabs.currentWidget() is composer
    assert composer.template is not None
    assert composer.template.id == "apology/late"


def test_use_in_reply_fills_the_composer_facility_field(qtbot: QtBot, starter_copy: Path) -> None:
    window = _open_window(qtbot, starter_copy)
    window.open_item("facility", "lon-camden")
    card, composer = window.facility_card, window.composer
    assert isinstance(card, FacilityCard)
    assert isinstance(composer, ComposerWidget)
    assert card.isVisible()
    qtbot.mouseClick(card.reply_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is composer
    assert composer.template is not None
    field = next(f.name for f in composer.template.fields if f.type == "facility")
    assert composer.form.editors[field].value() == "lon-camden"
    assert "Larkspur Camden" in composer.body_edit.toPlainText()
    window.close()


def test_status_bar_says_the_index_was_built_then_is_up_to_date(
    qtbot: QtBot, content: Path
) -> None:
    window = _open_window(qtbot, content)
    assert "search index built" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.reload_content()
    assert "search index up to date" in window.statusBar().currentMessage()
    window.close()


def test_a_pasted_wall_of_text_is_searched_by_its_beginning_and_says_so(
    qtbot: QtBot, window: MainWindow
) -> None:
    paste = "refund policy " + "please help " * 60
    box = window.search_panel.search_box
    with qtbot.waitSignal(window.results_shown, timeout=WAIT_MS):
        box.setText(paste)  # a paste arrives in one go, not key by key
    assert "refunds/refund-policy" in _ids(window)
    assert "Searched the first 512 characters only." in window.search_panel.status.text()


def test_switching_content_folder_closes_the_old_index_and_searches_the_new(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    old = window.index
    assert old is not None
    other = tmp_path / "other"
    article(other, "billing/invoices", "Invoices", "Ask billing for a VAT invoice.")
    with qtbot.waitSignal(window.content_reloaded, timeout=WAIT_MS):
        window.use_content(other)
    qtbot.waitUntil(lambda: old._snapshot is None, timeout=WAIT_MS)  # closed, not leaked
    _type(qtbot, window, "invoice")
    assert _ids(window) == ["billing/invoices"]


def test_help_lists_the_log_folder(window: MainWindow) -> None:
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    help_menu = menus["&Help"]
    assert isinstance(help_menu, QMenu)
    assert window.actions_by_name["open_log_folder"] in help_menu.actions()


def test_an_article_opened_from_a_search_shows_the_passage_that_answers(
    qtbot: QtBot, tmp_path: Path
) -> None:
    root = tmp_path / "long"
    filler = "".join(
        f"\n\n## Clause {n}\n\n" + "These terms apply to every order placed with us. " * 12
        for n in range(1, 9)
    )
    article(
        root,
        "legal/terms",
        "Terms of sale",
        "The terms." + filler + "\n\n## Furniture returns\n\nA sofa can be sent back within "
        "14 days of delivery; our team collects it for £39." + filler,
        summary="The terms every order is sold under.",
    )
    window = _open_window(qtbot, root)
    window.resize(900, 600)
    _type(qtbot, window, "send a sofa back")
    qtbot.keyClick(window.search_panel.search_box, Qt.Key.Key_Return)
    view = window.article_view
    assert view.current_article_id == "legal/terms"
    card = view.card
    assert card.passage.isVisible()
    assert "Furniture returns" in card.passage.text()
    assert "<b>sofa</b>" in card.passage.text()
    # A long article formats off the GUI thread; its words are marked once it is shown.
    qtbot.waitUntil(lambda: view.marked_words >= 2, timeout=10_000)
    assert view.marked_words >= 2  # "sofa" and "back" in the text
    qtbot.waitUntil(lambda: view.browser.verticalScrollBar().value() > 0, timeout=WAIT_MS)
    # Opened again from history (no query): no passage, no marks, from the top.
    window.search_panel.search_box.clear()
    window.open_item("article", "legal/terms")
    assert not card.passage.isVisible()
    assert view.marked_words == 0
    window.close()


def _damage_all_but_the_quick_check(content: Path) -> None:
    """Break every block of postings but the one the check at open reads (the file list):
    damage left from a crash, found only by a search."""
    index = SearchIndex.open(content)
    store = index.store
    index.close()
    ix = whoosh_index.open_dir(str(store.folder / (store.pointer() or "")))
    with ix.reader() as reader:
        info = reader.term_info("kind", FILE_KIND)
        compound = reader._storage.a
        postings = next(v for k, v in compound._dir.items() if k.endswith(".pst"))
        keep = postings["offset"] + info._offset
    segment = next((store.folder / (store.pointer() or "")).glob("*.seg"))
    data = segment.read_bytes()
    start = 0
    with segment.open("r+b") as stream:
        while (start := data.find(b"W3Bl", start)) != -1:
            if start != keep:
                stream.seek(start)
                stream.write(b"XXXX")
            start += 1


def test_a_damaged_index_is_rebuilt_while_the_window_says_so(qtbot: QtBot, content: Path) -> None:
    _damage_all_but_the_quick_check(content)
    damaged = IndexStore(content.resolve(), cache_dir() / "index").pointer()
    window = _open_window(qtbot, content)
    messages: list[str] = []
    window.statusBar().messageChanged.connect(messages.append)
    _type(qtbot, window, "delivery")
    assert "Search index damaged: rebuilding…" in messages
    # Rebuilt in the background, then the same search again, answered.
    qtbot.waitUntil(lambda: "delivery/lost-parcels" in _ids(window), timeout=WAIT_MS)
    assert window.index is not None and window.index.store.pointer() != damaged
    assert any(m.startswith("Search index rebuilt") for m in messages)
    window.close()


def test_a_question_in_other_words_finds_its_article_by_meaning_after_a_pause(
    qtbot: QtBot, content: Path
) -> None:
    window = _open_window(qtbot, content, semantic=True)
    model = window.search_panel.model
    box = window.search_panel.search_box
    box.setFocus()
    qtbot.keyClicks(box, "my package never showed up")

    def found_by_meaning() -> None:
        rows = [model.index(row, 0) for row in range(model.rowCount())]
        meant = [str(i.data(ItemIdRole)) for i in rows if i.data(ByMeaningRole)]
        assert "delivery/lost-parcels" in meant[:3]

    # The vectors are computed in the background after the first load; the settled search
    # is asked again when they are ready.
    qtbot.waitUntil(found_by_meaning, timeout=60_000)
    assert box.hasFocus()
    window.close()


def test_with_search_by_meaning_off_only_words_are_searched(qtbot: QtBot, content: Path) -> None:
    window = _open_window(qtbot, content, semantic=False)
    assert window.index is not None and window.index.semantic is None
    _type(qtbot, window, "my package never showed up")
    model = window.search_panel.model
    assert not any(model.index(row, 0).data(ByMeaningRole) for row in range(model.rowCount()))
    window.close()


def test_window_keys_work_from_the_search_box_and_the_source(
    qtbot: QtBot, window: MainWindow
) -> None:
    # On X11 a text field claims Ctrl+E (end of line) and Ctrl+K (delete to end of line).
    _type(qtbot, window, "refund")
    window.search_panel.open_selected()
    box = window.search_panel.search_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.editor is not None
    assert window.tabs.currentWidget() is window.editor
    document = window.editor.current()
    assert document is not None
    source = document.source
    source.setFocus()
    before = source.toPlainText()
    qtbot.keyClick(source, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert source.toPlainText() == before  # nothing deleted
    assert window.tabs.currentWidget() is window.detail
    assert box.hasFocus()
