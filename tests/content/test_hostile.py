"""Hostile or broken files from a shared folder: each is one named problem, the rest still works.

Each case writes one bad thing beside a good article and a good reply, then asserts the named
problem (file, line, severity), that the good files still load, and that the good article is
still found by a search over a real index.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from kbassist.content.settings import load_settings
from kbassist.problems import Problem, ProblemList, Severity
from kbassist.search.engine import SearchIndex
from kbassist.search.store import scan_files
from kbassist.validation import load_checked
from tests.content.test_check import _good
from tests.contentkit import write

Setup = Callable[[Path], Path]
ERROR, WARNING = Severity.ERROR, Severity.WARNING


def _file(relative: str, text: str | bytes) -> Setup:
    return lambda root: write(root, relative, text)


def _article(front: str) -> Setup:
    return _file("articles/bad.md", f"---\n{front}\n---\nBad body.\n")


def _link(relative: str, target: str) -> Setup:
    def make(root: Path) -> Path:
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(target)
        return path

    return make


def _fifo(root: Path) -> Path:
    path = root / "articles" / "pipe.md"
    os.mkfifo(path)
    return path


def _bad_name(name: bytes) -> Setup:
    def make(root: Path) -> Path:
        folder = root / "articles"
        with Path(os.fsdecode(os.fsencode(folder) + b"/" + name + b".md")).open("wb") as handle:
            handle.write(b"---\ntitle: Hidden\n---\nrefund\n")
        shown = name.decode("utf-8", "replace").replace("\n", "\\n")
        return folder / f"{shown}.md"

    return make


def _case_clash(root: Path) -> Path:
    write(root, "articles/Refunds.md", "---\ntitle: First\n---\nx\n")
    # Sorted by path, "Refunds" comes first: the second is the one reported and left out.
    return write(root, "articles/refunds.md", "---\ntitle: Dup\n---\nx\n")


_BOMB = "\n".join(
    [
        "title: Bomb",
        "a: &a [x, x, x, x, x, x, x, x, x, x]",
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
        "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
        "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]",
    ]
)

CASES: list[tuple[str, Setup, str, int | None, Severity]] = [
    # (case, what to write, expected code, expected line, severity)
    ("self alias", _article("title: T\ntags: &a [x, *a]"), "yaml-alias-loop", 3, ERROR),
    ("alias bomb", _article(_BOMB), "yaml-too-large", 2, ERROR),
    ("deep nesting", _article("title: T\nx: " + "[" * 200 + "]" * 200), "yaml-too-deep", 3, ERROR),
    ("very deep nesting", _article("title: T\nx: " + "[" * 5000), "yaml-syntax", 3, ERROR),
    ("tag !!int", _article("title: T\nreview_by: !!int abc"), "yaml-tag", 3, WARNING),
    (
        "tag !!timestamp",
        _article("title: T\nreview_by: !!timestamp 2020-99-99"),
        "yaml-tag",
        3,
        WARNING,
    ),
    (
        "tag !!python",
        _article("title: T\nx: !!python/object/apply:os.system [ls]"),
        "yaml-tag",
        3,
        WARNING,
    ),
    (
        "5000 digits",
        _article("title: T\nfacts:\n  days: " + "9" * 5000),
        "yaml-long-number",
        4,
        WARNING,
    ),
    ("duplicate key", _article("title: T\nsummary: a\nsummary: b"), "duplicate-key", 4, WARNING),
    ("mapping as key", _article("title: T\n? [a]\n: b"), "yaml-key", 3, ERROR),
    ("control character", _article("title: T\nsummary: a\x07"), "yaml-syntax", 3, ERROR),
    (
        "toml deep",
        _file("kbassist.toml", "a = " + "[" * 5000 + "]" * 5000),
        "toml-syntax",
        None,
        ERROR,
    ),
    (
        "toml huge int",
        _file("kbassist.toml", "[tone]\nmax_words = " + "9" * 5000),
        "toml-syntax",
        None,
        ERROR,
    ),
    (
        "toml max_words bool",
        _file("kbassist.toml", "[tone]\nmax_words = true\n"),
        "wrong-type",
        2,
        ERROR,
    ),
    (
        "toml language list",
        _file("kbassist.toml", "[content]\ndefault_language = [1]\n"),
        "wrong-type",
        2,
        ERROR,
    ),
    ("toml org number", _file("kbassist.toml", "org = 5\n"), "wrong-type", 1, ERROR),
    ("toml org value", _file("kbassist.toml", "[org]\nname = 5\n"), "wrong-type", 2, ERROR),
    ("link outside", _link("articles/x.md", "/etc/passwd"), "link-outside", None, ERROR),
    ("folder link outside", _link("articles/etc", "/etc"), "link-outside", None, ERROR),
    ("settings link outside", _link("kbassist.toml", "/etc/passwd"), "link-outside", None, ERROR),
    ("link loop", _link("articles/loop.md", "loop.md"), "link-loop", None, ERROR),
    ("folder link loop", _link("articles/good/again", ".."), "link-loop", None, ERROR),
    ("dangling link", _link("articles/gone.md", "nowhere.md"), "broken-link", None, ERROR),
    ("fifo", _fifo, "not-a-file", None, ERROR),
    ("name not utf-8", _bad_name(b"caf\xe9"), "bad-file-name", None, ERROR),
    ("name with newline", _bad_name(b"two\nlines"), "bad-file-name", None, ERROR),
    (
        "id differs by case",
        _case_clash,
        "duplicate-id",
        None,
        ERROR,
    ),
    (
        "csv extra column",
        _file("facilities/more.csv", "id,name,lat,lon\nb,B,1,2,extra\nc,C,1,2\n"),
        "csv-columns",
        2,
        ERROR,
    ),
    (
        "csv missing column",
        _file("facilities/more.csv", "id,name,lat,lon,city\nb,B,1,2\n"),
        "csv-columns",
        2,
        WARNING,
    ),
    (
        "csv huge field",
        _file("facilities/more.csv", "id,name,lat,lon\nb," + "x" * 200_000 + ",1,2\nc,C,1,2\n"),
        "bad-csv-row",
        2,
        ERROR,
    ),
    (
        "csv unbalanced quote",
        _file("facilities/more.csv", 'id,name,lat,lon\nc,C,1,2\nb,"B,1,2\nd,D,1,2\n'),
        "unbalanced-quote",
        3,
        ERROR,
    ),
    (
        "gazetteer extra column",
        _file("facilities/places.csv", "place,lat,lon\nLondon,51.5,-0.1,x,y\n"),
        "csv-columns",
        2,
        ERROR,
    ),
    (
        "gazetteer utf-16",
        _file("facilities/places.csv", "place,lat,lon\nLondon,51.5,-0.1\n".encode("utf-16")),
        "utf16-file",
        None,
        WARNING,
    ),
    (
        "gazetteer long coordinate",
        _file("facilities/places.csv", "place,lat,lon\nLondon,51." + "1" * 300 + ",-0.1\n"),
        "bad-gazetteer-row",
        2,
        ERROR,
    ),
    (
        "timezone folder",
        _file(
            "facilities/list.yaml", "- id: a\n  name: A\n  lat: 1\n  lon: 2\n  timezone: Europe\n"
        ),
        "invalid-timezone",
        5,
        ERROR,
    ),
    (
        "coordinate digits",
        _file("facilities/list.yaml", "- id: a\n  name: A\n  lat: 1." + "1" * 300 + "\n  lon: 2\n"),
        "invalid-coordinates",
        3,
        ERROR,
    ),
    (
        "coordinate integer digits",
        _file("facilities/list.yaml", "- id: a\n  name: A\n  lat: " + "1" * 300 + "\n  lon: 2\n"),
        "invalid-coordinates",
        3,
        ERROR,
    ),
]


def _only(problems: list[Problem], code: str) -> Problem:
    found = [p for p in problems if p.code == code]
    assert len(found) == 1, [f"{p.code}: {p.message}" for p in problems]
    return found[0]


@pytest.mark.parametrize(
    ("case", "setup", "code", "line", "severity"), CASES, ids=[c[0] for c in CASES]
)
def test_each_hostile_file_is_one_problem_and_the_good_ones_still_work(
    tmp_path: Path, case: str, setup: Setup, code: str, line: int | None, severity: Severity
) -> None:
    root = tmp_path / "content"
    _good(root)
    path = setup(root)
    content = load_checked(root)
    problem = _only(content.problems, code)
    assert problem.path == path
    assert problem.line == line
    assert problem.severity is severity
    assert "good/fine" in content.articles
    assert "good" in content.replies
    assert "refunds" not in content.articles
    index = SearchIndex.open(root, tmp_path / "cache", procs=1)
    try:
        hits = [hit.id for hit in index.search("fine").hits]
        assert "good/fine" in hits
        # The index holds exactly the items check loaded: nothing check refused.
        assert {
            h.id for h in index.search("refund OR passwd OR root OR hidden OR dup").hits
        } <= set(content.articles) | set(content.replies)
    finally:
        index.close()


def test_the_index_scans_exactly_the_files_check_loads(tmp_path: Path) -> None:
    root = tmp_path / "content"
    _good(root)
    for setup in (
        _link("articles/x.md", "/etc/passwd"),
        _link("articles/loop.md", "loop.md"),
        _fifo,
        _bad_name(b"caf\xe9"),
        _case_clash,
    ):
        setup(root)
    content = load_checked(root)
    scanned = {rel for rel in scan_files(root) if rel.startswith("articles/")}
    assert scanned == {f"articles/{ident}.md" for ident in content.articles}


def test_cr_only_line_endings_are_line_endings(tmp_path: Path) -> None:
    root = tmp_path / "content"
    _good(root)
    write(root, "articles/mac.md", b"---\rtitle: Old Mac\rsummary: s\r---\rrefund text\r")
    content = load_checked(root)
    assert content.articles["mac"].title == "Old Mac"
    assert [p for p in content.problems if p.path.name == "mac.md"] == []


def test_duplicate_key_names_both_lines(tmp_path: Path) -> None:
    root = tmp_path / "content"
    _good(root)
    write(root, "articles/dup.md", "---\ntitle: T\nsummary: a\nsummary: b\n---\nx\n")
    problem = _only(load_checked(root).problems, "duplicate-key")
    assert "lines 3 and 4" in problem.message


def test_yaml_syntax_error_names_where_the_problem_started(tmp_path: Path) -> None:
    root = tmp_path / "content"
    _good(root)
    write(root, "articles/bad.md", "---\ntitle: Ok\ntags: [a, b\nsummary: x\n---\nBody\n")
    problem = _only(load_checked(root).problems, "yaml-syntax")
    assert problem.line == 4
    assert "starts at line 3" in problem.message


def test_unbalanced_quote_keeps_the_rows_before_it(tmp_path: Path) -> None:
    root = tmp_path / "content"
    _good(root)
    write(root, "facilities/more.csv", 'id,name,lat,lon\nc,C,1,2\nb,"B,1,2\nd,D,1,2\n')
    content = load_checked(root)
    assert "c" in content.facilities
    assert "opened at line 3" in _only(content.problems, "unbalanced-quote").message


def test_utf16_gazetteer_is_read(tmp_path: Path) -> None:
    root = tmp_path / "content"
    _good(root)
    write(root, "facilities/places.csv", "place,lat,lon\nLondon,51.5,-0.1\n".encode("utf-16"))
    assert [p.name for p in load_checked(root).places] == ["London"]


def test_settings_wrong_types_are_not_coerced(tmp_path: Path) -> None:
    write(
        tmp_path,
        "kbassist.toml",
        '[org]\nname = 5\nemail = "a@b.example"\n[tone]\nmax_words = true\n',
    )
    problems = ProblemList()
    settings = load_settings(tmp_path, problems)
    assert settings.org == {"email": "a@b.example"}
    assert settings.max_words == 200
    assert [p.line for p in problems] == [2, 5]


def _cannot_read(path: Path) -> bool:
    return not os.access(path, os.R_OK)


def test_unreadable_folder_is_named(tmp_path: Path) -> None:
    root = tmp_path / "content"
    _good(root)
    locked = write(root, "articles/locked/a.md", "---\ntitle: A\n---\nx\n").parent
    locked.chmod(0)
    try:
        if not _cannot_read(locked):
            pytest.skip("running as root: a folder with mode 000 is still readable")
        content = load_checked(root)
        problem = _only(content.problems, "unreadable")
        assert problem.path == locked
        assert "good/fine" in content.articles
    finally:
        locked.chmod(0o755)


def test_unreadable_file_is_named(tmp_path: Path) -> None:
    root = tmp_path / "content"
    _good(root)
    locked = write(root, "articles/locked.md", "---\ntitle: A\n---\nx\n")
    locked.chmod(0)
    try:
        if not _cannot_read(locked):
            pytest.skip("running as root: a file with mode 000 is still readable")
        content = load_checked(root)
        assert _only(content.problems, "unreadable").path == locked
        assert "good/fine" in content.articles
    finally:
        locked.chmod(0o644)
