"""`kbassist index` and `kbassist search`, through the command line's own entry point."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kbassist.cli import main
from tests.contentkit import article
from tests.searchkit import labelled_content


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """The labelled set in a private folder."""
    return labelled_content(tmp_path / "content")


def test_index_builds_then_updates(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "Index built" in out and "16 added" in out and "16 items" in out
    article(content, "delivery/drones", "Drone delivery", "Drones bring parcels.")
    assert main(["index", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "Index updated" in out and "1 added, 0 changed, 0 removed" in out
    assert main(["index", "--content", str(content), "--rebuild"]) == 0
    assert "Index built" in capsys.readouterr().out


def test_index_of_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["index", "--content", str(tmp_path / "nowhere")]) == 2
    assert "no such content folder" in capsys.readouterr().err


def test_search_json(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "refund", "--content", str(content), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["id"] == "refunds/refund-policy"
    assert set(hits[0]) == {
        "id",
        "kind",
        "title",
        "summary",
        "score",
        "path",
        "language",
        "snippet",
    }
    assert "<b>" in hits[0]["snippet"]


def test_search_options(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["search", "courier", "--content", str(content), "--json"]
    assert main([*args, "--kind", "reply"]) == 0
    assert [h["id"] for h in json.loads(capsys.readouterr().out)] == ["apology/late-delivery"]
    assert main(["search", "refund", "--content", str(content), "--json", "--lang", "sl"]) == 0
    assert [h["language"] for h in json.loads(capsys.readouterr().out)] == ["sl"]
    assert main(["search", "refund", "--content", str(content), "--json", "--limit", "1"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_search_text_with_suggestion(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "refnud", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Did you mean: refund\n")
    assert "Refund policy  [article] refunds/refund-policy" in out
    # Not a terminal: no bold escapes and no HTML tags.
    assert "\033[" not in out and "<b>" not in out


def test_search_without_results(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "zzyzx", "--content", str(content)]) == 0
    assert "No results for 'zzyzx'." in capsys.readouterr().out


def test_search_needs_a_query(content: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "--content", str(content)]) == 2
    assert "give a query" in capsys.readouterr().err


def test_search_stdin(
    content: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO('refund\n"unbalanced\n\nkind:reply late\n'))
    assert main(["search", "--stdin", "--content", str(content), "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    results = [json.loads(line) for line in lines]
    assert results[0][0]["id"] == "refunds/refund-policy"
    assert results[1] == [] and results[2] == []
    assert results[3][0]["id"] == "apology/late-delivery"


def test_the_content_folder_is_not_written(content: Path) -> None:
    before = sorted(p.relative_to(content) for p in content.rglob("*"))
    assert main(["search", "refund", "--content", str(content), "--json"]) == 0
    assert sorted(p.relative_to(content) for p in content.rglob("*")) == before


def test_explain_shows_words_fields_and_factors(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["search", "refund money", "--content", str(content), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "'refund': word: refund" in out
    assert "(title " in out  # the field list of a word's match
    assert "× coverage 0." in out and "+ section " in out
    assert main(["search", "refund", "--content", str(content), "--json", "--explain"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["explain"]["words"][0]["word"] == "refund"
    assert 0 < hits[0]["explain"]["coverage"] <= 1
    assert main(["search", "refund", "--content", str(content), "--json"]) == 0
    assert "explain" not in json.loads(capsys.readouterr().out)[0]


def test_the_answering_section_is_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "content"
    article(
        root,
        "a/terms",
        "Terms",
        "Intro.\n\n## Scope\n\nAll orders.\n\n## Sofas\n\nSofas go back in 14 days.",
    )
    assert main(["search", "sofas back", "--content", str(root)]) == 0
    assert "§ Sofas" in capsys.readouterr().out
