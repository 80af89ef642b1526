"""Languages in search: the lang filter and the agent's language match a tag by its language."""

from __future__ import annotations

from pathlib import Path

from kbassist.search.engine import SearchIndex
from tests.contentkit import article


def _ids(
    index: SearchIndex, query: str, lang: str | None = None, prefer_language: str | None = None
) -> list[str]:
    return [hit.id for hit in index.search(query, lang=lang, prefer_language=prefer_language).hits]


def test_a_tag_with_a_script_is_found_by_its_primary_language(tmp_path: Path) -> None:
    # 'zh_Hans' was indexed as 'zh_hans' alone, so lang:zh and a 'zh' agent missed it.
    root = tmp_path / "content"
    article(root, "a/hans", "Refund policy", "Refund within 30 days.", language="zh_Hans")
    article(root, "a/en", "Refund policy", "Refund within 30 days.", language="en")
    index = SearchIndex.open(root, tmp_path / "cache")
    try:
        for lang in ("zh", "zh-Hans", "ZH_hans"):
            assert _ids(index, "refund", lang=lang) == ["a/hans"], lang
        for query in ("refund lang:zh", "refund lang:zh_Hans", "refund lang:zh-hans"):
            assert _ids(index, query) == ["a/hans"], query
        assert _ids(index, "refund", prefer_language="zh-CN")[0] == "a/hans"
        assert _ids(index, "refund", prefer_language="en_GB")[0] == "a/en"
    finally:
        index.close()
