"""Index documents: the key of an item, and the language terms its lang filter matches."""

from __future__ import annotations

import pytest

from kbassist.search.schema import ANY_LANGUAGE, item_key, language_terms, split_item_key


def test_item_key_and_back() -> None:
    assert item_key("article", "refunds/policy") == "article:refunds/policy"
    assert split_item_key("article:refunds/policy") == ("article", "refunds/policy")
    # An id may hold ':' itself; the kind never does.
    assert split_item_key(item_key("_file", "facilities/a:b.yaml")) == (
        "_file",
        "facilities/a:b.yaml",
    )
    assert split_item_key("no-kind") == ("no-kind", "")


@pytest.mark.parametrize(
    ("language", "terms"),
    [
        ("en", "en"),
        ("en-GB", "en-gb en"),
        ("zh_Hans", "zh-hans zh"),
        ("zh-Hans-CN", "zh-hans-cn zh"),
        ("", ANY_LANGUAGE),
    ],
)
def test_language_terms(language: str, terms: str) -> None:
    assert language_terms(language) == terms
