"""The organisation in each language: [org.xx] tables in kbassist.toml, read and checked."""

from __future__ import annotations

from pathlib import Path

from kbassist.content.settings import load_settings
from kbassist.problems import ProblemList
from tests.contentkit import write

TOML = """
[org]
name = "Larkspur Home"
signature = "Larkspur Customer Care"
sign_off = "Kind regards,"

[org.sl]
signature = "Služba za pomoč strankam Larkspur"
sign_off = "Lep pozdrav,"

[org.zh]
name = "Larkspur 家居"

[org.zh-Hant]
name = "Larkspur 家居（繁體）"
sign_off = 42
"""


def test_a_language_table_overrides_the_shared_values_and_keeps_the_rest(tmp_path: Path) -> None:
    write(tmp_path, "kbassist.toml", TOML)
    problems = ProblemList()
    settings = load_settings(tmp_path, problems)
    slovenian = settings.org_for("sl-SI")
    assert slovenian["signature"] == "Služba za pomoč strankam Larkspur"
    assert slovenian["sign_off"] == "Lep pozdrav,"
    assert slovenian["name"] == "Larkspur Home"  # not given for Slovenian: the shared one
    assert settings.org_for("hr") == settings.org  # no [org.hr]: the shared values
    assert settings.org_for("zh_Hant")["name"] == "Larkspur 家居（繁體）"  # the tag over zh
    assert settings.org_for("zh-Hans")["name"] == "Larkspur 家居"
    assert settings.has_org_language("sl") and not settings.has_org_language("hr")
    # A number where text belongs is reported at its line and left out, never coerced.
    [problem] = list(problems)
    line = TOML.lstrip("\n").split("\n").index("sign_off = 42") + 1
    assert (problem.line, problem.code) == (line, "wrong-type")
    assert "[org.zh-Hant] sign_off must be text in quotes" in problem.message
    assert "sign_off" not in settings.org_by_language["zh-hant"]


def test_a_table_under_org_that_is_no_language_is_a_problem(tmp_path: Path) -> None:
    write(tmp_path, "kbassist.toml", '[org]\nname = "A"\n\n[org.address]\nstreet = "1 High St"\n')
    problems = ProblemList()
    settings = load_settings(tmp_path, problems)
    assert settings.org == {"name": "A"} and settings.org_by_language == {}
    [problem] = list(problems)
    assert "a language's own table such as [org.sl]" in problem.message
