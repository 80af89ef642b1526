"""Help → User guide: the bundled docs render offline and their links lead between pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from kbassist.ui.help_viewer import CONTENTS, HelpViewer, docs_folder, show_user_guide


def test_the_bundled_docs_are_found_and_listed(qtbot: QtBot) -> None:
    viewer = HelpViewer()
    qtbot.addWidget(viewer)
    assert viewer.folder == docs_folder() and (viewer.folder / "settings.md").is_file()
    assert {"search", "settings", "desktop", "install"} <= viewer.pages.keys()
    assert viewer.current == CONTENTS
    contents = viewer.browser.toPlainText()
    assert "KB Assist user guide" in contents
    assert "Settings and shortcuts" in contents or "Settings" in contents
    # The contents are for the people who use KB Assist: the pages for developers and for
    # whoever installs it are not listed, and still open from a link.
    markdown = viewer.contents_markdown()
    assert "(desktop.md)" in markdown and "(ci.md)" in markdown
    assert "(architecture.md)" not in markdown and "(install.md)" not in markdown
    viewer.browser.anchorClicked.emit(QUrl("kb:architecture"))
    assert viewer.current == "architecture"
    viewer.browser.anchorClicked.emit(QUrl("kb:install"))
    assert viewer.current == "install"


def test_links_between_pages_work_and_back_returns(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "search.md").write_text(
        "# Searching\n\nSee [the settings](settings.md) and [below](#more).\n\n"
        "## More\n\n![a picture](http://tracker.example/pixel.png) Text.\n",
        "utf-8",
    )
    (tmp_path / "settings.md").write_text("# Settings\n\nEvery setting.\n", "utf-8")
    viewer = HelpViewer(tmp_path)
    qtbot.addWidget(viewer)
    html = viewer.contents_markdown()
    assert "[Searching](search.md)" in html and "[Settings](settings.md)" in html
    with qtbot.waitSignal(viewer.page_shown) as shown:
        viewer.browser.anchorClicked.emit(QUrl("kb:search"))
    assert shown.args == ["search"]
    page = viewer.browser.toHtml()
    assert 'href="kb:settings"' in page
    # Images are never fetched: the remote picture is only its alt text.
    assert "tracker.example" not in page and "[image: a picture]" in viewer.browser.toPlainText()
    viewer.browser.anchorClicked.emit(QUrl("kb:settings"))
    assert viewer.current == "settings" and "Every setting." in viewer.browser.toPlainText()
    viewer.back_button.click()
    assert viewer.current == "search"
    viewer.forward_button.click()
    assert viewer.current == "settings"
    viewer.contents_button.click()
    assert viewer.current == CONTENTS and not viewer.forward_button.isEnabled()


def test_a_missing_guide_says_where_it_looked(qtbot: QtBot, tmp_path: Path) -> None:
    viewer = HelpViewer(tmp_path / "nowhere")
    qtbot.addWidget(viewer)
    assert "not installed" in viewer.browser.toPlainText()
    assert not viewer.show_page("search")


def test_the_help_menu_opens_one_guide_window_and_brings_it_back(qtbot: QtBot) -> None:
    main = QWidget()
    qtbot.addWidget(main)
    main.show()
    first = show_user_guide(main)
    assert first.isWindow() and first.isVisible() and first.current == CONTENTS
    first.show_page("settings")
    first.hide()
    again = show_user_guide(main)
    assert again is first and again.isVisible() and again.current == "settings"
    # Escape puts the guide away, from wherever the focus is in it; the main window stays.
    again.activateWindow()
    again.browser.setFocus()
    qtbot.keyClick(again.browser, Qt.Key.Key_Escape)
    assert not again.isVisible() and main.isVisible()
    assert show_user_guide(main) is first and first.isVisible()
