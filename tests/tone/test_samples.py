"""Labelled drafts: each problem draft raises exactly its categories, each clean one nothing."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from kbassist.tone.checker import ToneChecker, ToneReport

SAMPLES = Path(__file__).parent / "samples"


def _load(section: str) -> list[Any]:
    cases = []
    for path in sorted(SAMPLES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text("utf-8"))
        for sample in data[section]:
            language = path.stem
            cases.append(pytest.param(language, sample, id=f"{language}: {sample['name']}"))
    return cases


PROBLEMS = _load("problems")
CLEAN = _load("clean")


@pytest.fixture(scope="module")
def checker() -> ToneChecker:
    return ToneChecker.load(None)


def _check(checker: ToneChecker, language: str, sample: dict[str, Any]) -> ToneReport:
    return checker.check(
        sample["text"],
        language=language,
        kind=sample.get("kind"),
        max_words=sample.get("max_words"),
    )


def test_the_sample_set_is_big_enough() -> None:
    assert len(PROBLEMS) >= 25
    assert len(CLEAN) >= 15
    for section, least in ((PROBLEMS, 8), (CLEAN, 4)):
        per_language = Counter(case.values[0] for case in section)
        # Every language with a built-in pack has its own labelled drafts.
        for language in ("en", "sl", "hr", "el", "zh"):
            assert per_language[language] >= least, language
        kinds = {case.values[1]["kind"] for case in section}
        assert {"apology", "escalation", "information"} <= kinds


@pytest.mark.parametrize(("language", "sample"), PROBLEMS)
def test_a_problem_draft_raises_its_categories(
    checker: ToneChecker, language: str, sample: dict[str, Any]
) -> None:
    report = _check(checker, language, sample)
    raised = {f.category for f in report.findings}
    assert raised == set(sample["expect"]), [
        (f.rule, sample["text"][f.start : f.end]) for f in report.findings
    ]


@pytest.mark.parametrize(("language", "sample"), CLEAN)
def test_a_clean_draft_raises_nothing(
    checker: ToneChecker, language: str, sample: dict[str, Any]
) -> None:
    report = _check(checker, language, sample)
    assert report.metrics.words >= 25
    assert [(f.rule, sample["text"][f.start : f.end]) for f in report.findings] == []
