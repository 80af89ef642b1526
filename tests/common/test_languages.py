"""Language tags: one normal form, and the primary language whatever the region or script."""

from __future__ import annotations

import pytest

from kbassist.common.languages import normalise_tag, primary_language, same_language


@pytest.mark.parametrize(
    ("tag", "normal"),
    [("en-GB", "en-gb"), ("zh_Hans", "zh-hans"), (" SL_si ", "sl-si"), ("*", "*"), ("", "")],
)
def test_normalise_tag(tag: str, normal: str) -> None:
    assert normalise_tag(tag) == normal


@pytest.mark.parametrize(
    ("tag", "primary"),
    [
        ("en-GB", "en"),
        ("sl-SI", "sl"),
        ("EN", "en"),
        # Every copy before this module split on '-' only, so 'zh_Hans' stayed 'zh_hans'.
        ("zh_Hans", "zh"),
        ("zh-Hans-CN", "zh"),
        ("zh_Hans_CN", "zh"),
        (" hr ", "hr"),
        ("", ""),
    ],
)
def test_primary_language(tag: str, primary: str) -> None:
    assert primary_language(tag) == primary


def test_same_language_ignores_region_script_case_and_separator() -> None:
    assert same_language("en-GB", "en")
    assert same_language("EN-us", "en_GB")
    assert same_language("zh_Hans", "zh-Hant-TW")
    assert not same_language("sl", "sk")
    assert not same_language("en", "")
