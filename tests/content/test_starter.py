"""The bundled starter content is clean and as complete as a new team needs."""

from __future__ import annotations

from collections import Counter

import pytest

from kbassist.cli import main
from kbassist.facilities.hours import OpeningHours
from kbassist.problems import Severity
from kbassist.validation import load_checked
from tests.conftest import STARTER


def test_check_is_clean_on_the_starter_content(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--content", str(STARTER)]) == 0
    out = capsys.readouterr().out
    assert ": error:" not in out
    assert ": warning:" not in out


def test_starter_content_covers_what_a_service_desk_needs() -> None:
    content = load_checked(STARTER)
    assert [p for p in content.problems if p.severity is Severity.ERROR] == []
    english = [a for a in content.articles.values() if a.language == "en"]
    assert len(english) >= 40
    assert all(a.summary and a.tags and a.owner and a.review_by for a in english)
    languages = Counter(a.language for a in content.articles.values() if a.language != "en")
    assert languages["zh"] >= 1
    assert sum(languages[lang] for lang in ("sl", "hr", "el")) >= 2
    assert sum(languages.values()) >= 6
    for translated in (a for a in content.articles.values() if a.language != "en"):
        assert any(translated.id in a.translations.values() for a in english), translated.id
    kinds = Counter(r.kind for r in content.replies.values())
    assert len(content.replies) >= 15
    assert kinds["apology"] >= 4
    assert kinds["escalation"] >= 3
    assert any(f.type == "facility" for r in content.replies.values() for f in r.fields)
    facilities = list(content.facilities.values())
    assert len(facilities) >= 25
    assert len({f.city for f in facilities}) >= 3
    assert len({f.country for f in facilities}) >= 2
    assert any(f.hours is None for f in facilities), "one facility has unknown hours"
    weekly = [f.hours for f in facilities if isinstance(f.hours, OpeningHours)]
    assert any(r.crosses_midnight for hours in weekly for day in hours.week for r in day)
    assert any(len(day) > 1 for hours in weekly for day in hours.week), "a split day"
    assert any(hours.exceptions for hours in weekly), "holiday exceptions"
    place_names = {p.name for p in content.places}
    assert {f.postcode for f in facilities} <= place_names
    assert content.synonyms
