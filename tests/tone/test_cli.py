"""`kbassist tone` on drafts and templates, and tone findings in `kbassist check`."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from kbassist.cli import main
from tests.contentkit import LATE_TEMPLATE, write

DRAFT = """Dear Anna,

As I already said, the code is on the box. Kindly check it.

Kind regards,
Sam
"""


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    write(root, "kbassist.toml", "[tone]\nmax_words = 30\n")
    return root


def test_findings_are_printed_with_file_line_column_and_fix(
    tmp_path: Path, content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = write(tmp_path, "draft.txt", DRAFT)
    assert main(["tone", str(draft), "--content", str(content)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{draft}:3:1: warning: “As I already said” sounds like blame")
    assert lines[0].endswith("[blame]")
    assert lines[1].startswith(f"{draft}:3:44: suggestion: “Please” says the same")
    assert lines[1].endswith("[plain-words] (suggest: Please)")
    assert lines[2].startswith("18 / 30 words, 4 sentences, 4.5 words per sentence, ")
    assert "Coleman-Liau grade" in lines[2]


def test_json_output_and_exit_1_for_an_error(
    tmp_path: Path, content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = write(tmp_path, "draft.txt", "Your card 4539 1488 0343 6467 was charged.\n")
    assert main(["tone", str(draft), "--json", "--content", str(content)]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["findings"] == [
        {
            "rule": "card-number",
            "category": "personal-data",
            "severity": "error",
            "start": 10,
            "end": 29,
            "line": 1,
            "column": 11,
            "message": data["findings"][0]["message"],
            "replacement": "•••• 6467",
        }
    ]
    assert data["metrics"]["max_words"] == 30
    assert set(data["metrics"]) >= {
        "words",
        "sentences",
        "avg_sentence_length",
        "reading_score",
        "reading_measure",
        "max_words",
    }


def test_standard_input_language_kind_and_target_options(
    monkeypatch: pytest.MonkeyPatch, content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "Preprosto kliknite povezavo in počakajte na potrditev po e-pošti."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    args = ["tone", "-", "--lang", "sl-SI", "--kind", "apology", "--max-words", "5"]
    assert main([*args, "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "<stdin>:1:1: warning: »Preprosto«" in out
    assert "[length]" in out
    assert "9 / 5 words" in out
    assert "[sl]" in out


def test_a_reply_template_is_checked_as_its_body_with_its_settings(
    tmp_path: Path, content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = write(tmp_path, "late.md", LATE_TEMPLATE)
    assert main(["tone", str(template), "--json", "--content", str(content)]) == 0
    data = json.loads(capsys.readouterr().out)
    found = {(f["rule"], f["line"], f["column"]) for f in data["findings"]}
    assert found == {("condescension", 12, 41), ("apology-missing", 12, 1)}
    start = data["findings"][0]
    text = template.read_text("utf-8")
    assert {text[f["start"] : f["end"]] for f in data["findings"]} >= {"Obviously"}
    assert start["line"] == 12
    assert data["metrics"]["max_words"] == 40


def test_an_unknown_language_prints_a_note(
    tmp_path: Path, content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = write(tmp_path, "draft.txt", "Hyvä asiakas, kiitos kärsivällisyydestä.\n")
    assert main(["tone", str(draft), "--lang", "fi", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert "note: No tone rules for language 'fi'" in out
    assert "[generic rules]" in out


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("folder", "dir", "is a folder"),
        ("latin1.txt", b"Dear Jos\xe9,\n", "latin1.txt:1: not UTF-8 text (byte 0xe9)"),
    ],
)
def test_unreadable_input_is_a_clear_message_and_exit_2(
    tmp_path: Path,
    content: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    data: bytes | str | None,
    message: str,
) -> None:
    path = tmp_path / name
    if data == "dir":
        path.mkdir()
    elif isinstance(data, bytes):
        path.write_bytes(data)
    assert main(["tone", str(path), "--content", str(content)]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.out == ""


def test_a_missing_content_folder_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = write(tmp_path, "draft.txt", DRAFT)
    assert main(["tone", str(draft), "--content", str(tmp_path / "nowhere")]) == 2
    assert "the content folder does not exist" in capsys.readouterr().err


def test_check_reports_tone_findings_in_templates_as_warnings(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(content, "replies/late.md", LATE_TEMPLATE)
    assert main(["check", "--json", "--content", str(content)]) == 0
    problems = json.loads(capsys.readouterr().out)
    tone = {(p["code"], p["line"], p["severity"]) for p in problems if p["code"].startswith("tone")}
    assert tone == {
        ("tone-condescension", 12, "warning"),
        ("tone-apology-missing", 12, "warning"),
    }
    assert all(p["path"] == "replies/late.md" for p in problems if p["code"].startswith("tone"))


def test_check_reports_broken_tone_rules_as_errors(
    content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(content, "tone/team.yaml", "language: en\nrules:\n  - id: x\n    kind: vibe\n")
    assert main(["check", "--content", str(content)]) == 1
    out = capsys.readouterr().out
    assert "tone/team.yaml:4: error: 'kind' is 'vibe'; use one of: existence" in out


def test_broken_rules_and_broken_settings_are_named_for_what_they_are(
    tmp_path: Path, content: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = write(tmp_path, "draft.txt", DRAFT)
    write(content, "tone/team.yaml", "language: en\nrules:\n  - id: x\n    kind: vibe\n")
    assert main(["tone", str(draft), "--content", str(content)]) == 0
    err = capsys.readouterr().err
    assert "tone/team.yaml:4: error:" in err
    assert "Broken tone rules were skipped; the rest were checked." in err

    (content / "tone" / "team.yaml").unlink()
    write(content, "kbassist.toml", "[tone\nmax_words = 30\n")
    assert main(["tone", str(draft), "--content", str(content)]) == 0
    err = capsys.readouterr().err
    assert "kbassist.toml:1: error: TOML syntax error" in err
    assert "tone rules" not in err
