"""Each catalogue is complete, matches the code, and keeps the placeholders of its source."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from kbassist.i18n import LANGUAGES, core_source, qt_source, status, update


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_interface_catalogue_has_no_missing_or_unfinished_entry(language: str) -> None:
    found = status.qt_status(qt_source(language))
    assert found.total > 500
    assert found.unfinished == [], f"{len(found.unfinished)} unfinished in {found.path.name}"
    assert found.mismatched == [], f"placeholders differ in {found.path.name}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_core_catalogue_has_no_missing_or_unfinished_entry(language: str) -> None:
    found = status.core_status(core_source(language), language)
    assert found.total > 100
    assert found.unfinished == [], f"{len(found.unfinished)} unfinished in {found.path.name}"
    assert found.mismatched == [], f"placeholders differ in {found.path.name}"


def _ts_sources(path: Path) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else ""
            if kind not in ("vanished", "obsolete"):
                found.add((context.findtext("name") or "", message.findtext("source") or ""))
    return found


@pytest.fixture(scope="module")
def strings_in_the_code(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every translatable string of the interface, as lupdate finds them."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    sources = sorted(str(path) for path in update.UI.rglob("*.py"))
    subprocess.run(
        [str(update.lupdate()), *sources, "-no-obsolete", "-ts", str(fresh)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return _ts_sources(fresh)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_interface_catalogue_holds_every_string_of_the_code(
    strings_in_the_code: set[tuple[str, str]], language: str
) -> None:
    missing = strings_in_the_code - _ts_sources(qt_source(language))
    assert not missing, f"run python -m kbassist.i18n.update {language}: {sorted(missing)[:5]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_core_catalogue_holds_every_message_of_the_code(language: str) -> None:
    wanted = {message.id for message in update.core_template() if message.id}
    with core_source(language).open("rb") as stream:
        have = {message.id for message in read_po(stream, locale=language) if message.id}
    missing = {m if isinstance(m, str) else m[0] for m in wanted - have}
    assert not missing, f"run python -m kbassist.i18n.update {language}: {sorted(missing)[:5]}"


def test_the_slovenian_catalogue_declares_four_plural_forms() -> None:
    with core_source("sl").open("rb") as stream:
        catalogue = read_po(stream, locale="sl")
    assert catalogue.num_plurals == 4
    counted = [m for m in catalogue if m.id and not isinstance(m.id, str)]
    assert counted and all(isinstance(m.string, tuple) and len(m.string) == 4 for m in counted)


def test_a_translation_with_other_placeholders_is_reported() -> None:
    checked = status.CatalogueStatus(Path("x.po"))
    status._check(checked, "Saved {name}.", ["Shranjeno {ime}."])
    status._check(checked, "Saved {name}.", ["Shranjeno {name}."])
    status._check(checked, "Open {file}", ["Odpri {file"])
    assert checked.mismatched == ["Saved {name}.", "Open {file}"]


def test_the_status_command_exits_non_zero_while_a_catalogue_is_incomplete(
    tmp_path: Path,
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kbassist.i18n.status"], capture_output=True, text=True
    )
    incomplete = any(not found.complete for found in status.all_status())
    assert result.returncode == (1 if incomplete else 0)
    assert "kbassist_sl.ts" in result.stdout and "core_zh_CN.po" in result.stdout


def test_updating_a_catalogue_keeps_its_translations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "core_sl.po"
    copy.write_bytes(core_source("sl").read_bytes())
    stale = copy.read_text(encoding="utf-8").replace(
        'msgid "The file is empty. Add content or delete it."',
        'msgid "A message the code no longer has."',
    )
    copy.write_text(stale, encoding="utf-8")
    before = status.core_status(copy, "sl")
    monkeypatch.setattr(update, "core_source", lambda language: tmp_path / f"core_{language}.po")
    update.update_core("sl", update.core_template())
    after = status.core_status(copy, "sl")
    with copy.open("rb") as stream:
        ids = {m.id for m in read_po(stream, locale="sl")}
    assert "A message the code no longer has." not in ids
    # Every other translation stays; the message the code has again waits for its words.
    assert after.unfinished == ["The file is empty. Add content or delete it."]
    translated_before = before.total - len(before.unfinished)
    assert after.total - len(after.unfinished) == translated_before - 1
