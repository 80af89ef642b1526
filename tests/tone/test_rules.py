"""Tone rule files: built-in packs, a team's own rules, and problems for broken files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kbassist.content.folder import load_content
from kbassist.content.replies import FIELD_TYPES
from kbassist.content.settings import ContentSettings
from kbassist.problems import Problem, ProblemList, Severity
from kbassist.tone.checker import ToneChecker
from kbassist.tone.pack import build_packs, builtin_files
from kbassist.tone.rules import RULE_KINDS, parse_rule_file
from tests.contentkit import write


def _load(root: Path, settings: ContentSettings | None = None) -> tuple[ToneChecker, ProblemList]:
    problems = ProblemList()
    return ToneChecker.load(root, settings or ContentSettings(), problems), problems


def _only(problems: list[Problem], code: str) -> Problem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, [(p.code, p.line, p.message) for p in problems]
    return found[0]


def test_built_in_packs_load_cleanly_and_use_every_rule_kind() -> None:
    files, problems = builtin_files()
    assert problems == ()
    assert {f.language for f in files} >= {"*", "en", "sl", "zh"}
    kinds = {rule.kind for f in files for rule in f.rules}
    assert kinds == set(RULE_KINDS)
    checker = ToneChecker.load(None)
    for language in ("en", "sl", "zh"):
        ids = {r.rule.id for r in checker.pack(language).rules}
        assert {"length", "shouting", "card-number", "blame", "apology-missing"} <= ids


def test_a_team_adds_replaces_extends_and_switches_off_rules(tmp_path: Path) -> None:
    write(
        tmp_path,
        "tone/house.yaml",
        """
        language: en
        disable: [hedging]
        rules:
          - id: competitor
            kind: substitution
            category: brand
            severity: warning
            swap: {Acme Homes: another retailer}
            message: Name no competitor; write "{replacement}".
          - id: condescension
            kind: existence
            category: condescension
            tokens: [as a reminder]
            message: "“{match}” can sound like a telling-off."
          - extends: blame
            tokens: [you were warned]
        """,
    )
    checker, problems = _load(tmp_path)
    assert problems == []
    text = "As a reminder, Acme Homes lists it. Obviously. Maybe. You were warned."
    found = {(f.rule, text[f.start : f.end], f.replacement) for f in checker.check(text).findings}
    assert found == {
        ("condescension", "As a reminder", None),
        ("competitor", "Acme Homes", "another retailer"),
        ("blame", "You were warned", None),
    }
    # Another language keeps its own built-in rules.
    assert [f.rule for f in checker.check("Očitno.", language="sl").findings] == ["condescension"]


def test_an_all_languages_file_and_a_new_language(tmp_path: Path) -> None:
    write(
        tmp_path,
        "tone/all.yaml",
        """
        language: "*"
        rules:
          - id: internal-url
            kind: existence
            category: jargon
            patterns: ['\\bintranet\\.larkspur\\b']
            message: Customers cannot open intranet links.
        """,
    )
    write(
        tmp_path,
        "tone/bs.yaml",
        """
        language: bs
        name: Bosanski
        rules:
          - id: condescension
            kind: existence
            category: condescension
            tokens: [očito, jednostavno]
            message: "»{match}« može zvučati pokroviteljski."
        """,
    )
    checker, problems = _load(tmp_path)
    assert problems == []
    assert checker.languages() == ("bs", "el", "en", "hr", "sl", "zh")
    report = checker.check("Očito, see intranet.larkspur for it.", language="bs-BA")
    assert report.notes == ()
    assert [f.rule for f in report.findings] == ["condescension", "internal-url"]
    assert [f.rule for f in checker.check("intranet.larkspur", language="fi").findings] == [
        "internal-url"
    ]


def test_settings_switch_rules_off_and_name_unknown_ones(tmp_path: Path) -> None:
    settings = ContentSettings(disabled_rules=("condescension", "no-such-rule"))
    checker, problems = _load(tmp_path, settings)
    assert checker.check("Obviously.").findings == []
    warning = _only(problems, "tone-rule-disable")
    assert warning.severity is Severity.WARNING
    assert warning.path == tmp_path / "kbassist.toml"
    assert "no-such-rule" in warning.message


BROKEN: list[tuple[str, str, str, int]] = [
    # (case, file text, expected problem code, expected line)
    ("yaml syntax", "language: en\nrules:\n  - id: x\n    tokens: [a, b\n", "yaml-syntax", 4),
    ("no language", "rules: []\n", "tone-rule-missing", 1),
    (
        "unknown kind",
        "language: en\nrules:\n  - id: x\n    kind: vibe\n    message: m\n",
        "invalid-value",
        4,
    ),
    (
        "bad regex",
        "language: en\nrules:\n  - id: x\n    kind: existence\n    message: m\n"
        "    patterns:\n      - 'ok'\n      - '(unclosed'\n",
        "tone-rule-regex",
        8,
    ),
    (
        "missing message",
        "language: en\nrules:\n  - id: x\n    kind: existence\n    tokens: [a]\n",
        "tone-rule-missing",
        3,
    ),
    (
        "no words to look for",
        "language: en\nrules:\n  - id: x\n    kind: existence\n    message: m\n",
        "tone-rule-missing",
        3,
    ),
    (
        "unknown message field",
        "language: en\nrules:\n  - id: x\n    kind: existence\n    tokens: [a]\n"
        "    message: 'Bad {wrod}'\n",
        "tone-rule-message",
        6,
    ),
    (
        "wrong type",
        "language: en\nrules:\n  - id: x\n    kind: occurrence\n    tokens: [a]\n"
        "    max: lots\n    message: m\n",
        "wrong-type",
        6,
    ),
    (
        "duplicate id",
        "language: en\nrules:\n  - {id: x, kind: existence, tokens: [a], message: m}\n"
        "  - {id: x, kind: existence, tokens: [b], message: m}\n",
        "tone-rule-duplicate",
        4,
    ),
    (
        "extends nothing",
        "language: en\nrules:\n  - extends: no-such-rule\n    tokens: [a]\n",
        "tone-rule-extends",
        3,
    ),
    (
        "swap names a missing group",
        "language: en\nrules:\n  - id: x\n    kind: substitution\n    regex: true\n"
        "    message: m\n    swap:\n      'a(b)': 'c\\2'\n",
        "tone-rule-regex",
        8,
    ),
    ("rules not a list", "language: en\nrules: {a: b}\n", "wrong-type", 2),
    (
        "bad rule id",
        "language: en\nrules:\n  - {id: Bad Id, kind: length, message: m}\n",
        "tone-rule-id",
        3,
    ),
]


@pytest.mark.parametrize(("case", "text", "code", "line"), BROKEN, ids=[c[0] for c in BROKEN])
def test_a_broken_rule_file_is_a_problem_with_its_line(
    tmp_path: Path, case: str, text: str, code: str, line: int
) -> None:
    path = write(tmp_path, "tone/team.yaml", text)
    checker, problems = _load(tmp_path)
    problem = _only(problems, code)
    assert (problem.path, problem.line) == (path, line), case
    assert problem.severity is Severity.ERROR
    # The built-in rules still work.
    assert [f.rule for f in checker.check("Obviously.").findings] == ["condescension"]


def test_unknown_keys_and_unknown_disabled_ids_are_warnings(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "tone/team.yaml",
        """
        language: en
        colour: blue
        disable: [hedging, hedgeing]
        rules:
          - id: x
            kind: existence
            tokens: [zzz]
            message: m
            severty: error
        """,
    )
    checker, problems = _load(tmp_path)
    assert {(p.code, p.line) for p in problems} == {
        ("unknown-key", 2),
        ("unknown-key", 9),
        ("tone-rule-disable", 3),
    }
    assert all(p.severity is Severity.WARNING and p.path == path for p in problems)
    assert [f.rule for f in checker.check("zzz maybe").findings] == ["x"]


def test_a_rule_file_that_is_not_utf8_is_a_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "tone/bad.yaml", b"language: en\nname: caf\xe9\n")
    _, problems = _load(tmp_path)
    assert _only(problems, "not-utf8").path == path


def test_every_example_in_the_docs_is_a_valid_rule_file(tmp_path: Path) -> None:
    docs = Path(__file__).resolve().parents[2] / "docs" / "tone.md"
    blocks = docs.read_text("utf-8").split("```yaml\n")[1:]
    examples = [block.split("```", 1)[0] for block in blocks]
    assert len(examples) >= 10
    for number, example in enumerate(examples):
        if not example.startswith("language:"):
            indented = "".join(f"  {line}\n" for line in example.splitlines())
            example = f"language: en\nrules:\n{indented}"
        write(tmp_path, f"tone/{number:02}.yaml", example)
    _, problems = _load(tmp_path)
    # Later examples replace earlier rules of the same id; none of them is broken.
    assert problems == []


_SCALARS = st.none() | st.booleans() | st.integers(-3, 50) | st.text(max_size=12)
_KEYS = st.sampled_from(
    [
        "id",
        "kind",
        "message",
        "tokens",
        "patterns",
        "swap",
        "max",
        "min",
        "where",
        "kinds",
        "regex",
        "severity",
        "extends",
        "exceptions",
        "min_words",
        "replacement",
        "language",
        "rules",
        "disable",
        "count",
        "x",
    ]
)
_VALUES = st.recursive(
    _SCALARS | st.sampled_from([*RULE_KINDS, "(", "a(b)", "\\1", "{match}", "{x}"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=5),
    max_leaves=20,
)


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(_KEYS, _VALUES, max_size=6), st.lists(st.dictionaries(_KEYS, _VALUES)))
def test_any_rule_file_gives_problems_never_exceptions(
    top: dict[str, object], rules: list[dict[str, object]]
) -> None:
    data = {"language": "en", **top}
    if rules:
        data["rules"] = rules
    problems = ProblemList()
    parsed = parse_rule_file(yaml.safe_dump(data, allow_unicode=True), Path("t.yaml"), problems)
    if parsed is not None:
        packs = build_packs(builtin_files()[0], [parsed], (), problems)
        checker = ToneChecker(packs, ContentSettings())
        checker.check("Obviously a(b) TEST 1 {match} x", language=parsed.language)
    assert all(p.line is None or p.line >= 1 for p in problems)


def test_a_wrong_value_reads_the_same_in_a_rule_file_as_in_front_matter(tmp_path: Path) -> None:
    # Rule files once had a reader of their own, with other codes and other words.
    write(
        tmp_path,
        "replies/ask.md",
        "---\ntitle: Ask\nfields:\n  order: {label: Order, type: vibe, required: maybe}\n---\nHi\n",
    )
    write(
        tmp_path,
        "tone/team.yaml",
        "language: en\nrules:\n  - {id: x, kind: vibe, tokens: [a], message: m, regex: maybe}\n",
    )
    reply = load_content(tmp_path).problems
    _, rules = _load(tmp_path)
    said = {(p.code, p.message.split(" ", 1)[1]) for p in [*reply, *rules]}
    assert said == {
        ("invalid-value", "is 'vibe'; use one of: " + ", ".join(FIELD_TYPES) + "."),
        ("invalid-value", "is 'vibe'; use one of: " + ", ".join(RULE_KINDS) + "."),
        ("wrong-type", "must be true or false, not 'maybe'."),
    }


def test_numbers_in_a_rule_follow_the_reader_s_rules(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "tone/team.yaml",
        """
        language: en
        rules:
          - {id: long, kind: sentence_length, max: "8", message: Too long.}
          - {id: neg, kind: sentence_length, max: -1, message: m}
          - {id: part, kind: existence, tokens: [a], min_words: 2.5, message: m}
        """,
    )
    checker, problems = _load(tmp_path)
    # A number written as text counts, as it does in front matter and CSV files.
    assert "long" in {r.rule.id for r in checker.pack("en").rules}
    assert {(p.line, p.message) for p in problems} == {
        (4, "'max' must be a number, 0 or more, not '-1'."),
        (5, "'min_words' must be a whole number, 0 or more, not '2.5'."),
    }
    assert all(p.path == path and p.code == "wrong-type" for p in problems)


def test_a_disabled_id_is_reported_at_its_own_line_after_a_blank_one(tmp_path: Path) -> None:
    write(tmp_path, "tone/team.yaml", "language: en\ndisable:\n  - ''\n  - hedgeing\n")
    _, problems = _load(tmp_path)
    assert _only(problems, "tone-rule-disable").line == 4
