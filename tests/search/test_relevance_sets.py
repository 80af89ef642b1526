"""The labelled relevance sets stay valid as the starter content changes."""

from __future__ import annotations

from pathlib import Path

from bench.relevance_sets import GUARD, HERE, check_all
from tests.conftest import STARTER


def test_every_labelled_query_points_at_articles_that_exist() -> None:
    files = [*sorted(HERE.glob("*.yaml")), GUARD]
    assert len(files) >= 7
    assert check_all(STARTER, files) == []


def test_a_broken_set_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        "set: x\ndescription: y\nqueries:\n"
        "  - q: refund\n    relevant: [no/such-article]\n"
        "  - q: refund\n    relevant: [refunds/refund-policy]\n    lang: sl\n",
        "utf-8",
    )
    problems = check_all(STARTER, [broken])
    assert any("no article 'no/such-article'" in p for p in problems)
    assert any("duplicate query" in p for p in problems)
    assert any("not in sl" in p for p in problems)


def test_a_cross_language_query_must_be_answered_in_another_language(tmp_path: Path) -> None:
    sets = tmp_path / "cross.yaml"
    sets.write_text(
        "set: x\ndescription: y\nqueries:\n"
        "  - q: pozabil sem geslo\n    relevant: [account/password-reset]\n"
        "    lang: sl\n    cross_language: true\n"
        "  - q: paket se je izgubil\n    relevant: [delivery/lost-parcels.sl]\n"
        "    lang: sl\n    cross_language: true\n"
        "  - q: lost my password\n    relevant: [account/password-reset]\n"
        "    cross_language: true\n",
        "utf-8",
    )
    problems = check_all(STARTER, [sets])
    assert len(problems) == 2
    assert "the first relevant id is in sl" in problems[0]
    assert "needs the query's lang" in problems[1]
