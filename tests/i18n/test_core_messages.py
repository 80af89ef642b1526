"""The core's messages and counted nouns follow the chosen language, by the catalogue's rules."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kbassist.common import i18n, plural
from kbassist.i18n import CATALOGUE_DIR, build

pytestmark = pytest.mark.usefixtures("english_after")


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("sl_SI.UTF-8", "sl"),
        ("sl-SI", "sl"),
        ("hr_HR", "hr"),
        ("el_GR.utf8", "el"),
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "en"),
        ("zh-Hant", "en"),
        ("de_DE", "en"),
        ("en_GB", "en"),
        ("", "en"),
        ("C.UTF-8", "en"),
    ],
)
def test_a_locale_name_maps_to_its_catalogue(tag: str, language: str) -> None:
    assert i18n.catalogue_language(tag) == language


def test_the_system_locale_chooses_and_the_variable_overrides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.delenv(i18n.LANGUAGE_VARIABLE, raising=False)
    monkeypatch.setenv("LANG", "hr_HR.UTF-8")
    assert i18n.system_language() == "hr"
    monkeypatch.setenv("LANGUAGE", "sl_SI:en")
    assert i18n.system_language() == "sl"
    monkeypatch.setenv(i18n.LANGUAGE_VARIABLE, "el")
    assert i18n.system_language() == "el"


def test_messages_come_out_in_the_chosen_language(built_catalogues: Path) -> None:
    english = "The file starts like UTF-16 text but is damaged. Save it again with UTF-8 encoding."
    assert i18n._(english) == english
    i18n.set_language("sl")
    assert i18n.language() == "sl"
    assert i18n._(english) != english
    i18n.set_language("en")
    assert i18n._(english) == english


def test_slovenian_counts_use_all_four_forms(built_catalogues: Path) -> None:
    i18n.set_language("sl")
    forms = {n: plural.count(n, "result") for n in (1, 2, 3, 4, 5, 101, 102, 103, 105)}
    assert len({text.split(" ", 1)[1] for text in forms.values()}) == 4
    assert forms[1].split(" ", 1)[1] == forms[101].split(" ", 1)[1]
    assert forms[2].split(" ", 1)[1] == forms[102].split(" ", 1)[1]
    assert forms[3].split(" ", 1)[1] == forms[4].split(" ", 1)[1] == forms[103].split(" ", 1)[1]
    assert forms[5].split(" ", 1)[1] == forms[105].split(" ", 1)[1]
    assert forms[1] != "1 result"


def test_croatian_counts_use_three_forms(built_catalogues: Path) -> None:
    i18n.set_language("hr")
    nouns = {n: plural.noun(n, "error") for n in (1, 2, 5, 21, 22, 25)}
    assert nouns[1] == nouns[21] and nouns[2] == nouns[22] and nouns[5] == nouns[25]
    assert len(set(nouns.values())) == 3


def test_back_in_english_the_plural_helper_is_english_again(built_catalogues: Path) -> None:
    i18n.set_language("sl")
    i18n.set_language("en")
    assert plural.count(2, "result") == "2 results"
    assert i18n.ngettext("{n} error", "{n} errors", 1) == "{n} error"


def test_a_checkout_not_built_yet_reads_the_po(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(CATALOGUE_DIR / "core_sl.po", folder / "core_sl.po")
    monkeypatch.setattr(i18n, "core_source", lambda language: folder / f"core_{language}.po")
    i18n.set_language("sl")
    assert not (folder / "core_sl.mo").exists()
    assert plural.count(1, "result") != "1 result"


def test_a_damaged_catalogue_leaves_the_messages_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    broken = tmp_path / "core_sl.po"
    broken.write_bytes(b'msgid "x"\nmsgstr "\xff\n')
    monkeypatch.setattr(i18n, "core_source", lambda language: tmp_path / f"core_{language}.po")
    with caplog.at_level(logging.WARNING):
        i18n.set_language("sl")
    assert i18n._("Saved.") == "Saved."
    assert plural.count(2, "result") == "2 results"


def test_the_build_writes_a_qm_and_a_mo_beside_each_source(tmp_path: Path) -> None:
    for name in ("kbassist_hr.ts", "core_hr.po"):
        shutil.copy(CATALOGUE_DIR / name, tmp_path / name)
    assert build.main(tmp_path) == 0
    assert (tmp_path / "kbassist_hr.qm").stat().st_size > 1000
    assert (tmp_path / "core_hr.mo").stat().st_size > 1000


def test_the_command_line_speaks_the_language_it_is_given(
    built_catalogues: Path, starter_copy: Path
) -> None:
    def check(language: str) -> str:
        environment = {**os.environ, i18n.LANGUAGE_VARIABLE: language}
        result = subprocess.run(
            [sys.executable, "-m", "kbassist", "check", "--content", str(starter_copy)],
            capture_output=True,
            text=True,
            env=environment,
            timeout=300,
        )
        assert result.returncode == 0, result.stderr
        # The summary is a note for people, on the error stream; the problems go to stdout.
        return result.stdout + result.stderr

    assert "articles" in check("en")
    slovenian = check("sl")
    # The summary's counted nouns in the genitive plural Slovenian uses from five on.
    assert "člankov" in slovenian and "articles" not in slovenian
    assert "članaka" in check("hr")
